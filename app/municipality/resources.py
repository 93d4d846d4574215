"""Municipal resources × school tasks (seed 002, part 4 «Достаточность муниципальных
ресурсов»): the municipality's catalogue of resources, which resource serves which task of
each school's current programme, and the tasks left without any.

Tasks are named by id without a foreign key: a newer package of the school replaces its
rows under the same ids, so every assignment of a task the school still has survives.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.changes import Changes, OpResult
from app.errors import NotFoundError, ValidationError
from app.folding import fold
from app.municipality import texts
from app.municipality.schools import Filter, school_condition
from app.scope import SchoolScope, operation, school_of
from db.enums import MUNICIPAL_RESOURCE_KINDS
from db.models.municipal import MunicipalResource, ResourceAssignment
from db.models.organisation import Organisation
from db.models.programme import Programme, ProgrammeTask
from db.text_order import by_text

CHANGED = Changes(exchange=True, reports=True)


@dataclass(frozen=True, slots=True)
class ResourceInput:
    kind: str  # db.enums.MUNICIPAL_RESOURCE_KINDS; Russian in texts.RESOURCE_KINDS
    name: str
    period: str = ""
    responsible: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class ResourceRow:
    id: uuid.UUID
    kind: str
    name: str
    period: str
    responsible: str
    note: str
    tasks: int  # school tasks it is assigned to


@dataclass(frozen=True, slots=True)
class SchoolTask:
    """One task of a school's current programme and the resources assigned to it."""

    school_id: uuid.UUID
    school: str
    programme: str  # the school's project title
    task_id: uuid.UUID
    number: int
    text: str
    resources: tuple[tuple[uuid.UUID, str], ...]  # (resource id, name)


def check_resource(data: ResourceInput) -> ResourceInput:
    """``data`` tidied (spaces, lengths); raises ValidationError on a missing name or kind.
    The form checks with it as the user types; saving checks again, with duplicates."""
    return _validated(data)


def _validated(data: ResourceInput) -> ResourceInput:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(texts.RESOURCE_NAME_REQUIRED)
    if data.kind not in MUNICIPAL_RESOURCE_KINDS:
        raise ValidationError(texts.RESOURCE_KIND_REQUIRED)
    return ResourceInput(
        data.kind,
        name,
        " ".join(data.period.split())[:200],
        " ".join(data.responsible.split())[:300],
        data.note.strip(),
    )


@operation
def save_resource(
    session: Session, data: ResourceInput, resource_id: uuid.UUID | None = None
) -> OpResult[uuid.UUID]:
    """Add a resource to the catalogue, or change one (``resource_id``)."""
    data = _validated(data)
    owner = school_of(session)
    held = session.execute(
        select(MunicipalResource.id, MunicipalResource.name).where(
            MunicipalResource.municipality_id == owner
        )
    ).all()
    if any(fold(name) == fold(data.name) and rid != resource_id for rid, name in held):
        raise ValidationError(texts.RESOURCE_DUPLICATE.format(name=data.name))
    if resource_id is None:
        row = MunicipalResource(municipality_id=owner)
        session.add(row)
    else:
        row = _own(session, resource_id)
    row.kind, row.name, row.period = data.kind, data.name, data.period
    row.responsible, row.note = data.responsible, data.note
    session.flush()
    return OpResult(row.id, CHANGED)


@operation
def remove_resource(session: Session, resource_id: uuid.UUID) -> OpResult[None]:
    """Remove a resource and its assignments."""
    session.delete(_own(session, resource_id))
    return OpResult(None, CHANGED)


@operation
def assign_resource(
    session: Session, resource_id: uuid.UUID, task_id: uuid.UUID
) -> OpResult[uuid.UUID]:
    """Assign a resource to a school's task (assigning twice changes nothing)."""
    _own(session, resource_id)
    table = ProgrammeTask.__table__  # Core: the school's row, past the owner filter
    school = session.scalar(select(table.c.school_id).where(table.c.id == task_id))
    if school is None:
        raise NotFoundError(texts.TASK_GONE)
    held = session.scalar(
        select(ResourceAssignment).where(
            ResourceAssignment.resource_id == resource_id, ResourceAssignment.task_id == task_id
        )
    )
    if held is not None:
        return OpResult(held.id, Changes())
    row = ResourceAssignment(
        municipality_id=school_of(session),
        resource_id=resource_id,
        recipient_id=school,
        task_id=task_id,
    )
    session.add(row)
    session.flush()
    return OpResult(row.id, CHANGED)


