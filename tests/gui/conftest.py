"""Fixtures for driving the real application window with pytest-qt (see guifixtures)."""

from guifixtures import (  # noqa: F401
    _answering_messages,
    _board_named,
    _no_leaked_widgets,
    make_window,
    vault_path,
)
