"""Form compiled from ui/review/chronology_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class Ui_ChronologyPage(object):
    def setupUi(self, chronology_page: QWidget) -> None:
        if not chronology_page.objectName():
            chronology_page.setObjectName(u"chronology_page")
        self.page_layout = QVBoxLayout(chronology_page)
        self.page_layout.setObjectName(u"page_layout")
        self.title = QLabel(chronology_page)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")
        self.title.setWordWrap(True)

        self.page_layout.addWidget(self.title)

        self.intro = QLabel(chronology_page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.status = QLabel(chronology_page)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.page_layout.addWidget(self.status)

        self.filters = QVBoxLayout()
        self.filters.setObjectName(u"filters")
        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.agency_label = QLabel(chronology_page)
        self.agency_label.setObjectName(u"agency_label")

        self.filter_row.addWidget(self.agency_label)

        self.agency_filter = QComboBox(chronology_page)
        self.agency_filter.setObjectName(u"agency_filter")
        self.agency_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agency_filter.setMinimumContentsLength(12)

        self.filter_row.addWidget(self.agency_filter)

        self.person_label = QLabel(chronology_page)
        self.person_label.setObjectName(u"person_label")

        self.filter_row.addWidget(self.person_label)

        self.person_filter = QLineEdit(chronology_page)
        self.person_filter.setObjectName(u"person_filter")

        self.filter_row.addWidget(self.person_filter)

        self.from_label = QLabel(chronology_page)
        self.from_label.setObjectName(u"from_label")

        self.filter_row.addWidget(self.from_label)

        self.from_filter = QLineEdit(chronology_page)
        self.from_filter.setObjectName(u"from_filter")

        self.filter_row.addWidget(self.from_filter)

        self.to_label = QLabel(chronology_page)
        self.to_label.setObjectName(u"to_label")

        self.filter_row.addWidget(self.to_label)

        self.to_filter = QLineEdit(chronology_page)
        self.to_filter.setObjectName(u"to_filter")

        self.filter_row.addWidget(self.to_filter)

        self.filter_row_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_row_end)


        self.filters.addLayout(self.filter_row)

        self.filter_row_2 = QHBoxLayout()
        self.filter_row_2.setObjectName(u"filter_row_2")
        self.key_only = QCheckBox(chronology_page)
        self.key_only.setObjectName(u"key_only")

        self.filter_row_2.addWidget(self.key_only)

        self.apply_filters = QPushButton(chronology_page)
        self.apply_filters.setObjectName(u"apply_filters")

        self.filter_row_2.addWidget(self.apply_filters)

        self.clear_filters = QPushButton(chronology_page)
        self.clear_filters.setObjectName(u"clear_filters")

        self.filter_row_2.addWidget(self.clear_filters)

        self.filter_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row_2.addItem(self.filter_row_spacer)


        self.filters.addLayout(self.filter_row_2)


        self.page_layout.addLayout(self.filters)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.add_button = QPushButton(chronology_page)
        self.add_button.setObjectName(u"add_button")

        self.action_row.addWidget(self.add_button)

        self.edit_button = QPushButton(chronology_page)
        self.edit_button.setObjectName(u"edit_button")

        self.action_row.addWidget(self.edit_button)

        self.delete_button = QPushButton(chronology_page)
        self.delete_button.setObjectName(u"delete_button")

        self.action_row.addWidget(self.delete_button)

        self.import_button = QPushButton(chronology_page)
        self.import_button.setObjectName(u"import_button")

        self.action_row.addWidget(self.import_button)

        self.duplicates_button = QPushButton(chronology_page)
        self.duplicates_button.setObjectName(u"duplicates_button")

        self.action_row.addWidget(self.duplicates_button)

        self.action_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_row.addItem(self.action_row_spacer)


        self.page_layout.addLayout(self.action_row)

        self.export_row = QHBoxLayout()
        self.export_row.setObjectName(u"export_row")
        self.template_button = QPushButton(chronology_page)
        self.template_button.setObjectName(u"template_button")

        self.export_row.addWidget(self.template_button)

        self.export_pdf_button = QPushButton(chronology_page)
        self.export_pdf_button.setObjectName(u"export_pdf_button")

        self.export_row.addWidget(self.export_pdf_button)

        self.export_xlsx_button = QPushButton(chronology_page)
        self.export_xlsx_button.setObjectName(u"export_xlsx_button")

        self.export_row.addWidget(self.export_xlsx_button)

        self.anonymise = QCheckBox(chronology_page)
        self.anonymise.setObjectName(u"anonymise")
        self.anonymise.setChecked(True)

        self.export_row.addWidget(self.anonymise)

        self.anonymise_note = QLabel(chronology_page)
        self.anonymise_note.setObjectName(u"anonymise_note")
        self.anonymise_note.setWordWrap(True)

        self.export_row.addWidget(self.anonymise_note)

        self.export_row.setStretch(4, 1)

        self.page_layout.addLayout(self.export_row)

        self.views = QTabWidget(chronology_page)
        self.views.setObjectName(u"views")
        self.table_tab = QWidget()
        self.table_tab.setObjectName(u"table_tab")
        self.table_layout = QVBoxLayout(self.table_tab)
        self.table_layout.setObjectName(u"table_layout")
        self.table = QTableView(self.table_tab)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.table_layout.addWidget(self.table)

        self.views.addTab(self.table_tab, "")
        self.timeline_tab = QWidget()
        self.timeline_tab.setObjectName(u"timeline_tab")
        self.timeline_layout = QVBoxLayout(self.timeline_tab)
        self.timeline_layout.setObjectName(u"timeline_layout")
        self.zoom_row = QHBoxLayout()
        self.zoom_row.setObjectName(u"zoom_row")
        self.zoom_in = QPushButton(self.timeline_tab)
        self.zoom_in.setObjectName(u"zoom_in")

        self.zoom_row.addWidget(self.zoom_in)

        self.zoom_out = QPushButton(self.timeline_tab)
        self.zoom_out.setObjectName(u"zoom_out")

        self.zoom_row.addWidget(self.zoom_out)

        self.zoom_fit = QPushButton(self.timeline_tab)
        self.zoom_fit.setObjectName(u"zoom_fit")

        self.zoom_row.addWidget(self.zoom_fit)

        self.timeline_current = QLabel(self.timeline_tab)
        self.timeline_current.setObjectName(u"timeline_current")
        self.timeline_current.setWordWrap(True)

        self.zoom_row.addWidget(self.timeline_current)

        self.zoom_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.zoom_row.addItem(self.zoom_row_spacer)


        self.timeline_layout.addLayout(self.zoom_row)

        self.timeline_slot = QVBoxLayout()
        self.timeline_slot.setObjectName(u"timeline_slot")

        self.timeline_layout.addLayout(self.timeline_slot)

        self.timeline_text_label = QLabel(self.timeline_tab)
        self.timeline_text_label.setObjectName(u"timeline_text_label")

        self.timeline_layout.addWidget(self.timeline_text_label)

        self.timeline_text = QListWidget(self.timeline_tab)
        self.timeline_text.setObjectName(u"timeline_text")

        self.timeline_layout.addWidget(self.timeline_text)

        self.timeline_layout.setStretch(1, 3)
        self.timeline_layout.setStretch(3, 1)
        self.views.addTab(self.timeline_tab, "")

        self.page_layout.addWidget(self.views)

        self.page_layout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.agency_label.setBuddy(self.agency_filter)
        self.person_label.setBuddy(self.person_filter)
        self.from_label.setBuddy(self.from_filter)
        self.to_label.setBuddy(self.to_filter)
        self.timeline_text_label.setBuddy(self.timeline_text)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(chronology_page)
    # setupUi

    def retranslateUi(self, chronology_page: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("ChronologyPage", u"Integrated chronology", None))
        self.intro.setText(QCoreApplication.translate("ChronologyPage", u"Every agency's contacts with the child and family, in one chronology (Working Together 2010, para. 8.40). Send each agency a template, import what it returns, merge what two agencies both recorded, and mark the key practice episodes. Approximate dates (mm/yyyy or yyyy) come before the exact dates they cover.", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ChronologyPage", u"Status of this page", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
        self.agency_label.setText(QCoreApplication.translate("ChronologyPage", u"A&gency:", None))
#if QT_CONFIG(accessibility)
        self.agency_filter.setAccessibleName(QCoreApplication.translate("ChronologyPage", u"Show the entries of agency", None))
#endif // QT_CONFIG(accessibility)
        self.person_label.setText(QCoreApplication.translate("ChronologyPage", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.person_filter.setAccessibleName(QCoreApplication.translate("ChronologyPage", u"Show the entries naming person", None))
#endif // QT_CONFIG(accessibility)
        self.person_filter.setPlaceholderText(QCoreApplication.translate("ChronologyPage", u"any part of a name", None))
        self.from_label.setText(QCoreApplication.translate("ChronologyPage", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.from_filter.setAccessibleName(QCoreApplication.translate("ChronologyPage", u"Period from (dd/mm/yyyy)", None))
#endif // QT_CONFIG(accessibility)
        self.from_filter.setPlaceholderText(QCoreApplication.translate("ChronologyPage", u"dd/mm/yyyy", None))
        self.to_label.setText(QCoreApplication.translate("ChronologyPage", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.to_filter.setAccessibleName(QCoreApplication.translate("ChronologyPage", u"Period to (dd/mm/yyyy)", None))
#endif // QT_CONFIG(accessibility)
        self.to_filter.setPlaceholderText(QCoreApplication.translate("ChronologyPage", u"dd/mm/yyyy", None))
        self.key_only.setText(QCoreApplication.translate("ChronologyPage", u"&Key practice episodes only", None))
        self.apply_filters.setText(QCoreApplication.translate("ChronologyPage", u"Appl&y", None))
#if QT_CONFIG(accessibility)
        self.apply_filters.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Show only the entries passing the filters", None))
#endif // QT_CONFIG(accessibility)
        self.clear_filters.setText(QCoreApplication.translate("ChronologyPage", u"Clear filters", None))
#if QT_CONFIG(accessibility)
        self.clear_filters.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Clear the filters and show every entry", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("ChronologyPage", u"&Add an entry\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Add one entry to the chronology", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("ChronologyPage", u"C&hange\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Change the selected entry", None))
#endif // QT_CONFIG(accessibility)
        self.delete_button.setText(QCoreApplication.translate("ChronologyPage", u"&Delete", None))
#if QT_CONFIG(accessibility)
        self.delete_button.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Delete the selected entry", None))
#endif // QT_CONFIG(accessibility)
        self.import_button.setText(QCoreApplication.translate("ChronologyPage", u"&Import an agency's file\u2026", None))
#if QT_CONFIG(accessibility)
        self.import_button.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Import an agency's chronology from Excel, OpenDocument or CSV", None))
#endif // QT_CONFIG(accessibility)
        self.duplicates_button.setText(QCoreApplication.translate("ChronologyPage", u"Find likely d&uplicates\u2026", None))
#if QT_CONFIG(accessibility)
        self.duplicates_button.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Show entries two agencies may both have recorded, side by side, to merge or keep", None))
#endif // QT_CONFIG(accessibility)
        self.template_button.setText(QCoreApplication.translate("ChronologyPage", u"Export a te&mplate\u2026", None))
#if QT_CONFIG(accessibility)
        self.template_button.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Export a password-protected Excel template for an agency to fill in", None))
#endif // QT_CONFIG(accessibility)
        self.export_pdf_button.setText(QCoreApplication.translate("ChronologyPage", u"Expo&rt as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_pdf_button.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Export the chronology shown, with its timeline, as an encrypted PDF", None))
#endif // QT_CONFIG(accessibility)
        self.export_xlsx_button.setText(QCoreApplication.translate("ChronologyPage", u"Export as E&xcel\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_xlsx_button.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Export the chronology shown as a password-protected Excel workbook", None))
#endif // QT_CONFIG(accessibility)
        self.anonymise.setText(QCoreApplication.translate("ChronologyPage", u"Anonymi&se the export", None))
#if QT_CONFIG(accessibility)
        self.anonymise.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Replace the names of the child and family with their roles in the exported file", None))
#endif // QT_CONFIG(accessibility)
        self.anonymise_note.setText(QCoreApplication.translate("ChronologyPage", u"Only the people named on the case form are replaced: check the export for names that appear only in an agency's file.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ChronologyPage", u"Chronology entries", None))
#endif // QT_CONFIG(accessibility)
        self.views.setTabText(self.views.indexOf(self.table_tab), QCoreApplication.translate("ChronologyPage", u"&1 Table", None))
        self.zoom_in.setText(QCoreApplication.translate("ChronologyPage", u"&Zoom in", None))
#if QT_CONFIG(accessibility)
        self.zoom_in.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Show less time in more detail (Ctrl and plus)", None))
#endif // QT_CONFIG(accessibility)
        self.zoom_out.setText(QCoreApplication.translate("ChronologyPage", u"Zoom &out", None))
#if QT_CONFIG(accessibility)
        self.zoom_out.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Show more time (Ctrl and minus)", None))
#endif // QT_CONFIG(accessibility)
        self.zoom_fit.setText(QCoreApplication.translate("ChronologyPage", u"Fit the who&le period", None))
#if QT_CONFIG(accessibility)
        self.zoom_fit.setAccessibleDescription(QCoreApplication.translate("ChronologyPage", u"Show the whole period (Ctrl and 0)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeline_current.setAccessibleName(QCoreApplication.translate("ChronologyPage", u"Entry chosen on the timeline", None))
#endif // QT_CONFIG(accessibility)
        self.timeline_current.setText("")
        self.timeline_text_label.setText(QCoreApplication.translate("ChronologyPage", u"Text e&quivalent of the timeline:", None))
#if QT_CONFIG(accessibility)
        self.timeline_text.setAccessibleName(QCoreApplication.translate("ChronologyPage", u"The timeline in words", None))
#endif // QT_CONFIG(accessibility)
        self.views.setTabText(self.views.indexOf(self.timeline_tab), QCoreApplication.translate("ChronologyPage", u"&2 Timeline", None))
        pass
    # retranslateUi
