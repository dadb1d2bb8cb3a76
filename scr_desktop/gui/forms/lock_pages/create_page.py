"""Form compiled from ui/lock_pages/create_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)


class Ui_CreatePage(object):
    def setupUi(self, create_page: QWidget) -> None:
        if not create_page.objectName():
            create_page.setObjectName(u"create_page")
        self.page_layout = QVBoxLayout(create_page)
        self.page_layout.setObjectName(u"page_layout")
        self.create_title = QLabel(create_page)
        self.create_title.setObjectName(u"create_title")
        self.create_title.setProperty(u"role", u"pagetitle")

        self.page_layout.addWidget(self.create_title)

        self.create_location = QLabel(create_page)
        self.create_location.setObjectName(u"create_location")
        self.create_location.setWordWrap(True)

        self.page_layout.addWidget(self.create_location)

        self.advice = QLabel(create_page)
        self.advice.setObjectName(u"advice")
        self.advice.setWordWrap(True)

        self.page_layout.addWidget(self.advice)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.passphrase_label = QLabel(create_page)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.new_passphrase = QLineEdit(create_page)
        self.new_passphrase.setObjectName(u"new_passphrase")
        self.new_passphrase.setMinimumSize(QSize(360, 0))
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.new_passphrase)

        self.strength_label = QLabel(create_page)
        self.strength_label.setObjectName(u"strength_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.strength_label)

        self.strength_meter = QProgressBar(create_page)
        self.strength_meter.setObjectName(u"strength_meter")
        self.strength_meter.setMaximum(4)
        self.strength_meter.setTextVisible(True)
        self.strength_meter.setFormat(u"")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.strength_meter)

        self.strength_reason = QLabel(create_page)
        self.strength_reason.setObjectName(u"strength_reason")
        self.strength_reason.setWordWrap(True)
        self.strength_reason.setProperty(u"textFormat", u"PlainText")
        self.strength_reason.setProperty(u"role", u"error")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strength_reason)

        self.confirm_label = QLabel(create_page)
        self.confirm_label.setObjectName(u"confirm_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_passphrase = QLineEdit(create_page)
        self.confirm_passphrase.setObjectName(u"confirm_passphrase")
        self.confirm_passphrase.setMinimumSize(QSize(360, 0))
        self.confirm_passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirm_passphrase)

        self.show_typed = QCheckBox(create_page)
        self.show_typed.setObjectName(u"show_typed")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.show_typed)

        self.remember_box = QCheckBox(create_page)
        self.remember_box.setObjectName(u"remember_box")
        self.remember_box.setEnabled(False)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.remember_box)


        self.page_layout.addLayout(self.fields)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.back_button = QPushButton(create_page)
        self.back_button.setObjectName(u"back_button")

        self.button_row.addWidget(self.back_button)

        self.button_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_gap)

        self.create_busy = QLabel(create_page)
        self.create_busy.setObjectName(u"create_busy")

        self.button_row.addWidget(self.create_busy)

        self.create_button = QPushButton(create_page)
        self.create_button.setObjectName(u"create_button")
        self.create_button.setEnabled(False)

        self.button_row.addWidget(self.create_button)


        self.page_layout.addLayout(self.button_row)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.stretch)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.new_passphrase)
        self.strength_label.setBuddy(self.strength_meter)
        self.confirm_label.setBuddy(self.confirm_passphrase)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.new_passphrase, self.confirm_passphrase)
        QWidget.setTabOrder(self.confirm_passphrase, self.show_typed)
        QWidget.setTabOrder(self.show_typed, self.remember_box)
        QWidget.setTabOrder(self.remember_box, self.back_button)
        QWidget.setTabOrder(self.back_button, self.create_button)

        self.retranslateUi(create_page)

        self.create_button.setDefault(True)

    # setupUi

    def retranslateUi(self, create_page: QWidget) -> None:
        self.create_title.setText(QCoreApplication.translate("CreatePage", u"Create a vault", None))
        self.advice.setText(QCoreApplication.translate("CreatePage", u"Choose a passphrase of at least 12 characters: four or five unrelated words are strong and easy to remember. If it is lost, the vault cannot be opened by anyone, including IT.", None))
        self.passphrase_label.setText(QCoreApplication.translate("CreatePage", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.new_passphrase.setAccessibleName(QCoreApplication.translate("CreatePage", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.strength_label.setText(QCoreApplication.translate("CreatePage", u"Strength:", None))
#if QT_CONFIG(accessibility)
        self.strength_meter.setAccessibleName(QCoreApplication.translate("CreatePage", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_label.setText(QCoreApplication.translate("CreatePage", u"&Again:", None))
#if QT_CONFIG(accessibility)
        self.confirm_passphrase.setAccessibleName(QCoreApplication.translate("CreatePage", u"Type the passphrase again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.show_typed.setAccessibleDescription(QCoreApplication.translate("CreatePage", u"Show both passphrases as plain text while you type them. Make sure nobody can see your screen.", None))
#endif // QT_CONFIG(accessibility)
        self.show_typed.setText(QCoreApplication.translate("CreatePage", u"&Show what I type", None))
#if QT_CONFIG(tooltip)
        self.remember_box.setToolTip(QCoreApplication.translate("CreatePage", u"Checking whether this computer has a secure credential store\u2026", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.remember_box.setAccessibleDescription(QCoreApplication.translate("CreatePage", u"Keep the passphrase in this computer's credential store so the vault opens when the application starts. Only for a computer nobody else uses.", None))
#endif // QT_CONFIG(accessibility)
        self.remember_box.setText(QCoreApplication.translate("CreatePage", u"Re&member on this device", None))
        self.back_button.setText(QCoreApplication.translate("CreatePage", u"&Back", None))
        self.create_button.setText(QCoreApplication.translate("CreatePage", u"C&reate vault", None))
        pass
    # retranslateUi
