"""The demo school agrees with itself (issue 13): an основная школа without ЕГЭ, no spring
2020 ВПР/ОГЭ, degrees of achievement that follow the indicators they are about, the
director's conclusions for every past year, a roadmap that changes from year to year and a
support plan aimed at the deficits the self-assessment found.

Expected values are read from the stored demo and judged by rules written here; the
spot checks give values worked out by hand from the figures in app/indicators/demo.py.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

import pytest
from sqlalchemy import select

from app.academic_year import AcademicYear
from db.models.indicators import Indicator, IndicatorBaseline, IndicatorValue
from db.models.partnership import JointEvent, SupportMeasure
from db.models.programme import (
    PlannedResult,
    Programme,
    ProgrammeTask,
    ResultAchievement,
    RoadmapActivity,
)
from db.models.reports import ReportConclusion
from db.models.self_assessment import Deficit, DeficitIndicator, DeficitMeasure, Run

PAST = [AcademicYear(y) for y in range(2020, 2026)]  # finished years on 23.11.2026
CURRENT = AcademicYear(2026)
SPRING_2020 = AcademicYear(2019)
LOWER_IS_BETTER = {"risk_pupils"}
# Planned results of the demo about indicators (text start -> codes), chosen by reading
# the results' wording.
ABOUT_INDICATORS = {
    "Повысилась доля обучающихся, справившихся с ВПР": ("vpr_pass",),
    "Повысилось качество подготовки по математике": ("oge_maths",),
    "Выросли качество знаний и успеваемость": ("knowledge_quality", "success_rate"),
    "Снизилась доля обучающихся группы риска": ("risk_pupils",),
    "Педагоги прошли курсы повышения квалификации": ("teachers_training",),
    "Педагоги используют онлайн-платформы": ("teachers_online",),
}
ABOUT_EVENTS = "Проведено не менее 6 совместных мероприятий в год"
ABOUT_PARENTS = "Не менее 60 % родителей участвуют"
# Seed 002's own wordings and the category each belongs to.
WORDING_LEVEL = {
    "Разработана, частично реализуется": "partial",
    "Сформированы элементы, которые функционируют": "partial",
    "Создано и реализуется": "achieved",
    "Заключено и выполняется": "achieved",
}
CONCLUSION_PARTS = (
    "directions",
    "problems",
    "internal_resources",
    "external_resources",
    "next_year_tasks",
    "management_decisions",
    "roadmap_findings",
)


@pytest.fixture
def session(demo):
    with demo.scope.reading() as session:
        yield session


def _values(session) -> dict[str, dict[AcademicYear, IndicatorValue]]:
    found: dict[str, dict[AcademicYear, IndicatorValue]] = {}
    query = select(Indicator.code, IndicatorValue).join(
        Indicator, Indicator.id == IndicatorValue.indicator_id
    )
    for code, value in session.execute(query):
        found.setdefault(code, {})[value.year] = value
    return found


def _achievements(session) -> dict[str, dict[AcademicYear, ResultAchievement]]:
    found: dict[str, dict[AcademicYear, ResultAchievement]] = {}
    query = select(PlannedResult.text, ResultAchievement).join(
        PlannedResult, PlannedResult.id == ResultAchievement.result_id
    )
    for text, achievement in session.execute(query):
        found.setdefault(text, {})[achievement.year] = achievement
    return found


def _result(achievements: dict, start: str) -> dict[AcademicYear, ResultAchievement]:
    (text,) = [t for t in achievements if t.startswith(start)]
    return achievements[text]


def test_no_ege_values_links_or_words_in_an_osnovnaya_shkola(session) -> None:
    ege = set(session.scalars(select(Indicator.id).where(Indicator.code.startswith("ege_"))))
    assert ege  # the shipped catalogue has them: the demo school just never uses them
    for model in (IndicatorValue, IndicatorBaseline, DeficitIndicator):
        assert not session.scalars(select(model).where(model.indicator_id.in_(ege))).all()
    texts = [
        *session.scalars(select(Programme.problem_analysis)),
        *session.scalars(select(ProgrammeTask.text)),
        *session.scalars(select(PlannedResult.text)),
        *session.scalars(select(RoadmapActivity.title)),
        *session.scalars(select(SupportMeasure.measure)),
        *session.scalars(select(JointEvent.topic)),
    ]
    for row in session.scalars(select(ReportConclusion)):
        texts += [getattr(row, part) for part in CONCLUSION_PARTS]
    assert not [t for t in texts if "ЕГЭ" in t]


def test_no_vpr_or_oge_figures_for_spring_2020(session) -> None:
    values = _values(session)
    assessed = [c for c in values if c.startswith(("vpr", "oge", "gia"))]
    assert sorted(assessed) == ["gia_pass", "oge_maths", "oge_russian", "vpr_pass"]
    for code in assessed:
        assert min(values[code]) == PAST[0], code  # first figures: 2020-2021
    assert not session.scalars(
        select(IndicatorBaseline).where(IndicatorBaseline.year <= SPRING_2020)
    ).all()
    (analysis,) = session.scalars(select(Programme.problem_analysis))
    assert "2019-2020" not in analysis and "отменены" in analysis


def _met(code: str, value: IndicatorValue) -> bool:
    if code in LOWER_IS_BETTER:
        return value.actual <= value.target
    return value.actual >= value.target


def _improved(code: str, now: IndicatorValue, before: IndicatorValue | None) -> bool:
    if before is None:
        return False
    return now.actual < before.actual if code in LOWER_IS_BETTER else now.actual > before.actual


def expected_level(codes, values, year: AcademicYear) -> str:
    """The rule: achieved when every indicator meets the year's target; partial when one
    meets it or improved on the year before; otherwise not achieved."""
    met = [_met(c, values[c][year]) for c in codes]
    if all(met):
        return "achieved"
    if any(met) or any(
        _improved(c, values[c][year], values[c].get(year.previous())) for c in codes
    ):
        return "partial"
    return "not_achieved"


def test_achievements_follow_the_indicators_they_are_about(session) -> None:
    values, achievements = _values(session), _achievements(session)
    for start, codes in ABOUT_INDICATORS.items():
        stored = _result(achievements, start)
        assert sorted(stored) == PAST, start  # the year in progress has no degree yet
        for year in PAST:
            assert stored[year].level == expected_level(codes, values, year), (start, year)


def test_maths_result_is_achieved_only_once_the_oge_score_rose_to_its_target(session) -> None:
    # ОГЭ maths (app/indicators/demo.py): 11,2 (target 12) → 11,0 (fell) → 12,8 < 13 →
    # 13,4 < 14 → 14,6 ≥ 14,5 → 15,2 ≥ 15
    maths = _result(_achievements(session), "Повысилось качество подготовки по математике")
    assert [maths[y].level for y in PAST] == [
        "not_achieved",
        "not_achieved",
        "partial",
        "partial",
        "achieved",
        "achieved",
    ]


def test_events_result_follows_the_joint_events_held(session) -> None:
    held = Counter(
        AcademicYear.containing(day)
        for day in session.scalars(select(JointEvent.day).where(JointEvent.held.is_(True)))
    )
    stored = _result(_achievements(session), ABOUT_EVENTS)
    for year in PAST:
        level = "achieved" if held[year] >= 6 else "partial" if held[year] >= 3 else "not_achieved"
        assert stored[year].level == level, year


def test_own_wordings_belong_to_their_category(session) -> None:
    achievements = _achievements(session)
    worded = [a for years in achievements.values() for a in years.values() if a.wording]
    assert {a.wording for a in worded} == set(WORDING_LEVEL)
    assert all(a.level == WORDING_LEVEL[a.wording] for a in worded)


def test_parents_result_is_never_achieved_while_the_parents_deficit_stands(session) -> None:
    parents = _result(_achievements(session), ABOUT_PARENTS)
    deficit_years = set(
        session.scalars(
            select(Deficit.year).where(Deficit.area_key == "parents", Deficit.confirmed)
        )
    )
    assert deficit_years == {AcademicYear(2020), AcademicYear(2022), AcademicYear(2024)}
    assert all(a.level != "achieved" for a in parents.values())


def test_conclusions_for_every_past_year_and_none_for_the_year_in_progress(session) -> None:
    rows = {r.year: r for r in session.scalars(select(ReportConclusion))}
    assert sorted(rows) == PAST
    for year, row in rows.items():
        assert all(getattr(row, part).strip() for part in CONCLUSION_PARTS), year


def test_roadmap_findings_quote_the_roadmap_they_follow(session) -> None:
    for row in session.scalars(select(ReportConclusion)):
        statuses = Counter(
            session.scalars(select(RoadmapActivity.status).where(RoadmapActivity.year == row.year))
        )
        numbers = re.match(
            r"Мероприятий дорожной карты: (\d+); выполнено: (\d+), частично: (\d+), "
            r"не выполнено или отменено: (\d+)\.",
            row.roadmap_findings,
        )
        assert numbers, row.roadmap_findings
        assert tuple(int(n) for n in numbers.groups()) == (
            sum(statuses.values()),
            statuses["done"],
            statuses["partial"],
            statuses["not_done"] + statuses["cancelled"],
        )


def test_roadmap_activities_change_from_year_to_year(session) -> None:
    titles: dict[AcademicYear, set[str]] = {}
    for year, title in session.execute(select(RoadmapActivity.year, RoadmapActivity.title)):
        titles.setdefault(year, set()).add(title)
    years = sorted(titles)
    assert years == [*PAST, CURRENT]
    for before, after in pairwise(years):
        new = titles[after] - titles[before]
        # the rule: at least half of a year's activities are new (diagnostics, routes and
        # the ВПР analysis recur every year, as real roadmaps do)
        assert len(new) * 2 >= len(titles[after]), after
    frozen = [frozenset(t) for t in titles.values()]
    assert len(set(frozen)) == len(frozen)


def _finished_run_years(session) -> list[AcademicYear]:
    return sorted(set(session.scalars(select(Run.year).where(Run.finished_at.is_not(None)))))


def test_each_support_measure_answers_a_deficit_of_the_latest_self_assessment(session) -> None:
    run_years = _finished_run_years(session)
    assert run_years == [AcademicYear(2020), AcademicYear(2022), AcademicYear(2024)]
    deficits = session.scalars(select(Deficit).where(Deficit.confirmed)).all()
    links = set(session.execute(select(DeficitMeasure.measure_id, DeficitMeasure.deficit_id)))
    measures = session.scalars(select(SupportMeasure)).all()
    assert len(measures) == 14
    for measure in measures:
        year = AcademicYear.containing(measure.starts_on)
        latest = max(y for y in run_years if y <= year)
        matching = [
            d
            for d in deficits
            if d.year == latest
            and measure.deficit
            == (d.area_title if d.item_key == "" and d.source == "run" else d.text)
        ]
        assert matching, (measure.measure, measure.deficit, year)
        assert any((measure.id, d.id) in links for d in matching), measure.measure
