"""Stop PySide6 reading the source of every module imported after it.

PySide6 supports ``from __feature__ import snake_case``: so that a module
can opt in, its import hook asks, for every Python module imported after
PySide6, whether the module's source mentions "PySide6", by reading the whole
source with :func:`inspect.getsource`.  That reads and splits every file
imported (standard library and dependencies included) and keeps their text
in :mod:`linecache` for the life of the process: in this application about
560 files and 7 MB of text, paid in start-up time and held as memory.

The application uses no ``__feature__``, so the answer changes nothing: a
module that "uses PySide6" gets the default feature set (none), and one that
does not is ignored.  :func:`skip_source_reading` answers "uses PySide6" for
every module without reading any source, which gives every module the
default feature set, as an application with no ``__feature__`` import has
anyway.  Should a later PySide6 not have the hook, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _uses_pyside(module: ModuleType) -> bool:
    """Answer PySide6's question without reading the module's source (see above)."""
    return True


def skip_source_reading() -> bool:
    """Replace PySide6's source check; True if its hook was found and replaced."""
    import shiboken6  # noqa: F401  (loads the feature machinery)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _uses_pyside)  # noqa: B010 - a private hook
    return True
