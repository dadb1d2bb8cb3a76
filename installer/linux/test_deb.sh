#!/usr/bin/env bash
# Install, run and remove the .deb in isolation, without touching the host.
# Usage: installer/linux/test_deb.sh PACKAGE.deb VENV_PYTHON
#
# Isolation: dpkg --root into a fresh temporary folder holding an empty dpkg
# database (its own status file, its own log).  The host's /opt, /usr and
# package database are never written; the package has no maintainer scripts,
# so nothing runs as root inside or outside the folder.  Under a non-root
# user dpkg runs inside fakeroot.  Dependencies are not installed into the
# empty database (--force-depends); the installed program uses the host's
# libGL and glibc, which is what an installed system provides.
set -euo pipefail
deb=$(readlink -f "$1"); python=$2
here=$(dirname "$(readlink -f "$0")")
root=$(mktemp -d "${TMPDIR:-/tmp}/scr-deb-root.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
: > "$root/var/lib/dpkg/status"; : > "$root/var/lib/dpkg/available"
wrap=(); [ "$(id -u)" -eq 0 ] || wrap=(fakeroot)
dpkg_in() { "${wrap[@]}" dpkg --root="$root" --log="$root/dpkg.log" --force-depends "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
host_before=$(ls -d /opt/scr-desktop /usr/bin/scr-desktop 2>/dev/null || true)

dpkg_in -i "$deb" >/dev/null 2>"$root/install.err" || { cat "$root/install.err" >&2; fail "dpkg -i"; }
status=$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}' scr-desktop)
[ "$status" = "install ok installed" ] || fail "status after install: $status"
for f in /opt/scr-desktop/scr-desktop /opt/scr-desktop/scr-desktop-cli /usr/bin/scr-desktop \
         /opt/scr-desktop/THIRD-PARTY-NOTICES.txt /usr/share/icons/hicolor/256x256/apps/scr-desktop.png \
         /usr/share/applications/scr-desktop.desktop; do
  [ -e "$root$f" ] || fail "$f not installed"
done
desktop-file-validate "$root/usr/share/applications/scr-desktop.desktop" || fail "desktop entry"

# The installed command dispatches: headless commands to the console program.
"$root/usr/bin/scr-desktop" frameworks | grep -q "wt2015-scr" || fail "installed: frameworks"
"$root/usr/bin/scr-desktop" help | grep -q "assess FILE.json" || fail "installed: help"
# The installed copy passes the same window self-test as the build folder.
python3 "$here/../smoke_test.py" --bundle "$root/opt/scr-desktop" --python "$python" --only gui \
  | tail -1
files=$(dpkg-query --admindir="$root/var/lib/dpkg" -L scr-desktop | wc -l)

dpkg_in -P scr-desktop >/dev/null || fail "dpkg -P"
left=$( (find "$root/opt" "$root/usr" -mindepth 1 \( -type f -o -type l \) 2>/dev/null || true) \
        | sed -n 1,5p)
[ -z "$left" ] || fail "files left after removal: $left"
status=$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}' scr-desktop 2>/dev/null \
         || echo "not-installed")
case "$status" in *not-installed*|"") ;; *) fail "status after purge: $status" ;; esac
host_after=$(ls -d /opt/scr-desktop /usr/bin/scr-desktop 2>/dev/null || true)
[ "$host_before" = "$host_after" ] || fail "the host's /opt or /usr/bin changed"
echo "deb: installed ($files paths) under dpkg --root, ran, purged; nothing left"
