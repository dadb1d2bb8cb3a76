"""Form compiled from ui/case_list_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class Ui_CaseListPage(object):
    def setupUi(self, case_list_page: QWidget) -> None:
        if not case_list_page.objectName():
            case_list_page.setObjectName(u"case_list_page")
        self.page_layout = QVBoxLayout(case_list_page)
        self.page_layout.setObjectName(u"page_layout")
        self.title_row = QHBoxLayout()
        self.title_row.setObjectName(u"title_row")
        self.list_title = QLabel(case_list_page)
        self.list_title.setObjectName(u"list_title")
        self.list_title.setProperty(u"role", u"pagetitle")

        self.title_row.addWidget(self.list_title)

        self.title_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_row.addItem(self.title_gap)

        self.case_count = QLabel(case_list_page)
        self.case_count.setObjectName(u"case_count")

        self.title_row.addWidget(self.case_count)


        self.page_layout.addLayout(self.title_row)

        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(case_list_page)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search = QLineEdit(case_list_page)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search)

        self.search_row.setStretch(1, 1)

        self.page_layout.addLayout(self.search_row)

        self.case_table = QTableView(case_list_page)
        self.case_table.setObjectName(u"case_table")
        self.case_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_table.setTabKeyNavigation(False)
        self.case_table.setAlternatingRowColors(True)
        self.case_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.case_table)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.new_button = QPushButton(case_list_page)
        self.new_button.setObjectName(u"new_button")

        self.button_row.addWidget(self.new_button)

        self.open_button = QPushButton(case_list_page)
        self.open_button.setObjectName(u"open_button")

        self.button_row.addWidget(self.open_button)

        self.delete_button = QPushButton(case_list_page)
        self.delete_button.setObjectName(u"delete_button")

        self.button_row.addWidget(self.delete_button)

        self.restore_button = QPushButton(case_list_page)
        self.restore_button.setObjectName(u"restore_button")

        self.button_row.addWidget(self.restore_button)

        self.empty_trash_button = QPushButton(case_list_page)
        self.empty_trash_button.setObjectName(u"empty_trash_button")

        self.button_row.addWidget(self.empty_trash_button)

        self.button_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_gap)


        self.page_layout.addLayout(self.button_row)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.case_table)
        QWidget.setTabOrder(self.case_table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.empty_trash_button)

        self.retranslateUi(case_list_page)
    # setupUi

    def retranslateUi(self, case_list_page: QWidget) -> None:
        self.list_title.setText(QCoreApplication.translate("CaseListPage", u"Referrals", None))
        self.search_label.setText(QCoreApplication.translate("CaseListPage", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("CaseListPage", u"Search cases", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("CaseListPage", u"Search by name, reference or any text", None))
#if QT_CONFIG(accessibility)
        self.case_table.setAccessibleName(QCoreApplication.translate("CaseListPage", u"Cases", None))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(QCoreApplication.translate("CaseListPage", u"&New referral", None))
        self.open_button.setText(QCoreApplication.translate("CaseListPage", u"&Open", None))
        self.delete_button.setText(QCoreApplication.translate("CaseListPage", u"&Delete\u2026", None))
        self.restore_button.setText(QCoreApplication.translate("CaseListPage", u"&Restore", None))
        self.empty_trash_button.setText(QCoreApplication.translate("CaseListPage", u"E&mpty deleted cases\u2026", None))
        pass
    # retranslateUi
