"""Form compiled from ui/meeting/agency_checks.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.gui.form_widgets import FormErrorLabel


class Ui_AgencyChecks(object):
    def setupUi(self, agency_checks: QWidget) -> None:
        if not agency_checks.objectName():
            agency_checks.setObjectName(u"agency_checks")
        self.checks_layout = QVBoxLayout(agency_checks)
        self.checks_layout.setObjectName(u"checks_layout")
        self.case_row = QHBoxLayout()
        self.case_row.setObjectName(u"case_row")
        self.case_label = QLabel(agency_checks)
        self.case_label.setObjectName(u"case_label")

        self.case_row.addWidget(self.case_label)

        self.checks_case = QComboBox(agency_checks)
        self.checks_case.setObjectName(u"checks_case")

        self.case_row.addWidget(self.checks_case)

        self.case_row.setStretch(1, 1)

        self.checks_layout.addLayout(self.case_row)

        self.missing_returns = QLabel(agency_checks)
        self.missing_returns.setObjectName(u"missing_returns")
        self.missing_returns.setWordWrap(True)
        self.missing_returns.setProperty(u"role", u"caseheading")

        self.checks_layout.addWidget(self.missing_returns)

        self.overview_label = QLabel(agency_checks)
        self.overview_label.setObjectName(u"overview_label")

        self.checks_layout.addWidget(self.overview_label)

        self.checks_overview = QTableWidget(agency_checks)
        if (self.checks_overview.columnCount() < 3):
            self.checks_overview.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.checks_overview.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.checks_overview.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.checks_overview.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.checks_overview.setObjectName(u"checks_overview")
        self.checks_overview.setTabKeyNavigation(False)
        self.checks_overview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checks_overview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checks_overview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checks_overview.verticalHeader().setVisible(False)

        self.checks_layout.addWidget(self.checks_overview)

        self.check_editor = QGroupBox(agency_checks)
        self.check_editor.setObjectName(u"check_editor")
        self.check_fields = QFormLayout(self.check_editor)
        self.check_fields.setObjectName(u"check_fields")
        self.known_label = QLabel(self.check_editor)
        self.known_label.setObjectName(u"known_label")

        self.check_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.known_label)

        self.check_known = QComboBox(self.check_editor)
        self.check_known.setObjectName(u"check_known")

        self.check_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.check_known)

        self.summary_label = QLabel(self.check_editor)
        self.summary_label.setObjectName(u"summary_label")

        self.check_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.check_summary = QPlainTextEdit(self.check_editor)
        self.check_summary.setObjectName(u"check_summary")
        self.check_summary.setMinimumSize(QSize(0, 70))
        self.check_summary.setTabChangesFocus(True)

        self.check_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.check_summary)

        self.chronology_label = QLabel(self.check_editor)
        self.chronology_label.setObjectName(u"chronology_label")

        self.check_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.chronology_label)

        self.chronology_holder = QWidget(self.check_editor)
        self.chronology_holder.setObjectName(u"chronology_holder")
        self.chronology_holder_layout = QVBoxLayout(self.chronology_holder)
        self.chronology_holder_layout.setObjectName(u"chronology_holder_layout")
        self.chronology_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.check_chronology = QTableWidget(self.chronology_holder)
        if (self.check_chronology.columnCount() < 3):
            self.check_chronology.setColumnCount(3)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.check_chronology.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.check_chronology.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.check_chronology.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        self.check_chronology.setObjectName(u"check_chronology")
        self.check_chronology.setMinimumSize(QSize(0, 130))
        self.check_chronology.setTabKeyNavigation(False)

        self.chronology_holder_layout.addWidget(self.check_chronology)

        self.check_chronology__error = FormErrorLabel(self.chronology_holder)
        self.check_chronology__error.setObjectName(u"check_chronology__error")

        self.chronology_holder_layout.addWidget(self.check_chronology__error)


        self.check_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.chronology_holder)

        self.chronology_buttons = QHBoxLayout()
        self.chronology_buttons.setObjectName(u"chronology_buttons")
        self.add_chronology = QPushButton(self.check_editor)
        self.add_chronology.setObjectName(u"add_chronology")

        self.chronology_buttons.addWidget(self.add_chronology)

        self.remove_chronology = QPushButton(self.check_editor)
        self.remove_chronology.setObjectName(u"remove_chronology")

        self.chronology_buttons.addWidget(self.remove_chronology)

        self.chronology_buttons_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chronology_buttons.addItem(self.chronology_buttons_gap)


        self.check_fields.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.chronology_buttons)


        self.checks_layout.addWidget(self.check_editor)

        self.checks_layout.setStretch(3, 1)
        self.checks_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.case_label.setBuddy(self.checks_case)
        self.overview_label.setBuddy(self.checks_overview)
        self.known_label.setBuddy(self.check_known)
        self.summary_label.setBuddy(self.check_summary)
        self.chronology_label.setBuddy(self.check_chronology)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.checks_case, self.checks_overview)
        QWidget.setTabOrder(self.checks_overview, self.check_known)
        QWidget.setTabOrder(self.check_known, self.check_summary)
        QWidget.setTabOrder(self.check_summary, self.check_chronology)
        QWidget.setTabOrder(self.check_chronology, self.add_chronology)
        QWidget.setTabOrder(self.add_chronology, self.remove_chronology)

        self.retranslateUi(agency_checks)
    # setupUi

    def retranslateUi(self, agency_checks: QWidget) -> None:
        self.case_label.setText(QCoreApplication.translate("AgencyChecks", u"&Case:", None))
#if QT_CONFIG(accessibility)
        self.checks_case.setAccessibleName(QCoreApplication.translate("AgencyChecks", u"Case", None))
#endif // QT_CONFIG(accessibility)
        self.overview_label.setText(QCoreApplication.translate("AgencyChecks", u"&Returns:", None))
        ___qtablewidgetitem = self.checks_overview.horizontalHeaderItem(0)
        assert ___qtablewidgetitem is not None
        ___qtablewidgetitem.setText(QCoreApplication.translate("AgencyChecks", u"Agency", None))
        ___qtablewidgetitem1 = self.checks_overview.horizontalHeaderItem(1)
        assert ___qtablewidgetitem1 is not None
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AgencyChecks", u"Child and family", None))
        ___qtablewidgetitem2 = self.checks_overview.horizontalHeaderItem(2)
        assert ___qtablewidgetitem2 is not None
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AgencyChecks", u"Chronology", None))
#if QT_CONFIG(accessibility)
        self.checks_overview.setAccessibleName(QCoreApplication.translate("AgencyChecks", u"Agency returns for this case", None))
#endif // QT_CONFIG(accessibility)
        self.check_editor.setTitle(QCoreApplication.translate("AgencyChecks", u"Return from the selected agency", None))
        self.known_label.setText(QCoreApplication.translate("AgencyChecks", u"Is the child or family &known?", None))
#if QT_CONFIG(accessibility)
        self.check_known.setAccessibleName(QCoreApplication.translate("AgencyChecks", u"Is the child or family known?", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText(QCoreApplication.translate("AgencyChecks", u"&Summary of involvement:", None))
#if QT_CONFIG(accessibility)
        self.check_summary.setAccessibleName(QCoreApplication.translate("AgencyChecks", u"Summary of involvement", None))
#endif // QT_CONFIG(accessibility)
        self.chronology_label.setText(QCoreApplication.translate("AgencyChecks", u"Skeleton c&hronology:", None))
        ___qtablewidgetitem3 = self.check_chronology.horizontalHeaderItem(0)
        assert ___qtablewidgetitem3 is not None
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AgencyChecks", u"Date (dd/mm/yyyy)", None))
        ___qtablewidgetitem4 = self.check_chronology.horizontalHeaderItem(1)
        assert ___qtablewidgetitem4 is not None
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AgencyChecks", u"Event", None))
        ___qtablewidgetitem5 = self.check_chronology.horizontalHeaderItem(2)
        assert ___qtablewidgetitem5 is not None
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AgencyChecks", u"Source", None))
#if QT_CONFIG(accessibility)
        self.check_chronology.setAccessibleName(QCoreApplication.translate("AgencyChecks", u"Skeleton chronology", None))
#endif // QT_CONFIG(accessibility)
        self.add_chronology.setText(QCoreApplication.translate("AgencyChecks", u"Add chronology entr&y", None))
        self.remove_chronology.setText(QCoreApplication.translate("AgencyChecks", u"Remove chronology en&try", None))
        pass
    # retranslateUi
