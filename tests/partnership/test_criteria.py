"""Network-interaction criteria from the hand-built fixture (expected values by hand)."""

from __future__ import annotations

from datetime import date

import pytest

from app.academic_year import AcademicYear
from app.partnership.report_data import criteria_for, partnership_year, years_with_data
from tests.partnership.fixture import TODAY, build

Y = AcademicYear(2023)


@pytest.fixture
def built(school):
    return build(school.scope)


def test_criteria_all_partners(school, built):
    c = criteria_for(school.scope, Y, today=TODAY)
    assert (c.planned, c.planned_held, c.unplanned_held, c.held) == (5, 3, 2, 5)
    # event 6 (10.04.2024) is planned after TODAY: not due yet, so 3 held of 4 due
    assert (c.planned_ahead, c.planned_due) == (1, 4)
    assert c.planned_share == pytest.approx(0.75)
    assert c.by_form == {"in_person": 5}
    assert c.leaders == 3  # our school (2, 4, 5), school A (1, 4), school B (7)
    assert c.by_organiser == {"partner": 2, "we": 2, "joint": 1}
    assert c.share_we == pytest.approx(0.4)
    assert c.share_joint == pytest.approx(0.2)
    assert c.by_kind == {
        "seminar": 1,
        "master_class": 1,
        "conference": 1,
        "teacher_council": 1,
        "sport_culture": 1,
    }
    assert c.by_stage == {"acquaintance": 2, "joint_work": 3}
    assert c.participants == {
        "our": {"teachers": 7, "pupils": 22, "parents": 2, "admin": 2},
        "partner": {"teachers": 11, "pupils": 23, "parents": 0, "admin": 1},
    }
    assert set(c.directions_total) == set(built.d[:3])
    assert set(c.directions_covered) == {built.d[0], built.d[1]}
    assert c.directions_uncovered == (built.d[2],)
    assert (c.measures_planned, c.measures_done) == (2, 1)
    assert c.idle_months == (date(2023, 11, 1), date(2024, 3, 1))


def test_trend_of_share_we(school, built):
    c = criteria_for(school.scope, Y, today=TODAY)
    assert [str(t.year) for t in c.trend] == ["2022-2023", "2023-2024"]
    assert [t.share_we for t in c.trend] == [pytest.approx(0.5), pytest.approx(0.4)]
    assert [t.share_joint for t in c.trend] == [0, pytest.approx(0.2)]


def test_criteria_per_partner(school, built):
    a = criteria_for(school.scope, Y, built.a, today=TODAY)
    assert (a.planned, a.planned_held, a.unplanned_held, a.held) == (5, 3, 1, 4)
    assert a.by_organiser == {"partner": 1, "we": 2, "joint": 1}
    assert a.share_we == pytest.approx(0.5)
    assert a.idle_months == (date(2023, 11, 1), date(2024, 1, 1), date(2024, 3, 1))
    b = criteria_for(school.scope, Y, built.b, today=TODAY)
    assert b.planned_share is None
    assert (b.unplanned_held, b.held) == (1, 1)
    assert b.directions_total == {}
    assert (b.measures_planned, b.measures_done) == (0, 0)


def test_report_data(school, built):
    assert years_with_data(school.scope) == {AcademicYear(2022), AcademicYear(2023)}
    data = partnership_year(school.scope, Y, today=TODAY)
    assert data is not None
    assert len(data.events) == 7
    assert [a.number for a in data.agreements] == ["1"]
    assert sorted(m.measure for m in data.measures) == ["m1", "m2", "m3"]
    assert data.criteria.held == 5
    assert data.by_partner[built.b].held == 1
    assert partnership_year(school.scope, AcademicYear(2019), today=TODAY) is None


def test_empty_year_has_no_shares(school):
    c = criteria_for(school.scope, Y, today=TODAY)
    assert c.planned_share is None and c.share_we is None
    assert len(c.idle_months) == 7
