"""What a return package carries for one school, as JSON: the municipality's
recommendations, partner assignments, monitoring figures and deadlines for it (all of
them, like a school's snapshot: not a diff) and the instrument versions it distributes.

Read with a strict schema: every field typed and bounded, nothing extra.
"""

from __future__ import annotations

import math
import uuid
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy import Connection, select

import db.models  # noqa: F401  (every table on Base.metadata, even in a lean command)
from app.sync import texts
from app.sync.errors import PackageRefused
from app.sync.manifest import first_problem
from db.base import Base
from db.enums import MUNICIPAL_RESOURCE_KINDS, PARTNER_ROLES
from db.types import AcademicYear

RETURN_FORMAT = 1
MAX_ITEMS = 10_000
Text = Annotated[str, Field(max_length=20_000)]
Line = Annotated[str, Field(max_length=500)]


def _academic_year(value: str) -> str:
    AcademicYear.parse(value)  # a ValueError names the field in the refusal
    return value


Year = Annotated[str, Field(pattern=r"^\d{4}-\d{4}$"), AfterValidator(_academic_year)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RecommendationItem(_Strict):
    id: uuid.UUID
    year: Year
    topic: Line = ""
    text: Text
    issued_on: date
    respond_by: date | None = None


class PartnerItem(_Strict):
    id: uuid.UUID
    partner_name: Line
    role: str
    starts_on: date
    note: Text = ""

    @field_validator("role")
    @classmethod
    def _role(cls, value: str) -> str:
        if value not in PARTNER_ROLES:
            raise ValueError(value)
        return value


class FigureItem(_Strict):
    id: uuid.UUID
    indicator_id: uuid.UUID
    year: Year
    value: float
    note: Text = ""

    @field_validator("value")
    @classmethod
    def _finite(cls, value: float) -> float:
        if not math.isfinite(value):
            raise ValueError(value)
        return value


class DeadlineItem(_Strict):
    id: uuid.UUID
    title: Annotated[str, Field(max_length=300)]
    opens_on: date
    due_on: date


class InstrumentItem(_Strict):
    id: uuid.UUID
    key: Annotated[str, Field(max_length=100)]
    version: Annotated[str, Field(max_length=50)]
    title: Line
    definition: Annotated[str, Field(max_length=5_000_000)]


class ResourceItem(_Strict):
    """A municipal resource that serves at least one of the school's tasks."""

    id: uuid.UUID
    kind: str
    name: Text
    period: Annotated[str, Field(max_length=200)] = ""
    responsible: Annotated[str, Field(max_length=300)] = ""
    note: Text = ""

    @field_validator("kind")
    @classmethod
    def _kind(cls, value: str) -> str:
        if value not in MUNICIPAL_RESOURCE_KINDS:
            raise ValueError(value)
        return value


class TaskResourceItem(_Strict):
    """A resource assigned to one task of the school's programme."""

    id: uuid.UUID
    resource_id: uuid.UUID
    task_id: uuid.UUID


class ReturnContent(_Strict):
    format: int = RETURN_FORMAT
    recipient_id: uuid.UUID
    recommendations: list[RecommendationItem] = Field(default_factory=list, max_length=MAX_ITEMS)
    partners: list[PartnerItem] = Field(default_factory=list, max_length=MAX_ITEMS)
    figures: list[FigureItem] = Field(default_factory=list, max_length=MAX_ITEMS)
    deadlines: list[DeadlineItem] = Field(default_factory=list, max_length=MAX_ITEMS)
    resources: list[ResourceItem] = Field(default_factory=list, max_length=MAX_ITEMS)
    assignments: list[TaskResourceItem] = Field(default_factory=list, max_length=MAX_ITEMS)
    instruments: list[InstrumentItem] = Field(default_factory=list, max_length=100)

    def item_count(self) -> int:
        return len(self.recommendations) + len(self.partners) + len(self.figures)


def parse_return(data: object) -> ReturnContent:
    version = data.get("format") if isinstance(data, dict) else None
    if isinstance(version, int) and version > RETURN_FORMAT:
        raise PackageRefused(texts.NEWER_FORMAT.format(version="?"))
    try:
        return ReturnContent.model_validate(data)
    except ValidationError as err:
        raise PackageRefused(texts.BAD_SCHEMA.format(detail=first_problem(err))) from err


def _table(name: str):
    return Base.metadata.tables[name]


def collect_return(
    connection: Connection, municipality_id: uuid.UUID, recipient_id: uuid.UUID
) -> ReturnContent:
    """Everything the municipality holds for ``recipient_id``, as a return package says it."""

    def rows(name: str, *columns: str) -> list[dict]:
        table = _table(name)
        query = select(*(table.c[c] for c in columns)).where(
            table.c.municipality_id == municipality_id
        )
        if "recipient_id" in table.c:
            query = query.where(table.c.recipient_id == recipient_id)
        return [dict(row._mapping) for row in connection.execute(query.order_by(table.c.id))]

    recommendations = rows(
        "recommendation", "id", "year", "topic", "text", "issued_on", "respond_by"
    )
    for item in recommendations:
        item["year"] = str(item["year"])
    figures = rows("monitoring_figure", "id", "indicator_id", "year", "value", "note")
    for item in figures:
        item["year"] = str(item["year"])
    return ReturnContent(
        recipient_id=recipient_id,
        recommendations=recommendations,
        partners=rows("partner_assignment", "id", "partner_name", "role", "starts_on", "note"),
        figures=figures,
        deadlines=rows("package_deadline", "id", "title", "opens_on", "due_on"),
        resources=_resources_used(connection, municipality_id, recipient_id),
        assignments=rows("resource_assignment", "id", "resource_id", "task_id"),
        instruments=_distributed_instruments(connection),
    )


def _resources_used(
    connection: Connection, municipality_id: uuid.UUID, recipient_id: uuid.UUID
) -> list[ResourceItem]:
    resource, assignment = _table("municipal_resource"), _table("resource_assignment")
    used = select(assignment.c.resource_id).where(
        assignment.c.municipality_id == municipality_id,
        assignment.c.recipient_id == recipient_id,
    )
    query = select(
        resource.c.id,
        resource.c.kind,
        resource.c.name,
        resource.c.period,
        resource.c.responsible,
        resource.c.note,
    ).where(resource.c.id.in_(used))
    found = connection.execute(query.order_by(resource.c.id))
    return [ResourceItem(**row._mapping) for row in found]


def _distributed_instruments(connection: Connection) -> list[InstrumentItem]:
    """Instrument versions loaded from files here: the region's own or newer versions."""
    table = _table("sa_instrument")
    query = select(table.c.id, table.c.key, table.c.version, table.c.title, table.c.definition)
    return [
        InstrumentItem(**row._mapping)
        for row in connection.execute(query.where(table.c.source == "file").order_by(table.c.id))
    ]
