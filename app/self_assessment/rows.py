"""The self-assessment's plain rows (what the use cases return and the screens and reports
show), kept apart from the use cases so that a report reads them without the ORM models.

``runs`` and ``deficits`` import them from here; import them from either place.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.academic_year import AcademicYear
from app.self_assessment import texts

if TYPE_CHECKING:
    from app.self_assessment.instruments import Instrument
    from app.self_assessment.scoring import AreaScore


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    role: str = ""


@dataclass(frozen=True, slots=True)
class ReopeningRow:
    at: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class AnswerRow:
    item_id: str
    level: int | None
    evidence: str = ""
    comment: str = ""


@dataclass(frozen=True, slots=True)
class RunRow:
    id: uuid.UUID
    instrument_id: uuid.UUID
    instrument_key: str
    title: str
    version: str
    year: AcademicYear
    status: str
    started_on: date
    finished_at: datetime | None
    answered: int
    total: int
    overall: float | None
    team: tuple[Member, ...] = ()
    reopenings: tuple[ReopeningRow, ...] = ()

    @property
    def locked(self) -> bool:
        return self.status == "finished"

    @property
    def status_label(self) -> str:
        return texts.STATUS.get(self.status, self.status)


@dataclass(frozen=True, slots=True)
class RunDetail:
    run: RunRow
    instrument: Instrument
    answers: dict[str, AnswerRow] = field(default_factory=dict)
    scores: list[AreaScore] = field(default_factory=list)

    def levels(self) -> dict[str, int | None]:
        return {k: a.level for k, a in self.answers.items()}


@dataclass(frozen=True, slots=True)
class DeficitRow:
    id: uuid.UUID
    year: AcademicYear
    run_id: uuid.UUID | None
    instrument_key: str
    area_key: str
    area_title: str
    item_key: str
    text: str
    risk: str
    score: float | None
    source: str
    confirmed: bool
    links: int = 0  # measures + events + indicators + programme tasks/activities linked

    @property
    def risk_label(self) -> str:
        return texts.RISK.get(self.risk, "")

    @property
    def source_label(self) -> str:
        return texts.SOURCE.get(self.source, self.source)


@dataclass(frozen=True, slots=True)
class StrengthRow:
    id: uuid.UUID
    year: AcademicYear
    run_id: uuid.UUID | None
    instrument_key: str
    area_key: str
    area_title: str
    item_key: str
    text: str
    score: float | None
    offer: bool
    source: str
    confirmed: bool

    @property
    def source_label(self) -> str:
        return texts.SOURCE.get(self.source, self.source)
