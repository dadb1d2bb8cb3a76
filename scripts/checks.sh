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
# Every test must run here: a skip (no Secret Service, no session bus, a missing
# reader) fails the run instead (tests/conftest.py).
export SCR_REQUIRE_ALL=1

# The tests write nothing into the working tree; only caches may change.
tree_state() {
  git status --porcelain --ignored --untracked-files=all -- . ':!.venv' \
    ':!**/__pycache__' ':!.pytest_cache' ':!.mypy_cache' ':!.ruff_cache' \
    ':!.hypothesis' ':!.import_linter_cache' 2>/dev/null || true
}
before="$(tree_state)"

echo "== pytest"
status=0
python -m pytest "$@" || status=$?

after="$(tree_state)"
if [ "$before" != "$after" ]; then
  echo "== the tests changed the working tree:"
  diff <(printf '%s\n' "$before") <(printf '%s\n' "$after") || true
  exit 1
fi
exit "$status"
