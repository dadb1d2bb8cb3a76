"""Form compiled from ui/meeting/minutes_dialog.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)


class Ui_MinutesDialog(object):
    def setupUi(self, minutes_dialog: QDialog) -> None:
        if not minutes_dialog.objectName():
            minutes_dialog.setObjectName(u"minutes_dialog")
        self.dialog_layout = QVBoxLayout(minutes_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(minutes_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setMinimumSize(QSize(460, 0))
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.minutes_anonymised = QCheckBox(minutes_dialog)
        self.minutes_anonymised.setObjectName(u"minutes_anonymised")
        self.minutes_anonymised.setChecked(True)

        self.dialog_layout.addWidget(self.minutes_anonymised)

        self.minutes_route = QLabel(minutes_dialog)
        self.minutes_route.setObjectName(u"minutes_route")
        self.minutes_route.setWordWrap(True)

        self.dialog_layout.addWidget(self.minutes_route)

        self.minutes_status = QLabel(minutes_dialog)
        self.minutes_status.setObjectName(u"minutes_status")
        self.minutes_status.setWordWrap(True)

        self.dialog_layout.addWidget(self.minutes_status)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_gap)

        self.minutes_save = QPushButton(minutes_dialog)
        self.minutes_save.setObjectName(u"minutes_save")

        self.button_row.addWidget(self.minutes_save)

        self.close_button = QPushButton(minutes_dialog)
        self.close_button.setObjectName(u"close_button")

        self.button_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_row)

        QWidget.setTabOrder(self.minutes_anonymised, self.minutes_save)
        QWidget.setTabOrder(self.minutes_save, self.close_button)

        self.retranslateUi(minutes_dialog)

        self.minutes_save.setDefault(True)

    # setupUi

    def retranslateUi(self, minutes_dialog: QDialog) -> None:
        minutes_dialog.setWindowTitle(QCoreApplication.translate("MinutesDialog", u"Export the minutes", None))
        self.minutes_anonymised.setText(QCoreApplication.translate("MinutesDialog", u"&Anonymise the minutes (recommended: 8.15 of Working Together 2010)", None))
        self.minutes_save.setText(QCoreApplication.translate("MinutesDialog", u"&Save minutes\u2026", None))
        self.close_button.setText(QCoreApplication.translate("MinutesDialog", u"Cl&ose", None))
    # retranslateUi
