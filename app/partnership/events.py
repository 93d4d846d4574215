"""Joint events with partner schools: planned and/or held, participants by category."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.changes import OpResult
from app.errors import ValidationError
from app.partnership import texts
from app.partnership.common import CHANGED, check_choice, found
from app.partnership.rows import (  # noqa: F401  (the rows' old home: imported from here too)
    CATEGORY_KEYS,
    COUNT_FIELDS,
    SIDES,
    EventInput,
    EventRow,
)
from app.scope import SchoolScope, operation
from db.models.partnership import (
    Agreement,
    CooperationDirection,
    EventDirection,
    JointEvent,
    PartnerSchool,
    SupportMeasure,
)
from db.models.programme import RoadmapActivity


def validate_event(info: EventInput, today: date | None = None) -> EventInput:
    """Check an event; raises ValidationError with a Russian sentence."""
    if info.partner_id is None:
        raise ValidationError(texts.PARTNER_REQUIRED)
    if info.day is None:
        raise ValidationError(texts.DATE_REQUIRED)
    info.topic = info.topic.strip()
    if not info.topic:
        raise ValidationError(texts.TOPIC_REQUIRED)
    if not (info.was_planned or info.held):
        raise ValidationError(texts.EVENT_NEITHER)
    if info.held and info.day > (today or date.today()):
        raise ValidationError(texts.HELD_IN_FUTURE.format(day=info.day.strftime("%d.%m.%Y")))
    check_choice(info.kind, texts.EVENT_KINDS, "вид мероприятия")
    check_choice(info.form, texts.FORMS, "формат")
    check_choice(info.stage, texts.STAGES, "этап")
    check_choice(info.organiser, texts.ORGANISERS, "организатор")
    for name in info.counts:
        if name not in COUNT_FIELDS:
            raise ValidationError(texts.UNKNOWN_VALUE.format(value=name, field="участники"))
        if int(info.counts[name]) < 0:
            raise ValidationError(texts.NEGATIVE_COUNT)
    return info


_EVENT_COLUMNS = (
    JointEvent.id,
    JointEvent.partner_id,
    PartnerSchool.short_name,
    JointEvent.kind,
    JointEvent.day,
    JointEvent.topic,
    JointEvent.was_planned,
    JointEvent.held,
    JointEvent.form,
    JointEvent.stage,
    JointEvent.organiser,
    JointEvent.outcomes,
    JointEvent.reflection,
    JointEvent.measure_id,
    SupportMeasure.measure,
    *(getattr(JointEvent, name) for name in COUNT_FIELDS),
)


def list_events(
    scope: SchoolScope, *, year: AcademicYear | None = None, partner_id: uuid.UUID | None = None
) -> list[EventRow]:
    """Events in date order, optionally of one year and/or one partner."""
    with scope.reading() as session:
        return query_events(session, year=year, partner_id=partner_id)


def activity_titles(scope: SchoolScope) -> dict[uuid.UUID, str]:
    """Event id → the title of the roadmap activity it serves (only events that serve one)."""
    query = select(JointEvent.id, RoadmapActivity.title).join(
        RoadmapActivity, RoadmapActivity.id == JointEvent.activity_id
    )
    with scope.reading() as session:
        return dict(session.execute(query).all())


def query_events(
    session: Session, *, year: AcademicYear | None = None, partner_id: uuid.UUID | None = None
) -> list[EventRow]:
    """Plain column rows (one query for events, one for directions)."""
    where = []
    if year is not None:
        where.append(JointEvent.day.between(year.first_day, year.last_day))
    if partner_id is not None:
        where.append(JointEvent.partner_id == partner_id)
    query = (
        select(*_EVENT_COLUMNS)
        .join(PartnerSchool, PartnerSchool.id == JointEvent.partner_id)
        .outerjoin(SupportMeasure, SupportMeasure.id == JointEvent.measure_id)
        .where(*where)
        .order_by(JointEvent.day, JointEvent.topic)
    )
    links: dict[uuid.UUID, list[uuid.UUID]] = {}
    for event_id, direction_id in session.execute(
        select(EventDirection.event_id, EventDirection.direction_id)
    ):
        links.setdefault(event_id, []).append(direction_id)
    return [_row(row, links) for row in session.execute(query)]


def _row(row, links: dict) -> EventRow:
    counts = row[15:]
    return EventRow(
        *row[:14],
        row[14] or "",
        tuple(links.get(row[0], ())),
        {name: value or 0 for name, value in zip(COUNT_FIELDS, counts, strict=True)},
    )


@operation
def save_event(
    session: Session,
    info: EventInput,
    event_id: uuid.UUID | None = None,
    today: date | None = None,
) -> OpResult[uuid.UUID]:
    info = validate_event(info, today)
    return OpResult(_write(session, event_id, info, event_id is not None), CHANGED)


def _write(session: Session, event_id: uuid.UUID | None, info: EventInput, exists: bool):
    """Store one validated event (new, with ``event_id`` if given, or existing)."""
    return _write_many(session, [(event_id, info, exists)])[0]


def _write_many(
    session: Session, writes: list[tuple[uuid.UUID | None, EventInput, bool]]
) -> list[uuid.UUID]:
    """Store validated events with two flushes and one directions delete per 500 events
    (not per event): an imported workbook of 1,000 events is a few batched statements."""
    known = _known_events(session, [event_id for event_id, _, exists in writes if exists])
    placed = []
    for event_id, info, exists in writes:
        found(session.get(PartnerSchool, info.partner_id))
        _check_measure(session, info)
        wanted = list(dict.fromkeys(info.direction_ids))
        for direction_id in wanted:
            found(session.get(CooperationDirection, direction_id))
        if exists:
            row = found(known.get(event_id))
        else:
            row = JointEvent(id=event_id or uuid.uuid4())
            session.add(row)
        _fill(row, info)
        placed.append((row.id, wanted))
    session.flush()
    for chunk in _chunks(list(known)):
        session.execute(delete(EventDirection).where(EventDirection.event_id.in_(chunk)))
    session.add_all(
        EventDirection(event_id=event_id, direction_id=direction_id)
        for event_id, wanted in placed
        for direction_id in wanted
    )
    session.flush()
    return [event_id for event_id, _ in placed]


def _chunks(items: list, size: int = 500) -> list[list]:
    return [items[n : n + size] for n in range(0, len(items), size)]


def _known_events(session: Session, ids: list[uuid.UUID | None]) -> dict[uuid.UUID, JointEvent]:
    known: dict[uuid.UUID, JointEvent] = {}
    for chunk in _chunks([i for i in ids if i is not None]):
        query = select(JointEvent).where(JointEvent.id.in_(chunk))
        known.update((e.id, e) for e in session.scalars(query))
    return known


def _check_measure(session: Session, info: EventInput) -> None:
    if info.measure_id is None:
        return
    measure = found(session.get(SupportMeasure, info.measure_id))
    agreement = found(session.get(Agreement, measure.agreement_id))
    if agreement.partner_id != info.partner_id:
        raise ValidationError(texts.MEASURE_OTHER_PARTNER)


def _fill(row: JointEvent, info: EventInput) -> None:
    row.partner_id, row.kind, row.day, row.topic = info.partner_id, info.kind, info.day, info.topic
    row.was_planned, row.held = info.was_planned, info.held
    row.form, row.stage, row.organiser = info.form, info.stage, info.organiser
    row.outcomes, row.reflection = info.outcomes.strip(), info.reflection.strip()
    row.measure_id = info.measure_id
    for name in COUNT_FIELDS:
        setattr(row, name, int(info.counts.get(name, 0)))


@operation
def save_event_serving(
    session: Session,
    info: EventInput,
    event_id: uuid.UUID | None,
    activity_id: uuid.UUID | None,
    today: date | None = None,
) -> OpResult[uuid.UUID]:
    """Save an event and say which roadmap activity it serves, in one transaction."""
    from app.programme.links import set_event_activity

    saved = save_event.core(session, info, event_id, today)
    linked = set_event_activity.core(session, saved.value, activity_id)
    return OpResult(saved.value, saved.changes | linked.changes)


@operation
def delete_event(session: Session, event_id: uuid.UUID) -> OpResult[None]:
    session.delete(found(session.get(JointEvent, event_id)))
    return OpResult(None, CHANGED)


@operation
def add_events(session: Session, infos: list[EventInput], today: date) -> OpResult[int]:
    """Store many new events in one transaction (demo data)."""
    _write_many(session, [(None, validate_event(info, today), False) for info in infos])
    return OpResult(len(infos), CHANGED)


@operation
def save_events(
    session: Session,
    writes: list[tuple[uuid.UUID | None, EventInput, bool]],
    today: date | None,
) -> OpResult[int]:
    """Add or update many events in one transaction: (id, input, exists) each."""
    checked = [(event_id, validate_event(info, today), exists) for event_id, info, exists in writes]
    _write_many(session, checked)
    return OpResult(len(writes), CHANGED)
