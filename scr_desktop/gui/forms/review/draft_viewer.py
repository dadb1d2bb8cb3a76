"""Form compiled from ui/review/draft_viewer.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)


class Ui_DraftViewer(object):
    def setupUi(self, draft_viewer: QDialog) -> None:
        if not draft_viewer.objectName():
            draft_viewer.setObjectName(u"draft_viewer")
        draft_viewer.setMinimumSize(QSize(640, 480))
        self.dialog_layout = QVBoxLayout(draft_viewer)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(draft_viewer)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.draft_text_label = QLabel(draft_viewer)
        self.draft_text_label.setObjectName(u"draft_text_label")

        self.dialog_layout.addWidget(self.draft_text_label)

        self.draft_text = QPlainTextEdit(draft_viewer)
        self.draft_text.setObjectName(u"draft_text")
        self.draft_text.setReadOnly(True)
        self.draft_text.setTabChangesFocus(True)

        self.dialog_layout.addWidget(self.draft_text)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_gap)

        self.close_button = QPushButton(draft_viewer)
        self.close_button.setObjectName(u"close_button")

        self.button_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.draft_text_label.setBuddy(self.draft_text)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.draft_text, self.close_button)

        self.retranslateUi(draft_viewer)

        self.close_button.setDefault(True)

    # setupUi

    def retranslateUi(self, draft_viewer: QDialog) -> None:
        draft_viewer.setWindowTitle(QCoreApplication.translate("DraftViewer", u"Draft report", None))
        self.intro.setText(QCoreApplication.translate("DraftViewer", u"Read from the vault into memory only; nothing is written to the disk. To send it, export it encrypted.", None))
        self.draft_text_label.setText(QCoreApplication.translate("DraftViewer", u"&Text of the draft:", None))
#if QT_CONFIG(accessibility)
        self.draft_text.setAccessibleName(QCoreApplication.translate("DraftViewer", u"Text of the draft report", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("DraftViewer", u"Cl&ose", None))
    # retranslateUi
