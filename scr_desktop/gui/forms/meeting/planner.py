"""Form compiled from ui/meeting/planner.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.gui.form_widgets import FormErrorLabel


class Ui_MeetingPlanner(object):
    def setupUi(self, meeting_planner: QWidget) -> None:
        if not meeting_planner.objectName():
            meeting_planner.setObjectName(u"meeting_planner")
        self.planner_layout = QVBoxLayout(meeting_planner)
        self.planner_layout.setObjectName(u"planner_layout")
        self.details = QGroupBox(meeting_planner)
        self.details.setObjectName(u"details")
        self.details_fields = QFormLayout(self.details)
        self.details_fields.setObjectName(u"details_fields")
        self.date_label = QLabel(self.details)
        self.date_label.setObjectName(u"date_label")

        self.details_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_holder = QWidget(self.details)
        self.date_holder.setObjectName(u"date_holder")
        self.date_holder_layout = QVBoxLayout(self.date_holder)
        self.date_holder_layout.setObjectName(u"date_holder_layout")
        self.date_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.meeting_date = QLineEdit(self.date_holder)
        self.meeting_date.setObjectName(u"meeting_date")
        self.meeting_date.setMaxLength(10)

        self.date_holder_layout.addWidget(self.meeting_date)

        self.meeting_date__error = FormErrorLabel(self.date_holder)
        self.meeting_date__error.setObjectName(u"meeting_date__error")

        self.date_holder_layout.addWidget(self.meeting_date__error)


        self.details_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_holder)

        self.kind_label = QLabel(self.details)
        self.kind_label.setObjectName(u"kind_label")

        self.details_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.meeting_kind = QComboBox(self.details)
        self.meeting_kind.setObjectName(u"meeting_kind")

        self.details_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meeting_kind)

        self.chair_label = QLabel(self.details)
        self.chair_label.setObjectName(u"chair_label")

        self.details_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.chair_label)

        self.meeting_chair = QLineEdit(self.details)
        self.meeting_chair.setObjectName(u"meeting_chair")

        self.details_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meeting_chair)


        self.planner_layout.addWidget(self.details)

        self.agenda_box = QGroupBox(meeting_planner)
        self.agenda_box.setObjectName(u"agenda_box")
        self.agenda_layout = QVBoxLayout(self.agenda_box)
        self.agenda_layout.setObjectName(u"agenda_layout")
        self.offer_label = QLabel(self.agenda_box)
        self.offer_label.setObjectName(u"offer_label")

        self.agenda_layout.addWidget(self.offer_label)

        self.candidates = QTableWidget(self.agenda_box)
        if (self.candidates.columnCount() < 4):
            self.candidates.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.candidates.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.candidates.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.candidates.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.candidates.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.candidates.setObjectName(u"candidates")
        self.candidates.setTabKeyNavigation(False)
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.verticalHeader().setVisible(False)

        self.agenda_layout.addWidget(self.candidates)

        self.add_to_agenda = QPushButton(self.agenda_box)
        self.add_to_agenda.setObjectName(u"add_to_agenda")

        self.agenda_layout.addWidget(self.add_to_agenda, 0, Qt.AlignmentFlag.AlignLeft)

        self.agenda_label = QLabel(self.agenda_box)
        self.agenda_label.setObjectName(u"agenda_label")

        self.agenda_layout.addWidget(self.agenda_label)

        self.agenda = QListWidget(self.agenda_box)
        self.agenda.setObjectName(u"agenda")

        self.agenda_layout.addWidget(self.agenda)

        self.remove_from_agenda = QPushButton(self.agenda_box)
        self.remove_from_agenda.setObjectName(u"remove_from_agenda")

        self.agenda_layout.addWidget(self.remove_from_agenda, 0, Qt.AlignmentFlag.AlignLeft)

        self.agenda_timing = QLabel(self.agenda_box)
        self.agenda_timing.setObjectName(u"agenda_timing")
        self.agenda_timing.setWordWrap(True)
        self.agenda_timing.setProperty(u"role", u"error")

        self.agenda_layout.addWidget(self.agenda_timing)

        self.agenda_layout.setStretch(1, 2)
        self.agenda_layout.setStretch(4, 1)

        self.planner_layout.addWidget(self.agenda_box)

        self.lower = QHBoxLayout()
        self.lower.setObjectName(u"lower")
        self.invited_box = QGroupBox(meeting_planner)
        self.invited_box.setObjectName(u"invited_box")
        self.invited_layout = QVBoxLayout(self.invited_box)
        self.invited_layout.setObjectName(u"invited_layout")
        self.invited = QTableWidget(self.invited_box)
        if (self.invited.columnCount() < 3):
            self.invited.setColumnCount(3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.invited.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.invited.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.invited.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        self.invited.setObjectName(u"invited")

        self.invited_layout.addWidget(self.invited)

        self.invited_buttons = QHBoxLayout()
        self.invited_buttons.setObjectName(u"invited_buttons")
        self.invite_member = QPushButton(self.invited_box)
        self.invite_member.setObjectName(u"invite_member")

        self.invited_buttons.addWidget(self.invite_member)

        self.uninvite_member = QPushButton(self.invited_box)
        self.uninvite_member.setObjectName(u"uninvite_member")

        self.invited_buttons.addWidget(self.uninvite_member)

        self.invited_buttons_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.invited_buttons.addItem(self.invited_buttons_gap)


        self.invited_layout.addLayout(self.invited_buttons)


        self.lower.addWidget(self.invited_box)

        self.agencies_slot = QWidget(meeting_planner)
        self.agencies_slot.setObjectName(u"agencies_slot")
        self.agencies_slot_layout = QVBoxLayout(self.agencies_slot)
        self.agencies_slot_layout.setObjectName(u"agencies_slot_layout")
        self.agencies_slot_layout.setContentsMargins(0, 0, 0, 0)

        self.lower.addWidget(self.agencies_slot)

        self.lower.setStretch(0, 3)
        self.lower.setStretch(1, 2)

        self.planner_layout.addLayout(self.lower)

        self.planner_layout.setStretch(1, 2)
        self.planner_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.meeting_date)
        self.kind_label.setBuddy(self.meeting_kind)
        self.chair_label.setBuddy(self.meeting_chair)
        self.offer_label.setBuddy(self.candidates)
        self.agenda_label.setBuddy(self.agenda)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.meeting_date, self.meeting_kind)
        QWidget.setTabOrder(self.meeting_kind, self.meeting_chair)
        QWidget.setTabOrder(self.meeting_chair, self.candidates)
        QWidget.setTabOrder(self.candidates, self.add_to_agenda)
        QWidget.setTabOrder(self.add_to_agenda, self.agenda)
        QWidget.setTabOrder(self.agenda, self.remove_from_agenda)
        QWidget.setTabOrder(self.remove_from_agenda, self.invited)
        QWidget.setTabOrder(self.invited, self.invite_member)
        QWidget.setTabOrder(self.invite_member, self.uninvite_member)

        self.retranslateUi(meeting_planner)
    # setupUi

    def retranslateUi(self, meeting_planner: QWidget) -> None:
        self.details.setTitle(QCoreApplication.translate("MeetingPlanner", u"Meeting", None))
        self.date_label.setText(QCoreApplication.translate("MeetingPlanner", u"&Date of the meeting:", None))
#if QT_CONFIG(accessibility)
        self.meeting_date.setAccessibleName(QCoreApplication.translate("MeetingPlanner", u"Date of the meeting", None))
#endif // QT_CONFIG(accessibility)
        self.meeting_date.setPlaceholderText(QCoreApplication.translate("MeetingPlanner", u"dd/mm/yyyy", None))
        self.kind_label.setText(QCoreApplication.translate("MeetingPlanner", u"&Type of meeting:", None))
#if QT_CONFIG(accessibility)
        self.meeting_kind.setAccessibleName(QCoreApplication.translate("MeetingPlanner", u"Type of meeting", None))
#endif // QT_CONFIG(accessibility)
        self.chair_label.setText(QCoreApplication.translate("MeetingPlanner", u"C&hair:", None))
#if QT_CONFIG(accessibility)
        self.meeting_chair.setAccessibleName(QCoreApplication.translate("MeetingPlanner", u"Chair", None))
#endif // QT_CONFIG(accessibility)
        self.agenda_box.setTitle(QCoreApplication.translate("MeetingPlanner", u"Agenda", None))
        self.offer_label.setText(QCoreApplication.translate("MeetingPlanner", u"Cases awaiting a deci&sion:", None))
        ___qtablewidgetitem = self.candidates.horizontalHeaderItem(0)
        assert ___qtablewidgetitem is not None
        ___qtablewidgetitem.setText(QCoreApplication.translate("MeetingPlanner", u"Case", None))
        ___qtablewidgetitem1 = self.candidates.horizontalHeaderItem(1)
        assert ___qtablewidgetitem1 is not None
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MeetingPlanner", u"Status", None))
        ___qtablewidgetitem2 = self.candidates.horizontalHeaderItem(2)
        assert ___qtablewidgetitem2 is not None
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MeetingPlanner", u"Sub-group meeting due (3.9)", None))
        ___qtablewidgetitem3 = self.candidates.horizontalHeaderItem(3)
        assert ___qtablewidgetitem3 is not None
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MeetingPlanner", u"Decision due (3.8, or the rapid review)", None))
#if QT_CONFIG(accessibility)
        self.candidates.setAccessibleName(QCoreApplication.translate("MeetingPlanner", u"Cases awaiting a decision", None))
#endif // QT_CONFIG(accessibility)
        self.add_to_agenda.setText(QCoreApplication.translate("MeetingPlanner", u"&Add to agenda", None))
        self.agenda_label.setText(QCoreApplication.translate("MeetingPlanner", u"&On the agenda:", None))
#if QT_CONFIG(accessibility)
        self.agenda.setAccessibleName(QCoreApplication.translate("MeetingPlanner", u"Cases on the agenda", None))
#endif // QT_CONFIG(accessibility)
        self.remove_from_agenda.setText(QCoreApplication.translate("MeetingPlanner", u"Remove &from agenda", None))
        self.invited_box.setTitle(QCoreApplication.translate("MeetingPlanner", u"Members invited (3.10)", None))
        ___qtablewidgetitem4 = self.invited.horizontalHeaderItem(0)
        assert ___qtablewidgetitem4 is not None
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MeetingPlanner", u"Name", None))
        ___qtablewidgetitem5 = self.invited.horizontalHeaderItem(1)
        assert ___qtablewidgetitem5 is not None
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MeetingPlanner", u"Agency", None))
        ___qtablewidgetitem6 = self.invited.horizontalHeaderItem(2)
        assert ___qtablewidgetitem6 is not None
        ___qtablewidgetitem6.setText(QCoreApplication.translate("MeetingPlanner", u"Role", None))
#if QT_CONFIG(accessibility)
        self.invited.setAccessibleName(QCoreApplication.translate("MeetingPlanner", u"Members invited", None))
#endif // QT_CONFIG(accessibility)
        self.invite_member.setText(QCoreApplication.translate("MeetingPlanner", u"&Invite a member", None))
        self.uninvite_member.setText(QCoreApplication.translate("MeetingPlanner", u"Remove mem&ber", None))
        pass
    # retranslateUi
