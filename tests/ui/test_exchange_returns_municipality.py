"""The municipality's side of return packages: «Для школы: …» opened from the register of
schools (recommendations added, edited, refused while wrong, deleted after a question;
partners and monitoring figures), «Пакеты для школ» writing a real package for the school,
and the school's answer, come back in its next package, shown beside the recommendation."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.indicators.catalogue import builtin_definitions
from app.installation import MunicipalityInfo, create_municipality, open_installation
from app.municipality import returns
from app.sync.outgoing import write_school_package
from app.sync.receive import Outcome, receive
from app.sync.returns_out import returns_written
from db.base import catalogue_id
from tests.conftest import DEMO_TODAY
from ui.context import UiContext
from ui.exchange.municipality import MunicipalityExchangeSection
from ui.municipality import returns_dialog
from ui.municipality.returns_dialog import ReturnsDialog
from ui.municipality.returns_forms import AssignmentForm, FigureForm, RecommendationForm
from ui.widgets import files
from ui.widgets.forms import set_combo

YEAR = AcademicYear(2026)  # DEMO_TODAY's academic year
TEXT = (
    "Провести поэлементный анализ результатов ВПР по математике в 5–8 классах и внести "
    "корректировки в рабочие программы."
)
RECOMMENDATION_COLUMNS = (
    "Год", "Тема", "Рекомендация", "Дата", "Ответить до", "Ответ", "Ответ школы",
)  # fmt: skip
WRITTEN_COLUMNS = (
    "Школа", "№", "Дата", "Рекомендаций", "Партнёров", "Показателей", "Файл",
)  # fmt: skip


@dataclass(frozen=True)
class School:
    folder: Path  # the demo school's data folder (a copy)
    package: Path  # its package №1
    school_id: object
    name: str


@pytest.fixture
def school(demo_template: DataFolder, tmp_path: Path) -> School:
    shutil.copytree(demo_template.root, tmp_path / "school")
    installation = open_installation(DataFolder(tmp_path / "school"))
    try:
        (tmp_path / "stick").mkdir()
        package = write_school_package(installation, tmp_path / "stick", DEMO_TODAY).path
        return School(
            tmp_path / "school",
            package,
            installation.scope.school_id,
            installation.state.display_name,
        )
    finally:
        installation.close()


@pytest.fixture
def municipality(tmp_path: Path, school: School):
    """A municipality that imported the demo school's first package."""
    installation = create_municipality(
        DataFolder(tmp_path / "mun"), MunicipalityInfo(name="Отдел образования района")
    )
    assert receive(installation, [school.package])[0].outcome is Outcome.ACCEPTED
    yield installation
    installation.close()


@pytest.fixture
def dialog(qtbot, municipality, school) -> ReturnsDialog:
    page = ReturnsDialog(UiContext(municipality), school.school_id, school.name, today=DEMO_TODAY)
    qtbot.addWidget(page)
    return page


def table(page) -> list[dict[str, str]]:
    model, headers = page.model, page.model.headers()
    return [
        {headers[c]: model.index(r, c).data() for c in range(model.columnCount())}
        for r in range(model.rowCount())
    ]


def answer_with(monkeypatch, form_class, fill) -> list:
    """``form.exec()`` fills the form as a person would and presses Save."""
    opened = []

    def exec_(form) -> int:
        opened.append(form)
        fill(form)
        return QDialog.DialogCode.Accepted if form.save() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(form_class, "exec", exec_)
    return opened


def test_the_register_opens_the_dialog_for_the_chosen_school(
    qtbot, municipality, school, monkeypatch
):
    from ui.municipality.schools_section import SchoolsSection

    section = SchoolsSection(UiContext(municipality))
    qtbot.addWidget(section)
    titles = []
    monkeypatch.setattr(ReturnsDialog, "exec", lambda d: titles.append(d.windowTitle()))
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    section.open_returns()  # nothing chosen yet
    assert said == ["Выберите школу, пакет которой уже загружен."] and titles == []
    section.view.selectRow(0)
    section.open_returns()
    assert titles == [f"Для школы: {school.name}"]


def test_a_recommendation_is_added_shown_and_edited(dialog, municipality, school, monkeypatch):
    page = dialog.recommendations
    assert page.model.headers() == list(RECOMMENDATION_COLUMNS)
    assert page.model.rowCount() == 0 and not page.buttons[2].isEnabled()

    def fill(form: RecommendationForm) -> None:
        form.topic.setText("Анализ ВПР")
        form.text.setPlainText(TEXT)
        form.needs_answer.setChecked(True)
        form.respond_by.setDate(date(2027, 1, 15))

    answer_with(monkeypatch, RecommendationForm, fill)
    assert dialog.add_recommendation()
    assert table(page) == [
        {
            "Год": "2026-2027",
            "Тема": "Анализ ВПР",
            "Рекомендация": TEXT,
            "Дата": date.today().strftime("%d.%m.%Y"),  # issued when written
            "Ответить до": "15.01.2027",
            "Ответ": "ответа нет",
            "Ответ школы": "",
        }
    ]
    assert dialog.detail.toPlainText() == f"Анализ ВПР. {TEXT}\n\nШкола ещё не ответила."
    (held,) = returns.for_school(municipality.scope, school.school_id).recommendations
    assert (held.year, held.respond_by, held.issued_on) == (YEAR, date(2027, 1, 15), date.today())

    answer_with(monkeypatch, RecommendationForm, lambda f: f.needs_answer.setChecked(False))
    assert dialog.edit_recommendation()
    assert table(page)[0]["Ответить до"] == ""
    assert len(returns.for_school(municipality.scope, school.school_id).recommendations) == 1


