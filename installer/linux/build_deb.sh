#!/usr/bin/env bash
# Package the frozen folder as a Debian package.
# Usage: installer/linux/build_deb.sh BUNDLE ICON_FOLDER OUTPUT_FOLDER VERSION
#
# Layout: the program under /opt/scr-desktop, the command /usr/bin/scr-desktop
# (scr-desktop.sh), a desktop entry and hicolor icons.  No maintainer scripts:
# the desktop and icon caches are refreshed by their own packages' dpkg
# triggers, so the package installs and removes with dpkg alone.
# xz level 1 keeps the CI stage short (75 MB instead of 65 MB at level 6);
# SCR_DEB_XZ_LEVEL=6 for a smaller release download.
# Depends: the libraries the bundle links but does not carry (found with
# readelf, owners found with dpkg), and the build machine's glibc or newer.
set -euo pipefail
bundle=$(readlink -f "$1"); icons=$(readlink -f "$2"); out=$(readlink -f "$3"); version=$4
here=$(dirname "$(readlink -f "$0")")
root=$(cd "$here/../.." && pwd)
arch=$(dpkg --print-architecture)
stage=$(mktemp -d "${TMPDIR:-/tmp}/scr-deb.XXXXXX")
trap 'rm -rf "$stage"' EXIT

install -d "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/doc/scr-desktop" "$stage/DEBIAN"
cp -a "$bundle" "$stage/opt/scr-desktop"
install -m 0755 "$here/scr-desktop.sh" "$stage/usr/bin/scr-desktop"
install -m 0644 "$here/scr-desktop.desktop" "$stage/usr/share/applications/scr-desktop.desktop"
for size in 16 24 32 48 64 128 256; do
  install -D -m 0644 "$icons/scr-desktop-$size.png" \
    "$stage/usr/share/icons/hicolor/${size}x${size}/apps/scr-desktop.png"
done
install -D -m 0644 "$root/resources/icons/scr-desktop.svg" \
  "$stage/usr/share/icons/hicolor/scalable/apps/scr-desktop.svg"
cat > "$stage/usr/share/doc/scr-desktop/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: SCR Desktop
Comment: The licences of everything bundled under /opt/scr-desktop are in
 /opt/scr-desktop/THIRD-PARTY-NOTICES.txt (Qt under the LGPL-3.0, with the
 source offer), and its software bill of materials is published beside the
 package.
EOF

# Libraries the bundle links but does not carry come from the system.
carried=$(find "$bundle" \( -name '*.so*' -o -type f -perm -u+x \) -printf '%f\n' | sort -u)
needed=$(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
  | xargs -0 readelf -d 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u)
missing=$(comm -23 <(echo "$needed") <(echo "$carried"))
pkgs=()
for lib in $missing; do
  # awk reads to the end: an early exit would kill ldconfig with SIGPIPE under pipefail.
  path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64|AArch64|64bit/ && !p {print $NF; p=1}')
  [ -n "$path" ] || { echo "build_deb: no system library provides $lib" >&2; exit 1; }
  pkg=$(dpkg-query -S "$path" 2>/dev/null || dpkg-query -S "$(readlink -f "$path")" \
        2>/dev/null || dpkg-query -S "${path/\/usr\/lib\//\/lib\/}" 2>/dev/null) || true
  pkg=${pkg%%:*}
  [ -n "$pkg" ] || { echo "build_deb: no package owns $path" >&2; exit 1; }
  pkgs+=("$pkg")
done
glibc=$(dpkg-query -W -f='${Version}' libc6 | sed 's/-.*//')
depends=$(printf '%s\n' "${pkgs[@]}" | grep -v '^libc6$' | sort -u | paste -sd, | sed 's/,/, /g')
depends="libc6 (>= $glibc)${depends:+, $depends}"

size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<EOF
Package: scr-desktop
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Maintainer: SCR Desktop <scr-desktop@localhost>
Installed-Size: $size
Depends: $depends
Description: Serious Case Review referrals, kept encrypted on this computer
 SCR Desktop is an offline desktop application for the English
 child-safeguarding Serious Case Review process: the Case for Consideration
 referral, the statutory decision flowchart, password-protected documents
 for the safeguarding board and every statutory deadline.  Everything is
 kept in an encrypted vault (SQLCipher 4); nothing is sent anywhere.
EOF
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z \
  | xargs -0 md5sum | sed 's| \./| |') > "$stage/DEBIAN/md5sums"
chmod -R u+rwX,go+rX,go-w "$stage"
find "$stage" -exec touch -h -d "@${SOURCE_DATE_EPOCH:-0}" {} +

deb="$out/scr-desktop_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz "-z${SCR_DEB_XZ_LEVEL:-1}" --build "$stage" "$deb" >/dev/null
echo "$deb"
