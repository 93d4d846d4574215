"""What demo steps share: the school, "today" and the demo's academic years."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date

from app.academic_year import AcademicYear, year_range
from app.scope import SchoolScope

FIRST_DEMO_YEAR = AcademicYear(2020)  # the year of seed 002


@dataclass
class DemoContext:
    school_id: uuid.UUID
    today: date
    years: list[AcademicYear]
    # Seeded so the same day gives the same demo (tests compare against fixtures).
    rng: random.Random = field(default_factory=lambda: random.Random(2020))
    # Steps leave ids here for later steps (e.g. "deficit:staff" -> uuid).
    refs: dict[str, uuid.UUID] = field(default_factory=dict)

    @classmethod
    def for_scope(cls, scope: SchoolScope, today: date, seed: int = 2020) -> DemoContext:
        years = year_range(FIRST_DEMO_YEAR, AcademicYear.containing(today))
        return cls(scope.school_id, today, years, rng=random.Random(seed))

    @property
    def current_year(self) -> AcademicYear:
        return self.years[-1]
