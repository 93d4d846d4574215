"""The runs, deficits and strengths a report reads, as the self-assessment's use cases
give them (``runs.details_in``, ``deficits.deficits_in`` / ``strengths_in``), read with
narrow Core queries (``db.lean_tables``) and plain instruments: no ORM models, no
pydantic (see ``report_data``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import Connection, func, select, union_all

from app.academic_year import AcademicYear
from app.self_assessment.instruments_plain import stored_instrument
from app.self_assessment.rows import (
    AnswerRow,
    DeficitRow,
    Member,
    ReopeningRow,
    RunDetail,
    RunRow,
    StrengthRow,
)
from app.self_assessment.scoring import area_scores, overall_score
from db.lean_sa_tables import (
    deficit_activity,
    deficit_task,
    sa_answer,
    sa_deficit,
    sa_deficit_event,
    sa_deficit_indicator,
    sa_deficit_measure,
    sa_instrument,
    sa_reopening,
    sa_run,
    sa_strength,
    sa_team_member,
)
from db.lean_tables import owned


def every_run(conn: Connection, owner: uuid.UUID) -> list[tuple[uuid.UUID, str, AcademicYear]]:
    """(id, instrument key, year) of the school's runs, oldest first."""
    r, v = sa_run, sa_instrument
    query = (
        select(r.c.id, v.c.key, r.c.year)
        .join(v, v.c.id == r.c.instrument_id)
        .where(owned(r, owner))
        .order_by(r.c.year, r.c.started_on)
    )
    return [tuple(row) for row in conn.execute(query)]


def needed_runs(every: list, year: AcademicYear) -> set[uuid.UUID]:
    """The runs of ``year`` and, for each, the previous run of its instrument."""
    needed: set[uuid.UUID] = set()
    for run_id, key, run_year in every:
        if run_year == year:
            needed.add(run_id)
            earlier = [r for r in every if r[1] == key and r[2] < year]
            if earlier:
                needed.add(earlier[-1][0])
    return needed


class LaterScores:
    """A deficit's area score in the runs of its instrument after the deficit's year, up
    to the report's year (``trail._scores``, as the report cuts it), read when asked."""

    def __init__(self, conn: Connection, owner: uuid.UUID, every: list, year: AcademicYear):
        self.conn, self.owner, self.every, self.year = conn, owner, every, year

    def of(self, deficit: DeficitRow) -> list[tuple[AcademicYear, float | None]]:
        if not deficit.instrument_key or not deficit.area_key:
            return []
        ids = {
            run_id
            for run_id, key, run_year in self.every
            if key == deficit.instrument_key and deficit.year < run_year <= self.year
        }
        result = []
        for detail in run_details(self.conn, self.owner, ids):
            scores = {s.area_id: s.score for s in detail.scores}
            result.append((detail.run.year, scores.get(deficit.area_key)))
        return result


def run_details(conn: Connection, owner: uuid.UUID, ids: Iterable[uuid.UUID]) -> list[RunDetail]:
    """The runs ``ids`` as ``runs.details_in`` gives them (answers, team and reopenings
    read in one query each), oldest first."""
    ids = list(ids)
    if not ids:
        return []
    r, v = sa_run, sa_instrument
    query = (
        select(
            r.c.id,
            r.c.instrument_id,
            r.c.year,
            r.c.status,
            r.c.started_on,
            r.c.finished_at,
            v.c.key,
            v.c.title,
            v.c.version,
            v.c.definition,
        )
        .join(v, v.c.id == r.c.instrument_id)
        .where(owned(r, owner), r.c.id.in_(ids))
        .order_by(r.c.year, r.c.started_on)
    )
    runs = conn.execute(query).all()
    a, t, o = sa_answer, sa_team_member, sa_reopening
    answers = _grouped(conn, owner, a, (a.c.item_key, a.c.level, a.c.evidence, a.c.comment), ids)
    team = _grouped(conn, owner, t, (t.c.name, t.c.role), ids, t.c.position)
    reopenings = _grouped(conn, owner, o, (o.c.at, o.c.reason), ids, o.c.at)
    return [
        _detail(run, answers.get(run.id, []), team.get(run.id, []), reopenings.get(run.id, []))
        for run in runs
    ]


def _grouped(conn: Connection, owner: uuid.UUID, t, columns: tuple, ids: list, *order) -> dict:
    """``columns`` of the rows of ``t`` belonging to the runs ``ids``, by run id."""
    query = select(t.c.run_id, *columns).where(owned(t, owner), t.c.run_id.in_(ids))
    grouped: dict[uuid.UUID, list] = {}
    for row in conn.execute(query.order_by(*order) if order else query):
        grouped.setdefault(row[0], []).append(row[1:])
    return grouped


def _detail(run, answers: list, team: list, reopenings: list) -> RunDetail:
    instrument = stored_instrument(run.definition)
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


_DEFICIT_LINKS = (sa_deficit_measure, sa_deficit_event, sa_deficit_indicator, deficit_task)


def deficits_of(conn: Connection, owner: uuid.UUID, year: AcademicYear) -> list[DeficitRow]:
    """The deficits of ``year`` as ``deficits.deficits_in`` gives them."""
    d = sa_deficit
    counts = union_all(
        *(
            select(t.c.deficit_id, func.count()).where(owned(t, owner)).group_by(t.c.deficit_id)
            for t in (*_DEFICIT_LINKS, deficit_activity)
        )
    )
    links: dict[uuid.UUID, int] = {}
    for deficit_id, count in conn.execute(counts):
        links[deficit_id] = links.get(deficit_id, 0) + count
    query = (
        select(
            d.c.id,
            d.c.year,
            d.c.run_id,
            d.c.instrument_key,
            d.c.area_key,
            d.c.area_title,
            d.c.item_key,
            d.c.text,
            d.c.risk,
            d.c.score,
            d.c.source,
            d.c.confirmed,
        )
        .where(owned(d, owner), d.c.year == year)
        .order_by(d.c.year, d.c.area_title, d.c.text)
    )
    return [DeficitRow(*row, links.get(row[0], 0)) for row in conn.execute(query)]


def strengths_of(conn: Connection, owner: uuid.UUID, year: AcademicYear) -> list[StrengthRow]:
    """The strengths of ``year`` as ``deficits.strengths_in`` gives them."""
    s = sa_strength
    query = (
        select(
            s.c.id,
            s.c.year,
            s.c.run_id,
            s.c.instrument_key,
            s.c.area_key,
            s.c.area_title,
            s.c.item_key,
            s.c.text,
            s.c.score,
            s.c.offer,
            s.c.source,
            s.c.confirmed,
        )
        .where(owned(s, owner), s.c.year == year)
        .order_by(s.c.year, s.c.area_title, s.c.text)
    )
    return [StrengthRow(*row) for row in conn.execute(query)]
