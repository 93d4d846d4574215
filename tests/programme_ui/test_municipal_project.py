"""The municipality's own project and plan of actions (seed 002) in the school's programme and
roadmap screens: the municipality's wording, its seven results and six plan sections, and
the «Рекомендации» note on an action — shown and edited at the municipality only."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.installation import Installation, MunicipalityInfo, create_municipality, open_installation
from app.programme.roadmap import get_activity, list_activities, save_activity
from ui.widgets.forms import set_combo

TODAY = date(2026, 11, 23)
FIRST = AcademicYear(2020)  # the plan of 2020-2021 is seed 002's table
MONITORING = "Проведение мониторинга основных шагов перехода школ в эффективный режим работы"
SECTIONS = [
    "Нормативное и проектное обеспечение перехода школ в эффективный режим функционирования",
    "Создание современной инфраструктуры",
    "Создание единой системы управления качеством образования",
    "Повышение профессиональной компетентности педагогических работников "
    "(профессиональное развитие педагогов)",
    "Организация сетевого взаимодействия и партнёрства",
    "Распространение позитивных педагогических и управленческих практик",
]


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> DataFolder:
    """A municipality with the demo's project (no schools: the project is the office's)."""
    from app.demo.municipal_project import fill_municipal_project

    folder = DataFolder(tmp_path_factory.mktemp("municipal-project") / "office")
    info = MunicipalityInfo(name="Отдел образования администрации Заречного района")
    office = create_municipality(folder, info)
    try:
        fill_municipal_project(office, TODAY, seed=1)
    finally:
        office.close()
    return folder


@pytest.fixture
def office(office_template: DataFolder, tmp_path: Path):
    target = tmp_path / "office"
    shutil.copytree(office_template.root, target)
    installation = open_installation(DataFolder(target))
    yield installation
    installation.close()


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


@pytest.fixture
def project(qtbot, office: Installation):
    from ui.context import UiContext
    from ui.programme.programme_section import ProgrammeSection

    return _show(qtbot, ProgrammeSection(UiContext(office)))


@pytest.fixture
def plan(qtbot, office: Installation):
    from ui.context import UiContext
    from ui.programme.roadmap_section import RoadmapSection

    widget = RoadmapSection(UiContext(office))
    widget.today = TODAY
    _show(qtbot, widget)
    set_combo(widget.year, FIRST)
    return widget


def _column(model, row: int, column: int) -> str:
    return model.index(row, column).data()


def _row_of(model, title: str) -> int:
    from ui.programme.roadmap_model import TITLE

    return next(r for r in range(model.rowCount()) if _column(model, r, TITLE) == title)


def test_the_project_card_speaks_of_a_project(project):
    assert project.municipal
    tabs = [project.tabs.tabText(i) for i in range(project.tabs.count())]
    assert tabs == ["Карточка проекта", "Разделы плана и планируемые результаты"]
    texts = [b.text() for b in project.buttons.values()]
    assert texts == ["Новый проект", "Сделать текущим", "Удалить проект"]
    assert project.chosen.currentText().startswith("текущий: 2020–2027 — Повышение качества")
    assert (project.order_number.text(), project.order_date.text()) == ("214-р", "29.10.2020")
    labels = {label.text() for label in project.card.findChildren(QLabel)}
    assert "Распоряжение об утверждении:" in labels
    assert "Приказ об утверждении:" not in labels


def test_the_project_shows_its_plan_sections_and_seven_results(project):
    page = project.tasks_page
    tasks = page.tasks_model
    assert tasks.headers() == ["№", "Раздел плана"]  # no municipal resources beside them
    assert [tasks.row(r).text for r in range(tasks.rowCount())] == SECTIONS
    assert [b.text() for b in page.task_buttons.values()] == [
        "Добавить раздел",
        "Изменить раздел",
        "Удалить раздел",
    ]
    results = page.results_model
    assert results.headers()[:3] == ["Раздел", "Планируемый результат", "2020-2021"]
    assert results.rowCount() == 7
    # by section: 1, 3, 3, 4, 5, 6, 6 — seed 002's third result is filed under section 1
    numbers = [_column(results, r, 0) for r in range(7)]
    assert numbers == ["1", "3", "3", "4", "5", "6", "6"]
    first = _column(results, 0, 1)
    assert first.startswith("Создана муниципальная программа поддержки")
    # the degree in the municipality's own words, as seed 002's table has it
    assert _column(results, 0, 2) == "Разработана, частично реализуется"
    assert _column(results, 3, 2) == "Сформированы элементы, которые функционируют"
    assert _column(results, 1, 2) == "Частично достигнуто *"  # with the seed's note
    assert _column(results, 0, 8) == ""  # 2026-2027: not assessed yet


def test_the_plan_shows_sections_recommendations_and_hides_school_columns(plan):
    from ui.programme.roadmap_model import (
        ACTUAL,
        REASON,
        RECOMMENDATION,
        RESOURCES,
        RESPONSIBLE,
        TASK,
    )

    model = plan.model
    assert plan.municipal
    assert model.rowCount() == 15  # seed 002's plan of 2020-2021
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in (TASK, ACTUAL, REASON)]
    assert headers == ["Раздел", "Исполнение", "Причины невыполнения"]
    assert model.headerData(RECOMMENDATION, Qt.Orientation.Horizontal) == "Рекомендации"
    assert not plan.table.isColumnHidden(RECOMMENDATION)
    assert plan.table.isColumnHidden(RESOURCES) and plan.table.isColumnHidden(RESPONSIBLE)
    row = _row_of(model, MONITORING)
    assert _column(model, row, RECOMMENDATION) == "Подготовить анализ результатов мониторинга."
    assert plan.task_filter.itemText(0) == "Все разделы"
    assert plan.task_filter.count() == 7
    plan.search.setText("анализ РЕЗУЛЬТАТОВ мониторинга")  # the recommendation is searched
    assert model.rowCount() == 1


def test_the_plan_by_sections_groups_the_actions(plan):
    from ui.programme.roadmap_model import GROUP

    set_combo(plan.view_mode, "task")
    assert plan.view_mode.currentText() == "По разделам"
    groups = [_column(plan.model, r, GROUP) for r in range(plan.model.rowCount())]
    labels = [g for g in groups if g]
    assert labels == [f"{n}. {text}" for n, text in enumerate(SECTIONS, start=1)]


def test_a_recommendation_edited_in_the_dialog_is_stored_and_shown(plan, office):
    from ui.programme.roadmap_model import RECOMMENDATION

    model = plan.model
    title = "Работа в подсистеме «Электронная школа»"
    row = next(r for r in model.all_rows() if r.title.startswith(title))
    assert row.recommendation == ""
    dialog = plan.open_dialog(row)
    form_labels = {
        label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)
    }
    assert {"Раздел плана:", "Рекомендации:"} <= form_labels
    assert "Ресурсы:" not in form_labels
    advice = "Обобщить опыт школ на районном семинаре"
    dialog.recommendation.setPlainText(f"  {advice}  ")
    dialog.accept()
    stored = get_activity(office.scope, row.id, TODAY)
    assert stored.recommendation == advice
    assert stored.resource_kind == row.resource_kind  # kept though not shown
    assert _column(model, _row_of(model, row.title), RECOMMENDATION) == advice


def test_the_dialog_lists_the_action_s_reason_once(plan):
    """The reason is found among the catalogue's by equality (not added again as hidden)."""
    row = next(r for r in plan.model.all_rows() if r.reason_id)
    dialog = plan.open_dialog(row)
    listed = [dialog.reason.itemData(i) for i in range(dialog.reason.count())]
    assert listed.count(row.reason_id) == 1
    assert dialog.reason.currentData() == row.reason_id


