"""Form compiled from ui/review/monitoring_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QTableView,
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

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.owner_label = QLabel(monitoring_page)
        self.owner_label.setObjectName(u"owner_label")

        self.filter_row.addWidget(self.owner_label)

        self.owner_filter = QComboBox(monitoring_page)
        self.owner_filter.setObjectName(u"owner_filter")
        self.owner_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_row.addWidget(self.owner_filter)

        self.include_closed = QCheckBox(monitoring_page)
        self.include_closed.setObjectName(u"include_closed")

        self.filter_row.addWidget(self.include_closed)

        self.filter_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_gap)


        self.page_layout.addLayout(self.filter_row)

        self.table = QTableView(monitoring_page)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)

        self.page_layout.addWidget(self.table)

        self.page_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.owner_label.setBuddy(self.owner_filter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.owner_filter, self.include_closed)
        QWidget.setTabOrder(self.include_closed, self.table)

        self.retranslateUi(monitoring_page)
    # setupUi

    def retranslateUi(self, monitoring_page: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("MonitoringPage", u"Actions across all reviews", None))
#if QT_CONFIG(accessibility)
        self.counts.setAccessibleName(QCoreApplication.translate("MonitoringPage", u"How many actions, and how many overdue", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("MonitoringPage", u"Every open action of every review, overdue first, then by owner agency and due date (City & Hackney SCR procedure, para. 13; Cumbria SCR procedures, para. 1.9). Open a row to go to its case.", None))
        self.owner_label.setText(QCoreApplication.translate("MonitoringPage", u"&Owner agency:", None))
#if QT_CONFIG(accessibility)
        self.owner_filter.setAccessibleName(QCoreApplication.translate("MonitoringPage", u"Show the actions of one owner agency", None))
#endif // QT_CONFIG(accessibility)
        self.include_closed.setText(QCoreApplication.translate("MonitoringPage", u"Show &completed actions", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("MonitoringPage", u"Actions across all reviews, overdue first", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
