"""Licence notices, the CycloneDX SBOM and the licence gate, all read from the frozen bundle.

Usage (with the build environment's Python, whose packages were frozen)::

    python installer/notices.py --bundle dist/installer/scr-desktop \
        --toc build/installer/work/scr-desktop/COLLECT-00.toc \
        --cyclonedx build/installer/tools/bin/cyclonedx-py --out dist/installer

What is bundled is read from the bundle itself: the Python modules inside
each executable's archive and every shared library in the folder.  Where
each library came from is read from PyInstaller's collection record
(``COLLECT-00.toc``): a wheel (owned by a distribution's ``RECORD``), the
Python interpreter, or the build machine's system (owned by a Debian
package, whose ``copyright`` file is quoted).

Writes ``THIRD-PARTY-NOTICES.txt`` (also into the bundle) and
``scr-desktop.cdx.json``: cyclonedx-py's record of the Python packages,
cut down to those bundled, plus one component per native library file
(with its SHA-256) and the libraries compiled into them (Qt, SQLCipher and
its SQLite, the OpenSSLs, qpdf, libxml2/libxslt, the image libraries).

Exits 1 if a GPL-only library or package is bundled (GNU readline is the
known case), or if a bundled library's origin or licence cannot be found.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import importlib.metadata as md
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LICENCES = Path(__file__).resolve().parent / "licenses"
GPL_ONLY_LIBRARIES = re.compile(r"^(lib)?(readline|history|gdbm|gdbm_compat)[.\-]", re.I)
NATIVE = re.compile(r"\.(so(\.[0-9.]+)?|dll|dylib|pyd)$", re.I)


@dataclass
class Origin:
    """Where a group of bundled files came from, and under which licence."""

    kind: str  # "python", "interpreter", "debian"
    name: str
    version: str
    licence: str
    texts: list[tuple[str, str]] = field(default_factory=list)  # (title, text)
    files: list[str] = field(default_factory=list)  # bundle paths


def norm(name: str) -> str:
    """Normalise a distribution name (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def purl_name(name: str) -> str:
    """Return ``name`` as a package-URL name."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def bundled_modules(bundle: Path) -> set[str]:
    """Return the top-level Python module names inside every executable's archive."""
    from PyInstaller.archive.readers import CArchiveReader

    names: set[str] = set()
    for exe in bundle.iterdir():
        program = exe.suffix.lower() == ".exe" or (exe.suffix == "" and os.access(exe, os.X_OK))
        if not exe.is_file() or not program:
            continue
        archive = CArchiveReader(str(exe))
        for entry, info in archive.toc.items():
            if info[-1] == "z":
                names.update(m.split(".")[0] for m in archive.open_embedded_archive(entry).toc)
    return names


def python_origin(dist: md.Distribution) -> Origin:
    """A Python distribution's origin: its licence (expression, field or classifiers) and
    the licence texts its wheel carries."""
    meta = dist.metadata
    licence = (meta.get("License-Expression") or meta.get("License") or "").strip()
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if not licence or len(licence) > 80:
        licence = " / ".join(classifiers) or licence[:80] or "see the licence text"
    texts = []
    for f in dist.files or []:
        if re.search(r"(LICEN[CS]E|COPYING|NOTICE)", f.name, re.I) and (
                ".dist-info" in str(f) or f.name.lower() == "license.txt"):
            path = Path(str(dist.locate_file(f)))
            if path.is_file():
                texts.append((str(f), path.read_text(encoding="utf-8", errors="replace")))
    if not texts and "LGPL-3.0" in licence:  # Qt for Python wheels carry no licence file
        texts = [("LGPL-3.0", (LICENCES / "LGPL-3.0.txt").read_text(encoding="utf-8")),
                 ("GPL-3.0 (referred to by LGPL-3.0)",
                  (LICENCES / "GPL-3.0.txt").read_text(encoding="utf-8"))]
    return Origin("python", meta["Name"], dist.version, licence, texts)


def python_distributions(bundle: Path, toc: list[tuple[str, str, str]]) -> dict[str, Origin]:
    """Return the distributions that supplied bundled modules or files."""
    owners = md.packages_distributions()
    wanted = {norm(d) for m in bundled_modules(bundle) for d in owners.get(m, [])}
    by_file: dict[str, str] = {}
    dists = {norm(d.metadata["Name"]): d for d in md.distributions()}
    for key, dist in dists.items():
        for f in dist.files or []:
            by_file[str(Path(str(dist.locate_file(f))).resolve())] = key
    for _dest, src, _kind in toc:
        owner = by_file.get(str(Path(src).resolve()))
        if owner:
            wanted.add(owner)
    wanted.discard(norm("scr-desktop"))
    result = {key: python_origin(dists[key]) for key in sorted(wanted)}
    for dest, src, _kind in toc:
        owner = by_file.get(str(Path(src).resolve()))
        if owner in result:
            result[owner].files.append(dest)
    return result


def debian_owners(paths: list[str]) -> dict[str, str]:
    """Map each system file to the Debian package that installed it (none off Debian)."""
    if not paths or shutil.which("dpkg-query") is None:
        return {}
    candidates: dict[str, str] = {}
    for p in paths:
        real = os.path.realpath(p)
        for c in (p, real):
            candidates[c] = p
            for a, b in (("/usr/lib/", "/lib/"), ("/lib/", "/usr/lib/")):
                if c.startswith(a):
                    candidates[b + c[len(a):]] = p
    done = subprocess.run(["dpkg-query", "-S", *candidates], capture_output=True, text=True,
                          check=False)
    owners = {}
    for line in done.stdout.splitlines():
        pkg, _, path = line.partition(": ")
        if path in candidates and "," not in pkg:
            owners[candidates[path]] = pkg.split(":")[0]
    return owners


def debian_origin(pkg: str) -> Origin:
    """Return a Debian package's version and copyright file."""
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True,
                             text=True, check=False).stdout.strip()
    copyright_file = Path("/usr/share/doc") / pkg / "copyright"
    text = copyright_file.read_text(encoding="utf-8", errors="replace") \
        if copyright_file.is_file() else ""
    licences = sorted({m.strip() for m in re.findall(r"^License:[ \t]*(\S[^\n]*)", text, re.M)})
    return Origin("debian", pkg, version, " / ".join(licences) or "see copyright",
                  [(str(copyright_file), text)] if text else [])


