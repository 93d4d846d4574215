"""Which imported schools a view covers: the category filter shared by every view.

Categories are the organisation's flags (ШНОР = ``low_results``, сложные социальные условия,
сельская, малокомплектная); ticking several keeps the schools that have all of them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Select, select

from app.academic_year import AcademicYear
from app.errors import ValidationError
from app.installation import Installation
from app.municipality import texts
from app.scope import SchoolScope
from app.state import Mode
from db.models.organisation import Organisation
from db.text_order import by_text

CATEGORY_KEYS = tuple(texts.CATEGORIES)


@dataclass(frozen=True, slots=True)
class Filter:
    categories: frozenset[str] = frozenset()
    year: AcademicYear | None = None


def school_condition(filt: Filter):
    """WHERE of the imported schools ``filt`` keeps (at a municipality every school is an
    imported one: its own organisation is the municipality)."""
    table = Organisation.__table__
    conditions = [table.c.kind == "school"]
    conditions += [table.c[key].is_(True) for key in sorted(filt.categories)]
    return conditions


def imported_schools(filt: Filter) -> Select:
    table = Organisation.__table__
    return (
        select(
            table.c.id,
            table.c.short_name,
            table.c.full_name,
            *(table.c[key] for key in CATEGORY_KEYS),
        )
        .where(*school_condition(filt))
        .order_by(by_text(table.c.short_name))
    )


def imported_school(scope: SchoolScope, school_id: uuid.UUID) -> SchoolScope:
    """A read-only scope of one imported school of this municipality's database."""
    table = Organisation.__table__
    with scope.db.engine.connect() as connection:
        found = connection.scalar(
            select(table.c.id).where(*school_condition(Filter()), table.c.id == school_id)
        )
    if found is None:
        raise ValidationError(texts.SCHOOL_UNKNOWN.format(school=school_id))
    return SchoolScope(scope.db, school_id, read_only=True)


def school_uuid(text: str) -> uuid.UUID:
    """``--school UUID`` as typed; a ValueError says it is not one."""
    return uuid.UUID(text.strip())


def scope_for(installation: Installation, school: uuid.UUID | None) -> SchoolScope:
    """The scope a command works on: the installation's own data, or (``--school``, in
    municipality mode only) one imported school, read-only."""
    if school is None:
        return installation.scope
    if installation.mode is not Mode.MUNICIPALITY:
        raise ValidationError(texts.SCHOOL_NEEDS_MUNICIPALITY)
    return imported_school(installation.scope, school)
