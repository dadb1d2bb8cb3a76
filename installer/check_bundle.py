"""Check that the frozen folder holds what it must and nothing it must not.

Usage (with the build environment's Python): ``python installer/check_bundle.py BUNDLE``

Must not hold: GNU readline, the standard library's ``sqlite3`` (module or
``_sqlite3`` extension; only SQLCipher's SQLite may be loaded), Tk, GTK and
the GLib/cairo/pango stack the GTK platform theme drags in, Qt translations,
Qt plugin kinds outside the spec's keep-list, Qt's network module,
``opengl32sw.dll``, anything packed with UPX.  The console executable's
archive must hold no Qt.  Must hold: both executables, the resources
(frameworks, fonts, word list, styles, icon) and the licence notices.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

FORBIDDEN_FILES = re.compile(
    r"(^|/)(lib)?(readline|history|sqlite3|tcl|tk|gtk|gdk|gdk_pixbuf|cairo|cairo-gobject|pango"
    r"|pangocairo|pangoft2|atk|atk-bridge|atspi|epoxy|Qt6Network|opengl32sw)[-.0-9]"
    r"|(^|/)(lib-dynload|_internal)/_sqlite3\.|(^|/)_tkinter|(^|/)libqgtk3|\.qm$", re.I)
ALLOWED_PLUGIN_KINDS = {"platforms", "platforminputcontexts", "platformthemes",
                        "xcbglintegrations", "wayland-decoration-client",
                        "wayland-shell-integration", "imageformats", "styles"}
REQUIRED = ["_internal/resources/frameworks/wt2015-scr.json",
            "_internal/resources/fonts/DejaVuSans.ttf",
            "_internal/resources/wordlists/eff_large_wordlist.txt",
            "_internal/resources/styles/app.qss",
            "_internal/resources/icons/scr-desktop.png",
            "THIRD-PARTY-NOTICES.txt"]
FORBIDDEN_MODULES = ("sqlite3", "readline", "tkinter", "_tkinter", "PySide6.QtNetwork")


def archive_modules(exe: Path) -> set[str]:
    """Return every module name in the executable's embedded archive."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(exe))
    names: set[str] = set()
    for entry, info in archive.toc.items():
        if info[-1] == "z":
            names.update(archive.open_embedded_archive(entry).toc)
    return names


def problems(bundle: Path) -> list[str]:
    """Return what is wrong with the bundle."""
    found = []
    suffix = ".exe" if (bundle / "scr-desktop.exe").exists() else ""
    app, cli = bundle / f"scr-desktop{suffix}", bundle / f"scr-desktop-cli{suffix}"
    for exe in (app, cli):
        if not exe.is_file():
            found.append(f"missing executable {exe.name}")
    found += [f"missing {r}" for r in REQUIRED if not (bundle / r).is_file()]
    for path in sorted(bundle.rglob("*")):
        rel = path.relative_to(bundle).as_posix()
        if FORBIDDEN_FILES.search(rel):
            found.append(f"must not be bundled: {rel}")
        if "/plugins/" in rel and path.is_file():
            kind = rel.split("/plugins/")[1].split("/")[0]
            if kind not in ALLOWED_PLUGIN_KINDS:
                found.append(f"Qt plugin kind not on the keep-list: {rel}")
        if path.is_file() and not path.is_symlink() and path.suffix not in (".txt", ".json"):
            with path.open("rb") as f:
                if b"UPX!" in f.read(4096):
                    found.append(f"packed with UPX: {rel}")
    if app.is_file() and cli.is_file():
        for exe in (app, cli):
            modules = archive_modules(exe)
            bad = sorted(m for m in modules
                         if m.split(".")[0] in FORBIDDEN_MODULES or m in FORBIDDEN_MODULES)
            found += [f"{exe.name} archive holds {m}" for m in bad]
        qt = sorted(m for m in archive_modules(cli) if m.startswith(("PySide6", "shiboken6")))
        if qt:
            found.append(f"the console executable's archive holds Qt: {qt[:3]}")
    return found


def main(argv: list[str]) -> int:
    """Check the bundle named by ``argv[0]``."""
    bundle = Path(argv[0])
    found = problems(bundle)
    for p in found:
        print(f"FAIL: {p}", file=sys.stderr)
    if not found:
        files = sum(1 for p in bundle.rglob("*") if p.is_file())
        print(f"bundle: {files} files; nothing excluded got in; console archive Qt-free")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
