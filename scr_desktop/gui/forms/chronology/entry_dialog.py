"""Form compiled from ui/chronology/entry_dialog.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)


class Ui_EntryDialog(object):
    def setupUi(self, chronology_entry_dialog: QDialog) -> None:
        if not chronology_entry_dialog.objectName():
            chronology_entry_dialog.setObjectName(u"chronology_entry_dialog")
        chronology_entry_dialog.setMinimumSize(QSize(560, 0))
        self.dialog_layout = QVBoxLayout(chronology_entry_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.date_label = QLabel(chronology_entry_dialog)
        self.date_label.setObjectName(u"date_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date = QLineEdit(chronology_entry_dialog)
        self.date.setObjectName(u"date")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date)

        self.time_label = QLabel(chronology_entry_dialog)
        self.time_label.setObjectName(u"time_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.time_label)

        self.time = QLineEdit(chronology_entry_dialog)
        self.time.setObjectName(u"time")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.time)

        self.agency_label = QLabel(chronology_entry_dialog)
        self.agency_label.setObjectName(u"agency_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agency_label)

        self.agency = QComboBox(chronology_entry_dialog)
        self.agency.setObjectName(u"agency")
        self.agency.setEditable(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agency)

        self.source_label = QLabel(chronology_entry_dialog)
        self.source_label.setObjectName(u"source_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QLineEdit(chronology_entry_dialog)
        self.source.setObjectName(u"source")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.source)

        self.what_label = QLabel(chronology_entry_dialog)
        self.what_label.setObjectName(u"what_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.what_label)

        self.what = QPlainTextEdit(chronology_entry_dialog)
        self.what.setObjectName(u"what")
        self.what.setTabChangesFocus(True)
        self.what.setMaximumSize(QSize(16777215, 70))

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.what)

        self.people_label = QLabel(chronology_entry_dialog)
        self.people_label.setObjectName(u"people_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.people_label)

        self.people = QLineEdit(chronology_entry_dialog)
        self.people.setObjectName(u"people")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.people)

        self.comment_label = QLabel(chronology_entry_dialog)
        self.comment_label.setObjectName(u"comment_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.comment_label)

        self.comment = QPlainTextEdit(chronology_entry_dialog)
        self.comment.setObjectName(u"comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumSize(QSize(16777215, 70))

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.comment)

        self.analysis_label = QLabel(chronology_entry_dialog)
        self.analysis_label.setObjectName(u"analysis_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.analysis_label)

        self.analysis = QPlainTextEdit(chronology_entry_dialog)
        self.analysis.setObjectName(u"analysis")
        self.analysis.setTabChangesFocus(True)
        self.analysis.setMaximumSize(QSize(16777215, 70))

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.analysis)

        self.key = QCheckBox(chronology_entry_dialog)
        self.key.setObjectName(u"key")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.key)


        self.dialog_layout.addLayout(self.fields)

        self.error = QLabel(chronology_entry_dialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(chronology_entry_dialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date)
        self.time_label.setBuddy(self.time)
        self.agency_label.setBuddy(self.agency)
        self.source_label.setBuddy(self.source)
        self.what_label.setBuddy(self.what)
        self.people_label.setBuddy(self.people)
        self.comment_label.setBuddy(self.comment)
        self.analysis_label.setBuddy(self.analysis)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(chronology_entry_dialog)
    # setupUi

    def retranslateUi(self, chronology_entry_dialog: QDialog) -> None:
        self.date_label.setText(QCoreApplication.translate("EntryDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.date.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.date.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"dd/mm/yyyy, mm/yyyy or yyyy", None))
        self.time_label.setText(QCoreApplication.translate("EntryDialog", u"&Time:", None))
#if QT_CONFIG(accessibility)
        self.time.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Time", None))
#endif // QT_CONFIG(accessibility)
        self.time.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"hh:mm", None))
        self.agency_label.setText(QCoreApplication.translate("EntryDialog", u"A&gency:", None))
#if QT_CONFIG(accessibility)
        self.agency.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.source_label.setText(QCoreApplication.translate("EntryDialog", u"&Source document:", None))
#if QT_CONFIG(accessibility)
        self.source.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Source document", None))
#endif // QT_CONFIG(accessibility)
        self.what_label.setText(QCoreApplication.translate("EntryDialog", u"&What happened:", None))
#if QT_CONFIG(accessibility)
        self.what.setAccessibleName(QCoreApplication.translate("EntryDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.people_label.setText(QCoreApplication.translate("EntryDialog", u"&People involved:", None))
#if QT_CONFIG(accessibility)
        self.people.setAccessibleName(QCoreApplication.translate("EntryDialog", u"People involved", None))
#endif // QT_CONFIG(accessibility)
        self.people.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"names or roles, separated by ;", None))
        self.comment_label.setText(QCoreApplication.translate("EntryDialog", u"Agency &comment:", None))
#if QT_CONFIG(accessibility)
        self.comment.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Agency comment", None))
#endif // QT_CONFIG(accessibility)
        self.analysis_label.setText(QCoreApplication.translate("EntryDialog", u"Review &analysis:", None))
#if QT_CONFIG(accessibility)
        self.analysis.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Review analysis", None))
#endif // QT_CONFIG(accessibility)
        self.key.setText(QCoreApplication.translate("EntryDialog", u"&Key practice episode", None))
#if QT_CONFIG(accessibility)
        self.error.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Problem with the entry", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
