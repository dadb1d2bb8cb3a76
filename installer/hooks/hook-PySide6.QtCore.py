"""Collect QtCore without Qt's translations.

Replaces PyInstaller's own hook for ``PySide6.QtCore``.  The application
is in British English and installs no ``QTranslator``, so Qt's ``.qm``
files would never be loaded.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = [(src, dest) for src, dest in datas
         if "translations" not in dest.replace("\\", "/").split("/")]
