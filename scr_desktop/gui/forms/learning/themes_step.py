"""Form compiled from ui/learning/themes_step.ui by scripts/build_forms.py; do not edit: change the .ui file and rebuild."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Ui_ThemesStep(object):
    def setupUi(self, themes_step: QWidget) -> None:
        if not themes_step.objectName():
            themes_step.setObjectName(u"themes_step")
        self.page_layout = QVBoxLayout(themes_step)
        self.page_layout.setObjectName(u"page_layout")
        self.title = QLabel(themes_step)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pagetitle")
        self.title.setWordWrap(True)

        self.page_layout.addWidget(self.title)

        self.intro = QLabel(themes_step)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.themes = QListWidget(themes_step)
        self.themes.setObjectName(u"themes")

        self.page_layout.addWidget(self.themes)

        self.own_row = QHBoxLayout()
        self.own_row.setObjectName(u"own_row")
        self.own_label = QLabel(themes_step)
        self.own_label.setObjectName(u"own_label")

        self.own_row.addWidget(self.own_label)

        self.own_theme = QLineEdit(themes_step)
        self.own_theme.setObjectName(u"own_theme")
        self.own_theme.setMaxLength(80)

        self.own_row.addWidget(self.own_theme)

        self.add_button = QPushButton(themes_step)
        self.add_button.setObjectName(u"add_button")

        self.own_row.addWidget(self.add_button)


        self.page_layout.addLayout(self.own_row)

        self.error = QLabel(themes_step)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.page_layout.addWidget(self.error)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.own_label.setBuddy(self.own_theme)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.themes, self.own_theme)
        QWidget.setTabOrder(self.own_theme, self.add_button)

        self.retranslateUi(themes_step)
    # setupUi

    def retranslateUi(self, themes_step: QWidget) -> None:
        self.title.setText(QCoreApplication.translate("ThemesStep", u"Learning themes", None))
        self.intro.setText(QCoreApplication.translate("ThemesStep", u"Tick the themes this case raises, so the board can see which recur across cases (000 paras. 1.3, 10.7). They are counted in the board's statistics; add a theme the list does not have below.", None))
#if QT_CONFIG(accessibility)
        self.themes.setAccessibleName(QCoreApplication.translate("ThemesStep", u"Learning themes of this case: tick each that applies", None))
#endif // QT_CONFIG(accessibility)
        self.own_label.setText(QCoreApplication.translate("ThemesStep", u"A new &theme:", None))
#if QT_CONFIG(accessibility)
        self.own_theme.setAccessibleName(QCoreApplication.translate("ThemesStep", u"A new theme for the board's list", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("ThemesStep", u"A&dd to the board's list", None))
#if QT_CONFIG(accessibility)
        self.error.setAccessibleName(QCoreApplication.translate("ThemesStep", u"Problem with the new theme", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
