"""Form compiled from ui/export/password_dialog.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.gui.form_widgets import FormErrorLabel


class Ui_PasswordDialog(object):
    def setupUi(self, password_dialog: QDialog) -> None:
        if not password_dialog.objectName():
            password_dialog.setObjectName(u"password_dialog")
        self.dialog_layout = QVBoxLayout(password_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.intro = QLabel(password_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setMinimumSize(QSize(480, 0))
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"role", u"intro")

        self.dialog_layout.addWidget(self.intro)

        self.generate_choice = QRadioButton(password_dialog)
        self.choices = QButtonGroup(password_dialog)
        self.choices.setObjectName(u"choices")
        self.choices.addButton(self.generate_choice)
        self.generate_choice.setObjectName(u"generate_choice")

        self.dialog_layout.addWidget(self.generate_choice)

        self.generated_panel = QWidget(password_dialog)
        self.generated_panel.setObjectName(u"generated_panel")
        self.generated_layout = QVBoxLayout(self.generated_panel)
        self.generated_layout.setObjectName(u"generated_layout")
        self.generated_layout.setContentsMargins(24, 0, 0, 8)
        self.generated_passphrase = QLabel(self.generated_panel)
        self.generated_passphrase.setObjectName(u"generated_passphrase")
        self.generated_passphrase.setTextFormat(Qt.TextFormat.PlainText)
        self.generated_passphrase.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.generated_layout.addWidget(self.generated_passphrase)

        self.generated_buttons = QHBoxLayout()
        self.generated_buttons.setObjectName(u"generated_buttons")
        self.copy_button = QPushButton(self.generated_panel)
        self.copy_button.setObjectName(u"copy_button")
        self.copy_button.setAutoDefault(False)

        self.generated_buttons.addWidget(self.copy_button)

        self.again_button = QPushButton(self.generated_panel)
        self.again_button.setObjectName(u"again_button")
        self.again_button.setAutoDefault(False)

        self.generated_buttons.addWidget(self.again_button)

        self.generated_buttons_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.generated_buttons.addItem(self.generated_buttons_gap)


        self.generated_layout.addLayout(self.generated_buttons)

        self.copied_note = QLabel(self.generated_panel)
        self.copied_note.setObjectName(u"copied_note")
        self.copied_note.setWordWrap(True)

        self.generated_layout.addWidget(self.copied_note)

        self.shown_once_note = QLabel(self.generated_panel)
        self.shown_once_note.setObjectName(u"shown_once_note")
        self.shown_once_note.setWordWrap(True)

        self.generated_layout.addWidget(self.shown_once_note)


        self.dialog_layout.addWidget(self.generated_panel)

        self.own_choice = QRadioButton(password_dialog)
        self.choices.addButton(self.own_choice)
        self.own_choice.setObjectName(u"own_choice")

        self.dialog_layout.addWidget(self.own_choice)

        self.own_panel = QWidget(password_dialog)
        self.own_panel.setObjectName(u"own_panel")
        self.own_layout = QVBoxLayout(self.own_panel)
        self.own_layout.setObjectName(u"own_layout")
        self.own_layout.setContentsMargins(24, 0, 0, 8)
        self.password_rules = QLabel(self.own_panel)
        self.password_rules.setObjectName(u"password_rules")
        self.password_rules.setWordWrap(True)

        self.own_layout.addWidget(self.password_rules)

        self.own_fields = QFormLayout()
        self.own_fields.setObjectName(u"own_fields")
        self.first_label = QLabel(self.own_panel)
        self.first_label.setObjectName(u"first_label")

        self.own_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_label)

        self.first_password = QLineEdit(self.own_panel)
        self.first_password.setObjectName(u"first_password")
        self.first_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.own_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_password)

        self.second_label = QLabel(self.own_panel)
        self.second_label.setObjectName(u"second_label")

        self.own_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.second_label)

        self.second_password = QLineEdit(self.own_panel)
        self.second_password.setObjectName(u"second_password")
        self.second_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.own_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.second_password)

        self.show_typed = QCheckBox(self.own_panel)
        self.show_typed.setObjectName(u"show_typed")

        self.own_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.show_typed)

        self.strength_label = QLabel(self.own_panel)
        self.strength_label.setObjectName(u"strength_label")

        self.own_fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.strength_label)

        self.strength_meter = QProgressBar(self.own_panel)
        self.strength_meter.setObjectName(u"strength_meter")
        self.strength_meter.setMaximum(4)
        self.strength_meter.setTextVisible(True)

        self.own_fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strength_meter)


        self.own_layout.addLayout(self.own_fields)

        self.password_reason = FormErrorLabel(self.own_panel)
        self.password_reason.setObjectName(u"password_reason")

        self.own_layout.addWidget(self.password_reason)


        self.dialog_layout.addWidget(self.own_panel)

        self.send_separately = QLabel(password_dialog)
        self.send_separately.setObjectName(u"send_separately")
        self.send_separately.setWordWrap(True)

        self.dialog_layout.addWidget(self.send_separately)

        self.buttons = QDialogButtonBox(password_dialog)
        self.buttons.setObjectName(u"buttons")

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.first_label.setBuddy(self.first_password)
        self.second_label.setBuddy(self.second_password)
        self.strength_label.setBuddy(self.strength_meter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.generate_choice, self.generated_passphrase)
        QWidget.setTabOrder(self.generated_passphrase, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.again_button)
        QWidget.setTabOrder(self.again_button, self.own_choice)
        QWidget.setTabOrder(self.own_choice, self.first_password)
        QWidget.setTabOrder(self.first_password, self.second_password)
        QWidget.setTabOrder(self.second_password, self.show_typed)
        QWidget.setTabOrder(self.show_typed, self.buttons)

        self.retranslateUi(password_dialog)
    # setupUi

    def retranslateUi(self, password_dialog: QDialog) -> None:
        self.generate_choice.setText(QCoreApplication.translate("PasswordDialog", u"&Generate a passphrase (recommended)", None))
#if QT_CONFIG(accessibility)
        self.generated_passphrase.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Generated passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.copy_button.setAccessibleDescription(QCoreApplication.translate("PasswordDialog", u"Copy the passphrase; it is cleared from the clipboard after 30 seconds", None))
#endif // QT_CONFIG(accessibility)
        self.copy_button.setText(QCoreApplication.translate("PasswordDialog", u"&Copy", None))
        self.again_button.setText(QCoreApplication.translate("PasswordDialog", u"&New passphrase", None))
        self.shown_once_note.setText(QCoreApplication.translate("PasswordDialog", u"This passphrase is shown only here, once.", None))
        self.own_choice.setText(QCoreApplication.translate("PasswordDialog", u"&Type my own password", None))
        self.first_label.setText(QCoreApplication.translate("PasswordDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.first_password.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.second_label.setText(QCoreApplication.translate("PasswordDialog", u"Con&firm:", None))
#if QT_CONFIG(accessibility)
        self.second_password.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Password again", None))
#endif // QT_CONFIG(accessibility)
        self.show_typed.setText(QCoreApplication.translate("PasswordDialog", u"S&how what I type", None))
        self.strength_label.setText(QCoreApplication.translate("PasswordDialog", u"Strength:", None))
#if QT_CONFIG(accessibility)
        self.strength_meter.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Password strength", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.send_separately.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"How to send the password", None))
#endif // QT_CONFIG(accessibility)
        self.send_separately.setText(QCoreApplication.translate("PasswordDialog", u"Send the password by a different route from the file: for example, tell the recipient by phone. Never put it in the same e-mail as the file. SCR Desktop does not store the password anywhere, so note it now if you will need it again.", None))
        pass
    # retranslateUi
