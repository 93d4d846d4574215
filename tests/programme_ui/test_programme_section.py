"""«Программа перехода»: card validation, tasks, degree of achievement per year; Excel buttons."""

from __future__ import annotations

from datetime import date

import pytest

from app.academic_year import AcademicYear
from app.programme.programmes import current_programme
from app.programme.results import ResultRow, list_results, save_result
from app.programme.rows import Achievement
from app.programme.tasks import list_tasks
from ui.widgets.forms import set_combo

YEAR = AcademicYear(2026)


@pytest.fixture
def section(qtbot, filled):
    from ui.context import UiContext
    from ui.programme.programme_section import ProgrammeSection

    programme = current_programme(filled.scope)
    task = list_tasks(filled.scope, programme.id)[0]
    save_result(filled.scope, ResultRow(None, task.id, "Доля неуспевающих снизилась до 5 %"))
    widget = ProgrammeSection(UiContext(filled))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.refresh()
    return widget


def test_card_saves_and_refuses_an_empty_title(section, filled):
    section.title.setText("  ")
    section.save()
    assert section.card_errors.text() == "Укажите название программы."
    section.title.setText("Программа «Шаг вперёд»")
    section.order_number.setText("54-од")
    section.order_date.setText("28.08.2026")
    section.goal.setPlainText("Повышение качества образования")
    section.save()
    saved = current_programme(filled.scope)
    assert (saved.title, saved.order_number, saved.order_date) == (
        "Программа «Шаг вперёд»",
        "54-од",
        date(2026, 8, 28),
    )
    assert saved.goal == "Повышение качества образования"


def test_bad_order_date_is_refused_in_russian(section):
    section.order_date.setText("28/08/2026")
    section.save()
    assert section.card_errors.text() == "Дата должна быть в виде ДД.ММ.ГГГГ."
    section.order_date.setText("31.02.2026")
    section.save()
    assert section.card_errors.text() == "Такой даты нет: 31.02.2026. Проверьте число и месяц."


def test_degree_of_achievement_cell_saves_per_year(section, filled):
    model = section.tasks_page.results_model
    assert model.headers()[2:] == ["2026-2027"]
    assert model.index(0, 1).data() == "Доля неуспевающих снизилась до 5 %"
    assert model.setData(model.index(0, 2), "partial")
    assert model.index(0, 2).data() == "частично достигнуто"
    programme = current_programme(filled.scope)
    stored = list_results(filled.scope, programme.id)[0].achievements[YEAR]
    assert stored.level == Achievement.PARTIAL
    assert model.setData(model.index(0, 2), "")
    assert list_results(filled.scope, programme.id)[0].achievements == {}


def test_achievement_dialog_keeps_a_comment(section, filled):
    page = section.tasks_page
    page.results_view.setCurrentIndex(page.results_model.index(0, 2))
    dialog = page.edit_level()
    dialog.level.setCurrentIndex(dialog.level.findData("achieved"))
    dialog.evidence.setText("справка по итогам ВПР")
    dialog.comment.setPlainText("по итогам года")
    dialog.accept()
    programme = current_programme(filled.scope)
    found = list_results(filled.scope, programme.id)[0].achievements[YEAR]
    assert (found.level, found.evidence, found.comment) == (
        Achievement.ACHIEVED,
        "справка по итогам ВПР",
        "по итогам года",
    )


def test_task_number_clash_is_shown_in_the_dialog(section, filled):
    dialog = section.tasks_page.add_task()
    assert dialog.number.value() == 2
    dialog.number.setValue(1)
    dialog.text.setPlainText("Развитие партнёрства")
    dialog.accept()
    assert dialog.errors.text() == "Задача № 1 в этой программе уже есть."
    dialog.number.setValue(2)
    dialog.accept()
    programme = current_programme(filled.scope)
    assert [t.label for t in list_tasks(filled.scope, programme.id)] == [
        "1. Поддержка учащихся",
        "2. Развитие партнёрства",
    ]
    assert section.tasks_page.tasks_model.rowCount() == 2


def test_roadmap_excel_export_then_import_round_trips(qtbot, filled, tmp_path, boxes):
    from ui.context import UiContext
    from ui.programme import roadmap_actions
    from ui.programme.roadmap_section import RoadmapSection

    page = RoadmapSection(UiContext(filled))
    qtbot.addWidget(page)
    page.refresh()
    set_combo(page.year, YEAR)
    path = tmp_path / "roadmap.xlsx"
    roadmap_actions.export_file(page, path)
    qtbot.waitUntil(lambda: path.exists() and bool(boxes), timeout=10000)
    boxes.clear()
    roadmap_actions.import_file(page, path)
    qtbot.waitUntil(lambda: bool(boxes), timeout=10000)
    assert boxes == ["Добавлено: 0, обновлено: 0."]


