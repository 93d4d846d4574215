"""Network-interaction criteria (critерии сетевого взаимодействия), per year and per partner.

Definitions (issue 5, worded as seed 003 in issue 13). ``today`` is the last day whose data
count (a report of a past year passes the year's last day):
- planned share = planned events of the year that were held ÷ planned events that were due
  by ``today``; planned events dated after ``today`` are not due yet (``planned_ahead``);
  events held without being planned are counted separately (``unplanned_held``);
- by kind / form / stage / organiser: counts of the year's **held** events;
- leaders: the schools that organised (alone or jointly) at least one held event;
- share we organised = held events organised by us ÷ all held events; joint events are
  their own share (``share_joint``), never folded into ours; the trend is the same per year;
- participants: sums over held events, per side (our / partner) and category; the total is
  compared with the previous year's held events up to the same date;
- directions covered: directions of the agreements in force during the year that at least
  one held event of the year served;
- measures: support measures whose period meets the year, cancelled ones left out;
  ``measures_done`` of them have the status «done», ``measures_ahead`` start after ``today``;
- months without activity: school months (the summer holidays, June–August, left out) of
  the year up to the month of ``today`` with no held event.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.academic_year import AcademicYear
from app.partnership.rows import CATEGORY_KEYS, SIDES, AgreementRow, EventRow, MeasureRow


@dataclass(frozen=True, slots=True)
class YearShare:
    year: AcademicYear
    held: int
    by_us: int
    joint: int
    by_partner: int

    @property
    def share_we(self) -> float | None:
        return self.by_us / self.held if self.held else None

    @property
    def share_joint(self) -> float | None:
        return self.joint / self.held if self.held else None

    @property
    def share_partner(self) -> float | None:
        return self.by_partner / self.held if self.held else None


@dataclass(frozen=True, slots=True)
class Criteria:
    year: AcademicYear
    planned: int
    planned_held: int
    unplanned_held: int
    held: int
    by_kind: dict[str, int]
    by_form: dict[str, int]
    by_stage: dict[str, int]
    by_organiser: dict[str, int]
    participants: dict[str, dict[str, int]]  # side -> category -> count
    directions_total: dict[uuid.UUID, str]  # direction id -> title
    directions_covered: tuple[uuid.UUID, ...]
    measures_planned: int
    measures_done: int
    idle_months: tuple[date, ...]  # first day of each school month without a held event
    planned_ahead: int = 0  # planned events dated after ``today``: not due yet
    measures_ahead: int = 0  # measures (of ``measures_planned``) starting after ``today``
    leaders: int = 0  # schools that organised or co-organised a held event
    participants_before: int | None = None  # the previous year's total (None: no events)
    trend: tuple[YearShare, ...] = field(default=())

    @property
    def planned_due(self) -> int:
        return self.planned - self.planned_ahead

    @property
    def planned_share(self) -> float | None:
        return self.planned_held / self.planned_due if self.planned_due else None

    @property
    def participants_total(self) -> int:
        return sum(sum(by_category.values()) for by_category in self.participants.values())

    @property
    def participants_change(self) -> int | None:
        if self.participants_before is None:
            return None
        return self.participants_total - self.participants_before

    @property
    def share(self) -> YearShare:
        return year_share(self.year, self.by_organiser)

    @property
    def share_we(self) -> float | None:
        return self.share.share_we

    @property
    def share_joint(self) -> float | None:
        return self.share.share_joint

    @property
    def measures_share(self) -> float | None:
        return self.measures_done / self.measures_planned if self.measures_planned else None

    @property
    def directions_uncovered(self) -> tuple[uuid.UUID, ...]:
        return tuple(d for d in self.directions_total if d not in self.directions_covered)


def year_share(year: AcademicYear, by_organiser: dict[str, int]) -> YearShare:
    return YearShare(
        year,
        sum(by_organiser.values()),
        by_organiser.get("we", 0),
        by_organiser.get("joint", 0),
        by_organiser.get("partner", 0),
    )


def compute(
    year: AcademicYear,
    events: Iterable[EventRow],
    measures: Iterable[MeasureRow],
    agreements: Iterable[AgreementRow],
    today: date,
) -> Criteria:
    """The criteria of ``year`` from already filtered rows (one partner or all)."""
    events = list(events)
    mine = [e for e in events if year.contains(e.day)]
    held = [e for e in mine if e.held]
    titles = _agreement_directions(year, agreements)
    served = {d for e in held for d in e.direction_ids}
    live = [m for m in measures if m.overlaps(year) and m.status != "cancelled"]
    return Criteria(
        year=year,
        planned=sum(1 for e in mine if e.was_planned),
        planned_held=sum(1 for e in mine if e.was_planned and e.held),
        unplanned_held=sum(1 for e in held if not e.was_planned),
        held=len(held),
        by_kind=dict(Counter(e.kind for e in held)),
        by_form=dict(Counter(e.form for e in held)),
        by_stage=dict(Counter(e.stage for e in held)),
        by_organiser=dict(Counter(e.organiser for e in held)),
        participants=_participants(held),
        directions_total=titles,
        directions_covered=tuple(d for d in titles if d in served),
        measures_planned=len(live),
        measures_done=sum(1 for m in live if m.status == "done"),
        idle_months=_idle_months(year, held, today),
        planned_ahead=sum(1 for e in mine if e.was_planned and not e.held and e.day > today),
        measures_ahead=sum(1 for m in live if m.starts_on > today),
        leaders=len(_leaders(held)),
        participants_before=_participants_before(year, events, today),
    )


def trend(events: Iterable[EventRow], years: Sequence[AcademicYear]) -> tuple[YearShare, ...]:
    """Who organised the held events, year by year (the role reversal of seed 001)."""
    counts: dict[AcademicYear, Counter] = {y: Counter() for y in years}
    for e in events:
        if e.held and e.year in counts:
            counts[e.year][e.organiser] += 1
    return tuple(year_share(y, dict(counts[y])) for y in years)


def _participants(held: list[EventRow]) -> dict[str, dict[str, int]]:
    return {
        side: {cat: sum(e.counts.get(f"{side}_{cat}", 0) for e in held) for cat in CATEGORY_KEYS}
        for side in SIDES
    }


def _leaders(held: list[EventRow]) -> set[object]:
    """Our school and each partner that organised a held event, alone or jointly."""
    leaders: set[object] = set()
    for e in held:
        if e.organiser in ("we", "joint"):
            leaders.add("we")
        if e.organiser in ("partner", "joint"):
            leaders.add(e.partner_id)
    return leaders


def _participants_before(year: AcademicYear, events: list[EventRow], today: date) -> int | None:
    """All participants of the previous year's held events up to the same date (a year in
    progress is compared with the same part of the year before), None without events."""
    before = AcademicYear(year.start_year - 1)
    last = min(before.last_day, year_earlier(today))
    rows = [e for e in events if before.contains(e.day) and e.day <= last]
    if not rows:
        return None
    return sum(e.participants() for e in rows if e.held)


def year_earlier(day: date) -> date:
    """The same date a year before (29 February becomes the 28th)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)


def _agreement_directions(
    year: AcademicYear, agreements: Iterable[AgreementRow]
) -> dict[uuid.UUID, str]:
    titles: dict[uuid.UUID, str] = {}
    for a in sorted(agreements, key=lambda a: a.signed_on):
        if a.in_force(year.first_day, year.last_day):
            for d in a.directions:
                titles.setdefault(d.id, d.title)
    return titles


SUMMER = (6, 7, 8)  # the summer holidays: no joint events expected


def months_of(year: AcademicYear) -> list[date]:
    return [
        date(year.start_year if m >= 9 else year.end_year, m, 1)
        for m in (9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8)
    ]


def _idle_months(year: AcademicYear, held: list[EventRow], today: date) -> tuple[date, ...]:
    busy = {(e.day.year, e.day.month) for e in held}
    last = date(today.year, today.month, 1)
    return tuple(
        m
        for m in months_of(year)
        if m <= last and m.month not in SUMMER and (m.year, m.month) not in busy
    )
