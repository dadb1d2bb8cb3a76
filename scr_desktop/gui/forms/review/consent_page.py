"""Form compiled from ui/review/consent_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

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


class Ui_ConsentPage(object):
    def setupUi(self, consent_page: QWidget) -> None:
        if not consent_page.objectName():
            consent_page.setObjectName(u"consent_page")
        self.page_layout = QVBoxLayout(consent_page)
        self.page_layout.setObjectName(u"page_layout")
        self.title = QLabel(consent_page)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")
        self.title.setWordWrap(True)

        self.page_layout.addWidget(self.title)

        self.intro = QLabel(consent_page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.status = QLabel(consent_page)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.page_layout.addWidget(self.status)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.annex_button = QPushButton(consent_page)
        self.annex_button.setObjectName(u"annex_button")

        self.button_row.addWidget(self.annex_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.page_layout.addLayout(self.button_row)

        self.scroll = QScrollArea(consent_page)
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

        self.retranslateUi(consent_page)
    # setupUi

    def retranslateUi(self, consent_page: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("ConsentPage", u"Records access and consent", None))
        self.intro.setText(QCoreApplication.translate("ConsentPage", u"Per person and record holder: consent sought (when, by whom, how; face to face is best), the outcome and why, and where consent was refused the Caldicott Guardian's decision with the necessary, proportionate and relevant rationale (000 paras. 7.12-7.20). These decisions go in the overview report's annex.", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ConsentPage", u"Status of this page", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
        self.annex_button.setText(QCoreApplication.translate("ConsentPage", u"Export the consent &annex\u2026", None))
#if QT_CONFIG(accessibility)
        self.annex_button.setAccessibleDescription(QCoreApplication.translate("ConsentPage", u"Export the consent and Caldicott decisions for the overview report's annex as an encrypted PDF", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
