"""Form compiled from ui/export/notification_dialog.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Ui_NotificationDialog(object):
    def setupUi(self, notification_dialog: QDialog) -> None:
        if not notification_dialog.objectName():
            notification_dialog.setObjectName(u"notification_dialog")
        notification_dialog.resize(960, 640)
        self.dialog_layout = QVBoxLayout(notification_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.recipient_row = QHBoxLayout()
        self.recipient_row.setObjectName(u"recipient_row")
        self.recipient_label = QLabel(notification_dialog)
        self.recipient_label.setObjectName(u"recipient_label")

        self.recipient_row.addWidget(self.recipient_label)

        self.recipient = QComboBox(notification_dialog)
        self.recipient.setObjectName(u"recipient")

        self.recipient_row.addWidget(self.recipient)

        self.recipient_row.setStretch(1, 1)

        self.dialog_layout.addLayout(self.recipient_row)

        self.include_identifying = QCheckBox(notification_dialog)
        self.include_identifying.setObjectName(u"include_identifying")

        self.dialog_layout.addWidget(self.include_identifying)

        self.anonymisation_status = QLabel(notification_dialog)
        self.anonymisation_status.setObjectName(u"anonymisation_status")
        self.anonymisation_status.setWordWrap(True)

        self.dialog_layout.addWidget(self.anonymisation_status)

        self.middle = QHBoxLayout()
        self.middle.setObjectName(u"middle")
        self.preview_column = QVBoxLayout()
        self.preview_column.setObjectName(u"preview_column")
        self.preview_label = QLabel(notification_dialog)
        self.preview_label.setObjectName(u"preview_label")

        self.preview_column.addWidget(self.preview_label)

        self.preview = QPlainTextEdit(notification_dialog)
        self.preview.setObjectName(u"preview")
        self.preview.setMinimumSize(QSize(400, 200))
        self.preview.setTabChangesFocus(True)
        self.preview.setReadOnly(True)

        self.preview_column.addWidget(self.preview)

        self.preview_column.setStretch(1, 1)

        self.middle.addLayout(self.preview_column)

        self.people_panel = QWidget(notification_dialog)
        self.people_panel.setObjectName(u"people_panel")
        self.people_column = QVBoxLayout(self.people_panel)
        self.people_column.setObjectName(u"people_column")
        self.people_column.setContentsMargins(0, 0, 0, 0)
        self.people_label = QLabel(self.people_panel)
        self.people_label.setObjectName(u"people_label")
        self.people_label.setWordWrap(True)

        self.people_column.addWidget(self.people_label)

        self.pseudonyms = QTableWidget(self.people_panel)
        if (self.pseudonyms.columnCount() < 3):
            self.pseudonyms.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.pseudonyms.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.pseudonyms.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.pseudonyms.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.pseudonyms.setObjectName(u"pseudonyms")
        self.pseudonyms.setMinimumSize(QSize(340, 0))
        self.pseudonyms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pseudonyms.setTabKeyNavigation(False)
        self.pseudonyms.horizontalHeader().setStretchLastSection(True)
        self.pseudonyms.verticalHeader().setVisible(False)

        self.people_column.addWidget(self.pseudonyms)

        self.people_column.setStretch(1, 1)

        self.middle.addWidget(self.people_panel)

        self.middle.setStretch(0, 3)
        self.middle.setStretch(1, 2)

        self.dialog_layout.addLayout(self.middle)

        self.buttons = QDialogButtonBox(notification_dialog)
        self.buttons.setObjectName(u"buttons")

        self.dialog_layout.addWidget(self.buttons)

        self.dialog_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.recipient_label.setBuddy(self.recipient)
        self.preview_label.setBuddy(self.preview)
        self.people_label.setBuddy(self.pseudonyms)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recipient, self.include_identifying)
        QWidget.setTabOrder(self.include_identifying, self.preview)
        QWidget.setTabOrder(self.preview, self.pseudonyms)
        QWidget.setTabOrder(self.pseudonyms, self.buttons)

        self.retranslateUi(notification_dialog)
    # setupUi

    def retranslateUi(self, notification_dialog: QDialog) -> None:
        self.recipient_label.setText(QCoreApplication.translate("NotificationDialog", u"&Recipient:", None))
#if QT_CONFIG(accessibility)
        self.recipient.setAccessibleName(QCoreApplication.translate("NotificationDialog", u"Recipient", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.include_identifying.setAccessibleDescription(QCoreApplication.translate("NotificationDialog", u"Asks for confirmation; the choice is recorded in the audit log", None))
#endif // QT_CONFIG(accessibility)
        self.include_identifying.setText(QCoreApplication.translate("NotificationDialog", u"&Include identifying details (not anonymised)", None))
        self.preview_label.setText(QCoreApplication.translate("NotificationDialog", u"&What will be sent (exactly as printed):", None))
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("NotificationDialog", u"Preview of the notification", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleDescription(QCoreApplication.translate("NotificationDialog", u"Exactly the text that will be sent", None))
#endif // QT_CONFIG(accessibility)
        self.people_label.setText(QCoreApplication.translate("NotificationDialog", u"W&ho is who (shown to you only, never sent):", None))
        ___qtablewidgetitem = self.pseudonyms.horizontalHeaderItem(0)
        assert ___qtablewidgetitem is not None
        ___qtablewidgetitem.setText(QCoreApplication.translate("NotificationDialog", u"Role", None))
        ___qtablewidgetitem1 = self.pseudonyms.horizontalHeaderItem(1)
        assert ___qtablewidgetitem1 is not None
        ___qtablewidgetitem1.setText(QCoreApplication.translate("NotificationDialog", u"Name in the case", None))
        ___qtablewidgetitem2 = self.pseudonyms.horizontalHeaderItem(2)
        assert ___qtablewidgetitem2 is not None
        ___qtablewidgetitem2.setText(QCoreApplication.translate("NotificationDialog", u"Sent as", None))
#if QT_CONFIG(accessibility)
        self.pseudonyms.setAccessibleName(QCoreApplication.translate("NotificationDialog", u"Names and the pseudonyms that replace them", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
