"""The demo school's self-assessments tell the intended story (values worked out by hand)."""

from __future__ import annotations

import pytest

from app.academic_year import AcademicYear
from app.self_assessment.compare import compare_runs
from app.self_assessment.deficits import list_deficits
from app.self_assessment.demo import levels_for
from app.self_assessment.runs import list_runs
from app.self_assessment.trail import deficit_trail


def test_levels_for_spreads_the_target_over_items():
    # 22/100 of 3 items x 3 levels = 1.98 -> 2 points -> [1, 1, 0]; 78 -> 7.02 -> 7
    assert levels_for(22, 3) == [1, 1, 0]
    assert levels_for(78, 3) == [3, 2, 2]
    assert levels_for(100, 4) == [3, 3, 3, 3]


def test_demo_story(demo):
    scope = demo.scope
    runs = list_runs(scope)
    assert len(runs) == 8
    assert [r.year.start_year for r in runs if not r.locked] == [2026, 2026]
    comparison = compare_runs(scope, "school_deficits_resources")
    areas = {a.area_id: a for a in comparison.areas}
    # methodical: 2, 5, 7 points of 9 -> 22.2, 55.6, 77.8, then 8/9 = 88.9 in progress
    assert areas["methodical"].scores == pytest.approx((200 / 9, 500 / 9, 700 / 9, 800 / 9))
    assert areas["methodical"].verdict == "improved"
    # parents: 3 of 9 points every year -> the persisting deficit
    assert areas["parents"].scores[:3] == pytest.approx((100 / 3,) * 3)
    assert areas["parents"].verdict == "same"
    latest = [d for d in list_deficits(scope, AcademicYear(2024)) if d.confirmed]
    assert "parents" in {d.area_key for d in latest}
    assert "methodical" not in {d.area_key for d in latest}
    first_methodical = next(
        d for d in list_deficits(scope, AcademicYear(2020)) if d.area_key == "methodical"
    )
    trail = deficit_trail(scope, first_methodical.id)
    assert trail.events and trail.indicators
    assert trail.score_change == 56  # shown 22 -> 78 over finished runs (rounded first)
    reopened = [r for r in runs if r.reopenings]
    assert [r.year.start_year for r in reopened] == [2022]
