"""A wizard step whose widgets are built the first time it is shown.

Opening a case used to build every step's widgets at once (hundreds of
widgets, most never looked at).  A :class:`LazyStep` holds the step's place
in the wizard's stack and builds its content on :meth:`LazyStep.build`,
which the wizard calls when the step is first shown or when a caller needs
one of its widgets.  Anything that must work for every step (the step list's
ticks, the summary, saving, exports) reads the case, never these widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyStep(QWidget):
    """An empty place in the stack until :meth:`build` fills it with ``make()``."""

    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make: Callable[[], QWidget] | None = make
        self._content: QWidget | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)

    def content(self) -> QWidget | None:
        """Return the content if it has been built, else None."""
        return self._content

    def build(self) -> QWidget:
        """Build the content (once) and return it."""
        if self._content is None:
            assert self._make is not None
            content = self._make()
            self._make = None
            layout = self.layout()
            assert layout is not None
            layout.addWidget(content)
            content.show()  # a child added to a shown step is not shown by itself
            self.setFocusProxy(content)
            self._content = content
        return self._content
