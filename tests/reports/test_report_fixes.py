"""Fixes seen in the demo PDFs, checked on the text read back from the PDF."""

from __future__ import annotations

import re

from app.academic_year import AcademicYear
from app.reports.kinds import build_report
from tests.conftest import DEMO_TODAY
from tests.reports.pdfcheck import flat, pdf_text

Y2025 = AcademicYear(2024)
# The demo programme's tasks, in order (app/programme demo data).
TASK_STARTS = (
    "Создать систему поддержки обучающихся",
    "Обеспечить профессиональное развитие педагогов",
    "Развить партнёрское взаимодействие",
    "Повысить вовлечённость родителей",
    "Создать современную образовательную среду",
)
MEASURE = "Психолого-педагогическое сопровождение разномотивированных учащихся"


def test_programme_tasks_are_numbered_once(demo, tmp_path):
    result = build_report(demo, tmp_path / "s.pdf", "summary", Y2025, today=DEMO_TODAY)
    text = flat(pdf_text(result.path))
    tasks = text[text.index("Задачи программы") : text.index("Планируемые результаты")]
    for number, start in enumerate(TASK_STARTS, start=1):
        assert f"{number}. {start}" in tasks
    assert "•" not in tasks
    assert not re.search(r"\d+\. \d+\.", tasks)


def test_repeated_support_measure_is_listed_once_in_the_trail(demo, tmp_path):
    # The demo links this deficit to two support measures of the same wording, held in
    # 2020-2021 and in 2023-2024: the trail names the measure once with both years.
    path = tmp_path / "sa.pdf"
    build_report(demo, path, "self-assessment", Y2025, today=DEMO_TODAY)
    text = flat(pdf_text(path))
    start = text.index("Высокая доля обучающихся с рисками учебной неуспешности (средний риск, 67")
    start = text.index("Высокая доля обучающихся с рисками", text.index("След дефицитов", start))
    line = text[start : text.index("•", start)]
    assert "меры поддержки:" in line
    assert line.count(MEASURE) == 1
    assert f"{MEASURE} (выполнено, 2021-2022, 2024-2025)" in line
    assert text.count(MEASURE) == 1  # the printout names measures only in the trail


def test_indicator_change_in_the_trail_uses_words_not_a_missing_arrow(demo, tmp_path):
    # PT Serif has no «→»: the trail says «с … до …» (ВПР: 62 % in 2020-2021, 78 % in
    # 2024-2025; the 81 % of 2025-2026 is later than the report's year, so not cited).
    path = tmp_path / "sa.pdf"
    build_report(demo, path, "self-assessment", Y2025, today=DEMO_TODAY)
    text = flat(pdf_text(path))
    assert "Доля обучающихся, справившихся с ВПР: с 62 до 78" in text
    assert "→" not in text


def test_run_deficit_states_its_risk_once(demo, tmp_path):
    # A deficit proposed by a run already reads «… (средний риск, 67 из 100)».
    path = tmp_path / "sa.pdf"
    build_report(demo, path, "self-assessment", Y2025, today=DEMO_TODAY)
    text = flat(pdf_text(path))
    assert "неуспешности (средний риск, 67 из 100) (средний риск)" not in text
    assert (
        "Высокая доля обучающихся с рисками учебной неуспешности (средний риск, 67 из 100)" in text
    )
