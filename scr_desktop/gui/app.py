"""Start the desktop application: ``scr-desktop [--vault PATH]``.

Heavy libraries (reportlab, pikepdf, holidays) are imported only when first
used, so the unlock window appears quickly.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from scr_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from types import TracebackType

    from PySide6.QtWidgets import QApplication, QWidget


def parse_args(args: list[str]) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(prog="scr-desktop", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--vault", type=Path, help="open this vault instead of the default one")
    return parser.parse_args(args)


def make_application(argv: list[str]) -> QApplication:
    """Create (or return) the QApplication with the app's names, icon and style."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from scr_desktop.gui.theme import load_stylesheet
    from scr_desktop.resources import resource_path

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        [sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("scr-desktop")
    app.setWindowIcon(QIcon(str(resource_path("icons/scr-desktop.png"))))
    app.setStyleSheet(load_stylesheet())
    return app


def install_exception_hook(parent: QWidget | None) -> None:
    """Tell the user of an unexpected error in plain words, and write none of its text.

    Python would print the traceback to stderr, which a desktop session
    keeps in the system journal on disk; an exception's text can quote case
    data.  Only the error's kind goes to the support log.
    """
    from scr_desktop import support_log
    from scr_desktop.gui.messages import Messages

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        try:
            support_log.event("error", f"unexpected_{kind.__name__.lower()}")
            Messages.error(parent, "Something went wrong",
                           "Something unexpected went wrong. What was on the screen may not "
                           "have been saved: check it, then carry on. If it keeps happening, "
                           "contact your IT service desk.")
        except Exception:  # noqa: S110 - a failing report must not print the original error
            pass

    sys.excepthook = hook


def main(args: list[str]) -> int:
    """Open the main window and run until it closes."""
    from scr_desktop.hardening import harden_process

    hardened = harden_process()  # before any case data can be in memory
    opts = parse_args(args)
    app = make_application([])
    from PySide6.QtCore import QTimer

    from scr_desktop.gui import theme

    theme.apply(theme.high_contrast_wanted())

    from scr_desktop import support_log
    from scr_desktop.gui.main_window import MainWindow
    from scr_desktop.gui.messages import Messages
    from scr_desktop.policy import load_policy
    from scr_desktop.storage.paths import VAULT_FILENAME, default_vault_path

    policy = load_policy()
    default = default_vault_path()
    if policy.default_vault_folder is not None:
        default = policy.default_vault_folder / VAULT_FILENAME
    window = MainWindow(default, vault_path=opts.vault, policy=policy)
    window.show()
    install_exception_hook(window)

    def start_log() -> None:  # after the first paint: opening the log is not start-up work
        support_log.configure()
        support_log.event("start")
        for name in hardened:
            support_log.event("hardened", name)

    QTimer.singleShot(200, start_log)
    for warning in policy.warnings:
        Messages.info(window, "Settings from your IT department", warning)
    code = int(app.exec())
    from scr_desktop.gui import worker

    worker.finish_all()
    support_log.event("quit")
    support_log.close()
    return code
