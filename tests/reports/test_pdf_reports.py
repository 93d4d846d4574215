"""Reports built from the demo school and from small hand-made fixtures, read back with pypdf."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.academic_year import AcademicYear
from app.errors import ValidationError
from app.reports.conclusions import Conclusions, get_conclusions, save_conclusions
from app.reports.kinds import SCHOOL_KINDS, build_report
from tests.conftest import DEMO_TODAY
from tests.reports.pdfcheck import flat, fonts_of, page_texts, pdf_text

Y2025 = AcademicYear(2024)  # a full year of the demo: runs, events, values


@pytest.fixture
def summary_2025(demo, tmp_path):
    result = build_report(demo, tmp_path / "summary.pdf", "summary", Y2025, today=DEMO_TODAY)
    return result


def test_summary_has_every_section_in_russian(summary_2025):
    text = flat(pdf_text(summary_2025.path))
    for title in (
        "Годовой отчёт для муниципалитета",
        "Образовательная организация",
        "Показатели",
        "Динамика показателей по годам",
        "Сетевое партнёрство",
        "Соглашения о сотрудничестве",
        "Критерии сетевого взаимодействия",
        "Самооценка",
        "Выводы",
    ):
        assert title in text, title
    assert "«Берёзовская основная школа»" in text
    assert "Ковалёва Ирина Петровна" in text
    assert "2024-2025 учебный год" in text


def test_summary_pages_are_numbered_n_of_m(summary_2025):
    pages = page_texts(summary_2025.path)
    assert summary_2025.pages == len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert f"стр. {number} из {len(pages)}" in text


def test_summary_dates_are_dd_mm_yyyy(summary_2025):
    text = pdf_text(summary_2025.path)
    assert "23.11.2026" in text  # the date the report was made
    assert re.search(r"\b\d{2}\.\d{2}\.\d{4}\b", text)
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)  # no ISO dates


def test_running_header_names_school_and_year_after_page_one(summary_2025):
    pages = page_texts(summary_2025.path)
    assert "Берёзовская ОШ" in pages[1]
    assert "2024-2025 учебный год" in pages[1]


@pytest.mark.parametrize("kind", SCHOOL_KINDS)
def test_every_kind_builds_from_demo_with_embedded_fonts(demo, tmp_path, kind):
    result = build_report(demo, tmp_path / f"{kind}.pdf", kind, Y2025, today=DEMO_TODAY)
    fonts = fonts_of(result.path)
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)
    assert "стр. 1 из" in pdf_text(result.path)


@pytest.mark.parametrize("kind", SCHOOL_KINDS)
def test_every_kind_builds_for_an_empty_school(school, tmp_path, kind):
    result = build_report(school, tmp_path / f"{kind}.pdf", kind, today=DEMO_TODAY)
    assert result.year == AcademicYear(2025)  # on 23.11.2026 the report is due for 2025-2026
    assert result.path.exists()
    assert all(fonts_of(result.path).values())
    assert "Тестовая" in pdf_text(result.path)


def test_empty_school_summary_says_conclusions_are_missing(school, tmp_path):
    result = build_report(school, tmp_path / "s.pdf", today=DEMO_TODAY)
    text = flat(pdf_text(result.path))
    assert "Выводы за этот год ещё не записаны." in text
    assert "стр. 1 из 2" in text and "стр. 2 из 2" in text  # title page, then the sections


def test_partnership_printout_has_support_plan_and_events(demo, tmp_path):
    result = build_report(demo, tmp_path / "p.pdf", "partnership", Y2025, today=DEMO_TODAY)
    text = flat(pdf_text(result.path))
    for title in (
        "Соглашения о сотрудничестве",
        "План адресной поддержки",
        "Совместные мероприятия",
        "Критерии сетевого взаимодействия",
    ):
        assert title in text, title


def test_self_assessment_printout_lists_runs_with_evidence_columns(demo, tmp_path):
    result = build_report(demo, tmp_path / "sa.pdf", "self-assessment", Y2025, today=DEMO_TODAY)
    text = flat(pdf_text(result.path))
    assert "Итоговый балл" in text
    assert "Подтверждение" in text


def test_blank_form_has_empty_level_column(demo, tmp_path):
    result = build_report(demo, tmp_path / "b.pdf", "blank-self-assessment", today=DEMO_TODAY)
    text = flat(pdf_text(result.path))
    assert "Бланк самооценки" in text
    assert "Выбранный уровень" in text
    assert "Дата заседания" in text


def test_indicator_numbers_from_a_hand_made_fixture(school, tmp_path):
    from app.indicators.catalogue import IndicatorInput, add_indicator
    from app.indicators.values import ValueChange, set_values

    ind = add_indicator(school.scope, IndicatorInput("Доля учеников-читателей", "%")).value
    set_values(
        school.scope,
        [
            ValueChange(ind, AcademicYear(2023), "baseline", 40.5),
            ValueChange(ind, AcademicYear(2024), "target", 60.0),
            ValueChange(ind, AcademicYear(2024), "actual", 55.25),
        ],
    )
    result = build_report(school, tmp_path / "i.pdf", year=AcademicYear(2024), today=DEMO_TODAY)
    text = flat(pdf_text(result.path))
    # name, unit, baseline 40,5, target 60, actual 55,25 … below the target: not achieved
    start = text.index("Доля учеников-читателей % 40,5 60 55,25")
    assert text[start:].split()[7] == "нет"


def test_conclusions_are_saved_and_printed_as_points(school, tmp_path):
    year = AcademicYear(2024)
    save_conclusions(
        school.scope,
        year,
        Conclusions(
            directions="· командная работа\n· сетевое взаимодействие",
            problems="низкая мотивация учащихся",
            internal_resources="наставничество",
            external_resources="научный руководитель",
            management_decisions="назначить куратора ВПР",
            next_year_tasks="провести два семинара",
        ),
    )
    stored = get_conclusions(school.scope, year)
    assert stored.points("directions") == ["командная работа", "сетевое взаимодействие"]
    assert get_conclusions(school.scope, AcademicYear(2023)).is_empty()
    result = build_report(school, tmp_path / "c.pdf", year=year, today=date(2025, 6, 1))
    text = flat(pdf_text(result.path))
    assert "1. Перспективные направления развития" in text
    assert "4. Необходимые внешние ресурсы" in text
    assert "5. Управленческие решения: • назначить куратора ВПР" in text
    assert "6. Задачи на следующий год" in text
    assert "• командная работа" in text
    assert "научный руководитель" in text
    assert "01.06.2025" in text


def test_saving_again_replaces_the_text(school):
    year = AcademicYear(2024)
    save_conclusions(school.scope, year, Conclusions(problems="первое"))
    changes = save_conclusions(school.scope, year, Conclusions(problems="второе")).changes
    assert changes.reports
    assert get_conclusions(school.scope, year).problems == "второе"


def test_the_municipal_kind_at_a_school_is_refused_in_russian(demo, tmp_path):
    with pytest.raises(ValidationError, match="формируется в установке муниципалитета"):
        build_report(demo, tmp_path / "m.pdf", "municipal")
    assert not (tmp_path / "m.pdf").exists()


def test_unknown_kind_and_a_name_neither_pdf_nor_docx_are_refused(demo, tmp_path):
    with pytest.raises(ValidationError, match="Неизвестный вид отчёта"):
        build_report(demo, tmp_path / "m.pdf", "yearly")
    with pytest.raises(ValidationError, match=r"\.pdf или \.docx"):
        build_report(demo, tmp_path / "m.txt", "summary")
    assert not (tmp_path / "m.txt").exists()


def test_unwritable_target_is_a_russian_error(school, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ValidationError, match=r"Папки .* нет"):
        build_report(school, blocker / "r.pdf", today=DEMO_TODAY)


def test_summary_prints_programme_and_roadmap_in_seed_002_columns(summary_2025):
    text = flat(pdf_text(summary_2025.path))
    for title in (
        "Цель программы",
        "Задачи программы",
        "Планируемые результаты и степень их достижения",
        "Исполнение дорожной карты",
        "Наименование мероприятия",
        "Прогнозируемый результат",
        "Исполнение",
        "Причины невыполнения",
    ):
        assert title in text, title
    assert re.search(r"Всего мероприятий: \d+; выполнено: \d+; просрочено: \d+\.", text)


def test_roadmap_printout_for_a_year_without_activities(demo, tmp_path):
    result = build_report(demo, tmp_path / "r.pdf", "roadmap", AcademicYear(2019), today=DEMO_TODAY)
    assert "Данных за этот учебный год нет." in flat(pdf_text(result.path))
