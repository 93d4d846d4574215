"""A school's reports as faithful records (issue 13), on a small hand-made school.

Y is 2024-2025. The school: programme «Шаг вперёд» 2023–2025 with two tasks, two planned
results, four activities of Y (two under task 1, one under task 2, one without a task),
one indicator with values, the director's conclusions and findings.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.academic_year import AcademicYear
from app.reports.kinds import build_report
from tests.reports.pdfcheck import flat, page_texts, pdf_text

Y = AcademicYear(2024)
LATER = AcademicYear(2025)
AFTER_Y = date(2026, 11, 23)  # Y is over
IN_Y = date(2025, 3, 15)  # Y in progress
WORDING = "Разработана, частично реализуется"
FINDINGS = "Главные направления плана реализованы; сетевое взаимодействие — не в полном объёме."
DECISION = "Закрепить куратора за каждым учеником группы риска"


def _activity(title, task=None, start=None, end=None, status="planned", **extra):
    from app.programme.rows import ActivityRow, Status

    return ActivityRow(
        None, Y, title, task_id=task, start=start, end=end, status=Status(status), **extra
    )


def _fill(installation, analysis: str = "Низкие результаты ВПР по математике.") -> dict:
    from app.indicators.catalogue import IndicatorInput, add_indicator
    from app.indicators.values import ValueChange, set_values
    from app.profile import own_school, update_own_profile
    from app.programme.programmes import ProgrammeRow, save_programme
    from app.programme.results import AchievementRow, ResultRow, save_result, set_achievement
    from app.programme.roadmap import save_activities
    from app.programme.rows import Achievement
    from app.programme.tasks import TaskRow, save_task
    from app.reports.conclusions import Conclusions, save_conclusions

    db = installation.scope
    info = own_school(installation)
    info.low_results, info.is_rural, info.is_small = True, True, True
    update_own_profile(installation, info)
    programme = save_programme(
        db,
        ProgrammeRow(
            None,
            "Программа «Шаг вперёд»",
            AcademicYear(2023),
            AcademicYear(2025),
            goal="Повысить качество образования",
            problem_analysis=analysis,
            is_current=True,
        ),
    ).value
    t1 = save_task(db, TaskRow(None, programme.id, 1, "Создать систему наставничества")).value
    t2 = save_task(db, TaskRow(None, programme.id, 2, "Развить партнёрство")).value
    r1 = save_result(db, ResultRow(None, t1.id, "Наставники у всех молодых педагогов")).value
    r2 = save_result(db, ResultRow(None, t2.id, "Договор со школой-лидером")).value
    set_achievement(db, r1.id, Y, AchievementRow(Achievement.PARTIAL, wording=WORDING))
    set_achievement(db, r2.id, Y, AchievementRow(Achievement.ACHIEVED))
    save_activities(
        db,
        [
            _activity(
                "Семинар наставников",
                t1.id,
                date(2024, 10, 1),
                date(2024, 10, 31),
                "done",
                period_text="октябрь",
                actual_result="проведён",
            ),
            _activity(
                "Открытые уроки", t1.id, date(2025, 4, 1), date(2025, 4, 30), period_text="апрель"
            ),
            _activity(
                "Визит в школу-лидер",
                t2.id,
                date(2024, 11, 1),
                date(2024, 11, 30),
                "done",
                period_text="ноябрь",
            ),
            _activity(
                "Родительское собрание",
                None,
                date(2025, 2, 1),
                date(2025, 2, 28),
                "done",
                period_text="февраль",
            ),
        ],
        today=IN_Y,
    )
    kept = add_indicator(db, IndicatorInput("Доля читателей", "%")).value
    idle = add_indicator(db, IndicatorInput("Доля призёров олимпиад", "%")).value
    set_values(
        db,
        [
            ValueChange(kept, AcademicYear(2023), "baseline", 40.0),
            ValueChange(kept, Y, "target", 60.0),
            ValueChange(kept, Y, "actual", 55.0),
            ValueChange(idle, AcademicYear(2023), "actual", 3.0),
        ],
    )
    save_conclusions(
        db,
        Y,
        Conclusions(
            problems="низкая мотивация", management_decisions=DECISION, roadmap_findings=FINDINGS
        ),
    )
    return {"t1": t1, "r1": r1, "kept": kept}


def _add_later_year(installation, made: dict) -> None:
    """Data of 2025-2026: must change nothing in Y's report."""
    from app.indicators.catalogue import IndicatorInput, add_indicator
    from app.indicators.values import ValueChange, set_values
    from app.programme.results import AchievementRow, set_achievement
    from app.programme.roadmap import save_activities
    from app.programme.rows import Achievement, ActivityRow
    from app.reports.conclusions import Conclusions, save_conclusions

    db = installation.scope
    save_activities(
        db,
        [
            ActivityRow(
                None,
                LATER,
                "Летняя школа",
                task_id=made["t1"].id,
                start=date(2026, 6, 1),
                end=date(2026, 6, 30),
            )
        ],
        today=AFTER_Y,
    )
    set_achievement(db, made["r1"].id, LATER, AchievementRow(Achievement.ACHIEVED))
    fresh = add_indicator(db, IndicatorInput("Новый показатель", "чел.")).value
    set_values(
        db,
        [
            ValueChange(made["kept"], LATER, "actual", 70.0),
            ValueChange(fresh, LATER, "baseline", 5.0),
        ],
    )
    save_conclusions(db, LATER, Conclusions(problems="другие проблемы"))


