"""«Сводные данные»: consolidated views across the imported schools.

Each view is aggregated in SQL (grouped Core queries over every school's rows at once,
pivoted there too) and its per-school rows are read in chunks, school by school
(``app.municipality.pivot``): what a view holds in memory is its sheets, not the schools'
data. A view is one or more sheets: the first has one row per school (and year, where the data
carries one), the others rank what is most common across schools. Every view exports to
XLSX as one workbook, a sheet per sheet.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Select

from app.municipality import texts
from app.municipality.schools import Filter
from app.scope import SchoolScope


@dataclass(frozen=True, slots=True)
class Sheet:
    title: str
    headers: list[str]
    rows: list[tuple]
    school_ids: list[uuid.UUID | None] = field(default_factory=list)  # per row: drill-down
    numeric: frozenset[int] = frozenset()  # columns holding numbers (right-aligned)

    def column(self, header: str) -> list[Any]:
        index = self.headers.index(header)
        return [row[index] for row in self.rows]


@dataclass(frozen=True, slots=True)
class View:
    key: str
    title: str
    sheets: list[Sheet]


Builder = Callable[[Connection, Filter, date], list[Sheet]]


def _builders() -> dict[str, Builder]:
    from app.municipality import network_views, results_views

    return {
        "indicators": results_views.indicators,
        "achievement": results_views.achievement,
        "roadmap": results_views.roadmap,
        "partnership": network_views.partnership,
        "self-assessment": network_views.self_assessment,
    }


VIEW_KEYS = tuple(texts.VIEW_TITLES)


def consolidated_view(
    scope: SchoolScope, key: str, filt: Filter | None = None, today: date | None = None
) -> View:
    """The view ``key`` (one of :data:`VIEW_KEYS`) over the schools ``filt`` keeps."""
    builder = _builders()[key]
    with scope.db.engine.connect() as connection:
        sheets = builder(connection, filt or Filter(), today or date.today())
    return View(key, texts.VIEW_TITLES[key], sheets)


def bare_queries(
    connection: Connection, key: str, filt: Filter | None = None, today: date | None = None
) -> list[Select]:
    """The SQL aggregations of view ``key`` alone (the benchmark's baseline)."""
    from app.municipality import network_views, results_views

    module = network_views if key in ("partnership", "self-assessment") else results_views
    return module.QUERIES[key](connection, filt or Filter(), today or date.today())


def export_view(view: View, path: Path) -> Path:
    """Write ``view`` to an XLSX workbook, one sheet per sheet of the view."""
    from app.excel.writer import Column, write_table

    def columns(sheet: Sheet) -> list[Column]:
        return [Column(h, lambda row, i=i: row[i]) for i, h in enumerate(sheet.headers)]

    first, *more = view.sheets
    extra = [(s.title, columns(s), s.rows) for s in more]
    return write_table(path, first.title, columns(first), first.rows, extra_sheets=extra)


def percent(part: float, whole: float) -> float | None:
    """``part`` of ``whole`` in per cent, one decimal; ``None`` when ``whole`` is 0."""
    return round(part * 100.0 / whole, 1) if whole else None


def exact_round(numerator: int, denominator: int, places: int) -> float:
    """The exact ``numerator / denominator`` (``denominator`` > 0) rounded to ``places``
    decimals as ``round()`` rounds (half to even): a mean is summed in whole numbers so it
    rounds the same on SQLite and PostgreSQL, whose float sums may fall either side of a
    boundary such as 79.925."""
    whole, rest = divmod(abs(numerator) * 10**places, denominator)
    if 2 * rest > denominator or (2 * rest == denominator and whole % 2):
        whole += 1
    return math.copysign(whole / 10**places, numerator)


def plain(value: Any) -> Any:
    """A database cell as a plain Python value (NaN → None, a numeric scalar → int/float)."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


def sheet_from(
    title: str, headers: Sequence[str], records: list[tuple], numeric_from: int
) -> Sheet:
    """A sheet whose records start with the school id (kept for drill-down, not shown)."""
    rows = [tuple(plain(v) for v in record[1:]) for record in records]
    ids = [record[0] for record in records]
    numeric = frozenset(range(numeric_from, len(headers)))
    return Sheet(title, list(headers), rows, ids, numeric)