@operation
def unassign_resource(
    session: Session, resource_id: uuid.UUID, task_id: uuid.UUID
) -> OpResult[None]:
    session.execute(
        delete(ResourceAssignment).where(
            ResourceAssignment.municipality_id == school_of(session),
            ResourceAssignment.resource_id == resource_id,
            ResourceAssignment.task_id == task_id,
        )
    )
    return OpResult(None, CHANGED)


@operation
def set_task_resources(
    session: Session, task_id: uuid.UUID, resource_ids: Iterable[uuid.UUID]
) -> OpResult[None]:
    """Make ``resource_ids`` exactly the resources serving a school's task, in one step."""
    wanted = set(resource_ids)
    held = set(
        session.scalars(
            select(ResourceAssignment.resource_id).where(
                ResourceAssignment.municipality_id == school_of(session),
                ResourceAssignment.task_id == task_id,
            )
        )
    )
    if wanted == held:
        return OpResult(None, Changes())
    for resource_id in sorted(wanted - held):
        assign_resource.core(session, resource_id, task_id)
    for resource_id in held - wanted:
        unassign_resource.core(session, resource_id, task_id)
    return OpResult(None, CHANGED)


def _own(session: Session, resource_id: uuid.UUID) -> MunicipalResource:
    row = session.get(MunicipalResource, resource_id)
    if row is None or row.municipality_id != school_of(session):
        raise NotFoundError(texts.NOT_FOUND)
    return row


def resources(scope: SchoolScope) -> list[ResourceRow]:
    """The municipality's resource catalogue by kind and name, with how many tasks each serves."""
    from sqlalchemy import func

    programme, task = Programme.__table__, ProgrammeTask.__table__
    current = (
        select(task.c.id)
        .join(programme, programme.c.id == task.c.programme_id)
        .where(programme.c.is_current.is_(True))
    )
    # an assignment of a task a newer package dropped is kept, but serves no shown task
    count = (
        select(func.count(ResourceAssignment.id))
        .where(
            ResourceAssignment.resource_id == MunicipalResource.id,
            ResourceAssignment.task_id.in_(current),
        )
        .scalar_subquery()
    )
    with scope.db.reading() as session:
        rows = session.execute(
            select(MunicipalResource, count).where(
                MunicipalResource.municipality_id == scope.school_id
            )
        ).all()
        found = [
            ResourceRow(r.id, r.kind, r.name, r.period, r.responsible, r.note, n) for r, n in rows
        ]
    return sorted(found, key=lambda r: (MUNICIPAL_RESOURCE_KINDS.index(r.kind), fold(r.name)))


def school_tasks(scope: SchoolScope, filt: Filter | None = None) -> list[SchoolTask]:
    """Every task of every imported school's current programme, with its resources, by
    school name and task number."""
    organisation = Organisation.__table__
    programme, task = Programme.__table__, ProgrammeTask.__table__
    query = (
        select(
            organisation.c.id,
            organisation.c.short_name,
            programme.c.title,
            task.c.id,
            task.c.number,
            task.c.text,
        )
        .join(programme, programme.c.school_id == organisation.c.id)
        .join(task, task.c.programme_id == programme.c.id)
        .where(*school_condition(filt or Filter()), programme.c.is_current.is_(True))
        .order_by(by_text(organisation.c.short_name), task.c.number)
    )
    assignment, resource = ResourceAssignment.__table__, MunicipalResource.__table__
    with scope.db.engine.connect() as connection:
        tasks = connection.execute(query).all()
        assigned: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
        for task_id, resource_id, name in connection.execute(
            select(assignment.c.task_id, resource.c.id, resource.c.name)
            .join(resource, resource.c.id == assignment.c.resource_id)
            .where(assignment.c.municipality_id == scope.school_id)
            .order_by(by_text(resource.c.name))
        ):
            assigned.setdefault(task_id, []).append((resource_id, name))
    return [
        SchoolTask(school, name, title, task_id, number, text, tuple(assigned.get(task_id, ())))
        for school, name, title, task_id, number, text in tasks
    ]


