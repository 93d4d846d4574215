"""Demo step: runs of both instruments in 2020-2021, 2022-2023, 2024-2025 and one in
progress now, whose scores tell a story — methodical work, results and teacher competence
improve, parents' involvement stays weak — with deficits linked to the partnership's
measures and events and to indicators."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.demo.context import DemoContext
from app.scope import SchoolScope
from app.self_assessment import demo_data as d
from app.self_assessment.catalogue import instrument_in, latest_version_in, store_builtins
from app.self_assessment.deficits import (
    DeficitInput,
    StrengthInput,
    deficits_in,
    save_deficit,
    save_strength,
    set_confirmed,
)
from app.self_assessment.instruments import Instrument
from app.self_assessment.runs import answer, finish_run, reopen_run, start_run
from app.self_assessment.trail import link, targets_in
from db.models.partnership import SupportMeasure
from db.models.self_assessment import Deficit, Strength


def step(scope: SchoolScope, ctx: DemoContext) -> None:
    """The school's runs, deficits, strengths and links, in one transaction. The shipped
    instruments are shared: a second demo school reuses the stored versions."""
    with scope.unit_of_work() as session:
        store_builtins(session)
        years = [y for y in ctx.years if y.start_year in (2020, 2022, 2024)]
        for key, story in ((d.RESOURCES, d.RESOURCES_STORY), (d.RISKS, d.RISKS_STORY)):
            version_id = latest_version_in(session, key)
            if version_id is None:
                continue
            instrument = instrument_in(session, version_id)
            for index, year in enumerate(years):
                _finished_run(session, ctx, version_id, instrument, year, story, index)
            if ctx.current_year not in years:
                _current_run(session, ctx, version_id, instrument, story)
        _manual(session, years)
        _links(session, ctx)


def levels_for(score: float, count: int, top: int = 3) -> list[int]:
    """Item levels whose mean lands nearest to ``score`` (0–100), spread evenly."""
    total = round(score / 100 * top * count)
    base, extra = divmod(total, count)
    return [min(top, base + (1 if i < extra else 0)) for i in range(count)]


def _finished_run(session, ctx, version_id, instrument, year, story, index) -> None:
    started = year.first_day.replace(day=25)
    run_id = start_run.core(session, version_id, year, d.TEAM, started).value
    _answer_areas(session, ctx, run_id, instrument, story, index, len(instrument.areas))
    finished = datetime(year.start_year, 10, 15, 12, 0, tzinfo=UTC)
    finish_run.core(session, run_id, finished)
    if index == 1 and instrument.id == d.RESOURCES:  # one reopening, with its reason
        reopened = datetime(year.start_year, 11, 2, 9, 30, tzinfo=UTC)
        reopen_run.core(session, run_id, d.REOPEN_REASON, reopened)
        finish_run.core(session, run_id, reopened.replace(hour=15))
    proposed = session.scalars(
        select(Deficit.id).where(Deficit.run_id == run_id, Deficit.item_key == "")
    ).all()
    set_confirmed.core(session, list(proposed), True)
    strengths = session.scalars(
        select(Strength.id).where(
            Strength.run_id == run_id, (Strength.item_key == "") | Strength.offer.is_(True)
        )
    ).all()
    set_confirmed.core(session, list(strengths), True, strengths=True)


def _current_run(session, ctx, version_id, instrument, story) -> None:
    year = ctx.current_year
    started = year.first_day.replace(day=20)
    run_id = start_run.core(session, version_id, year, d.TEAM[:3], started).value
    _answer_areas(session, ctx, run_id, instrument, story, 3, len(instrument.areas) * 2 // 3)


def _answer_areas(
    session: Session,
    ctx: DemoContext,
    run_id: uuid.UUID,
    instrument: Instrument,
    story: dict[str, tuple[float, ...]],
    index: int,
    areas: int,
) -> None:
    for area in instrument.areas[:areas]:
        scores = story.get(area.id, d.DEFAULT_STORY)
        scored = [i for i in area.items if not i.offer]
        levels = levels_for(scores[min(index, len(scores) - 1)], len(scored))
        ctx.rng.shuffle(levels)
        for item, level in zip(scored, levels, strict=True):
            comment = ctx.rng.choice(d.COMMENTS) if level <= 1 else ""
            answer.core(session, run_id, item.id, level, item.evidence, comment)
        for item in area.items:
            if item.offer:
                answer.core(session, run_id, item.id, min(3, 1 + index), d.OFFER_EVIDENCE, "")


def _manual(session: Session, years: list[AcademicYear]) -> None:
    if not years:
        return
    last = years[-1]
    save_deficit.core(session, DeficitInput(last, d.MANUAL_DEFICIT, d.MANUAL_DEFICIT_AREA))
    strength = StrengthInput(last, d.MANUAL_STRENGTH, d.MANUAL_STRENGTH_AREA, offer=True)
    save_strength.core(session, strength)


def _links(session: Session, ctx: DemoContext) -> None:
    """Tie confirmed deficits to every support measure written against them (a persisting
    deficit's trail shows what was already done about it), area deficits also to events
    (by topic words) and indicators."""
    measures = session.execute(select(SupportMeasure.id, SupportMeasure.deficit)).all()
    events = targets_in(session, "event")
    for deficit in deficits_in(session):
        if not deficit.confirmed:
            continue
        title = deficit_title(deficit.text)
        for measure_id, text in measures:
            if text == title:
                link.core(session, deficit.id, "measure", measure_id)
        plan = d.LINKS.get(deficit.area_key)
        if plan is None:
            continue
        words, codes = plan
        for target_id, _label in _in_years(_matching(events, words), deficit.year)[:4]:
            link.core(session, deficit.id, "event", target_id)
        for code in codes:
            indicator = ctx.refs.get(f"indicator:{code}")
            if indicator is not None:
                link.core(session, deficit.id, "indicator", indicator)


def deficit_title(text: str) -> str:
    """A deficit's text without the run's «(высокий риск, 22 из 100)» note."""
    head, _, note = text.rpartition(" (")
    return head if head and note.endswith(")") else text


def _in_years(targets: list[tuple[uuid.UUID, str]], year: AcademicYear) -> list:
    """Events (labels start «dd.mm.yyyy») of the deficit's year and the next one."""
    first, last = year.first_day, year.next().last_day
    return [t for t in targets if first <= _day(t[1]) <= last]


def _day(label: str) -> date:
    return datetime.strptime(label[:10], "%d.%m.%Y").date()


def _matching(targets: list[tuple[uuid.UUID, str]], words: tuple[str, ...]) -> list:
    return [t for t in targets if any(w in t[1].lower() for w in words)]
