"""Demo installations. Each area adds a step that fills its part of the demo school.

A step is ``step(db: Database, context: DemoContext) -> None`` listed in
``DEMO_SCHOOL_STEPS``; steps run in order inside one installation and may read what
earlier steps stored (``context`` carries the school and the years).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from importlib import import_module

from app.data_folder import DataFolder
from app.demo.context import DemoContext
from app.demo.profile import DEMO_SCHOOL
from app.installation import Installation, create_school
from db.engine import Database

DemoStep = Callable[[Database, DemoContext], None]

# "module:function" so a step's heavy imports load only when the demo is built.
DEMO_SCHOOL_STEPS: tuple[str, ...] = (
    "app.partnership.demo:step",
    "app.programme.demo:step",
    "app.indicators.demo:step",
    "app.self_assessment.demo:step",
    "app.programme.demo_links:step",
)


def create_demo_school(folder: DataFolder, today: date | None = None) -> Installation:
    installation = create_school(folder, DEMO_SCHOOL)
    context = DemoContext.for_school(installation, today or date.today())
    for spec in DEMO_SCHOOL_STEPS:
        module_name, function_name = spec.split(":")
        step: DemoStep = getattr(import_module(module_name), function_name)
        step(installation.db, context)
    return installation
