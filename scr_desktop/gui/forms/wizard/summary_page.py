"""Form compiled from ui/wizard/summary_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget


class Ui_SummaryPage(object):
    def setupUi(self, page_summary: QWidget) -> None:
        if not page_summary.objectName():
            page_summary.setObjectName(u"page_summary")
        self.page_layout = QVBoxLayout(page_summary)
        self.page_layout.setObjectName(u"page_layout")
        self.summary_title = QLabel(page_summary)
        self.summary_title.setObjectName(u"summary_title")
        self.summary_title.setProperty(u"role", u"pagetitle")

        self.page_layout.addWidget(self.summary_title)

        self.summary_view = QTextBrowser(page_summary)
        self.summary_view.setObjectName(u"summary_view")
        self.summary_view.setOpenLinks(False)

        self.page_layout.addWidget(self.summary_view)

        self.page_layout.setStretch(1, 1)

        self.retranslateUi(page_summary)
    # setupUi

    def retranslateUi(self, page_summary: QWidget) -> None:
        self.summary_title.setText(QCoreApplication.translate("SummaryPage", u"Summary", None))
#if QT_CONFIG(accessibility)
        self.summary_view.setAccessibleName(QCoreApplication.translate("SummaryPage", u"Summary of the referral", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