def test_a_wrong_recommendation_is_refused_under_the_form_until_fixed(qtbot, dialog, school):
    form = RecommendationForm(dialog.ctx, school.school_id, None, DEMO_TODAY)
    qtbot.addWidget(form)
    assert not form.save()
    assert form.error.isVisibleTo(form) and form.error.text() == "Напишите текст рекомендации."
    form.text.setPlainText(TEXT)
    assert not form.error.isVisibleTo(form)
    form.needs_answer.setChecked(True)
    form.respond_by.setDate(date(2020, 1, 1))
    assert not form.save()
    issued = date.today().strftime("%d.%m.%Y")
    assert form.error.text() == f"Срок ответа (01.01.2020) раньше даты рекомендации ({issued})."
    assert form.result() != QDialog.DialogCode.Accepted


def test_ctrl_enter_saves_the_recommendation_from_the_text_box(qtbot, dialog, school, activate):
    form = RecommendationForm(dialog.ctx, school.school_id, None, DEMO_TODAY)
    qtbot.addWidget(form)
    form.show()
    activate(form)
    form.text.setFocus()
    form.text.setPlainText("Обновить план работы ШМО")
    qtbot.keyClick(form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.result() == QDialog.DialogCode.Accepted
    dialog.refresh()
    assert table(dialog.recommendations)[0]["Рекомендация"] == "Обновить план работы ШМО"


def test_delete_asks_first_and_no_keeps_the_recommendation(
    dialog, municipality, school, monkeypatch
):
    for topic in ("Наставничество", "Подготовка к ГИА"):
        data = returns.RecommendationInput(YEAR, TEXT, topic, date(2026, 11, 1))
        returns.save_recommendation(municipality.scope, school.school_id, data)
    dialog.refresh()
    page = dialog.recommendations
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by topic
    assert [r["Тема"] for r in table(page)] == ["Наставничество", "Подготовка к ГИА"]
    page.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [r["Тема"] for r in table(page)] == ["Подготовка к ГИА", "Наставничество"]

    questions, answers = [], [False, True]
    monkeypatch.setattr(
        returns_dialog, "confirm", lambda _p, _t, text: questions.append(text) or answers.pop(0)
    )
    page.view.selectRow(1)  # «Наставничество»
    dialog.delete_recommendation()
    assert len(table(page)) == 2
    page.view.selectRow(1)
    dialog.delete_recommendation()
    assert (
        questions
        == ["Удалить рекомендацию «Наставничество»? Со следующим пакетом она исчезнет и у школы."]
        * 2
    )
    assert [r["Тема"] for r in table(page)] == ["Подготовка к ГИА"]
    held = returns.for_school(municipality.scope, school.school_id).recommendations
    assert [r.topic for r in held] == ["Подготовка к ГИА"]


def test_a_partner_is_assigned_and_removed(dialog, municipality, school, monkeypatch):
    def fill(form: AssignmentForm) -> None:
        form.partner.setEditText("МОУ «Заречная гимназия № 2»")
        form.role.setCurrentIndex(form.role.findData("leader"))
        form.starts_on.setDate(date(2026, 9, 1))
        form.note.setPlainText("Методическая помощь учителям математики")

    answer_with(monkeypatch, AssignmentForm, fill)
    assert dialog.add_partner()
    assert table(dialog.partners) == [
        {
            "Школа-партнёр": "МОУ «Заречная гимназия № 2»",
            "Роль": "школа-лидер / наставник",
            "С": "01.09.2026",
            "Примечание": "Методическая помощь учителям математики",
        }
    ]
    monkeypatch.setattr(returns_dialog, "confirm", lambda *_a: True)
    dialog.partners.view.selectRow(0)
    dialog.delete_partner()
    assert table(dialog.partners) == []
    assert returns.for_school(municipality.scope, school.school_id).partners == []


def test_a_monitoring_figure_is_added_then_corrected_not_doubled(dialog, monkeypatch):
    vpr = catalogue_id("indicator", "vpr_pass")
    name = next(d["name"] for d in builtin_definitions() if d["code"] == "vpr_pass")
    values = iter(["61,5", "64", "сто"])

    def fill(form: FigureForm) -> None:
        set_combo(form.indicator, vpr)
        set_combo(form.year, AcademicYear(2025))
        form.value.setText(next(values))

    opened = answer_with(monkeypatch, FigureForm, fill)
    assert dialog.add_figure()
    row = {"Показатель": name, "Год": "2025-2026", "Ед. изм.": "%", "Примечание": ""}
    assert table(dialog.figures) == [{**row, "Значение": "61,5"}]
    assert dialog.edit_figure()
    assert opened[1].windowTitle() == "Исправить данные мониторинга"
    assert table(dialog.figures) == [{**row, "Значение": "64"}]

    opened = answer_with(monkeypatch, FigureForm, fill)  # «сто»
    assert not dialog.add_figure()
    assert opened[0].error.text() == "«сто» — не число. Введите число, например 12,5."
    assert table(dialog.figures) == [{**row, "Значение": "64"}]


def test_a_return_package_is_written_through_the_section_and_listed(
    qtbot, municipality, school, monkeypatch, tmp_path
):
    data = returns.RecommendationInput(YEAR, TEXT, "Анализ ВПР", date(2026, 11, 1))
    returns.save_recommendation(municipality.scope, school.school_id, data)
    section = MunicipalityExchangeSection(UiContext(municipality))
    qtbot.addWidget(section)
    section.resize(1200, 700)
    section.show()
    section.tabs.setCurrentWidget(section.returns)
    panel = section.returns
    assert [panel.school.itemText(i) for i in range(panel.school.count())] == [school.name]
    assert panel.model.rowCount() == 0

    stick = tmp_path / "флешка"
    stick.mkdir()
    monkeypatch.setattr(files, "ask_folder", lambda *_a: stick)
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    panel.one_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)

    (written,) = returns_written(municipality)
    assert (stick / written.file_name).is_file()
    assert said == [f"Записано пакетов для школ: 1 (папка {stick}).\n\n{written.file_name}"]
    assert panel.model.headers() == list(WRITTEN_COLUMNS)
    assert table(panel) == [
        {
            "Школа": school.name,
            "№": "1",
            "Дата": date.today().strftime("%d.%m.%Y"),
            "Рекомендаций": "1",
            "Партнёров": "0",
            "Показателей": "0",
            "Файл": written.file_name,
        }
    ]
    panel.all_button.click()  # every school: the one school, package №2
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    assert [r["№"] for r in table(panel)] == ["2", "1"]  # the newest first
    assert len(list(stick.glob("*.perekhod"))) == 2


