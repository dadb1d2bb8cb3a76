"""Collect QtGui's plugins, keeping only the kinds and names the spec lists.

Replaces PyInstaller's own hook for ``PySide6.QtGui``.  Filtering here,
before PyInstaller follows each binary's dependencies, is what keeps out
the GTK platform theme together with the GTK, GLib and cairo libraries
it links, and Windows' software OpenGL renderer (``opengl32sw.dll``).
The keep-list is ``hooksconfig["scr_desktop_qt"]`` in the spec.
"""

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, _binaries, _datas = add_qt6_dependencies(__file__)


def _plugin_kept(src: str, dest: str, keep: dict[str, list[str]], never: list[str]) -> bool:
    import fnmatch
    import os

    base = os.path.basename(src)
    if any(fnmatch.fnmatch(base.lower(), pattern) for pattern in never):
        return False
    parts = dest.replace("\\", "/").split("/")
    if "plugins" not in parts:
        return True
    kind = "/".join(parts[parts.index("plugins") + 1:])
    stem = os.path.splitext(base)[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return any(fnmatch.fnmatch(stem, pattern) for pattern in keep.get(kind, []))


def hook(hook_api):  # type: ignore[no-untyped-def]
    """Hand PyInstaller only the plugins and libraries the keep-list allows."""
    keep = get_hook_config(hook_api, "scr_desktop_qt", "plugins") or {}
    never = get_hook_config(hook_api, "scr_desktop_qt", "never") or []
    hook_api.add_binaries([(s, d) for s, d in _binaries if _plugin_kept(s, d, keep, never)])
    hook_api.add_datas([(s, d) for s, d in _datas if _plugin_kept(s, d, keep, never)])