def tasks_without_resources(tasks: list[SchoolTask]) -> list[SchoolTask]:
    """The sufficiency view: tasks no municipal resource serves (seed 002: «недостаточность
    муниципальных ресурсов»)."""
    return [t for t in tasks if not t.resources]


# ---- Excel (perekhod export-xlsx --table resources | resource-sufficiency) ------------------
RESOURCES_SHEET = "Муниципальные ресурсы"
TASKS_SHEET = "Ресурсы для задач школ"
TOTALS_SHEET = "Итоги по школам"
KIND, NAME, PERIOD, RESPONSIBLE, NOTE = (
    "Вид ресурса",
    "Ресурс",
    "Сроки",
    "Ответственный",
    "Примечание",
)
TASKS_SERVED = "Задач школ"
SCHOOL, PROJECT, NUMBER = "Школа", "Проект школы", "№ п/п"
TASK, RESOURCES, RESOURCE_COUNT = "Задача школьного проекта", "Муниципальные ресурсы", "Ресурсов"
NO_RESOURCES = "нет муниципальных ресурсов"
TASKS_TOTAL, WITHOUT, WITHOUT_SHARE = "Задач", "Без муниципальных ресурсов", "Без ресурсов, %"
DISTRICT_TOTAL = "Всего"


def export_resources(rows: list[ResourceRow], path: Path) -> Path:
    """The catalogue to an XLSX workbook (one sheet «Муниципальные ресурсы»)."""
    from app.excel.writer import Column, write_table

    columns = [
        Column(KIND, lambda r: texts.RESOURCE_KINDS.get(r.kind, r.kind)),
        Column(NAME, lambda r: r.name),
        Column(PERIOD, lambda r: r.period),
        Column(RESPONSIBLE, lambda r: r.responsible),
        Column(NOTE, lambda r: r.note),
        Column(TASKS_SERVED, lambda r: r.tasks),
    ]
    return write_table(path, RESOURCES_SHEET, columns, rows)


def export_sufficiency(tasks: list[SchoolTask], path: Path) -> Path:
    """Every task with its resources, grouped by school as in seed 002's tables, the tasks
    without any marked «нет муниципальных ресурсов»; a second sheet counts them per school."""
    from app.excel.writer import Column, write_table

    ordered = sorted(tasks, key=lambda t: (fold(t.school), str(t.school_id), t.number))
    columns = [
        Column(SCHOOL, lambda t: t.school),
        Column(PROJECT, lambda t: t.programme),
        Column(NUMBER, lambda t: t.number),
        Column(TASK, lambda t: t.text),
        Column(RESOURCES, lambda t: "\n".join(n for _, n in t.resources) or NO_RESOURCES),
        Column(RESOURCE_COUNT, lambda t: len(t.resources)),
    ]
    totals: dict[uuid.UUID, list] = {}
    for t in ordered:
        line = totals.setdefault(t.school_id, [t.school, 0, 0])
        line[1] += 1
        line[2] += 0 if t.resources else 1
    lines = [
        *totals.values(),
        [DISTRICT_TOTAL, len(ordered), len(tasks_without_resources(ordered))],
    ]
    summary = [
        Column(SCHOOL, lambda line: line[0]),
        Column(TASKS_TOTAL, lambda line: line[1]),
        Column(WITHOUT, lambda line: line[2]),
        Column(WITHOUT_SHARE, lambda line: round(line[2] * 100 / line[1], 1) if line[1] else None),
    ]
    return write_table(
        path, TASKS_SHEET, columns, ordered, extra_sheets=[(TOTALS_SHEET, summary, lines)]
    )
