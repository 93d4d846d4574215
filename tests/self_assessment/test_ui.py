"""The section in a window: answer an item (autosaved), finish a run, see the trail."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.academic_year import AcademicYear
from app.self_assessment.catalogue import import_instrument
from app.self_assessment.deficits import list_deficits
from app.self_assessment.runs import answer, get_run, start_run
from ui.context import UiContext
from ui.self_assessment.section import SelfAssessmentSection

Y = AcademicYear(2024)


@pytest.fixture
def section(qtbot, school):
    ctx = UiContext(school)
    widget = SelfAssessmentSection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1146, 708)
    widget.show()
    return widget


def test_answer_an_item_and_finish(section, school, small_file: Path, qtbot, monkeypatch):
    scope = school.scope
    instrument = import_instrument(scope, small_file).value.id
    run_id = start_run(scope, instrument, Y).value
    for item, level in {"a1": 1, "a2": 2, "a3": 3, "b1": 5, "b2": 2}.items():
        answer(scope, run_id, item, level)
    section.open_run(run_id)
    editor = section.editor
    assert section.tabs.currentWidget() is editor
    editor.areas.setCurrentRow(1)  # «Работа с родителями»
    b3 = editor.items["b3"]
    b3.evidence.setText("Протокол родсовета")
    b3.evidence.textEdited.emit("Протокол родсовета")  # typing: saved after a pause
    assert editor.timer.isActive() and editor.timer.interval() == 700
    assert get_run(scope, run_id).answers.get("b3") is None  # not during the pause
    editor.timer.timeout.emit()  # the pause is over (no wall-clock wait)
    assert get_run(scope, run_id).answers.get("b3") is not None
    b3.level.setCurrentIndex(b3.level.findData(0))  # a level: saved at once
    saved = get_run(scope, run_id).answers["b3"]
    assert (saved.level, saved.evidence) == (0, "Протокол родсовета")
    # B = (100 + 100 + 0) / 3 = 66.67, shown as 67 in the area list
    assert "3/3 · 67" in editor.areas.item(1).text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.finish_button.click()
    assert get_run(scope, run_id).run.locked
    assert editor.reopen_button.isEnabled() and not editor.finish_button.isEnabled()
    assert not editor.items["b3"].level.isEnabled()
    assert [(d.area_key, d.item_key) for d in list_deficits(scope)] == [("a", ""), ("b", "b3")]


def test_unfinished_run_cannot_finish_and_says_why(section, school, small_file, monkeypatch):
    scope = school.scope
    run_id = start_run(scope, import_instrument(scope, small_file).value.id, Y).value
    section.open_run(run_id)
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    section.editor.finish_button.click()
    assert shown == ["Нельзя завершить: без ответа 6 пункт(ов). Ответьте на все пункты."]
    assert not get_run(scope, run_id).run.locked


def test_every_page_loads_on_an_empty_school(section):
    for index in range(section.tabs.count()):
        section.tabs.setCurrentIndex(index)
    assert section.instruments.model.rowCount() == 2


def test_import_instrument_through_the_page(section, small_file, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(small_file), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    section.tabs.setCurrentWidget(section.instruments)
    section.instruments.import_file()
    assert len(told) == 1 and "«Малый инструмент»" in told[0]  # catalogue not installed here
    titles = [r.title for r in section.instruments.model.rows()]
    assert "Малый инструмент" in titles and len(titles) == 3


def test_trail_page_shows_and_removes_a_link(section, school, monkeypatch):
    from PySide6.QtCore import QUrl

    from app.indicators.catalogue import list_indicators
    from app.self_assessment.deficits import DeficitInput, save_deficit
    from app.self_assessment.trail import deficit_trail, link

    scope = school.scope
    deficit = save_deficit(scope, DeficitInput(Y, "Мало родителей на собраниях", "Родители")).value
    indicator = list_indicators(scope)[0]
    link(scope, deficit, "indicator", indicator.id)
    section.tabs.setCurrentWidget(section.trail)
    section.refresh()
    html = section.trail.text.toHtml()
    assert "Мало родителей на собраниях" in html and indicator.name in html
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    section.trail.remove_link(QUrl(f"unlink:indicator:{indicator.id}"))
    assert deficit_trail(scope, deficit).indicators == ()


def test_enter_on_the_runs_list_opens_the_run(section, school, qtbot):
    from PySide6.QtCore import Qt

    from app.self_assessment.catalogue import list_instruments

    instrument = list_instruments(school.scope)[0]
    start_run(school.scope, instrument.id, Y)
    section.refresh()
    view = section.runs.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert section.tabs.currentWidget() is section.editor
    assert section.editor.detail.run.title == instrument.title


def _deficit_on_trail(section, school) -> object:
    from app.self_assessment.deficits import DeficitInput, save_deficit

    info = DeficitInput(Y, "Мало родителей на собраниях", "Родители", confirmed=True)
    deficit = save_deficit(school.scope, info).value
    section.tabs.setCurrentWidget(section.trail)
    section.refresh()
    section.trail.select(deficit)
    return deficit


def test_create_programme_task_from_a_deficit_shows_in_trail(section, school, monkeypatch):
    from app.programme.programmes import ProgrammeRow, save_programme
    from app.self_assessment.trail import deficit_trail
    from ui.self_assessment.dialogs import ActionDialog

    row = ProgrammeRow(None, "Программа перехода", AcademicYear(2024), AcademicYear(2026))
    save_programme(school.scope, row)
    deficit = _deficit_on_trail(section, school)
    monkeypatch.setattr(ActionDialog, "exec", lambda self: True)
    section.trail.create_task()
    trail = deficit_trail(school.scope, deficit)
    assert trail.tasks == ("Задача 1. Устранить дефицит: Мало родителей на собраниях",)
    html = section.trail.text.toHtml()
    assert "Устранить дефицит: Мало родителей на собраниях" in html
    assert f"unlink:task:{trail.task_ids[0]}" in html


def test_create_and_link_roadmap_activity_from_the_trail(section, school, monkeypatch):
    from app.programme.roadmap import save_activity
    from app.programme.rows import ActivityRow
    from app.self_assessment.trail import deficit_trail
    from ui.self_assessment.dialogs import ActionDialog, LinkDialog

    existing = save_activity(school.scope, ActivityRow(None, Y, "Родительский лекторий")).value.id
    deficit = _deficit_on_trail(section, school)
    monkeypatch.setattr(LinkDialog, "exec", lambda self: True)
    monkeypatch.setattr(LinkDialog, "value", lambda self: existing)
    section.trail.add_link("activity", "Связать с мероприятием…")
    assert deficit_trail(school.scope, deficit).activity_ids == (existing,)
    assert "Родительский лекторий" in section.trail.text.toHtml()

    def prefilled(self):
        self.text.setPlainText("Клуб для родителей")
        self.year.setCurrentIndex(self.year.findData(AcademicYear(2025)))
        return True

    monkeypatch.setattr(ActionDialog, "exec", prefilled)
    section.trail.create_activity()
    trail = deficit_trail(school.scope, deficit)
    assert len(trail.activities) == 2 and "Клуб для родителей" in trail.activities[1]
    assert "Клуб для родителей" in section.trail.text.toHtml()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    from PySide6.QtCore import QUrl

    section.trail.remove_link(QUrl(f"unlink:activity:{existing}"))
    assert existing not in deficit_trail(school.scope, deficit).activity_ids
