"""Form compiled from ui/case_editor.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class Ui_CaseEditor(object):
    def setupUi(self, case_editor: QWidget) -> None:
        if not case_editor.objectName():
            case_editor.setObjectName(u"case_editor")
        self.editor_layout = QVBoxLayout(case_editor)
        self.editor_layout.setObjectName(u"editor_layout")
        self.heading_row = QHBoxLayout()
        self.heading_row.setObjectName(u"heading_row")
        self.heading = QLabel(case_editor)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"caseheading")

        self.heading_row.addWidget(self.heading)

        self.save_state = QLabel(case_editor)
        self.save_state.setObjectName(u"save_state")

        self.heading_row.addWidget(self.save_state)

        self.heading_row.setStretch(0, 1)

        self.editor_layout.addLayout(self.heading_row)

        self.body_row = QHBoxLayout()
        self.body_row.setObjectName(u"body_row")
        self.steps = QListWidget(case_editor)
        self.steps.setObjectName(u"steps")
        self.steps.setMinimumSize(QSize(290, 0))
        self.steps.setMaximumSize(QSize(290, 16777215))
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setWordWrap(True)
        self.steps.setResizeMode(QListView.ResizeMode.Adjust)

        self.body_row.addWidget(self.steps)

        self.step_column = QVBoxLayout()
        self.step_column.setObjectName(u"step_column")
        self.stack = QStackedWidget(case_editor)
        self.stack.setObjectName(u"stack")

        self.step_column.addWidget(self.stack)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.close_button = QPushButton(case_editor)
        self.close_button.setObjectName(u"close_button")

        self.button_row.addWidget(self.close_button)

        self.button_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_gap)

        self.back_button = QPushButton(case_editor)
        self.back_button.setObjectName(u"back_button")

        self.button_row.addWidget(self.back_button)

        self.next_button = QPushButton(case_editor)
        self.next_button.setObjectName(u"next_button")

        self.button_row.addWidget(self.next_button)


        self.step_column.addLayout(self.button_row)

        self.step_column.setStretch(0, 1)

        self.body_row.addLayout(self.step_column)

        self.body_row.setStretch(1, 1)

        self.editor_layout.addLayout(self.body_row)

        self.editor_layout.setStretch(1, 1)
        QWidget.setTabOrder(self.steps, self.close_button)
        QWidget.setTabOrder(self.close_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.next_button)

        self.retranslateUi(case_editor)
    # setupUi

    def retranslateUi(self, case_editor: QWidget) -> None:
#if QT_CONFIG(accessibility)
        self.save_state.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Save status", None))
#endif // QT_CONFIG(accessibility)
        self.save_state.setText(QCoreApplication.translate("CaseEditor", u"Saved", None))
#if QT_CONFIG(accessibility)
        self.steps.setAccessibleName(QCoreApplication.translate("CaseEditor", u"Steps of the referral", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("CaseEditor", u"&Close case", None))
        self.back_button.setText(QCoreApplication.translate("CaseEditor", u"&Back", None))
        self.next_button.setText(QCoreApplication.translate("CaseEditor", u"&Next", None))
        pass
    # retranslateUi
