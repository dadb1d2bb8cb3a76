"""Form compiled from ui/review/agencies_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

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


class Ui_AgenciesPage(object):
    def setupUi(self, agencies_page: QWidget) -> None:
        if not agencies_page.objectName():
            agencies_page.setObjectName(u"agencies_page")
        self.page_layout = QVBoxLayout(agencies_page)
        self.page_layout.setObjectName(u"page_layout")
        self.title = QLabel(agencies_page)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")
        self.title.setWordWrap(True)

        self.page_layout.addWidget(self.title)

        self.intro = QLabel(agencies_page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.status = QLabel(agencies_page)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.page_layout.addWidget(self.status)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.return_button = QPushButton(agencies_page)
        self.return_button.setObjectName(u"return_button")

        self.button_row.addWidget(self.return_button)

        self.terms_button = QPushButton(agencies_page)
        self.terms_button.setObjectName(u"terms_button")

        self.button_row.addWidget(self.terms_button)

        self.imr_button = QPushButton(agencies_page)
        self.imr_button.setObjectName(u"imr_button")

        self.button_row.addWidget(self.imr_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.page_layout.addLayout(self.button_row)

        self.scroll = QScrollArea(agencies_page)
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

        self.retranslateUi(agencies_page)
    # setupUi

    def retranslateUi(self, agencies_page: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("AgenciesPage", u"Agency contributions", None))
        self.intro.setText(QCoreApplication.translate("AgenciesPage", u"Per agency: an IMR or a summary of involvement (000 para. 7.19), the nominated author with no involvement in the case (7.2), briefing within 2 weeks and the report within 6 weeks (7.3), quality assurance and sign-off by the Director or Chief Executive (7.7: a report not clearly signed off is returned), the staff debrief (7.9) and the agency's action plan.", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("AgenciesPage", u"Status of this page", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
        self.return_button.setText(QCoreApplication.translate("AgenciesPage", u"Re&turn the report\u2026", None))
#if QT_CONFIG(accessibility)
        self.return_button.setAccessibleDescription(QCoreApplication.translate("AgenciesPage", u"Return the selected agency's report and record why", None))
#endif // QT_CONFIG(accessibility)
        self.terms_button.setText(QCoreApplication.translate("AgenciesPage", u"Export the terms &letter\u2026", None))
#if QT_CONFIG(accessibility)
        self.terms_button.setAccessibleDescription(QCoreApplication.translate("AgenciesPage", u"Export the terms of reference letter to the selected agency's chief officer as an encrypted PDF", None))
#endif // QT_CONFIG(accessibility)
        self.imr_button.setText(QCoreApplication.translate("AgenciesPage", u"Export the &IMR request\u2026", None))
#if QT_CONFIG(accessibility)
        self.imr_button.setAccessibleDescription(QCoreApplication.translate("AgenciesPage", u"Export the IMR request and briefing note for the selected agency as a password-protected Word file", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
