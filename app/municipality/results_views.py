"""Views over the programme and indicators: indicator values by school and year, the degree
of achievement of planned results, roadmap execution and the most common reasons for
non-execution (shared catalogue reasons have one id everywhere, so they add up). Counts
and the year columns are pivoted in SQL; Python reads the rows school by school
(``app.municipality.pivot``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, Select, and_, case, distinct, func, select

from app.academic_year import AcademicYear
from app.municipality import texts
from app.municipality.consolidated import Sheet, exact_round, percent, sheet_from
from app.municipality.pivot import SchoolRows, per_school, school_names, streamed
from app.municipality.schools import Filter, school_condition
from db.models.indicators import Indicator, IndicatorBaseline, IndicatorValue
from db.models.organisation import Organisation
from db.models.programme import NonExecutionReason, ResultAchievement, RoadmapActivity
from db.text_order import by_text

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


def indicator_years_query(filt: Filter, today: date) -> Select:
    """The years that have values: the columns of the first sheet."""
    v, i = IndicatorValue.__table__, Indicator.__table__
    query = (
        select(v.c.year)
        .distinct()
        .select_from(v.join(i, v.c.indicator_id == i.c.id).join(ORG, v.c.school_id == ORG.c.id))
        .where(v.c.actual.is_not(None))
    )
    return _of_schools(query, v.c.school_id, filt, v.c.year)


def indicator_years(connection: Connection, filt: Filter, today: date) -> list[AcademicYear]:
    return sorted(connection.scalars(indicator_years_query(filt, today)))


def indicator_values_query(filt: Filter, today: date, years: list[AcademicYear]) -> Select:
    """A row per school and indicator, a column per year (pivoted in SQL), by school. The
    values are pivoted on the narrow key (school, indicator) before the indicator's name
    and the baseline join: the server then groups small rows."""
    v, i, b = IndicatorValue.__table__, Indicator.__table__, IndicatorBaseline.__table__
    cells = [
        func.max(case((v.c.year == year, v.c.actual))).label(f"y{n}")
        for n, year in enumerate(years)
    ]
    pivoted = (
        select(v.c.school_id, v.c.indicator_id, *cells)
        .select_from(v.join(ORG, v.c.school_id == ORG.c.id))
        .where(v.c.actual.is_not(None))
        .group_by(v.c.school_id, v.c.indicator_id)
    )
    pivoted = _of_schools(pivoted, v.c.school_id, filt, v.c.year).subquery("pivoted")
    school, indicator = pivoted.c.school_id, pivoted.c.indicator_id
    return (
        select(school, indicator, i.c.name, i.c.unit, i.c.position, b.c.value.label("baseline"))
        .add_columns(*(pivoted.c[f"y{n}"] for n in range(len(years))))
        .select_from(
            pivoted.join(i, indicator == i.c.id).outerjoin(
                b, and_(b.c.school_id == school, b.c.indicator_id == indicator)
            )
        )
        .order_by(school)
    )


MICRO = 1_000_000


def indicator_summary_query(filt: Filter, today: date) -> Select:
    """Shared indicators only: a school's own indicator means nothing next to another's.
    The values are summed in millionths, whole numbers the databases add up exactly: the
    mean is then the same on SQLite and PostgreSQL (``avg`` of floats is not). Grouped by
    (indicator, year) before the indicator's name joins: small rows to group. A school has
    one value of an indicator a year (the table's unique key), so the values counted are
    the schools counted — no DISTINCT, which would make the server sort."""
    v, i = IndicatorValue.__table__, Indicator.__table__
    shared = select(i.c.id).where(i.c.school_id.is_(None))
    summed = (
        select(v.c.indicator_id, v.c.year, func.count(v.c.actual).label("n"))
        .add_columns(func.sum(func.round(v.c.actual * MICRO)).label("total"))
        .add_columns(func.min(v.c.actual).label("low"), func.max(v.c.actual).label("high"))
        .select_from(v.join(ORG, v.c.school_id == ORG.c.id))
        .where(v.c.actual.is_not(None), v.c.indicator_id.in_(shared))
        .group_by(v.c.indicator_id, v.c.year)
    )
    summed = _of_schools(summed, v.c.school_id, filt, v.c.year).subquery("summed")
    return (
        select(i.c.name, i.c.unit, summed.c.year, summed.c.n.label("schools"), summed.c.total)
        .add_columns(summed.c.n, summed.c.low, summed.c.high)
        .select_from(summed.join(i, summed.c.indicator_id == i.c.id))
        .order_by(i.c.position, summed.c.year)
    )


def _mean(micro_total: float, count: int) -> float:
    return exact_round(int(micro_total), count * MICRO, 2)


def indicators(connection: Connection, filt: Filter, today: date) -> list[Sheet]:
    names = school_names(connection, filt)
    years = indicator_years(connection, filt, today)
    gathered = SchoolRows(names)
    found = streamed(connection, indicator_values_query(filt, today, years))
    for school, rows in per_school(found):
        keyed = [
            ((position, name, indicator), (name, unit, baseline, *cells))
            for _school, indicator, name, unit, position, baseline, *cells in rows
        ]  # the row: indicator, unit, baseline, a value per year
        gathered.add(school, keyed)
    headers = [texts.SCHOOL, texts.INDICATOR, texts.UNIT, texts.BASELINE, *map(str, years)]
    first = gathered.sheet(texts.VIEW_SHEETS["indicators"], headers, 3)
    summary = [
        (None, name, unit, str(year), schools, _mean(total, n), low, high)
        for name, unit, year, schools, total, n, low, high in connection.execute(
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


def _tally(column, categories: tuple[str, ...]) -> list:
    """One count per category: the pivot of (category, n) into columns, in SQL."""
    return [func.sum(case((column == category, 1), else_=0)) for category in categories]


def achievement_query(filt: Filter, today: date) -> Select:
    """Per school and year: achieved, partial, not achieved; by school."""
    r = ResultAchievement.__table__
    query = (
        select(r.c.school_id, r.c.year, *_tally(r.c.level, LEVELS))
        .select_from(r.join(ORG, r.c.school_id == ORG.c.id))
        .group_by(r.c.school_id, r.c.year)
        .order_by(r.c.school_id)
    )
    return _of_schools(query, r.c.school_id, filt, r.c.year)


def achievement(connection: Connection, filt: Filter, today: date) -> list[Sheet]:
    gathered = SchoolRows(school_names(connection, filt))
    for school, rows in per_school(streamed(connection, achievement_query(filt, today))):
        keyed = []
        for _school, year, *counts in rows:
            cells = [int(n or 0) for n in counts]
            total = sum(cells)
            keyed.append((year, (str(year), *cells, total, percent(cells[0], total))))
        gathered.add(school, keyed)
    headers = [texts.SCHOOL, texts.YEAR, texts.ACHIEVED, texts.PARTIAL, texts.NOT_ACHIEVED]
    headers += [texts.RESULTS_TOTAL, texts.ACHIEVED_SHARE]
    return [gathered.sheet(texts.VIEW_SHEETS["achievement"], headers, 2)]


# --- roadmap ------------------------------------------------------------------------------


def roadmap_query(filt: Filter, today: date) -> Select:
    """Per school and year: every activity, then done, partial, not done, cancelled."""
    a = RoadmapActivity.__table__
    query = (
        select(a.c.school_id, a.c.year, func.count(), *_tally(a.c.status, STATUSES))
        .select_from(a.join(ORG, a.c.school_id == ORG.c.id))
        .group_by(a.c.school_id, a.c.year)
        .order_by(a.c.school_id)
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
        .order_by(times.desc(), by_text(r.c.title))
    )
    return _of_schools(query, a.c.school_id, filt, a.c.year)


def roadmap(connection: Connection, filt: Filter, today: date) -> list[Sheet]:
    """Execution = done ÷ the year's activities that were not cancelled."""
    gathered = SchoolRows(school_names(connection, filt))
    for school, rows in per_school(streamed(connection, roadmap_query(filt, today))):
        keyed = []
        for _school, year, total, *counts in rows:
            done, partial, not_done, cancelled = (int(n or 0) for n in counts)
            under_way = total - done - partial - not_done - cancelled
            row = (str(year), total, done, partial, not_done, under_way, cancelled)
            keyed.append((year, (*row, percent(done, total - cancelled))))
        gathered.add(school, keyed)
    headers = [texts.SCHOOL, texts.YEAR, texts.ACTIVITIES, texts.DONE, texts.PARTIAL_DONE]
    headers += [texts.NOT_DONE, texts.UNDER_WAY, texts.CANCELLED, texts.EXECUTION]
    reasons = [
        (None, title if owner is None else f"{title} {texts.OWN_ITEM}", times, schools)
        for title, owner, times, schools in connection.execute(reasons_query(filt, today))
    ]
    return [
        gathered.sheet(texts.VIEW_SHEETS["roadmap"], headers, 2),
        sheet_from(texts.SHEET_TITLES["reasons"], [texts.REASON, texts.TIMES, texts.SCHOOLS],
                   reasons, 1),
    ]  # fmt: skip


QUERIES = {
    "indicators": lambda c, f, t: [
        indicator_values_query(f, t, indicator_years(c, f, t)),
        indicator_summary_query(f, t),
    ],
    "achievement": lambda c, f, t: [achievement_query(f, t)],
    "roadmap": lambda c, f, t: [roadmap_query(f, t), reasons_query(f, t)],
}
