"""«Ресурсы» over the hand-built district plus the demo school imported through its real
package: the catalogue (added, refused while wrong, edited, deleted after a question), the
schools' tasks with their resources, the sufficiency view and its count, the category
filter, assigning and unassigning through the dialog; and the school's programme screen
showing a resource beside its task once a real return package has brought it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.changes import Changes
from app.municipality import resources as res
from app.sync.outgoing import write_school_package
from app.sync.receive import Outcome, receive
from app.sync.returns_in import receive_at_school
from app.sync.returns_out import write_return_packages
from tests.conftest import DEMO_TODAY
from ui.context import UiContext
from ui.municipality import resources_section
from ui.municipality.resources_forms import ResourceForm, TaskResourcesDialog
from ui.widgets.forms import set_combo

MONITORING = "Муниципальная программа мониторинга качества образования"
SEMINAR = "Муниципальный семинар «Индивидуальный образовательный маршрут: теория и практика»"


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def heard(demo, municipality, stick):
    """The demo school's package imported into the district (three schools before)."""
    sent = write_school_package(demo, stick, today=DEMO_TODAY)
    assert receive(municipality, [sent.path])[0].outcome is Outcome.ACCEPTED
    return demo.scope.school_id


@pytest.fixture
def section(municipality, heard, qtbot):
    page = resources_section.ResourcesSection(UiContext(municipality))
    qtbot.addWidget(page)
    return page


def cells(model, column: str) -> list[str]:
    index = model.headers().index(column)
    return [model.index(row, index).data() for row in range(model.rowCount())]


def answer_with(monkeypatch, dialog_class, fill) -> list:
    """``dialog.exec()`` fills the dialog as a person would and presses Save."""
    opened = []

    def exec_(dialog) -> int:
        opened.append(dialog)
        fill(dialog)
        return QDialog.DialogCode.Accepted if dialog.save() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return opened


def type_resource(kind: str, name: str, period: str = "", responsible: str = ""):
    def fill(form: ResourceForm) -> None:
        set_combo(form.kind, kind)
        form.name.setPlainText(name)
        form.period.setText(period)
        form.responsible.setText(responsible)

    return fill


def test_the_catalogue_adds_refuses_edits_and_deletes(section, monkeypatch):
    assert section.resource_model.rowCount() == 0
    assert section.resource_count.text() == "Resources: 0"
    answer_with(monkeypatch, ResourceForm, type_resource("seminar", f"  {SEMINAR} ", "2020", "ИМЦ"))
    section.add_resource()
    answer_with(monkeypatch, ResourceForm, type_resource("monitoring", MONITORING))
    section.add_resource()
    # by kind in the catalogue's order (projects, programmes, seminars, … monitoring)
    assert cells(section.resource_model, "Resource") == [SEMINAR, MONITORING]
    assert cells(section.resource_model, "Kind") == ["семинар", "мониторинг"]
    assert cells(section.resource_model, "Responsible") == ["ИМЦ", ""]
    assert section.selected_resource().name == MONITORING  # the one just added
    assert section.resource_count.text() == "Resources: 2"

    # refused: no name, then a name the catalogue holds; the message sits under the name
    form = ResourceForm(section.ctx, None, section)
    assert form.save() is False
    assert not form.error.isHidden()
    assert form.error.text() == "Укажите название ресурса."
    form.name.setPlainText("муниципальная программа мониторинга")  # fixed: the line goes
    assert form.error.isHidden()
    form.name.setPlainText(MONITORING.upper())
    assert form.save() is False
    assert form.error.text() == f"Ресурс «{MONITORING.upper()}» уже есть в перечне."
    assert len(res.resources(section.ctx.scope)) == 2

    section.resource_view.selectRow(0)
    answer_with(monkeypatch, ResourceForm, lambda f: f.period.setText("ноябрь 2020"))
    section.edit_resource()
    assert cells(section.resource_model, "Period") == ["ноябрь 2020", ""]
    assert cells(section.resource_model, "Kind") == ["семинар", "мониторинг"]  # kept

    questions = []
    answers = iter([False, True])
    monkeypatch.setattr(
        resources_section, "confirm", lambda *a: questions.append(a[2]) or next(answers)
    )
    section.resource_view.selectRow(1)
    assert section.delete_resource() is False  # answered no: kept
    assert section.resource_model.rowCount() == 2
    assert section.delete_resource() is True
    assert cells(section.resource_model, "Resource") == [SEMINAR]
    assert questions[0] == f"Delete the resource «{MONITORING}»?"


