"""Form compiled from ui/review/genogram_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
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


class Ui_GenogramPage(object):
    def setupUi(self, genogram_page: QWidget) -> None:
        if not genogram_page.objectName():
            genogram_page.setObjectName(u"genogram_page")
        self.page_layout = QVBoxLayout(genogram_page)
        self.page_layout.setObjectName(u"page_layout")
        self.title = QLabel(genogram_page)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")
        self.title.setWordWrap(True)

        self.page_layout.addWidget(self.title)

        self.intro = QLabel(genogram_page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.names_check = QCheckBox(genogram_page)
        self.names_check.setObjectName(u"names_check")

        self.button_row.addWidget(self.names_check)

        self.fit_button = QPushButton(genogram_page)
        self.fit_button.setObjectName(u"fit_button")

        self.button_row.addWidget(self.fit_button)

        self.export_button = QPushButton(genogram_page)
        self.export_button.setObjectName(u"export_button")

        self.button_row.addWidget(self.export_button)

        self.export_named_button = QPushButton(genogram_page)
        self.export_named_button.setObjectName(u"export_named_button")

        self.button_row.addWidget(self.export_named_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.page_layout.addLayout(self.button_row)

        self.scroll = QScrollArea(genogram_page)
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

        self.page_layout.setStretch(3, 1)

        self.retranslateUi(genogram_page)
    # setupUi

    def retranslateUi(self, genogram_page: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("GenogramPage", u"Genogram", None))
        self.intro.setText(QCoreApplication.translate("GenogramPage", u"The family, extended family and household for the overview report (002 para. 8.40), drawn from the family on the form. Add who the form does not name, change what is shown as taken from the form, and add partners, separations and parents. Names are hidden unless you choose to show them.", None))
        self.names_check.setText(QCoreApplication.translate("GenogramPage", u"Show na&mes", None))
#if QT_CONFIG(accessibility)
        self.names_check.setAccessibleDescription(QCoreApplication.translate("GenogramPage", u"Show people's names on the genogram instead of the pseudonyms used in anonymised documents", None))
#endif // QT_CONFIG(accessibility)
        self.fit_button.setText(QCoreApplication.translate("GenogramPage", u"&Fit to view", None))
#if QT_CONFIG(accessibility)
        self.fit_button.setAccessibleDescription(QCoreApplication.translate("GenogramPage", u"Zoom the drawing so the whole family fits; press plus or minus on the drawing to zoom", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("GenogramPage", u"E&xport anonymised\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_button.setAccessibleDescription(QCoreApplication.translate("GenogramPage", u"Export the genogram with pseudonyms as an encrypted PDF", None))
#endif // QT_CONFIG(accessibility)
        self.export_named_button.setText(QCoreApplication.translate("GenogramPage", u"Export w&ith names\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_named_button.setAccessibleDescription(QCoreApplication.translate("GenogramPage", u"Export the genogram with people's names as an encrypted PDF", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
