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
stored instrument definitions and joins the answers as a VALUES table, so the averaging
stays in SQL. Deficits count when confirmed; hand-written ones with no area are not
comparable across schools and are left out.
"""

from __future__ import annotations

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

from app.folding import fold
from app.municipality import texts
from app.municipality.consolidated import Sheet, percent, sheet_from
from app.municipality.pivot import by_school, school_names
from app.municipality.results_views import ORG, _of_schools
from app.municipality.schools import Filter
from app.partnership.events import COUNT_FIELDS
from app.self_assessment.scoring import risk_of
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


def partnership_query(filt: Filter, today: date) -> Select:
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
        select(EVENT.c.school_id, year, func.count(distinct(links.c.direction_id)))
        .select_from(links.join(EVENT, links.c.event_id == EVENT.c.id))
        .where(EVENT.c.held.is_(True))
        .group_by(EVENT.c.school_id, year)
    )
    return _events_of(query, filt)


def partnership(connection: Connection, filt: Filter, today: date) -> list[Sheet]:
    names = school_names(connection, filt)
    found = {(r[0], r[1]): r[2:] for r in connection.execute(partnership_query(filt, today))}
    served = {(r[0], r[1]): r[2] for r in connection.execute(directions_query(filt, today))}
    rows = []
    for key in by_school(list(found), names):
        planned, planned_held, ahead, held, by_us, joint, by_partner, people, partners = found[key]
        start = int(key[1])
        row = [key[0], names[key[0]], f"{start}-{start + 1}", planned, planned_held]
        row += [percent(planned_held, planned - ahead), held, by_us, joint, by_partner]
        row += [percent(by_us, held), people, served.get(key, 0), partners]
        rows.append(tuple(row))
    headers = [texts.SCHOOL, texts.YEAR, texts.PLANNED_EVENTS, texts.PLANNED_HELD]
    headers += [texts.PLANNED_SHARE, texts.HELD, texts.BY_US, texts.JOINT, texts.BY_PARTNER]
    headers += [texts.SHARE_US, texts.PARTICIPANTS, texts.DIRECTIONS, texts.PARTNERS]
    return [sheet_from(texts.VIEW_SHEETS["partnership"], headers, rows, 2)]


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
    answer, run = Answer.__table__, Run.__table__
    items = _item_map(instruments)
    score = (answer.c.level - items.c.low) * 100.0 / (items.c.high - items.c.low)
    query = (
        select(run.c.school_id, run.c.year, run.c.instrument_id, items.c.area_key)
        .add_columns(func.avg(score))
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
        .group_by(run.c.school_id, run.c.year, run.c.instrument_id, items.c.area_key)
    )
    return _of_schools(query, run.c.school_id, filt, run.c.year)


def deficits_query(filt: Filter, today: date) -> Select:
    d = Deficit.__table__
    schools = func.count(distinct(d.c.school_id)).label("schools")
    query = (
        select(d.c.instrument_key, d.c.area_key, func.max(d.c.area_title), schools, func.count())
        .select_from(d.join(ORG, d.c.school_id == ORG.c.id))
        .where(d.c.confirmed.is_(True), d.c.area_key != "")
        .group_by(d.c.instrument_key, d.c.area_key)
        .order_by(schools.desc(), func.count().desc(), func.max(d.c.area_title))
    )
    return _of_schools(query, d.c.school_id, filt, d.c.year)


def self_assessment(connection: Connection, filt: Filter, today: date) -> list[Sheet]:
    names = school_names(connection, filt)
    instruments = _instruments(connection)
    found = connection.execute(area_scores_query(filt, today, instruments)).all()
    scores = {(s, y, i, a): v for s, y, i, a, v in found}
    rows = []
    for school, year, instrument_id, area_key in scores:
        if school not in names:
            continue
        instrument = instruments[instrument_id]
        numbered = {a.id: (n, a.title) for n, a in enumerate(instrument.areas, start=1)}
        number, title = numbered[area_key]
        value = round(scores[(school, year, instrument_id, area_key)], 1)
        risk = texts.RISKS[risk_of(value, instrument.thresholds)]
        order = (fold(names[school]), str(school), year, instrument.title, number)
        row = (school, names[school], str(year), instrument.title, f"{number}. {title}")
        rows.append((order, (*row, value, risk)))
    rows = [row for _order, row in sorted(rows, key=lambda pair: pair[0])]
    headers = [texts.SCHOOL, texts.YEAR, texts.INSTRUMENT, texts.AREA, texts.SCORE, texts.RISK]
    titles = {i.id: i.title for i in instruments.values()}
    common = [
        (None, titles.get(instrument_key, instrument_key), area_title, schools, count)
        for instrument_key, _area, area_title, schools, count in connection.execute(
            deficits_query(filt, today)
        )
    ]
    return [
        sheet_from(texts.VIEW_SHEETS["self-assessment"], headers, rows, 4),
        sheet_from(texts.SHEET_TITLES["deficits"],
                   [texts.INSTRUMENT, texts.AREA, texts.SCHOOLS, texts.DEFICITS], common, 2),
    ]  # fmt: skip


QUERIES = {
    "partnership": lambda c, f, t: [partnership_query(f, t), directions_query(f, t)],
    "self-assessment": lambda c, f, t: [
        area_scores_query(f, t, _instruments(c)),
        deficits_query(f, t),
    ],
}
