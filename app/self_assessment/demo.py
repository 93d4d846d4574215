"""Demo step: runs of both instruments in 2020-2021, 2022-2023, 2024-2025 and one in
progress now, whose scores tell a story — methodical work, results and teacher competence
improve, parents' involvement stays weak — with deficits linked to the partnership's
measures and events and to indicators."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from app.academic_year import AcademicYear
from app.demo.context import DemoContext
from app.self_assessment import demo_data as d
from app.self_assessment.catalogue import ensure_builtin, get_instrument, latest_version
from app.self_assessment.deficits import (
    DeficitInput,
    StrengthInput,
    list_deficits,
    list_strengths,
    save_deficit,
    save_strength,
    set_confirmed,
)
from app.self_assessment.instruments import Instrument
from app.self_assessment.runs import answer, finish_run, reopen_run, start_run
from app.self_assessment.trail import link, link_targets
from db.engine import Database


def step(db: Database, ctx: DemoContext) -> None:
    ensure_builtin(db)
    years = [y for y in ctx.years if y.start_year in (2020, 2022, 2024)]
    for key, story in ((d.RESOURCES, d.RESOURCES_STORY), (d.RISKS, d.RISKS_STORY)):
        version_id = latest_version(db, key)
        if version_id is None:
            continue
        instrument = get_instrument(db, version_id)
        for index, year in enumerate(years):
            _finished_run(db, ctx, version_id, instrument, year, story, index)
        if ctx.current_year not in years:
            _current_run(db, ctx, version_id, instrument, story)
    _manual(db, years)
    _links(db, ctx)


def levels_for(score: float, count: int, top: int = 3) -> list[int]:
    """Item levels whose mean lands nearest to ``score`` (0–100), spread evenly."""
    total = round(score / 100 * top * count)
    base, extra = divmod(total, count)
    return [min(top, base + (1 if i < extra else 0)) for i in range(count)]


def _finished_run(db, ctx, version_id, instrument, year, story, index) -> None:
    run_id = start_run(db, version_id, year, d.TEAM, year.first_day.replace(day=25)).value
    _answer_areas(db, ctx, run_id, instrument, story, index, len(instrument.areas))
    finished = datetime(year.start_year, 10, 15, 12, 0, tzinfo=UTC)
    finish_run(db, run_id, finished)
    if index == 1 and instrument.id == d.RESOURCES:  # one reopening, with its reason
        reopened = datetime(year.start_year, 11, 2, 9, 30, tzinfo=UTC)
        reopen_run(db, run_id, d.REOPEN_REASON, reopened)
        finish_run(db, run_id, reopened.replace(hour=15))
    proposed = [x.id for x in list_deficits(db, run_id=run_id) if not x.item_key]
    set_confirmed(db, proposed, True)
    strengths = [x.id for x in list_strengths(db, run_id=run_id) if not x.item_key or x.offer]
    set_confirmed(db, strengths, True, strengths=True)


def _current_run(db, ctx, version_id, instrument, story) -> None:
    year = ctx.current_year
    run_id = start_run(db, version_id, year, d.TEAM[:3], year.first_day.replace(day=20)).value
    _answer_areas(db, ctx, run_id, instrument, story, 3, len(instrument.areas) * 2 // 3)


def _answer_areas(
    db: Database,
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
            answer(db, run_id, item.id, level, item.evidence, comment)
        for item in area.items:
            if item.offer:
                answer(db, run_id, item.id, min(3, 1 + index), d.OFFER_EVIDENCE, "")


def _manual(db: Database, years: list[AcademicYear]) -> None:
    if not years:
        return
    last = years[-1]
    save_deficit(db, DeficitInput(last, d.MANUAL_DEFICIT, d.MANUAL_DEFICIT_AREA))
    save_strength(db, StrengthInput(last, d.MANUAL_STRENGTH, d.MANUAL_STRENGTH_AREA, offer=True))


def _links(db: Database, ctx: DemoContext) -> None:
    """Tie confirmed area deficits to measures/events (by topic words) and indicators."""
    measures = link_targets(db, "measure")
    events = link_targets(db, "event")
    for deficit in list_deficits(db):
        if not deficit.confirmed or not deficit.area_key:
            continue
        plan = d.LINKS.get(deficit.area_key)
        if plan is None:
            continue
        words, codes = plan
        for target_id, _label in _matching(measures, words)[:2]:
            link(db, deficit.id, "measure", target_id)
        for target_id, _label in _in_years(_matching(events, words), deficit.year)[:4]:
            link(db, deficit.id, "event", target_id)
        for code in codes:
            indicator = ctx.refs.get(f"indicator:{code}")
            if indicator is not None:
                link(db, deficit.id, "indicator", indicator)


def _in_years(targets: list[tuple[uuid.UUID, str]], year: AcademicYear) -> list:
    """Events (labels start «dd.mm.yyyy») of the deficit's year and the next one."""
    first, last = year.first_day, year.next().last_day
    return [t for t in targets if first <= _day(t[1]) <= last]


def _day(label: str) -> date:
    return datetime.strptime(label[:10], "%d.%m.%Y").date()


def _matching(targets: list[tuple[uuid.UUID, str]], words: tuple[str, ...]) -> list:
    return [t for t in targets if any(w in t[1].lower() for w in words)]
