#!/usr/bin/env bash
# Set up (first time) and run every check: lint, architecture contract, types,
# then the whole test suite inside a private D-Bus session with an unlocked
# gnome-keyring (the real Secret Service backend the keyring tests use).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
exec dbus-run-session -- bash scripts/checks.sh "$@"
