"""Form compiled from ui/review/report_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)


class Ui_ReportPage(object):
    def setupUi(self, report_page: QWidget) -> None:
        if not report_page.objectName():
            report_page.setObjectName(u"report_page")
        self.page_layout = QVBoxLayout(report_page)
        self.page_layout.setObjectName(u"page_layout")
        self.title = QLabel(report_page)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")
        self.title.setWordWrap(True)

        self.page_layout.addWidget(self.title)

        self.intro = QLabel(report_page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.status = QLabel(report_page)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.page_layout.addWidget(self.status)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.add_draft_button = QPushButton(report_page)
        self.add_draft_button.setObjectName(u"add_draft_button")

        self.button_row.addWidget(self.add_draft_button)

        self.show_draft_button = QPushButton(report_page)
        self.show_draft_button.setObjectName(u"show_draft_button")

        self.button_row.addWidget(self.show_draft_button)

        self.export_draft_button = QPushButton(report_page)
        self.export_draft_button.setObjectName(u"export_draft_button")

        self.button_row.addWidget(self.export_draft_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.page_layout.addLayout(self.button_row)

        self.scroll = QScrollArea(report_page)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setObjectName(u"content_layout")
        self.scroll.setWidget(self.content)

        self.page_layout.addWidget(self.scroll)

        self.page_layout.setStretch(4, 1)

        self.retranslateUi(report_page)
    # setupUi

    def retranslateUi(self, report_page: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("ReportPage", u"Report and publication", None))
        self.intro.setText(QCoreApplication.translate("ReportPage", u"Draft versions of the overview report are kept encrypted in the vault, never as loose files. Then panel and board sign-off, staff and family feedback, copies to Ofsted, the DfE and the Panel at least 7 working days before publication (000 para. 10.5), publication and the statement of action taken (10.3), kept published for at least 12 months (10.1).", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ReportPage", u"Status of this page", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
        self.add_draft_button.setText(QCoreApplication.translate("ReportPage", u"Add a draft version from a &file\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_draft_button.setAccessibleDescription(QCoreApplication.translate("ReportPage", u"Read a draft report file into the vault as a new version", None))
#endif // QT_CONFIG(accessibility)
        self.show_draft_button.setText(QCoreApplication.translate("ReportPage", u"S&how the chosen draft\u2026", None))
#if QT_CONFIG(accessibility)
        self.show_draft_button.setAccessibleDescription(QCoreApplication.translate("ReportPage", u"Show the text of the chosen draft version, read from the vault into memory", None))
#endif // QT_CONFIG(accessibility)
        self.export_draft_button.setText(QCoreApplication.translate("ReportPage", u"E&xport the chosen draft (encrypted)\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_draft_button.setAccessibleDescription(QCoreApplication.translate("ReportPage", u"Save the chosen draft version encrypted, through the audited export", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
