"""Municipal resources × school tasks (seed 002, part 4 «Достаточность муниципальных
ресурсов»): the municipality's catalogue of resources, which resource serves which task of
each school's current programme, and the tasks left without any.

Tasks are named by id without a foreign key: a newer package of the school replaces its
rows under the same ids, so every assignment of a task the school still has survives.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

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


def _own(session: Session, resource_id: uuid.UUID) -> MunicipalResource:
    row = session.get(MunicipalResource, resource_id)
    if row is None or row.municipality_id != school_of(session):
        raise NotFoundError(texts.NOT_FOUND)
    return row


def resources(scope: SchoolScope) -> list[ResourceRow]:
    """The municipality's resource catalogue by kind and name, with how many tasks each serves."""
    from sqlalchemy import func

    count = (
        select(func.count(ResourceAssignment.id))
        .where(ResourceAssignment.resource_id == MunicipalResource.id)
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
        .order_by(organisation.c.short_name, task.c.number)
    )
    assignment, resource = ResourceAssignment.__table__, MunicipalResource.__table__
    with scope.db.engine.connect() as connection:
        tasks = connection.execute(query).all()
        assigned: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
        for task_id, resource_id, name in connection.execute(
            select(assignment.c.task_id, resource.c.id, resource.c.name)
            .join(resource, resource.c.id == assignment.c.resource_id)
            .where(assignment.c.municipality_id == scope.school_id)
            .order_by(resource.c.name)
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
