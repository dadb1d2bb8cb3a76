#!/usr/bin/env bash
# Build SCR Desktop for release and smoke-test what was built, not the source.
#
#   bash installer/build.sh            everything below, into dist/installer/
#
#  1. tools: apt packages (msitools, wixl, nsis, osslsigncode, desktop-file-utils,
#     p7zip-full, qpdf, poppler-utils, ...) when missing; a build environment
#     (build/installer/venv: the app installed from this checkout plus the
#     pinned PyInstaller, pyproject's "build" extra) and a tools environment
#     (build/installer/tools: cyclonedx-bom, olefile).
#  2. freeze (installer/scr-desktop.spec) with PYTHONHASHSEED=0 and
#     SOURCE_DATE_EPOCH = the last commit's time, so rebuilds are byte-identical
#     (installer/check_reproducible.sh proves it); check what got in.
#  3. THIRD-PARTY-NOTICES.txt, the CycloneDX SBOM, the GPL-only gate.
#  4. smoke-test the frozen folder: assess on every scenario (identical to the
#     source), the window offscreen through vault, case, export, audit; the
#     PDF opened with qpdf and pdftotext.
#  5. the .deb; install, run and purge it under dpkg --root (never the host).
#  6. a throw-away signing certificate; the MSI and setup.exe, built, signed,
#     verified and their tables and file lists checked.
#  7. SHA256SUMS.
set -euo pipefail
trap 'echo "FAIL: installer/build.sh stopped at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
root=$PWD
out=dist/installer
work=build/installer
started=$(date +%s)
stage() { echo "== $* ($(( $(date +%s) - started )) s)"; }

export PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH

stage "tools"
apt_tools=(binutils dpkg-dev fakeroot desktop-file-utils msitools wixl nsis osslsigncode
           p7zip-full openssl qpdf poppler-utils libegl1 libgl1 libxkbcommon0 libfontconfig1
           libdbus-1-3 python3-venv)
missing=()
for p in "${apt_tools[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing build tools: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
py="${PYTHON:-python3}"
[ -x "$work/venv/bin/python" ] || "$py" -m venv "$work/venv"
[ -x "$work/tools/bin/python" ] || "$py" -m venv "$work/tools"
"$work/venv/bin/python" -m pip install -q --upgrade pip >/dev/null
"$work/venv/bin/python" -m pip install -q '.[build]' 2>&1 | grep -v "is ignored" || true
"$work/tools/bin/python" -m pip install -q cyclonedx-bom==7.5.0 olefile==0.47 2>&1 \
  | grep -v "is ignored" || true
version=$("$work/venv/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
code_version=$("$work/venv/bin/python" -c 'import scr_desktop; print(scr_desktop.__version__)')
[ "$version" = "$code_version" ] || {
  echo "FAIL: pyproject.toml says $version, scr_desktop.__version__ says $code_version" >&2; exit 1; }

stage "freeze $version"
rm -rf "$work/work" "$work/icon" "$out"
mkdir -p "$out"
"$work/venv/bin/python" installer/make_icon.py "$work/icon"
SCR_DESKTOP_ICON="$root/$work/icon/scr-desktop.ico" "$work/venv/bin/pyinstaller" --noconfirm \
  --log-level WARN --distpath "$out" --workpath "$work/work" installer/scr-desktop.spec \
  2>&1 | grep -v "required via ctypes not found" || true
[ -x "$out/scr-desktop/scr-desktop" ] || { echo "FAIL: PyInstaller built nothing" >&2; exit 1; }
bundle="$out/scr-desktop"

stage "notices, SBOM, licence gate"
"$work/venv/bin/python" installer/notices.py --bundle "$bundle" \
  --toc "$work/work/scr-desktop/COLLECT-00.toc" --cyclonedx "$work/tools/bin/cyclonedx-py" \
  --out "$out"
"$work/tools/bin/python" - "$out/scr-desktop.cdx.json" <<'EOF'
import sys
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator
error = JsonStrictValidator(SchemaVersion.V1_6).validate_str(open(sys.argv[1]).read())
if error:
    sys.exit(f"FAIL: the SBOM is not valid CycloneDX 1.6: {getattr(error.data, 'message', error)}")
print("SBOM: valid CycloneDX 1.6")
EOF
"$work/venv/bin/python" installer/check_bundle.py "$bundle"
echo "bundle size: $(du -sh "$bundle" | cut -f1)"

stage "smoke test of the frozen folder"
python3 installer/smoke_test.py --bundle "$bundle" --python "$work/venv/bin/python" \
  ${SCR_SMOKE_TIMING:+--timing}

stage ".deb"
deb=$(bash installer/linux/build_deb.sh "$bundle" "$work/icon" "$out" "$version")
bash installer/linux/test_deb.sh "$deb" "$work/venv/bin/python"

stage "MSI and setup.exe (signed with a throw-away test certificate)"
rm -rf "$work/signing"
bash installer/windows/test_cert.sh "$work/signing"
SCR_SIGN_PFX="$root/$work/signing/test.pfx" SCR_SIGN_PASS="$root/$work/signing/test.pass" \
SCR_SIGN_CERT="$root/$work/signing/test-cert.pem" \
  bash installer/windows/build_windows.sh "$bundle" "$work/icon/scr-desktop.ico" "$out" \
    "$version" "$work/tools/bin/python"
cp "$work/signing/test-cert.pem" "$out/TEST-SIGNING-CERTIFICATE.pem"

stage "SHA256SUMS"
(cd "$out" && sha256sum -- *.deb *.msi *.exe *.cdx.json THIRD-PARTY-NOTICES.txt > SHA256SUMS \
  && sha256sum -c --quiet SHA256SUMS && cat SHA256SUMS)
stage "done: $out"
