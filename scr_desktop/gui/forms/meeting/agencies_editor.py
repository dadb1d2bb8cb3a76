"""Form compiled from ui/meeting/agencies_editor.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.gui.form_widgets import FormErrorLabel


class Ui_AgenciesEditor(object):
    def setupUi(self, agencies_editor: QGroupBox) -> None:
        if not agencies_editor.objectName():
            agencies_editor.setObjectName(u"agencies_editor")
        self.editor_layout = QVBoxLayout(agencies_editor)
        self.editor_layout.setObjectName(u"editor_layout")
        self.list_label = QLabel(agencies_editor)
        self.list_label.setObjectName(u"list_label")
        self.list_label.setWordWrap(True)

        self.editor_layout.addWidget(self.list_label)

        self.agencies_list = QListWidget(agencies_editor)
        self.agencies_list.setObjectName(u"agencies_list")

        self.editor_layout.addWidget(self.agencies_list)

        self.new_agency_fields = QFormLayout()
        self.new_agency_fields.setObjectName(u"new_agency_fields")
        self.new_agency_label_label = QLabel(agencies_editor)
        self.new_agency_label_label.setObjectName(u"new_agency_label_label")

        self.new_agency_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.new_agency_label_label)

        self.new_agency_label = QLineEdit(agencies_editor)
        self.new_agency_label.setObjectName(u"new_agency_label")

        self.new_agency_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.new_agency_label)

        self.new_agency_group_label = QLabel(agencies_editor)
        self.new_agency_group_label.setObjectName(u"new_agency_group_label")

        self.new_agency_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_agency_group_label)

        self.new_agency_group = QComboBox(agencies_editor)
        self.new_agency_group.setObjectName(u"new_agency_group")

        self.new_agency_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_agency_group)


        self.editor_layout.addLayout(self.new_agency_fields)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.add_agency = QPushButton(agencies_editor)
        self.add_agency.setObjectName(u"add_agency")

        self.button_row.addWidget(self.add_agency)

        self.remove_agency = QPushButton(agencies_editor)
        self.remove_agency.setObjectName(u"remove_agency")

        self.button_row.addWidget(self.remove_agency)

        self.button_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_gap)


        self.editor_layout.addLayout(self.button_row)

        self.agencies__error = FormErrorLabel(agencies_editor)
        self.agencies__error.setObjectName(u"agencies__error")

        self.editor_layout.addWidget(self.agencies__error)

        self.editor_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.list_label.setBuddy(self.agencies_list)
        self.new_agency_label_label.setBuddy(self.new_agency_label)
        self.new_agency_group_label.setBuddy(self.new_agency_group)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agencies_list, self.new_agency_label)
        QWidget.setTabOrder(self.new_agency_label, self.new_agency_group)
        QWidget.setTabOrder(self.new_agency_group, self.add_agency)
        QWidget.setTabOrder(self.add_agency, self.remove_agency)

        self.retranslateUi(agencies_editor)
    # setupUi

    def retranslateUi(self, agencies_editor: QGroupBox) -> None:
        agencies_editor.setTitle(QCoreApplication.translate("AgenciesEditor", u"Agencies asked about each case", None))
        self.list_label.setText(QCoreApplication.translate("AgenciesEditor", u"Agencies (each is asked whether it knows the child and family, and for a summary of its involvement and a skeleton chronology: the Case Review Notification Form A):", None))
#if QT_CONFIG(accessibility)
        self.agencies_list.setAccessibleName(QCoreApplication.translate("AgenciesEditor", u"Agencies asked about each case", None))
#endif // QT_CONFIG(accessibility)
        self.new_agency_label_label.setText(QCoreApplication.translate("AgenciesEditor", u"New agenc&y:", None))
#if QT_CONFIG(accessibility)
        self.new_agency_label.setAccessibleName(QCoreApplication.translate("AgenciesEditor", u"New agency", None))
#endif // QT_CONFIG(accessibility)
        self.new_agency_group_label.setText(QCoreApplication.translate("AgenciesEditor", u"&Counts as core agency:", None))
#if QT_CONFIG(accessibility)
        self.new_agency_group.setAccessibleName(QCoreApplication.translate("AgenciesEditor", u"Counts as core agency", None))
#endif // QT_CONFIG(accessibility)
        self.add_agency.setText(QCoreApplication.translate("AgenciesEditor", u"Add a&gency", None))
        self.remove_agency.setText(QCoreApplication.translate("AgenciesEditor", u"&Remove agency", None))
    # retranslateUi
