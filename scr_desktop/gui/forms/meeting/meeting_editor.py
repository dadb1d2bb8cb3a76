"""Form compiled from ui/meeting/meeting_editor.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class Ui_MeetingEditor(object):
    def setupUi(self, meeting_editor: QWidget) -> None:
        if not meeting_editor.objectName():
            meeting_editor.setObjectName(u"meeting_editor")
        self.editor_layout = QVBoxLayout(meeting_editor)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.meeting_tabs = QTabWidget(meeting_editor)
        self.meeting_tabs.setObjectName(u"meeting_tabs")
        self.plan_tab = QWidget()
        self.plan_tab.setObjectName(u"plan_tab")
        self.plan_tab_layout = QVBoxLayout(self.plan_tab)
        self.plan_tab_layout.setObjectName(u"plan_tab_layout")
        self.plan_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.plan_scroll = QScrollArea(self.plan_tab)
        self.plan_scroll.setObjectName(u"plan_scroll")
        self.plan_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plan_scroll.setWidgetResizable(True)
        self.plan_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.plan_body = QWidget()
        self.plan_body.setObjectName(u"plan_body")
        self.plan_body_layout = QVBoxLayout(self.plan_body)
        self.plan_body_layout.setObjectName(u"plan_body_layout")
        self.plan_body_layout.setContentsMargins(0, 0, 0, 0)
        self.plan_scroll.setWidget(self.plan_body)

        self.plan_tab_layout.addWidget(self.plan_scroll)

        self.meeting_tabs.addTab(self.plan_tab, "")
        self.checks_tab = QWidget()
        self.checks_tab.setObjectName(u"checks_tab")
        self.checks_tab_layout = QVBoxLayout(self.checks_tab)
        self.checks_tab_layout.setObjectName(u"checks_tab_layout")
        self.checks_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.meeting_tabs.addTab(self.checks_tab, "")
        self.attendance_tab = QWidget()
        self.attendance_tab.setObjectName(u"attendance_tab")
        self.attendance_tab_layout = QVBoxLayout(self.attendance_tab)
        self.attendance_tab_layout.setObjectName(u"attendance_tab_layout")
        self.attendance_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.meeting_tabs.addTab(self.attendance_tab, "")
        self.outcomes = QWidget()
        self.outcomes.setObjectName(u"outcomes")
        self.outcome_layout = QVBoxLayout(self.outcomes)
        self.outcome_layout.setObjectName(u"outcome_layout")
        self.outcome_case_row = QHBoxLayout()
        self.outcome_case_row.setObjectName(u"outcome_case_row")
        self.outcome_case_label = QLabel(self.outcomes)
        self.outcome_case_label.setObjectName(u"outcome_case_label")

        self.outcome_case_row.addWidget(self.outcome_case_label)

        self.outcome_case = QComboBox(self.outcomes)
        self.outcome_case.setObjectName(u"outcome_case")

        self.outcome_case_row.addWidget(self.outcome_case)

        self.outcome_case_row.setStretch(1, 1)

        self.outcome_layout.addLayout(self.outcome_case_row)

        self.outcome_scroll = QScrollArea(self.outcomes)
        self.outcome_scroll.setObjectName(u"outcome_scroll")
        self.outcome_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.outcome_scroll.setWidgetResizable(True)
        self.outcome_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.outcome_body = QWidget()
        self.outcome_body.setObjectName(u"outcome_body")
        self.outcome_body_layout = QVBoxLayout(self.outcome_body)
        self.outcome_body_layout.setObjectName(u"outcome_body_layout")
        self.outcome_body_layout.setContentsMargins(0, 0, 0, 0)
        self.outcome_scroll.setWidget(self.outcome_body)

        self.outcome_layout.addWidget(self.outcome_scroll)

        self.meeting_tabs.addTab(self.outcomes, "")

        self.editor_layout.addWidget(self.meeting_tabs)

#if QT_CONFIG(shortcut)
        self.outcome_case_label.setBuddy(self.outcome_case)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.meeting_tabs, self.outcome_case)

        self.retranslateUi(meeting_editor)

        self.meeting_tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, meeting_editor: QWidget) -> None:
        self.meeting_tabs.setTabText(self.meeting_tabs.indexOf(self.plan_tab), QCoreApplication.translate("MeetingEditor", u"&1 Plan and agenda", None))
        self.meeting_tabs.setTabText(self.meeting_tabs.indexOf(self.checks_tab), QCoreApplication.translate("MeetingEditor", u"&2 Agency checks", None))
        self.meeting_tabs.setTabText(self.meeting_tabs.indexOf(self.attendance_tab), QCoreApplication.translate("MeetingEditor", u"&3 Attendance", None))
        self.outcome_case_label.setText(QCoreApplication.translate("MeetingEditor", u"Ca&se:", None))
#if QT_CONFIG(accessibility)
        self.outcome_case.setAccessibleName(QCoreApplication.translate("MeetingEditor", u"Case whose outcome is recorded", None))
#endif // QT_CONFIG(accessibility)
        self.meeting_tabs.setTabText(self.meeting_tabs.indexOf(self.outcomes), QCoreApplication.translate("MeetingEditor", u"&4 Outcomes", None))
        pass
    # retranslateUi
