"""Form compiled from ui/board_dialog.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.gui.form_widgets import FormErrorLabel


class Ui_BoardDialog(object):
    def setupUi(self, board_dialog: QDialog) -> None:
        if not board_dialog.objectName():
            board_dialog.setObjectName(u"board_dialog")
        board_dialog.setModal(True)
        self.dialog_layout = QVBoxLayout(board_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation = QLabel(board_dialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.name_label = QLabel(board_dialog)
        self.name_label.setObjectName(u"name_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.board_name = QLineEdit(board_dialog)
        self.board_name.setObjectName(u"board_name")
        self.board_name.setMinimumSize(QSize(360, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.board_name)

        self.agencies_label = QLabel(board_dialog)
        self.agencies_label.setObjectName(u"agencies_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agencies_label)

        self.partner_agencies = QPlainTextEdit(board_dialog)
        self.partner_agencies.setObjectName(u"partner_agencies")
        self.partner_agencies.setTabChangesFocus(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partner_agencies)


        self.dialog_layout.addLayout(self.fields)

        self.board_error = FormErrorLabel(board_dialog)
        self.board_error.setObjectName(u"board_error")
        self.board_error.setWordWrap(True)
        self.board_error.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.board_error)

        self.buttons = QDialogButtonBox(board_dialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.board_name)
        self.agencies_label.setBuddy(self.partner_agencies)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.board_name, self.partner_agencies)
        QWidget.setTabOrder(self.partner_agencies, self.buttons)

        self.retranslateUi(board_dialog)
    # setupUi

    def retranslateUi(self, board_dialog: QDialog) -> None:
        board_dialog.setWindowTitle(QCoreApplication.translate("BoardDialog", u"Board and partner agencies", None))
        self.explanation.setText(QCoreApplication.translate("BoardDialog", u"Every document, notification, letter and set of minutes names your board, as typed here. The partner agencies fill the agency lists of new meetings and reviews.", None))
        self.name_label.setText(QCoreApplication.translate("BoardDialog", u"&Board's name:", None))
#if QT_CONFIG(accessibility)
        self.board_name.setAccessibleName(QCoreApplication.translate("BoardDialog", u"Board's name", None))
#endif // QT_CONFIG(accessibility)
        self.board_name.setPlaceholderText(QCoreApplication.translate("BoardDialog", u"For example: Northshire Safeguarding Children Partnership", None))
        self.agencies_label.setText(QCoreApplication.translate("BoardDialog", u"&Partner agencies\n"
"(one a line):", None))
#if QT_CONFIG(accessibility)
        self.partner_agencies.setAccessibleName(QCoreApplication.translate("BoardDialog", u"Partner agencies, one a line", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
