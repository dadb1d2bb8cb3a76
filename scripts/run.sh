#!/usr/bin/env bash
# Set up (first time) and start SCR Desktop.  Extra arguments go to scr-desktop.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
exec .venv/bin/scr-desktop "$@"
