"""Which indicators a school uses: its own ones, and built-ins it has valued or linked.

The catalogue ships indicators every school shares (ЕГЭ among them); an основная школа
never values the ЕГЭ ones, so screens list only the used ones unless asked for all.
Nothing is stored: an indicator becomes used the moment it gets a value or a link.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.indicators.catalogue import IndicatorRow, list_indicators
from app.scope import SchoolScope
from db.models.indicators import IndicatorBaseline, IndicatorValue
from db.models.self_assessment import DeficitIndicator


def query_used_ids(session: Session) -> set[uuid.UUID]:
    """Indicators with a baseline, a target or an actual, or linked to a deficit."""
    valued = select(IndicatorValue.indicator_id).where(
        IndicatorValue.target.is_not(None) | IndicatorValue.actual.is_not(None)
    )
    used = set(session.scalars(valued))
    used |= set(session.scalars(select(IndicatorBaseline.indicator_id)))
    used |= set(session.scalars(select(DeficitIndicator.indicator_id)))
    return used


def used_ids(scope: SchoolScope) -> set[uuid.UUID]:
    with scope.reading() as session:
        return query_used_ids(session)


def in_use(rows: Iterable[IndicatorRow], used: set[uuid.UUID]) -> list[IndicatorRow]:
    """``rows`` without the built-ins the school has not used (own ones always stay).
    A school that has used nothing yet keeps the whole catalogue to start from."""
    rows = list(rows)
    if not used:
        return rows
    return [row for row in rows if not row.is_builtin or row.id in used]


def list_shown(scope: SchoolScope, show_all: bool) -> tuple[list[IndicatorRow], int]:
    """The catalogue as the Indicators section lists it (everything, or what is in use)
    and how many built-ins that leaves out."""
    rows = list_indicators(scope)
    shown = rows if show_all else in_use(rows, used_ids(scope))
    return shown, len(rows) - len(shown)
