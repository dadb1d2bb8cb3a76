"""Form compiled from ui/dashboard_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Ui_DashboardPage(object):
    def setupUi(self, dashboard_page: QWidget) -> None:
        if not dashboard_page.objectName():
            dashboard_page.setObjectName(u"dashboard_page")
        self.page_layout = QVBoxLayout(dashboard_page)
        self.page_layout.setObjectName(u"page_layout")
        self.title_row = QHBoxLayout()
        self.title_row.setObjectName(u"title_row")
        self.dashboard_title = QLabel(dashboard_page)
        self.dashboard_title.setObjectName(u"dashboard_title")
        self.dashboard_title.setProperty(u"role", u"pagetitle")

        self.title_row.addWidget(self.dashboard_title)

        self.title_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_row.addItem(self.title_gap)

        self.dashboard_counts = QLabel(dashboard_page)
        self.dashboard_counts.setObjectName(u"dashboard_counts")

        self.title_row.addWidget(self.dashboard_counts)


        self.page_layout.addLayout(self.title_row)

        self.show_done = QCheckBox(dashboard_page)
        self.show_done.setObjectName(u"show_done")

        self.page_layout.addWidget(self.show_done)

        self.dashboard_table = QTableWidget(dashboard_page)
        if (self.dashboard_table.columnCount() < 6):
            self.dashboard_table.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.dashboard_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.dashboard_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.dashboard_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.dashboard_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.dashboard_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.dashboard_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.dashboard_table.setObjectName(u"dashboard_table")
        self.dashboard_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dashboard_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dashboard_table.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.dashboard_table)

        self.page_layout.setStretch(2, 1)
        QWidget.setTabOrder(self.show_done, self.dashboard_table)

        self.retranslateUi(dashboard_page)
    # setupUi

    def retranslateUi(self, dashboard_page: QWidget) -> None:
        self.dashboard_title.setText(QCoreApplication.translate("DashboardPage", u"Deadlines across all cases", None))
        self.show_done.setText(QCoreApplication.translate("DashboardPage", u"Show deadlines already &done", None))
        ___qtablewidgetitem = self.dashboard_table.horizontalHeaderItem(0)
        assert ___qtablewidgetitem is not None
        ___qtablewidgetitem.setText(QCoreApplication.translate("DashboardPage", u"Due", None))
        ___qtablewidgetitem1 = self.dashboard_table.horizontalHeaderItem(1)
        assert ___qtablewidgetitem1 is not None
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DashboardPage", u"Case", None))
        ___qtablewidgetitem2 = self.dashboard_table.horizontalHeaderItem(2)
        assert ___qtablewidgetitem2 is not None
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DashboardPage", u"Child", None))
        ___qtablewidgetitem3 = self.dashboard_table.horizontalHeaderItem(3)
        assert ___qtablewidgetitem3 is not None
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DashboardPage", u"Deadline", None))
        ___qtablewidgetitem4 = self.dashboard_table.horizontalHeaderItem(4)
        assert ___qtablewidgetitem4 is not None
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DashboardPage", u"State", None))
        ___qtablewidgetitem5 = self.dashboard_table.horizontalHeaderItem(5)
        assert ___qtablewidgetitem5 is not None
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DashboardPage", u"Source", None))
#if QT_CONFIG(accessibility)
        self.dashboard_table.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Deadlines across all cases, soonest first", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
