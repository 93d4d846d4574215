"""The plan of targeted support measures (план адресных мер поддержки) under an agreement."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.changes import OpResult
from app.errors import ValidationError
from app.partnership import texts
from app.partnership.common import CHANGED, check_choice, found
from app.partnership.rows import MeasureInput, MeasureRow
from app.scope import SchoolScope, operation
from db.models.partnership import Agreement, PartnerSchool, SupportMeasure


def validate_measure(info: MeasureInput) -> MeasureInput:
    info.measure = info.measure.strip()
    if info.agreement_id is None:
        raise ValidationError(texts.AGREEMENT_REQUIRED)
    if not info.measure:
        raise ValidationError(texts.MEASURE_REQUIRED)
    if info.ends_on < info.starts_on:
        raise ValidationError(texts.MEASURE_DATES)
    check_choice(info.status, texts.MEASURE_STATUSES, "статус")
    return info


def list_measures(
    scope: SchoolScope,
    *,
    agreement_id: uuid.UUID | None = None,
    partner_id: uuid.UUID | None = None,
    year: AcademicYear | None = None,
) -> list[MeasureRow]:
    """Measures, optionally of one agreement / partner / those whose period meets ``year``."""
    with scope.reading() as session:
        return query_measures(session, agreement_id=agreement_id, partner_id=partner_id, year=year)


def query_measures(
    session: Session,
    *,
    agreement_id: uuid.UUID | None = None,
    partner_id: uuid.UUID | None = None,
    year: AcademicYear | None = None,
) -> list[MeasureRow]:
    query = (
        select(SupportMeasure, Agreement.number, Agreement.partner_id, PartnerSchool.short_name)
        .join(Agreement, Agreement.id == SupportMeasure.agreement_id)
        .join(PartnerSchool, PartnerSchool.id == Agreement.partner_id)
        .order_by(SupportMeasure.starts_on, SupportMeasure.measure)
    )
    if agreement_id is not None:
        query = query.where(SupportMeasure.agreement_id == agreement_id)
    if partner_id is not None:
        query = query.where(Agreement.partner_id == partner_id)
    if year is not None:
        query = query.where(
            SupportMeasure.starts_on <= year.last_day,
            SupportMeasure.ends_on >= year.first_day,
        )
    return [
        MeasureRow(
            m.id,
            m.agreement_id,
            number,
            pid,
            pname,
            m.measure,
            m.deficit,
            m.responsible_ours,
            m.responsible_partner,
            m.starts_on,
            m.ends_on,
            m.status,
            m.result,
        )
        for m, number, pid, pname in session.execute(query)
    ]


@operation
def save_measure(
    session: Session, info: MeasureInput, measure_id: uuid.UUID | None = None
) -> OpResult[uuid.UUID]:
    info = validate_measure(info)
    return OpResult(_write(session, measure_id, info, measure_id is not None), CHANGED)


def _write(
    session: Session, measure_id: uuid.UUID | None, info: MeasureInput, exists: bool
) -> uuid.UUID:
    found(session.get(Agreement, info.agreement_id))
    if exists:
        row = found(session.get(SupportMeasure, measure_id))
    else:
        row = SupportMeasure(id=measure_id or uuid.uuid4())
        session.add(row)
    for name in MeasureInput.__slots__:
        value = getattr(info, name)
        setattr(row, name, value.strip() if isinstance(value, str) else value)
    session.flush()
    return row.id


@operation
def delete_measure(session: Session, measure_id: uuid.UUID) -> OpResult[None]:
    session.delete(found(session.get(SupportMeasure, measure_id)))
    return OpResult(None, CHANGED)


@operation
def save_measures(
    session: Session, writes: list[tuple[uuid.UUID | None, MeasureInput, bool]]
) -> OpResult[int]:
    """Add or update many measures in one transaction: (id, input, exists) each."""
    for measure_id, info, exists in writes:
        _write(session, measure_id, validate_measure(info), exists)
    return OpResult(len(writes), CHANGED)
