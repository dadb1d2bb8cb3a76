"""The user's own settings (never personal data): kept as an INI file in the config folder.

The board's name and its partner agencies, like the guidance framework for new
cases, are settings of the board's installation (words, never personal data).

The guidance framework for new cases is a setting of the board's
installation rather than of any case: an id, never personal data, so it
lives here beside the idle-lock time.  Until it is set (and if it names a
framework no longer shipped) new cases use ``wt2015-scr``.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

IDLE_KEY = "lock/idle_minutes"
NEW_CASE_FRAMEWORK_KEY = "cases/framework_for_new_cases"
HIGH_CONTRAST_KEY = "view/high_contrast"


def settings_path() -> Path:
    """Return where the settings file lives."""
    return Path(platformdirs.user_config_dir("SCR Desktop", appauthor=False)) / "settings.ini"


def _settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def idle_minutes() -> int | None:
    """Return the user's idle-lock time in minutes, or None if never set."""
    value = _settings().value(IDLE_KEY)
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def set_idle_minutes(minutes: int) -> None:
    """Remember the user's idle-lock time."""
    s = _settings()
    s.setValue(IDLE_KEY, int(minutes))
    s.sync()


def framework_for_new_cases() -> str:
    """Return the framework id new cases start under (first run: ``wt2015-scr``)."""
    from scr_desktop.domain.framework import DEFAULT_FRAMEWORK, framework_ids

    value = _settings().value(NEW_CASE_FRAMEWORK_KEY)
    return str(value) if value is not None and str(value) in framework_ids() \
        else DEFAULT_FRAMEWORK


def set_framework_for_new_cases(framework_id: str) -> None:
    """Remember the framework new cases start under (it must be one that is shipped)."""
    from scr_desktop.domain.framework import framework_ids

    if framework_id not in framework_ids():
        raise ValueError(f"there is no framework called {framework_id!r}")
    s = _settings()
    s.setValue(NEW_CASE_FRAMEWORK_KEY, framework_id)
    s.sync()


BOARD_NAME_KEY = "board/name"
PARTNER_AGENCIES_KEY = "board/partner_agencies"


def board_name() -> str:
    """Return the board's name as every document prints it, or '' until it is set.

    There is no default: a placeholder such as "Local Safeguarding Children
    Board" would go out on letters to chief officers, so the first export asks.
    """
    value = _settings().value(BOARD_NAME_KEY)
    return " ".join(str(value).split()) if value is not None else ""


def set_board_name(name: str) -> None:
    """Remember the board's name (spaces tidied); an empty name is refused."""
    tidy = " ".join(name.split())
    if not tidy:
        raise ValueError("the board's name cannot be empty")
    s = _settings()
    s.setValue(BOARD_NAME_KEY, tidy)
    s.sync()


def clear_board_name() -> None:
    """Forget the board's name (the next export asks again)."""
    s = _settings()
    s.remove(BOARD_NAME_KEY)
    s.sync()


def partner_agencies() -> list[str]:
    """Return the board's partner agencies, in the order the board listed them."""
    value = _settings().value(PARTNER_AGENCIES_KEY)
    if value is None:
        return []
    rows = value if isinstance(value, list) else str(value).split("\n")
    return [" ".join(str(r).split()) for r in rows if str(r).strip()]


def set_partner_agencies(names: list[str]) -> None:
    """Remember the partner agencies (blank lines and repeats dropped)."""
    seen: list[str] = []
    for name in names:
        tidy = " ".join(name.split())
        if tidy and tidy.casefold() not in (s.casefold() for s in seen):
            seen.append(tidy)
    s = _settings()
    s.setValue(PARTNER_AGENCIES_KEY, "\n".join(seen))
    s.sync()


def high_contrast() -> bool | None:
    """Return the user's choice of the high-contrast look, or None if never chosen."""
    value = _settings().value(HIGH_CONTRAST_KEY)
    if value is None:
        return None
    return str(value).lower() in ("true", "1")


def set_high_contrast(on: bool) -> None:
    """Remember the user's choice of the high-contrast look."""
    s = _settings()
    s.setValue(HIGH_CONTRAST_KEY, "true" if on else "false")
    s.sync()
