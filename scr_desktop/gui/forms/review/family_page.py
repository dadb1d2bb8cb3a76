"""Form compiled from ui/review/family_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)


class Ui_FamilyPage(object):
    def setupUi(self, family_page: QWidget) -> None:
        if not family_page.objectName():
            family_page.setObjectName(u"family_page")
        self.page_layout = QVBoxLayout(family_page)
        self.page_layout.setObjectName(u"page_layout")
        self.title = QLabel(family_page)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")
        self.title.setWordWrap(True)

        self.page_layout.addWidget(self.title)

        self.intro = QLabel(family_page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.status = QLabel(family_page)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.page_layout.addWidget(self.status)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.letter_button = QPushButton(family_page)
        self.letter_button.setObjectName(u"letter_button")

        self.button_row.addWidget(self.letter_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.page_layout.addLayout(self.button_row)

        self.scroll = QScrollArea(family_page)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setObjectName(u"content_layout")
        self.scroll.setWidget(self.content)

        self.page_layout.addWidget(self.scroll)

        self.page_layout.setStretch(4, 1)

        self.retranslateUi(family_page)
    # setupUi

    def retranslateUi(self, family_page: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("FamilyPage", u"Family and victims", None))
        self.intro.setText(QCoreApplication.translate("FamilyPage", u"The communication plan: who is told, by whom and how (personal delivery is best), when (with the police view where criminal proceedings are pending), the invitation to contribute, meetings held, and feedback before publication (000 paras. 8-9; 004).", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("FamilyPage", u"Status of this page", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
        self.letter_button.setText(QCoreApplication.translate("FamilyPage", u"Export the notification letter (&draft)\u2026", None))
#if QT_CONFIG(accessibility)
        self.letter_button.setAccessibleDescription(QCoreApplication.translate("FamilyPage", u"Export the family notification letter as a password-protected Word draft for the professional delivering it", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
