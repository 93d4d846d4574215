"""Text in an ORDER BY sorted alike on SQLite and PostgreSQL: by code point.

``by_text`` wraps a text column (ORM or Core) for ordering; on PostgreSQL it compiles to
``COLLATE "C"``, on SQLite it is the column as it is.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal


class CodePoints(ColumnElement):
    """Text ordered by code point, as SQLite orders it: on PostgreSQL ``COLLATE "C"``, so
    a hub's server installed with a Russian (or any) locale sorts as a single PC does."""

    inherit_cache = True
    _traverse_internals = [("element", InternalTraversal.dp_clauseelement)]

    def __init__(self, element: ColumnElement) -> None:
        self.element = element
        self.type = element.type


@compiles(CodePoints)
def _as_is(element: CodePoints, compiler, **kw) -> str:
    return compiler.process(element.element, **kw)


@compiles(CodePoints, "postgresql")
def _collate_c(element: CodePoints, compiler, **kw) -> str:
    return f'{compiler.process(element.element, **kw)} COLLATE "C"'


def by_text(element: ColumnElement) -> CodePoints:
    """``element`` (text) for an ORDER BY that sorts alike on SQLite and PostgreSQL."""
    return CodePoints(element)
