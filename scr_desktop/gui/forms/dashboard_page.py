"""Form compiled from ui/dashboard_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpacerItem,
    QTableView,
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

        self.dashboard_progress = QLabel(dashboard_page)
        self.dashboard_progress.setObjectName(u"dashboard_progress")
        self.dashboard_progress.setVisible(False)
        self.dashboard_progress.setWordWrap(True)

        self.page_layout.addWidget(self.dashboard_progress)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.show_done = QCheckBox(dashboard_page)
        self.show_done.setObjectName(u"show_done")

        self.filter_row.addWidget(self.show_done)

        self.overdue_only = QCheckBox(dashboard_page)
        self.overdue_only.setObjectName(u"overdue_only")

        self.filter_row.addWidget(self.overdue_only)

        self.case_filter_label = QLabel(dashboard_page)
        self.case_filter_label.setObjectName(u"case_filter_label")

        self.filter_row.addWidget(self.case_filter_label)

        self.case_filter = QLineEdit(dashboard_page)
        self.case_filter.setObjectName(u"case_filter")
        self.case_filter.setClearButtonEnabled(True)

        self.filter_row.addWidget(self.case_filter)

        self.kind_filter_label = QLabel(dashboard_page)
        self.kind_filter_label.setObjectName(u"kind_filter_label")

        self.filter_row.addWidget(self.kind_filter_label)

        self.kind_filter = QComboBox(dashboard_page)
        self.kind_filter.setObjectName(u"kind_filter")
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_filter.setMinimumContentsLength(20)

        self.filter_row.addWidget(self.kind_filter)


        self.page_layout.addLayout(self.filter_row)

        self.dashboard_table = QTableView(dashboard_page)
        self.dashboard_table.setObjectName(u"dashboard_table")
        self.dashboard_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dashboard_table.setTabKeyNavigation(False)
        self.dashboard_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dashboard_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dashboard_table.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.dashboard_table)

        self.page_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.case_filter_label.setBuddy(self.case_filter)
        self.kind_filter_label.setBuddy(self.kind_filter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.show_done, self.overdue_only)
        QWidget.setTabOrder(self.overdue_only, self.case_filter)
        QWidget.setTabOrder(self.case_filter, self.kind_filter)
        QWidget.setTabOrder(self.kind_filter, self.dashboard_table)

        self.retranslateUi(dashboard_page)
    # setupUi

    def retranslateUi(self, dashboard_page: QWidget) -> None:
        self.dashboard_title.setText(QCoreApplication.translate("DashboardPage", u"Deadlines across all cases", None))
        self.show_done.setText(QCoreApplication.translate("DashboardPage", u"Show deadlines already &done", None))
        self.overdue_only.setText(QCoreApplication.translate("DashboardPage", u"&Overdue only", None))
        self.case_filter_label.setText(QCoreApplication.translate("DashboardPage", u"C&ase:", None))
#if QT_CONFIG(accessibility)
        self.case_filter.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Show only cases whose reference contains", None))
#endif // QT_CONFIG(accessibility)
        self.case_filter.setPlaceholderText(QCoreApplication.translate("DashboardPage", u"Reference", None))
        self.kind_filter_label.setText(QCoreApplication.translate("DashboardPage", u"Dead&line:", None))
#if QT_CONFIG(accessibility)
        self.kind_filter.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Show only deadlines of this kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dashboard_table.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Deadlines across all cases, soonest first", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
