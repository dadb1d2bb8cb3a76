"""Form compiled from ui/meeting/outcome.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.gui.form_widgets import FormErrorLabel


class Ui_OutcomeEditor(object):
    def setupUi(self, outcome: QWidget) -> None:
        if not outcome.objectName():
            outcome.setObjectName(u"outcome")
        self.outcome_layout = QVBoxLayout(outcome)
        self.outcome_layout.setObjectName(u"outcome_layout")
        self.outcome_layout.setContentsMargins(0, 0, 0, 0)
        self.outcome_result = QLabel(outcome)
        self.outcome_result.setObjectName(u"outcome_result")
        self.outcome_result.setWordWrap(True)
        self.outcome_result.setProperty(u"role", u"caseheading")

        self.outcome_layout.addWidget(self.outcome_result)

        self.rapid_review_box = QGroupBox(outcome)
        self.rapid_review_box.setObjectName(u"rapid_review_box")
        self.rapid_review_box.setVisible(False)
        self.rapid_review_layout = QVBoxLayout(self.rapid_review_box)
        self.rapid_review_layout.setObjectName(u"rapid_review_layout")
        self.rapid_review_summaries_label = QLabel(self.rapid_review_box)
        self.rapid_review_summaries_label.setObjectName(u"rapid_review_summaries_label")

        self.rapid_review_layout.addWidget(self.rapid_review_summaries_label)

        self.rapid_review_summaries = QTableWidget(self.rapid_review_box)
        if (self.rapid_review_summaries.columnCount() < 4):
            self.rapid_review_summaries.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.rapid_review_summaries.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.rapid_review_summaries.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.rapid_review_summaries.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.rapid_review_summaries.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.rapid_review_summaries.setObjectName(u"rapid_review_summaries")
        self.rapid_review_summaries.setMinimumSize(QSize(0, 110))
        self.rapid_review_summaries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rapid_review_summaries.setTabKeyNavigation(False)

        self.rapid_review_layout.addWidget(self.rapid_review_summaries)


        self.outcome_layout.addWidget(self.rapid_review_box)

        self.decision_slot = QWidget(outcome)
        self.decision_slot.setObjectName(u"decision_slot")
        self.decision_slot_layout = QVBoxLayout(self.decision_slot)
        self.decision_slot_layout.setObjectName(u"decision_slot_layout")
        self.decision_slot_layout.setContentsMargins(0, 0, 0, 0)

        self.outcome_layout.addWidget(self.decision_slot)

        self.lower = QHBoxLayout()
        self.lower.setObjectName(u"lower")
        self.actions_box = QGroupBox(outcome)
        self.actions_box.setObjectName(u"actions_box")
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions_label = QLabel(self.actions_box)
        self.actions_label.setObjectName(u"actions_label")

        self.actions_layout.addWidget(self.actions_label)

        self.actions_table = QTableWidget(self.actions_box)
        if (self.actions_table.columnCount() < 3):
            self.actions_table.setColumnCount(3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.actions_table.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.actions_table.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.actions_table.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        self.actions_table.setObjectName(u"actions_table")
        self.actions_table.setTabKeyNavigation(False)

        self.actions_layout.addWidget(self.actions_table)

        self.actions__error = FormErrorLabel(self.actions_box)
        self.actions__error.setObjectName(u"actions__error")

        self.actions_layout.addWidget(self.actions__error)

        self.add_action = QPushButton(self.actions_box)
        self.add_action.setObjectName(u"add_action")

        self.actions_layout.addWidget(self.add_action)


        self.lower.addWidget(self.actions_box)

        self.declarations_box = QGroupBox(outcome)
        self.declarations_box.setObjectName(u"declarations_box")
        self.declarations_layout = QVBoxLayout(self.declarations_box)
        self.declarations_layout.setObjectName(u"declarations_layout")
        self.declarations_label = QLabel(self.declarations_box)
        self.declarations_label.setObjectName(u"declarations_label")

        self.declarations_layout.addWidget(self.declarations_label)

        self.declarations_table = QTableWidget(self.declarations_box)
        if (self.declarations_table.columnCount() < 3):
            self.declarations_table.setColumnCount(3)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.declarations_table.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.declarations_table.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.declarations_table.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        self.declarations_table.setObjectName(u"declarations_table")
        self.declarations_table.setTabKeyNavigation(False)

        self.declarations_layout.addWidget(self.declarations_table)

        self.add_declaration = QPushButton(self.declarations_box)
        self.add_declaration.setObjectName(u"add_declaration")

        self.declarations_layout.addWidget(self.add_declaration)


        self.lower.addWidget(self.declarations_box)

        self.lower.setStretch(0, 3)
        self.lower.setStretch(1, 2)

        self.outcome_layout.addLayout(self.lower)

        self.outcome_layout.setStretch(1, 1)
        self.outcome_layout.setStretch(2, 3)
        self.outcome_layout.setStretch(3, 2)
#if QT_CONFIG(shortcut)
        self.rapid_review_summaries_label.setBuddy(self.rapid_review_summaries)
        self.actions_label.setBuddy(self.actions_table)
        self.declarations_label.setBuddy(self.declarations_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.actions_table, self.add_action)
        QWidget.setTabOrder(self.add_action, self.declarations_table)
        QWidget.setTabOrder(self.declarations_table, self.add_declaration)

        self.retranslateUi(outcome)
    # setupUi

    def retranslateUi(self, outcome: QWidget) -> None:
        self.rapid_review_box.setTitle(QCoreApplication.translate("OutcomeEditor", u"The case's agency summaries (rapid review)", None))
        self.rapid_review_summaries_label.setText(QCoreApplication.translate("OutcomeEditor", u"Agency s&ummaries:", None))
        ___qtablewidgetitem = self.rapid_review_summaries.horizontalHeaderItem(0)
        assert ___qtablewidgetitem is not None
        ___qtablewidgetitem.setText(QCoreApplication.translate("OutcomeEditor", u"Agency", None))
        ___qtablewidgetitem1 = self.rapid_review_summaries.horizontalHeaderItem(1)
        assert ___qtablewidgetitem1 is not None
        ___qtablewidgetitem1.setText(QCoreApplication.translate("OutcomeEditor", u"Received on", None))
        ___qtablewidgetitem2 = self.rapid_review_summaries.horizontalHeaderItem(2)
        assert ___qtablewidgetitem2 is not None
        ___qtablewidgetitem2.setText(QCoreApplication.translate("OutcomeEditor", u"Summary of involvement", None))
        ___qtablewidgetitem3 = self.rapid_review_summaries.horizontalHeaderItem(3)
        assert ___qtablewidgetitem3 is not None
        ___qtablewidgetitem3.setText(QCoreApplication.translate("OutcomeEditor", u"Held by", None))
#if QT_CONFIG(accessibility)
        self.rapid_review_summaries.setAccessibleName(QCoreApplication.translate("OutcomeEditor", u"The case's agency summaries", None))
#endif // QT_CONFIG(accessibility)
        self.actions_box.setTitle(QCoreApplication.translate("OutcomeEditor", u"Actions agreed", None))
        self.actions_label.setText(QCoreApplication.translate("OutcomeEditor", u"Actions a&greed:", None))
        ___qtablewidgetitem4 = self.actions_table.horizontalHeaderItem(0)
        assert ___qtablewidgetitem4 is not None
        ___qtablewidgetitem4.setText(QCoreApplication.translate("OutcomeEditor", u"Action", None))
        ___qtablewidgetitem5 = self.actions_table.horizontalHeaderItem(1)
        assert ___qtablewidgetitem5 is not None
        ___qtablewidgetitem5.setText(QCoreApplication.translate("OutcomeEditor", u"Owner agency", None))
        ___qtablewidgetitem6 = self.actions_table.horizontalHeaderItem(2)
        assert ___qtablewidgetitem6 is not None
        ___qtablewidgetitem6.setText(QCoreApplication.translate("OutcomeEditor", u"Due (dd/mm/yyyy)", None))
#if QT_CONFIG(accessibility)
        self.actions_table.setAccessibleName(QCoreApplication.translate("OutcomeEditor", u"Actions agreed", None))
#endif // QT_CONFIG(accessibility)
        self.add_action.setText(QCoreApplication.translate("OutcomeEditor", u"Add an a&ction", None))
        self.declarations_box.setTitle(QCoreApplication.translate("OutcomeEditor", u"Declarations of interest", None))
        self.declarations_label.setText(QCoreApplication.translate("OutcomeEditor", u"Dec&larations:", None))
        ___qtablewidgetitem7 = self.declarations_table.horizontalHeaderItem(0)
        assert ___qtablewidgetitem7 is not None
        ___qtablewidgetitem7.setText(QCoreApplication.translate("OutcomeEditor", u"Name", None))
        ___qtablewidgetitem8 = self.declarations_table.horizontalHeaderItem(1)
        assert ___qtablewidgetitem8 is not None
        ___qtablewidgetitem8.setText(QCoreApplication.translate("OutcomeEditor", u"Agency", None))
        ___qtablewidgetitem9 = self.declarations_table.horizontalHeaderItem(2)
        assert ___qtablewidgetitem9 is not None
        ___qtablewidgetitem9.setText(QCoreApplication.translate("OutcomeEditor", u"Interest declared", None))
#if QT_CONFIG(accessibility)
        self.declarations_table.setAccessibleName(QCoreApplication.translate("OutcomeEditor", u"Declarations of interest", None))
#endif // QT_CONFIG(accessibility)
        self.add_declaration.setText(QCoreApplication.translate("OutcomeEditor", u"Add a declaration of &interest", None))
        pass
    # retranslateUi
