"""At a school: what arrived from the municipality in return packages, and the school's
answers to its recommendations (the school's own rows; they travel in its next package).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import Changes, OpResult
from app.errors import NotFoundError, ValidationError
from app.folding import fold
from app.municipality.returns import AnswerRow, AssignmentRow, FigureRow, figure_rows
from app.scope import SchoolScope, operation, school_of
from app.sync import texts
from db.enums import ANSWER_STATUSES
from db.models.exchange import ReceivedPackage
from db.models.municipality import PackageDeadline
from db.models.partnership import PartnerRole, PartnerSchool
from db.models.returns import PartnerAssignment, Recommendation, RecommendationAnswer

CHANGED = Changes(exchange=True)


@dataclass(frozen=True, slots=True)
class ReceivedRecommendation:
    id: uuid.UUID
    year: str
    topic: str
    text: str
    issued_on: date
    respond_by: date | None
    answer: AnswerRow | None

    def overdue(self, today: date) -> bool:
        return self.answer is None and self.respond_by is not None and self.respond_by < today


@dataclass(frozen=True, slots=True)
class ReceivedAssignment:
    assignment: AssignmentRow
    partner_id: uuid.UUID | None  # the school's partner of that name, once added


@dataclass(frozen=True, slots=True)
class Deadline:
    title: str
    opens_on: date
    due_on: date


@dataclass(frozen=True, slots=True)
class ReturnReceived:
    file_name: str
    sequence: int
    created_at: datetime
    received_at: datetime


@dataclass(frozen=True, slots=True)
class Received:
    """Everything the school holds from its municipality."""

    municipality: str
    recommendations: list[ReceivedRecommendation]
    partners: list[ReceivedAssignment]
    figures: list[FigureRow]
    deadlines: list[Deadline]
    packages: list[ReturnReceived]  # newest first

    def unanswered(self) -> int:
        return sum(1 for r in self.recommendations if r.answer is None)


def received(scope: SchoolScope) -> Received:
    school = scope.school_id
    with scope.reading() as session:
        answers = {
            a.recommendation_id: AnswerRow(a.status, a.text, a.answered_on)
            for a in session.scalars(select(RecommendationAnswer))
        }
        recommendations = [
            ReceivedRecommendation(
                r.id, str(r.year), r.topic, r.text, r.issued_on, r.respond_by, answers.get(r.id)
            )
            for r in session.scalars(
                select(Recommendation)
                .where(Recommendation.recipient_id == school)
                .order_by(Recommendation.issued_on.desc(), Recommendation.topic, Recommendation.id)
            )
        ]
        partners_by_name = {fold(p.full_name): p.id for p in session.scalars(select(PartnerSchool))}
        partners = [
            ReceivedAssignment(
                AssignmentRow(a.id, a.partner_name, a.role, a.starts_on, a.note),
                partners_by_name.get(fold(a.partner_name)),
            )
            for a in session.scalars(
                select(PartnerAssignment)
                .where(PartnerAssignment.recipient_id == school)
                .order_by(PartnerAssignment.starts_on.desc(), PartnerAssignment.id)
            )
        ]
        municipality_id = _municipality(session)
        figures = figure_rows(session, municipality_id, school) if municipality_id else []
        deadlines = [
            Deadline(d.title, d.opens_on, d.due_on)
            for d in session.scalars(
                select(PackageDeadline)
                .where(PackageDeadline.municipality_id == municipality_id)
                .order_by(PackageDeadline.due_on, PackageDeadline.title, PackageDeadline.id)
            )
        ]
        packages = [
            ReturnReceived(p.file_name, p.sequence, p.created_at, p.received_at)
            for p in session.scalars(
                select(ReceivedPackage)
                .where(ReceivedPackage.kind == "return")
                .order_by(ReceivedPackage.received_at.desc(), ReceivedPackage.sequence.desc())
            )
        ]
        name = _name(session, municipality_id)
    return Received(name, recommendations, partners, figures, deadlines, packages)


def _municipality(session: Session) -> uuid.UUID | None:
    """The municipality whose return package arrived last."""
    return session.scalar(
        select(ReceivedPackage.sender_id)
        .where(ReceivedPackage.kind == "return")
        .order_by(ReceivedPackage.received_at.desc(), ReceivedPackage.sequence.desc())
        .limit(1)
    )


def _name(session: Session, organisation_id: uuid.UUID | None) -> str:
    from db.models.organisation import Organisation

    if organisation_id is None:
        return ""
    table = Organisation.__table__
    return session.scalar(select(table.c.full_name).where(table.c.id == organisation_id)) or ""


@operation
def answer_recommendation(
    session: Session,
    recommendation_id: uuid.UUID,
    status: str,
    text: str = "",
    answered_on: date | None = None,
) -> OpResult[uuid.UUID]:
    """Write (or change) the school's answer to a recommendation it received."""
    if status not in ANSWER_STATUSES:
        raise ValidationError(texts.ANSWER_STATUS_REQUIRED)
    text = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if status == "disagree" and not text:
        raise ValidationError(texts.ANSWER_REASON_REQUIRED)
    recommendation = session.get(Recommendation, recommendation_id)
    if recommendation is None or recommendation.recipient_id != school_of(session):
        raise NotFoundError(texts.RECOMMENDATION_GONE)
    row = session.scalar(
        select(RecommendationAnswer).where(
            RecommendationAnswer.recommendation_id == recommendation_id
        )
    )
    if row is None:
        row = RecommendationAnswer(recommendation_id=recommendation_id)
        session.add(row)
    row.status, row.text, row.answered_on = status, text, answered_on or date.today()
    session.flush()
    return OpResult(row.id, CHANGED)


