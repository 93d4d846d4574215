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
    cast,
    column,
    distinct,
    extract,
    func,
    select,
    type_coerce,
    values,
)

from app.municipality import texts
from app.municipality.consolidated import Sheet, exact_round, percent, sheet_from
from app.municipality.pivot import SchoolRows, per_school, school_names, streamed
from app.municipality.results_views import ORG, _of_schools
from app.municipality.schools import Filter
from app.partnership.events import COUNT_FIELDS
from app.self_assessment.scoring import risk_of
from db.models.partnership import EventDirection, JointEvent
from db.models.self_assessment import Answer, Deficit, InstrumentVersion, Run
from db.text_order import by_text

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


def _scored_items(instruments: dict) -> tuple[list[tuple], int]:
    """(rows of (instrument, item, area number, lowest level, weight) of every scored item,
    the common scale): the common scale is the least common multiple of the items' spans
    and an item's weight that multiple ÷ its span, so a level placed on the common scale,
    (level − lowest) × weight, is a whole number whatever the item's scale."""
    scored = [
        (instrument_id, item.id, number, item.min_level, item.max_level - item.min_level)
        for instrument_id, instrument in instruments.items()
        for number, area in enumerate(instrument.areas, start=1)
        for item in area.items
        if not item.offer and item.max_level > item.min_level
    ]
    common = math.lcm(*(span for *_item, span in scored)) if scored else 1
    return [(*item, common // span) for *item, span in scored], common


def _item_map(rows: list[tuple]):
    names = ("instrument_id", "item_key", "area", "low", "weight")
    types = (Uuid, String, Integer, Integer, Integer)
    columns = [column(n, t) for n, t in zip(names, types, strict=True)]
    return values(*columns, name="items").data(rows or [(None, "", 0, 0, 1)]).cte("items")


def area_scores_query(filt: Filter, today: date, instruments: dict) -> Select:
    """Per school, year (as stored, «2025-2026») and instrument, by school: its areas as one
    text «area:levels:answers area:levels:answers …» — per area the levels on the common
    scale summed and their number, integers, so the mean comes out the same whichever
    database adds them up. The answers are summed per run first, on a narrow key (run,
    area) the server groups fast; then the runs of a school's year and instrument (there
    may be several) are added up; the areas travel in one row (the result is a ninth as
    many rows)."""
    answer, run = Answer.__table__, Run.__table__
    items = _item_map(_scored_items(instruments)[0])
    per_run = (
        select(answer.c.run_id, items.c.area)
        .add_columns(
            func.sum((answer.c.level - items.c.low) * items.c.weight).label("levels"),
            func.count().label("answers"),
        )
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
        .group_by(answer.c.run_id, items.c.area)
    )
    per_run = _of_schools(per_run, run.c.school_id, filt, run.c.year).subquery("per_run")
    per_area = (
        select(run.c.school_id, run.c.year, run.c.instrument_id, per_run.c.area)
        .add_columns(
            func.sum(per_run.c.levels).label("levels"),
            func.sum(per_run.c.answers).label("answers"),
        )
        .select_from(per_run.join(run, per_run.c.run_id == run.c.id))
        .group_by(run.c.school_id, run.c.year, run.c.instrument_id, per_run.c.area)
        .subquery("per_area")
    )
    school, year, instrument = per_area.c.school_id, per_area.c.year, per_area.c.instrument_id
    cell = cast(per_area.c.area, String) + ":" + cast(per_area.c.levels, String)
    cell += ":" + cast(per_area.c.answers, String)
    return (
        select(school, type_coerce(year, String), instrument, func.aggregate_strings(cell, " "))
        .group_by(school, year, instrument)
        .order_by(school)
    )


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
    common = _scored_items(instruments)[1]
    areas = {
        (instrument_id, number): (instrument.title, f"{number}. {area.title}", instrument)
        for instrument_id, instrument in instruments.items()
        for number, area in enumerate(instrument.areas, start=1)
    }

    def scored(instrument_id, cell: str) -> tuple:
        """(instrument title, area number, area, score, risk) of one «area:levels:answers»."""
        number, levels, answers = map(int, cell.split(":"))
        title, area, instrument = areas[instrument_id, number]
        value = exact_round(100 * levels, common * answers, 1)
        return title, number, area, value, texts.RISKS[risk_of(value, instrument.thresholds)]

    known: dict = {}  # per instrument, its cells: the same cell recurs across schools
    found = streamed(connection, area_scores_query(filt, today, instruments))
    for school, rows in per_school(found):
        keyed = []
        for _school, year, instrument_id, cells in rows:
            cached = known.setdefault(instrument_id, {})
            for cell in cells.split():
                shown = cached.get(cell)
                if shown is None:
                    shown = cached[cell] = scored(instrument_id, cell)
                title, number, area, value, risk = shown
                keyed.append(((year, title, number), (year, title, area, value, risk)))
        gathered.add(school, keyed)
    headers = [texts.SCHOOL, texts.YEAR, texts.INSTRUMENT, texts.AREA, texts.SCORE, texts.RISK]
    titles = {i.id: i.title for i in instruments.values()}
    deficits = [
        (None, titles.get(instrument_key, instrument_key), area_title, schools, count)
        for instrument_key, _area, area_title, schools, count in connection.execute(
            deficits_query(filt, today)
        )
    ]
    return [
        gathered.sheet(texts.VIEW_SHEETS["self-assessment"], headers, 4),
        sheet_from(texts.SHEET_TITLES["deficits"],
                   [texts.INSTRUMENT, texts.AREA, texts.SCHOOLS, texts.DEFICITS], deficits, 2),
    ]  # fmt: skip


QUERIES = {
    "partnership": lambda c, f, t: [partnership_query(f, t)],
    "self-assessment": lambda c, f, t: [
        area_scores_query(f, t, _instruments(c)),
        deficits_query(f, t),
    ],
}
