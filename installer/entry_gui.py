"""Frozen entry point of the application executable (``scr-desktop``)."""

import sys

from scr_desktop.__main__ import main

sys.exit(main())
