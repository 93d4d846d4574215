"""The degree of achievement keeps its category and the school's own wording (issue 13)."""

from __future__ import annotations

import pytest

from app.academic_year import AcademicYear
from app.programme.programmes import current_programme
from app.programme.results import ResultRow, list_results, save_result
from app.programme.rows import Achievement
from app.programme.tasks import list_tasks

YEAR = AcademicYear(2026)
WORDING = "Разработана, частично реализуется"


@pytest.fixture
def page(qtbot, filled):
    from ui.context import UiContext
    from ui.programme.programme_section import ProgrammeSection

    programme = current_programme(filled.scope)
    task = list_tasks(filled.scope, programme.id)[0]
    save_result(filled.scope, ResultRow(None, task.id, "Создана программа поддержки"))
    widget = ProgrammeSection(UiContext(filled))
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget.tasks_page


def _stored(filled):
    programme = current_programme(filled.scope)
    return list_results(filled.scope, programme.id)[0].achievements[YEAR]


def test_dialog_saves_the_own_wording_beside_the_category(page, filled):
    page.results_view.setCurrentIndex(page.results_model.index(0, 2))
    dialog = page.edit_level()
    dialog.level.setCurrentIndex(dialog.level.findData("partial"))
    dialog.wording.setText(f"  {WORDING} ")
    dialog.accept()
    found = _stored(filled)
    assert (found.level, found.wording) == (Achievement.PARTIAL, WORDING)
    assert page.results_model.index(0, 2).data() == WORDING  # the table shows it as written
    page.results_view.setCurrentIndex(page.results_model.index(0, 2))
    again = page.edit_level()
    assert again.wording.text() == WORDING
    again.reject()


def test_changing_the_category_in_the_table_drops_the_old_wording(page, filled):
    page.results_view.setCurrentIndex(page.results_model.index(0, 2))
    dialog = page.edit_level()
    dialog.level.setCurrentIndex(dialog.level.findData("partial"))
    dialog.wording.setText(WORDING)
    dialog.accept()
    model = page.results_model
    assert model.setData(model.index(0, 2), "partial")  # same category: wording kept
    assert _stored(filled).wording == WORDING
    assert model.setData(model.index(0, 2), "achieved")
    found = _stored(filled)
    assert (found.level, found.wording) == (Achievement.ACHIEVED, "")
    assert model.index(0, 2).data() == "достигнуто"
