"""What the municipality sends each school back: recommendations (the school answers
each), partner assignments and monitoring figures for the school's indicators. Rows belong
to the municipality (``municipality_id``) and name the school (``recipient_id``); the
school's answers arrive in its next package (``recommendation_answer``, the school's rows).

A recommendation is changed or removed as read (its ``version``): on a hub several
methodologists edit at once, and a save over someone else's newer text is refused with
:class:`ConflictError` instead of silently overwriting it.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import ConflictError, NotFoundError, ValidationError
from app.municipality import texts
from app.scope import SchoolScope, operation, school_of
from db.models.indicators import Indicator
from db.models.organisation import Organisation
from db.models.returns import (
    MonitoringFigure,
    PartnerAssignment,
    Recommendation,
    RecommendationAnswer,
)
from db.text_order import by_text

CHANGED = Changes(exchange=True)


@dataclass(frozen=True, slots=True)
class RecommendationInput:
    year: AcademicYear
    text: str
    topic: str = ""
    issued_on: date | None = None  # default: today
    respond_by: date | None = None


@dataclass(frozen=True, slots=True)
class AnswerRow:
    status: str  # db.enums.ANSWER_STATUSES
    text: str
    answered_on: date


@dataclass(frozen=True, slots=True)
class RecommendationRow:
    id: uuid.UUID
    year: AcademicYear
    topic: str
    text: str
    issued_on: date
    respond_by: date | None
    answer: AnswerRow | None  # as the school's latest package says
    version: int  # as read: a change or removal names it (optimistic locking)


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    id: uuid.UUID
    partner_name: str
    role: str
    starts_on: date
    note: str


@dataclass(frozen=True, slots=True)
class FigureRow:
    id: uuid.UUID
    indicator_id: uuid.UUID
    indicator: str  # the indicator's name («показатель удалён» when the school removed it)
    unit: str
    year: AcademicYear
    value: float
    note: str


@dataclass(frozen=True, slots=True)
class ForSchool:
    """Everything the municipality holds for one school (what its next return carries)."""

    school_id: uuid.UUID
    recommendations: list[RecommendationRow]
    partners: list[AssignmentRow]
    figures: list[FigureRow]


def _school(session: Session, school_id: uuid.UUID) -> None:
    kind = session.scalar(select(Organisation.kind).where(Organisation.id == school_id))
    if kind != "school":
        raise ValidationError(texts.SCHOOL_UNKNOWN.format(school=school_id))


def _clean(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


@operation
def save_recommendation(
    session: Session,
    school_id: uuid.UUID,
    data: RecommendationInput,
    recommendation_id: uuid.UUID | None = None,
    version: int | None = None,
) -> OpResult[uuid.UUID]:
    """Add a recommendation for a school, or change one (``recommendation_id``) as it was
    read (``version``); one changed or removed since is refused (:class:`ConflictError`)."""
    _school(session, school_id)
    text = _clean(data.text)
    if not text:
        raise ValidationError(texts.RECOMMENDATION_TEXT_REQUIRED)
    issued = data.issued_on or date.today()
    if data.respond_by is not None and data.respond_by < issued:
        raise ValidationError(
            texts.RESPOND_BY_ORDER.format(
                due=f"{data.respond_by:%d.%m.%Y}", issued=f"{issued:%d.%m.%Y}"
            )
        )
    if recommendation_id is None:
        row = Recommendation(municipality_id=school_of(session), recipient_id=school_id)
        session.add(row)
    else:
        if version is None:
            raise ValueError("a recommendation is changed as read: pass its version")
        row = _as_read(session, recommendation_id, version)
    row.year, row.topic, row.text = data.year, " ".join(data.topic.split())[:300], text
    row.issued_on, row.respond_by = issued, data.respond_by
    try:
        session.flush()  # UPDATE … WHERE version = read: no row when another commit came first
    except StaleDataError as err:
        raise _conflict(session, recommendation_id) from err
    return OpResult(row.id, CHANGED)


def _conflict(session: Session, row_id: uuid.UUID | None) -> ConflictError:
    """Changed or removed by the commit that came first (read past the failed flush)."""
    with session.get_bind().connect() as connection:
        held = connection.scalar(select(Recommendation.id).where(Recommendation.id == row_id))
    return ConflictError(
        texts.RECOMMENDATION_REMOVED if held is None else texts.RECOMMENDATION_CHANGED
    )


def _as_read(session: Session, row_id: uuid.UUID, version: int) -> Recommendation:
    row = session.get(Recommendation, row_id)
    if row is None:
        raise ConflictError(texts.RECOMMENDATION_REMOVED)
    if row.municipality_id != school_of(session):
        raise NotFoundError(texts.NOT_FOUND)
    if row.version != version:
        raise ConflictError(texts.RECOMMENDATION_CHANGED)
    return row


@operation
def assign_partner(
    session: Session,
    school_id: uuid.UUID,
    partner_name: str,
    role: str,
    starts_on: date,
    note: str = "",
) -> OpResult[uuid.UUID]:
    """Assign a partner school (e.g. a leader school) to ``school_id``."""
    from app.partnership.texts import ROLES

    _school(session, school_id)
    name = " ".join(partner_name.split())
    if not name:
        raise ValidationError(texts.PARTNER_NAME_REQUIRED)
    if role not in ROLES:
        raise ValidationError(texts.PARTNER_ROLE_UNKNOWN)
    row = PartnerAssignment(
        municipality_id=school_of(session),
        recipient_id=school_id,
        partner_name=name[:500],
        role=role,
        starts_on=starts_on,
        note=_clean(note),
    )
    session.add(row)
    session.flush()
    return OpResult(row.id, CHANGED)


@operation
def set_figure(
    session: Session,
    school_id: uuid.UUID,
    indicator_id: uuid.UUID,
    year: AcademicYear,
    value: float,
    note: str = "",
) -> OpResult[uuid.UUID]:
    """Record (or correct) the monitoring figure of one indicator in one year."""
    _school(session, school_id)
    if not math.isfinite(value):
        raise ValidationError(texts.FIGURE_NOT_NUMBER)
    table = Indicator.__table__  # Core: a school's own indicator, past the owner filter
    known = session.scalar(
        select(table.c.id).where(
            table.c.id == indicator_id,
            table.c.school_id.is_(None) | (table.c.school_id == school_id),
        )
    )
    if known is None:
        raise ValidationError(texts.FIGURE_INDICATOR_UNKNOWN)
    owner = school_of(session)
    row = session.scalar(
        select(MonitoringFigure).where(
            MonitoringFigure.municipality_id == owner,
            MonitoringFigure.recipient_id == school_id,
            MonitoringFigure.indicator_id == indicator_id,
            MonitoringFigure.year == year,
        )
    )
    if row is None:
        row = MonitoringFigure(
            municipality_id=owner, recipient_id=school_id, indicator_id=indicator_id, year=year
        )
        session.add(row)
    row.value, row.note = value, _clean(note)
    session.flush()
    return OpResult(row.id, CHANGED)


@operation
def remove_recommendation(
    session: Session, row_id: uuid.UUID, version: int | None = None
) -> OpResult[None]:
    """Withdraw a recommendation; with ``version``, only as it was read (one changed or
    removed since is refused with :class:`ConflictError`)."""
    owner = school_of(session)
    query = delete(Recommendation).where(
        Recommendation.id == row_id, Recommendation.municipality_id == owner
    )
    if version is not None:
        query = query.where(Recommendation.version == version)
    if session.execute(query).rowcount == 1:
        return OpResult(None, CHANGED)
    held = session.scalar(
        select(Recommendation.version).where(
            Recommendation.id == row_id, Recommendation.municipality_id == owner
        )
    )
    raise ConflictError(
        texts.RECOMMENDATION_REMOVED if held is None else texts.RECOMMENDATION_CHANGED
    )


@operation
def remove_assignment(session: Session, row_id: uuid.UUID) -> OpResult[None]:
    return _remove(session, PartnerAssignment, row_id)


@operation
def remove_figure(session: Session, row_id: uuid.UUID) -> OpResult[None]:
    return _remove(session, MonitoringFigure, row_id)


def _remove(session: Session, model: type, row_id: uuid.UUID) -> OpResult[None]:
    done = session.execute(
        delete(model).where(model.id == row_id, model.municipality_id == school_of(session))
    )
    if done.rowcount != 1:
        raise NotFoundError(texts.NOT_FOUND)
    return OpResult(None, CHANGED)


def for_school(scope: SchoolScope, school_id: uuid.UUID) -> ForSchool:
    """What the municipality holds for ``school_id``, with the school's answers."""
    owner = scope.school_id
    with scope.db.reading() as session:  # answers are the school's rows: read unscoped
        answers = {
            a.recommendation_id: AnswerRow(a.status, a.text, a.answered_on)
            for a in session.scalars(
                select(RecommendationAnswer).where(RecommendationAnswer.school_id == school_id)
            )
        }
        recommendations = [
            _recommendation_row(r, answers.get(r.id))
            for r in session.scalars(
                select(Recommendation)
                .where(Recommendation.municipality_id == owner)
                .where(Recommendation.recipient_id == school_id)
                .order_by(
                    Recommendation.issued_on.desc(),
                    by_text(Recommendation.topic),
                    Recommendation.id,
                )
            )
        ]
        partners = [
            AssignmentRow(a.id, a.partner_name, a.role, a.starts_on, a.note)
            for a in session.scalars(
                select(PartnerAssignment)
                .where(PartnerAssignment.municipality_id == owner)
                .where(PartnerAssignment.recipient_id == school_id)
                .order_by(PartnerAssignment.starts_on.desc(), PartnerAssignment.id)
            )
        ]
        figures = figure_rows(session, owner, school_id)
    return ForSchool(school_id, recommendations, partners, figures)