@pytest.fixture
def filled(school):
    made = _fill(school)
    return school, made


def _summary(installation, path, today=AFTER_Y):
    return build_report(installation, path, "summary", Y, today=today)


KINDS = ("summary", "roadmap")


def _summary_kind(installation, path, kind):
    return build_report(installation, path, kind, Y, today=AFTER_Y).path


def test_a_past_year_report_is_a_record(filled, tmp_path):
    school, made = filled
    first = {k: flat(pdf_text(_summary_kind(school, tmp_path / f"a-{k}.pdf", k))) for k in KINDS}
    _add_later_year(school, made)
    again = {k: flat(pdf_text(_summary_kind(school, tmp_path / f"b-{k}.pdf", k))) for k in KINDS}
    assert again == first
    assert "Летняя школа" not in again["roadmap"]
    assert "Новый показатель" not in again["summary"]


def test_past_year_counts_open_activities_as_overdue_and_says_nothing_of_progress(filled, tmp_path):
    school, _ = filled
    text = flat(pdf_text(_summary(school, tmp_path / "s.pdf").path))
    # «Открытые уроки» (April 2025) stayed planned: overdue once the year is over
    assert "Всего мероприятий: 4; выполнено: 3; просрочено: 1." in text
    assert "ещё не завершён" not in text and "ещё идёт" not in text
    assert "Данные по состоянию на 31.08.2025" in text


def test_a_year_in_progress_says_so(filled, tmp_path):
    school, _ = filled
    pages = page_texts(_summary(school, tmp_path / "s.pdf", today=IN_Y).path)
    assert "Учебный год ещё не завершён: данные на 15.03.2025" in flat(pages[0])
    text = flat("\n".join(pages))
    # on 15.03.2025: «Открытые уроки» ends in April, not yet due, and is not overdue
    assert (
        "Всего мероприятий: 4; выполнено: 3; просрочено: 0. "
        "Учебный год ещё идёт: из них запланировано после 15.03.2025: 1." in text
    )
    assert "фактические значения приведены по состоянию на 15.03.2025" in text


def test_roadmap_is_grouped_under_tasks_and_followed_by_findings(filled, tmp_path):
    school, _ = filled
    path = build_report(school, tmp_path / "r.pdf", "roadmap", Y, today=AFTER_Y).path
    text = flat(pdf_text(path))
    order = [
        "Задача 1. Создать систему наставничества",
        "1.1 октябрь Семинар наставников",
        "1.2 апрель Открытые уроки",
        "Задача 2. Развить партнёрство",
        "2.1 ноябрь Визит в школу-лидер",
        "Без задачи",
        "1 февраль Родительское собрание",
        "Выводы " + FINDINGS,
    ]
    at = [text.index(part) for part in order]
    assert at == sorted(at)


