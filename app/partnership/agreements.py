"""Cooperation agreements and the editable catalogue of directions of cooperation."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.changes import Changes, OpResult
from app.errors import ValidationError
from app.partnership import texts
from app.partnership.common import CHANGED, found
from app.partnership.rows import AgreementInput, AgreementRow, DirectionRow
from app.scope import SchoolScope, operation
from db.models.partnership import (
    Agreement,
    AgreementDirection,
    CooperationDirection,
    PartnerSchool,
)

# ---- directions catalogue ------------------------------------------------------------
# Shipped directions (no owner) are shared by every school: a school may only add, rename,
# hide and delete its own.


def _direction_row(d: CooperationDirection) -> DirectionRow:
    return DirectionRow(d.id, d.title, d.position, d.active, d.is_shipped)


def list_directions(scope: SchoolScope, include_inactive: bool = False) -> list[DirectionRow]:
    with scope.reading() as session:
        return query_directions(session, include_inactive)


def query_directions(session: Session, include_inactive: bool = False) -> list[DirectionRow]:
    """Shipped directions and the school's own, in catalogue order."""
    query = select(CooperationDirection).order_by(
        CooperationDirection.position, CooperationDirection.title
    )
    if not include_inactive:
        query = query.where(CooperationDirection.active.is_(True))
    return [_direction_row(d) for d in session.scalars(query)]


@operation
def save_direction(
    session: Session, title: str, direction_id: uuid.UUID | None = None, active: bool = True
) -> OpResult[uuid.UUID]:
    """Add an own direction or rename / hide one; shipped directions are refused."""
    title = title.strip()
    if not title:
        raise ValidationError(texts.DIRECTION_REQUIRED)
    if direction_id is None:
        last = session.scalar(select(func.max(CooperationDirection.position))) or 0
        row = CooperationDirection(id=uuid.uuid4(), position=last + 1)
        session.add(row)
    else:
        row = found(session.get(CooperationDirection, direction_id))
        if row.is_shipped:
            if (row.title, row.active) == (title, active):
                return OpResult(row.id, Changes())  # nothing asked to change
            raise ValidationError(texts.DIRECTION_SHIPPED.format(title=row.title))
    row.title, row.active = title, active
    session.flush()
    return OpResult(row.id, CHANGED)


@operation
def delete_direction(session: Session, direction_id: uuid.UUID) -> OpResult[None]:
    row = found(session.get(CooperationDirection, direction_id))
    if row.is_shipped:
        raise ValidationError(texts.DIRECTION_SHIPPED.format(title=row.title))
    session.delete(row)
    return OpResult(None, CHANGED)


# ---- agreements ----------------------------------------------------------------------


def _validated(info: AgreementInput) -> AgreementInput:
    if info.partner_id is None:
        raise ValidationError(texts.PARTNER_REQUIRED)
    if info.valid_until < info.signed_on:
        raise ValidationError(texts.AGREEMENT_DATES)
    if info.prolonged_until is not None and info.prolonged_until < info.valid_until:
        raise ValidationError(texts.PROLONGATION_DATES)
    return info


def list_agreements(scope: SchoolScope, partner_id: uuid.UUID | None = None) -> list[AgreementRow]:
    with scope.reading() as session:
        return query_agreements(session, partner_id)


def query_agreements(session: Session, partner_id: uuid.UUID | None = None) -> list[AgreementRow]:
    """Agreements in signing order (of one partner or all) with their directions."""
    query = (
        select(Agreement, PartnerSchool.short_name)
        .join(PartnerSchool, PartnerSchool.id == Agreement.partner_id)
        .order_by(Agreement.signed_on)
    )
    if partner_id is not None:
        query = query.where(Agreement.partner_id == partner_id)
    directions = {d.id: d for d in query_directions(session, include_inactive=True)}
    links: dict[uuid.UUID, list[DirectionRow]] = {}
    for link in session.scalars(select(AgreementDirection)):
        if link.direction_id in directions:
            links.setdefault(link.agreement_id, []).append(directions[link.direction_id])
    rows = []
    for a, partner_name in session.execute(query):
        linked = sorted(links.get(a.id, ()), key=lambda d: (d.position, d.title))
        rows.append(
            AgreementRow(
                a.id,
                a.partner_id,
                partner_name,
                a.number,
                a.signed_on,
                a.valid_until,
                a.subject,
                a.prolongation,
                a.prolonged_until,
                a.our_obligations,
                a.partner_obligations,
                tuple(linked),
            )
        )
    return rows


@operation
def save_agreement(
    session: Session, info: AgreementInput, agreement_id: uuid.UUID | None = None
) -> OpResult[uuid.UUID]:
    info = _validated(info)
    found(session.get(PartnerSchool, info.partner_id))
    wanted = list(dict.fromkeys(info.direction_ids))
    for direction_id in wanted:
        found(session.get(CooperationDirection, direction_id))
    if agreement_id is None:
        row = Agreement(id=uuid.uuid4())
        session.add(row)
    else:
        row = found(session.get(Agreement, agreement_id))
    row.partner_id, row.number = info.partner_id, info.number.strip()
    row.signed_on, row.valid_until = info.signed_on, info.valid_until
    row.prolonged_until, row.prolongation = info.prolonged_until, info.prolongation.strip()
    row.subject = info.subject.strip()
    row.our_obligations = info.our_obligations.strip()
    row.partner_obligations = info.partner_obligations.strip()
    session.flush()
    session.execute(delete(AgreementDirection).where(AgreementDirection.agreement_id == row.id))
    for direction_id in wanted:
        session.add(AgreementDirection(agreement_id=row.id, direction_id=direction_id))
    session.flush()
    return OpResult(row.id, CHANGED)


@operation
def delete_agreement(session: Session, agreement_id: uuid.UUID) -> OpResult[None]:
    session.delete(found(session.get(Agreement, agreement_id)))
    return OpResult(None, CHANGED)
