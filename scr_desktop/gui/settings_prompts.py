"""The Vault menu's questions about this installation's settings: idle lock time, guidance.

Each asks through :class:`~.messages.Messages` (so tests answer without a
modal), keeps the answer in the user's settings file (:mod:`.settings`) and
applies it at once.  The idle time never exceeds the policy's ceiling.  The
window hands in the parent of the question, the policy and the idle watcher,
never itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from scr_desktop.gui.idle import IdleWatcher
from scr_desktop.gui.messages import Messages
from scr_desktop.policy import Policy, effective_idle_minutes


def ask_idle_minutes(parent: QWidget, policy: Policy, idle: IdleWatcher, *,
                     counting: bool) -> None:
    """Let the user choose the idle time before locking; restart the countdown if ``counting``."""
    from scr_desktop.gui import settings

    ceiling = policy.idle_timeout_max_minutes
    current = idle.timer.interval() // 60_000 or 1
    minutes = Messages.ask_int(
        parent, "Idle lock time",
        f"Lock after this many minutes without keyboard or mouse use (1 to {ceiling}; "
        "your IT department sets the longest allowed):", min(current, ceiling), 1, ceiling)
    if minutes is None:
        return
    settings.set_idle_minutes(minutes)
    idle.timer.setInterval(effective_idle_minutes(minutes, policy) * 60_000)
    if counting:
        idle.timer.start()


def ask_framework_for_new_cases(parent: QWidget) -> None:
    """Let the board choose the guidance framework new cases start under."""
    from scr_desktop.domain.framework import list_frameworks
    from scr_desktop.gui import settings

    chosen = Messages.ask_choice(
        parent, "Guidance for new cases",
        "New cases start under this guidance (each case can still be changed on its "
        "questions step):",
        [(f.id, f.title) for f in list_frameworks()], settings.framework_for_new_cases())
    if chosen is not None:
        settings.set_framework_for_new_cases(chosen)
