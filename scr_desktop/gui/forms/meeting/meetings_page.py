"""Form compiled from ui/meeting/meetings_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class Ui_MeetingsPage(object):
    def setupUi(self, meetings_page: QWidget) -> None:
        if not meetings_page.objectName():
            meetings_page.setObjectName(u"meetings_page")
        self.page_layout = QHBoxLayout(meetings_page)
        self.page_layout.setObjectName(u"page_layout")
        self.list_column = QVBoxLayout()
        self.list_column.setObjectName(u"list_column")
        self.meetings_title = QLabel(meetings_page)
        self.meetings_title.setObjectName(u"meetings_title")
        self.meetings_title.setProperty(u"role", u"pagetitle")

        self.list_column.addWidget(self.meetings_title)

        self.list_label = QLabel(meetings_page)
        self.list_label.setObjectName(u"list_label")

        self.list_column.addWidget(self.list_label)

        self.meetings_list = QListWidget(meetings_page)
        self.meetings_list.setObjectName(u"meetings_list")

        self.list_column.addWidget(self.meetings_list)

        self.new_meeting = QPushButton(meetings_page)
        self.new_meeting.setObjectName(u"new_meeting")

        self.list_column.addWidget(self.new_meeting)

        self.list_column.setStretch(2, 1)

        self.page_layout.addLayout(self.list_column)

        self.right = QStackedWidget(meetings_page)
        self.right.setObjectName(u"right")
        self.meetings_placeholder = QLabel()
        self.meetings_placeholder.setObjectName(u"meetings_placeholder")
        self.meetings_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.meetings_placeholder.setWordWrap(True)
        self.right.addWidget(self.meetings_placeholder)
        self.editor_page = QWidget()
        self.editor_page.setObjectName(u"editor_page")
        self.holder = QVBoxLayout(self.editor_page)
        self.holder.setObjectName(u"holder")
        self.head = QHBoxLayout()
        self.head.setObjectName(u"head")
        self.meeting_heading = QLabel(self.editor_page)
        self.meeting_heading.setObjectName(u"meeting_heading")
        self.meeting_heading.setProperty(u"role", u"caseheading")

        self.head.addWidget(self.meeting_heading)

        self.present_meeting = QPushButton(self.editor_page)
        self.present_meeting.setObjectName(u"present_meeting")

        self.head.addWidget(self.present_meeting)

        self.export_minutes = QPushButton(self.editor_page)
        self.export_minutes.setObjectName(u"export_minutes")

        self.head.addWidget(self.export_minutes)

        self.head.setStretch(0, 1)

        self.holder.addLayout(self.head)

        self.right.addWidget(self.editor_page)

        self.page_layout.addWidget(self.right)

        self.page_layout.setStretch(0, 1)
        self.page_layout.setStretch(1, 3)
#if QT_CONFIG(shortcut)
        self.list_label.setBuddy(self.meetings_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.meetings_list, self.new_meeting)
        QWidget.setTabOrder(self.new_meeting, self.present_meeting)
        QWidget.setTabOrder(self.present_meeting, self.export_minutes)

        self.retranslateUi(meetings_page)
    # setupUi

    def retranslateUi(self, meetings_page: QWidget) -> None:
        self.meetings_title.setText(QCoreApplication.translate("MeetingsPage", u"Meetings: sub-group and rapid review", None))
        self.list_label.setText(QCoreApplication.translate("MeetingsPage", u"&Meetings:", None))
#if QT_CONFIG(accessibility)
        self.meetings_list.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"Meetings", None))
#endif // QT_CONFIG(accessibility)
        self.new_meeting.setText(QCoreApplication.translate("MeetingsPage", u"&New meeting", None))
        self.meetings_placeholder.setText(QCoreApplication.translate("MeetingsPage", u"Choose a meeting from the list, or plan a new one with New meeting (Alt+N).", None))
#if QT_CONFIG(tooltip)
        self.present_meeting.setToolTip(QCoreApplication.translate("MeetingsPage", u"Full screen, large type, names hidden (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.present_meeting.setText(QCoreApplication.translate("MeetingsPage", u"&Present on the projector", None))
        self.export_minutes.setText(QCoreApplication.translate("MeetingsPage", u"E&xport minutes\u2026", None))
        pass
    # retranslateUi
