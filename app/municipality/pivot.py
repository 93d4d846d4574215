"""Pivoting an aggregated SQL result with pandas (imported here, only when a view is built)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from app.folding import fold
from app.municipality.schools import Filter, imported_schools


def pivot(
    records: Sequence[Sequence[Any]],
    index: Sequence[str],
    columns: str,
    value: str,
    names: Sequence[str],
) -> tuple[list[Any], dict[tuple, dict[Any, Any]]]:
    """Spread ``value`` over the distinct ``columns`` values: (the column values in order,
    {index tuple: {column value: cell}}). ``names`` name the fields of each record."""
    import pandas as pd

    if not records:
        return [], {}
    frame = pd.DataFrame.from_records(list(records), columns=list(names))
    table = frame.pivot_table(index=list(index), columns=columns, values=value, aggfunc="first")
    spread = sorted(table.columns)
    cells = {
        (key if isinstance(key, tuple) else (key,)): dict(zip(table.columns, row, strict=True))
        for key, row in zip(table.index, table.itertuples(index=False, name=None), strict=True)
    }
    return spread, cells


def school_names(connection: Connection, filt: Filter) -> dict:
    """{school id: short name} of the schools ``filt`` keeps."""
    return {
        row.id: row.short_name or row.full_name
        for row in connection.execute(imported_schools(filt))
    }


def by_school(keys: Sequence[tuple], names: dict) -> list[tuple]:
    """``keys`` (school id first) of kept schools, ordered by school name then the rest."""
    kept = [key for key in keys if key[0] in names]
    return sorted(kept, key=lambda key: (fold(names[key[0]]), str(key[0]), *key[1:]))
