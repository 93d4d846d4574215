"""Runs of an instrument: start, answer (each answer is saved at once), finish, reopen."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.changes import Changes, OpResult
from app.errors import NotFoundError, ValidationError
from app.scope import SchoolScope, operation
from app.self_assessment import texts
from app.self_assessment.catalogue import parse_definition, store_builtins
from app.self_assessment.instruments import Instrument
from app.self_assessment.rows import (
    AnswerRow,
    Member,
    ReopeningRow,
    RunDetail,
    RunRow,
)
from app.self_assessment.scoring import (
    AreaScore,
    Proposal,
    area_score,
    area_scores,
    overall_score,
    propose_deficits,
    propose_strengths,
)
from db.models.self_assessment import (
    Answer,
    Deficit,
    InstrumentVersion,
    Reopening,
    Run,
    Strength,
    TeamMember,
)

CHANGED = Changes(self_assessment=True)


@dataclass(frozen=True, slots=True)
class AnswerSaved:
    answer: AnswerRow
    area: AreaScore


@operation
def start_run(
    session: Session,
    instrument_id: uuid.UUID,
    year: AcademicYear,
    team: list[Member] | tuple[Member, ...] = (),
    today: date | None = None,
) -> OpResult[uuid.UUID]:
    members = _checked_team(team)
    store_builtins(session)
    version = session.get(InstrumentVersion, instrument_id)
    if version is None:
        raise NotFoundError(texts.INSTRUMENT_NOT_FOUND)
    _refuse_duplicate(session, version, year)
    run = Run(instrument_id=instrument_id, year=year, started_on=today or date.today())
    session.add(run)
    session.flush()
    _store_team(session, run.id, members)
    return OpResult(run.id, CHANGED)


@operation
def set_team(session: Session, run_id: uuid.UUID, team: list[Member]) -> OpResult[None]:
    members = _checked_team(team)
    _found(session, run_id)
    session.execute(delete(TeamMember).where(TeamMember.run_id == run_id))
    _store_team(session, run_id, members)
    return OpResult(None, CHANGED)


@operation
def answer(
    session: Session,
    run_id: uuid.UUID,
    item_id: str,
    level: int | None,
    evidence: str = "",
    comment: str = "",
) -> OpResult[AnswerSaved]:
    """Save one item's answer now (autosave): level, evidence and comment together."""
    run = _found(session, run_id)
    if run.status == "finished":
        raise ValidationError(texts.RUN_LOCKED)
    instrument = _instrument(session, run)
    found = instrument.item(item_id)
    if found is None:
        raise ValidationError(texts.ITEM_UNKNOWN.format(item=item_id))
    area, item = found
    if level is not None and item.descriptor(level) == "":
        raise ValidationError(texts.LEVEL_UNKNOWN.format(level=level, item=item.text))
    row = session.scalar(select(Answer).where(Answer.run_id == run_id, Answer.item_key == item_id))
    if row is None:
        row = Answer(run_id=run_id, item_key=item_id)
        session.add(row)
    row.level, row.evidence, row.comment = level, evidence.strip(), comment.strip()
    session.flush()
    levels = _levels(session, run_id)
    saved = AnswerRow(item_id, level, row.evidence, row.comment)
    return OpResult(AnswerSaved(saved, area_score(area, levels, instrument.thresholds)), CHANGED)


@operation
def finish_run(
    session: Session, run_id: uuid.UUID, now: datetime | None = None
) -> OpResult[RunDetail]:
    """Lock the run and propose deficits and strengths (confirmed ones are kept)."""
    run = _found(session, run_id)
    if run.status != "finished":
        instrument = _instrument(session, run)
        levels = _levels(session, run_id)
        missing = sum(1 for _, i in instrument.all_items() if levels.get(i.id) is None)
        if missing:
            raise ValidationError(texts.UNANSWERED_ON_FINISH.format(count=missing))
        run.status, run.finished_at = "finished", now or datetime.now(UTC)
        propose_from_run.core(session, run_id)
    session.flush()
    return OpResult(details_in(session, (Run.id == run_id,))[0], CHANGED)


