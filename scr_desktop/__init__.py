"""SCR Desktop: an offline, encrypted tool for the Serious Case Review process.

The package has a Qt-free core (``domain``, ``storage``, ``export``) and a
PySide6 front end (``gui``); an import-linter contract keeps Qt out of the core.
"""

__version__ = "0.1.0"
APP_NAME = "SCR Desktop"
