"""Recording every SQLCipher connection the code under test opens, with what it runs on each."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlcipher3 import dbapi2


@contextmanager
def traced_connections() -> Iterator[list[tuple[Any, list[str]]]]:
    """Within the block, record each connection opened and the statements run on it."""
    opened: list[tuple[Any, list[str]]] = []
    connect = dbapi2.connect

    def traced(*args: Any, **kwargs: Any) -> Any:
        conn = connect(*args, **kwargs)
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        opened.append((conn, statements))
        return conn

    dbapi2.connect = traced
    try:
        yield opened
    finally:
        dbapi2.connect = connect


def is_open(conn: Any) -> bool:
    """Return whether the connection ``conn`` is still open."""
    try:
        conn.total_changes  # noqa: B018 - raises once the connection is closed
    except dbapi2.ProgrammingError:
        return False
    return True
