"""Per-school rows of a consolidated view, read from an aggregated SQL result in chunks.

A view's queries aggregate (and pivot, with one conditional aggregate per column) in SQL
and return their rows ordered by school, so Python meets one school's rows at a time:
they become that school's sheet rows at once, and the only thing held beyond the sheet is
one list per school until the schools are put in the order of their names. The result is
fetched :data:`CHUNK` rows at a time (a server-side cursor on PostgreSQL), never whole.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, Select

from app.folding import fold
from app.municipality.schools import Filter, imported_schools

if TYPE_CHECKING:
    from app.municipality.consolidated import Sheet

CHUNK = 1000


def school_names(connection: Connection, filt: Filter) -> dict:
    """{school id: short name} of the schools ``filt`` keeps."""
    return {
        row.id: row.short_name or row.full_name
        for row in connection.execute(imported_schools(filt))
    }


def streamed(connection: Connection, query: Select) -> Iterator[Row]:
    """The rows of ``query``, fetched :data:`CHUNK` at a time."""
    return iter(connection.execute(query, execution_options={"yield_per": CHUNK}))


def per_school(rows: Iterable[Sequence[Any]]) -> Iterator[tuple[uuid.UUID, list]]:
    """(school id, its rows) for rows whose first column is the school id, ordered by it."""
    for school, found in groupby(rows, key=itemgetter(0)):
        yield school, list(found)


class SchoolRows:
    """A sheet's rows gathered school by school, ordered by school name (ё and case folded,
    then id) when the sheet is made; a school ``names`` does not hold is left out."""

    def __init__(self, names: dict) -> None:
        self.names = names
        self._rows: dict[uuid.UUID, list[tuple]] = {}

    def add(self, school: uuid.UUID, keyed: list[tuple[Any, tuple]]) -> None:
        """The rows of ``school`` as (sort key, row without the school's name) pairs."""
        if school in self.names and keyed:
            name = self.names[school]
            keyed.sort(key=itemgetter(0))
            self._rows.setdefault(school, []).extend((name, *row) for _key, row in keyed)

    def sheet(self, title: str, headers: Sequence[str], numeric_from: int) -> Sheet:
        """The sheet: its columns from ``numeric_from`` on hold numbers."""
        from app.municipality.consolidated import Sheet

        ordered = sorted(self._rows, key=lambda school: (fold(self.names[school]), str(school)))
        rows: list[tuple] = []
        ids: list[uuid.UUID | None] = []
        for school in ordered:
            found = self._rows.pop(school)
            rows += found
            ids += [school] * len(found)
        numeric = frozenset(range(numeric_from, len(headers)))
        return Sheet(title, list(headers), rows, ids, numeric)
