"""indicator_series / years_with_data on a small hand-made fixture."""

from __future__ import annotations

from datetime import date

from app.academic_year import AcademicYear
from app.demo.context import DemoContext
from app.indicators import demo
from app.indicators.catalogue import list_indicators
from app.indicators.dashboard import Trend
from app.indicators.report_data import indicator_series, years_with_data
from app.indicators.values import ValueChange, set_values

Y20, Y21, Y22, Y23 = (AcademicYear(y) for y in (2020, 2021, 2022, 2023))


def fill(scope) -> dict[str, object]:
    ids = {r.code: r.id for r in list_indicators(scope)}
    quality, risk = ids["knowledge_quality"], ids["risk_pupils"]
    set_values(
        scope,
        [
            ValueChange(quality, Y21, "baseline", 28.0),
            ValueChange(quality, Y21, "actual", 28.0),
            ValueChange(quality, Y22, "target", 32.0),
            ValueChange(quality, Y22, "actual", 33.5),
            ValueChange(risk, Y21, "actual", 18.0),
            ValueChange(risk, Y22, "target", 15.0),
            ValueChange(risk, Y22, "actual", 16.0),
            ValueChange(risk, Y23, "target", 12.0),
        ],
    )
    return ids


def test_years_with_data(school) -> None:
    assert years_with_data(school.scope) == set()
    fill(school.scope)
    assert years_with_data(school.scope) == {Y21, Y22, Y23}


def test_series_for_a_year(school) -> None:
    fill(school.scope)
    series = {s.code: s for s in indicator_series(school.scope, Y22)}
    assert len(series) == 17
    quality = series["knowledge_quality"]
    assert (quality.name, quality.unit, quality.direction) == ("Качество знаний", "%", "higher")
    assert (quality.baseline, quality.baseline_year, quality.target) == (28.0, Y21, 32.0)
    assert quality.actual == {Y21: 28.0, Y22: 33.5}
    assert (quality.trend, quality.improving, quality.achieved) == (Trend.UP, True, True)
    # Lower is better: 18 → 16 goes down (good), but the target 15 is not reached.
    risk = series["risk_pupils"]
    assert risk.actual == {Y21: 18.0, Y22: 16.0}
    assert (risk.trend, risk.improving, risk.achieved) == (Trend.DOWN, True, False)
    empty = series["ege_maths"]
    assert empty.actual == {Y21: None, Y22: None}
    assert (empty.trend, empty.achieved, empty.baseline) == (None, None, None)


def test_series_of_a_year_without_actuals(school) -> None:
    fill(school.scope)
    risk = next(s for s in indicator_series(school.scope, Y23) if s.code == "risk_pupils")
    assert risk.actual == {Y21: 18.0, Y22: 16.0, Y23: None}
    assert (risk.target, risk.trend, risk.achieved) == (12.0, None, None)


def test_series_of_an_empty_school(school) -> None:
    series = indicator_series(school.scope, Y22)
    assert len(series) == 17
    assert all(s.actual == {Y22: None} and s.achieved is None for s in series)


def test_demo_tells_a_story(school) -> None:
    context = DemoContext.for_scope(school.scope, date(2026, 11, 23))
    demo.step(school.scope, context)
    assert years_with_data(school.scope) == {AcademicYear(y) for y in range(2020, 2027)}
    series = {s.code: s for s in indicator_series(school.scope, AcademicYear(2025))}
    # Values written in app/indicators/demo.py: 38 → 41 for quality, 11 → 9,5 for risk.
    assert series["knowledge_quality"].actual[AcademicYear(2025)] == 41.0
    assert series["knowledge_quality"].improving is True
    assert series["risk_pupils"].improving is True and series["risk_pupils"].achieved is True
    stuck = series["olymp_municipal_winners"]
    assert set(stuck.actual.values()) == {0.0} and stuck.trend is Trend.FLAT
    assert stuck.achieved is False
    current = {s.code: s for s in indicator_series(school.scope, AcademicYear(2026))}
    assert current["gia_pass"].target == 100.0 and current["gia_pass"].achieved is None
