"""Form compiled from ui/rapid_review/review_sections/agencies.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.gui.form_widgets import FormErrorLabel


class Ui_AgencySection(object):
    def setupUi(self, agency_section: QWidget) -> None:
        if not agency_section.objectName():
            agency_section.setObjectName(u"agency_section")
        self.outer_layout = QVBoxLayout(agency_section)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.agencies_box = QGroupBox(agency_section)
        self.agencies_box.setObjectName(u"agencies_box")
        self.box_layout = QVBoxLayout(self.agencies_box)
        self.box_layout.setObjectName(u"box_layout")
        self.agency_requests = QTableWidget(self.agencies_box)
        if (self.agency_requests.columnCount() < 4):
            self.agency_requests.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.agency_requests.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.agency_requests.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.agency_requests.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.agency_requests.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.agency_requests.setObjectName(u"agency_requests")
        self.agency_requests.setMinimumSize(QSize(0, 150))
        self.agency_requests.setTabKeyNavigation(False)

        self.box_layout.addWidget(self.agency_requests)

        self.ask_row = QHBoxLayout()
        self.ask_row.setObjectName(u"ask_row")
        self.new_agency = QLineEdit(self.agencies_box)
        self.new_agency.setObjectName(u"new_agency")

        self.ask_row.addWidget(self.new_agency)

        self.agency_asked_on = QLineEdit(self.agencies_box)
        self.agency_asked_on.setObjectName(u"agency_asked_on")
        self.agency_asked_on.setMaximumSize(QSize(140, 16777215))

        self.ask_row.addWidget(self.agency_asked_on)

        self.add_agency_request = QPushButton(self.agencies_box)
        self.add_agency_request.setObjectName(u"add_agency_request")

        self.ask_row.addWidget(self.add_agency_request)

        self.agency_letter = QPushButton(self.agencies_box)
        self.agency_letter.setObjectName(u"agency_letter")

        self.ask_row.addWidget(self.agency_letter)

        self.ask_row_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ask_row.addItem(self.ask_row_gap)


        self.box_layout.addLayout(self.ask_row)

        self.agency_requests__error = FormErrorLabel(self.agencies_box)
        self.agency_requests__error.setObjectName(u"agency_requests__error")

        self.box_layout.addWidget(self.agency_requests__error)


        self.outer_layout.addWidget(self.agencies_box)

        QWidget.setTabOrder(self.agency_requests, self.new_agency)
        QWidget.setTabOrder(self.new_agency, self.agency_asked_on)
        QWidget.setTabOrder(self.agency_asked_on, self.add_agency_request)
        QWidget.setTabOrder(self.add_agency_request, self.agency_letter)

        self.retranslateUi(agency_section)
    # setupUi

    def retranslateUi(self, agency_section: QWidget) -> None:
        self.agencies_box.setTitle(QCoreApplication.translate("AgencySection", u"Requests to agencies and their summaries", None))
        ___qtablewidgetitem = self.agency_requests.horizontalHeaderItem(0)
        assert ___qtablewidgetitem is not None
        ___qtablewidgetitem.setText(QCoreApplication.translate("AgencySection", u"Agency", None))
        ___qtablewidgetitem1 = self.agency_requests.horizontalHeaderItem(1)
        assert ___qtablewidgetitem1 is not None
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AgencySection", u"Asked on", None))
        ___qtablewidgetitem2 = self.agency_requests.horizontalHeaderItem(2)
        assert ___qtablewidgetitem2 is not None
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AgencySection", u"Summary received on", None))
        ___qtablewidgetitem3 = self.agency_requests.horizontalHeaderItem(3)
        assert ___qtablewidgetitem3 is not None
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AgencySection", u"Summary of involvement", None))
#if QT_CONFIG(accessibility)
        self.agency_requests.setAccessibleName(QCoreApplication.translate("AgencySection", u"Agencies asked for a summary of their involvement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.new_agency.setAccessibleName(QCoreApplication.translate("AgencySection", u"Agency to ask", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agency_asked_on.setAccessibleName(QCoreApplication.translate("AgencySection", u"Date the agency was asked", None))
#endif // QT_CONFIG(accessibility)
        self.agency_asked_on.setPlaceholderText(QCoreApplication.translate("AgencySection", u"dd/mm/yyyy", None))
        self.add_agency_request.setText(QCoreApplication.translate("AgencySection", u"As&k this agency", None))
        self.agency_letter.setText(QCoreApplication.translate("AgencySection", u"&Letter to the selected agency (encrypted PDF)\u2026", None))
        pass
    # retranslateUi
