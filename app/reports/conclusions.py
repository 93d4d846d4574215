"""The director's conclusions for a year: read and save (the summary's last section)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import ValidationError
from app.reports import texts
from db.engine import Database
from db.models.organisation import SchoolProfile
from db.models.reports import ReportConclusion

MAX_LENGTH = 20_000


@dataclass(slots=True)
class Conclusions:
    """Seed 002's four parts and the tasks for the next year; plain text, one point a line."""

    directions: str = ""
    problems: str = ""
    internal_resources: str = ""
    external_resources: str = ""
    next_year_tasks: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name).strip() for f in fields(self))

    def points(self, part: str) -> list[str]:
        """The non-empty lines of a part, without leading bullets."""
        lines = (line.strip().lstrip("·•-–—*").strip() for line in getattr(self, part).splitlines())
        return [line for line in lines if line]


PARTS = tuple(f.name for f in fields(Conclusions))


def get_conclusions(db: Database, year: AcademicYear) -> Conclusions:
    """The own school's conclusions for ``year`` (empty when none were written)."""
    with db.reading() as session:
        row = session.scalars(
            select(ReportConclusion)
            .join(SchoolProfile, SchoolProfile.id == ReportConclusion.school_id)
            .where(SchoolProfile.is_own, ReportConclusion.year == year)
        ).one_or_none()
        if row is None:
            return Conclusions()
        return Conclusions(**{name: getattr(row, name) for name in PARTS})


def save_conclusions(db: Database, year: AcademicYear, conclusions: Conclusions) -> OpResult[None]:
    """Store the conclusions of ``year`` for the own school (replacing earlier text)."""
    labels = dict(texts.CONCLUSION_PARTS)
    cleaned = {}
    for name in PARTS:
        value = (getattr(conclusions, name) or "").strip()
        if len(value) > MAX_LENGTH:
            raise ValidationError(
                texts.CONCLUSION_TOO_LONG.format(part=labels[name], limit=MAX_LENGTH)
            )
        cleaned[name] = value
    with db.unit_of_work() as session:
        school_id = session.scalars(select(SchoolProfile.id).where(SchoolProfile.is_own)).one()
        row = session.scalars(
            select(ReportConclusion).where(
                ReportConclusion.school_id == school_id, ReportConclusion.year == year
            )
        ).one_or_none()
        if row is None:
            row = ReportConclusion(school_id=school_id, year=year)
            session.add(row)
        for name, value in cleaned.items():
            setattr(row, name, value)
    return OpResult(None, Changes(reports=True))


def years_with_conclusions(db: Database) -> set[AcademicYear]:
    with db.reading() as session:
        return set(session.scalars(select(ReportConclusion.year)))
