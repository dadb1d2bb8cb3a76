"""Frozen entry point of the console executable (``scr-desktop-cli``): headless commands only.

It imports the CLI directly, never ``scr_desktop.__main__``, so the analysis
that starts here does not reach Qt.
"""

import sys

from scr_desktop import cli

sys.exit(cli.main(sys.argv[1:]))
