"""Trend and achievement, pure functions, on hand-computed fixtures (both directions)."""

from __future__ import annotations

import pytest

from app.academic_year import AcademicYear
from app.indicators.dashboard import Trend, achieved, arrow, improving, previous_actual, trend

Y20, Y21, Y22, Y23 = (AcademicYear(y) for y in (2020, 2021, 2022, 2023))


def test_trend_compares_with_latest_earlier_actual() -> None:
    actuals = {Y20: 40.0, Y21: 45.0, Y22: 43.0}
    assert trend(actuals, Y21) is Trend.UP  # 45 > 40
    assert trend(actuals, Y22) is Trend.DOWN  # 43 < 45
    assert trend({Y20: 7.0, Y21: 7.0}, Y21) is Trend.FLAT


def test_trend_skips_a_year_without_actual() -> None:
    actuals = {Y20: 10.0, Y21: None, Y22: 12.0}
    assert previous_actual(actuals, Y22) == 10.0
    assert trend(actuals, Y22) is Trend.UP


def test_trend_unknown_without_both_values() -> None:
    assert trend({Y20: 10.0, Y21: None}, Y21) is None  # no actual this year
    assert trend({Y21: 10.0}, Y21) is None  # nothing earlier
    assert trend({}, Y21) is None


def test_trend_falls_back_to_an_earlier_baseline() -> None:
    assert trend({Y21: 30.0}, Y21, baseline=(Y20, 25.0)) is Trend.UP
    # A baseline in the same year is not "earlier".
    assert trend({Y21: 30.0}, Y21, baseline=(Y21, 25.0)) is None
    # An earlier actual wins over the baseline: 35 → 30 is down although baseline 25.
    assert trend({Y21: 35.0, Y22: 30.0}, Y22, baseline=(Y20, 25.0)) is Trend.DOWN


@pytest.mark.parametrize(
    ("direction", "movement", "expected"),
    [
        ("higher", Trend.UP, True),
        ("higher", Trend.DOWN, False),
        ("lower", Trend.UP, False),
        ("lower", Trend.DOWN, True),
        ("higher", Trend.FLAT, None),
        ("lower", None, None),
    ],
)
def test_improving_judged_by_direction(direction, movement, expected) -> None:
    assert improving(direction, movement) is expected


@pytest.mark.parametrize(
    ("direction", "target", "actual", "expected"),
    [
        ("higher", 80.0, 85.0, True),
        ("higher", 80.0, 80.0, True),
        ("higher", 80.0, 79.5, False),
        ("lower", 10.0, 9.5, True),
        ("lower", 10.0, 10.0, True),
        ("lower", 10.0, 12.0, False),
        ("higher", None, 50.0, None),
        ("lower", 10.0, None, None),
    ],
)
def test_achieved_both_directions(direction, target, actual, expected) -> None:
    assert achieved(direction, target, actual) is expected


def test_arrows() -> None:
    assert [arrow(t) for t in (Trend.UP, Trend.DOWN, Trend.FLAT, None)] == ["↑", "↓", "→", ""]
