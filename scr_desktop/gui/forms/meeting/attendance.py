"""Form compiled from ui/meeting/attendance.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Ui_AttendanceEditor(object):
    def setupUi(self, attendance: QWidget) -> None:
        if not attendance.objectName():
            attendance.setObjectName(u"attendance")
        self.attendance_layout = QVBoxLayout(attendance)
        self.attendance_layout.setObjectName(u"attendance_layout")
        self.intro = QLabel(attendance)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.attendance_layout.addWidget(self.intro)

        self.attendance_label = QLabel(attendance)
        self.attendance_label.setObjectName(u"attendance_label")

        self.attendance_layout.addWidget(self.attendance_label)

        self.attendance_table = QTableWidget(attendance)
        if (self.attendance_table.columnCount() < 5):
            self.attendance_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.attendance_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.attendance_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.attendance_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.attendance_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.attendance_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.attendance_table.setObjectName(u"attendance_table")
        self.attendance_table.setTabKeyNavigation(False)

        self.attendance_layout.addWidget(self.attendance_table)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.add_attendee = QPushButton(attendance)
        self.add_attendee.setObjectName(u"add_attendee")

        self.button_row.addWidget(self.add_attendee)

        self.copy_invited = QPushButton(attendance)
        self.copy_invited.setObjectName(u"copy_invited")

        self.button_row.addWidget(self.copy_invited)

        self.remove_attendee = QPushButton(attendance)
        self.remove_attendee.setObjectName(u"remove_attendee")

        self.button_row.addWidget(self.remove_attendee)

        self.button_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_gap)


        self.attendance_layout.addLayout(self.button_row)

        self.core_agency_warning = QLabel(attendance)
        self.core_agency_warning.setObjectName(u"core_agency_warning")
        self.core_agency_warning.setWordWrap(True)
        self.core_agency_warning.setProperty(u"role", u"error")

        self.attendance_layout.addWidget(self.core_agency_warning)

        self.attendance_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.attendance_label.setBuddy(self.attendance_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.attendance_table, self.add_attendee)
        QWidget.setTabOrder(self.add_attendee, self.copy_invited)
        QWidget.setTabOrder(self.copy_invited, self.remove_attendee)

        self.retranslateUi(attendance)
    # setupUi

    def retranslateUi(self, attendance: QWidget) -> None:
        self.intro.setText(QCoreApplication.translate("AttendanceEditor", u"Record everyone present, deputies, apologies and written reports received instead of attendance (3.11).", None))
        self.attendance_label.setText(QCoreApplication.translate("AttendanceEditor", u"&Attendance:", None))
        ___qtablewidgetitem = self.attendance_table.horizontalHeaderItem(0)
        assert ___qtablewidgetitem is not None
        ___qtablewidgetitem.setText(QCoreApplication.translate("AttendanceEditor", u"Agency", None))
        ___qtablewidgetitem1 = self.attendance_table.horizontalHeaderItem(1)
        assert ___qtablewidgetitem1 is not None
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AttendanceEditor", u"Name", None))
        ___qtablewidgetitem2 = self.attendance_table.horizontalHeaderItem(2)
        assert ___qtablewidgetitem2 is not None
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AttendanceEditor", u"Role", None))
        ___qtablewidgetitem3 = self.attendance_table.horizontalHeaderItem(3)
        assert ___qtablewidgetitem3 is not None
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AttendanceEditor", u"Attendance", None))
        ___qtablewidgetitem4 = self.attendance_table.horizontalHeaderItem(4)
        assert ___qtablewidgetitem4 is not None
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AttendanceEditor", u"Deputy for", None))
#if QT_CONFIG(accessibility)
        self.attendance_table.setAccessibleName(QCoreApplication.translate("AttendanceEditor", u"Attendance", None))
#endif // QT_CONFIG(accessibility)
        self.add_attendee.setText(QCoreApplication.translate("AttendanceEditor", u"Add a per&son", None))
        self.copy_invited.setText(QCoreApplication.translate("AttendanceEditor", u"Copy the &invited members", None))
        self.remove_attendee.setText(QCoreApplication.translate("AttendanceEditor", u"&Remove person", None))
        pass
    # retranslateUi
