"""The user's own settings (never personal data): kept as an INI file in the config folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

IDLE_KEY = "lock/idle_minutes"


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
