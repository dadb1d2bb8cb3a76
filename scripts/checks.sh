#!/usr/bin/env bash
# The checks themselves; scripts/test.sh runs this inside dbus-run-session.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"

# A throw-away login keyring, unlocked with a throw-away password.
if command -v gnome-keyring-daemon >/dev/null; then
  export XDG_DATA_HOME; XDG_DATA_HOME="$(mktemp -d)"
  eval "$(printf 'ci-keyring\n' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
fi

echo "== ruff"; ruff check .
echo "== import-linter"; lint-imports
echo "== forms (ui/ compiled afresh, compared with scr_desktop/gui/forms/)"; python scripts/build_forms.py --check
echo "== mypy"; mypy
echo "== pytest"; python -m pytest "$@"
