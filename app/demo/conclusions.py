"""Demo step (last): the director's conclusions for every finished year of the demo.

The year in progress has none yet. The «Выводы» after the roadmap table open with the
year's counts read from the stored roadmap, so they agree with the table they follow.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.demo.conclusions_data import CONCLUSIONS
from app.demo.context import DemoContext
from app.scope import SchoolScope, school_of
from db.models.programme import RoadmapActivity
from db.models.reports import ReportConclusion

PARTS = (
    "directions",
    "problems",
    "internal_resources",
    "external_resources",
    "next_year_tasks",
    "management_decisions",
)


def step(scope: SchoolScope, ctx: DemoContext) -> None:
    """Write the conclusions of each past year that has demo texts."""
    with scope.unit_of_work() as session:
        for year in ctx.years[:-1]:
            texts = CONCLUSIONS.get(year.start_year)
            if texts is not None:
                _write(session, year, texts)


def _write(session: Session, year: AcademicYear, texts: dict[str, str]) -> None:
    row = ReportConclusion(school_id=school_of(session), year=year)
    for part in PARTS:
        setattr(row, part, texts[part])
    row.roadmap_findings = f"{roadmap_counts(session, year)} {texts['roadmap']}"
    session.add(row)


def roadmap_counts(session: Session, year: AcademicYear) -> str:
    """«Мероприятий дорожной карты: 11; выполнено: 8, частично: 2, не выполнено или
    отменено: 1.» (numbers after a colon need no agreement of the noun)"""
    statuses = Counter(
        session.scalars(select(RoadmapActivity.status).where(RoadmapActivity.year == year))
    )
    total = sum(statuses.values())
    failed = statuses["not_done"] + statuses["cancelled"]
    return (
        f"Мероприятий дорожной карты: {total}; выполнено: {statuses['done']}, "
        f"частично: {statuses['partial']}, не выполнено или отменено: {failed}."
    )
