"""Views over partnership and self-assessment: network-interaction criteria per school and
year, area scores of finished self-assessments, and the most common deficits.

Partnership (as ``app.partnership.criteria`` defines them, per academic year of the event
day): planned share = planned events held ÷ planned events due by ``today`` (planned ones
dated later and not held are not due yet); held events by organiser; the share the school
organised = held by the school ÷ held; participants = every participant count of held
events, both sides; directions = distinct directions the held events served; partners =
distinct partners of held events.

Self-assessment: an area's score is the mean over its answered items (the «what we can
offer» items left out) of the level placed on 0–100 along the item's scale — the same
score a run shows — over the finished runs of the year. The item → area map comes from the
stored instrument definitions and joins the answers as a VALUES table, so the summing
stays in SQL (whole numbers; the mean is divided out exactly). Deficits count when
confirmed; hand-written ones with no area are not comparable across schools and are left
out.
"""

from __future__ import annotations

import math
from datetime import date

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    String,
    Uuid,
    and_,
    case,
    column,
    distinct,
    extract,
    func,
    select,
    values,
)

from app.municipality import texts
from app.municipality.consolidated import Sheet, exact_round, percent, sheet_from
from app.municipality.pivot import SchoolRows, per_school, school_names, streamed
from app.municipality.results_views import ORG, _of_schools
from app.municipality.schools import Filter
from app.partnership.events import COUNT_FIELDS
from app.self_assessment.scoring import risk_of
from db.lean_tables import by_text
from db.models.partnership import EventDirection, JointEvent
from db.models.self_assessment import Answer, Deficit, InstrumentVersion, Run

EVENT = JointEvent.__table__


def _event_year():
    day = EVENT.c.day
    return (extract("year", day) - case((extract("month", day) < 9, 1), else_=0)).label("year")


def _count(condition) -> object:
    return func.sum(case((condition, 1), else_=0))


def _events_of(query: Select, filt: Filter) -> Select:
    query = query.where(EVENT.c.school_id == ORG.c.id)
    query = _of_schools(query, EVENT.c.school_id, filt)
    if filt.year is not None:
        query = query.where(EVENT.c.day.between(filt.year.first_day, filt.year.last_day))
    return query


def _partnership_counts(filt: Filter, today: date) -> Select:
    held, planned = EVENT.c.held.is_(True), EVENT.c.was_planned.is_(True)
    year = _event_year()
    people = sum((EVENT.c[name] for name in COUNT_FIELDS[1:]), EVENT.c[COUNT_FIELDS[0]])
    query = select(
        EVENT.c.school_id,
        year,
        _count(planned),
        _count(and_(planned, held)),
        _count(and_(planned, EVENT.c.held.is_(False), EVENT.c.day > today)),
        _count(held),
        *(_count(and_(held, EVENT.c.organiser == who)) for who in ("we", "joint", "partner")),
        func.sum(case((held, people), else_=0)),
        func.count(distinct(case((held, EVENT.c.partner_id)))),
    ).group_by(EVENT.c.school_id, year)
    return _events_of(query, filt)


def directions_query(filt: Filter, today: date) -> Select:
    links = EventDirection.__table__
    year = _event_year()
    query = (
        select(EVENT.c.school_id, year, func.count(distinct(links.c.direction_id)).label("n"))
        .select_from(links.join(EVENT, links.c.event_id == EVENT.c.id))
        .where(EVENT.c.held.is_(True))
        .group_by(EVENT.c.school_id, year)
    )
    return _events_of(query, filt)


def partnership_query(filt: Filter, today: date) -> Select:
    """Per school and year the criteria, the directions served joined in SQL; by school."""
    counts = _partnership_counts(filt, today).subquery("counts")
    served = directions_query(filt, today).subquery("served")
    joined = and_(served.c.school_id == counts.c.school_id, served.c.year == counts.c.year)
    return (
        select(counts, func.coalesce(served.c.n, 0))
        .select_from(counts.outerjoin(served, joined))
        .order_by(counts.c.school_id)
    )


def partnership(connection: Connection, filt: Filter, today: date) -> list[Sheet]:
    gathered = SchoolRows(school_names(connection, filt))
    for school, rows in per_school(streamed(connection, partnership_query(filt, today))):
        keyed = []
        for row in rows:
            planned, planned_held, ahead, held, by_us, joint, by_partner = row[2:9]
            people, partners, served = row[9:]
            start = int(row[1])
            cells = [f"{start}-{start + 1}", planned, planned_held]
            cells += [percent(planned_held, planned - ahead), held, by_us, joint, by_partner]
            cells += [percent(by_us, held), people, served, partners]
            keyed.append((start, tuple(cells)))
        gathered.add(school, keyed)
    headers = [texts.SCHOOL, texts.YEAR, texts.PLANNED_EVENTS, texts.PLANNED_HELD]
    headers += [texts.PLANNED_SHARE, texts.HELD, texts.BY_US, texts.JOINT, texts.BY_PARTNER]
    headers += [texts.SHARE_US, texts.PARTICIPANTS, texts.DIRECTIONS, texts.PARTNERS]
    return [gathered.sheet(texts.VIEW_SHEETS["partnership"], headers, 2)]


# --- self-assessment ----------------------------------------------------------------------


