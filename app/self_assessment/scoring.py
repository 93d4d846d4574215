"""Scoring of a run: pure functions over an instrument and the chosen levels.

An item's score is its level placed on 0–100 along its scale (lowest level 0, highest
100). An area's score is the mean of its answered items, leaving out the «what we can
offer» items. The instrument's thresholds turn a score into a risk: below ``high`` →
high risk, below ``medium`` → medium risk, otherwise low. 100 means no risk.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.self_assessment import texts

if TYPE_CHECKING:  # pydantic's models or the plain ones (instruments_plain): same attributes
    from app.self_assessment.instruments import Area, Instrument, Item, Thresholds

OFFER_MIN_SCORE = 50.0  # an offer item at or above this is something we can offer

Levels = Mapping[str, int | None]  # item id -> chosen level (None: not answered)


@dataclass(frozen=True, slots=True)
class AreaScore:
    area_id: str
    title: str
    score: float | None  # None while no item of the area is answered
    risk: str | None  # high / medium / low
    answered: int
    total: int


@dataclass(frozen=True, slots=True)
class Proposal:
    """A proposed deficit or strength, before the team confirms it."""

    area_id: str
    area_title: str
    item_id: str  # "" for a whole area
    text: str
    score: float
    risk: str = ""
    offer: bool = False


def item_score(item: Item, level: int) -> float:
    low, high = item.min_level, item.max_level
    return (level - low) / (high - low) * 100.0


def risk_of(score: float, thresholds: Thresholds) -> str:
    if score < thresholds.high:
        return "high"
    if score < thresholds.medium:
        return "medium"
    return "low"


def area_score(area: Area, levels: Levels, thresholds: Thresholds) -> AreaScore:
    scored = [i for i in area.items if not i.offer]
    values = [item_score(i, lv) for i in scored if (lv := levels.get(i.id)) is not None]
    answered = sum(1 for i in area.items if levels.get(i.id) is not None)
    if not values:
        return AreaScore(area.id, area.title, None, None, answered, len(area.items))
    score = sum(values) / len(values)
    return AreaScore(
        area.id, area.title, score, risk_of(score, thresholds), answered, len(area.items)
    )


def area_scores(instrument: Instrument, levels: Levels) -> list[AreaScore]:
    return [area_score(a, levels, instrument.thresholds) for a in instrument.areas]


def overall_score(scores: list[AreaScore]) -> float | None:
    values = [s.score for s in scores if s.score is not None]
    return sum(values) / len(values) if values else None


def propose_deficits(instrument: Instrument, levels: Levels) -> list[Proposal]:
    """High and medium risk areas (weakest first), then weak items of the other areas."""
    scores = area_scores(instrument, levels)
    risky = sorted(
        (s for s in scores if s.risk in ("high", "medium")), key=lambda s: s.score or 0.0
    )
    result = [_area_deficit(s) for s in risky]
    risky_ids = {s.area_id for s in risky}
    limit = instrument.thresholds.weak_item
    for area, item, score in _answered(instrument, levels):
        if area.id not in risky_ids and not item.offer and score <= limit:
            text = texts.DEFICIT_FROM_ITEM.format(area=area.title, item=item.text)
            result.append(Proposal(area.id, area.title, item.id, text, score, "low"))
    return result


def propose_strengths(instrument: Instrument, levels: Levels) -> list[Proposal]:
    """Strongest areas (best first), top-level items of other areas, and our offers."""
    scores = area_scores(instrument, levels)
    limit = instrument.thresholds.strength
    strong = sorted(
        (s for s in scores if s.score is not None and s.score >= limit),
        key=lambda s: -(s.score or 0.0),
    )
    result = [
        Proposal(
            s.area_id,
            s.title,
            "",
            texts.STRENGTH_FROM_AREA.format(area=strength_title(s.title), score=s.score),
            s.score or 0.0,
        )
        for s in strong
    ]
    strong_ids = {s.area_id for s in strong}
    for area, item, score in _answered(instrument, levels):
        if item.offer and score >= OFFER_MIN_SCORE:
            text = texts.STRENGTH_OFFER.format(item=_offer_text(item.text))
            result.append(Proposal(area.id, area.title, item.id, text, score, offer=True))
        elif not item.offer and area.id not in strong_ids and score >= 100.0:
            text = texts.STRENGTH_FROM_ITEM.format(area=strength_title(area.title), item=item.text)
            result.append(Proposal(area.id, area.title, item.id, text, score))
    return result


def strength_title(area_title: str) -> str:
    """The area's title worded as a strength («Низкий уровень дисциплины в классе» →
    «Дисциплина в классе»); a neutral title stays as it is."""
    return texts.STRENGTH_TITLES.get(area_title, area_title)


def worded_strength(text: str, area_title: str) -> str:
    """A stored strength that opens with a risk profile's title (proposed before strengths
    were worded as such) printed with the strength's title instead."""
    title = strength_title(area_title)
    if title != area_title and text.startswith(area_title):
        return title + text[len(area_title) :]
    return text


def _offer_text(text: str) -> str:
    """«Чем школа может поделиться: опыт…» → «опыт…» (the offer itself)."""
    _, sep, offer = text.partition(": ")
    return offer if sep and offer else text


def _area_deficit(s: AreaScore) -> Proposal:
    risk = s.risk or ""
    text = texts.DEFICIT_FROM_AREA.format(area=s.title, risk=texts.RISK[risk], score=s.score)
    return Proposal(s.area_id, s.title, "", text, s.score or 0.0, risk)


def _answered(instrument: Instrument, levels: Levels) -> list[tuple[Area, Item, float]]:
    result = []
    for area, item in instrument.all_items():
        level = levels.get(item.id)
        if level is not None:
            result.append((area, item, item_score(item, level)))
    return result