def test_the_schools_answer_comes_back_and_shows_beside_the_recommendation(
    qtbot, municipality, school, tmp_path
):
    from app.received import answer_recommendation
    from app.sync.returns_in import receive_at_school
    from app.sync.returns_out import write_return_packages

    data = returns.RecommendationInput(YEAR, TEXT, "Анализ ВПР", date(2026, 11, 1))
    made = returns.save_recommendation(municipality.scope, school.school_id, data).value
    (written,) = write_return_packages(municipality, tmp_path, [school.school_id], DEMO_TODAY)
    at_school = open_installation(DataFolder(school.folder))
    try:
        verdict = receive_at_school(at_school, [tmp_path / written.file_name])[0]
        assert verdict.outcome is Outcome.ACCEPTED, verdict.reason
        answered = date(2026, 11, 25)
        answer_recommendation(at_school.scope, made, "done", "Анализ проведён на ШМО.", answered)
        (tmp_path / "back").mkdir()
        back = write_school_package(at_school, tmp_path / "back", DEMO_TODAY).path
    finally:
        at_school.close()
    assert receive(municipality, [back])[0].outcome is Outcome.ACCEPTED

    page = ReturnsDialog(UiContext(municipality), school.school_id, school.name, today=DEMO_TODAY)
    qtbot.addWidget(page)
    (row,) = table(page.recommendations)
    assert (row["Ответ"], row["Ответ школы"]) == ("выполнено", "Анализ проведён на ШМО.")
    assert page.detail.toPlainText().endswith(
        "Ответ школы от 25.11.2026: выполнено. Анализ проведён на ШМО."
    )


def test_the_drill_down_window_opens_the_dialog_too(qtbot, municipality, school, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from ui.municipality.school_window import open_school_window

    windows = []
    owner = MunicipalityExchangeSection(UiContext(municipality))
    qtbot.addWidget(owner)
    open_school_window(owner, owner.ctx, school.school_id, school.name, windows)
    (window,) = windows
    titles = []
    monkeypatch.setattr(ReturnsDialog, "exec", lambda d: titles.append(d.windowTitle()))
    (button,) = [
        b for b in window.findChildren(QPushButton) if b.text() == "Рекомендации и назначения…"
    ]
    button.click()
    assert titles == [f"Для школы: {school.name}"]
    window.close()
