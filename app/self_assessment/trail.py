"""The deficit → action trail: what was done about a deficit, and did it change?

deficit → programme tasks → roadmap activities (with status) → support measures and
joint events → indicators with their change → the area's score in the following runs.
The programme's tasks and activities come from ``app.programme.links`` (its link tables).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import NotFoundError
from app.programme import links as programme_links
from app.scope import SchoolScope, operation
from app.self_assessment import texts
from app.self_assessment.compare import verdict
from app.self_assessment.deficits import DeficitRow, deficit_row
from app.self_assessment.runs import details_in
from db.models.indicators import Indicator, IndicatorValue
from db.models.partnership import Agreement, JointEvent, PartnerSchool, SupportMeasure
from db.models.programme import ProgrammeTask, RoadmapActivity
from db.models.programme_links import DeficitActivity, DeficitTask
from db.models.self_assessment import (
    Deficit,
    DeficitEvent,
    DeficitIndicator,
    DeficitMeasure,
    InstrumentVersion,
    Run,
)

LINKS = {
    "measure": DeficitMeasure,
    "event": DeficitEvent,
    "indicator": DeficitIndicator,
    "task": DeficitTask,
    "activity": DeficitActivity,
}
_COLUMN = {
    "measure": "measure_id",
    "event": "event_id",
    "indicator": "indicator_id",
    "task": "task_id",
    "activity": "activity_id",
}
CHANGED = Changes(self_assessment=True)
_TARGET = {
    "measure": SupportMeasure,
    "event": JointEvent,
    "indicator": Indicator,
    "task": ProgrammeTask,
    "activity": RoadmapActivity,
}


@dataclass(frozen=True, slots=True)
class TrailMeasure:
    id: uuid.UUID
    text: str
    partner: str
    status: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True, slots=True)
class TrailEvent:
    id: uuid.UUID
    day: date
    topic: str
    partner: str
    held: bool


@dataclass(frozen=True, slots=True)
class TrailIndicator:
    id: uuid.UUID
    name: str
    unit: str
    direction: str
    actual: tuple[tuple[AcademicYear, float], ...]
    change: float | None  # last actual minus first
    improving: bool | None


@dataclass(frozen=True, slots=True)
class TrailScore:
    year: AcademicYear
    score: float | None
    status: str


@dataclass(frozen=True, slots=True)
class Trail:
    deficit: DeficitRow
    tasks: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()
    measures: tuple[TrailMeasure, ...] = ()
    events: tuple[TrailEvent, ...] = ()
    indicators: tuple[TrailIndicator, ...] = ()
    scores: tuple[TrailScore, ...] = field(default=())  # the area in this and later runs
    task_ids: tuple[uuid.UUID, ...] = ()  # parallel to tasks (for «unlink:task:ID»)
    activity_ids: tuple[uuid.UUID, ...] = ()  # parallel to activities

    @property
    def score_change(self) -> int | None:
        """Last finished run's area score minus the first one's (both rounded)."""
        known = [s.score for s in self.scores if s.score is not None and s.status == "finished"]
        return verdict(known[0], known[-1])[0] if len(known) >= 2 else None


def trail_in(session: Session, deficit_id: uuid.UUID) -> Trail:
    """The trail of one of the session's school's deficits."""
    row = session.get(Deficit, deficit_id)
    if row is None:
        raise NotFoundError(texts.DEFICIT_NOT_FOUND)
    deficit = deficit_row(row)
    tasks = programme_links.deficit_tasks(session, deficit_id)
    activities = programme_links.deficit_activities(session, deficit_id)
    return Trail(
        deficit,
        tasks=tuple(label for _, label in tasks),
        activities=tuple(label for _, label in activities),
        task_ids=tuple(i for i, _ in tasks),
        activity_ids=tuple(i for i, _ in activities),
        measures=_measures(session, deficit_id),
        events=_events(session, deficit_id),
        indicators=_indicators(session, deficit_id),
        scores=_scores(session, deficit),
    )


def deficit_trail(scope: SchoolScope, deficit_id: uuid.UUID) -> Trail:
    with scope.reading() as session:
        return trail_in(session, deficit_id)


@operation
def link(
    session: Session, deficit_id: uuid.UUID, kind: str, target_id: uuid.UUID
) -> OpResult[None]:
    """Tie a deficit to a measure, joint event, indicator, task or activity (kind from LINKS)."""
    model = LINKS[kind]
    if session.get(Deficit, deficit_id) is None:
        raise NotFoundError(texts.DEFICIT_NOT_FOUND)
    if session.get(_TARGET[kind], target_id) is None:
        raise NotFoundError(texts.LINK_TARGET_MISSING)
    if session.get(model, (deficit_id, target_id)) is None:
        session.add(model(deficit_id=deficit_id, **{_COLUMN[kind]: target_id}))
    return OpResult(None, CHANGED)


@operation
def unlink(
    session: Session, deficit_id: uuid.UUID, kind: str, target_id: uuid.UUID
) -> OpResult[None]:
    model = LINKS[kind]
    column = getattr(model, _COLUMN[kind])
    session.execute(delete(model).where(model.deficit_id == deficit_id, column == target_id))
    return OpResult(None, CHANGED)


def targets_in(session: Session, kind: str) -> list[tuple[uuid.UUID, str]]:
    """What a deficit can be linked to: (id, label) for the chooser."""
    if kind == "measure":
        rows = session.execute(select(SupportMeasure.id, SupportMeasure.measure))
    elif kind == "task":
        return programme_links.task_targets(session)
    elif kind == "activity":
        return programme_links.activity_targets(session)
    elif kind == "event":
        query = select(JointEvent.id, JointEvent.day, JointEvent.topic)
        rows = ((i, f"{d:%d.%m.%Y} — {t}") for i, d, t in session.execute(query))
    else:
        rows = session.execute(select(Indicator.id, Indicator.name))
    return sorted(((i, str(label)) for i, label in rows), key=lambda r: r[1].lower())


def link_targets(scope: SchoolScope, kind: str) -> list[tuple[uuid.UUID, str]]:
    """What a deficit can be linked to: (id, label) for the chooser."""
    with scope.reading() as session:
        return targets_in(session, kind)


@operation
def create_measure(
    session: Session,
    deficit_id: uuid.UUID,
    agreement_id: uuid.UUID,
    starts_on: date,
    ends_on: date,
    measure: str = "",
) -> OpResult[uuid.UUID]:
    """A support-measure request prefilled from the deficit, linked to it (one transaction)."""
    from app.partnership.measures import MeasureInput, save_measure

    row = session.get(Deficit, deficit_id)
    if row is None:
        raise NotFoundError(texts.DEFICIT_NOT_FOUND)
    info = MeasureInput(
        agreement_id,
        measure or texts.MEASURE_FROM_DEFICIT.format(text=row.text),
        starts_on,
        ends_on,
        deficit=row.text,
    )
    created = save_measure.core(session, info)
    link.core(session, deficit_id, "measure", created.value)
    return OpResult(created.value, created.changes | CHANGED)


@operation
def create_task(session: Session, deficit_id: uuid.UUID, text: str = "") -> OpResult[uuid.UUID]:
    """A new task of the current programme worded from the deficit, linked to it."""
    created = programme_links.task_from_deficit.core(session, deficit_id, text=text)
    return OpResult(created.value.id, created.changes)


@operation
def create_activity(
    session: Session, deficit_id: uuid.UUID, year: AcademicYear | None = None, title: str = ""
) -> OpResult[uuid.UUID]:
    """A new planned roadmap activity worded from the deficit, linked to it."""
    created = programme_links.activity_from_deficit.core(session, deficit_id, year, title)
    return OpResult(created.value.id, created.changes)


def _measures(session: Session, deficit_id: uuid.UUID) -> tuple[TrailMeasure, ...]:
    labels = _measure_statuses()
    query = (
        select(SupportMeasure, PartnerSchool.short_name)
        .join(DeficitMeasure, DeficitMeasure.measure_id == SupportMeasure.id)
        .join(Agreement, Agreement.id == SupportMeasure.agreement_id)
        .join(PartnerSchool, PartnerSchool.id == Agreement.partner_id)
        .where(DeficitMeasure.deficit_id == deficit_id)
        .order_by(SupportMeasure.starts_on)
    )
    return tuple(
        TrailMeasure(m.id, m.measure, p, labels.get(m.status, m.status), m.starts_on, m.ends_on)
        for m, p in session.execute(query)
    )


def _events(session: Session, deficit_id: uuid.UUID) -> tuple[TrailEvent, ...]:
    query = (
        select(JointEvent, PartnerSchool.short_name)
        .join(DeficitEvent, DeficitEvent.event_id == JointEvent.id)
        .join(PartnerSchool, PartnerSchool.id == JointEvent.partner_id)
        .where(DeficitEvent.deficit_id == deficit_id)
        .order_by(JointEvent.day)
    )
    return tuple(TrailEvent(e.id, e.day, e.topic, p, e.held) for e, p in session.execute(query))


def _indicators(session: Session, deficit_id: uuid.UUID) -> tuple[TrailIndicator, ...]:
    query = (
        select(Indicator)
        .join(DeficitIndicator, DeficitIndicator.indicator_id == Indicator.id)
        .where(DeficitIndicator.deficit_id == deficit_id)
        .order_by(Indicator.position)
    )
    result = []
    for ind in session.scalars(query).all():
        values = session.execute(
            select(IndicatorValue.year, IndicatorValue.actual)
            .where(IndicatorValue.indicator_id == ind.id, IndicatorValue.actual.is_not(None))
            .order_by(IndicatorValue.year)
        ).all()
        actual = tuple((y, float(v)) for y, v in values)
        change = actual[-1][1] - actual[0][1] if len(actual) >= 2 else None
        improving = None if change is None else _improving(ind.direction, change)
        result.append(
            TrailIndicator(ind.id, ind.name, ind.unit, ind.direction, actual, change, improving)
        )
    return tuple(result)


def _improving(direction: str, change: float) -> bool | None:
    if change == 0:
        return None
    return change > 0 if direction != "lower" else change < 0


def _scores(session: Session, deficit: DeficitRow) -> tuple[TrailScore, ...]:
    """The deficit's area score in the runs of its instrument from its year on."""
    if not deficit.instrument_key or not deficit.area_key:
        return ()
    ids = session.scalars(
        select(Run.id)
        .join(InstrumentVersion, InstrumentVersion.id == Run.instrument_id)
        .where(InstrumentVersion.key == deficit.instrument_key, Run.year >= deficit.year)
    ).all()
    if not ids:
        return ()
    result = []
    for detail in details_in(session, (Run.id.in_(ids),)):
        scores = {s.area_id: s.score for s in detail.scores}
        result.append(TrailScore(detail.run.year, scores.get(deficit.area_key), detail.run.status))
    return tuple(result)


def _measure_statuses() -> dict[str, str]:
    try:
        from app.partnership.texts import MEASURE_STATUSES
    except ImportError:  # the partnership area not installed
        return {}
    return dict(MEASURE_STATUSES)


def agreement_choices(scope: SchoolScope) -> list[tuple[uuid.UUID, str]]:
    """Agreements a support measure can be requested under: (id, «partner, № n»)."""
    with scope.reading() as session:
        query = (
            select(Agreement.id, PartnerSchool.short_name, Agreement.number, Agreement.signed_on)
            .join(PartnerSchool, PartnerSchool.id == Agreement.partner_id)
            .order_by(PartnerSchool.short_name, Agreement.signed_on)
        )
        return [
            (i, texts.AGREEMENT_LABEL.format(partner=p, number=n or "—", day=f"{d:%d.%m.%Y}"))
            for i, p, n, d in session.execute(query)
        ]