def interpreter_origin() -> Origin:
    """Return the Python interpreter (its standard library and extension modules)."""
    licence_file = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    texts = [("Python LICENSE.txt", licence_file.read_text(encoding="utf-8"))] \
        if licence_file.is_file() else []
    return Origin("interpreter", "CPython", sys.version.split()[0], "PSF-2.0", texts)


def origins(bundle: Path, toc: list[tuple[str, str, str]]) -> tuple[dict[str, Origin], list[str]]:
    """Group every bundled native file by origin; return them and the unexplained files."""
    groups = python_distributions(bundle, toc)
    claimed = {f for o in groups.values() for f in o.files}
    interpreter = interpreter_origin()
    prefixes = tuple(str(Path(p).resolve()) for p in {sys.base_prefix, sys.base_exec_prefix})
    system: list[tuple[str, str]] = []
    for dest, src, kind in toc:
        if dest in claimed or kind not in ("BINARY", "EXTENSION"):
            continue
        if str(Path(src).resolve()).startswith(prefixes):
            interpreter.files.append(dest)
        else:
            system.append((dest, src))
    groups["cpython"] = interpreter
    owners = debian_owners([src for _d, src in system])
    unexplained = []
    for dest, src in system:
        pkg = owners.get(src)
        if pkg is None:
            unexplained.append(f"{dest} (from {src})")
            continue
        key = f"deb:{pkg}"
        if key not in groups:
            groups[key] = debian_origin(pkg)
        groups[key].files.append(dest)
    return groups, unexplained


