"""Views over the programme and indicators: indicator values by school and year, the degree
of achievement of planned results, roadmap execution and the most common reasons for
non-execution (shared catalogue reasons have one id everywhere, so they add up)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, Select, and_, distinct, func, select

from app.municipality import texts
from app.municipality.consolidated import Sheet, percent, sheet_from
from app.municipality.pivot import by_school, pivot, school_names
from app.municipality.schools import Filter, school_condition
from db.models.indicators import Indicator, IndicatorBaseline, IndicatorValue
from db.models.organisation import Organisation
from db.models.programme import NonExecutionReason, ResultAchievement, RoadmapActivity

ORG = Organisation.__table__
LEVELS = ("achieved", "partial", "not_achieved")
STATUSES = ("done", "partial", "not_done", "cancelled")
NOT_EXECUTED = ("not_done", "partial")


def _of_schools(query: Select, owner, filt: Filter, year_column=None) -> Select:
    query = query.where(owner == ORG.c.id, *school_condition(filt))
    if filt.year is not None and year_column is not None:
        query = query.where(year_column == filt.year)
    return query


# --- indicators ---------------------------------------------------------------------------


def indicator_values_query(filt: Filter, today: date) -> Select:
    v, i, b = IndicatorValue.__table__, Indicator.__table__, IndicatorBaseline.__table__
    query = (
        select(v.c.school_id, v.c.indicator_id, i.c.name, i.c.unit, i.c.position)
        .add_columns(b.c.value.label("baseline"), v.c.year, v.c.actual)
        .select_from(
            v.join(i, v.c.indicator_id == i.c.id)
            .join(ORG, v.c.school_id == ORG.c.id)
            .outerjoin(
                b, and_(b.c.school_id == v.c.school_id, b.c.indicator_id == v.c.indicator_id)
            )
        )
        .where(v.c.actual.is_not(None))
    )
    return _of_schools(query, v.c.school_id, filt, v.c.year)


def indicator_summary_query(filt: Filter, today: date) -> Select:
    """Shared indicators only: a school's own indicator means nothing next to another's."""
    v, i = IndicatorValue.__table__, Indicator.__table__
    query = (
        select(i.c.name, i.c.unit, v.c.year, func.count(distinct(v.c.school_id)))
        .add_columns(func.avg(v.c.actual), func.min(v.c.actual), func.max(v.c.actual))
        .select_from(v.join(i, v.c.indicator_id == i.c.id).join(ORG, v.c.school_id == ORG.c.id))
        .where(v.c.actual.is_not(None), i.c.school_id.is_(None))
        .group_by(i.c.id, i.c.name, i.c.unit, i.c.position, v.c.year)
        .order_by(i.c.position, v.c.year)
    )
    return _of_schools(query, v.c.school_id, filt, v.c.year)


def indicators(connection: Connection, filt: Filter, today: date) -> list[Sheet]:
    names = school_names(connection, filt)
    values = connection.execute(indicator_values_query(filt, today)).all()
    about = {(r.school_id, r.indicator_id): r for r in values}
    fields = ("school", "indicator", "year", "actual")
    records = [(r.school_id, r.indicator_id, str(r.year), r.actual) for r in values]
    years, cells = pivot(records, ("school", "indicator"), "year", "actual", fields)
    ordered = by_school([(k[0], about[k].position, about[k].name, k[1]) for k in cells], names)
    rows = []
    for school, _position, _name, indicator in ordered:
        row = about[(school, indicator)]
        values = tuple(cells[(school, indicator)][y] for y in years)
        rows.append((school, names[school], row.name, row.unit, row.baseline, *values))
    headers = [texts.SCHOOL, texts.INDICATOR, texts.UNIT, texts.BASELINE, *years]
    first = sheet_from(texts.VIEW_SHEETS["indicators"], headers, rows, 3)
    summary = [
        (None, name, unit, str(year), schools, round(avg, 2), low, high)
        for name, unit, year, schools, avg, low, high in connection.execute(
            indicator_summary_query(filt, today)
        )
    ]
    district = sheet_from(
        texts.SHEET_TITLES["district"],
        [texts.INDICATOR, texts.UNIT, texts.YEAR, texts.SCHOOLS, texts.MEAN, texts.MIN, texts.MAX],
        summary,
        3,
    )
    return [first, district]


# --- planned results ----------------------------------------------------------------------


def achievement_query(filt: Filter, today: date) -> Select:
    r = ResultAchievement.__table__
    query = (
        select(r.c.school_id, r.c.year, r.c.level, func.count().label("n"))
        .select_from(r.join(ORG, r.c.school_id == ORG.c.id))
        .group_by(r.c.school_id, r.c.year, r.c.level)
    )
    return _of_schools(query, r.c.school_id, filt, r.c.year)


def achievement(connection: Connection, filt: Filter, today: date) -> list[Sheet]:
    names = school_names(connection, filt)
    counts = _counts(connection.execute(achievement_query(filt, today)).all())
    rows = []
    for key in by_school(list(counts), names):
        cells = [counts[key].get(level, 0) for level in LEVELS]
        total = sum(cells)
        rows.append((key[0], names[key[0]], str(key[1]), *cells, total, percent(cells[0], total)))
    headers = [texts.SCHOOL, texts.YEAR, texts.ACHIEVED, texts.PARTIAL, texts.NOT_ACHIEVED]
    headers += [texts.RESULTS_TOTAL, texts.ACHIEVED_SHARE]
    return [sheet_from(texts.VIEW_SHEETS["achievement"], headers, rows, 2)]


def _counts(records) -> dict[tuple, dict[str, int]]:
    """(school, year, category, n) rows → {(school, year): {category: n}} via a pivot."""
    _columns, cells = pivot(
        [(s, y, c, n) for s, y, c, n in records],
        ("school", "year"),
        "category",
        "n",
        ("school", "year", "category", "n"),
    )
    return {
        key: {c: int(n) for c, n in row.items() if n == n and n is not None}
        for key, row in cells.items()
    }


# --- roadmap ------------------------------------------------------------------------------


def roadmap_query(filt: Filter, today: date) -> Select:
    a = RoadmapActivity.__table__
    query = (
        select(a.c.school_id, a.c.year, a.c.status, func.count().label("n"))
        .select_from(a.join(ORG, a.c.school_id == ORG.c.id))
        .group_by(a.c.school_id, a.c.year, a.c.status)
    )
    return _of_schools(query, a.c.school_id, filt, a.c.year)


def reasons_query(filt: Filter, today: date) -> Select:
    a, r = RoadmapActivity.__table__, NonExecutionReason.__table__
    times = func.count().label("times")
    query = (
        select(r.c.title, r.c.school_id, times, func.count(distinct(a.c.school_id)))
        .select_from(a.join(ORG, a.c.school_id == ORG.c.id).join(r, a.c.reason_id == r.c.id))
        .where(a.c.status.in_(NOT_EXECUTED))
        .group_by(r.c.id, r.c.title, r.c.school_id)
        .order_by(times.desc(), r.c.title)
    )
    return _of_schools(query, a.c.school_id, filt, a.c.year)


def roadmap(connection: Connection, filt: Filter, today: date) -> list[Sheet]:
    """Execution = done ÷ the year's activities that were not cancelled."""
    names = school_names(connection, filt)
    counts = _counts(connection.execute(roadmap_query(filt, today)).all())
    rows = []
    for key in by_school(list(counts), names):
        by_status = counts[key]
        total = sum(by_status.values())
        done, partial, not_done, cancelled = (by_status.get(s, 0) for s in STATUSES)
        under_way = total - done - partial - not_done - cancelled
        row = [key[0], names[key[0]], str(key[1]), total, done, partial, not_done, under_way]
        rows.append((*row, cancelled, percent(done, total - cancelled)))
    headers = [texts.SCHOOL, texts.YEAR, texts.ACTIVITIES, texts.DONE, texts.PARTIAL_DONE]
    headers += [texts.NOT_DONE, texts.UNDER_WAY, texts.CANCELLED, texts.EXECUTION]
    reasons = [
        (None, title if owner is None else f"{title} {texts.OWN_ITEM}", times, schools)
        for title, owner, times, schools in connection.execute(reasons_query(filt, today))
    ]
    return [
        sheet_from(texts.VIEW_SHEETS["roadmap"], headers, rows, 2),
        sheet_from(texts.SHEET_TITLES["reasons"], [texts.REASON, texts.TIMES, texts.SCHOOLS],
                   reasons, 1),
    ]  # fmt: skip


QUERIES = {
    "indicators": lambda c, f, t: [indicator_values_query(f, t), indicator_summary_query(f, t)],
    "achievement": lambda c, f, t: [achievement_query(f, t)],
    "roadmap": lambda c, f, t: [roadmap_query(f, t), reasons_query(f, t)],
}
