"""The application and every window it opens carry the SCR Desktop icon."""

from __future__ import annotations

from pathlib import Path

from scr_desktop.gui.app import make_application


def test_application_sets_its_icon_on_windows(make_window, vault_path: Path) -> None:
    app = make_application([])
    icon = app.windowIcon()  # type: ignore[attr-defined]
    assert not icon.isNull()
    assert icon.actualSize(icon.availableSizes()[0]).width() == 256
    window = make_window(vault_path)
    assert window.windowIcon().cacheKey() == icon.cacheKey()
