"""Form compiled from ui/export/incomplete_dialog.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)


class Ui_IncompleteDialog(object):
    def setupUi(self, incomplete_dialog: QDialog) -> None:
        if not incomplete_dialog.objectName():
            incomplete_dialog.setObjectName(u"incomplete_dialog")
        incomplete_dialog.setModal(True)
        self.dialog_layout = QVBoxLayout(incomplete_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation = QLabel(incomplete_dialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setMinimumSize(QSize(420, 0))

        self.dialog_layout.addWidget(self.explanation)

        self.sections_label = QLabel(incomplete_dialog)
        self.sections_label.setObjectName(u"sections_label")

        self.dialog_layout.addWidget(self.sections_label)

        self.incomplete_sections = QListWidget(incomplete_dialog)
        self.incomplete_sections.setObjectName(u"incomplete_sections")
        self.incomplete_sections.setMinimumSize(QSize(520, 260))
        self.incomplete_sections.setWordWrap(True)

        self.dialog_layout.addWidget(self.incomplete_sections)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.go_button = QPushButton(incomplete_dialog)
        self.go_button.setObjectName(u"go_button")

        self.button_row.addWidget(self.go_button)

        self.button_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_gap)

        self.send_button = QPushButton(incomplete_dialog)
        self.send_button.setObjectName(u"send_button")

        self.button_row.addWidget(self.send_button)

        self.cancel_button = QPushButton(incomplete_dialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.sections_label.setBuddy(self.incomplete_sections)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.incomplete_sections, self.go_button)
        QWidget.setTabOrder(self.go_button, self.send_button)
        QWidget.setTabOrder(self.send_button, self.cancel_button)

        self.retranslateUi(incomplete_dialog)

        self.go_button.setDefault(True)

    # setupUi

    def retranslateUi(self, incomplete_dialog: QDialog) -> None:
        incomplete_dialog.setWindowTitle(QCoreApplication.translate("IncompleteDialog", u"Some sections are not complete", None))
        self.sections_label.setText(QCoreApplication.translate("IncompleteDialog", u"&Incomplete sections:", None))
#if QT_CONFIG(accessibility)
        self.incomplete_sections.setAccessibleName(QCoreApplication.translate("IncompleteDialog", u"Incomplete sections", None))
#endif // QT_CONFIG(accessibility)
        self.go_button.setText(QCoreApplication.translate("IncompleteDialog", u"&Go to section", None))
        self.send_button.setText(QCoreApplication.translate("IncompleteDialog", u"&Send anyway", None))
        self.cancel_button.setText(QCoreApplication.translate("IncompleteDialog", u"Cancel", None))
    # retranslateUi
