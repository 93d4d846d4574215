"""The partnership's plain rows (what the use cases return and the screens and reports
show), kept apart from the use cases so that a report reads them without the ORM models.

The use-case modules (``events``, ``measures``, ``agreements``, ``partners``) import them
from here; import them from either place.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from app.academic_year import AcademicYear
from app.partnership import texts

CATEGORY_KEYS = ("teachers", "pupils", "parents", "admin")
SIDES = ("our", "partner")
COUNT_FIELDS = tuple(f"{side}_{cat}" for side in SIDES for cat in CATEGORY_KEYS)


@dataclass(slots=True)
class EventInput:
    partner_id: uuid.UUID
    kind: str
    day: date
    topic: str
    was_planned: bool = True
    held: bool = False
    form: str = "in_person"
    stage: str = "joint_work"
    organiser: str = "partner"
    outcomes: str = ""
    reflection: str = ""
    measure_id: uuid.UUID | None = None
    direction_ids: list[uuid.UUID] = field(default_factory=list)
    # participants: {"our_teachers": 5, "partner_pupils": 12, ...}
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EventRow:
    id: uuid.UUID
    partner_id: uuid.UUID
    partner_name: str
    kind: str
    day: date
    topic: str
    was_planned: bool
    held: bool
    form: str
    stage: str
    organiser: str
    outcomes: str
    reflection: str
    measure_id: uuid.UUID | None
    measure_text: str
    direction_ids: tuple[uuid.UUID, ...]
    counts: dict[str, int]

    @property
    def year(self) -> AcademicYear:
        return AcademicYear.containing(self.day)

    @property
    def plan_label(self) -> str:
        if self.was_planned:
            return texts.EVENT_PLANNED_HELD if self.held else texts.EVENT_PLANNED_NOT_HELD
        return texts.EVENT_UNPLANNED_HELD

    def participants(self, side: str | None = None) -> int:
        return sum(v for k, v in self.counts.items() if side is None or k.startswith(side))

    def as_input(self) -> EventInput:
        return EventInput(
            self.partner_id,
            self.kind,
            self.day,
            self.topic,
            self.was_planned,
            self.held,
            self.form,
            self.stage,
            self.organiser,
            self.outcomes,
            self.reflection,
            self.measure_id,
            list(self.direction_ids),
            dict(self.counts),
        )


@dataclass(slots=True)
class MeasureInput:
    agreement_id: uuid.UUID
    measure: str
    starts_on: date
    ends_on: date
    deficit: str = ""
    responsible_ours: str = ""
    responsible_partner: str = ""
    status: str = "planned"
    result: str = ""


@dataclass(frozen=True, slots=True)
class MeasureRow:
    id: uuid.UUID
    agreement_id: uuid.UUID
    agreement_number: str
    partner_id: uuid.UUID
    partner_name: str
    measure: str
    deficit: str
    responsible_ours: str
    responsible_partner: str
    starts_on: date
    ends_on: date
    status: str
    result: str

    @property
    def status_label(self) -> str:
        return texts.MEASURE_STATUSES.get(self.status, self.status)

    def overlaps(self, year: AcademicYear) -> bool:
        return self.starts_on <= year.last_day and self.ends_on >= year.first_day

    def as_input(self) -> MeasureInput:
        return MeasureInput(
            self.agreement_id,
            self.measure,
            self.starts_on,
            self.ends_on,
            self.deficit,
            self.responsible_ours,
            self.responsible_partner,
            self.status,
            self.result,
        )


@dataclass(frozen=True, slots=True)
class DirectionRow:
    id: uuid.UUID
    title: str
    position: int
    active: bool = True
    is_shipped: bool = False  # supplied with the program: shared, not editable


@dataclass(slots=True)
class AgreementInput:
    partner_id: uuid.UUID
    number: str
    signed_on: date
    valid_until: date
    subject: str = ""
    prolongation: str = ""
    prolonged_until: date | None = None
    our_obligations: str = ""
    partner_obligations: str = ""
    direction_ids: list[uuid.UUID] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class AgreementRow:
    id: uuid.UUID
    partner_id: uuid.UUID
    partner_name: str
    number: str
    signed_on: date
    valid_until: date
    subject: str
    prolongation: str
    prolonged_until: date | None
    our_obligations: str
    partner_obligations: str
    directions: tuple[DirectionRow, ...] = ()

    @property
    def ends_on(self) -> date:
        """The last day in force, prolongation included."""
        return max(self.valid_until, self.prolonged_until or self.valid_until)

    def in_force(self, first: date, last: date) -> bool:
        return self.signed_on <= last and self.ends_on >= first

    @property
    def label(self) -> str:
        return texts.AGREEMENT_LABEL.format(
            number=self.number or "—", day=self.signed_on.strftime("%d.%m.%Y")
        )

    def as_input(self) -> AgreementInput:
        return AgreementInput(
            self.partner_id,
            self.number,
            self.signed_on,
            self.valid_until,
            self.subject,
            self.prolongation,
            self.prolonged_until,
            self.our_obligations,
            self.partner_obligations,
            [d.id for d in self.directions],
        )


@dataclass(slots=True)
class PartnerInput:
    full_name: str
    short_name: str = ""
    municipality: str = ""
    director: str = ""
    contacts: str = ""
    offers: str = ""
    needs: str = ""


@dataclass(frozen=True, slots=True)
class RoleRow:
    id: uuid.UUID
    role: str
    since: date
    note: str = ""

    @property
    def label(self) -> str:
        return texts.ROLES.get(self.role, self.role)


@dataclass(frozen=True, slots=True)
class PartnerRow:
    id: uuid.UUID
    full_name: str
    short_name: str
    municipality: str
    director: str
    contacts: str
    offers: str
    needs: str
    roles: tuple[RoleRow, ...] = field(default=())

    def role_on(self, day: date) -> str | None:
        return role_on(self.roles, day)

    def as_input(self) -> PartnerInput:
        return PartnerInput(
            self.full_name,
            self.short_name,
            self.municipality,
            self.director,
            self.contacts,
            self.offers,
            self.needs,
        )


def role_on(history: tuple[RoleRow, ...] | list[RoleRow], day: date) -> str | None:
    """The role in force on ``day``: the latest entry whose ``since`` is not after it."""
    current = None
    for row in sorted(history, key=lambda r: r.since):
        if row.since <= day:
            current = row.role
    return current
