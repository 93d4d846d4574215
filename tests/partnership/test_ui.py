"""pytest-qt: adding an event through the dialog, filters, and the dashboard numbers."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from app.academic_year import AcademicYear
from app.changes import Changes
from app.partnership.events import list_events
from app.partnership.partners import PartnerInput, save_partner
from tests.partnership.fixture import build


@pytest.fixture
def section(qtbot, school):
    from ui.context import UiContext
    from ui.partnership.section import PartnershipSection

    widget = PartnershipSection(UiContext(school))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    return widget


def _choose_year(section, year: AcademicYear) -> None:
    section.year.setCurrentIndex(section.year.findText(str(year)))


def test_add_event_through_dialog(qtbot, school, section):
    pid = save_partner(school.scope, PartnerInput("Гимназия № 2")).value
    section.refresh()
    dialog = section.actions.edit_event(None)
    qtbot.addWidget(dialog)
    dialog.save()  # no topic yet
    assert dialog.error.isVisibleTo(dialog) and "тему" in dialog.error.text()
    assert list_events(school.scope) == []
    dialog.topic.setText("Семинар по ФГОС")
    dialog.day.setDate(QDate(2024, 3, 1))
    dialog.held.setChecked(True)
    dialog.counts["our_teachers"].setValue(5)
    dialog.directions.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    (event,) = list_events(school.scope)
    assert (event.partner_id, event.topic, event.day) == (pid, "Семинар по ФГОС", date(2024, 3, 1))
    assert event.held and event.counts["our_teachers"] == 5 and len(event.direction_ids) == 1
    _choose_year(section, AcademicYear(2023))
    assert section.events.model.rowCount() == 1
    again = section.actions.edit_event(section.events.model.row(0))
    qtbot.addWidget(again)
    assert again.partner.currentData() == pid and again.topic.text() == "Семинар по ФГОС"
    assert again.directions.item(0).checkState() == Qt.CheckState.Checked


def test_events_filter_and_sort(school, section):
    build(school.scope)
    section.refresh()
    _choose_year(section, AcademicYear(2023))
    page = section.events
    assert page.model.rowCount() == 7
    page.plan.setCurrentIndex(page.plan.findData("unplanned"))
    assert page.model.rowCount() == 2
    page.plan.setCurrentIndex(page.plan.findData("all"))
    page.filter.setText("ТЕМА 2024")
    assert page.model.rowCount() == 3
    page.filter.clear()
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.model.row(0).day == date(2024, 4, 10)
    section.partner.setCurrentIndex(section.partner.findText("Школа Б"))
    assert page.model.rowCount() == 1


def test_dashboard_numbers(school, section):
    build(school.scope)
    section.refresh()
    _choose_year(section, AcademicYear(2023))
    tiles = section.dashboard.tiles
    assert tiles["planned"].value.text() == "60 %"
    assert tiles["planned"].detail.text().startswith("3") and "5" in tiles["planned"].detail.text()
    assert tiles["unplanned"].value.text() == "2"
    assert tiles["we"].value.text() == "40 %"
    assert tiles["joint"].value.text() == "20 %"
    assert tiles["measures"].value.text() == "50 %"
    assert tiles["directions"].value.text() == "2 / 3"
    assert [row[1] for row in section.dashboard.stages.rows] == [2, 3, 0]
    assert [(y, we, joint, partner) for y, we, joint, partner in section.dashboard.trend.years] == [
        ("2022-2023", 1, 0, 1),
        ("2023-2024", 2, 1, 2),
    ]


def test_import_events_from_the_events_page(qtbot, school, section, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QMessageBox

    from app.tables import table_io

    build(school.scope)
    section.refresh()
    path = table_io("events").export(school.scope, tmp_path / "e.xlsx", None)
    book = load_workbook(path)
    book.active["E2"] = "Изменённая тема"
    book.save(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    section.actions.import_events(str(path))
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "обновлено 1" in shown[0] and "без изменений 8" in shown[0]
    _choose_year(section, AcademicYear(2022))
    assert section.events.model.row(0).topic == "Изменённая тема"


def test_delete_key_asks_then_deletes(qtbot, school, section, monkeypatch):
    import ui.partnership.actions as actions

    build(school.scope)
    section.refresh()
    _choose_year(section, AcademicYear(2022))
    section.show()
    section.tabs.setCurrentWidget(section.events)
    view = section.events.view
    view.setFocus()
    view.selectRow(0)
    asked = []
    monkeypatch.setattr(actions, "confirm", lambda *args: asked.append(args[2]) or False)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(asked) == 1 and len(list_events(school.scope)) == 9  # refused: nothing deleted
    monkeypatch.setattr(actions, "confirm", lambda *args: True)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(list_events(school.scope)) == 8
    assert section.events.model.rowCount() == 1


def test_event_dialog_chooses_a_roadmap_activity_of_its_year(qtbot, school, section):
    from app.programme.links import activity_events
    from app.programme.roadmap import save_activity
    from app.programme.rows import ActivityRow

    save_partner(school.scope, PartnerInput("Гимназия № 2"))
    ours = save_activity(
        school.scope, ActivityRow(None, AcademicYear(2023), "Семинар для учителей")
    )
    save_activity(school.scope, ActivityRow(None, AcademicYear(2025), "Другой год"))
    section.refresh()
    dialog = section.actions.edit_event(None)
    qtbot.addWidget(dialog)
    dialog.topic.setText("Семинар по ФГОС")
    dialog.day.setDate(QDate(2024, 3, 1))  # 2023/24: only «Семинар для учителей»
    labels = [dialog.activity.itemText(i) for i in range(dialog.activity.count())]
    assert labels[1:] == ["Семинар для учителей (2023-2024)"]
    dialog.activity.setCurrentIndex(1)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    (event,) = list_events(school.scope)
    assert [e[0] for e in activity_events(school.scope, ours.value.id)] == [event.id]
    again = section.actions.edit_event(event)
    qtbot.addWidget(again)
    assert again.activity.currentData() == ours.value.id
    again.activity.setCurrentIndex(0)  # back to «none»
    again.save()
    assert activity_events(school.scope, ours.value.id) == []
    third = section.actions.edit_event(event)
    qtbot.addWidget(third)
    assert third.activity.currentData() is None
    third.activity.setCurrentIndex(1)
    third.save()
    _choose_year(section, AcademicYear(2023))
    model = section.events.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = len(header) - 1
    assert header[column] in ("Roadmap activity", "Мероприятие дорожной карты")
    assert model.index(0, column).data() == "Семинар для учителей"


def test_directions_dialog_refuses_shipped_and_edits_own(qtbot, school, monkeypatch):
    import ui.partnership.directions_dialog as module
    from app.partnership.agreements import list_directions
    from ui.context import UiContext
    from ui.partnership.directions_dialog import DirectionsDialog

    dialog = DirectionsDialog(UiContext(school))
    qtbot.addWidget(dialog)
    shipped = dialog.list.item(0)
    assert not shipped.flags() & Qt.ItemFlag.ItemIsEditable
    dialog.list.setCurrentItem(shipped)
    asked = []
    monkeypatch.setattr(module, "confirm", lambda *args: asked.append(args) or True)
    dialog._delete()
    assert asked == []  # refused before asking
    assert dialog.error.isVisibleTo(dialog) and "поставляется с программой" in dialog.error.text()
    count = len(list_directions(school.scope))
    dialog._add()
    own = dialog.list.item(dialog.list.count() - 1)
    assert own.flags() & Qt.ItemFlag.ItemIsEditable and not dialog.error.isVisibleTo(dialog)
    own.setText("Наше направление")  # the in-place rename
    assert list_directions(school.scope)[-1].title == "Наше направление"
    dialog.list.setCurrentItem(dialog.list.item(dialog.list.count() - 1))
    dialog._delete()
    assert len(asked) == 1 and len(list_directions(school.scope)) == count


def test_roadmap_edit_renews_only_the_activity_titles(qtbot, school, monkeypatch):
    """A renamed activity shows in the events table; events and criteria are not re-read."""
    from app.partnership import events as ev
    from app.partnership.events import EventInput, save_event_serving
    from app.programme.roadmap import save_activity
    from app.programme.rows import ActivityRow
    from ui.context import UiContext
    from ui.partnership.section import PartnershipSection

    pid = save_partner(school.scope, PartnerInput("Гимназия № 2")).value
    activity = save_activity(school.scope, ActivityRow(None, AcademicYear(2023), "Семинар")).value
    info = EventInput(partner_id=pid, kind="seminar", day=date(2024, 3, 1), topic="ФГОС")
    save_event_serving(school.scope, info, None, activity.id)
    ctx = UiContext(school)
    section = PartnershipSection(ctx)
    qtbot.addWidget(section)
    section.refresh()
    _choose_year(section, AcademicYear(2023))
    model = section.events.model
    column = model.columnCount() - 1
    assert model.index(0, column).data() == "Семинар"

    reads = []
    monkeypatch.setattr(ev, "list_events", lambda *a, **k: reads.append(1) or [])
    renamed = ActivityRow(activity.id, AcademicYear(2023), "Семинар для учителей")
    ctx.perform(lambda scope: save_activity(scope, renamed))
    assert reads == []
    assert model.rowCount() == 1
    assert model.index(0, column).data() == "Семинар для учителей"

    ctx.bus.changed.emit(Changes(partnership=True), None)
    assert reads == [1]  # a partnership change reads everything again
