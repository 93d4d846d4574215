"""The director's conclusions for a year: read and save (the summary's last section).

Read with a Core query (``db.lean_tables``): a report is made without the ORM models."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import ValidationError
from app.reports import texts
from app.scope import SchoolScope, operation, school_of
from db.lean_tables import owned, report_conclusion

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_LENGTH = 20_000


@dataclass(slots=True)
class Conclusions:
    """Seed 002's four parts, the management decisions and the tasks for the next year (one
    point a line), and ``roadmap_findings``: the «Выводы» paragraph after the roadmap table."""

    directions: str = ""
    problems: str = ""
    internal_resources: str = ""
    external_resources: str = ""
    management_decisions: str = ""
    next_year_tasks: str = ""
    roadmap_findings: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name).strip() for f in fields(self))

    def points(self, part: str) -> list[str]:
        """The non-empty lines of a part, without leading bullets."""
        lines = (line.strip().lstrip("·•-–—*").strip() for line in getattr(self, part).splitlines())
        return [line for line in lines if line]


PARTS = tuple(f.name for f in fields(Conclusions))
# The parts printed as numbered point lists in the conclusions section, in order.
POINT_PARTS = tuple(part for part in PARTS if part != "roadmap_findings")


def get_conclusions(scope: SchoolScope, year: AcademicYear) -> Conclusions:
    """The school's conclusions for ``year`` (empty when none were written)."""
    c = report_conclusion
    query = select(*(c.c[name] for name in PARTS)).where(
        owned(c, scope.school_id), c.c.year == year
    )
    with scope.db.engine.connect() as conn:
        row = conn.execute(query).one_or_none()
    return Conclusions() if row is None else Conclusions(*row)


@operation
def save_conclusions(
    session: Session, year: AcademicYear, conclusions: Conclusions
) -> OpResult[None]:
    """Store the conclusions of ``year`` for the school (replacing earlier text)."""
    from db.models.reports import ReportConclusion

    labels = {**dict(texts.CONCLUSION_PARTS), "roadmap_findings": texts.H_ROADMAP_FINDINGS}
    cleaned = {}
    for name in PARTS:
        value = (getattr(conclusions, name) or "").strip()
        if len(value) > MAX_LENGTH:
            raise ValidationError(
                texts.CONCLUSION_TOO_LONG.format(part=labels[name], limit=MAX_LENGTH)
            )
        cleaned[name] = value
    row = session.scalars(
        select(ReportConclusion).where(ReportConclusion.year == year)
    ).one_or_none()
    if row is None:
        row = ReportConclusion(school_id=school_of(session), year=year)
        session.add(row)
    for name, value in cleaned.items():
        setattr(row, name, value)
    return OpResult(None, Changes(reports=True))


def years_with_conclusions(scope: SchoolScope) -> set[AcademicYear]:
    c = report_conclusion
    with scope.db.engine.connect() as conn:
        return set(conn.scalars(select(c.c.year).where(owned(c, scope.school_id))))
