"""Nothing typed is lost: the programme card (like Settings and the Reports conclusions)
asks before its edits could be lost, and saying «Сохранено» is inline, never a box."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from app.academic_year import AcademicYear
from app.programme.programmes import ProgrammeRow, current_programme, save_programme

Button = QMessageBox.StandardButton
YEAR = AcademicYear(2026)
GOAL = "Повышение качества образования в 5–9 классах"


class Questions(list):
    """The questions asked; each is answered with ``ask.answer``."""


@pytest.fixture
def asked(monkeypatch) -> Iterator[Questions]:
    """Questions asked, answered with ``asked.ask.answer`` (Cancel unless a test says)."""
    questions = Questions()

    def ask(parent, text):
        questions.append(text)
        return ask.answer

    ask.answer = Button.Cancel
    monkeypatch.setattr("ui.widgets.unsaved.ask_unsaved", ask)
    questions.ask = ask
    yield questions


@pytest.fixture
def card(school, window_for):
    """The main window on «Программа перехода» with one programme, its card shown."""
    save_programme(school.scope, ProgrammeRow(None, "Программа «Шаг вперёд»", YEAR, YEAR))
    folder = school.folder
    school.close()
    window = window_for(folder)
    window.open_section("programme")
    return window, window.current_page()


def type_goal(page, text: str = GOAL) -> None:
    page.goal.setPlainText(text)  # textChanged, as typing does


def stored_goal(window) -> str:
    return current_programme(window.ctx.scope).goal


def test_a_clean_card_is_left_without_a_question(card, asked):
    window, _page = card
    window.open_section("home")
    assert window.current_page().objectName() == "section_home"
    assert asked == []


def test_leaving_an_edited_card_asks_and_cancel_stays(card, asked):
    window, page = card
    type_goal(page)
    assert page.save_status.text() == "Не сохранено"
    window.open_section("home")
    assert asked == ["В карточке программы есть несохранённые изменения. Сохранить их?"]
    assert window.current_page() is page
    assert window.nav.currentItem().text() == "Программа перехода"
    assert page.goal.toPlainText() == GOAL


def test_leaving_with_save_stores_the_card(card, asked):
    window, page = card
    type_goal(page)
    asked.ask.answer = Button.Save
    window.open_section("home")
    assert window.current_page().objectName() == "section_home"
    assert stored_goal(window) == GOAL


def test_leaving_with_discard_shows_the_stored_card_again(card, asked):
    window, page = card
    type_goal(page)
    asked.ask.answer = Button.Discard
    window.open_section("home")
    assert window.current_page().objectName() == "section_home"
    assert stored_goal(window) == ""
    assert page.goal.toPlainText() == ""
    assert not page.card_guard.dirty


def test_closing_the_window_asks_and_cancel_keeps_it_open(card, asked, qtbot):
    window, page = card
    type_goal(page)
    window.open_section("home")  # Cancel: still on the card
    assert not window.close()
    assert window.isVisible() and window.isEnabled()  # no backup started either
    asked.ask.answer = Button.Save
    window.close()  # saved; the window closes after its automatic backup
    assert len(asked) == 3  # leaving, the cancelled close, this close
    assert stored_goal(window) == GOAL
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15_000)


def test_a_refused_save_keeps_the_user_on_the_card(card, asked):
    window, page = card
    page.title.setText("")
    asked.ask.answer = Button.Save
    window.open_section("home")
    assert window.current_page() is page
    assert page.card_errors.text() == "Укажите название программы."


def test_saving_says_saved_inline_and_it_goes_away(card, asked):
    window, page = card
    type_goal(page)
    assert page.save_card.isEnabled()
    page.save_card.click()
    assert stored_goal(window) == GOAL
    assert page.save_status.text() == "Сохранено"
    assert not page.save_card.isEnabled()
    assert page.save_status.fade.isActive()
    page.save_status.fade.timeout.emit()  # the few seconds have passed
    assert page.save_status.text() == ""


def test_a_change_elsewhere_keeps_what_is_being_typed(card, asked):
    """Adding a task refreshes the section: the goal being typed stays on screen."""
    from app.programme.tasks import TaskRow, save_task

    window, page = card
    type_goal(page)
    programme = current_programme(window.ctx.scope)
    window.ctx.perform(lambda scope: save_task(scope, TaskRow(None, programme.id, 1, "Задача")))
    assert page.goal.toPlainText() == GOAL
    assert page.card_guard.dirty


def test_choosing_another_programme_asks_first(card, asked):
    window, page = card
    window.ctx.perform(
        lambda scope: save_programme(scope, ProgrammeRow(None, "Вторая программа", YEAR, YEAR))
    )
    first = page.chosen.currentData()
    type_goal(page)
    page.chosen.setCurrentIndex(1 - page.chosen.currentIndex())
    assert len(asked) == 1
    assert page.chosen.currentData() == first
    assert page.goal.toPlainText() == GOAL


def test_settings_follow_the_same_rule(window, asked):
    """Settings keep their own test hook; the saved profile says «Сохранено» too."""
    window.open_section("settings")
    page = window.current_page()
    page.form.director.setText("Иванова")
    page.form.director.textEdited.emit("Иванова")
    assert page.status.text() == "Не сохранено"
    assert page.save()
    assert page.status.text() == "Сохранено"


def test_an_answer_still_waiting_to_autosave_is_saved_on_leaving(demo_folder, window_for):
    """The run editor saves after a pause in typing; leaving the section saves at once."""
    from app.self_assessment.runs import get_run, list_runs

    window = window_for(demo_folder)
    run = next(r for r in list_runs(window.ctx.scope) if not r.locked)
    window.open_section("self_assessment")
    page = window.current_page()
    page.open_run(run.id)
    item_id, editor = next(iter(page.editor.items.items()))
    editor.evidence.setText("протокол педсовета № 3")
    editor.evidence.textEdited.emit("протокол педсовета № 3")  # typing; the pause not over
    assert page.has_unsaved()
    window.open_section("home")
    assert window.current_page().objectName() == "section_home"
    stored = get_run(window.ctx.scope, run.id).answers[item_id]
    assert stored.evidence == "протокол педсовета № 3"
