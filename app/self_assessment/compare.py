"""Area scores of one instrument across runs: what improved and what got worse."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.academic_year import AcademicYear

if TYPE_CHECKING:  # the pure helpers (rounded, verdict) are loaded without the models
    from app.scope import SchoolScope
    from app.self_assessment.runs import RunRow
    from app.self_assessment.scoring import AreaScore

TOLERANCE = 0.5  # points of 100: smaller movements count as "same"


@dataclass(frozen=True, slots=True)
class AreaTrend:
    area_id: str
    title: str
    scores: tuple[float | None, ...]  # one per run, oldest first
    change: int | None  # last known score minus the one before it, both rounded
    verdict: str  # improved / worse / same / new


@dataclass(frozen=True, slots=True)
class Comparison:
    instrument_key: str
    title: str
    years: tuple[AcademicYear, ...]
    runs: tuple[RunRow, ...]
    areas: tuple[AreaTrend, ...]
    thresholds: tuple[float, ...] = ()  # the newest version's high and medium risk bounds

    def improved(self) -> list[AreaTrend]:
        return [a for a in self.areas if a.verdict == "improved"]

    def worse(self) -> list[AreaTrend]:
        return [a for a in self.areas if a.verdict == "worse"]


def rounded(score: float | None) -> int | None:
    """A score as it is shown and printed: whole points, halves up."""
    return None if score is None else math.floor(score + 0.5)


def signed(change: float | None) -> str:
    """A change of whole points: «+3», «-2», «0» (never «+0»), or "" when unknown."""
    if change is None:
        return ""
    return f"{change:+.0f}" if round(change) else "0"


def verdict(previous: float | None, current: float | None) -> tuple[int | None, str]:
    """The change between two scores as shown (rounded first, so 66.4 → 66.6 shows
    «66 → 67, +1», never «+0»), and its word."""
    if previous is None or current is None:
        return None, "new"
    change = rounded(current) - rounded(previous)
    if change > TOLERANCE:
        return change, "improved"
    if change < -TOLERANCE:
        return change, "worse"
    return change, "same"


def compare_scores(
    titles: dict[str, str],
    per_run: list[dict[str, float | None]],
    counted: list[bool] | None = None,
) -> list[AreaTrend]:
    """Pure: ``per_run`` holds each run's area scores (oldest first) by area id.

    The change is taken between the last two known scores of the ``counted`` runs
    (all by default; the section counts finished runs only).
    """
    counted = counted if counted is not None else [True] * len(per_run)
    result = []
    for area_id, title in titles.items():
        scores = tuple(run.get(area_id) for run in per_run)
        known = [s for s, use in zip(scores, counted, strict=True) if s is not None and use]
        previous, current = (known[-2], known[-1]) if len(known) >= 2 else (None, None)
        change, word = verdict(previous, current)
        result.append(AreaTrend(area_id, title, scores, change, word))
    return result


def compare_runs(
    scope: SchoolScope, instrument_key: str, finished_only: bool = False
) -> Comparison | None:
    """Every run of ``instrument_key`` (any version), oldest first; areas matched by id.

    A run in progress is shown but does not count for "improved / got worse".
    """
    from sqlalchemy import select

    from app.self_assessment.runs import details_in
    from db.models.self_assessment import InstrumentVersion, Run

    versions = select(InstrumentVersion.id).where(InstrumentVersion.key == instrument_key)
    with scope.reading() as session:
        details = details_in(session, (Run.instrument_id.in_(versions),), with_text=False)
    if finished_only:
        details = [d for d in details if d.run.locked]
    if not details:
        return None
    runs = [d.run for d in details]
    titles: dict[str, str] = {}
    for detail in reversed(details):  # the newest version names the areas
        for area in detail.instrument.areas:
            titles.setdefault(area.id, area.title)
    per_run = [_by_id(d.scores) for d in details]
    return Comparison(
        instrument_key,
        details[-1].instrument.title,
        tuple(r.year for r in runs),
        tuple(runs),
        tuple(compare_scores(titles, per_run, [r.locked for r in runs])),
        (details[-1].instrument.thresholds.high, details[-1].instrument.thresholds.medium),
    )


def instrument_keys_with_runs(scope: SchoolScope) -> list[tuple[str, str]]:
    """(key, title) of every instrument that has runs, in first-run order."""
    from app.self_assessment.runs import list_runs

    seen: dict[str, str] = {}
    for run in list_runs(scope):
        seen.setdefault(run.instrument_key, run.title)
    return list(seen.items())


def _by_id(scores: list[AreaScore]) -> dict[str, float | None]:
    return {s.area_id: s.score for s in scores}
