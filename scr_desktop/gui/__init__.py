"""The PySide6 front end; the only place Qt is imported."""
