"""The roadmap section on the demo school: edit in place, delete + Ctrl+Z, paste, reminders."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.academic_year import AcademicYear
from app.programme.roadmap import list_activities
from app.programme.rows import ActivityRow, Status
from ui.programme import widgets
from ui.programme.roadmap_model import STATUS, TITLE
from ui.widgets.forms import set_combo

TODAY = date(2026, 11, 23)  # the demo fixture's «today»
YEAR = AcademicYear(2026)
OVERDUE_TITLE = "Диагностика учебных затруднений"


@pytest.fixture
def section(qtbot, filled):
    from ui.context import UiContext
    from ui.programme.roadmap_section import RoadmapSection

    widget = RoadmapSection(UiContext(filled))
    widget.today = TODAY
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    set_combo(widget.year, YEAR)
    return widget


def titles(section) -> list[str]:
    model = section.model
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


def stored(school) -> dict[str, ActivityRow]:
    return {r.title: r for r in list_activities(school.scope, YEAR, TODAY)}


def test_filter_with_yo_and_overdue_status(section):
    before = section.model.rowCount()
    assert before == 4
    section.search.setText("елка")
    assert titles(section) == ["Ёлка для родителей"]
    section.search.setText("ФЕДОРОВА")
    assert titles(section) == ["Ёлка для родителей"]
    section.search.setText("ДИАГНОСТИКА учебных")
    assert titles(section) == [OVERDUE_TITLE]
    section.search.setText("")
    assert section.model.rowCount() == before
    section.status.setCurrentIndex(section.status.findData("overdue"))
    assert titles(section) == [OVERDUE_TITLE]
    assert section.model.index(0, STATUS).data() == "просрочено"


def test_editing_a_cell_saves_through_the_domain(section, filled, boxes):
    section.search.setText("диагностика учебных")
    assert section.model.setData(section.model.index(0, STATUS), "done")
    assert stored(filled)[OVERDUE_TITLE].status == Status.DONE
    assert section.model.index(0, STATUS).data() == "выполнено"
    # An empty title is refused in Russian and nothing is written.
    assert not section.model.setData(section.model.index(0, TITLE), "   ")
    assert boxes == ["Укажите название мероприятия."]
    assert OVERDUE_TITLE in stored(filled)


def test_delete_asks_then_deletes_and_ctrl_z_restores(qtbot, section, filled, monkeypatch):
    asked = []
    monkeypatch.setattr(widgets, "confirm", lambda *args: asked.append(args[2]) or False)
    section.search.setText("диагностика учебных")
    section.table.selectRow(0)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and OVERDUE_TITLE in asked[0]
    assert OVERDUE_TITLE in stored(filled)  # answered «No»

    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    section.buttons["delete"].click()
    assert OVERDUE_TITLE not in stored(filled)
    assert titles(section) == []

    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = stored(filled)
    assert OVERDUE_TITLE in back
    assert back[OVERDUE_TITLE].end == date(2026, 9, 30)
    assert back[OVERDUE_TITLE].responsible == "Кузьмина О. В."
    assert titles(section) == [OVERDUE_TITLE]


def test_paste_with_a_bad_row_lists_errors_and_saves_nothing(section, filled):
    from ui.programme import roadmap_actions

    count = len(stored(filled))
    text = (
        "1\tКонсультации для родителей\tдекабрь\tИванова И. И.\t10 консультаций\t\t\t\n"
        "9\t\tфевралль\tПетров П. П.\t\tзапланировано\t\t\n"
    )
    result = roadmap_actions.paste(section, text)
    lines = section.paste_errors.lines()
    assert result.rows == []
    assert lines == result.errors
    assert any(line.startswith("Строка 2, столбец «№ задачи»") for line in lines)
    assert any(line.startswith("Строка 2, столбец «Мероприятие»") for line in lines)
    assert any(line.startswith("Строка 2, столбец «Срок»") for line in lines)
    assert not any(line.startswith("Строка 1") for line in lines)
    assert len(stored(filled)) == count


def test_paste_of_good_rows_adds_them(section, filled, boxes):
    from ui.programme import roadmap_actions

    text = "1\tКонсультации для родителей\tдекабрь\tИванова И. И.\t10 консультаций\t\t\t\n"
    roadmap_actions.paste(section, text)
    row = stored(filled)["Консультации для родителей"]
    assert (row.start, row.end, row.task_number) == (date(2026, 12, 1), date(2026, 12, 31), 1)
    assert boxes == ["Добавлено мероприятий: 1"]
    assert "Консультации для родителей" in titles(section)


def test_add_through_the_dialog_validates_then_saves(section, filled):
    dialog = section.open_dialog(None)
    dialog.accept()  # no title
    assert dialog.errors.text() == "Укажите название мероприятия."
    assert dialog.isVisible()
    dialog.title.setPlainText("Школьная научно-практическая конференция")
    dialog.period.kind.setCurrentIndex(2)  # quarter
    dialog.period.quarter.setCurrentIndex(3)  # IV
    dialog.responsible.setText("Павлов Д. С.")
    dialog.value.setText("12,5")
    dialog.unit.setText("%")
    dialog.accept()
    assert not dialog.isVisible()
    row = stored(filled)["Школьная научно-практическая конференция"]
    assert (row.start, row.end, row.period_text) == (
        date(2027, 4, 1),
        date(2027, 5, 31),
        "IV четверть",
    )
    assert row.forecast_value == 12.5


def test_import_errors_are_listed_with_sheet_row_and_column(section):
    from app.excel import CellError, ExcelImportError
    from ui.programme import roadmap_actions

    err = ExcelImportError(
        [CellError("Дорожная карта", "C7", "Дата должна быть в виде ДД.ММ.ГГГГ.")]
    )
    roadmap_actions.import_failed(section, err)
    assert section.import_errors.lines() == [
        "Лист «Дорожная карта», строка 7, столбец C: Дата должна быть в виде ДД.ММ.ГГГГ."
    ]


def test_reminders_panel_lists_overdue_and_upcoming(qtbot, filled):
    from ui.context import UiContext
    from ui.programme.reminders import RemindersPanel

    panel = RemindersPanel(UiContext(filled), today=TODAY)
    qtbot.addWidget(panel)
    assert [r.title for r in panel.rows(overdue=True)] == [OVERDUE_TITLE]
    assert panel.overdue_label.text() == "Просрочено: 1"
    assert panel.overdue.item(0).text().startswith(OVERDUE_TITLE)
    assert [r.title for r in panel.rows(overdue=False)] == ["Курсы повышения квалификации"]
    assert panel.upcoming_label.text() == "Срок истекает в ближайшие 30 дней: 1"


def test_hidden_reminders_catch_up_when_shown(qtbot, filled, monkeypatch):
    """Главная behind the roadmap: an edit there does not re-read the reminders until shown."""
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from app.programme.roadmap import save_activity
    from ui.context import UiContext
    from ui.programme import reminders as panel_module

    ctx = UiContext(filled)
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    panel = panel_module.RemindersPanel(ctx, today=TODAY)
    roadmap = QWidget()
    stack.addWidget(panel)
    stack.addWidget(roadmap)
    stack.show()
    asked = []
    real = panel_module.reminders
    monkeypatch.setattr(panel_module, "reminders", lambda *a: asked.append(1) or real(*a))
    ctx.perform(lambda scope: save_activity(scope, replace_title(filled), TODAY))
    assert asked == [1]  # shown: at once
    stack.setCurrentWidget(roadmap)
    ctx.perform(lambda scope: save_activity(scope, replace_title(filled, "снова"), TODAY))
    assert asked == [1]
    stack.setCurrentWidget(panel)
    assert asked == [1, 1]
    assert [r.title for r in panel.rows(overdue=True)] == ["Диагностика: снова"]


def replace_title(school, title: str = "правка") -> ActivityRow:
    from dataclasses import replace

    row = next(r for r in stored(school).values() if r.overdue)
    return replace(row, title=f"Диагностика: {title}")


def test_double_click_on_a_read_only_cell_opens_the_dialog(section):
    from ui.programme.activity_dialog import ActivityDialog
    from ui.programme.roadmap_model import RESOURCES

    section.search.setText("елка")
    section.table.doubleClicked.emit(section.model.index(0, RESOURCES))
    opened = [d for d in section.findChildren(ActivityDialog) if d.isVisible()]
    assert [d.title.toPlainText() for d in opened] == ["Ёлка для родителей"]


def test_period_task_and_reason_cells_edit_through_the_domain_rule(section, filled, boxes):
    from app.programme.reasons import list_reasons
    from ui.programme.roadmap_model import PERIOD, REASON, TASK

    section.search.setText("елка")
    model = section.model
    assert model.setData(model.index(0, PERIOD), "январь")
    row = stored(filled)["Ёлка для родителей"]
    assert (row.start, row.end, row.period_text) == (date(2027, 1, 1), date(2027, 1, 31), "январь")
    assert not model.setData(model.index(0, PERIOD), "в феврале как-нибудь")
    assert boxes and boxes[0].startswith("Срок «в феврале как-нибудь» не распознан")
    assert stored(filled)["Ёлка для родителей"].period_text == "январь"
    assert model.setData(model.index(0, TASK), "")
    assert stored(filled)["Ёлка для родителей"].task_number is None
    reason = list_reasons(filled.scope)[3]
    assert model.setData(model.index(0, REASON), str(reason.id))
    assert stored(filled)["Ёлка для родителей"].reason_title == reason.title
    assert model.index(0, REASON).data() == reason.title


def test_the_section_shows_and_deletes_only_its_own_schools_rows(qtbot, filled, monkeypatch):
    """A second school in the same database: its programme and activities stay out of
    school A's roadmap, and deleting all of A's rows leaves B's untouched."""
    import uuid

    from app.programme.programmes import ProgrammeRow, save_programme
    from app.programme.roadmap import save_activities
    from app.programme.tasks import TaskRow, save_task
    from app.scope import SchoolScope
    from db.models import SchoolProfile
    from ui.context import UiContext
    from ui.programme.roadmap_section import RoadmapSection

    other = uuid.uuid4()
    with filled.scope.db.unit_of_work() as session:
        session.add(SchoolProfile(id=other, is_own=False, full_name="Школа Б", short_name="Б"))
    b = SchoolScope(filled.scope.db, other)
    programme = save_programme(b, ProgrammeRow(None, "Программа Б", YEAR, YEAR)).value
    task = save_task(b, TaskRow(None, programme.id, 7, "Задача школы Б")).value
    save_activities(b, [ActivityRow(None, YEAR, "Чужое мероприятие", task_id=task.id)])

    page = RoadmapSection(UiContext(filled))
    page.today = TODAY
    qtbot.addWidget(page)
    page.refresh()
    set_combo(page.year, YEAR)
    assert page.model.total() == 4 and "Чужое мероприятие" not in titles(page)
    assert [t.number for t in page.tasks] == [1]
    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    page.table.selectAll()
    page.buttons["delete"].click()
    assert list_activities(filled.scope) == []
    assert [r.title for r in list_activities(b)] == ["Чужое мероприятие"]
