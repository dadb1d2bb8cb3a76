"""Form compiled from ui/review/actions_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

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


class Ui_ActionsPage(object):
    def setupUi(self, actions_page: QWidget) -> None:
        if not actions_page.objectName():
            actions_page.setObjectName(u"actions_page")
        self.page_layout = QVBoxLayout(actions_page)
        self.page_layout.setObjectName(u"page_layout")
        self.title = QLabel(actions_page)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")
        self.title.setWordWrap(True)

        self.page_layout.addWidget(self.title)

        self.intro = QLabel(actions_page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.status = QLabel(actions_page)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.page_layout.addWidget(self.status)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.plan_button = QPushButton(actions_page)
        self.plan_button.setObjectName(u"plan_button")

        self.button_row.addWidget(self.plan_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.page_layout.addLayout(self.button_row)

        self.scroll = QScrollArea(actions_page)
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

        self.retranslateUi(actions_page)
    # setupUi

    def retranslateUi(self, actions_page: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("ActionsPage", u"Recommendations and actions", None))
        self.intro.setText(QCoreApplication.translate("ActionsPage", u"Each recommendation, from the overview report or an agency's report, with its actions: owner agency and officer, due date, success criteria, progress, evidence, impact and when it closed (000 para. 13; 000 paras. 7.7-7.8; 003 para. 1.9).", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Status of this page", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
        self.plan_button.setText(QCoreApplication.translate("ActionsPage", u"Export the action &plan\u2026", None))
#if QT_CONFIG(accessibility)
        self.plan_button.setAccessibleDescription(QCoreApplication.translate("ActionsPage", u"Export the recommendations and actions as a password-protected Excel workbook", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