@operation
def propose_from_run(session: Session, run_id: uuid.UUID) -> OpResult[None]:
    """Replace the run's unconfirmed deficits and strengths by those its answers propose;
    confirmed ones are kept (and not proposed twice)."""
    run = _found(session, run_id)
    instrument = _instrument(session, run)
    _store_proposals(session, run, instrument, _levels(session, run_id))
    return OpResult(None, CHANGED)


@operation
def reopen_run(
    session: Session, run_id: uuid.UUID, reason: str, now: datetime | None = None
) -> OpResult[None]:
    reason = reason.strip()
    if not reason:
        raise ValidationError(texts.REOPEN_REASON_REQUIRED)
    run = _found(session, run_id)
    if run.status != "finished":
        raise ValidationError(texts.RUN_NOT_LOCKED)
    run.status, run.finished_at = "in_progress", None
    session.add(Reopening(run_id=run_id, reason=reason, at=now or datetime.now(UTC)))
    return OpResult(None, CHANGED)


@operation
def delete_run(session: Session, run_id: uuid.UUID) -> OpResult[None]:
    session.delete(_found(session, run_id))
    return OpResult(None, CHANGED)


def list_runs(scope: SchoolScope, year: AcademicYear | None = None) -> list[RunRow]:
    with scope.reading() as session:
        where = () if year is None else (Run.year == year,)
        return [detail.run for detail in details_in(session, where, with_text=False)]


def get_run(scope: SchoolScope, run_id: uuid.UUID) -> RunDetail:
    with scope.reading() as session:
        found = details_in(session, (Run.id == run_id,))
    if not found:
        raise NotFoundError(texts.RUN_NOT_FOUND)
    return found[0]


def run_details(
    scope: SchoolScope,
    year: AcademicYear | None = None,
    ids: Iterable[uuid.UUID] | None = None,
) -> list[RunDetail]:
    """Every run (of ``year``; among ``ids``) with answers and scores: one query per table."""
    where = [] if year is None else [Run.year == year]
    if ids is not None:
        where.append(Run.id.in_(list(ids)))
    with scope.reading() as session:
        return details_in(session, tuple(where))


def details_in(session: Session, where: tuple = (), with_text: bool = True) -> list[RunDetail]:
    """Runs matching ``where`` as details; answers, team and reopenings read in one query
    each for all of them (plain column rows, no ORM objects)."""
    runs = session.execute(
        select(
            Run.id,
            Run.instrument_id,
            Run.year,
            Run.status,
            Run.started_on,
            Run.finished_at,
            InstrumentVersion.key,
            InstrumentVersion.title,
            InstrumentVersion.version,
            InstrumentVersion.definition,
        )
        .join(InstrumentVersion, InstrumentVersion.id == Run.instrument_id)
        .where(*where)
        .order_by(Run.year, Run.started_on)
    ).all()
    if not runs:
        return []
    answers = _grouped(session, _answer_columns(with_text), Answer.run_id, where)
    team = _grouped(
        session, (TeamMember.name, TeamMember.role), TeamMember.run_id, where, TeamMember.position
    )
    reopenings = _grouped(
        session, (Reopening.at, Reopening.reason), Reopening.run_id, where, Reopening.at
    )
    return [
        _detail(r, answers.get(r.id, []), team.get(r.id, []), reopenings.get(r.id, []))
        for r in runs
    ]


def _answer_columns(with_text: bool) -> tuple:
    if with_text:
        return (Answer.item_key, Answer.level, Answer.evidence, Answer.comment)
    return (Answer.item_key, Answer.level)


