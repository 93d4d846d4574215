"""Scoring on the small instrument; every expected number is worked out by hand."""

from __future__ import annotations

import pytest

from app.self_assessment.compare import compare_scores, verdict
from app.self_assessment.scoring import (
    area_scores,
    item_score,
    overall_score,
    propose_deficits,
    propose_strengths,
    risk_of,
)


def test_item_score_places_level_on_its_scale(small):
    _, b1 = small.item("b1")
    _, b2 = small.item("b2")
    assert item_score(b1, 1) == 0.0
    assert item_score(b1, 4) == 75.0  # (4-1)/(5-1)
    assert item_score(b2, 1) == 50.0


def test_area_scores_leave_out_offer_items_and_unanswered(small):
    # A: a1=1 -> 33.33, a2=2 -> 66.67 -> 50.0 (a3 offer ignored); B: only b2=2 -> 100
    scores = area_scores(small, {"a1": 1, "a2": 2, "a3": 0, "b2": 2, "b3": None})
    a, b = scores
    assert a.score == pytest.approx(50.0)
    assert (a.risk, a.answered, a.total) == ("medium", 3, 3)
    assert b.score == pytest.approx(100.0)
    assert (b.risk, b.answered, b.total) == ("low", 1, 3)
    assert overall_score(scores) == pytest.approx(75.0)


def test_area_without_answers_has_no_score(small):
    a, b = area_scores(small, {"a3": 3})
    assert a.score is None and a.risk is None and a.answered == 1
    assert overall_score([a, b]) is None


def test_risk_thresholds_are_strict_lower_bounds(small):
    t = small.thresholds
    assert risk_of(29.9, t) == "high"
    assert risk_of(30.0, t) == "medium"
    assert risk_of(59.9, t) == "medium"
    assert risk_of(60.0, t) == "low"


def test_proposed_deficits_and_strengths(small):
    # A: a1=1 (33.33), a2=2 (66.67) -> 50.0 medium risk -> area deficit.
    # B: b1=5 (100), b2=2 (100), b3=0 (0) -> 66.67 low risk; b3 is a weak item (0 <= 34).
    # Offer a3=3 (100) -> an offer; b1, b2 at 100 in a non-strong area -> item strengths.
    levels = {"a1": 1, "a2": 2, "a3": 3, "b1": 5, "b2": 2, "b3": 0}
    deficits = propose_deficits(small, levels)
    assert [(p.area_id, p.item_id, p.risk) for p in deficits] == [
        ("a", "", "medium"),
        ("b", "b3", "low"),
    ]
    assert deficits[0].score == pytest.approx(50.0)
    assert deficits[0].text == "Методическая работа (средний риск, 50 из 100)"
    assert deficits[1].text == "Работа с родителями: Пункт Б3"
    strengths = propose_strengths(small, levels)
    assert [(p.area_id, p.item_id, p.offer) for p in strengths] == [
        ("a", "a3", True),
        ("b", "b1", False),
        ("b", "b2", False),
    ]


def test_strong_area_is_a_strength_and_its_items_are_not_repeated(small):
    # B: b1=5, b2=2, b3=3 -> 100 >= 80 -> one area strength; A: 0 and 0 -> high risk.
    levels = {"a1": 0, "a2": 0, "a3": 0, "b1": 5, "b2": 2, "b3": 3}
    strengths = propose_strengths(small, levels)
    assert [(p.area_id, p.item_id) for p in strengths] == [("b", "")]
    assert strengths[0].text == "Работа с родителями (100 из 100)"
    deficits = propose_deficits(small, levels)
    assert [(p.area_id, p.risk) for p in deficits] == [("a", "high")]


def test_compare_marks_improved_worse_same_and_new():
    titles = {"a": "А", "b": "Б", "c": "В", "d": "Г"}
    runs = [
        {"a": 50.0, "b": 80.0, "c": None, "d": 40.0},
        {"a": 75.0, "b": 60.0, "c": 40.0, "d": 40.3},
    ]
    trends = {t.area_id: t for t in compare_scores(titles, runs)}
    assert (trends["a"].change, trends["a"].verdict) == (25.0, "improved")
    assert (trends["b"].change, trends["b"].verdict) == (-20.0, "worse")
    assert (trends["c"].change, trends["c"].verdict) == (None, "new")
    assert trends["d"].verdict == "same"  # +0.3 is within the 0.5 tolerance
    assert verdict(None, 10.0) == (None, "new")


def test_compare_counts_only_the_chosen_runs():
    runs = [{"a": 50.0}, {"a": 70.0}, {"a": 20.0}]
    (trend,) = compare_scores({"a": "А"}, runs, [True, True, False])
    assert trend.scores == (50.0, 70.0, 20.0)
    assert (trend.change, trend.verdict) == (20.0, "improved")
