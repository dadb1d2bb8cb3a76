"""Form compiled from ui/export/import_dialog.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.gui.form_widgets import FormErrorLabel


class Ui_ImportDialog(object):
    def setupUi(self, import_dialog: QDialog) -> None:
        if not import_dialog.objectName():
            import_dialog.setObjectName(u"import_dialog")
        self.dialog_layout = QVBoxLayout(import_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.file_name = QLabel(import_dialog)
        self.file_name.setObjectName(u"file_name")
        self.file_name.setMinimumSize(QSize(500, 0))
        self.file_name.setTextFormat(Qt.TextFormat.PlainText)
        self.file_name.setWordWrap(True)

        self.dialog_layout.addWidget(self.file_name)

        self.password_row = QHBoxLayout()
        self.password_row.setObjectName(u"password_row")
        self.password_label = QLabel(import_dialog)
        self.password_label.setObjectName(u"password_label")

        self.password_row.addWidget(self.password_label)

        self.package_password = QLineEdit(import_dialog)
        self.package_password.setObjectName(u"package_password")
        self.package_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.password_row.addWidget(self.package_password)

        self.open_button = QPushButton(import_dialog)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setAutoDefault(True)

        self.password_row.addWidget(self.open_button)

        self.password_row.setStretch(1, 1)

        self.dialog_layout.addLayout(self.password_row)

        self.import_status = QLabel(import_dialog)
        self.import_status.setObjectName(u"import_status")
        self.import_status.setWordWrap(True)

        self.dialog_layout.addWidget(self.import_status)

        self.import_error = FormErrorLabel(import_dialog)
        self.import_error.setObjectName(u"import_error")

        self.dialog_layout.addWidget(self.import_error)

        self.import_preview = QGroupBox(import_dialog)
        self.import_preview.setObjectName(u"import_preview")
        self.preview_fields = QFormLayout(self.import_preview)
        self.preview_fields.setObjectName(u"preview_fields")
        self.reference_label = QLabel(self.import_preview)
        self.reference_label.setObjectName(u"reference_label")

        self.preview_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.preview_reference = QLabel(self.import_preview)
        self.preview_reference.setObjectName(u"preview_reference")
        self.preview_reference.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_reference.setWordWrap(True)

        self.preview_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.preview_reference)

        self.child_label = QLabel(self.import_preview)
        self.child_label.setObjectName(u"child_label")

        self.preview_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.child_label)

        self.preview_child = QLabel(self.import_preview)
        self.preview_child.setObjectName(u"preview_child")
        self.preview_child.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_child.setWordWrap(True)

        self.preview_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.preview_child)

        self.referral_label = QLabel(self.import_preview)
        self.referral_label.setObjectName(u"referral_label")

        self.preview_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referral_label)

        self.preview_referral_date = QLabel(self.import_preview)
        self.preview_referral_date.setObjectName(u"preview_referral_date")
        self.preview_referral_date.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_referral_date.setWordWrap(True)

        self.preview_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.preview_referral_date)

        self.sections_label = QLabel(self.import_preview)
        self.sections_label.setObjectName(u"sections_label")

        self.preview_fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sections_label)

        self.preview_sections = QLabel(self.import_preview)
        self.preview_sections.setObjectName(u"preview_sections")
        self.preview_sections.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_sections.setWordWrap(True)

        self.preview_fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preview_sections)


        self.dialog_layout.addWidget(self.import_preview)

        self.import_clash = QGroupBox(import_dialog)
        self.import_clash.setObjectName(u"import_clash")
        self.clash_layout = QVBoxLayout(self.import_clash)
        self.clash_layout.setObjectName(u"clash_layout")
        self.clash_text = QLabel(self.import_clash)
        self.clash_text.setObjectName(u"clash_text")
        self.clash_text.setWordWrap(True)

        self.clash_layout.addWidget(self.clash_text)

        self.update_choice = QRadioButton(self.import_clash)
        self.clash_choices = QButtonGroup(import_dialog)
        self.clash_choices.setObjectName(u"clash_choices")
        self.clash_choices.addButton(self.update_choice)
        self.update_choice.setObjectName(u"update_choice")
        self.update_choice.setChecked(True)

        self.clash_layout.addWidget(self.update_choice)

        self.update_note = QLabel(self.import_clash)
        self.update_note.setObjectName(u"update_note")
        self.update_note.setWordWrap(True)

        self.clash_layout.addWidget(self.update_note)

        self.keep_both_choice = QRadioButton(self.import_clash)
        self.clash_choices.addButton(self.keep_both_choice)
        self.keep_both_choice.setObjectName(u"keep_both_choice")

        self.clash_layout.addWidget(self.keep_both_choice)

        self.keep_both_note = QLabel(self.import_clash)
        self.keep_both_note.setObjectName(u"keep_both_note")
        self.keep_both_note.setWordWrap(True)

        self.clash_layout.addWidget(self.keep_both_note)


        self.dialog_layout.addWidget(self.import_clash)

        self.buttons = QDialogButtonBox(import_dialog)
        self.buttons.setObjectName(u"buttons")

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.password_label.setBuddy(self.package_password)
        self.reference_label.setBuddy(self.preview_reference)
        self.child_label.setBuddy(self.preview_child)
        self.referral_label.setBuddy(self.preview_referral_date)
        self.sections_label.setBuddy(self.preview_sections)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.package_password, self.open_button)
        QWidget.setTabOrder(self.open_button, self.update_choice)
        QWidget.setTabOrder(self.update_choice, self.keep_both_choice)
        QWidget.setTabOrder(self.keep_both_choice, self.buttons)

        self.retranslateUi(import_dialog)
    # setupUi

    def retranslateUi(self, import_dialog: QDialog) -> None:
        import_dialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import a case package", None))
        self.password_label.setText(QCoreApplication.translate("ImportDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.package_password.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Package password", None))
#endif // QT_CONFIG(accessibility)
        self.open_button.setText(QCoreApplication.translate("ImportDialog", u"&Open", None))
        self.import_status.setText(QCoreApplication.translate("ImportDialog", u"Enter the password you were given for this package, then choose Open.", None))
        self.import_preview.setTitle(QCoreApplication.translate("ImportDialog", u"What the package holds", None))
        self.reference_label.setText(QCoreApplication.translate("ImportDialog", u"Reference:", None))
#if QT_CONFIG(accessibility)
        self.preview_reference.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Reference", None))
#endif // QT_CONFIG(accessibility)
        self.child_label.setText(QCoreApplication.translate("ImportDialog", u"Child:", None))
#if QT_CONFIG(accessibility)
        self.preview_child.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Child's name", None))
#endif // QT_CONFIG(accessibility)
        self.referral_label.setText(QCoreApplication.translate("ImportDialog", u"Referral date:", None))
#if QT_CONFIG(accessibility)
        self.preview_referral_date.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Referral date", None))
#endif // QT_CONFIG(accessibility)
        self.sections_label.setText(QCoreApplication.translate("ImportDialog", u"Sections filled in:", None))
#if QT_CONFIG(accessibility)
        self.preview_sections.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Sections filled in", None))
#endif // QT_CONFIG(accessibility)
        self.import_clash.setTitle(QCoreApplication.translate("ImportDialog", u"This case is already in your vault", None))
        self.update_note.setText(QCoreApplication.translate("ImportDialog", u"The version in your vault now is kept in Deleted cases, so nothing is lost.", None))
        self.keep_both_choice.setText(QCoreApplication.translate("ImportDialog", u"&Keep both", None))
        self.keep_both_note.setText(QCoreApplication.translate("ImportDialog", u"The imported case is added as a separate case with a new reference; the one in your vault is not changed.", None))
    # retranslateUi
