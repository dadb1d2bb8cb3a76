"""Form compiled from ui/chronology/duplicates_dialog.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)


class Ui_DuplicatesDialog(object):
    def setupUi(self, chronology_duplicates_dialog: QDialog) -> None:
        if not chronology_duplicates_dialog.objectName():
            chronology_duplicates_dialog.setObjectName(u"chronology_duplicates_dialog")
        chronology_duplicates_dialog.setMinimumSize(QSize(900, 480))
        self.dialog_layout = QVBoxLayout(chronology_duplicates_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading = QLabel(chronology_duplicates_dialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading)

        self.sides = QGridLayout()
        self.sides.setObjectName(u"sides")
        self.first_label = QLabel(chronology_duplicates_dialog)
        self.first_label.setObjectName(u"first_label")

        self.sides.addWidget(self.first_label, 0, 0, 1, 1)

        self.second_label = QLabel(chronology_duplicates_dialog)
        self.second_label.setObjectName(u"second_label")

        self.sides.addWidget(self.second_label, 0, 1, 1, 1)

        self.first_entry = QPlainTextEdit(chronology_duplicates_dialog)
        self.first_entry.setObjectName(u"first_entry")
        self.first_entry.setReadOnly(True)

        self.sides.addWidget(self.first_entry, 1, 0, 1, 1)

        self.second_entry = QPlainTextEdit(chronology_duplicates_dialog)
        self.second_entry.setObjectName(u"second_entry")
        self.second_entry.setReadOnly(True)

        self.sides.addWidget(self.second_entry, 1, 1, 1, 1)


        self.dialog_layout.addLayout(self.sides)

        self.error = QLabel(chronology_duplicates_dialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialog_layout.addWidget(self.error)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.merge_left = QPushButton(chronology_duplicates_dialog)
        self.merge_left.setObjectName(u"merge_left")

        self.button_row.addWidget(self.merge_left)

        self.merge_right = QPushButton(chronology_duplicates_dialog)
        self.merge_right.setObjectName(u"merge_right")

        self.button_row.addWidget(self.merge_right)

        self.keep_both = QPushButton(chronology_duplicates_dialog)
        self.keep_both.setObjectName(u"keep_both")

        self.button_row.addWidget(self.keep_both)

        self.close_duplicates = QPushButton(chronology_duplicates_dialog)
        self.close_duplicates.setObjectName(u"close_duplicates")

        self.button_row.addWidget(self.close_duplicates)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.first_label.setBuddy(self.first_entry)
        self.second_label.setBuddy(self.second_entry)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(chronology_duplicates_dialog)
    # setupUi

    def retranslateUi(self, chronology_duplicates_dialog: QDialog) -> None:
        chronology_duplicates_dialog.setWindowTitle(QCoreApplication.translate("DuplicatesDialog", u"Likely duplicates", None))
        self.first_label.setText(QCoreApplication.translate("DuplicatesDialog", u"First:", None))
        self.second_label.setText(QCoreApplication.translate("DuplicatesDialog", u"Second:", None))
#if QT_CONFIG(accessibility)
        self.first_entry.setAccessibleName(QCoreApplication.translate("DuplicatesDialog", u"First entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.second_entry.setAccessibleName(QCoreApplication.translate("DuplicatesDialog", u"Second entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error.setAccessibleName(QCoreApplication.translate("DuplicatesDialog", u"Problem with the merge", None))
#endif // QT_CONFIG(accessibility)
        self.merge_left.setText(QCoreApplication.translate("DuplicatesDialog", u"Merge, keeping the &first", None))
        self.merge_right.setText(QCoreApplication.translate("DuplicatesDialog", u"Merge, keeping the &second", None))
        self.keep_both.setText(QCoreApplication.translate("DuplicatesDialog", u"&Keep both", None))
        self.close_duplicates.setText(QCoreApplication.translate("DuplicatesDialog", u"&Close", None))
    # retranslateUi
