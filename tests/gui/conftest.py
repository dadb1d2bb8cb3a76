"""Fixtures for driving the real application window with pytest-qt (see guifixtures)."""

from guifixtures import _answering_messages, make_window, vault_path  # noqa: F401
