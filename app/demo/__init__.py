"""Demo installations. Each area adds a step that fills its part of a demo school.

A step is ``step(scope: SchoolScope, context: DemoContext) -> None`` listed in
``DEMO_SCHOOL_STEPS``; steps run in order for one school and may read what earlier steps
stored (``context`` carries the school, the years and a seeded random generator).
:func:`add_demo_school` fills another school into the same database (tests use two).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from importlib import import_module

from app.data_folder import DataFolder
from app.demo.context import DemoContext
from app.demo.profile import DEMO_SCHOOL
from app.installation import Installation, SchoolInfo, create_school
from app.scope import SchoolScope
from db.engine import Database
from db.models import SchoolProfile

DemoStep = Callable[[SchoolScope, DemoContext], None]

# "module:function" so a step's heavy imports load only when the demo is built.
DEMO_SCHOOL_STEPS: tuple[str, ...] = (
    "app.partnership.demo:step",
    "app.programme.demo:step",
    "app.indicators.demo:step",
    "app.self_assessment.demo:step",
    "app.programme.demo_links:step",
    "app.demo.conclusions:step",
)
DEMO_SEED = 2020


def create_demo_school(folder: DataFolder, today: date | None = None) -> Installation:
    installation = create_school(folder, DEMO_SCHOOL)
    fill_demo_school(installation.scope, today or date.today())
    return installation


def add_demo_school(
    db: Database, info: SchoolInfo, today: date, seed: int, read_only: bool = True
) -> SchoolScope:
    """Add another complete demo school to ``db`` (as a municipality holds imported ones)."""
    info = info.validated()
    school_id = uuid.uuid4()
    with db.unit_of_work() as session:
        fields = {name: getattr(info, name) for name in info.__slots__}
        session.add(SchoolProfile(id=school_id, is_own=False, **fields))
    fill_demo_school(SchoolScope(db, school_id), today, seed)
    return SchoolScope(db, school_id, read_only=read_only)


def fill_demo_school(scope: SchoolScope, today: date, seed: int = DEMO_SEED) -> None:
    context = DemoContext.for_scope(scope, today, seed)
    for spec in DEMO_SCHOOL_STEPS:
        module_name, function_name = spec.split(":")
        step: DemoStep = getattr(import_module(module_name), function_name)
        step(scope, context)
