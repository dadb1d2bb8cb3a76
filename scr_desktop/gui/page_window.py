"""The rows of a long list held a few pages at a time, for the paged Qt models.

A table model that fetches pages as the view scrolls (``fetchMore``) would
otherwise keep every row it ever fetched: the case list or the dashboard
scrolled to the end of ten thousand cases held all of them.  A
:class:`PageWindow` counts every row fetched (the view's row count, so the
scroll bar and the selection are unchanged) but keeps only the pages read
lately (:data:`KEPT_PAGES`, the least recently read dropped first).  A row in
a page that was dropped is read again, by its page, when the view asks for
it: scrolling back re-reads the page through the same indexed query that
first fetched it.

The window holds no Qt and knows nothing of the vault: the model hands in
how to read page ``n``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

KEPT_PAGES = 6
"""Pages kept at most: several screens of rows around what is shown."""


class PageWindow(Generic[T]):
    """Rows fetched in pages of ``size``, only ``kept`` pages of them held at once."""

    def __init__(self, size: int, read: Callable[[int], list[T]], *,
                 kept: int = KEPT_PAGES) -> None:
        if size < 1 or kept < 1:
            raise ValueError("a page window needs a page size and room for a page")
        self.size = size
        self.kept = kept
        self._read = read
        self._pages: OrderedDict[int, list[T]] = OrderedDict()
        self._count = 0

    def __len__(self) -> int:
        """Return how many rows have been fetched (held or not)."""
        return self._count

    def clear(self) -> None:
        """Forget every row."""
        self._pages.clear()
        self._count = 0

    def reset(self, first: list[T]) -> None:
        """Start again from ``first``, the first page."""
        self.clear()
        self.append(first)

    def append(self, rows: list[T]) -> None:
        """Add the next page fetched (a short page only at the end)."""
        if not rows:
            return
        if self._count % self.size:
            raise ValueError("a page follows a short page")
        if len(rows) > self.size:
            raise ValueError("more rows than a page holds")
        self._keep(self._count // self.size, list(rows))
        self._count += len(rows)

    def only(self, rows: list[T]) -> bool:
        """Return True if ``rows`` are exactly the rows fetched: one page, held, equal."""
        return self._count == len(rows) and (
            not rows or (self._count <= self.size and self._pages.get(0) == rows))

    def held_pages(self) -> list[int]:
        """Return the numbers of the pages held now, least recently read first."""
        return list(self._pages)

    def row(self, index: int) -> T | None:
        """Return row ``index``, reading its page again if it was dropped.

        None if ``index`` is outside the rows fetched, or if the list has
        since become shorter than when the row was fetched.
        """
        if not 0 <= index < self._count:
            return None
        number, offset = divmod(index, self.size)
        page = self._pages.get(number)
        if page is None:
            page = self._keep(number, list(self._read(number))[:self.size])
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def last(self) -> T | None:
        """Return the last row fetched (None if there is none)."""
        return self.row(self._count - 1) if self._count else None

    def __iter__(self) -> Iterator[T]:
        """Yield every row fetched, in order (reading dropped pages again, one at a time)."""
        for i in range(self._count):
            item = self.row(i)
            if item is not None:
                yield item

    def _keep(self, number: int, page: list[T]) -> list[T]:
        self._pages[number] = page
        self._pages.move_to_end(number)
        while len(self._pages) > self.kept:
            self._pages.popitem(last=False)
        return page
