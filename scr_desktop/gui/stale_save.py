"""Saving a case that another screen may have saved meanwhile, without losing either change.

The case wizard and the meetings page can hold the same case at once.  The
vault refuses to save a copy read at an older revision
(:class:`~scr_desktop.storage.errors.StaleCase`).  :func:`save_case` then
re-reads the newer version, re-applies this copy's own changes to it
(:meth:`~scr_desktop.domain.model.Case.rebase`) and saves the result:

* changes to different fields are all kept, and the user is told so;
* a field both screens changed differently keeps the version saved first,
  and the user is shown, in plain words, which fields those were and what
  they had entered, as text they can select and copy back.

Nothing is silently overwritten and nothing typed is lost.  The caller
reloads its widgets from the case afterwards (the case object itself now
holds the merged contents).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from scr_desktop.domain.model import Case, Conflict
from scr_desktop.gui.messages import Messages
from scr_desktop.storage.errors import StaleCase
from scr_desktop.storage.repository import CaseRepository, changed_fields

ATTEMPTS = 3  # another save between re-reading and saving is retried, then reported
MERGED = ("This case was also changed somewhere else in SCR Desktop (for example on the "
          "meetings page) while you had it open. Your changes have been added to that "
          "newer version and saved; nothing was lost.")
CONFLICTED = ("This case was also changed somewhere else in SCR Desktop (for example on the "
              "meetings page) while you had it open, and some of the same answers were "
              "changed in both places. For those, the version saved first has been kept and "
              "your other changes have been saved. What you entered for them is listed under "
              "Show Details: select it and copy it back if it should replace what is there "
              "now.")


def conflicts_text(conflicts: list[Conflict]) -> str:
    """Return what the user had entered for each conflicting field, as plain text."""
    return "\n\n".join(f"{c.label()}:\n{c.text()}" for c in conflicts)


def save_case(parent: QWidget, repo: CaseRepository, case: Case) -> bool:
    """Save ``case``; return True if it had to be brought up to date with a newer version.

    Raises what saving raises (:class:`StaleCase` too, if the case keeps
    changing elsewhere), leaving ``case`` holding everything entered.
    """
    conflicts: list[Conflict] = []
    elsewhere = False
    for attempt in range(ATTEMPTS):
        try:
            repo.save(case)
            break
        except StaleCase:
            if attempt == ATTEMPTS - 1:
                raise
            latest = repo.get(case.id)
            elsewhere = elsewhere or bool(changed_fields(case.read_as or {}, latest.to_dict()))
            conflicts += case.rebase(latest)
    if attempt == 0:
        return False
    if conflicts:
        Messages.error(parent, "Changed in two places", CONFLICTED,
                       details=conflicts_text(conflicts))
    elif elsewhere:
        Messages.info(parent, "Case brought up to date", MERGED)
    return True