def test_school_tasks_show_their_resources_and_the_gaps(section, demo, monkeypatch):
    scope = section.ctx.scope
    monitoring = res.save_resource(scope, res.ResourceInput("monitoring", MONITORING)).value
    seminar = res.save_resource(scope, res.ResourceInput("seminar", SEMINAR)).value
    section.refresh()
    model = section.task_model
    demo_name = demo.state.display_name
    # Берёзовская and Сосновская have one task each, Озёрная none, the demo school five
    schools = cells(model, "School")
    assert len(schools) == 7
    assert schools.count(demo_name) == 5
    assert {"Берёзовская ООШ", "Сосновская СОШ"} <= set(schools)
    assert cells(model, "Municipal resources") == ["none"] * 7
    assert section.gaps.text() == "Tasks without municipal resources: 7 of 7"

    # the first demo task gets both resources through the dialog, Берёзовская's one
    first = model.row_of(lambda t: t.school == demo_name and t.number == 1)
    section.task_view.selectRow(first)
    ticks = answer_with(
        monkeypatch, TaskResourcesDialog, lambda d: d.set_ticked({monitoring, seminar})
    )
    section.assign()
    assert len(ticks) == 1
    berezovka = model.row_of(lambda t: t.school == "Берёзовская ООШ")
    section.task_view.selectRow(berezovka)
    answer_with(monkeypatch, TaskResourcesDialog, lambda d: d.set_ticked({seminar}))
    section.assign()

    served = dict(zip(cells(model, "School"), cells(model, "Municipal resources"), strict=False))
    assert served["Берёзовская ООШ"] == SEMINAR
    row = model.row_of(lambda t: t.school == demo_name and t.number == 1)
    index = model.index(row, model.headers().index("Municipal resources"))
    assert index.data() == f"{MONITORING}; {SEMINAR}"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is None
    gap = model.index(model.row_of(lambda t: not t.resources), index.column())
    assert gap.data() == "none"
    assert gap.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert section.gaps.text() == "Tasks without municipal resources: 5 of 7"
    assert cells(section.resource_model, "Tasks") == ["2", "1"]  # seminar, monitoring
    assert section.selected_task().school == "Берёзовская ООШ"  # kept across the refresh
    assert SEMINAR in section.detail.toPlainText()

    # the sufficiency view, the text filter and the category filter
    section.only_missing.setChecked(True)
    assert model.rowCount() == 5
    assert all(not t.resources for t in model.rows())
    section.search.setText("сосн")
    assert cells(model, "School") == ["Сосновская СОШ"]
    section.search.clear()
    section.only_missing.setChecked(False)
    section.categories.boxes["low_results"].setChecked(True)  # ШНОР: not Сосновская
    assert set(cells(model, "School")) == {"Берёзовская ООШ", demo_name}
    assert section.gaps.text() == "Tasks without municipal resources: 4 of 6"
    section.only_missing.setChecked(True)
    assert cells(model, "School") == [demo_name] * 4
    section.search.setText("нет такой задачи")
    assert model.rowCount() == 0
    assert not section.task_buttons[0].isEnabled()  # nothing to assign to
    section.search.clear()
    section.only_missing.setChecked(False)
    section.categories.boxes["low_results"].setChecked(False)

    # unticked in the dialog: unassigned
    section.task_view.selectRow(model.row_of(lambda t: t.school == "Берёзовская ООШ"))
    answer_with(monkeypatch, TaskResourcesDialog, lambda d: d.set_ticked(set()))
    section.assign()
    assert section.gaps.text() == "Tasks without municipal resources: 6 of 7"
    model.sort(model.headers().index("Municipal resources"))
    assert cells(model, "Municipal resources")[0] == f"{MONITORING}; {SEMINAR}"
    assert cells(model, "Municipal resources")[-1] == "none"  # empty last


def test_the_dialog_adds_a_resource_ticked_for_the_task(section, monkeypatch):
    section.tabs.setCurrentIndex(1)
    task = section.task_model.row(0)
    dialog = TaskResourcesDialog(section.ctx, task, res.resources(section.ctx.scope), section)
    assert not dialog.empty.isHidden()  # the catalogue is empty: it says how to fill it
    answer_with(monkeypatch, ResourceForm, type_resource("course", "КПК «Родительский всеобуч»"))
    made = dialog.add_resource()
    assert dialog.ticked() == [made]
    assert dialog.empty.isHidden()
    dialog.search.setText("всеобуч")
    assert not dialog.list.item(0).isHidden()
    dialog.search.setText("семинар")
    assert dialog.list.item(0).isHidden()
    assert dialog.save() is True
    assert [name for _, name in res.school_tasks(section.ctx.scope)[0].resources] == [
        "КПК «Родительский всеобуч»"
    ]


def test_a_task_gone_with_a_newer_package_is_refused_in_the_dialog(section, monkeypatch):
    from sqlalchemy import delete

    from db.models.programme import ProgrammeTask

    seminar = res.save_resource(section.ctx.scope, res.ResourceInput("seminar", SEMINAR)).value
    task = section.task_model.row(0)
    dialog = TaskResourcesDialog(section.ctx, task, res.resources(section.ctx.scope), section)
    dialog.set_ticked({seminar})
    table = ProgrammeTask.__table__
    with section.ctx.scope.db.engine.begin() as connection:  # as a newer package would
        connection.execute(delete(table).where(table.c.id == task.task_id))
    assert dialog.save() is False
    assert "больше нет" in dialog.error.text()


def test_the_school_sees_the_resource_beside_its_task(demo, municipality, heard, stick, qtbot):
    from ui.programme.programme_section import ProgrammeSection

    scope = municipality.scope
    seminar = res.save_resource(scope, res.ResourceInput("seminar", SEMINAR)).value
    tasks = [t for t in res.school_tasks(scope) if t.school_id == heard]
    res.assign_resource(scope, seminar, tasks[1].task_id)

    ctx = UiContext(demo)
    page = ProgrammeSection(ctx)
    qtbot.addWidget(page)
    page.refresh()
    model = page.tasks_page.tasks_model
    assert model.headers() == ["No.", "Task"]  # nothing received yet: no column

    (written,) = write_return_packages(municipality, stick, [heard], today=DEMO_TODAY)
    (verdict,) = receive_at_school(demo, [stick / written.file_name])
    assert verdict.outcome is Outcome.ACCEPTED
    ctx.bus.changed.emit(Changes(exchange=True), None)  # as «Обмен» says after a load
    assert model.headers() == ["No.", "Task", "Municipal resources"]
    shown = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert shown[str(tasks[1].number)] == SEMINAR
    assert shown[str(tasks[0].number)] == ""
    assert model.flags(model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
