"""Form compiled from ui/rapid_review/notification_section.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.gui.form_widgets import FormErrorLabel


class Ui_NotificationSection(object):
    def setupUi(self, notification_section: QWidget) -> None:
        if not notification_section.objectName():
            notification_section.setObjectName(u"notification_section")
        self.outer_layout = QVBoxLayout(notification_section)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.notification_box = QGroupBox(notification_section)
        self.notification_box.setObjectName(u"notification_box")
        self.box_layout = QVBoxLayout(self.notification_box)
        self.box_layout.setObjectName(u"box_layout")
        self.intro = QLabel(self.notification_box)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.box_layout.addWidget(self.intro)

        self.notification_anonymised = QCheckBox(self.notification_box)
        self.notification_anonymised.setObjectName(u"notification_anonymised")
        self.notification_anonymised.setChecked(True)

        self.box_layout.addWidget(self.notification_anonymised)

        self.notification_fields = QTableWidget(self.notification_box)
        if (self.notification_fields.columnCount() < 3):
            self.notification_fields.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.notification_fields.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.notification_fields.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.notification_fields.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.notification_fields.setObjectName(u"notification_fields")
        self.notification_fields.setMinimumSize(QSize(0, 260))
        self.notification_fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notification_fields.setTabKeyNavigation(False)
        self.notification_fields.setWordWrap(True)

        self.box_layout.addWidget(self.notification_fields)

        self.export_incident_notification = QPushButton(self.notification_box)
        self.export_incident_notification.setObjectName(u"export_incident_notification")

        self.box_layout.addWidget(self.export_incident_notification)

        self.record_form = QFormLayout()
        self.record_form.setObjectName(u"record_form")
        self.submitted_label = QLabel(self.notification_box)
        self.submitted_label.setObjectName(u"submitted_label")

        self.record_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.submitted_label)

        self.notification_submitted = QLineEdit(self.notification_box)
        self.notification_submitted.setObjectName(u"notification_submitted")
        self.notification_submitted.setMaximumSize(QSize(140, 16777215))

        self.record_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notification_submitted)

        self.reference_label = QLabel(self.notification_box)
        self.reference_label.setObjectName(u"reference_label")

        self.record_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.notification_reference = QLineEdit(self.notification_box)
        self.notification_reference.setObjectName(u"notification_reference")

        self.record_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notification_reference)

        self.told_label = QLabel(self.notification_box)
        self.told_label.setObjectName(u"told_label")

        self.record_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.told_label)

        self.partners_told = QLineEdit(self.notification_box)
        self.partners_told.setObjectName(u"partners_told")
        self.partners_told.setMaximumSize(QSize(140, 16777215))

        self.record_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.partners_told)


        self.box_layout.addLayout(self.record_form)

        self.record_notification = QPushButton(self.notification_box)
        self.record_notification.setObjectName(u"record_notification")

        self.box_layout.addWidget(self.record_notification)

        self.notification__error = FormErrorLabel(self.notification_box)
        self.notification__error.setObjectName(u"notification__error")

        self.box_layout.addWidget(self.notification__error)

        self.notification_status = QLabel(self.notification_box)
        self.notification_status.setObjectName(u"notification_status")
        self.notification_status.setWordWrap(True)

        self.box_layout.addWidget(self.notification_status)


        self.outer_layout.addWidget(self.notification_box)

#if QT_CONFIG(shortcut)
        self.submitted_label.setBuddy(self.notification_submitted)
        self.reference_label.setBuddy(self.notification_reference)
        self.told_label.setBuddy(self.partners_told)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.notification_anonymised, self.notification_fields)
        QWidget.setTabOrder(self.notification_fields, self.export_incident_notification)
        QWidget.setTabOrder(self.export_incident_notification, self.notification_submitted)
        QWidget.setTabOrder(self.notification_submitted, self.notification_reference)
        QWidget.setTabOrder(self.notification_reference, self.partners_told)
        QWidget.setTabOrder(self.partners_told, self.record_notification)

        self.retranslateUi(notification_section)
    # setupUi

    def retranslateUi(self, notification_section: QWidget) -> None:
        self.notification_box.setTitle(QCoreApplication.translate("NotificationSection", u"Serious incident notification (the Panel, or the Secretary of State and Ofsted: see \"Who is notified\")", None))
        self.intro.setText(QCoreApplication.translate("NotificationSection", u"Copy each field into the national Child Safeguarding Incident Notification System; nothing is sent from this application.", None))
        self.notification_anonymised.setText(QCoreApplication.translate("NotificationSection", u"&Anonymise (recommended)", None))
        ___qtablewidgetitem = self.notification_fields.horizontalHeaderItem(0)
        assert ___qtablewidgetitem is not None
        ___qtablewidgetitem.setText(QCoreApplication.translate("NotificationSection", u"Field", None))
        ___qtablewidgetitem1 = self.notification_fields.horizontalHeaderItem(1)
        assert ___qtablewidgetitem1 is not None
        ___qtablewidgetitem1.setText(QCoreApplication.translate("NotificationSection", u"Value", None))
        ___qtablewidgetitem2 = self.notification_fields.horizontalHeaderItem(2)
        assert ___qtablewidgetitem2 is not None
        ___qtablewidgetitem2.setText(QCoreApplication.translate("NotificationSection", u"Copy", None))
#if QT_CONFIG(accessibility)
        self.notification_fields.setAccessibleName(QCoreApplication.translate("NotificationSection", u"What the notification system asks for, field by field", None))
#endif // QT_CONFIG(accessibility)
        self.export_incident_notification.setText(QCoreApplication.translate("NotificationSection", u"Save these fields as an encrypted PDF\u2026", None))
        self.submitted_label.setText(QCoreApplication.translate("NotificationSection", u"Date submitted:", None))
#if QT_CONFIG(accessibility)
        self.notification_submitted.setAccessibleName(QCoreApplication.translate("NotificationSection", u"Date the notification was submitted", None))
#endif // QT_CONFIG(accessibility)
        self.notification_submitted.setPlaceholderText(QCoreApplication.translate("NotificationSection", u"dd/mm/yyyy", None))
        self.reference_label.setText(QCoreApplication.translate("NotificationSection", u"System's reference:", None))
#if QT_CONFIG(accessibility)
        self.notification_reference.setAccessibleName(QCoreApplication.translate("NotificationSection", u"Reference the notification system gave", None))
#endif // QT_CONFIG(accessibility)
        self.told_label.setText(QCoreApplication.translate("NotificationSection", u"Safeguarding partners told on:", None))
#if QT_CONFIG(accessibility)
        self.partners_told.setAccessibleName(QCoreApplication.translate("NotificationSection", u"Date the safeguarding partners were told", None))
#endif // QT_CONFIG(accessibility)
        self.partners_told.setPlaceholderText(QCoreApplication.translate("NotificationSection", u"dd/mm/yyyy", None))
        self.record_notification.setText(QCoreApplication.translate("NotificationSection", u"&Record the notification", None))
        pass
    # retranslateUi