def _grouped(session: Session, columns: tuple, run_id, where: tuple, *order) -> dict:
    """``columns`` of the rows of the runs matching ``where``, grouped by run id."""
    query = select(run_id, *columns).join(Run, Run.id == run_id).where(*where)
    grouped: dict[uuid.UUID, list] = {}
    for row in session.execute(query.order_by(*order) if order else query):
        grouped.setdefault(row[0], []).append(row[1:])
    return grouped


def _detail(run, answers: list, team: list, reopenings: list) -> RunDetail:
    instrument = parse_definition(run.definition)
    rows = {a[0]: AnswerRow(*a) for a in answers}
    levels = {k: a.level for k, a in rows.items()}
    scores = area_scores(instrument, levels)
    row = RunRow(
        run.id,
        run.instrument_id,
        run.key,
        run.title,
        run.version,
        run.year,
        run.status,
        run.started_on,
        run.finished_at,
        sum(1 for v in levels.values() if v is not None),
        len(instrument.all_items()),
        overall_score(scores),
        tuple(Member(name, role) for name, role in team),
        tuple(ReopeningRow(at, reason) for at, reason in reopenings),
    )
    return RunDetail(row, instrument, rows, scores)


def _store_proposals(session: Session, run: Run, instrument: Instrument, levels: dict) -> None:
    for model in (Deficit, Strength):
        session.execute(delete(model).where(model.run_id == run.id, model.confirmed.is_(False)))
    kept_d = _kept(session, Deficit, run.id)
    kept_s = _kept(session, Strength, run.id)
    for p in propose_deficits(instrument, levels):
        if (p.area_id, p.item_id) not in kept_d:
            session.add(Deficit(**_common(run, instrument, p), risk=p.risk))
    for p in propose_strengths(instrument, levels):
        if (p.area_id, p.item_id) not in kept_s:
            session.add(Strength(**_common(run, instrument, p), offer=p.offer))


def _kept(session: Session, model: type, run_id: uuid.UUID) -> set[tuple[str, str]]:
    query = select(model.area_key, model.item_key).where(model.run_id == run_id)
    return {(area, item) for area, item in session.execute(query)}


def _common(run: Run, instrument: Instrument, p: Proposal) -> dict:
    return {
        "run_id": run.id,
        "year": run.year,
        "instrument_key": instrument.id,
        "area_key": p.area_id,
        "area_title": p.area_title,
        "item_key": p.item_id,
        "text": p.text,
        "score": p.score,
        "source": "run",
        "confirmed": False,
    }


def _refuse_duplicate(session: Session, version: InstrumentVersion, year: AcademicYear) -> None:
    same = session.scalar(
        select(func.count())
        .select_from(Run)
        .join(InstrumentVersion, InstrumentVersion.id == Run.instrument_id)
        .where(InstrumentVersion.key == version.key, Run.year == year)
    )
    if same:
        raise ValidationError(texts.RUN_EXISTS.format(title=version.title, year=year))


def _checked_team(team: list[Member] | tuple[Member, ...]) -> list[Member]:
    members = [Member(m.name.strip(), m.role.strip()) for m in team]
    if any(not m.name for m in members):
        raise ValidationError(texts.MEMBER_NAME_REQUIRED)
    return members


def _store_team(session: Session, run_id: uuid.UUID, members: list[Member]) -> None:
    session.add_all(
        TeamMember(run_id=run_id, name=m.name, role=m.role, position=i)
        for i, m in enumerate(members)
    )


def _levels(session: Session, run_id: uuid.UUID) -> dict[str, int | None]:
    rows = session.execute(select(Answer.item_key, Answer.level).where(Answer.run_id == run_id))
    return {key: level for key, level in rows}


def _instrument(session: Session, run: Run) -> Instrument:
    version = session.get(InstrumentVersion, run.instrument_id)
    assert version is not None
    return parse_definition(version.definition)


def _found(session: Session, run_id: uuid.UUID) -> Run:
    run = session.get(Run, run_id)
    if run is None:
        raise NotFoundError(texts.RUN_NOT_FOUND)
    return run