def recommendation(
    scope: SchoolScope, school_id: uuid.UUID, row_id: uuid.UUID
) -> RecommendationRow | None:
    """One recommendation as stored now (``None``: removed), with the school's answer."""
    with scope.db.reading() as session:  # the answer is the school's row: read unscoped
        row = session.scalar(
            select(Recommendation).where(
                Recommendation.id == row_id,
                Recommendation.municipality_id == scope.school_id,
                Recommendation.recipient_id == school_id,
            )
        )
        if row is None:
            return None
        answer = session.scalar(
            select(RecommendationAnswer).where(
                RecommendationAnswer.school_id == school_id,
                RecommendationAnswer.recommendation_id == row_id,
            )
        )
        held = AnswerRow(answer.status, answer.text, answer.answered_on) if answer else None
        return _recommendation_row(row, held)


def _recommendation_row(row: Recommendation, answer: AnswerRow | None) -> RecommendationRow:
    return RecommendationRow(
        row.id, row.year, row.topic, row.text, row.issued_on, row.respond_by, answer, row.version
    )


def figure_rows(session: Session, municipality: uuid.UUID, school: uuid.UUID) -> list[FigureRow]:
    """Monitoring figures for one school with their indicators' names, by year and name."""
    query = (
        select(MonitoringFigure, Indicator.name, Indicator.unit)
        .outerjoin(Indicator, Indicator.id == MonitoringFigure.indicator_id)
        .where(MonitoringFigure.municipality_id == municipality)
        .where(MonitoringFigure.recipient_id == school)
    )
    rows = [
        FigureRow(
            f.id, f.indicator_id, name or texts.INDICATOR_GONE, unit or "", f.year, f.value, f.note
        )
        for f, name, unit in session.execute(query)
    ]
    return sorted(rows, key=lambda r: (str(r.year), r.indicator.lower()))