def embedded_components(bundle: Path) -> list[dict[str, object]]:
    """Return the libraries compiled into bundled binaries, with their run-time versions."""
    from cryptography.hazmat.backends.openssl.backend import backend
    from lxml import etree
    from PIL import features
    from PySide6.QtCore import qVersion
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(":memory:")
    conn.execute("PRAGMA key = 'sbom'")
    provider = conn.execute("PRAGMA cipher_provider_version").fetchone()
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0].split()[0]
    import pikepdf

    def v(parts: tuple[int, ...]) -> str:
        return ".".join(str(p) for p in parts)

    found = [
        ("Qt", qVersion(), "LGPL-3.0-only", "PySide6/Qt/lib", "pkg:generic/qt@{v}"),
        ("SQLCipher", cipher, "BSD-3-Clause", "sqlcipher3", "pkg:github/sqlcipher/sqlcipher@v{v}"),
        ("SQLite (in SQLCipher)", dbapi2.sqlite_version, "blessing", "sqlcipher3",
         "pkg:generic/sqlite@{v}"),
        ("OpenSSL (in SQLCipher)", (provider[0] if provider else "").replace("OpenSSL ", "")
         .split()[0] if provider and provider[0] else "unknown", "Apache-2.0", "sqlcipher3",
         "pkg:generic/openssl@{v}"),
        ("OpenSSL (in cryptography)", backend.openssl_version_text().split()[1], "Apache-2.0",
         "cryptography/hazmat/bindings", "pkg:generic/openssl@{v}"),
        ("qpdf", pikepdf.__libqpdf_version__, "Apache-2.0", "pikepdf.libs",
         "pkg:github/qpdf/qpdf@v{v}"),
        ("libxml2", v(etree.LIBXML_VERSION), "MIT", "lxml", "pkg:generic/libxml2@{v}"),
        ("libxslt", v(etree.LIBXSLT_VERSION), "MIT", "lxml", "pkg:generic/libxslt@{v}"),
    ]
    for feature, module, name, licence in (
            ("libjpeg_turbo", "_imaging", "libjpeg-turbo", "IJG AND BSD-3-Clause AND Zlib"),
            ("jpg_2000", "_imaging", "OpenJPEG", "BSD-2-Clause"),
            ("libtiff", "_imaging", "libtiff", "libtiff"),
            ("webp", "_webp", "libwebp", "BSD-3-Clause"),
            ("avif", "_avif", "libavif", "BSD-2-Clause"),
            ("littlecms2", "_imagingcms", "Little CMS", "MIT"),
            ("freetype2", "_imagingft", "FreeType", "FTL OR GPL-2.0-or-later")):
        version = features.version(feature)
        if version and any((bundle / "_internal" / "PIL").glob(f"{module}.*")):
            found.append((name, version, licence, f"pillow.libs (PIL/{module})",
                          f"pkg:generic/{purl_name(name)}@{{v}}"))
    return [{"type": "library", "bom-ref": f"embedded:{purl_name(name)}", "name": name,
             "version": version, "purl": purl.format(v=version),
             "licenses": [{"expression": licence}] if " " in licence or "-" in licence
             else [{"license": {"name": licence}}],
             "properties": [{"name": "scr-desktop:inside", "value": where}]}
            for name, version, licence, where, purl in found]


