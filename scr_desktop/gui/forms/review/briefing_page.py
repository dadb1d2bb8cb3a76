"""Form compiled from ui/review/briefing_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

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


class Ui_BriefingPage(object):
    def setupUi(self, briefing_page: QWidget) -> None:
        if not briefing_page.objectName():
            briefing_page.setObjectName(u"briefing_page")
        self.page_layout = QVBoxLayout(briefing_page)
        self.page_layout.setObjectName(u"page_layout")
        self.title = QLabel(briefing_page)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")
        self.title.setWordWrap(True)

        self.page_layout.addWidget(self.title)

        self.intro = QLabel(briefing_page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.status = QLabel(briefing_page)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.page_layout.addWidget(self.status)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.export_button = QPushButton(briefing_page)
        self.export_button.setObjectName(u"export_button")

        self.button_row.addWidget(self.export_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.page_layout.addLayout(self.button_row)

        self.scroll = QScrollArea(briefing_page)
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

        self.retranslateUi(briefing_page)
    # setupUi

    def retranslateUi(self, briefing_page: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("BriefingPage", u"Learning briefing", None))
        self.intro.setText(QCoreApplication.translate("BriefingPage", u"One page for circulation to teams: the case in brief, what happened, what we learned, what to do differently and questions for teams (000 paras. 1.3, 10.7). Write it without names; the export also replaces any name, address or date of birth the case knows with its pseudonym.", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("BriefingPage", u"Status of this page", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
        self.export_button.setText(QCoreApplication.translate("BriefingPage", u"E&xport the briefing (anonymised)\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_button.setAccessibleDescription(QCoreApplication.translate("BriefingPage", u"Export the learning briefing, anonymised, as an encrypted PDF", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