def _instruments(connection: Connection) -> dict:
    from app.self_assessment.catalogue import parse_definition

    table = InstrumentVersion.__table__
    found = connection.execute(select(table.c.id, table.c.definition))
    return {row.id: parse_definition(row.definition) for row in found}


def _item_map(instruments: dict):
    """VALUES (instrument, item, area, lowest level, highest level) of every scored item."""
    rows = [
        (instrument_id, item.id, area.id, item.min_level, item.max_level)
        for instrument_id, instrument in instruments.items()
        for area in instrument.areas
        for item in area.items
        if not item.offer and item.max_level > item.min_level
    ]
    names = ("instrument_id", "item_key", "area_key", "low", "high")
    types = (Uuid, String, String, Integer, Integer)
    columns = [column(n, t) for n, t in zip(names, types, strict=True)]
    return values(*columns, name="items").data(rows or [(None, "", "", 0, 1)]).cte("items")


def area_scores_query(filt: Filter, today: date, instruments: dict) -> Select:
    """Per school, year, instrument, area and item scale: the answers' levels above the
    scale's lowest summed, and their number — integers, so the mean comes out the same
    whichever database adds them up (:func:`_mean_score`); by school."""
    answer, run = Answer.__table__, Run.__table__
    items = _item_map(instruments)
    span = (items.c.high - items.c.low).label("span")
    query = (
        select(run.c.school_id, run.c.year, run.c.instrument_id, items.c.area_key, span)
        .add_columns(func.sum(answer.c.level - items.c.low), func.count())
        .select_from(
            answer.join(run, answer.c.run_id == run.c.id)
            .join(ORG, run.c.school_id == ORG.c.id)
            .join(
                items,
                and_(
                    items.c.instrument_id == run.c.instrument_id,
                    items.c.item_key == answer.c.item_key,
                ),
            )
        )
        .where(answer.c.level.is_not(None), run.c.status == "finished")
        .group_by(run.c.school_id, run.c.year, run.c.instrument_id, items.c.area_key, span)
        .order_by(run.c.school_id)
    )
    return _of_schools(query, run.c.school_id, filt, run.c.year)


def _mean_score(parts: list[tuple[int, int, int]]) -> float:
    """The mean item score (0–100) from (scale span, levels summed, answers) parts, in
    whole numbers: a mean on a rounding boundary rounds the same on SQLite and PostgreSQL."""
    common = math.lcm(*(int(span) for span, _levels, _n in parts))
    total = sum(100 * int(levels) * (common // int(span)) for span, levels, _n in parts)
    return exact_round(total, common * sum(int(n) for _span, _levels, n in parts), 1)


def deficits_query(filt: Filter, today: date) -> Select:
    d = Deficit.__table__
    schools = func.count(distinct(d.c.school_id)).label("schools")
    title = func.max(by_text(d.c.area_title))  # the same title whatever the server's locale
    query = (
        select(d.c.instrument_key, d.c.area_key, title, schools, func.count())
        .select_from(d.join(ORG, d.c.school_id == ORG.c.id))
        .where(d.c.confirmed.is_(True), d.c.area_key != "")
        .group_by(d.c.instrument_key, d.c.area_key)
        .order_by(schools.desc(), func.count().desc(), title)
    )
    return _of_schools(query, d.c.school_id, filt, d.c.year)


def self_assessment(connection: Connection, filt: Filter, today: date) -> list[Sheet]:
    gathered = SchoolRows(school_names(connection, filt))
    instruments = _instruments(connection)
    numbered = {
        instrument_id: {a.id: (n, a.title) for n, a in enumerate(instrument.areas, start=1)}
        for instrument_id, instrument in instruments.items()
    }
    found = streamed(connection, area_scores_query(filt, today, instruments))
    for school, rows in per_school(found):
        areas: dict[tuple, list] = {}
        for _school, year, instrument_id, area_key, span, levels, n in rows:
            areas.setdefault((year, instrument_id, area_key), []).append((span, levels, n))
        keyed = []
        for (year, instrument_id, area_key), parts in areas.items():
            instrument = instruments[instrument_id]
            number, title = numbered[instrument_id][area_key]
            value = _mean_score(parts)
            risk = texts.RISKS[risk_of(value, instrument.thresholds)]
            row = (str(year), instrument.title, f"{number}. {title}", value, risk)
            keyed.append(((year, instrument.title, number), row))
        gathered.add(school, keyed)
    headers = [texts.SCHOOL, texts.YEAR, texts.INSTRUMENT, texts.AREA, texts.SCORE, texts.RISK]
    titles = {i.id: i.title for i in instruments.values()}
    common = [
        (None, titles.get(instrument_key, instrument_key), area_title, schools, count)
        for instrument_key, _area, area_title, schools, count in connection.execute(
            deficits_query(filt, today)
        )
    ]
    return [
        gathered.sheet(texts.VIEW_SHEETS["self-assessment"], headers, 4),
        sheet_from(texts.SHEET_TITLES["deficits"],
                   [texts.INSTRUMENT, texts.AREA, texts.SCHOOLS, texts.DEFICITS], common, 2),
    ]  # fmt: skip


QUERIES = {
    "partnership": lambda c, f, t: [partnership_query(f, t)],
    "self-assessment": lambda c, f, t: [
        area_scores_query(f, t, _instruments(c)),
        deficits_query(f, t),
    ],
}
