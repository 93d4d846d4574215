"""What the reports engine takes from the self-assessment (kinds ``self-assessment`` and
``blank-self-assessment``): plain dataclasses, no ORM objects.

Read with narrow Core queries (``db.lean_tables``), the instruments as plain objects
(``instruments_plain``), without the ORM models and pydantic: a report is a whole process
the director waits for (tests/reports/test_lean_reads.py checks these reads agree with the
self-assessment's own use cases).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from app.academic_year import AcademicYear
from app.errors import NotFoundError, ValidationError
from app.scope import SchoolScope
from app.self_assessment import texts
from app.self_assessment.compare import verdict
from app.self_assessment.instruments_plain import (
    Instrument,
    builtin_plain,
    stored_instrument,
    version_key,
)
from app.self_assessment.report_runs import (
    LaterScores,
    deficits_of,
    every_run,
    needed_runs,
    run_details,
    strengths_of,
)
from app.self_assessment.report_trail import TrailBrief, trail_briefs
from app.self_assessment.rows import DeficitRow, RunDetail, RunRow, StrengthRow
from app.self_assessment.scoring import item_score, worded_strength
from db.lean_sa_tables import sa_deficit, sa_instrument, sa_run, sa_strength
from db.lean_tables import owned


@dataclass(frozen=True, slots=True)
class ItemResult:
    item_id: str
    text: str
    level: int | None
    descriptor: str
    score: float | None
    evidence: str
    comment: str
    offer: bool


@dataclass(frozen=True, slots=True)
class AreaResult:
    area_id: str
    title: str
    score: float | None
    risk: str | None
    risk_label: str
    previous: float | None  # the area's score in the previous run of the instrument
    change: int | None  # of the rounded scores, as printed
    verdict: str  # improved / worse / same / new
    items: tuple[ItemResult, ...]


@dataclass(frozen=True, slots=True)
class RunReport:
    run: RunRow
    sample_note: str
    overall: float | None
    previous_year: AcademicYear | None
    areas: tuple[AreaResult, ...]
    deficits: tuple[DeficitRow, ...]
    strengths: tuple[StrengthRow, ...]  # confirmed ones, worded as strengths
    trails: tuple[TrailBrief, ...]


@dataclass(frozen=True, slots=True)
class SelfAssessmentYear:
    year: AcademicYear
    runs: tuple[RunReport, ...]
    manual_deficits: tuple[DeficitRow, ...]  # entered by hand, without a run
    manual_strengths: tuple[StrengthRow, ...]  # confirmed ones


@dataclass(frozen=True, slots=True)
class BlankItem:
    item_id: str
    text: str
    guidance: str
    evidence: str
    levels: tuple[tuple[int, str], ...]
    offer: bool


@dataclass(frozen=True, slots=True)
class BlankArea:
    area_id: str
    title: str
    items: tuple[BlankItem, ...]


@dataclass(frozen=True, slots=True)
class BlankForm:
    instrument_id: str
    version: str
    title: str
    description: str
    guidance: str
    sample_note: str
    areas: tuple[BlankArea, ...]


def years_with_data(scope: SchoolScope) -> set[AcademicYear]:
    owner = scope.school_id
    with scope.db.engine.connect() as conn:
        years: set[AcademicYear] = set()
        for t in (sa_run, sa_deficit, sa_strength):
            years |= set(conn.scalars(select(t.c.year).where(owned(t, owner))))
    return years


def self_assessment_year(
    scope: SchoolScope, year: AcademicYear, as_of: date | None = None
) -> SelfAssessmentYear | None:
    """Every run of ``year`` with evidence, scores, changes, deficits, confirmed strengths
    and trails; the trails cite only what existed by ``as_of`` (default: the year's end or
    today, whichever comes first)."""
    as_of = as_of or min(date.today(), year.last_day)
    owner = scope.school_id
    with scope.db.engine.connect() as conn:
        every = every_run(conn, owner)
        details = run_details(conn, owner, needed_runs(every, year))
        runs = [d for d in details if d.run.year == year]
        deficits = deficits_of(conn, owner, year)
        strengths = _confirmed(strengths_of(conn, owner, year))
        if not runs and not deficits and not strengths:
            return None
        confirmed = [d for d in deficits if d.confirmed and any(d.run_id == r.run.id for r in runs)]
        later = LaterScores(conn, owner, every, year)
        trails = trail_briefs(conn, owner, confirmed, year, as_of, later.of)
    reports = tuple(_run_report(r, details, deficits, strengths, trails) for r in runs)
    return SelfAssessmentYear(
        year,
        reports,
        tuple(d for d in deficits if d.run_id is None),
        tuple(s for s in strengths if s.run_id is None),
    )


def _confirmed(strengths: list[StrengthRow]) -> list[StrengthRow]:
    """Only the strengths the team confirmed, each worded as a strength."""
    return [
        replace(s, text=worded_strength(s.text, s.area_title)) for s in strengths if s.confirmed
    ]


def blank_form(
    instrument_id: str, version: str | None = None, scope: SchoolScope | None = None
) -> BlankForm:
    """The instrument as an empty form for a paper meeting (stored versions when ``scope``)."""
    candidates = _stored(scope, instrument_id) if scope is not None else []
    candidates += [i for i in builtin_plain() if i.id == instrument_id]
    if version is not None:
        candidates = [i for i in candidates if i.version == version]
    if not candidates and version is None:
        known = "; ".join(
            texts.BLANK_CHOICE.format(code=code, title=title)
            for code, title in blank_choices(scope)
        )
        raise ValidationError(texts.BLANK_UNKNOWN.format(code=instrument_id, known=known))
    if not candidates:
        raise NotFoundError(texts.INSTRUMENT_NOT_FOUND)
    instrument = candidates[0] if version is not None else _newest(candidates)
    return _blank(instrument)


def blank_choices(scope: SchoolScope | None = None) -> list[tuple[str, str]]:
    """(code, title) of every instrument a blank form can print: the shipped ones first,
    then those the school loaded (``scope``), each titled by its newest version."""
    instruments = list(builtin_plain())
    if scope is not None:
        instruments += _stored(scope)
    by_code: dict[str, list[Instrument]] = {}
    for instrument in instruments:
        by_code.setdefault(instrument.id, []).append(instrument)
    return [(code, _newest(found).title) for code, found in by_code.items()]


def _run_report(
    detail: RunDetail,
    details: list[RunDetail],
    deficits: list[DeficitRow],
    strengths: list[StrengthRow],
    trails: dict[uuid.UUID, TrailBrief],
) -> RunReport:
    run = detail.run
    earlier = [
        d for d in details if d.run.instrument_key == run.instrument_key and d.run.year < run.year
    ]
    previous = earlier[-1] if earlier else None
    own_deficits = tuple(d for d in deficits if d.run_id == run.id)
    return RunReport(
        run,
        detail.instrument.sample_note,
        run.overall,
        previous.run.year if previous else None,
        tuple(_areas(detail, previous)),
        own_deficits,
        tuple(s for s in strengths if s.run_id == run.id),
        tuple(trails[d.id] for d in own_deficits if d.confirmed),
    )


def _areas(detail: RunDetail, previous: RunDetail | None) -> list[AreaResult]:
    before = {s.area_id: s.score for s in previous.scores} if previous else {}
    result = []
    for area, score in zip(detail.instrument.areas, detail.scores, strict=True):
        items = []
        for item in area.items:
            answer = detail.answers.get(item.id)
            level = answer.level if answer else None
            items.append(
                ItemResult(
                    item.id,
                    item.text,
                    level,
                    item.descriptor(level) if level is not None else "",
                    item_score(item, level) if level is not None else None,
                    answer.evidence if answer else "",
                    answer.comment if answer else "",
                    item.offer,
                )
            )
        change, word = verdict(before.get(area.id), score.score)
        risk_label = texts.RISK.get(score.risk or "", "")
        result.append(
            AreaResult(
                area.id,
                area.title,
                score.score,
                score.risk,
                risk_label,
                before.get(area.id),
                change,
                word,
                tuple(items),
            )
        )
    return result


def _stored(scope: SchoolScope, key: str | None = None) -> list[Instrument]:
    """The stored versions (of instrument ``key``); the shipped ones are stored first."""
    v = sa_instrument
    with scope.db.engine.connect() as conn:
        stored = set(conn.execute(select(v.c.key, v.c.version)).all())
        missing = any((i.id, i.version) not in stored for i in builtin_plain())
    if missing:
        from app.self_assessment.catalogue import ensure_builtin  # the ORM: once per database

        ensure_builtin(scope)
    query = select(v.c.definition)
    if key is not None:
        query = query.where(v.c.key == key)
    with scope.db.engine.connect() as conn:
        return [stored_instrument(d) for d in conn.scalars(query)]


def _newest(candidates: list[Instrument]) -> Instrument:
    return max(candidates, key=lambda i: version_key(i.version))


def _blank(instrument: Instrument) -> BlankForm:
    areas = tuple(
        BlankArea(
            area.id,
            area.title,
            tuple(
                BlankItem(
                    i.id,
                    i.text,
                    i.guidance,
                    i.evidence,
                    tuple((x.level, x.descriptor) for x in i.levels),
                    i.offer,
                )
                for i in area.items
            ),
        )
        for area in instrument.areas
    )
    return BlankForm(
        instrument.id,
        instrument.version,
        instrument.title,
        instrument.description,
        instrument.guidance,
        instrument.sample_note,
        areas,
    )
