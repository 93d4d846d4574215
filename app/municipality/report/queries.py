"""The SQL of the municipal report: grouped Core queries over every organisation at once
(the municipality's own project and all imported schools), each run once whatever the
number of schools — never one query per school.

Only the report's year counts (and the year before it, for the indicators' change), so
a past year's report does not change when later years' data arrive; the project of a
year is the programme whose years cover it (the current one first).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from sqlalchemy import Connection, Table, and_, case, func, or_, select

import db.models  # noqa: F401  (Base.metadata.tables is filled by the models)
from app.academic_year import AcademicYear
from app.municipality.report.model import (
    NOT_EXECUTED,
    IndicatorLine,
    Organisation,
    PlanAction,
    Programme,
    ResultLine,
    RoadmapCounts,
    Shortfall,
    Task,
)
from app.programme.periods import period_label
from app.reports.conclusions import PARTS, Conclusions
from db.base import Base
from db.text_order import by_text

# The key indicators of part (3): КПК, ВПР, ГИА (shipped catalogue codes, in this order).
KEY_INDICATORS = ("teachers_training", "vpr_pass", "vpr_quality", "gia_pass")
UNDER_WAY = ("planned", "in_progress")


def _t(name: str) -> Table:
    return Base.metadata.tables[name]


def organisations(conn: Connection, municipality: uuid.UUID) -> tuple[Organisation, list]:
    """The municipality and every imported school (unsorted)."""
    o = _t("organisation")
    query = select(
        o.c.id, o.c.kind, o.c.full_name, o.c.short_name, o.c.director, o.c.methodologist, o.c.phone
    ).where(or_(o.c.id == municipality, o.c.kind == "school"))
    own, schools = None, []
    for row in conn.execute(query):
        org = Organisation(
            row.id, row.full_name, row.short_name or row.full_name, row.director or "",
            row.methodologist or "", row.phone or "",
        )  # fmt: skip
        if row.id == municipality:
            own = org
        elif row.kind == "school":
            schools.append(org)
    if own is None:
        raise LookupError("the municipality's organisation is missing")
    return own, schools


def _chosen(year: AcademicYear):
    """Per owner, the programme covering ``year``: the current one, else the latest begun."""
    p = _t("programme")
    rank = (
        func.row_number()
        .over(
            partition_by=p.c.school_id,
            order_by=(p.c.is_current.desc(), p.c.first_year.desc(), p.c.id),
        )
        .label("rank")
    )
    ranked = (
        select(p.c.id, p.c.school_id, rank)
        .where(p.c.first_year <= year, p.c.last_year >= year)
        .subquery()
    )
    return select(ranked.c.id, ranked.c.school_id).where(ranked.c.rank == 1).cte("chosen")


def programmes(conn: Connection, year: AcademicYear) -> dict[uuid.UUID, Programme]:
    """Every owner's programme of ``year`` with its tasks and its results × degree."""
    p, t, r, a = (
        _t("programme"),
        _t("programme_task"),
        _t("planned_result"),
        _t("result_achievement"),
    )
    chosen = _chosen(year)
    found: dict[uuid.UUID, Programme] = {}
    query = select(
        chosen.c.school_id, p.c.id, p.c.title, p.c.goal, p.c.order_number, p.c.order_date
    ).join(p, p.c.id == chosen.c.id)
    for owner, pid, title, goal, number, day in conn.execute(query):
        found[owner] = Programme(pid, title, goal or "", number or "", day)
    query = (
        select(chosen.c.school_id, t.c.id, t.c.number, t.c.text)
        .join(t, t.c.programme_id == chosen.c.id)
        .order_by(chosen.c.school_id, t.c.number)
    )
    for owner, tid, number, text in conn.execute(query):
        found[owner].tasks.append(Task(tid, number, text))
    query = (
        select(chosen.c.school_id, t.c.number, r.c.position, r.c.text)
        .add_columns(a.c.level, a.c.wording, a.c.comment)
        .join(t, t.c.programme_id == chosen.c.id)
        .join(r, r.c.task_id == t.c.id)
        .outerjoin(a, and_(a.c.result_id == r.c.id, a.c.year == year))
        .order_by(chosen.c.school_id, t.c.number, r.c.position, r.c.id)
    )
    for owner, number, position, text, level, wording, comment in conn.execute(query):
        line = ResultLine(number, text, level, wording or "", comment or "", position)
        found[owner].results.append(line)
    return found


