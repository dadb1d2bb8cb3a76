#!/usr/bin/env bash
# Build, sign and check the MSI and the per-user setup.exe from a frozen folder.
# Usage: installer/windows/build_windows.sh BUNDLE ICON.ico OUTPUT_FOLDER VERSION TOOLS_PYTHON
#
# On Linux the folder is the Linux layout (ELF files, no .exe suffix): the
# point here is to build both installers with the real tools (wixl from
# msitools, makensis) and check their tables and file lists.  The Windows
# workflow (installer/ci/windows.yml) runs the same WiX and NSIS sources on
# the Windows layout and installs them for real.
# Signing: with SCR_SIGN_PFX and SCR_SIGN_PASS set, the uninstaller, the
# setup.exe and the MSI are signed (sign.sh) and each signature verified
# against SCR_SIGN_CERT.
set -euo pipefail
bundle=$(readlink -f "$1"); icon=$(readlink -f "$2"); out=$(readlink -f "$3"); version=$4
tools_python=$5
here=$(dirname "$(readlink -f "$0")")
work=$(mktemp -d "${TMPDIR:-/tmp}/scr-win.XXXXXX")
trap 'rm -rf "$work"' EXIT
exe=""; [ -e "$bundle/scr-desktop.exe" ] && exe=".exe"
signing=false; [ -n "${SCR_SIGN_PFX:-}" ] && signing=true
verify() {
  $signing || return 0
  osslsigncode verify -CAfile "$SCR_SIGN_CERT" -in "$1" >"$work/verify.txt" 2>&1 \
    || { cat "$work/verify.txt" >&2; echo "FAIL: signature of $1" >&2; exit 1; }
  echo "signed and verified: $(basename "$1")"
}

# --- MSI (wixl) ---------------------------------------------------------------
msi="$out/scr-desktop-$version.msi"
(cd "$(dirname "$bundle")" && find "$(basename "$bundle")" -type f | LC_ALL=C sort \
  | wixl-heat --directory-ref INSTALLDIR --component-group AppFiles --var var.SourceDir \
      -p "$(basename "$bundle")/" --win64) > "$work/files.wxs"
rel() { realpath --relative-to="$work" "$1"; }  # wixl takes no absolute source paths
(cd "$work" && wixl -a x64 -D Version="$version" -D SourceDir="$(rel "$bundle")" \
  -D IconFile="$(rel "$icon")" -D AppExe="scr-desktop.exe" -D Win64=yes -o "$msi" \
  "$here/scr-desktop.wxs" files.wxs)
"$tools_python" "$here/msi_check.py" fixup "$msi"
python3 "$here/msi_check.py" check "$msi" "$bundle"
if $signing; then bash "$here/sign.sh" "$msi"; fi
verify "$msi"

# --- per-user setup.exe (NSIS) ------------------------------------------------
setup="$out/scr-desktop-$version-setup.exe"
size_kb=$(du -sk "$bundle" | cut -f1)
sign_args=()
if $signing; then sign_args=("-DSIGN=bash $here/sign.sh"); fi
makensis -V2 -DVERSION="$version" -DBUNDLE="$bundle" -DICON="$icon" -DOUTFILE="$setup" \
  -DEXE="$exe" -DSIZE_KB="$size_kb" "${sign_args[@]}" "$here/scr-desktop.nsi" >"$work/nsis.log" \
  || { cat "$work/nsis.log" >&2; exit 1; }
verify "$setup"
if $signing; then  # the uninstaller inside was signed before it was embedded
  (cd "$work" && 7z x -y "$setup" uninstall.exe >/dev/null)
  verify "$work/uninstall.exe"
fi
# The installer's payload, as 7-Zip reads it, is the bundle file for file.
7z l -ba -slt "$setup" | sed -n 's/^Path = //p' | grep -v '^\$PLUGINSDIR/' \
  | grep -v '^uninstall.exe$' | LC_ALL=C sort > "$work/setup.list"
(cd "$bundle" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort) \
  > "$work/bundle.list"
if ! diff -q "$work/bundle.list" "$work/setup.list" >/dev/null; then
  diff "$work/bundle.list" "$work/setup.list" | sed -n 1,10p >&2
  echo "FAIL: setup.exe does not hold exactly the bundle" >&2; exit 1
fi
grep -q 'RequestExecutionLevel user' "$here/scr-desktop.nsi"
echo "setup.exe: $(wc -l < "$work/setup.list") files, the bundle exactly; per-user (no elevation)"