def test_conclusions_carry_management_decisions(filled, tmp_path):
    school, _ = filled
    text = flat(pdf_text(_summary(school, tmp_path / "s.pdf").path))
    assert f"5. Управленческие решения: • {DECISION}" in text
    assert "6. Задачи на следующий год: —" in text


def test_degree_of_achievement_is_printed_as_written(filled, tmp_path):
    school, _ = filled
    text = flat(pdf_text(_summary(school, tmp_path / "s.pdf").path))
    assert f"1 Наставники у всех молодых педагогов 1 {WORDING}" in text
    assert "2 Договор со школой-лидером 2 достигнуто" in text
    assert "частично достигнуто" not in text


def test_first_pages_carry_category_and_problem_analysis(filled, tmp_path):
    school, _ = filled
    pages = page_texts(_summary(school, tmp_path / "s.pdf").path)
    first = flat(pages[0] + pages[1])
    assert (
        "Категория школы школа с низкими образовательными результатами (ШНОР); "
        "сельская; малокомплектная" in first
    )
    assert "Проблемный анализ Низкие результаты ВПР по математике." in first
    assert flat("\n".join(pages)).count("Программа «Шаг вперёд»") == 1


def test_indicators_without_values_for_the_year_are_listed_in_one_line(filled, tmp_path):
    school, _ = filled
    text = flat(pdf_text(_summary(school, tmp_path / "s.pdf").path))
    assert "Доля читателей % 40 60 55" in text
    assert "Без значений за этот учебный год: Доля призёров олимпиад." in text
    assert "Доля призёров олимпиад %" not in text  # not a table row
    assert "Отметки ВПР" not in text  # a catalogue indicator never filled: not named


# Headings the summary prints (h1, h2, and the roadmap's task rows).
HEADINGS = (
    "Программа «Шаг вперёд»",
    "Проблемный анализ",
    "Цель программы",
    "Задачи программы",
    "Планируемые результаты и степень их достижения",
    "Исполнение дорожной карты",
    "Выводы",
    "Показатели",
    "Динамика показателей по годам",
    "Сетевое партнёрство",
    "Самооценка",
)


def _content_lines(page: str) -> list[str]:
    """A page's text lines without the running header and the «стр. N из M» footer."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return [
        line
        for line in lines
        if not line.startswith("стр. ")
        and line not in ("Тестовая ОШ", "2024-2025 учебный год")
        and line != "Тестовая ОШ 2024-2025 учебный год"
    ]


def _is_heading(line: str) -> bool:
    return line in HEADINGS or line.startswith(("Задача ", "Без задачи"))


@pytest.mark.parametrize("filler", (0, 10, 20, 30, 40))  # 0, 20, 40 stranded once
def test_no_heading_is_left_at_a_page_bottom(school, tmp_path, filler):
    # Problem analyses of growing length shift every heading down the pages. A heading is
    # stranded when it ends a page, or when at most one line (an intro, a legend) follows
    # it there and its section goes on over the page.
    analysis = "\n".join(f"Строка анализа № {n}: результаты ниже районных." for n in range(filler))
    _fill(school, analysis or "Коротко.")
    pages = [_content_lines(p) for p in page_texts(_summary(school, tmp_path / "s.pdf").path)]
    assert len(pages) >= 3
    for number, (lines, following) in enumerate(zip(pages, [*pages[1:], []], strict=True), start=1):
        found = [i for i, line in enumerate(lines) if _is_heading(line)]
        if not found:
            continue
        after = len(lines) - 1 - found[-1]
        goes_on = bool(following) and not _is_heading(following[0])
        assert after > 1 or (after == 1 and not goes_on), (number, lines[found[-1]])
