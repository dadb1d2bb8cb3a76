"""Form compiled from ui/recovery_key_dialog.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)


class Ui_RecoveryKeyDialog(object):
    def setupUi(self, recovery_key_dialog: QDialog) -> None:
        if not recovery_key_dialog.objectName():
            recovery_key_dialog.setObjectName(u"recovery_key_dialog")
        recovery_key_dialog.setModal(True)
        self.dialog_layout = QVBoxLayout(recovery_key_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation = QLabel(recovery_key_dialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation)

        self.recovery_key = QLabel(recovery_key_dialog)
        self.recovery_key.setObjectName(u"recovery_key")
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.recovery_key.setProperty(u"role", u"recoverykey")

        self.dialog_layout.addWidget(self.recovery_key)

        self.made_on = QLabel(recovery_key_dialog)
        self.made_on.setObjectName(u"made_on")
        self.made_on.setWordWrap(True)

        self.dialog_layout.addWidget(self.made_on)

        self.board_box = QWidget(recovery_key_dialog)
        self.board_box.setObjectName(u"board_box")
        self.board_layout = QVBoxLayout(self.board_box)
        self.board_layout.setObjectName(u"board_layout")
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.board_label = QLabel(self.board_box)
        self.board_label.setObjectName(u"board_label")
        self.board_label.setWordWrap(True)

        self.board_layout.addWidget(self.board_label)

        self.board_name = QLineEdit(self.board_box)
        self.board_name.setObjectName(u"board_name")

        self.board_layout.addWidget(self.board_name)


        self.dialog_layout.addWidget(self.board_box)

        self.kept_box = QCheckBox(recovery_key_dialog)
        self.kept_box.setObjectName(u"kept_box")

        self.dialog_layout.addWidget(self.kept_box)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.save_sheet_button = QPushButton(recovery_key_dialog)
        self.save_sheet_button.setObjectName(u"save_sheet_button")
        self.save_sheet_button.setAutoDefault(False)

        self.button_row.addWidget(self.save_sheet_button)

        self.button_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_gap)

        self.done_button = QPushButton(recovery_key_dialog)
        self.done_button.setObjectName(u"done_button")
        self.done_button.setEnabled(False)

        self.button_row.addWidget(self.done_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.board_label.setBuddy(self.board_name)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.board_name, self.save_sheet_button)
        QWidget.setTabOrder(self.save_sheet_button, self.kept_box)
        QWidget.setTabOrder(self.kept_box, self.done_button)

        self.retranslateUi(recovery_key_dialog)

        self.done_button.setDefault(True)

    # setupUi

    def retranslateUi(self, recovery_key_dialog: QDialog) -> None:
        recovery_key_dialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyDialog", u"The vault's recovery key", None))
        self.explanation.setText(QCoreApplication.translate("RecoveryKeyDialog", u"This recovery key opens the vault if the passphrase is forgotten or its user has left. It is shown only now. Write it down, or save the recovery sheet (an encrypted PDF) and print it, and keep it in the board's safe, not with this computer. Anyone who has it and a copy of the vault can read the vault.", None))
#if QT_CONFIG(accessibility)
        self.recovery_key.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.board_label.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Board's name, printed on the sheet so that it says whose vault it opens:", None))
#if QT_CONFIG(accessibility)
        self.board_name.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Board's name", None))
#endif // QT_CONFIG(accessibility)
        self.board_name.setPlaceholderText(QCoreApplication.translate("RecoveryKeyDialog", u"For example: Northshire Safeguarding Children Partnership", None))
#if QT_CONFIG(tooltip)
        self.board_name.setToolTip(QCoreApplication.translate("RecoveryKeyDialog", u"Every document names the board by this name; change it later in Vault > Board and partner agencies. Left empty, the sheet has a line to write the name on.", None))
#endif // QT_CONFIG(tooltip)
        self.kept_box.setText(QCoreApplication.translate("RecoveryKeyDialog", u"I have &written down or printed the recovery key for the board's safe", None))
        self.save_sheet_button.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Save the recovery sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_sheet_button.setToolTip(QCoreApplication.translate("RecoveryKeyDialog", u"Save the key on a sheet for the board's safe, as a PDF encrypted with a password you choose; open it with that password to print it, then delete the file.", None))
#endif // QT_CONFIG(tooltip)
        self.done_button.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Done", None))
    # retranslateUi