def test_damaged_roadmap_workbook_lists_errors_and_changes_nothing(qtbot, filled, tmp_path):
    from openpyxl import load_workbook

    from app.programme import texts
    from app.programme.roadmap import list_activities
    from app.tables import table_io
    from ui.context import UiContext
    from ui.programme import roadmap_actions
    from ui.programme.roadmap_section import RoadmapSection

    path = tmp_path / "roadmap.xlsx"
    table_io("roadmap").export(filled.scope, path, YEAR)
    book = load_workbook(path)
    sheet = book[texts.ROADMAP_SHEET]
    headers = [c.value for c in sheet[1]]
    column = headers.index(texts.COL_TITLE) + 1
    sheet.cell(row=3, column=column, value="")
    book.save(path)
    before = list_activities(filled.scope, YEAR)

    page = RoadmapSection(UiContext(filled))
    qtbot.addWidget(page)
    page.import_errors = None
    roadmap_actions.import_file(page, path)
    qtbot.waitUntil(lambda: page.import_errors is not None, timeout=10000)
    lines = page.import_errors.lines()
    letter = chr(ord("A") + column - 1)
    assert lines == [
        f"Лист «{texts.ROADMAP_SHEET}», строка 3, столбец {letter}: {texts.TITLE_REQUIRED}"
    ]
    assert list_activities(filled.scope, YEAR) == before


def test_reasons_catalogue_adds_hides_and_refuses_deleting_a_used_reason(
    qtbot, filled, monkeypatch
):
    from app.programme.reasons import list_reasons
    from app.programme.roadmap import list_activities, save_activity
    from ui.context import UiContext
    from ui.programme import reasons_dialog
    from ui.programme.reasons_dialog import ReasonsDialog

    seeded = [r.title for r in list_reasons(filled.scope)]
    assert seeded == [
        "Кадровый дефицит",
        "Финансирование",
        "Ограничительные меры",
        "Перенос сроков",
        "Изменение приоритетов",
        "Иное",
    ]
    dialog = ReasonsDialog(UiContext(filled))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_title", lambda current="": "погодные условия")
    dialog.add()
    own = list_reasons(filled.scope)[-1]
    assert (own.title, own.shipped) == ("погодные условия", False)
    row = list_activities(filled.scope, YEAR)[0]
    row.reason_id = own.id
    save_activity(filled.scope, row)
    dialog.reload()
    assert [dialog.model.index(i, 2).data() for i in (1, 6)] == ["встроенная", "своя"]

    asked = []
    monkeypatch.setattr(reasons_dialog, "confirm", lambda *args: asked.append(args[2]) or True)
    dialog.view.setCurrentIndex(dialog.model.index(6, 0))  # own reason, in use
    dialog.delete()
    assert dialog.errors.text() == (
        "Причина «погодные условия» указана у мероприятий (1); её можно только скрыть."
    )
    dialog.toggle()
    assert "погодные условия" not in [r.title for r in list_reasons(filled.scope)]
    assert dialog.model.index(6, 1).data() == "скрыта"
    assert len(asked) == 1


def test_reasons_dialog_refuses_changing_a_built_in_reason(qtbot, filled, monkeypatch):
    from app.programme.reasons import list_reasons
    from ui.context import UiContext
    from ui.programme import reasons_dialog
    from ui.programme.reasons_dialog import ReasonsDialog

    refusal = "Пункт справочника, поставляемый с программой, изменить нельзя. Добавьте свой пункт."
    before = list_reasons(filled.scope, include_inactive=True)
    dialog = ReasonsDialog(UiContext(filled))
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr(dialog, "ask_title", lambda current="": asked.append(current) or "Деньги")
    monkeypatch.setattr(reasons_dialog, "confirm", lambda *args: asked.append(args[2]) or True)
    dialog.view.setCurrentIndex(dialog.model.index(1, 0))  # «Финансирование», built in
    for action in (dialog.rename, dialog.toggle, dialog.delete):
        dialog.errors.clear()
        action()
        assert dialog.errors.text() == refusal
    assert asked == []  # refused before asking anything
    assert list_reasons(filled.scope, include_inactive=True) == before


def test_keyboard_insert_opens_a_task_dialog_and_delete_asks(qtbot, section, monkeypatch):
    from PySide6.QtCore import Qt

    from ui.programme import programme_tasks
    from ui.programme.programme_dialogs import TaskDialog

    page = section.tasks_page
    section.tabs.setCurrentIndex(1)
    qtbot.keyClick(page.tasks_view, Qt.Key.Key_Insert)
    opened = [d for d in page.findChildren(TaskDialog) if d.isVisible()]
    assert [d.number.value() for d in opened] == [2]
    asked = []
    monkeypatch.setattr(programme_tasks, "confirm", lambda *args: asked.append(args[2]) or False)
    page.tasks_view.setCurrentIndex(page.tasks_model.index(0, 1))
    qtbot.keyClick(page.tasks_view, Qt.Key.Key_Delete)
    assert asked and asked[0].startswith("Удалить задачу 1")
