"""The case's learning themes: a step of every case, counted in the board's statistics.

Ticks change the case through :meth:`Case.set_themes` and mark the editor
dirty, so they are saved by its one autosave with the revision checked.
A theme the list lacks is added to the board's list (kept in the vault,
audited) and ticked at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from scr_desktop.domain.learning.themes import ThemeError
from scr_desktop.domain.model import Case
from scr_desktop.gui.case_editor import CaseEditor
from scr_desktop.gui.forms.learning.themes_step import Ui_ThemesStep
from scr_desktop.storage.stats import StatsTable

TITLE = "Learning themes"


class ThemesStep(QWidget):
    """The themes of one case."""

    def __init__(self, case: Case, themes: Callable[[], dict[str, str]],
                 add_theme: Callable[[str], str], changed: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ThemesStep()
        self.form.setupUi(self)
        self.case = case
        self._themes = themes
        self._add_theme = add_theme
        self._changed = changed
        self.index = -1  # its step in the case editor, once added
        self.form.error.hide()
        self.form.add_button.clicked.connect(self._add)
        self.form.own_theme.returnPressed.connect(self._add)
        self.form.themes.itemChanged.connect(lambda _item: self._ticked())
        self.refresh()

    def refresh(self) -> None:
        """Show every theme, ticked as the case holds them (unknown ids kept at the end)."""
        known = self._themes()
        box = self.form.themes
        box.blockSignals(True)
        box.clear()
        for tid, label in {**known, **{t: t for t in self.case.themes if t not in known}}.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, tid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tid in self.case.themes
                               else Qt.CheckState.Unchecked)
            box.addItem(item)
        box.blockSignals(False)

    def ticked(self) -> list[str]:
        """Return the ids of the ticked themes, in list order."""
        box = self.form.themes
        return [str(box.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(box.count())
                if box.item(i).checkState() == Qt.CheckState.Checked]

    def _ticked(self) -> None:
        self.case.set_themes(self.ticked())
        self._changed()

    def _add(self) -> None:
        try:
            tid = self._add_theme(self.form.own_theme.text())
        except ThemeError as exc:
            self.form.error.setText(f"\u26a0 {exc}")
            self.form.error.show()
            return
        self.form.error.hide()
        self.form.own_theme.clear()
        self.case.set_themes([*self.case.themes, tid])
        self.refresh()
        self._changed()


def add_themes_step(editor: CaseEditor, stats: Callable[[], StatsTable]) -> ThemesStep:
    """Add the learning themes step to a case being edited; return it.

    ``stats`` gives the vault's statistics table at the moment it is needed,
    so a locked vault is never reached through a table read before locking.
    """
    step = ThemesStep(editor.case, lambda: stats().themes(),
                      lambda label: stats().add_theme(label), editor.mark_dirty)
    step.index = editor.add_step(TITLE, step, step.refresh)
    return step
