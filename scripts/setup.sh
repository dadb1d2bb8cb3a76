#!/usr/bin/env bash
# Prepare a machine for SCR Desktop: system packages (when missing) and the
# project's virtual environment in .venv.  Usage: scripts/setup.sh [app|test]
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-app}"

# Qt's runtime libraries are needed by both; the readers, the keyring daemon,
# the virtual screen, the accessibility bus with the system Python's pyatspi
# (the screen-reader walk) and gsettings (the desktop's high-contrast key)
# only by the tests.
apt_app=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
         libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
         libxcb-randr0 libxcb-render-util0 libxcb-image0 gnome-keyring dbus dbus-x11)
apt_test=(qpdf poppler-utils xvfb xauth at-spi2-core python3-pyatspi libglib2.0-bin)
wanted=("${apt_app[@]}")
[ "$mode" = test ] && wanted+=("${apt_test[@]}")

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ] && command -v apt-get >/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

py="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
if [ "$mode" = test ]; then
  .venv/bin/python -m pip install -q -e '.[test]'
else
  .venv/bin/python -m pip install -q -e .
fi
