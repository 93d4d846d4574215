"""What the reports engine (and the dashboard) read of the partnership, per academic year."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select

from app.academic_year import AcademicYear
from app.partnership import criteria as crit
from app.partnership.agreements import AgreementRow, query_agreements
from app.partnership.events import EventRow, query_events
from app.partnership.measures import MeasureRow, query_measures
from app.partnership.partners import PartnerRow, query_partners
from app.scope import SchoolScope
from db.models.partnership import JointEvent, SupportMeasure


@dataclass(frozen=True, slots=True)
class PartnershipYear:
    year: AcademicYear
    partners: list[PartnerRow]  # those the year's agreements, measures or events name,
    # with their roles up to the year's end
    agreements: list[AgreementRow]  # in force during the year, with their directions
    measures: list[MeasureRow]  # support measures whose period meets the year
    events: list[EventRow]  # events dated within the year, planned or held
    criteria: crit.Criteria  # all partners together, with the trend up to this year
    by_partner: dict[uuid.UUID, crit.Criteria] = field(default_factory=dict)


def years_with_data(scope: SchoolScope) -> set[AcademicYear]:
    """Academic years holding at least one joint event or support measure of the school."""
    with scope.reading() as session:
        days = set(session.scalars(select(JointEvent.day).distinct()))
        query = select(SupportMeasure.starts_on, SupportMeasure.ends_on).distinct()
        spans = session.execute(query).all()
    years = {AcademicYear.containing(d) for d in days}
    for first, last in spans:
        for start in range(
            AcademicYear.containing(first).start_year, AcademicYear.containing(last).start_year + 1
        ):
            years.add(AcademicYear(start))
    return years


def partnership_year(
    scope: SchoolScope, year: AcademicYear, today: date | None = None
) -> PartnershipYear | None:
    """Everything of ``year`` for the partnership report, or None when the year is empty.

    ``today``: the last day whose data count (a report passes its ``as_of``)."""
    today = today or date.today()
    with scope.reading() as session:
        all_events = [e for e in query_events(session) if e.year <= year]
        measures = query_measures(session, year=year)
        agreements = [
            a for a in query_agreements(session) if a.in_force(year.first_day, year.last_day)
        ]
        events = [e for e in all_events if year.contains(e.day)]
        if not (events or measures or agreements):
            return None
        partners = _involved(query_partners(session), year, events, measures, agreements)
    overall = _criteria(year, all_events, measures, agreements, today)
    by_partner = {}
    for p in partners:
        by_partner[p.id] = _criteria(
            year,
            [e for e in all_events if e.partner_id == p.id],
            [m for m in measures if m.partner_id == p.id],
            [a for a in agreements if a.partner_id == p.id],
            today,
        )
    return PartnershipYear(year, partners, agreements, measures, events, overall, by_partner)


def _involved(partners, year, events, measures, agreements) -> list[PartnerRow]:
    named = {r.partner_id for r in (*events, *measures, *agreements)}
    return [
        replace(p, roles=tuple(r for r in p.roles if r.since <= year.last_day))
        for p in partners
        if p.id in named
    ]


def criteria_for(
    scope: SchoolScope,
    year: AcademicYear,
    partner_id: uuid.UUID | None = None,
    today: date | None = None,
) -> crit.Criteria:
    """The criteria of one year, for one partner or all, with the organiser trend."""
    with scope.reading() as session:
        events = query_events(session, partner_id=partner_id)
        measures = query_measures(session, partner_id=partner_id, year=year)
        agreements = query_agreements(session, partner_id=partner_id)
    return _criteria(year, events, measures, agreements, today or date.today())


def criteria_of(
    year: AcademicYear,
    events: list[EventRow],
    measures: list[MeasureRow],
    agreements: list[AgreementRow],
    partner_id: uuid.UUID | None = None,
    today: date | None = None,
) -> crit.Criteria:
    """:func:`criteria_for` over rows the caller already read (every partner, every year),
    so a screen that lists them does not read them again."""
    if partner_id is not None:
        events = [e for e in events if e.partner_id == partner_id]
        measures = [m for m in measures if m.partner_id == partner_id]
        agreements = [a for a in agreements if a.partner_id == partner_id]
    measures = [m for m in measures if m.starts_on <= year.last_day and m.ends_on >= year.first_day]
    return _criteria(year, events, measures, agreements, today or date.today())


def _criteria(year, events, measures, agreements, today) -> crit.Criteria:
    result = crit.compute(year, events, measures, agreements, today)
    years = sorted({e.year for e in events if e.year <= year} | {year})
    span = [AcademicYear(y) for y in range(years[0].start_year, year.start_year + 1)]
    return replace(result, trend=crit.trend(events, span))
