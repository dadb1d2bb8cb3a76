"""The PySide6 front end; the only place Qt is imported."""

from scr_desktop.gui.source_check import skip_source_reading

skip_source_reading()
