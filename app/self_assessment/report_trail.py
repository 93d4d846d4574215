"""A deficit's trail as a report of one year prints it: only what existed by the report's
``as_of`` (a past year's report must not cite later measures, events or values)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.self_assessment.deficits import DeficitRow
from app.self_assessment.trail import TrailMeasure, trail_in
from db.models.programme import Programme, ProgrammeTask, RoadmapActivity
from db.models.programme_links import DeficitActivity, DeficitTask


@dataclass(frozen=True, slots=True)
class TrailBrief:
    deficit: str
    tasks: int
    activities: int
    measures: tuple[str, ...]  # «text (status, years)»
    events: tuple[str, ...]  # «dd.mm.yyyy topic»
    indicators: tuple[str, ...]  # «name: с first до last»
    later_scores: tuple[tuple[AcademicYear, float | None], ...]


def trail_brief(
    session: Session, deficit: DeficitRow, year: AcademicYear, as_of: date
) -> TrailBrief:
    """The trail of ``deficit`` up to ``year`` / ``as_of``: tasks of programmes begun by
    ``year``, activities of ``year`` and before, measures begun and events dated by
    ``as_of``, indicator values of ``year`` and before."""
    trail = trail_in(session, deficit.id)
    indicators = []
    for ind in trail.indicators:
        actual = [(y, v) for y, v in ind.actual if y <= year]
        if len(actual) == 1:
            indicators.append(f"{ind.name}: {_num(actual[0][1])}")
        elif actual:
            indicators.append(f"{ind.name}: с {_num(actual[0][1])} до {_num(actual[-1][1])}")
    return TrailBrief(
        deficit.text,
        _tasks(session, deficit, year),
        _activities(session, deficit, year),
        _measures([m for m in trail.measures if m.starts_on <= as_of]),
        tuple(f"{e.day:%d.%m.%Y} {e.topic}" for e in trail.events if e.day <= as_of),
        tuple(indicators),
        tuple((s.year, s.score) for s in trail.scores if deficit.year < s.year <= year),
    )


def _tasks(session: Session, deficit: DeficitRow, year: AcademicYear) -> int:
    query = (
        select(func.count())
        .select_from(DeficitTask)
        .join(ProgrammeTask, ProgrammeTask.id == DeficitTask.task_id)
        .join(Programme, Programme.id == ProgrammeTask.programme_id)
        .where(DeficitTask.deficit_id == deficit.id, Programme.first_year <= year)
    )
    return session.scalar(query) or 0


def _activities(session: Session, deficit: DeficitRow, year: AcademicYear) -> int:
    query = (
        select(func.count())
        .select_from(DeficitActivity)
        .join(RoadmapActivity, RoadmapActivity.id == DeficitActivity.activity_id)
        .where(DeficitActivity.deficit_id == deficit.id, RoadmapActivity.year <= year)
    )
    return session.scalar(query) or 0


def _measures(measures: list[TrailMeasure]) -> tuple[str, ...]:
    """«text (status, years)»: a measure repeated over several years is listed once."""
    years: dict[tuple[str, str], list[str]] = {}
    for m in measures:
        seen = years.setdefault((m.text, m.status), [])
        year = str(AcademicYear.containing(m.starts_on))
        if year not in seen:
            seen.append(year)
    return tuple(f"{text} ({status}, {', '.join(y)})" for (text, status), y in years.items())


def _num(value: float) -> str:
    return f"{value:g}".replace(".", ",")
