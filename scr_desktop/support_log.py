"""The support log: what happened and which error, never who or what about.

Entries are event names and error codes only (``unlock``, ``unlock failed:
wrong_passphrase``, ``export: case_pdf``): no names, no case text, no
references, no paths, no passphrases.  :func:`event` refuses anything but a
short lower-case word and an error code, so personal data cannot be passed
in by mistake.  The file lives in the per-user log folder and rotates at
256 KiB (three files kept).
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

LOGGER_NAME = "scr_desktop.support"
_TOKEN = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
_logger = logging.getLogger(LOGGER_NAME)
_logger.propagate = False
_logger.addHandler(logging.NullHandler())  # until configured, events go nowhere


def log_path() -> Path:
    """Return the support log's path."""
    import platformdirs

    return Path(platformdirs.user_log_dir("SCR Desktop", appauthor=False)) / "support.log"


def configure(path: Path | None = None) -> Path:
    """Start writing the support log (owner-only file); return its path."""
    from logging.handlers import RotatingFileHandler

    target = path or log_path()
    missing = [d for d in (target.parent, *target.parent.parents) if not d.exists()]
    for folder in reversed(missing):  # every folder made here owner-only, not just the last
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
    if not target.exists():
        fd = os.open(target, os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(fd)
    for old in list(_logger.handlers):
        _logger.removeHandler(old)
        old.close()
    handler = RotatingFileHandler(target, maxBytes=256 * 1024, backupCount=3,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    _logger.addHandler(handler)
    _logger.setLevel(logging.INFO)
    return target


def event(name: str, code: str = "") -> None:
    """Record event ``name`` (and an error ``code``); both must be short lower-case words.

    A ``name`` that is not such a word is a programming error and raises; a
    ``code`` that is not is logged as ``unnamed`` rather than stopping the app.
    """
    if not _TOKEN.match(name):
        raise ValueError("support log entries are event names and error codes only")
    if code and not _TOKEN.match(code):
        code = "unnamed"
    if code:
        _logger.warning("%s: %s", name, code)
    else:
        _logger.info("%s", name)


def close() -> None:
    """Stop writing the support log."""
    for old in list(_logger.handlers):
        _logger.removeHandler(old)
        old.close()