@operation
def add_assigned_partner(session: Session, assignment_id: uuid.UUID) -> OpResult[uuid.UUID]:
    """Add the partner the municipality assigned to the school's partners, with its role
    from the assignment's date (an existing partner of that name only gains the role)."""
    assignment = session.get(PartnerAssignment, assignment_id)
    if assignment is None or assignment.recipient_id != school_of(session):
        raise NotFoundError(texts.RECOMMENDATION_GONE)
    partner = next(
        (
            p
            for p in session.scalars(select(PartnerSchool))
            if fold(p.full_name) == fold(assignment.partner_name)
        ),
        None,
    )
    if partner is None:
        partner = PartnerSchool(
            id=uuid.uuid4(),
            full_name=assignment.partner_name,
            short_name=assignment.partner_name[:200],
        )
        session.add(partner)
        session.flush()
    held = session.scalar(
        select(PartnerRole.id).where(
            PartnerRole.partner_id == partner.id, PartnerRole.since == assignment.starts_on
        )
    )
    if held is None:
        session.add(
            PartnerRole(
                id=uuid.uuid4(),
                partner_id=partner.id,
                role=assignment.role,
                since=assignment.starts_on,
                note=texts.ASSIGNED_BY.format(name=_name(session, assignment.municipality_id)),
            )
        )
    session.flush()
    return OpResult(partner.id, Changes(exchange=True, partnership=True))


def task_resources(scope: SchoolScope) -> dict[uuid.UUID, list[str]]:
    """The municipal resources assigned to each of the school's tasks, by name (shown
    beside the task; they arrive in return packages)."""
    from db.models.municipal import MunicipalResource, ResourceAssignment

    with scope.reading() as session:
        rows = session.execute(
            select(ResourceAssignment.task_id, MunicipalResource.name)
            .join(MunicipalResource, MunicipalResource.id == ResourceAssignment.resource_id)
            .where(ResourceAssignment.recipient_id == scope.school_id)
            .order_by(MunicipalResource.name)
        ).all()
    found: dict[uuid.UUID, list[str]] = {}
    for task_id, name in rows:
        found.setdefault(task_id, []).append(name)
    return found
