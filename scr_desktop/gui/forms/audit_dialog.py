"""Form compiled from ui/audit_dialog.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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


class Ui_AuditDialog(object):
    def setupUi(self, audit_dialog: QDialog) -> None:
        if not audit_dialog.objectName():
            audit_dialog.setObjectName(u"audit_dialog")
        audit_dialog.resize(900, 560)
        self.dialog_layout = QVBoxLayout(audit_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.filters = QFormLayout()
        self.filters.setObjectName(u"filters")
        self.case_filter_label = QLabel(audit_dialog)
        self.case_filter_label.setObjectName(u"case_filter_label")

        self.filters.setWidget(0, QFormLayout.ItemRole.LabelRole, self.case_filter_label)

        self.case_filter = QLineEdit(audit_dialog)
        self.case_filter.setObjectName(u"case_filter")

        self.filters.setWidget(0, QFormLayout.ItemRole.FieldRole, self.case_filter)

        self.action_filter_label = QLabel(audit_dialog)
        self.action_filter_label.setObjectName(u"action_filter_label")

        self.filters.setWidget(1, QFormLayout.ItemRole.LabelRole, self.action_filter_label)

        self.action_filter = QComboBox(audit_dialog)
        self.action_filter.setObjectName(u"action_filter")

        self.filters.setWidget(1, QFormLayout.ItemRole.FieldRole, self.action_filter)

        self.date_from_label = QLabel(audit_dialog)
        self.date_from_label.setObjectName(u"date_from_label")

        self.filters.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_from_label)

        self.date_from = QLineEdit(audit_dialog)
        self.date_from.setObjectName(u"date_from")

        self.filters.setWidget(2, QFormLayout.ItemRole.FieldRole, self.date_from)

        self.date_to_label = QLabel(audit_dialog)
        self.date_to_label.setObjectName(u"date_to_label")

        self.filters.setWidget(3, QFormLayout.ItemRole.LabelRole, self.date_to_label)

        self.date_to = QLineEdit(audit_dialog)
        self.date_to.setObjectName(u"date_to")

        self.filters.setWidget(3, QFormLayout.ItemRole.FieldRole, self.date_to)


        self.dialog_layout.addLayout(self.filters)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.apply_button = QPushButton(audit_dialog)
        self.apply_button.setObjectName(u"apply_button")

        self.buttons_row.addWidget(self.apply_button)

        self.clear_button = QPushButton(audit_dialog)
        self.clear_button.setObjectName(u"clear_button")

        self.buttons_row.addWidget(self.clear_button)

        self.buttons_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_gap)

        self.verify_button = QPushButton(audit_dialog)
        self.verify_button.setObjectName(u"verify_button")

        self.buttons_row.addWidget(self.verify_button)

        self.check_file_button = QPushButton(audit_dialog)
        self.check_file_button.setObjectName(u"check_file_button")

        self.buttons_row.addWidget(self.check_file_button)

        self.export_audit_button = QPushButton(audit_dialog)
        self.export_audit_button.setObjectName(u"export_audit_button")

        self.buttons_row.addWidget(self.export_audit_button)


        self.dialog_layout.addLayout(self.buttons_row)

        self.filter_problem = QLabel(audit_dialog)
        self.filter_problem.setObjectName(u"filter_problem")
        self.filter_problem.setWordWrap(True)

        self.dialog_layout.addWidget(self.filter_problem)

        self.audit_count = QLabel(audit_dialog)
        self.audit_count.setObjectName(u"audit_count")

        self.dialog_layout.addWidget(self.audit_count)

        self.audit_table = QTableView(audit_dialog)
        self.audit_table.setObjectName(u"audit_table")
        self.audit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit_table.setTabKeyNavigation(False)
        self.audit_table.setAlternatingRowColors(True)
        self.audit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.audit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit_table.horizontalHeader().setStretchLastSection(True)
        self.audit_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.audit_table)

        self.verify_result = QLabel(audit_dialog)
        self.verify_result.setObjectName(u"verify_result")
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.verify_result)

        self.close_buttons = QDialogButtonBox(audit_dialog)
        self.close_buttons.setObjectName(u"close_buttons")
        self.close_buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.close_buttons)

        self.dialog_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.case_filter_label.setBuddy(self.case_filter)
        self.action_filter_label.setBuddy(self.action_filter)
        self.date_from_label.setBuddy(self.date_from)
        self.date_to_label.setBuddy(self.date_to)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.case_filter, self.action_filter)
        QWidget.setTabOrder(self.action_filter, self.date_from)
        QWidget.setTabOrder(self.date_from, self.date_to)
        QWidget.setTabOrder(self.date_to, self.apply_button)
        QWidget.setTabOrder(self.apply_button, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.verify_button)
        QWidget.setTabOrder(self.verify_button, self.check_file_button)
        QWidget.setTabOrder(self.check_file_button, self.export_audit_button)
        QWidget.setTabOrder(self.export_audit_button, self.audit_table)
        QWidget.setTabOrder(self.audit_table, self.close_buttons)

        self.retranslateUi(audit_dialog)

        self.apply_button.setDefault(True)

    # setupUi

    def retranslateUi(self, audit_dialog: QDialog) -> None:
        audit_dialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit log", None))
        self.case_filter_label.setText(QCoreApplication.translate("AuditDialog", u"&Case reference:", None))
#if QT_CONFIG(accessibility)
        self.case_filter.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Case reference", None))
#endif // QT_CONFIG(accessibility)
        self.case_filter.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"Case reference, or part of it", None))
        self.action_filter_label.setText(QCoreApplication.translate("AuditDialog", u"Ac&tion:", None))
#if QT_CONFIG(accessibility)
        self.action_filter.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.date_from_label.setText(QCoreApplication.translate("AuditDialog", u"&From (dd/mm/yyyy):", None))
#if QT_CONFIG(accessibility)
        self.date_from.setAccessibleName(QCoreApplication.translate("AuditDialog", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.date_from.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"dd/mm/yyyy", None))
        self.date_to_label.setText(QCoreApplication.translate("AuditDialog", u"T&o (dd/mm/yyyy):", None))
#if QT_CONFIG(accessibility)
        self.date_to.setAccessibleName(QCoreApplication.translate("AuditDialog", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.date_to.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"dd/mm/yyyy", None))
        self.apply_button.setText(QCoreApplication.translate("AuditDialog", u"&Apply filters", None))
        self.clear_button.setText(QCoreApplication.translate("AuditDialog", u"C&lear filters", None))
#if QT_CONFIG(tooltip)
        self.verify_button.setToolTip(QCoreApplication.translate("AuditDialog", u"Check that no entry has been changed or removed", None))
#endif // QT_CONFIG(tooltip)
        self.verify_button.setText(QCoreApplication.translate("AuditDialog", u"&Verify chain", None))
#if QT_CONFIG(tooltip)
        self.check_file_button.setToolTip(QCoreApplication.translate("AuditDialog", u"Check the log against the record an exported PDF or case package carries", None))
#endif // QT_CONFIG(tooltip)
        self.check_file_button.setText(QCoreApplication.translate("AuditDialog", u"Check an export a&gainst it\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_audit_button.setToolTip(QCoreApplication.translate("AuditDialog", u"Save the entries shown as a password-protected PDF", None))
#endif // QT_CONFIG(tooltip)
        self.export_audit_button.setText(QCoreApplication.translate("AuditDialog", u"E&xport (encrypted PDF)\u2026", None))
#if QT_CONFIG(accessibility)
        self.audit_table.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Audit log entries", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
