"""Form compiled from ui/review/setup_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


class Ui_SetupPage(object):
    def setupUi(self, setup_page: QWidget) -> None:
        if not setup_page.objectName():
            setup_page.setObjectName(u"setup_page")
        self.page_layout = QVBoxLayout(setup_page)
        self.page_layout.setObjectName(u"page_layout")
        self.title = QLabel(setup_page)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")
        self.title.setWordWrap(True)

        self.page_layout.addWidget(self.title)

        self.intro = QLabel(setup_page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.status = QLabel(setup_page)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.page_layout.addWidget(self.status)

        self.scroll = QScrollArea(setup_page)
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

        self.page_layout.setStretch(3, 1)

        self.retranslateUi(setup_page)
    # setupUi

    def retranslateUi(self, setup_page: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("SetupPage", u"Review set-up", None))
        self.intro.setText(QCoreApplication.translate("SetupPage", u"Methodology, scope, terms of reference and the key lines of enquiry (002 para. 8.16), the panel, the independent lead reviewer and overview author, the scoping meeting, and which family members' records are relevant (000 paras. 5.6, 6.1-6.6).", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("SetupPage", u"Status of this page", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
        pass
    # retranslateUi
