"""Form compiled from ui/rapid_review/page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


class Ui_RapidReviewPage(object):
    def setupUi(self, page_rapid_review: QWidget) -> None:
        if not page_rapid_review.objectName():
            page_rapid_review.setObjectName(u"page_rapid_review")
        self.page_layout = QVBoxLayout(page_rapid_review)
        self.page_layout.setObjectName(u"page_layout")
        self.title = QLabel(page_rapid_review)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")

        self.page_layout.addWidget(self.title)

        self.not_applicable = QLabel(page_rapid_review)
        self.not_applicable.setObjectName(u"not_applicable")
        self.not_applicable.setWordWrap(True)

        self.page_layout.addWidget(self.not_applicable)

        self.scroll = QScrollArea(page_rapid_review)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setObjectName(u"body_layout")
        self.scroll.setWidget(self.body)

        self.page_layout.addWidget(self.scroll)

        self.page_layout.setStretch(2, 1)

        self.retranslateUi(page_rapid_review)
    # setupUi

    def retranslateUi(self, page_rapid_review: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("RapidReviewPage", u"Notification and rapid review", None))
        self.not_applicable.setText(QCoreApplication.translate("RapidReviewPage", u"This case's guidance has no serious incident notification or rapid review. Choose the Child Safeguarding Practice Review guidance on the questions step to use this step.", None))
        pass
    # retranslateUi
