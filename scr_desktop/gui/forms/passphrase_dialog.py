"""Form compiled from ui/passphrase_dialog.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)


class Ui_PassphraseDialog(object):
    def setupUi(self, passphrase_dialog: QDialog) -> None:
        if not passphrase_dialog.objectName():
            passphrase_dialog.setObjectName(u"passphrase_dialog")
        passphrase_dialog.setModal(True)
        self.dialog_layout = QVBoxLayout(passphrase_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation = QLabel(passphrase_dialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.current_label = QLabel(passphrase_dialog)
        self.current_label.setObjectName(u"current_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_label)

        self.current_passphrase = QLineEdit(passphrase_dialog)
        self.current_passphrase.setObjectName(u"current_passphrase")
        self.current_passphrase.setMinimumSize(QSize(360, 0))
        self.current_passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_passphrase)

        self.new_label = QLabel(passphrase_dialog)
        self.new_label.setObjectName(u"new_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_label)

        self.new_passphrase = QLineEdit(passphrase_dialog)
        self.new_passphrase.setObjectName(u"new_passphrase")
        self.new_passphrase.setMinimumSize(QSize(360, 0))
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_passphrase)

        self.strength_label = QLabel(passphrase_dialog)
        self.strength_label.setObjectName(u"strength_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strength_label)

        self.new_strength_meter = QProgressBar(passphrase_dialog)
        self.new_strength_meter.setObjectName(u"new_strength_meter")
        self.new_strength_meter.setMaximum(4)
        self.new_strength_meter.setValue(0)
        self.new_strength_meter.setFormat(u"")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_strength_meter)

        self.again_label = QLabel(passphrase_dialog)
        self.again_label.setObjectName(u"again_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.again_label)

        self.again_passphrase = QLineEdit(passphrase_dialog)
        self.again_passphrase.setObjectName(u"again_passphrase")
        self.again_passphrase.setMinimumSize(QSize(360, 0))
        self.again_passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.again_passphrase)


        self.dialog_layout.addLayout(self.fields)

        self.passphrase_reason = QLabel(passphrase_dialog)
        self.passphrase_reason.setObjectName(u"passphrase_reason")
        self.passphrase_reason.setWordWrap(True)
        self.passphrase_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase_reason.setProperty(u"role", u"error")

        self.dialog_layout.addWidget(self.passphrase_reason)

        self.buttons = QDialogButtonBox(passphrase_dialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.current_label.setBuddy(self.current_passphrase)
        self.new_label.setBuddy(self.new_passphrase)
        self.strength_label.setBuddy(self.new_strength_meter)
        self.again_label.setBuddy(self.again_passphrase)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.current_passphrase, self.new_passphrase)
        QWidget.setTabOrder(self.new_passphrase, self.again_passphrase)

        self.retranslateUi(passphrase_dialog)
    # setupUi

    def retranslateUi(self, passphrase_dialog: QDialog) -> None:
        self.current_label.setText(QCoreApplication.translate("PassphraseDialog", u"&Current passphrase:", None))
#if QT_CONFIG(accessibility)
        self.current_passphrase.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.new_label.setText(QCoreApplication.translate("PassphraseDialog", u"&New passphrase:", None))
#if QT_CONFIG(accessibility)
        self.new_passphrase.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.strength_label.setText(QCoreApplication.translate("PassphraseDialog", u"Strength:", None))
#if QT_CONFIG(accessibility)
        self.new_strength_meter.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Strength of the new passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.again_label.setText(QCoreApplication.translate("PassphraseDialog", u"New passphrase a&gain:", None))
#if QT_CONFIG(accessibility)
        self.again_passphrase.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
