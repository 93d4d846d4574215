"""What the reports engine reads (hand-built fixture) and the demo school's roadmap."""

from __future__ import annotations

from app.academic_year import AcademicYear
from app.programme.report_data import programme_year, roadmap_year, years_with_data
from app.programme.results import AchievementRow, set_achievement
from app.programme.roadmap import list_activities
from app.programme.rows import Achievement
from tests.programme.fixture import TODAY, Y25, Y26, build


def test_programme_year_with_levels_of_this_and_earlier_years(school) -> None:
    data = build(school.scope)
    result_id = data["result"].id
    set_achievement(school.scope, result_id, Y25, AchievementRow(Achievement.PARTIAL, "", "Идёт"))
    set_achievement(school.scope, result_id, Y26, AchievementRow(Achievement.ACHIEVED))
    card = programme_year(school.scope, Y26)
    assert (card.title, card.period, card.approval) == (
        "Программа «Шаг»",
        "2025–2027",
        "приказ № 7-од от 30.08.2025",
    )
    assert [t.label for t in card.tasks] == ["1. Поддержка учащихся", "2. Развитие педагогов"]
    (line,) = card.results
    assert (line.task_number, line.level, line.achievement_label) == (1, "достигнуто", "достигнуто")
    assert [(str(p.year), p.level, p.comment) for p in line.previous] == [
        ("2025-2026", "частично достигнуто", "Идёт")
    ]
    assert programme_year(school.scope, AcademicYear(2030)) is None


def test_roadmap_year_lines_in_plan_order(school) -> None:
    build(school.scope)
    lines = roadmap_year(school.scope, Y25, today=TODAY)
    assert [(x.period, x.task_number, x.title) for x in lines] == [
        ("01.09.2025–30.09.2025", 1, "Диагностика"),
        ("01.12.2025–31.12.2025", 1, "Ёлочный концерт"),
        ("01.03.2026–31.03.2026", 2, "Курсы для учителей"),
    ]
    first, concert, courses = lines
    assert (first.status, first.is_overdue) == ("просрочено", True)
    assert (concert.execution, concert.responsible) == (
        "выполнено — Концерт проведён",
        "Семёнова А. А.",
    )
    assert (courses.status, courses.reason) == ("не выполнено", "Финансирование: Нет денег")
    assert years_with_data(school.scope) == {Y25}


def test_demo_roadmap_is_full_and_the_current_year_has_overdue(demo) -> None:
    rows = list_activities(demo.scope, today=TODAY)
    assert len(rows) >= 40
    current = [r for r in rows if r.year == AcademicYear(2026)]
    assert any(r.overdue for r in current)
    assert any(r.status == "planned" and not r.overdue for r in current)
    assert any(r.reason_id for r in rows if r.year == AcademicYear(2020))
    assert programme_year(demo.scope, AcademicYear(2026)).tasks
