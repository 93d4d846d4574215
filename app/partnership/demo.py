"""Demo step: a leader gymnasium and a peer school, agreements, a support plan, ~60 events.

The organiser mix moves from the partner toward our school year by year (seed 001's role
reversal); everything is drawn from ``ctx.rng`` so the same ``today`` gives the same data.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.demo.context import DemoContext
from app.demo.profile import DEMO_LEADER_SCHOOL
from app.partnership import demo_data as d
from app.partnership.agreements import AgreementInput, query_directions, save_agreement
from app.partnership.events import COUNT_FIELDS, EventInput, add_events
from app.partnership.measures import MeasureInput, save_measure
from app.partnership.partners import PartnerInput, add_role, save_partner
from app.scope import SchoolScope

SCHOOL_MONTHS = (9, 10, 11, 12, 1, 2, 3, 4, 5, 6)


def step(scope: SchoolScope, ctx: DemoContext) -> None:
    """Fill the partnership of ``scope``'s school in one unit of work (any school of a
    database: partners, agreements and events are its own; directions are shipped)."""
    with scope.unit_of_work() as session:
        _fill(session, ctx)


def _fill(session: Session, ctx: DemoContext) -> None:
    first, last = ctx.years[0], ctx.current_year
    leader = save_partner.core(
        session,
        PartnerInput(
            d.LEADER_FULL,
            DEMO_LEADER_SCHOOL,
            d.MUNICIPALITY,
            "Соболева Надежда Алексеевна",
            "+7 (48533) 2-31-40, gymnasium2@example.ru",
            d.LEADER_OFFERS,
            d.LEADER_NEEDS,
        ),
    ).value
    peer = save_partner.core(
        session,
        PartnerInput(
            d.PEER_FULL,
            d.PEER_SHORT,
            d.MUNICIPALITY,
            "Мельников Артём Игоревич",
            "+7 (48533) 4-55-18, olkhovka@example.ru",
            d.PEER_OFFERS,
            d.PEER_NEEDS,
        ),
    ).value
    add_role.core(session, leader, "leader", date(first.start_year, 8, 20))
    add_role.core(session, leader, "peer", date(last.start_year - 1, 9, 1), "Роли выровнялись")
    add_role.core(session, peer, "peer", date(first.start_year + 2, 9, 1))
    ctx.refs["partner:leader"], ctx.refs["partner:peer"] = leader, peer
    directions = [row.id for row in query_directions(session) if row.is_shipped]
    main = _agreement(session, leader, "14", date(first.start_year, 8, 28), directions, last)
    second = _agreement(session, peer, "3", date(first.start_year + 2, 9, 5), directions[2:6], last)
    ctx.refs["agreement:leader"], ctx.refs["agreement:peer"] = main, second
    measures = _measures(session, main, ctx)
    add_events.core(session, _events(ctx, leader, peer, directions, measures), ctx.today)


def _agreement(session, partner, number, signed, directions, last: AcademicYear) -> uuid.UUID:
    info = AgreementInput(
        partner,
        number,
        signed,
        date(signed.year + 1, 8, 31),
        d.SUBJECT,
        d.PROLONGATION,
        last.last_day,
        d.OUR_OBLIGATIONS,
        d.PARTNER_OBLIGATIONS,
        list(directions),
    )
    return save_agreement.core(session, info).value


def _measures(session: Session, agreement: uuid.UUID, ctx: DemoContext) -> list[tuple]:
    """Two measures per year from the plan; past years mostly done, the first always."""
    made = []
    for index, year in enumerate(ctx.years):
        plan = d.MEASURES_BY_YEAR[min(index, len(d.MEASURES_BY_YEAR) - 1)]
        for slot, (measure, deficit, ours, theirs) in enumerate(plan):
            if year == ctx.current_year:
                status = ("in_progress", "planned")[slot]
            elif slot == 0:
                status = "done"
            else:
                status = ctx.rng.choice(("done", "done", "partially_done", "not_done"))
            info = MeasureInput(
                agreement,
                measure,
                year.first_day,
                date(year.end_year, 5, 31),
                deficit,
                ours,
                theirs,
                status,
                d.RESULTS.get(status, ""),
            )
            saved = save_measure.core(session, info).value
            if slot == 0:
                made.append((year, saved))
    return made


def _events(ctx, leader, peer, directions, measures) -> list[EventInput]:
    events = []
    for index, year in enumerate(ctx.years):
        count = 6 if year == ctx.current_year else 9
        months = sorted(ctx.rng.sample(SCHOOL_MONTHS, count), key=SCHOOL_MONTHS.index)
        measure = dict(measures).get(year)
        for month in months:
            day = date(
                year.start_year if month >= 9 else year.end_year, month, ctx.rng.randint(3, 26)
            )
            partner = peer if index >= 2 and ctx.rng.random() < 0.3 else leader
            events.append(_event(ctx, index, len(ctx.years), day, partner, directions, measure))
            if partner == peer:
                events[-1].measure_id = None
    return events


def _event(ctx, index, years, day, partner, directions, measure) -> EventInput:
    rng = ctx.rng
    kind = rng.choice(list(d.TOPICS))
    future = day > ctx.today
    roll = rng.random()
    planned, held = (
        (True, False) if future else ((False, True) if roll < 0.12 else (True, roll > 0.2))
    )
    progress = index / max(years - 1, 1)
    organiser_roll = rng.random()
    organiser = (
        "we"
        if organiser_roll < 0.1 + 0.45 * progress
        else ("joint" if organiser_roll < 0.35 + 0.45 * progress else "partner")
    )
    stage = (
        "acquaintance"
        if index == 0 and day.month >= 9
        else ("reflective" if day.month in (5, 6) else "joint_work")
    )
    counts = {name: 0 for name in COUNT_FIELDS}
    if held:
        counts.update(
            our_teachers=rng.randint(2, 9),
            our_admin=rng.randint(0, 2),
            partner_teachers=rng.randint(2, 12),
            partner_admin=rng.randint(0, 2),
        )
        if kind in ("conference", "competition", "sport_culture", "partner_lesson"):
            counts.update(our_pupils=rng.randint(5, 20), partner_pupils=rng.randint(5, 30))
        if kind == "focus_group":
            counts.update(our_parents=rng.randint(4, 12))
    return EventInput(
        partner,
        kind,
        day,
        d.TOPICS[kind],
        planned,
        held,
        rng.choice(("in_person", "in_person", "remote", "visiting")),
        stage,
        organiser,
        "Опыт обобщён, материалы в банке разработок" if held else "",
        "Участники отметили практическую пользу" if held else "",
        measure if rng.random() < 0.4 else None,
        rng.sample(directions, 2),
        counts,
    )
