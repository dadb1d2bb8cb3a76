"""Form compiled from ui/chronology/import_dialog.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class Ui_ImportDialog(object):
    def setupUi(self, chronology_import_dialog: QDialog) -> None:
        if not chronology_import_dialog.objectName():
            chronology_import_dialog.setObjectName(u"chronology_import_dialog")
        chronology_import_dialog.setMinimumSize(QSize(860, 760))
        self.dialog_layout = QVBoxLayout(chronology_import_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.file_form = QFormLayout()
        self.file_form.setObjectName(u"file_form")
        self.file_label = QLabel(chronology_import_dialog)
        self.file_label.setObjectName(u"file_label")

        self.file_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.import_path = QLineEdit(chronology_import_dialog)
        self.import_path.setObjectName(u"import_path")

        self.file_row.addWidget(self.import_path)

        self.choose_file = QPushButton(chronology_import_dialog)
        self.choose_file.setObjectName(u"choose_file")

        self.file_row.addWidget(self.choose_file)

        self.file_row.setStretch(0, 1)

        self.file_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_row)

        self.password_label = QLabel(chronology_import_dialog)
        self.password_label.setObjectName(u"password_label")

        self.file_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.import_password = QLineEdit(chronology_import_dialog)
        self.import_password.setObjectName(u"import_password")
        self.import_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.file_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.import_password)

        self.agency_label = QLabel(chronology_import_dialog)
        self.agency_label.setObjectName(u"agency_label")

        self.file_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agency_label)

        self.import_agency = QComboBox(chronology_import_dialog)
        self.import_agency.setObjectName(u"import_agency")
        self.import_agency.setEditable(True)

        self.file_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.import_agency)

        self.read_file = QPushButton(chronology_import_dialog)
        self.read_file.setObjectName(u"read_file")

        self.file_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.read_file)


        self.dialog_layout.addLayout(self.file_form)

        self.import_progress = QProgressBar(chronology_import_dialog)
        self.import_progress.setObjectName(u"import_progress")
        self.import_progress.setVisible(False)

        self.dialog_layout.addWidget(self.import_progress)

        self.mapping_box = QGroupBox(chronology_import_dialog)
        self.mapping_box.setObjectName(u"mapping_box")
        self.mapping_box.setEnabled(False)
        self.mapping_form = QFormLayout(self.mapping_box)
        self.mapping_form.setObjectName(u"mapping_form")

        self.dialog_layout.addWidget(self.mapping_box)

        self.import_summary = QLabel(chronology_import_dialog)
        self.import_summary.setObjectName(u"import_summary")
        self.import_summary.setWordWrap(True)

        self.dialog_layout.addWidget(self.import_summary)

        self.import_preview = QTableWidget(chronology_import_dialog)
        if (self.import_preview.columnCount() < 5):
            self.import_preview.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.import_preview.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.import_preview.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.import_preview.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.import_preview.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.import_preview.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.import_preview.setObjectName(u"import_preview")
        self.import_preview.setWordWrap(False)
        self.import_preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.dialog_layout.addWidget(self.import_preview)

        self.problems_label = QLabel(chronology_import_dialog)
        self.problems_label.setObjectName(u"problems_label")

        self.dialog_layout.addWidget(self.problems_label)

        self.import_errors = QListWidget(chronology_import_dialog)
        self.import_errors.setObjectName(u"import_errors")

        self.dialog_layout.addWidget(self.import_errors)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.do_import = QPushButton(chronology_import_dialog)
        self.do_import.setObjectName(u"do_import")
        self.do_import.setEnabled(False)

        self.button_row.addWidget(self.do_import)

        self.cancel_import = QPushButton(chronology_import_dialog)
        self.cancel_import.setObjectName(u"cancel_import")

        self.button_row.addWidget(self.cancel_import)


        self.dialog_layout.addLayout(self.button_row)

        self.dialog_layout.setStretch(4, 2)
        self.dialog_layout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.import_path)
        self.password_label.setBuddy(self.import_password)
        self.agency_label.setBuddy(self.import_agency)
        self.problems_label.setBuddy(self.import_errors)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(chronology_import_dialog)
    # setupUi

    def retranslateUi(self, chronology_import_dialog: QDialog) -> None:
        chronology_import_dialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import an agency's chronology", None))
        self.file_label.setText(QCoreApplication.translate("ImportDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.import_path.setAccessibleName(QCoreApplication.translate("ImportDialog", u"File to import", None))
#endif // QT_CONFIG(accessibility)
        self.choose_file.setText(QCoreApplication.translate("ImportDialog", u"&Choose the file\u2026", None))
        self.password_label.setText(QCoreApplication.translate("ImportDialog", u"&Password (if protected):", None))
#if QT_CONFIG(accessibility)
        self.import_password.setAccessibleName(QCoreApplication.translate("ImportDialog", u"The file's password, if it has one", None))
#endif // QT_CONFIG(accessibility)
        self.agency_label.setText(QCoreApplication.translate("ImportDialog", u"&Agency:", None))
#if QT_CONFIG(accessibility)
        self.import_agency.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Agency the file comes from", None))
#endif // QT_CONFIG(accessibility)
        self.read_file.setText(QCoreApplication.translate("ImportDialog", u"&Read the file", None))
#if QT_CONFIG(accessibility)
        self.import_progress.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Reading progress", None))
#endif // QT_CONFIG(accessibility)
        self.mapping_box.setTitle(QCoreApplication.translate("ImportDialog", u"Which column of the file holds each part", None))
        self.import_summary.setText(QCoreApplication.translate("ImportDialog", u"Choose the agency's file, then read it.", None))
        ___qtablewidgetitem = self.import_preview.horizontalHeaderItem(0)
        assert ___qtablewidgetitem is not None
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportDialog", u"Date", None))
        ___qtablewidgetitem1 = self.import_preview.horizontalHeaderItem(1)
        assert ___qtablewidgetitem1 is not None
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportDialog", u"Time", None))
        ___qtablewidgetitem2 = self.import_preview.horizontalHeaderItem(2)
        assert ___qtablewidgetitem2 is not None
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportDialog", u"What happened", None))
        ___qtablewidgetitem3 = self.import_preview.horizontalHeaderItem(3)
        assert ___qtablewidgetitem3 is not None
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportDialog", u"People", None))
        ___qtablewidgetitem4 = self.import_preview.horizontalHeaderItem(4)
        assert ___qtablewidgetitem4 is not None
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportDialog", u"Key episode", None))
#if QT_CONFIG(accessibility)
        self.import_preview.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Preview of the entries", None))
#endif // QT_CONFIG(accessibility)
        self.problems_label.setText(QCoreApplication.translate("ImportDialog", u"Pro&blems:", None))
#if QT_CONFIG(accessibility)
        self.import_errors.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Problems found, by row and column", None))
#endif // QT_CONFIG(accessibility)
        self.do_import.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
        self.cancel_import.setText(QCoreApplication.translate("ImportDialog", u"Cancel", None))
    # retranslateUi
