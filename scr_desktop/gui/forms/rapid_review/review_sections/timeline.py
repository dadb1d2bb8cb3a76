"""Form compiled from ui/rapid_review/review_sections/timeline.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Ui_TimelineSection(object):
    def setupUi(self, timeline_section: QWidget) -> None:
        if not timeline_section.objectName():
            timeline_section.setObjectName(u"timeline_section")
        self.outer_layout = QVBoxLayout(timeline_section)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.timeline_box = QGroupBox(timeline_section)
        self.timeline_box.setObjectName(u"timeline_box")
        self.box_layout = QVBoxLayout(self.timeline_box)
        self.box_layout.setObjectName(u"box_layout")
        self.rapid_review_timeline = QTableWidget(self.timeline_box)
        if (self.rapid_review_timeline.columnCount() < 3):
            self.rapid_review_timeline.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.rapid_review_timeline.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.rapid_review_timeline.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.rapid_review_timeline.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.rapid_review_timeline.setObjectName(u"rapid_review_timeline")
        self.rapid_review_timeline.setMinimumSize(QSize(0, 180))
        self.rapid_review_timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rapid_review_timeline.setTabKeyNavigation(False)

        self.box_layout.addWidget(self.rapid_review_timeline)


        self.outer_layout.addWidget(self.timeline_box)


        self.retranslateUi(timeline_section)
    # setupUi

    def retranslateUi(self, timeline_section: QWidget) -> None:
        self.timeline_box.setTitle(QCoreApplication.translate("TimelineSection", u"Timeline", None))
        ___qtablewidgetitem = self.rapid_review_timeline.horizontalHeaderItem(0)
        assert ___qtablewidgetitem is not None
        ___qtablewidgetitem.setText(QCoreApplication.translate("TimelineSection", u"Step", None))
        ___qtablewidgetitem1 = self.rapid_review_timeline.horizontalHeaderItem(1)
        assert ___qtablewidgetitem1 is not None
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TimelineSection", u"Target", None))
        ___qtablewidgetitem2 = self.rapid_review_timeline.horizontalHeaderItem(2)
        assert ___qtablewidgetitem2 is not None
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TimelineSection", u"State", None))
#if QT_CONFIG(accessibility)
        self.rapid_review_timeline.setAccessibleName(QCoreApplication.translate("TimelineSection", u"The rapid review's steps against their targets", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
