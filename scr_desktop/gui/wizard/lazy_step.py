"""A wizard step whose widgets are built the first time it is shown.

Opening a case used to build every step's widgets at once (hundreds of
widgets, most never looked at).  A :class:`LazyStep` holds the step's place
in the wizard's stack and builds its content on :meth:`LazyStep.build`,
which the wizard calls when the step is first shown or when a caller needs
one of its widgets.  Anything that must work for every step (the step list's
ticks, the summary, saving, exports) reads the case, never these widgets.

A step built can be released again (:meth:`LazyStep.release`): its content
is destroyed and built afresh, from the case as it then is, when next
needed.  The wizard releases the steps of a case only looked at once the
user has moved on (see :mod:`scr_desktop.gui.case_editor`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

import shiboken6
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget


class LazyStep(QWidget):
    """An empty place in the stack until :meth:`build` fills it with ``make()``."""

    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._content: QWidget | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)

    def content(self) -> QWidget | None:
        """Return the content if it has been built, else None."""
        return self._content

    def build(self) -> QWidget:
        """Build the content (once) and return it."""
        if self._content is None:
            content = self._make()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(content)
            content.show()  # a child added to a shown step is not shown by itself
            self.setFocusProxy(content)
            self._content = content
        return self._content

    def holds_input(self) -> bool:
        """Return True if the content holds what the user typed or chose since it was shown.

        That is a line or text box edited by the user since its text was last
        set, or a widget that says so itself (a ``holds_input()`` method, as a
        review record's fields being filled in have).  Such a step is not
        released, since building it again would lose what was typed.
        """
        content = self._content
        if content is None:
            return False
        for widget in (content, *content.findChildren(QWidget)):
            own = getattr(widget, "holds_input", None)
            if callable(own) and own():
                return True
            if isinstance(widget, QLineEdit) and not widget.isReadOnly() \
                    and widget.isModified():
                return True
            if isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly() \
                    and widget.document().isModified():
                return True
        return False

    def release(self, *, now: bool = False) -> bool:
        """Destroy the content, to be built afresh when next needed; False if none was built.

        The caller saves first.  The content is deleted once control returns
        to the event loop (it may be the sender of the signal being handled),
        or at once with ``now``.
        """
        content = self._content
        if content is None:
            return False
        self._content = None
        self.setFocusProxy(None)  # type: ignore[arg-type]
        content.hide()
        layout = self.layout()
        if layout is not None:
            layout.removeWidget(content)
        content.setParent(None)
        if now:
            shiboken6.delete(content)
        else:
            content.deleteLater()
        return True


class LazyPages(Mapping[str, QWidget]):
    """Steps by id, each a :class:`LazyStep`; looking a page up builds it.

    Iterating, ``len`` and ``in`` name the steps without building any.
    """

    def __init__(self, steps: dict[str, LazyStep] | None = None) -> None:
        self.steps: dict[str, LazyStep] = dict(steps or {})

    def __getitem__(self, key: str) -> QWidget:
        return self.steps[key].build()

    def __iter__(self) -> Iterator[str]:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def built(self) -> dict[str, QWidget]:
        """Return the pages built so far, by id."""
        return {key: content for key, step in self.steps.items()
                if (content := step.content()) is not None}
