"""What the reports engine (and the dashboard) read of the partnership, per academic year.

Read with narrow Core queries (``db.lean_tables``), not the ORM models: a report is a
whole process the director waits for (tests/reports/test_lean_reads.py checks these reads
agree with the partnership's own use cases).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import Connection, and_, select

from app.academic_year import AcademicYear
from app.partnership import criteria as crit
from app.partnership.rows import (
    COUNT_FIELDS,
    AgreementRow,
    DirectionRow,
    EventRow,
    MeasureRow,
    PartnerRow,
    RoleRow,
)
from app.scope import SchoolScope
from db.lean_tables import (
    agreement_direction,
    cooperation_direction,
    event_direction,
    joint_event,
    owned,
    partner_role,
    partner_school,
    partnership_agreement,
    shared_or_owned,
    support_measure,
)


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
    owner = scope.school_id
    e, m = joint_event, support_measure
    with scope.db.engine.connect() as conn:
        days = set(conn.scalars(select(e.c.day).where(owned(e, owner)).distinct()))
        query = select(m.c.starts_on, m.c.ends_on).where(owned(m, owner)).distinct()
        spans = conn.execute(query).all()
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
    owner = scope.school_id
    with scope.db.engine.connect() as conn:
        all_events = [e for e in _events(conn, owner) if e.year <= year]
        measures = _measures(conn, owner, year)
        agreements = [
            a for a in _agreements(conn, owner) if a.in_force(year.first_day, year.last_day)
        ]
        events = [e for e in all_events if year.contains(e.day)]
        if not (events or measures or agreements):
            return None
        partners = _involved(_partners(conn, owner), year, events, measures, agreements)
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
    owner = scope.school_id
    with scope.db.engine.connect() as conn:
        events = _events(conn, owner, partner_id)
        measures = _measures(conn, owner, year, partner_id)
        agreements = _agreements(conn, owner, partner_id)
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


# ---- the rows, read as the use cases read them (events.query_events, measures.query_measures,
# agreements.query_agreements, partners.query_partners) -------------------------------------


def _events(
    conn: Connection, owner: uuid.UUID, partner_id: uuid.UUID | None = None
) -> list[EventRow]:
    e, p, m, d = joint_event, partner_school, support_measure, event_direction
    query = (
        select(
            e.c.id,
            e.c.partner_id,
            p.c.short_name,
            e.c.kind,
            e.c.day,
            e.c.topic,
            e.c.was_planned,
            e.c.held,
            e.c.form,
            e.c.stage,
            e.c.organiser,
            e.c.outcomes,
            e.c.reflection,
            e.c.measure_id,
            m.c.measure,
            *(e.c[name] for name in COUNT_FIELDS),
        )
        .join(p, and_(p.c.id == e.c.partner_id, owned(p, owner)))
        .outerjoin(m, and_(m.c.id == e.c.measure_id, owned(m, owner)))
        .where(owned(e, owner))
        .order_by(e.c.day, e.c.topic)
    )
    if partner_id is not None:
        query = query.where(e.c.partner_id == partner_id)
    links: dict[uuid.UUID, list[uuid.UUID]] = {}
    for event_id, direction_id in conn.execute(
        select(d.c.event_id, d.c.direction_id).where(owned(d, owner))
    ):
        links.setdefault(event_id, []).append(direction_id)
    rows = []
    for row in conn.execute(query):
        counts = row[15:]
        rows.append(
            EventRow(
                *row[:14],
                row[14] or "",
                tuple(links.get(row[0], ())),
                {name: value or 0 for name, value in zip(COUNT_FIELDS, counts, strict=True)},
            )
        )
    return rows


def _measures(
    conn: Connection, owner: uuid.UUID, year: AcademicYear, partner_id: uuid.UUID | None = None
) -> list[MeasureRow]:
    """The support measures whose period meets ``year``."""
    m, a, p = support_measure, partnership_agreement, partner_school
    query = (
        select(
            m.c.id,
            m.c.agreement_id,
            a.c.number,
            a.c.partner_id,
            p.c.short_name,
            m.c.measure,
            m.c.deficit,
            m.c.responsible_ours,
            m.c.responsible_partner,
            m.c.starts_on,
            m.c.ends_on,
            m.c.status,
            m.c.result,
        )
        .join(a, and_(a.c.id == m.c.agreement_id, owned(a, owner)))
        .join(p, and_(p.c.id == a.c.partner_id, owned(p, owner)))
        .where(owned(m, owner), m.c.starts_on <= year.last_day, m.c.ends_on >= year.first_day)
        .order_by(m.c.starts_on, m.c.measure)
    )
    if partner_id is not None:
        query = query.where(a.c.partner_id == partner_id)
    return [MeasureRow(*row) for row in conn.execute(query)]


def _agreements(
    conn: Connection, owner: uuid.UUID, partner_id: uuid.UUID | None = None
) -> list[AgreementRow]:
    """Agreements in signing order with their directions."""
    a, p, c, link = (
        partnership_agreement,
        partner_school,
        cooperation_direction,
        agreement_direction,
    )
    query = (
        select(c.c.id, c.c.title, c.c.position, c.c.active, c.c.school_id)
        .where(shared_or_owned(c, owner))
        .order_by(c.c.position, c.c.title)
    )
    directions = {row[0]: DirectionRow(*row[:4], row[4] is None) for row in conn.execute(query)}
    links: dict[uuid.UUID, list[DirectionRow]] = {}
    query = select(link.c.agreement_id, link.c.direction_id).where(owned(link, owner))
    for agreement_id, direction_id in conn.execute(query):
        if direction_id in directions:
            links.setdefault(agreement_id, []).append(directions[direction_id])
    query = (
        select(
            a.c.id,
            a.c.partner_id,
            p.c.short_name,
            a.c.number,
            a.c.signed_on,
            a.c.valid_until,
            a.c.subject,
            a.c.prolongation,
            a.c.prolonged_until,
            a.c.our_obligations,
            a.c.partner_obligations,
        )
        .join(p, and_(p.c.id == a.c.partner_id, owned(p, owner)))
        .where(owned(a, owner))
        .order_by(a.c.signed_on)
    )
    if partner_id is not None:
        query = query.where(a.c.partner_id == partner_id)
    return [
        AgreementRow(
            *row, tuple(sorted(links.get(row[0], ()), key=lambda d: (d.position, d.title)))
        )
        for row in conn.execute(query)
    ]


def _partners(conn: Connection, owner: uuid.UUID) -> list[PartnerRow]:
    """The partners with their role history."""
    p, r = partner_school, partner_role
    query = select(r.c.partner_id, r.c.id, r.c.role, r.c.since, r.c.note)
    by_partner: dict[uuid.UUID, list[RoleRow]] = {}
    for partner_id, *role in conn.execute(query.where(owned(r, owner)).order_by(r.c.since)):
        by_partner.setdefault(partner_id, []).append(RoleRow(*role))
    query = (
        select(
            p.c.id,
            p.c.full_name,
            p.c.short_name,
            p.c.municipality,
            p.c.director,
            p.c.contacts,
            p.c.offers,
            p.c.needs,
        )
        .where(owned(p, owner))
        .order_by(p.c.short_name)
    )
    return [PartnerRow(*row, tuple(by_partner.get(row[0], ()))) for row in conn.execute(query)]
