"""Partner schools and the history of their role relative to us."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import OpResult
from app.errors import ValidationError
from app.partnership import texts
from app.partnership.common import CHANGED, check_choice, found
from app.partnership.rows import PartnerInput, PartnerRow, RoleRow, role_on  # noqa: F401  (its old home)
from app.scope import SchoolScope, operation
from db.models.partnership import PartnerRole, PartnerSchool


def offers_by_area(text: str) -> list[tuple[str, str]]:
    """Lines «Область: предложение» as (area, offer); a line without a colon has no area."""
    result = []
    for line in text.splitlines():
        line = line.strip(" -•\t")
        if not line:
            continue
        area, sep, offer = line.partition(":")
        result.append((area.strip(), offer.strip()) if sep else ("", line))
    return result


def _validated(info: PartnerInput) -> PartnerInput:
    info.full_name = info.full_name.strip()
    if not info.full_name:
        raise ValidationError(texts.NAME_REQUIRED)
    info.short_name = info.short_name.strip() or info.full_name
    return info


def list_partners(scope: SchoolScope) -> list[PartnerRow]:
    with scope.reading() as session:
        return query_partners(session)


def query_partners(session: Session) -> list[PartnerRow]:
    """The partners visible to ``session`` with their role history."""
    partners = session.scalars(select(PartnerSchool).order_by(PartnerSchool.short_name)).all()
    roles = session.scalars(select(PartnerRole).order_by(PartnerRole.since)).all()
    by_partner: dict[uuid.UUID, list[RoleRow]] = {}
    for r in roles:
        by_partner.setdefault(r.partner_id, []).append(RoleRow(r.id, r.role, r.since, r.note))
    return [
        PartnerRow(
            p.id,
            p.full_name,
            p.short_name,
            p.municipality,
            p.director,
            p.contacts,
            p.offers,
            p.needs,
            tuple(by_partner.get(p.id, ())),
        )
        for p in partners
    ]


@operation
def save_partner(
    session: Session, info: PartnerInput, partner_id: uuid.UUID | None = None
) -> OpResult[uuid.UUID]:
    info = _validated(info)
    if partner_id is None:
        row = PartnerSchool(id=uuid.uuid4())
        session.add(row)
    else:
        row = found(session.get(PartnerSchool, partner_id))
    for name in PartnerInput.__slots__:
        setattr(row, name, getattr(info, name).strip())
    session.flush()
    return OpResult(row.id, CHANGED)


@operation
def delete_partner(session: Session, partner_id: uuid.UUID) -> OpResult[None]:
    session.delete(found(session.get(PartnerSchool, partner_id)))
    return OpResult(None, CHANGED)


@operation
def add_role(
    session: Session, partner_id: uuid.UUID, role: str, since: date, note: str = ""
) -> OpResult[uuid.UUID]:
    check_choice(role, texts.ROLES, "роль")
    found(session.get(PartnerSchool, partner_id))
    clash = session.scalar(
        select(PartnerRole.id).where(
            PartnerRole.partner_id == partner_id, PartnerRole.since == since
        )
    )
    if clash is not None:
        raise ValidationError(texts.ROLE_DUPLICATE)
    row = PartnerRole(id=uuid.uuid4(), partner_id=partner_id, role=role, since=since)
    row.note = note.strip()
    session.add(row)
    return OpResult(row.id, CHANGED)


@operation
def delete_role(session: Session, role_id: uuid.UUID) -> OpResult[None]:
    session.delete(found(session.get(PartnerRole, role_id)))
    return OpResult(None, CHANGED)