def plan(
    conn: Connection, year: AcademicYear, owner: uuid.UUID, overdue_day: date
) -> tuple[list[PlanAction], dict[int, str]]:
    """The municipality's plan of ``year`` by section and position, and the sections."""
    a, t, reason = _t("roadmap_activity"), _t("programme_task"), _t("non_execution_reason")
    query = (
        select(a, t.c.number.label("section"), t.c.text.label("section_title"))
        .add_columns(reason.c.title.label("reason"))
        .select_from(a)
        .outerjoin(t, t.c.id == a.c.task_id)
        .outerjoin(reason, reason.c.id == a.c.reason_id)
        .where(a.c.school_id == owner, a.c.year == year)
        .order_by(t.c.number.nulls_first(), a.c.position, a.c.starts_on.nulls_first())
        .order_by(by_text(a.c.title), a.c.id)
    )
    actions, sections = [], {}
    for row in conn.execute(query):
        if row.section is not None:
            sections[row.section] = row.section_title
        late = row.status in UNDER_WAY and row.ends_on is not None and row.ends_on < overdue_day
        actions.append(
            PlanAction(
                section=row.section or 0,
                period=period_label(row.starts_on, row.ends_on, row.period_text or ""),
                title=row.title,
                forecast=_forecast(row.forecast_text, row.forecast_value, row.forecast_unit),
                status=row.status,
                overdue=late,
                actual=row.actual_result or "",
                reason=row.reason or "",
                reason_text=row.reason_text or "",
                recommendation=row.recommendation or "",
                responsible=row.responsible or "",
                role=row.responsible_role or "",
                starts_on=row.starts_on,
                ends_on=row.ends_on,
            )
        )
    return actions, sections


def _forecast(text: str | None, value: float | None, unit: str | None) -> str:
    text = (text or "").strip()
    if value is None:
        return text
    number = f"{value:g}".replace(".", ",")
    amount = f"{number} {unit or ''}".strip()
    return f"{text} ({amount})" if text else amount


def _schools_only(table: Table):
    o = _t("organisation")
    return table.join(o, and_(o.c.id == table.c.school_id, o.c.kind == "school"))


def roadmap_counts(
    conn: Connection, year: AcademicYear, overdue_day: date
) -> dict[uuid.UUID, RoadmapCounts]:
    a = _t("roadmap_activity")
    late = case((a.c.ends_on < overdue_day, 1), else_=0)
    query = (
        select(a.c.school_id, a.c.status, func.count(), func.sum(late))
        .select_from(_schools_only(a))
        .where(a.c.year == year)
        .group_by(a.c.school_id, a.c.status)
    )
    tallies: dict[uuid.UUID, dict[str, int]] = {}
    for school, status, count, ended in conn.execute(query):
        tally = tallies.setdefault(school, {})
        tally[status] = int(count)
        if status in UNDER_WAY:
            tally["overdue"] = tally.get("overdue", 0) + int(ended or 0)
    return {
        school: RoadmapCounts(
            total=sum(v for k, v in t.items() if k != "overdue"),
            done=t.get("done", 0),
            partial=t.get("partial", 0),
            not_done=t.get("not_done", 0),
            cancelled=t.get("cancelled", 0),
            under_way=t.get("planned", 0) + t.get("in_progress", 0),
            overdue=t.get("overdue", 0),
        )
        for school, t in tallies.items()
    }


