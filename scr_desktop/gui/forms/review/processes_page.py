"""Form compiled from ui/review/processes_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


class Ui_ProcessesPage(object):
    def setupUi(self, processes_page: QWidget) -> None:
        if not processes_page.objectName():
            processes_page.setObjectName(u"processes_page")
        self.page_layout = QVBoxLayout(processes_page)
        self.page_layout.setObjectName(u"page_layout")
        self.title = QLabel(processes_page)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")
        self.title.setWordWrap(True)

        self.page_layout.addWidget(self.title)

        self.intro = QLabel(processes_page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.status = QLabel(processes_page)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.page_layout.addWidget(self.status)

        self.scroll = QScrollArea(processes_page)
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

        self.retranslateUi(processes_page)
    # setupUi

    def retranslateUi(self, processes_page: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("ProcessesPage", u"Parallel processes", None))
        self.intro.setText(QCoreApplication.translate("ProcessesPage", u"Each process running alongside the review, its lead, status and key date, what the sub-group must ensure (004 Appendix B), and whether publication waits for it (000 para. 10.4). Processes the flowchart flagged are offered first.", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ProcessesPage", u"Status of this page", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
        pass
    # retranslateUi
