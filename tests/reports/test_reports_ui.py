"""pytest-qt: the Reports section — conclusions saved per year, a PDF written off the UI thread."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from app.academic_year import AcademicYear
from app.reports.conclusions import get_conclusions
from tests.reports.pdfcheck import flat, pdf_text


@pytest.fixture(autouse=True)
def russian(russian_catalogues):
    return russian_catalogues


@pytest.fixture
def section(qtbot, demo):
    from ui.context import UiContext
    from ui.reports.section import ReportsSection

    widget = ReportsSection(UiContext(demo))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _choose_year(section, year: AcademicYear) -> None:
    section.year.setCurrentIndex(section.year.findData(str(year)))


def test_labels_are_russian_and_years_listed_newest_first(section):
    assert section.create_button.text() == "Сфор&мировать отчёт…"
    assert section.kind.itemText(0) == "Годовой отчёт для муниципалитета"
    years = [AcademicYear.parse(section.year.itemText(i)) for i in range(section.year.count())]
    assert years == sorted(years, reverse=True)
    assert AcademicYear(2020) in years and AcademicYear(2026) in years
    if os.environ.get("PEREKHOD_SHOTS"):
        section.grab().save(str(Path(os.environ["PEREKHOD_SHOTS"]) / "reports.png"))


def test_conclusions_are_saved_for_the_chosen_year(section, demo):
    _choose_year(section, AcademicYear(2024))
    assert not section.conclusions.save_button.isEnabled()
    section.conclusions.edits["problems"].setPlainText("низкая мотивация\nмало олимпиад")
    assert section.conclusions.dirty and section.conclusions.save_button.isEnabled()
    section.conclusions.save_button.click()
    assert not section.conclusions.dirty
    assert (
        get_conclusions(demo.scope, AcademicYear(2024)).problems
        == "низкая мотивация\nмало олимпиад"
    )
    _choose_year(section, AcademicYear(2023))
    other = get_conclusions(demo.scope, AcademicYear(2023)).problems
    assert section.conclusions.edits["problems"].toPlainText() == other
    _choose_year(section, AcademicYear(2024))
    assert "мало олимпиад" in section.conclusions.edits["problems"].toPlainText()


def test_switching_year_with_unsaved_text_can_be_cancelled(section, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    _choose_year(section, AcademicYear(2024))
    section.conclusions.edits["directions"].setPlainText("наставничество")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    _choose_year(section, AcademicYear(2023))
    assert section.current_year() == AcademicYear(2024)
    assert section.conclusions.edits["directions"].toPlainText() == "наставничество"


def test_create_report_writes_the_pdf_on_the_worker(qtbot, section, tmp_path, monkeypatch):
    target = tmp_path / "отчёт.pdf"
    suggested: list[Path] = []
    monkeypatch.setattr(section, "ask_path", lambda s: suggested.append(s) or target)
    _choose_year(section, AcademicYear(2024))
    section.create_report()
    qtbot.waitUntil(lambda: section.last_written is not None, timeout=20000)
    assert suggested[0].name == "годовой-отчёт-2024-2025.pdf"
    assert "Годовой отчёт для муниципалитета" in flat(pdf_text(target))
    assert section.open_button.isEnabled()
    assert str(target) in section.result.text()
    if os.environ.get("PEREKHOD_SHOTS"):
        section.grab().save(str(Path(os.environ["PEREKHOD_SHOTS"]) / "reports-done.png"))


def test_the_save_dialog_offers_pdf_and_word(section, tmp_path, monkeypatch):
    from ui.widgets import files

    asked: list[tuple[str, str]] = []

    def dialog(parent, save, title, start, filter_text):
        asked.append((Path(start).name, filter_text))
        return str(tmp_path / answers.pop(0))

    monkeypatch.setattr(files, "ask", dialog)
    answers = ["отчёт.docx", "отчёт", "отчёт.pdf"]
    assert section.ask_path(Path("годовой-отчёт-2024-2025.pdf")).name == "отчёт.docx"
    assert asked[0] == (
        "годовой-отчёт-2024-2025.pdf",
        "Документ PDF (*.pdf);;Документ Word для правки (*.docx)",
    )
    # a name typed without a suffix gets the suggested one; Word first when suggested
    assert section.ask_path(Path("дорожная-карта-2024-2025.docx")).name == "отчёт.docx"
    assert asked[1][1].startswith("Документ Word")
    assert section.ask_path(Path("дорожная-карта-2024-2025.pdf")).name == "отчёт.pdf"


def test_create_report_writes_a_word_document(qtbot, section, tmp_path, monkeypatch):
    import docx

    target = tmp_path / "отчёт.docx"
    monkeypatch.setattr(section, "ask_path", lambda s: target)
    _choose_year(section, AcademicYear(2024))
    section.create_report()
    qtbot.waitUntil(lambda: section.last_written is not None, timeout=20000)
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    assert paragraphs[0] == "Годовой отчёт для муниципалитета"
    assert section.result.text() == f"Сохранено: {target}"
    assert section.suffix == ".docx"  # proposed again next time
    suggested: list[Path] = []
    monkeypatch.setattr(section, "ask_path", lambda s: suggested.append(s))
    section.create_report()
    assert suggested[0].name == "годовой-отчёт-2024-2025.docx"


def test_reports_section_is_registered_for_schools():
    from ui.sections import SCHOOL_SECTIONS

    spec = next(s for s in SCHOOL_SECTIONS if s.key == "reports")
    assert spec.factory == "ui.reports.section:ReportsSection"


def test_cancelled_save_dialog_writes_nothing(section, monkeypatch):
    monkeypatch.setattr(section, "ask_path", lambda s: None)
    section.create_report()
    assert section.last_written is None and section.create_button.isEnabled()


def _section_on(qtbot, installation, today):
    from ui.context import UiContext
    from ui.reports.section import ReportsSection

    widget = ReportsSection(UiContext(installation), today=today)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("today", "due", "why"),
    [
        (date(2026, 11, 23), "2025-2026", "за последний завершённый учебный год"),
        (date(2026, 7, 10), "2025-2026", "за учебный год, который сейчас завершается"),
        (date(2026, 5, 31), "2024-2025", "за последний завершённый учебный год"),
    ],
)
def test_year_defaults_to_the_one_the_report_is_due_for(qtbot, school, today, due, why):
    section = _section_on(qtbot, school, today)  # an empty school: the year is offered anyway
    assert section.year.currentText() == due
    note = section.year_note.text()
    assert note.startswith(f"Предлагается {due}") and why in note
    assert "\n" not in note


def test_management_decisions_and_roadmap_findings_are_edited_and_guarded(
    qtbot, school, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    section = _section_on(qtbot, school, date(2026, 11, 23))
    form = section.conclusions
    form.edits["management_decisions"].setPlainText("назначить куратора")
    form.edits["roadmap_findings"].setPlainText("План выполнен не полностью.")
    assert form.dirty
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert section.can_leave()  # leaving the section asks, and saves
    assert len(asked) == 1
    stored = get_conclusions(school.scope, AcademicYear(2025))
    assert stored.management_decisions == "назначить куратора"
    assert stored.roadmap_findings == "План выполнен не полностью."
    assert not form.dirty
