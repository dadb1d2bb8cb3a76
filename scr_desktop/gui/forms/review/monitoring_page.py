"""Form compiled from ui/review/monitoring_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


class Ui_MonitoringPage(object):
    def setupUi(self, monitoring_page: QWidget) -> None:
        if not monitoring_page.objectName():
            monitoring_page.setObjectName(u"monitoring_page")
        self.page_layout = QVBoxLayout(monitoring_page)
        self.page_layout.setObjectName(u"page_layout")
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.title = QLabel(monitoring_page)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")

        self.top_row.addWidget(self.title)

        self.counts = QLabel(monitoring_page)
        self.counts.setObjectName(u"counts")

        self.top_row.addWidget(self.counts)

        self.top_row.setStretch(0, 1)

        self.page_layout.addLayout(self.top_row)

        self.intro = QLabel(monitoring_page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.include_closed = QCheckBox(monitoring_page)
        self.include_closed.setObjectName(u"include_closed")

        self.page_layout.addWidget(self.include_closed)

        self.table = QTableWidget(monitoring_page)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)

        self.page_layout.addWidget(self.table)

        self.page_layout.setStretch(3, 1)

        self.retranslateUi(monitoring_page)
    # setupUi

    def retranslateUi(self, monitoring_page: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("MonitoringPage", u"Actions across all reviews", None))
#if QT_CONFIG(accessibility)
        self.counts.setAccessibleName(QCoreApplication.translate("MonitoringPage", u"How many actions, and how many overdue", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("MonitoringPage", u"Every open action of every review, overdue first, then by owner agency and due date (000 para. 13; 003 para. 1.9). Open a row to go to its case.", None))
        self.include_closed.setText(QCoreApplication.translate("MonitoringPage", u"Show &completed actions", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("MonitoringPage", u"Actions across all reviews, overdue first", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
