"""Form compiled from ui/lock_pages/recovery_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

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


class Ui_RecoveryPage(object):
    def setupUi(self, recovery_page: QWidget) -> None:
        if not recovery_page.objectName():
            recovery_page.setObjectName(u"recovery_page")
        self.page_layout = QVBoxLayout(recovery_page)
        self.page_layout.setObjectName(u"page_layout")
        self.recovery_title = QLabel(recovery_page)
        self.recovery_title.setObjectName(u"recovery_title")
        self.recovery_title.setProperty(u"role", u"pagetitle")

        self.page_layout.addWidget(self.recovery_title)

        self.recovery_location = QLabel(recovery_page)
        self.recovery_location.setObjectName(u"recovery_location")
        self.recovery_location.setWordWrap(True)
        self.recovery_location.setProperty(u"textFormat", u"PlainText")

        self.page_layout.addWidget(self.recovery_location)

        self.recovery_explanation = QLabel(recovery_page)
        self.recovery_explanation.setObjectName(u"recovery_explanation")
        self.recovery_explanation.setWordWrap(True)

        self.page_layout.addWidget(self.recovery_explanation)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.recovery_key_label = QLabel(recovery_page)
        self.recovery_key_label.setObjectName(u"recovery_key_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recovery_key_label)

        self.recovery_key = QLineEdit(recovery_page)
        self.recovery_key.setObjectName(u"recovery_key")
        self.recovery_key.setMinimumSize(QSize(360, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recovery_key)

        self.new_passphrase_label = QLabel(recovery_page)
        self.new_passphrase_label.setObjectName(u"new_passphrase_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_passphrase_label)

        self.new_passphrase = QLineEdit(recovery_page)
        self.new_passphrase.setObjectName(u"new_passphrase")
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_passphrase)

        self.strength_label = QLabel(recovery_page)
        self.strength_label.setObjectName(u"strength_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strength_label)

        self.strength_meter = QProgressBar(recovery_page)
        self.strength_meter.setObjectName(u"strength_meter")
        self.strength_meter.setMaximum(4)
        self.strength_meter.setValue(0)
        self.strength_meter.setTextVisible(True)
        self.strength_meter.setFormat(u"")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strength_meter)

        self.confirm_label = QLabel(recovery_page)
        self.confirm_label.setObjectName(u"confirm_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_passphrase = QLineEdit(recovery_page)
        self.confirm_passphrase.setObjectName(u"confirm_passphrase")
        self.confirm_passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirm_passphrase)

        self.show_typed = QCheckBox(recovery_page)
        self.show_typed.setObjectName(u"show_typed")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.show_typed)

        self.recovery_message = QLabel(recovery_page)
        self.recovery_message.setObjectName(u"recovery_message")
        self.recovery_message.setWordWrap(True)
        self.recovery_message.setProperty(u"textFormat", u"PlainText")
        self.recovery_message.setProperty(u"role", u"error")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recovery_message)


        self.page_layout.addLayout(self.fields)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.back_button = QPushButton(recovery_page)
        self.back_button.setObjectName(u"back_button")

        self.button_row.addWidget(self.back_button)

        self.button_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_gap)

        self.recover_button = QPushButton(recovery_page)
        self.recover_button.setObjectName(u"recover_button")
        self.recover_button.setEnabled(False)

        self.button_row.addWidget(self.recover_button)


        self.page_layout.addLayout(self.button_row)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.stretch)

#if QT_CONFIG(shortcut)
        self.recovery_key_label.setBuddy(self.recovery_key)
        self.new_passphrase_label.setBuddy(self.new_passphrase)
        self.strength_label.setBuddy(self.strength_meter)
        self.confirm_label.setBuddy(self.confirm_passphrase)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recovery_key, self.new_passphrase)
        QWidget.setTabOrder(self.new_passphrase, self.confirm_passphrase)
        QWidget.setTabOrder(self.confirm_passphrase, self.show_typed)
        QWidget.setTabOrder(self.show_typed, self.back_button)
        QWidget.setTabOrder(self.back_button, self.recover_button)

        self.retranslateUi(recovery_page)

        self.recover_button.setDefault(True)

    # setupUi

    def retranslateUi(self, recovery_page: QWidget) -> None:
        self.recovery_title.setText(QCoreApplication.translate("RecoveryPage", u"Unlock with the recovery key", None))
        self.recovery_explanation.setText(QCoreApplication.translate("RecoveryPage", u"Type the recovery key from the sheet kept for this vault (8 groups of 5 letters and digits), then choose a new passphrase. The forgotten passphrase will no longer open the vault. No sheet? Your IT service desk may be able to recover the vault with the board's escrow key.", None))
        self.recovery_key_label.setText(QCoreApplication.translate("RecoveryPage", u"&Recovery key:", None))
#if QT_CONFIG(accessibility)
        self.recovery_key.setAccessibleName(QCoreApplication.translate("RecoveryPage", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_key.setPlaceholderText(QCoreApplication.translate("RecoveryPage", u"XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX", None))
        self.new_passphrase_label.setText(QCoreApplication.translate("RecoveryPage", u"&New passphrase:", None))
#if QT_CONFIG(accessibility)
        self.new_passphrase.setAccessibleName(QCoreApplication.translate("RecoveryPage", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.strength_label.setText(QCoreApplication.translate("RecoveryPage", u"Strength:", None))
#if QT_CONFIG(accessibility)
        self.strength_meter.setAccessibleName(QCoreApplication.translate("RecoveryPage", u"New passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_label.setText(QCoreApplication.translate("RecoveryPage", u"&Type it again:", None))
#if QT_CONFIG(accessibility)
        self.confirm_passphrase.setAccessibleName(QCoreApplication.translate("RecoveryPage", u"Confirm the new passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.show_typed.setAccessibleDescription(QCoreApplication.translate("RecoveryPage", u"Show both new passphrases as plain text while you type them. Make sure nobody can see your screen.", None))
#endif // QT_CONFIG(accessibility)
        self.show_typed.setText(QCoreApplication.translate("RecoveryPage", u"&Show what I type", None))
        self.back_button.setText(QCoreApplication.translate("RecoveryPage", u"&Back", None))
        self.recover_button.setText(QCoreApplication.translate("RecoveryPage", u"&Unlock and set the new passphrase", None))
        pass
    # retranslateUi