def shortfalls(conn: Connection, year: AcademicYear) -> dict[uuid.UUID, list[Shortfall]]:
    a, reason = _t("roadmap_activity"), _t("non_execution_reason")
    query = (
        select(a.c.school_id, a.c.title, a.c.status, reason.c.title, a.c.reason_text)
        .select_from(_schools_only(a).outerjoin(reason, reason.c.id == a.c.reason_id))
        .where(a.c.year == year, a.c.status.in_(NOT_EXECUTED))
        .order_by(a.c.school_id, a.c.starts_on.nulls_first(), a.c.position, by_text(a.c.title))
    )
    found: dict[uuid.UUID, list[Shortfall]] = {}
    for school, title, status, why, note in conn.execute(query):
        found.setdefault(school, []).append(Shortfall(title, status, why or "", note or ""))
    return found


def key_indicators(conn: Connection, year: AcademicYear) -> dict[uuid.UUID, list[IndicatorLine]]:
    """The key indicators' target and actual of ``year`` and the actual of the year before."""
    v, i = _t("indicator_value"), _t("indicator")
    previous = year.previous()
    query = (
        select(v.c.school_id, i.c.code, i.c.name, i.c.unit, i.c.direction)
        .add_columns(v.c.year, v.c.target, v.c.actual)
        .select_from(_schools_only(v).join(i, i.c.id == v.c.indicator_id))
        .where(
            i.c.school_id.is_(None),
            i.c.code.in_(KEY_INDICATORS),
            v.c.year.in_([previous, year]),
        )
    )
    cells: dict[tuple[uuid.UUID, str], dict] = {}
    for row in conn.execute(query):
        cell = cells.setdefault(
            (row.school_id, row.code),
            {"name": row.name, "unit": row.unit or "", "direction": row.direction},
        )
        if row.year == year:
            cell["actual"], cell["target"] = row.actual, row.target
        else:
            cell["previous"] = row.actual
    found: dict[uuid.UUID, list[IndicatorLine]] = {}
    for (school, code), cell in cells.items():
        line = IndicatorLine(
            code, cell["name"], cell["unit"], cell["direction"],
            cell.get("previous"), cell.get("actual"), cell.get("target"),
        )  # fmt: skip
        if line.previous is not None or line.actual is not None or line.target is not None:
            found.setdefault(school, []).append(line)
    for lines in found.values():
        lines.sort(key=lambda line: KEY_INDICATORS.index(line.code))
    return found


def conclusions(conn: Connection, year: AcademicYear) -> dict[uuid.UUID, Conclusions]:
    c = _t("report_conclusion")
    query = (
        select(c.c.school_id, *(c.c[name] for name in PARTS))
        .select_from(_schools_only(c))
        .where(c.c.year == year)
    )
    return {row[0]: Conclusions(*(text or "" for text in row[1:])) for row in conn.execute(query)}


def assigned_resources(conn: Connection, municipality: uuid.UUID) -> dict[uuid.UUID, list[str]]:
    """Task id → the names of the municipal resources assigned to it, by name."""
    assignment, resource = _t("resource_assignment"), _t("municipal_resource")
    query = (
        select(assignment.c.task_id, resource.c.name)
        .join(resource, resource.c.id == assignment.c.resource_id)
        .where(assignment.c.municipality_id == municipality)
        .order_by(by_text(resource.c.name))
    )
    found: dict[uuid.UUID, list[str]] = {}
    for task, name in conn.execute(query):
        found.setdefault(task, []).append(name)
    return found


def resource_people(conn: Connection, municipality: uuid.UUID) -> list[str]:
    """The «responsible» of the municipality's resources (the methodical centre is there)."""
    resource = _t("municipal_resource")
    people = by_text(resource.c.responsible).label("responsible")  # DISTINCT orders by it
    query = (
        select(people)
        .where(resource.c.municipality_id == municipality, resource.c.responsible != "")
        .distinct()
        .order_by(people)
    )
    return list(conn.scalars(query))


def stored_texts(conn: Connection, municipality: uuid.UUID, year: AcademicYear) -> dict[str, str]:
    m = _t("municipal_text")
    query = select(m.c.key, m.c.text).where(m.c.municipality_id == municipality, m.c.year == year)
    return dict(conn.execute(query).tuples().all())


def with_resources(tasks: Iterable[Task], assigned: dict[uuid.UUID, list[str]]) -> list[Task]:
    return [Task(t.id, t.number, t.text, tuple(assigned.get(t.id, ()))) for t in tasks]
