"""The programme and roadmap sections from a small hand-made programme."""

from __future__ import annotations

from datetime import date

import pytest

from app.academic_year import AcademicYear
from app.reports.kinds import build_report
from tests.reports.pdfcheck import flat, pdf_text

Y = AcademicYear(2024)
TODAY = date(2025, 6, 20)


@pytest.fixture
def programme_school(school):
    from app.programme.programmes import ProgrammeRow, save_programme
    from app.programme.results import AchievementRow, ResultRow, save_result, set_achievement
    from app.programme.roadmap import save_activities
    from app.programme.rows import Achievement, ActivityRow, Status
    from app.programme.tasks import TaskRow, save_task

    db = school.scope
    programme = save_programme(
        db,
        ProgrammeRow(
            None,
            "Шаг вперёд",
            AcademicYear(2023),
            AcademicYear(2025),
            goal="Повысить качество образования",
            is_current=True,
        ),
    ).value
    task = save_task(db, TaskRow(None, programme.id, 1, "Создать систему наставничества")).value
    result = save_result(db, ResultRow(None, task.id, "Наставники у всех молодых педагогов")).value
    set_achievement(db, result.id, Y, AchievementRow(Achievement.PARTIAL, comment="2 из 3"))
    save_activities(
        db,
        [
            ActivityRow(
                None,
                Y,
                "Семинар наставников",
                task_id=task.id,
                start=date(2024, 10, 1),
                end=date(2024, 10, 31),
                period_text="октябрь",
                forecast_value=12,
                forecast_unit="педагогов",
                forecast_text="протокол",
                status=Status.DONE,
                actual_result="проведён",
            ),
            ActivityRow(
                None,
                Y,
                "Открытые уроки",
                task_id=task.id,
                start=date(2025, 3, 1),
                end=date(2025, 3, 31),
                period_text="март",
                status=Status.PLANNED,
            ),
        ],
        today=TODAY,
    )
    return school


def test_programme_goal_tasks_and_results(programme_school, tmp_path):
    result = build_report(programme_school, tmp_path / "s.pdf", "summary", Y, today=TODAY)
    text = flat(pdf_text(result.path))
    assert "Шаг вперёд" in text
    assert "Срок реализации: 2023–2026" in text
    assert "Повысить качество образования" in text
    assert "1. Создать систему наставничества" in text
    # № 1, the result, its task 1, the level, the comment
    assert "1 Наставники у всех молодых педагогов 1 частично достигнуто 2 из 3" in text


def test_roadmap_in_seed_columns_with_counts(programme_school, tmp_path):
    result = build_report(programme_school, tmp_path / "r.pdf", "roadmap", Y, today=TODAY)
    text = flat(pdf_text(result.path))
    # two activities; one done; the March one is past its end on 20.06.2025: overdue
    assert "Всего мероприятий: 2; выполнено: 1; просрочено: 1." in text
    assert "1 октябрь Семинар наставников 12 педагогов — протокол выполнено — проведён" in text
    assert "2 март Открытые уроки" in text and "просрочено" in text