def test_a_recommendation_cell_edits_in_place(plan, office):
    from ui.programme.roadmap_model import RECOMMENDATION

    model = plan.model
    position = _row_of(model, MONITORING)
    index = model.index(position, RECOMMENDATION)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "Представить анализ на совещании руководителей")
    (stored,) = [r for r in list_activities(office.scope, FIRST, TODAY) if r.title == MONITORING]
    assert stored.recommendation == "Представить анализ на совещании руководителей"


def test_an_imported_school_seen_at_the_municipality_stays_a_school(office):
    """The drill-down into a school (its read-only context) keeps the school's wording."""
    import uuid

    from app.scope import SchoolScope
    from ui.context import UiContext
    from ui.municipality.school_window import ReadOnlyContext
    from ui.programme.widgets import is_municipal

    assert is_municipal(UiContext(office))
    school = ReadOnlyContext(office, SchoolScope(office.db, uuid.uuid4()))
    assert not is_municipal(school)


# ---- school mode ------------------------------------------------------------------------------
@pytest.fixture
def school_plan(qtbot, filled):
    from ui.context import UiContext
    from ui.programme.roadmap_section import RoadmapSection

    widget = RoadmapSection(UiContext(filled))
    widget.today = TODAY
    return _show(qtbot, widget)


def test_a_school_neither_shows_nor_loses_a_recommendation(school_plan, filled):
    from ui.programme.roadmap_model import RECOMMENDATION, RESOURCES, TASK

    assert not school_plan.municipal
    assert school_plan.table.isColumnHidden(RECOMMENDATION)
    assert not school_plan.table.isColumnHidden(RESOURCES)
    header = school_plan.model.headerData(TASK, Qt.Orientation.Horizontal)
    assert header == "Задача"
    row = school_plan.model.row(0)
    row.recommendation = "Заметка, пришедшая с данными"
    save_activity(filled.scope, row, TODAY)
    school_plan.refresh()
    again = next(r for r in school_plan.model.all_rows() if r.id == row.id)
    dialog = school_plan.open_dialog(again)
    fields = dialog.findChildren(QFormLayout)
    labels = [
        f.itemAt(i, QFormLayout.ItemRole.LabelRole).widget().text()
        for f in fields
        for i in range(f.rowCount())
        if f.itemAt(i, QFormLayout.ItemRole.LabelRole) is not None
    ]
    assert "Задача:" in labels and "Ресурсы:" in labels
    assert "Рекомендации:" not in labels
    dialog.title.setPlainText(again.title + " (уточнено)")
    dialog.accept()
    stored = get_activity(filled.scope, row.id, TODAY)
    assert stored.title == again.title + " (уточнено)"
    assert stored.recommendation == "Заметка, пришедшая с данными"
