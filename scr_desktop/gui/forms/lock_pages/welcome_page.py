"""Form compiled from ui/lock_pages/welcome_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget


class Ui_WelcomePage(object):
    def setupUi(self, welcome_page: QWidget) -> None:
        if not welcome_page.objectName():
            welcome_page.setObjectName(u"welcome_page")
        self.page_layout = QVBoxLayout(welcome_page)
        self.page_layout.setObjectName(u"page_layout")
        self.welcome_title = QLabel(welcome_page)
        self.welcome_title.setObjectName(u"welcome_title")
        self.welcome_title.setProperty(u"role", u"pagetitle")

        self.page_layout.addWidget(self.welcome_title)

        self.intro = QLabel(welcome_page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.default_location = QLabel(welcome_page)
        self.default_location.setObjectName(u"default_location")
        self.default_location.setWordWrap(True)
        self.default_location.setProperty(u"textInteractionFlags", u"TextSelectableByMouse")

        self.page_layout.addWidget(self.default_location)

        self.gap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.page_layout.addItem(self.gap)

        self.create_vault_button = QPushButton(welcome_page)
        self.create_vault_button.setObjectName(u"create_vault_button")

        self.page_layout.addWidget(self.create_vault_button)

        self.open_vault_button = QPushButton(welcome_page)
        self.open_vault_button.setObjectName(u"open_vault_button")

        self.page_layout.addWidget(self.open_vault_button)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.stretch)

        QWidget.setTabOrder(self.create_vault_button, self.open_vault_button)

        self.retranslateUi(welcome_page)

        self.create_vault_button.setDefault(True)

    # setupUi

    def retranslateUi(self, welcome_page: QWidget) -> None:
        self.welcome_title.setText(QCoreApplication.translate("WelcomePage", u"Welcome to SCR Desktop", None))
        self.intro.setText(QCoreApplication.translate("WelcomePage", u"SCR Desktop keeps referrals and review records in an encrypted vault on this computer. Nothing is sent anywhere. To start, create a vault protected by a passphrase only you know.", None))
        self.create_vault_button.setText(QCoreApplication.translate("WelcomePage", u"&Create a new vault", None))
        self.open_vault_button.setText(QCoreApplication.translate("WelcomePage", u"&Open an existing vault\u2026", None))
        pass
    # retranslateUi
