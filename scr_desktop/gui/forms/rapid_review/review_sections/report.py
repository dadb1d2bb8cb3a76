"""Form compiled from ui/rapid_review/review_sections/report.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Ui_ReportSection(object):
    def setupUi(self, report_section: QWidget) -> None:
        if not report_section.objectName():
            report_section.setObjectName(u"report_section")
        self.outer_layout = QVBoxLayout(report_section)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.report_box = QGroupBox(report_section)
        self.report_box.setObjectName(u"report_box")
        self.box_layout = QVBoxLayout(self.report_box)
        self.box_layout.setObjectName(u"box_layout")
        self.report_form = QFormLayout()
        self.report_form.setObjectName(u"report_form")
        self.report_facts_and_agency_involvement_label = QLabel(self.report_box)
        self.report_facts_and_agency_involvement_label.setObjectName(u"report_facts_and_agency_involvement_label")

        self.report_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.report_facts_and_agency_involvement_label)

        self.report_facts_and_agency_involvement = QPlainTextEdit(self.report_box)
        self.report_facts_and_agency_involvement.setObjectName(u"report_facts_and_agency_involvement")
        self.report_facts_and_agency_involvement.setMaximumSize(QSize(16777215, 80))
        self.report_facts_and_agency_involvement.setTabChangesFocus(True)

        self.report_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.report_facts_and_agency_involvement)

        self.report_immediate_safety_action_label = QLabel(self.report_box)
        self.report_immediate_safety_action_label.setObjectName(u"report_immediate_safety_action_label")

        self.report_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.report_immediate_safety_action_label)

        self.report_immediate_safety_action = QPlainTextEdit(self.report_box)
        self.report_immediate_safety_action.setObjectName(u"report_immediate_safety_action")
        self.report_immediate_safety_action.setMaximumSize(QSize(16777215, 80))
        self.report_immediate_safety_action.setTabChangesFocus(True)

        self.report_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.report_immediate_safety_action)

        self.report_learning_identified_label = QLabel(self.report_box)
        self.report_learning_identified_label.setObjectName(u"report_learning_identified_label")

        self.report_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.report_learning_identified_label)

        self.report_learning_identified = QPlainTextEdit(self.report_box)
        self.report_learning_identified.setObjectName(u"report_learning_identified")
        self.report_learning_identified.setMaximumSize(QSize(16777215, 80))
        self.report_learning_identified.setTabChangesFocus(True)

        self.report_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.report_learning_identified)

        self.report_decision_and_rationale_label = QLabel(self.report_box)
        self.report_decision_and_rationale_label.setObjectName(u"report_decision_and_rationale_label")

        self.report_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.report_decision_and_rationale_label)

        self.report_decision_and_rationale = QPlainTextEdit(self.report_box)
        self.report_decision_and_rationale.setObjectName(u"report_decision_and_rationale")
        self.report_decision_and_rationale.setMaximumSize(QSize(16777215, 80))
        self.report_decision_and_rationale.setTabChangesFocus(True)

        self.report_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.report_decision_and_rationale)


        self.box_layout.addLayout(self.report_form)

        self.export_rapid_review = QPushButton(self.report_box)
        self.export_rapid_review.setObjectName(u"export_rapid_review")

        self.box_layout.addWidget(self.export_rapid_review)


        self.outer_layout.addWidget(self.report_box)

#if QT_CONFIG(shortcut)
        self.report_facts_and_agency_involvement_label.setBuddy(self.report_facts_and_agency_involvement)
        self.report_immediate_safety_action_label.setBuddy(self.report_immediate_safety_action)
        self.report_learning_identified_label.setBuddy(self.report_learning_identified)
        self.report_decision_and_rationale_label.setBuddy(self.report_decision_and_rationale)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.report_facts_and_agency_involvement, self.report_immediate_safety_action)
        QWidget.setTabOrder(self.report_immediate_safety_action, self.report_learning_identified)
        QWidget.setTabOrder(self.report_learning_identified, self.report_decision_and_rationale)
        QWidget.setTabOrder(self.report_decision_and_rationale, self.export_rapid_review)

        self.retranslateUi(report_section)
    # setupUi

    def retranslateUi(self, report_section: QWidget) -> None:
        self.report_box.setTitle(QCoreApplication.translate("ReportSection", u"Rapid review report (the Panel's template)", None))
        self.report_facts_and_agency_involvement_label.setText(QCoreApplication.translate("ReportSection", u"Facts and agency involvement:", None))
#if QT_CONFIG(accessibility)
        self.report_facts_and_agency_involvement.setAccessibleName(QCoreApplication.translate("ReportSection", u"Facts and agency involvement", None))
#endif // QT_CONFIG(accessibility)
        self.report_immediate_safety_action_label.setText(QCoreApplication.translate("ReportSection", u"Immediate safety action:", None))
#if QT_CONFIG(accessibility)
        self.report_immediate_safety_action.setAccessibleName(QCoreApplication.translate("ReportSection", u"Immediate safety action", None))
#endif // QT_CONFIG(accessibility)
        self.report_learning_identified_label.setText(QCoreApplication.translate("ReportSection", u"Learning identified:", None))
#if QT_CONFIG(accessibility)
        self.report_learning_identified.setAccessibleName(QCoreApplication.translate("ReportSection", u"Learning identified", None))
#endif // QT_CONFIG(accessibility)
        self.report_decision_and_rationale_label.setText(QCoreApplication.translate("ReportSection", u"Decision and rationale:", None))
#if QT_CONFIG(accessibility)
        self.report_decision_and_rationale.setAccessibleName(QCoreApplication.translate("ReportSection", u"Decision and rationale", None))
#endif // QT_CONFIG(accessibility)
        self.export_rapid_review.setText(QCoreApplication.translate("ReportSection", u"E&xport the report (encrypted PDF)\u2026", None))
        pass
    # retranslateUi
