"""Form compiled from ui/rapid_review/review_sections/meeting.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.gui.form_widgets import FormErrorLabel


class Ui_MeetingSection(object):
    def setupUi(self, meeting_section: QWidget) -> None:
        if not meeting_section.objectName():
            meeting_section.setObjectName(u"meeting_section")
        self.outer_layout = QVBoxLayout(meeting_section)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.meeting_box = QGroupBox(meeting_section)
        self.meeting_box.setObjectName(u"meeting_box")
        self.box_layout = QVBoxLayout(self.meeting_box)
        self.box_layout.setObjectName(u"box_layout")
        self.take_from_meeting = QPushButton(self.meeting_box)
        self.take_from_meeting.setObjectName(u"take_from_meeting")

        self.box_layout.addWidget(self.take_from_meeting)

        self.meeting_form = QFormLayout()
        self.meeting_form.setObjectName(u"meeting_form")
        self.rr_meeting_date_label = QLabel(self.meeting_box)
        self.rr_meeting_date_label.setObjectName(u"rr_meeting_date_label")

        self.meeting_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rr_meeting_date_label)

        self.rr_meeting_date = QLineEdit(self.meeting_box)
        self.rr_meeting_date.setObjectName(u"rr_meeting_date")
        self.rr_meeting_date.setMaximumSize(QSize(140, 16777215))

        self.meeting_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rr_meeting_date)

        self.present_local_authority_label = QLabel(self.meeting_box)
        self.present_local_authority_label.setObjectName(u"present_local_authority_label")

        self.meeting_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.present_local_authority_label)

        self.present_local_authority = QLineEdit(self.meeting_box)
        self.present_local_authority.setObjectName(u"present_local_authority")

        self.meeting_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.present_local_authority)

        self.present_icb_label = QLabel(self.meeting_box)
        self.present_icb_label.setObjectName(u"present_icb_label")

        self.meeting_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.present_icb_label)

        self.present_icb = QLineEdit(self.meeting_box)
        self.present_icb.setObjectName(u"present_icb")

        self.meeting_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.present_icb)

        self.present_police_label = QLabel(self.meeting_box)
        self.present_police_label.setObjectName(u"present_police_label")

        self.meeting_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.present_police_label)

        self.present_police = QLineEdit(self.meeting_box)
        self.present_police.setObjectName(u"present_police")

        self.meeting_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.present_police)

        self.others_present_label = QLabel(self.meeting_box)
        self.others_present_label.setObjectName(u"others_present_label")

        self.meeting_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.others_present_label)

        self.others_present = QPlainTextEdit(self.meeting_box)
        self.others_present.setObjectName(u"others_present")
        self.others_present.setMaximumSize(QSize(16777215, 60))
        self.others_present.setTabChangesFocus(True)

        self.meeting_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.others_present)


        self.box_layout.addLayout(self.meeting_form)

        self.rr_meeting_date__error = FormErrorLabel(self.meeting_box)
        self.rr_meeting_date__error.setObjectName(u"rr_meeting_date__error")

        self.box_layout.addWidget(self.rr_meeting_date__error)


        self.outer_layout.addWidget(self.meeting_box)

#if QT_CONFIG(shortcut)
        self.rr_meeting_date_label.setBuddy(self.rr_meeting_date)
        self.present_local_authority_label.setBuddy(self.present_local_authority)
        self.present_icb_label.setBuddy(self.present_icb)
        self.present_police_label.setBuddy(self.present_police)
        self.others_present_label.setBuddy(self.others_present)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.take_from_meeting, self.rr_meeting_date)
        QWidget.setTabOrder(self.rr_meeting_date, self.present_local_authority)
        QWidget.setTabOrder(self.present_local_authority, self.present_icb)
        QWidget.setTabOrder(self.present_icb, self.present_police)
        QWidget.setTabOrder(self.present_police, self.others_present)

        self.retranslateUi(meeting_section)
    # setupUi

    def retranslateUi(self, meeting_section: QWidget) -> None:
        self.meeting_box.setTitle(QCoreApplication.translate("MeetingSection", u"Rapid review meeting", None))
        self.take_from_meeting.setText(QCoreApplication.translate("MeetingSection", u"&Take the agency returns and attendance from meeting mode", None))
#if QT_CONFIG(tooltip)
        self.take_from_meeting.setToolTip(QCoreApplication.translate("MeetingSection", u"Hold the rapid review meeting in Meetings, with this case on its agenda; its agency returns and attendance come here.", None))
#endif // QT_CONFIG(tooltip)
        self.rr_meeting_date_label.setText(QCoreApplication.translate("MeetingSection", u"Date of the meeting:", None))
#if QT_CONFIG(accessibility)
        self.rr_meeting_date.setAccessibleName(QCoreApplication.translate("MeetingSection", u"Date of the rapid review meeting", None))
#endif // QT_CONFIG(accessibility)
        self.rr_meeting_date.setPlaceholderText(QCoreApplication.translate("MeetingSection", u"dd/mm/yyyy", None))
        self.present_local_authority_label.setText(QCoreApplication.translate("MeetingSection", u"Local authority:", None))
#if QT_CONFIG(accessibility)
        self.present_local_authority.setAccessibleName(QCoreApplication.translate("MeetingSection", u"Who attended for the local authority", None))
#endif // QT_CONFIG(accessibility)
        self.present_local_authority.setPlaceholderText(QCoreApplication.translate("MeetingSection", u"role of who attended (blank: did not attend)", None))
        self.present_icb_label.setText(QCoreApplication.translate("MeetingSection", u"Integrated care board:", None))
#if QT_CONFIG(accessibility)
        self.present_icb.setAccessibleName(QCoreApplication.translate("MeetingSection", u"Who attended for the integrated care board", None))
#endif // QT_CONFIG(accessibility)
        self.present_icb.setPlaceholderText(QCoreApplication.translate("MeetingSection", u"role of who attended (blank: did not attend)", None))
        self.present_police_label.setText(QCoreApplication.translate("MeetingSection", u"Police:", None))
#if QT_CONFIG(accessibility)
        self.present_police.setAccessibleName(QCoreApplication.translate("MeetingSection", u"Who attended for the police", None))
#endif // QT_CONFIG(accessibility)
        self.present_police.setPlaceholderText(QCoreApplication.translate("MeetingSection", u"role of who attended (blank: did not attend)", None))
        self.others_present_label.setText(QCoreApplication.translate("MeetingSection", u"Others attending:", None))
#if QT_CONFIG(accessibility)
        self.others_present.setAccessibleName(QCoreApplication.translate("MeetingSection", u"Others attending", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
