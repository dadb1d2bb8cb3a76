"""Form compiled from ui/lock_pages/unlock_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)


class Ui_UnlockPage(object):
    def setupUi(self, unlock_page: QWidget) -> None:
        if not unlock_page.objectName():
            unlock_page.setObjectName(u"unlock_page")
        self.page_layout = QVBoxLayout(unlock_page)
        self.page_layout.setObjectName(u"page_layout")
        self.unlock_title = QLabel(unlock_page)
        self.unlock_title.setObjectName(u"unlock_title")
        self.unlock_title.setProperty(u"role", u"pagetitle")

        self.page_layout.addWidget(self.unlock_title)

        self.unlock_location = QLabel(unlock_page)
        self.unlock_location.setObjectName(u"unlock_location")
        self.unlock_location.setWordWrap(True)

        self.page_layout.addWidget(self.unlock_location)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.passphrase_label = QLabel(unlock_page)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(unlock_page)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setMinimumSize(QSize(360, 0))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.remember_box = QCheckBox(unlock_page)
        self.remember_box.setObjectName(u"remember_box")
        self.remember_box.setEnabled(False)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.remember_box)

        self.unlock_message = QLabel(unlock_page)
        self.unlock_message.setObjectName(u"unlock_message")
        self.unlock_message.setWordWrap(True)
        self.unlock_message.setProperty(u"textFormat", u"PlainText")
        self.unlock_message.setProperty(u"role", u"error")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unlock_message)


        self.page_layout.addLayout(self.fields)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.other_vault_button = QPushButton(unlock_page)
        self.other_vault_button.setObjectName(u"other_vault_button")

        self.button_row.addWidget(self.other_vault_button)

        self.forgot_button = QPushButton(unlock_page)
        self.forgot_button.setObjectName(u"forgot_button")

        self.button_row.addWidget(self.forgot_button)

        self.button_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_gap)

        self.unlock_button = QPushButton(unlock_page)
        self.unlock_button.setObjectName(u"unlock_button")

        self.button_row.addWidget(self.unlock_button)


        self.page_layout.addLayout(self.button_row)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.stretch)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphrase, self.remember_box)
        QWidget.setTabOrder(self.remember_box, self.other_vault_button)
        QWidget.setTabOrder(self.other_vault_button, self.forgot_button)
        QWidget.setTabOrder(self.forgot_button, self.unlock_button)

        self.retranslateUi(unlock_page)

        self.unlock_button.setDefault(True)

    # setupUi

    def retranslateUi(self, unlock_page: QWidget) -> None:
        self.unlock_title.setText(QCoreApplication.translate("UnlockPage", u"SCR Desktop is locked", None))
        self.passphrase_label.setText(QCoreApplication.translate("UnlockPage", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("UnlockPage", u"Vault passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.remember_box.setToolTip(QCoreApplication.translate("UnlockPage", u"Checking whether this computer has a secure credential store\u2026", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.remember_box.setAccessibleDescription(QCoreApplication.translate("UnlockPage", u"Keep the passphrase in this computer's credential store so the vault opens when the application starts. Only for a computer nobody else uses.", None))
#endif // QT_CONFIG(accessibility)
        self.remember_box.setText(QCoreApplication.translate("UnlockPage", u"Re&member on this device", None))
        self.other_vault_button.setText(QCoreApplication.translate("UnlockPage", u"Use a &different vault\u2026", None))
        self.forgot_button.setText(QCoreApplication.translate("UnlockPage", u"&Forgotten your passphrase?", None))
        self.unlock_button.setText(QCoreApplication.translate("UnlockPage", u"&Unlock", None))
        pass
    # retranslateUi
