"""Form compiled from ui/rapid_review/review_sections/signoff.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from scr_desktop.gui.form_widgets import FormErrorLabel


class Ui_SignOffSection(object):
    def setupUi(self, signoff_section: QWidget) -> None:
        if not signoff_section.objectName():
            signoff_section.setObjectName(u"signoff_section")
        self.outer_layout = QVBoxLayout(signoff_section)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.signoff_box = QGroupBox(signoff_section)
        self.signoff_box.setObjectName(u"signoff_box")
        self.box_layout = QVBoxLayout(self.signoff_box)
        self.box_layout.setObjectName(u"box_layout")
        self.signoff_form = QFormLayout()
        self.signoff_form.setObjectName(u"signoff_form")
        self.signoff_local_authority_label = QLabel(self.signoff_box)
        self.signoff_local_authority_label.setObjectName(u"signoff_local_authority_label")

        self.signoff_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signoff_local_authority_label)

        self.signoff_local_authority_row = QHBoxLayout()
        self.signoff_local_authority_row.setObjectName(u"signoff_local_authority_row")
        self.signoff_name_local_authority = QLineEdit(self.signoff_box)
        self.signoff_name_local_authority.setObjectName(u"signoff_name_local_authority")

        self.signoff_local_authority_row.addWidget(self.signoff_name_local_authority)

        self.signoff_date_local_authority = QLineEdit(self.signoff_box)
        self.signoff_date_local_authority.setObjectName(u"signoff_date_local_authority")
        self.signoff_date_local_authority.setMaximumSize(QSize(140, 16777215))

        self.signoff_local_authority_row.addWidget(self.signoff_date_local_authority)

        self.sign_off_local_authority = QPushButton(self.signoff_box)
        self.sign_off_local_authority.setObjectName(u"sign_off_local_authority")

        self.signoff_local_authority_row.addWidget(self.sign_off_local_authority)


        self.signoff_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.signoff_local_authority_row)

        self.signoff_icb_label = QLabel(self.signoff_box)
        self.signoff_icb_label.setObjectName(u"signoff_icb_label")

        self.signoff_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signoff_icb_label)

        self.signoff_icb_row = QHBoxLayout()
        self.signoff_icb_row.setObjectName(u"signoff_icb_row")
        self.signoff_name_icb = QLineEdit(self.signoff_box)
        self.signoff_name_icb.setObjectName(u"signoff_name_icb")

        self.signoff_icb_row.addWidget(self.signoff_name_icb)

        self.signoff_date_icb = QLineEdit(self.signoff_box)
        self.signoff_date_icb.setObjectName(u"signoff_date_icb")
        self.signoff_date_icb.setMaximumSize(QSize(140, 16777215))

        self.signoff_icb_row.addWidget(self.signoff_date_icb)

        self.sign_off_icb = QPushButton(self.signoff_box)
        self.sign_off_icb.setObjectName(u"sign_off_icb")

        self.signoff_icb_row.addWidget(self.sign_off_icb)


        self.signoff_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.signoff_icb_row)

        self.signoff_police_label = QLabel(self.signoff_box)
        self.signoff_police_label.setObjectName(u"signoff_police_label")

        self.signoff_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signoff_police_label)

        self.signoff_police_row = QHBoxLayout()
        self.signoff_police_row.setObjectName(u"signoff_police_row")
        self.signoff_name_police = QLineEdit(self.signoff_box)
        self.signoff_name_police.setObjectName(u"signoff_name_police")

        self.signoff_police_row.addWidget(self.signoff_name_police)

        self.signoff_date_police = QLineEdit(self.signoff_box)
        self.signoff_date_police.setObjectName(u"signoff_date_police")
        self.signoff_date_police.setMaximumSize(QSize(140, 16777215))

        self.signoff_police_row.addWidget(self.signoff_date_police)

        self.sign_off_police = QPushButton(self.signoff_box)
        self.sign_off_police.setObjectName(u"sign_off_police")

        self.signoff_police_row.addWidget(self.sign_off_police)


        self.signoff_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.signoff_police_row)

        self.sent_to_panel_label = QLabel(self.signoff_box)
        self.sent_to_panel_label.setObjectName(u"sent_to_panel_label")

        self.signoff_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sent_to_panel_label)

        self.sent_row = QHBoxLayout()
        self.sent_row.setObjectName(u"sent_row")
        self.sent_to_panel = QLineEdit(self.signoff_box)
        self.sent_to_panel.setObjectName(u"sent_to_panel")
        self.sent_to_panel.setMaximumSize(QSize(140, 16777215))

        self.sent_row.addWidget(self.sent_to_panel)

        self.send_to_panel = QPushButton(self.signoff_box)
        self.send_to_panel.setObjectName(u"send_to_panel")

        self.sent_row.addWidget(self.send_to_panel)

        self.sent_row_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sent_row.addItem(self.sent_row_gap)


        self.signoff_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.sent_row)

        self.panel_response_label = QLabel(self.signoff_box)
        self.panel_response_label.setObjectName(u"panel_response_label")

        self.signoff_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.panel_response_label)

        self.response_row = QHBoxLayout()
        self.response_row.setObjectName(u"response_row")
        self.panel_response = QComboBox(self.signoff_box)
        self.panel_response.setObjectName(u"panel_response")

        self.response_row.addWidget(self.panel_response)

        self.panel_response_date = QLineEdit(self.signoff_box)
        self.panel_response_date.setObjectName(u"panel_response_date")
        self.panel_response_date.setMaximumSize(QSize(140, 16777215))

        self.response_row.addWidget(self.panel_response_date)

        self.response_row_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.response_row.addItem(self.response_row_gap)


        self.signoff_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.response_row)

        self.revised_decision_label = QLabel(self.signoff_box)
        self.revised_decision_label.setObjectName(u"revised_decision_label")

        self.signoff_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.revised_decision_label)

        self.revised_row = QHBoxLayout()
        self.revised_row.setObjectName(u"revised_row")
        self.revised_decision = QComboBox(self.signoff_box)
        self.revised_decision.setObjectName(u"revised_decision")

        self.revised_row.addWidget(self.revised_decision)

        self.revised_decision_date = QLineEdit(self.signoff_box)
        self.revised_decision_date.setObjectName(u"revised_decision_date")
        self.revised_decision_date.setMaximumSize(QSize(140, 16777215))

        self.revised_row.addWidget(self.revised_decision_date)

        self.revised_row_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.revised_row.addItem(self.revised_row_gap)


        self.signoff_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.revised_row)


        self.box_layout.addLayout(self.signoff_form)

        self.record_panel_response = QPushButton(self.signoff_box)
        self.record_panel_response.setObjectName(u"record_panel_response")

        self.box_layout.addWidget(self.record_panel_response)

        self.signoff__error = FormErrorLabel(self.signoff_box)
        self.signoff__error.setObjectName(u"signoff__error")

        self.box_layout.addWidget(self.signoff__error)


        self.outer_layout.addWidget(self.signoff_box)

#if QT_CONFIG(shortcut)
        self.signoff_local_authority_label.setBuddy(self.signoff_name_local_authority)
        self.signoff_icb_label.setBuddy(self.signoff_name_icb)
        self.signoff_police_label.setBuddy(self.signoff_name_police)
        self.sent_to_panel_label.setBuddy(self.sent_to_panel)
        self.panel_response_label.setBuddy(self.panel_response)
        self.revised_decision_label.setBuddy(self.revised_decision)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.signoff_name_local_authority, self.signoff_date_local_authority)
        QWidget.setTabOrder(self.signoff_date_local_authority, self.sign_off_local_authority)
        QWidget.setTabOrder(self.sign_off_local_authority, self.signoff_name_icb)
        QWidget.setTabOrder(self.signoff_name_icb, self.signoff_date_icb)
        QWidget.setTabOrder(self.signoff_date_icb, self.sign_off_icb)
        QWidget.setTabOrder(self.sign_off_icb, self.signoff_name_police)
        QWidget.setTabOrder(self.signoff_name_police, self.signoff_date_police)
        QWidget.setTabOrder(self.signoff_date_police, self.sign_off_police)
        QWidget.setTabOrder(self.sign_off_police, self.sent_to_panel)
        QWidget.setTabOrder(self.sent_to_panel, self.send_to_panel)
        QWidget.setTabOrder(self.send_to_panel, self.panel_response)
        QWidget.setTabOrder(self.panel_response, self.panel_response_date)
        QWidget.setTabOrder(self.panel_response_date, self.revised_decision)
        QWidget.setTabOrder(self.revised_decision, self.revised_decision_date)
        QWidget.setTabOrder(self.revised_decision_date, self.record_panel_response)

        self.retranslateUi(signoff_section)
    # setupUi

    def retranslateUi(self, signoff_section: QWidget) -> None:
        self.signoff_box.setTitle(QCoreApplication.translate("SignOffSection", u"Sign-off, the Panel and its response", None))
        self.signoff_local_authority_label.setText(QCoreApplication.translate("SignOffSection", u"Local authority:", None))
#if QT_CONFIG(accessibility)
        self.signoff_name_local_authority.setAccessibleName(QCoreApplication.translate("SignOffSection", u"Who signed off for the local authority", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signoff_date_local_authority.setAccessibleName(QCoreApplication.translate("SignOffSection", u"Date the local authority signed off", None))
#endif // QT_CONFIG(accessibility)
        self.signoff_date_local_authority.setPlaceholderText(QCoreApplication.translate("SignOffSection", u"dd/mm/yyyy", None))
        self.sign_off_local_authority.setText(QCoreApplication.translate("SignOffSection", u"Sign off", None))
#if QT_CONFIG(accessibility)
        self.sign_off_local_authority.setAccessibleName(QCoreApplication.translate("SignOffSection", u"Record the sign-off of the local authority", None))
#endif // QT_CONFIG(accessibility)
        self.signoff_icb_label.setText(QCoreApplication.translate("SignOffSection", u"Integrated care board:", None))
#if QT_CONFIG(accessibility)
        self.signoff_name_icb.setAccessibleName(QCoreApplication.translate("SignOffSection", u"Who signed off for the integrated care board", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signoff_date_icb.setAccessibleName(QCoreApplication.translate("SignOffSection", u"Date the integrated care board signed off", None))
#endif // QT_CONFIG(accessibility)
        self.signoff_date_icb.setPlaceholderText(QCoreApplication.translate("SignOffSection", u"dd/mm/yyyy", None))
        self.sign_off_icb.setText(QCoreApplication.translate("SignOffSection", u"Sign off", None))
#if QT_CONFIG(accessibility)
        self.sign_off_icb.setAccessibleName(QCoreApplication.translate("SignOffSection", u"Record the sign-off of the integrated care board", None))
#endif // QT_CONFIG(accessibility)
        self.signoff_police_label.setText(QCoreApplication.translate("SignOffSection", u"Police:", None))
#if QT_CONFIG(accessibility)
        self.signoff_name_police.setAccessibleName(QCoreApplication.translate("SignOffSection", u"Who signed off for the police", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signoff_date_police.setAccessibleName(QCoreApplication.translate("SignOffSection", u"Date the police signed off", None))
#endif // QT_CONFIG(accessibility)
        self.signoff_date_police.setPlaceholderText(QCoreApplication.translate("SignOffSection", u"dd/mm/yyyy", None))
        self.sign_off_police.setText(QCoreApplication.translate("SignOffSection", u"Sign off", None))
#if QT_CONFIG(accessibility)
        self.sign_off_police.setAccessibleName(QCoreApplication.translate("SignOffSection", u"Record the sign-off of the police", None))
#endif // QT_CONFIG(accessibility)
        self.sent_to_panel_label.setText(QCoreApplication.translate("SignOffSection", u"Sent to the Panel on:", None))
#if QT_CONFIG(accessibility)
        self.sent_to_panel.setAccessibleName(QCoreApplication.translate("SignOffSection", u"Date the report was sent to the Panel", None))
#endif // QT_CONFIG(accessibility)
        self.sent_to_panel.setPlaceholderText(QCoreApplication.translate("SignOffSection", u"dd/mm/yyyy", None))
        self.send_to_panel.setText(QCoreApplication.translate("SignOffSection", u"Record as &sent to the Panel", None))
        self.panel_response_label.setText(QCoreApplication.translate("SignOffSection", u"Panel's response:", None))
#if QT_CONFIG(accessibility)
        self.panel_response.setAccessibleName(QCoreApplication.translate("SignOffSection", u"The Panel's response", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.panel_response_date.setAccessibleName(QCoreApplication.translate("SignOffSection", u"Date of the Panel's response", None))
#endif // QT_CONFIG(accessibility)
        self.panel_response_date.setPlaceholderText(QCoreApplication.translate("SignOffSection", u"dd/mm/yyyy", None))
        self.revised_decision_label.setText(QCoreApplication.translate("SignOffSection", u"Revised decision, if challenged:", None))
#if QT_CONFIG(accessibility)
        self.revised_decision.setAccessibleName(QCoreApplication.translate("SignOffSection", u"Revised decision after a challenge", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.revised_decision_date.setAccessibleName(QCoreApplication.translate("SignOffSection", u"Date of the revised decision", None))
#endif // QT_CONFIG(accessibility)
        self.revised_decision_date.setPlaceholderText(QCoreApplication.translate("SignOffSection", u"dd/mm/yyyy", None))
        self.record_panel_response.setText(QCoreApplication.translate("SignOffSection", u"Record the &Panel's response", None))
        pass
    # retranslateUi
