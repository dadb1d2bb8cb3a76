"""Form compiled from ui/learning/statistics_page.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class Ui_StatisticsPage(object):
    def setupUi(self, statistics_page: QWidget) -> None:
        if not statistics_page.objectName():
            statistics_page.setObjectName(u"statistics_page")
        self.page_layout = QVBoxLayout(statistics_page)
        self.page_layout.setObjectName(u"page_layout")
        self.title = QLabel(statistics_page)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")
        self.title.setWordWrap(True)

        self.page_layout.addWidget(self.title)

        self.intro = QLabel(statistics_page)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.period_row = QHBoxLayout()
        self.period_row.setObjectName(u"period_row")
        self.kind_label = QLabel(statistics_page)
        self.kind_label.setObjectName(u"kind_label")

        self.period_row.addWidget(self.kind_label)

        self.kind = QComboBox(statistics_page)
        self.kind.setObjectName(u"kind")

        self.period_row.addWidget(self.kind)

        self.year_label = QLabel(statistics_page)
        self.year_label.setObjectName(u"year_label")

        self.period_row.addWidget(self.year_label)

        self.year = QSpinBox(statistics_page)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.period_row.addWidget(self.year)

        self.quarter_label = QLabel(statistics_page)
        self.quarter_label.setObjectName(u"quarter_label")

        self.period_row.addWidget(self.quarter_label)

        self.quarter = QComboBox(statistics_page)
        self.quarter.setObjectName(u"quarter")

        self.period_row.addWidget(self.quarter)

        self.period_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_row.addItem(self.period_spacer)


        self.page_layout.addLayout(self.period_row)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.suppress = QCheckBox(statistics_page)
        self.suppress.setObjectName(u"suppress")

        self.button_row.addWidget(self.suppress)

        self.export_button = QPushButton(statistics_page)
        self.export_button.setObjectName(u"export_button")

        self.button_row.addWidget(self.export_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.page_layout.addLayout(self.button_row)

        self.scroll = QScrollArea(statistics_page)
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
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.year_label.setBuddy(self.year)
        self.quarter_label.setBuddy(self.quarter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.year)
        QWidget.setTabOrder(self.year, self.quarter)
        QWidget.setTabOrder(self.quarter, self.suppress)
        QWidget.setTabOrder(self.suppress, self.export_button)

        self.retranslateUi(statistics_page)
    # setupUi

    def retranslateUi(self, statistics_page: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("StatisticsPage", u"Board statistics", None))
        self.intro.setText(QCoreApplication.translate("StatisticsPage", u"Referrals, decisions, notifications, reviews, statutory timescales met, actions and recurring themes for a period, for the board's annual report (000 paras. 1.3, 10.7; 004). Each chart has its table below it. The annex leaves anonymised: counts from 1 to 4 are shown as \"fewer than 5\".", None))
        self.kind_label.setText(QCoreApplication.translate("StatisticsPage", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Kind of period", None))
#endif // QT_CONFIG(accessibility)
        self.year_label.setText(QCoreApplication.translate("StatisticsPage", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.year.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Year (for a financial year, the year it starts)", None))
#endif // QT_CONFIG(accessibility)
        self.quarter_label.setText(QCoreApplication.translate("StatisticsPage", u"&Quarter:", None))
#if QT_CONFIG(accessibility)
        self.quarter.setAccessibleName(QCoreApplication.translate("StatisticsPage", u"Quarter", None))
#endif // QT_CONFIG(accessibility)
        self.suppress.setText(QCoreApplication.translate("StatisticsPage", u"&Hide counts under 5, as the annex does", None))
#if QT_CONFIG(accessibility)
        self.suppress.setAccessibleDescription(QCoreApplication.translate("StatisticsPage", u"Show counts from 1 to 4 as fewer than 5, for a screen others can see", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("StatisticsPage", u"E&xport the annual-report annex\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_button.setAccessibleDescription(QCoreApplication.translate("StatisticsPage", u"Export these statistics, anonymised, as an encrypted PDF", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
