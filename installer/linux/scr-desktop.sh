#!/bin/sh
# SCR Desktop.  With no command (or --vault PATH) this opens the application;
# a headless command (assess, frameworks, help) runs the console program,
# which starts without loading Qt.  Works wherever the package's tree sits
# (/usr/bin beside /opt, or an unpacked copy of both).
here=$(dirname "$(readlink -f "$0")")
app="${here%/usr/bin}/opt/scr-desktop"
case "${1-}" in
  ""|--vault*|selftest) exec "$app/scr-desktop" "$@" ;;
  *) exec "$app/scr-desktop-cli" "$@" ;;
esac
