#!/usr/bin/env bash
# Prove the build repeats: freeze twice from clean work folders and package
# each result as a .deb; the two folders and the two packages must be
# byte-identical.  Run after installer/build.sh (it reuses its environments).
#
#   bash installer/check_reproducible.sh
#
# Kept apart from build.sh because it repeats the slowest steps (about
# 1.5 x the CPU time of the freeze and .deb steps); CI runs it when
# SCR_CHECK_REPRODUCIBLE=1.  The MSI and setup.exe are not reproducible:
# wixl stamps a new package code and creation time, and signatures differ.
set -euo pipefail
cd "$(dirname "$0")/.."
work=build/installer
[ -x "$work/venv/bin/pyinstaller" ] || { echo "run installer/build.sh first" >&2; exit 2; }
export PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
export SOURCE_DATE_EPOCH
version=$("$work/venv/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
rm -rf "$work/repro"
for n in 1 2; do
  "$work/venv/bin/pyinstaller" --noconfirm --log-level ERROR --distpath "$work/repro/dist$n" \
    --workpath "$work/repro/work$n" installer/scr-desktop.spec
  mkdir -p "$work/repro/deb$n"
  bash installer/linux/build_deb.sh "$work/repro/dist$n/scr-desktop" "$work/icon" \
    "$work/repro/deb$n" "$version" >/dev/null
done
tree_hash() { (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum); }
if ! diff <(tree_hash "$work/repro/dist1/scr-desktop") <(tree_hash "$work/repro/dist2/scr-desktop") \
     >"$work/repro/diff.txt"; then
  echo "FAIL: two freezes differ:" >&2; head -20 "$work/repro/diff.txt" >&2; exit 1
fi
cmp "$work/repro/deb1/"*.deb "$work/repro/deb2/"*.deb \
  || { echo "FAIL: the two .deb packages differ" >&2; exit 1; }
echo "reproducible: two freezes byte-identical ($(tree_hash "$work/repro/dist1/scr-desktop" \
  | wc -l) files), two .deb packages identical ($(sha256sum "$work/repro/deb1/"*.deb | cut -c1-16))"
rm -rf "$work/repro"
