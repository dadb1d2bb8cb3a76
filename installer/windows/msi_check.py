"""Fix up and check the MSI that wixl builds.

Usage: ``python installer/windows/msi_check.py fixup|check MSI [BUNDLE]``
(``fixup`` needs ``olefile``; ``check`` only the standard library and msitools).

``fixup`` repairs what wixl writes wrongly or cannot write:

* ``Root="HKMU"`` comes out as 4 in the Registry table; Windows Installer's
  value for "HKCU or HKLM, as ALLUSERS decides" is -1.
* ``InstallPrivileges="limited"`` is not supported: the Word Count summary
  property gets bit 3 (8, "elevated privileges are not required") so that
  a per-user install shows no UAC prompt.

``check`` reads the tables back with ``msiinfo`` and fails unless: the
package is dual-purpose (ALLUSERS=2, MSIINSTALLPERUSER=1, Word Count has
bit 3); the registry key path is per-installation (-1); the upgrade table
refuses downgrades; the Start-menu shortcut targets the application; and
the File table holds exactly the bundle's files, path for path and size
for size.
"""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

WORD_COUNT = 15  # PID_WORDCOUNT in the summary information property set
NO_ELEVATION = 8


def table(msi: Path, name: str) -> list[list[str]]:
    """Return the rows of table ``name`` (msiinfo export; three header lines skipped)."""
    out = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True,
                         text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]


def word_count(msi: Path) -> int:
    """Return the Word Count summary property."""
    import olefile

    with olefile.OleFileIO(str(msi)) as ole:
        return int(ole.get_metadata().num_words)


def set_word_count_bit(msi: Path, bit: int) -> None:
    """Set ``bit`` in the Word Count summary property, in place."""
    import olefile

    with olefile.OleFileIO(str(msi), write_mode=True) as ole:
        stream = "\x05SummaryInformation"
        data = bytearray(ole.openstream(stream).read())
        (section_offset,) = struct.unpack_from("<I", data, 44)
        (count,) = struct.unpack_from("<I", data, section_offset + 4)
        for i in range(count):
            pid, offset = struct.unpack_from("<II", data, section_offset + 8 + 8 * i)
            if pid == WORD_COUNT:
                at = section_offset + offset
                vtype, value = struct.unpack_from("<Ii", data, at)
                if vtype != 3:  # VT_I4
                    raise SystemExit(f"Word Count has type {vtype}, expected VT_I4")
                struct.pack_into("<i", data, at + 4, value | bit)
                ole.write_stream(stream, bytes(data))
                return
    raise SystemExit("the MSI's summary information has no Word Count")


def fixup(msi: Path) -> None:
    """Repair the Registry roots and the privileges bit."""
    subprocess.run(["msibuild", str(msi), "-q",
                    "UPDATE `Registry` SET `Root` = -1 WHERE `Root` = 4"], check=True)
    set_word_count_bit(msi, NO_ELEVATION)


def msi_files(msi: Path) -> dict[str, int]:
    """Return {relative path: size} of every file the MSI installs under INSTALLDIR."""
    dirs = {row[0]: (row[1], row[2].split("|")[-1]) for row in table(msi, "Directory")}

    def path_of(directory: str) -> str:
        parts = []
        while directory and directory != "INSTALLDIR":
            parent, name = dirs[directory]
            if name not in (".", ""):
                parts.append(name.split(":")[-1])
            directory = parent
        return "/".join(reversed(parts))

    components = {row[0]: row[2] for row in table(msi, "Component")}
    files = {}
    for row in table(msi, "File"):
        _file, component, name, size = row[:4]
        folder = path_of(components[component])
        files[f"{folder}/{name.split('|')[-1]}".lstrip("/")] = int(size)
    return files


def check(msi: Path, bundle: Path) -> list[str]:
    """Return what is wrong with the MSI (empty if nothing)."""
    problems = []
    props = {row[0]: row[1] for row in table(msi, "Property")}
    if props.get("ALLUSERS") != "2" or props.get("MSIINSTALLPERUSER") != "1":
        problems.append(f"not dual-purpose: ALLUSERS={props.get('ALLUSERS')} "
                        f"MSIINSTALLPERUSER={props.get('MSIINSTALLPERUSER')}")
    suminfo = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True,
                             check=True).stdout
    words = [ln for ln in suminfo.splitlines() if ln.startswith("Source:")]
    if not words or not int(words[0].split()[1]) & NO_ELEVATION:
        problems.append(f"Word Count lacks 'no elevation needed': {words}")
    roots = {row[1] for row in table(msi, "Registry")}
    if roots != {"-1"}:
        problems.append(f"registry roots are {roots}, expected -1 (HKMU)")
    upgrades = table(msi, "Upgrade")
    if not any(row[1] and not row[2] for row in upgrades):  # VersionMin set, no VersionMax
        problems.append("no downgrade detection in the Upgrade table")
    shortcuts = table(msi, "Shortcut")
    if not shortcuts or not any("[INSTALLDIR]scr-desktop" in row[4] for row in shortcuts):
        problems.append(f"no Start-menu shortcut to the application: {shortcuts}")
    wanted = {str(p.relative_to(bundle)): p.stat().st_size
              for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()}
    got = msi_files(msi)
    missing, extra = sorted(set(wanted) - set(got)), sorted(set(got) - set(wanted))
    wrong = sorted(k for k in set(wanted) & set(got) if wanted[k] != got[k])
    for label, items in (("missing", missing), ("unexpected", extra), ("wrong size", wrong)):
        if items:
            problems.append(f"{len(items)} files {label} in the MSI, e.g. {items[:3]}")
    if not problems:
        print(f"msi: dual-purpose, HKMU key path, downgrade refused, shortcut, "
              f"{len(got)} files match the bundle")
    return problems


def main(argv: list[str]) -> int:
    """Run ``fixup`` or ``check``."""
    if len(argv) < 2 or argv[0] not in ("fixup", "check"):
        sys.stderr.write(__doc__ or "")
        return 2
    msi = Path(argv[1])
    if argv[0] == "fixup":
        fixup(msi)
        return 0
    problems = check(msi, Path(argv[2]))
    for p in problems:
        print(f"FAIL: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