def sha256(path: Path) -> str:
    """Return the SHA-256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_notices(groups: dict[str, Origin], bundle: Path, out: Path, version: str) -> str:
    """Write THIRD-PARTY-NOTICES.txt and return its text."""
    qt = next((o for o in groups.values() if norm(o.name) == "pyside6-essentials"), None)
    qt_version = qt.version if qt else "unknown"
    lines = [
        f"SCR Desktop {version}: notices for the third-party software it includes",
        "=" * 78, "",
        "Qt and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser General",
        "Public License version 3 (LGPL-3.0).  They are bundled as separate, unmodified",
        "shared libraries (Linux: _internal/PySide6/ and _internal/libQt6*.so.6; Windows:",
        "_internal\\PySide6\\Qt6*.dll) that you may replace with your own compatible build.",
        f"The Qt {qt_version} sources are at https://download.qt.io/ and",
        "https://code.qt.io/; on written request to the publisher of this copy, within",
        "three years of receiving it, we will provide the complete corresponding source",
        "of the Qt and Qt for Python versions bundled, for no more than the cost of",
        "providing it.  The licence texts follow in the PySide6-Essentials section.", "",
        "Fonts: DejaVu Sans (resources/fonts/LICENSE-DejaVu.txt, quoted below).",
        "Word list: the EFF long word list, CC BY 3.0 US (quoted below).", "",
        "Contents", "-" * 8,
    ]
    ordered = sorted(groups.values(), key=lambda o: (o.kind, o.name.lower()))
    for o in ordered:
        lines.append(f"  {o.name} {o.version} ({o.kind}): {o.licence}")
    lines += ["  DejaVu fonts: Bitstream Vera / DejaVu licence",
              "  EFF long word list: CC-BY-3.0-US", ""]
    for title, path in (("DejaVu fonts", ROOT / "resources/fonts/LICENSE-DejaVu.txt"),
                        ("EFF long word list",
                         ROOT / "resources/wordlists/LICENSE-EFF-wordlist.txt")):
        lines += ["", "#" * 78, f"# {title}", "#" * 78, "",
                  path.read_text(encoding="utf-8").rstrip()]
    for o in ordered:
        lines += ["", "#" * 78, f"# {o.name} {o.version}  -  {o.licence}", "#" * 78]
        if o.files:
            shown = ", ".join(sorted(Path(f).name for f in o.files)[:12])
            more = f" and {len(o.files) - 12} more" if len(o.files) > 12 else ""
            lines.append(f"Bundled files: {shown}{more}")
        for title, text in o.texts:
            lines += ["", f"--- {title} ---", "", text.rstrip()]
    text = "\n".join(lines) + "\n"
    for target in (out / "THIRD-PARTY-NOTICES.txt", bundle / "THIRD-PARTY-NOTICES.txt"):
        target.write_text(text, encoding="utf-8")
    return text


def write_sbom(groups: dict[str, Origin], bundle: Path, out: Path, cyclonedx: str,
               version: str) -> Path:
    """Write the CycloneDX SBOM: bundled Python packages plus native libraries."""
    raw = out / "cyclonedx-environment.json"
    subprocess.run([cyclonedx, "environment", "--output-reproducible", "--of", "JSON",
                    "--pyproject", str(ROOT / "pyproject.toml"), "-o", str(raw),
                    sys.executable], check=True)
    bom = json.loads(raw.read_text(encoding="utf-8"))
    raw.unlink()
    keep = {norm(o.name) for o in groups.values() if o.kind == "python"}
    components = [c for c in bom.get("components", []) if norm(c["name"]) in keep]
    refs = {c["bom-ref"] for c in components} | {bom["metadata"]["component"]["bom-ref"]}
    bom["metadata"]["component"]["version"] = version
    for o in groups.values():
        if o.kind == "python":
            continue
        for dest in sorted(set(o.files)):
            path = bundle / "_internal" / dest
            if not path.is_file():
                continue
            purl = (f"pkg:deb/debian/{o.name}@{o.version}?arch=amd64" if o.kind == "debian"
                    else f"pkg:generic/cpython@{o.version}")
            components.append({
                "type": "library", "bom-ref": f"file:{dest}", "name": Path(dest).name,
                "version": o.version, "purl": purl,
                "licenses": [{"license": {"name": o.licence[:200]}}],
                "hashes": [{"alg": "SHA-256", "content": sha256(path)}],
                "properties": [{"name": "scr-desktop:path", "value": f"_internal/{dest}"},
                               {"name": "scr-desktop:origin", "value": f"{o.kind} {o.name}"}]})
    for o in groups.values():
        if o.kind != "python":
            continue
        for dest in sorted(set(o.files)):
            path = bundle / "_internal" / dest
            if NATIVE.search(dest) and path.is_file():
                components.append({
                    "type": "library", "bom-ref": f"file:{dest}", "name": Path(dest).name,
                    "version": o.version, "hashes": [{"alg": "SHA-256", "content": sha256(path)}],
                    "properties": [{"name": "scr-desktop:path", "value": f"_internal/{dest}"},
                                   {"name": "scr-desktop:origin", "value": f"wheel {o.name}"}]})
    components += embedded_components(bundle)
    refs |= {c["bom-ref"] for c in components}
    bom["components"] = components
    bom["dependencies"] = [
        {"ref": d["ref"], "dependsOn": [r for r in d.get("dependsOn", []) if r in refs]}
        for d in bom.get("dependencies", []) if d["ref"] in refs]
    target = out / "scr-desktop.cdx.json"
    target.write_text(json.dumps(bom, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return target


def licence_gate(groups: dict[str, Origin], bundle: Path, unexplained: list[str]) -> list[str]:
    """Return the reasons the bundle may not be shipped (empty if none)."""
    problems = [f"bundled library of unknown origin: {u}" for u in unexplained]
    for path in bundle.rglob("*"):
        if GPL_ONLY_LIBRARIES.match(path.name):
            problems.append(f"GPL-only library bundled: {path.relative_to(bundle)}")
    for o in groups.values():
        lic = o.licence.upper()
        if o.kind == "python" and "GPL" in lic and "LGPL" not in lic and " OR " not in lic:
            problems.append(f"GPL-only Python package bundled: {o.name} ({o.licence})")
        if not o.texts:
            problems.append(f"no licence text found for {o.name} {o.version}")
    return problems


def main() -> int:
    """Generate the notices and the SBOM, then apply the licence gate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, required=True)
    parser.add_argument("--toc", type=Path, required=True)
    parser.add_argument("--cyclonedx", required=True)
    parser.add_argument("--out", type=Path, required=True)
    opts = parser.parse_args()
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["version"]
    toc = ast.literal_eval(opts.toc.read_text(encoding="utf-8"))[0]
    groups, unexplained = origins(opts.bundle, toc)
    problems = licence_gate(groups, opts.bundle, unexplained)
    write_notices(groups, opts.bundle, opts.out, version)
    sbom = write_sbom(groups, opts.bundle, opts.out, opts.cyclonedx, version)
    counts = {k: sum(1 for o in groups.values() if o.kind == k)
              for k in ("python", "interpreter", "debian")}
    print(f"notices: {counts['python']} Python packages, the interpreter, "
          f"{counts['debian']} Debian packages; SBOM {sbom.name}: "
          f"{len(json.loads(sbom.read_text())['components'])} components")
    for p in problems:
        print(f"FAIL: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
