"""First-run wizard: school and municipality create a complete installation."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWizard

from app.data_folder import DataFolder
from app.installation import open_installation
from app.profile import own_municipality, own_school
from ui.wizard import MODE_PAGE, MUNICIPALITY_PAGE, SCHOOL_PAGE, SUMMARY_PAGE, FirstRunWizard


def make_wizard(qtbot, folder: DataFolder) -> FirstRunWizard:
    wizard = FirstRunWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def finish(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def created(qtbot, wizard: FirstRunWizard) -> None:
    """Creating runs on the worker; the wizard closes once it is done."""
    qtbot.waitUntil(lambda: wizard.created and not wizard.isVisible(), timeout=20_000)


def test_school_wizard_creates_the_installation(qtbot, data_folder):
    wizard = make_wizard(qtbot, data_folder)
    assert wizard.currentId() == MODE_PAGE
    wizard.next()
    assert wizard.currentId() == SCHOOL_PAGE
    form = wizard.school_page.form
    form.full_name.setText("МОУ «Липовская основная школа»")
    form.short_name.setText("Липовская ОШ")
    form.municipality.setText("Заречный район")
    form.director.setText("Орлова Анна Сергеевна")
    form.email.setText("lipovka@example.ru")
    form.is_rural.setChecked(True)
    form.hard_social_conditions.setChecked(True)
    form.pupils.setValue(61)
    form.teachers.setValue(12)
    form.classes.setValue(9)
    wizard.next()
    assert wizard.currentId() == SUMMARY_PAGE
    summary = wizard.summary_page.summary.text()
    assert "Липовская ОШ" in summary and "учащихся: 61, учителей: 12, классов: 9" in summary
    assert "сельская, сложные социальные условия" in summary
    finish(wizard)
    assert wizard.creating and not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    created(qtbot, wizard)
    assert data_folder.has_installation
    state = json.loads(data_folder.state_file.read_text("utf-8"))
    assert state["mode"] == "school" and state["display_name"] == "Липовская ОШ"
    assert (data_folder.keys / "own.key").is_file() and (data_folder.keys / "own.pub").is_file()
    assert data_folder.database.is_file()
    installation = open_installation(data_folder)
    try:
        info = own_school(installation)
    finally:
        installation.close()
    assert (info.full_name, info.director, info.email) == (
        "МОУ «Липовская основная школа»",
        "Орлова Анна Сергеевна",
        "lipovka@example.ru",
    )
    assert (info.is_rural, info.is_small, info.low_results, info.hard_social_conditions) == (
        True,
        False,
        False,
        True,
    )
    assert (info.pupils, info.teachers, info.classes) == (61, 12, 9)


def test_the_installation_is_created_while_the_window_keeps_running(
    qtbot, data_folder, monkeypatch
):
    """A regional hub may take its connect timeout to answer: creating runs on the worker
    and the UI thread goes on (here a timer of it must fire before creation may go on)."""
    import app.installation

    real = app.installation.create_municipality
    ui_ran = threading.Event()

    def slow(folder, info):
        assert ui_ran.wait(10), "the UI thread was blocked"
        return real(folder, info)

    monkeypatch.setattr(app.installation, "create_municipality", slow)
    wizard = make_wizard(qtbot, data_folder)
    wizard.mode_page.municipality.setChecked(True)
    wizard.next()
    wizard.municipality_page.form.name.setText("Управление образования")
    wizard.next()
    QTimer.singleShot(100, ui_ran.set)
    finish(wizard)
    wizard.reject()  # Esc while the installation is written: ignored
    created(qtbot, wizard)
    assert data_folder.has_installation


def test_municipality_wizard_creates_the_installation(qtbot, data_folder):
    wizard = make_wizard(qtbot, data_folder)
    wizard.mode_page.municipality.setChecked(True)
    wizard.next()
    assert wizard.currentId() == MUNICIPALITY_PAGE
    form = wizard.municipality_page.form
    form.name.setText("Управление образования администрации Лесного района")
    form.short_name.setText("УО Лесного района")
    form.methodologist.setText("Гусева Марина Ивановна")
    wizard.next()
    assert "Гусева Марина Ивановна" in wizard.summary_page.summary.text()
    finish(wizard)
    created(qtbot, wizard)
    state = json.loads(data_folder.state_file.read_text("utf-8"))
    assert state["mode"] == "municipality" and state["display_name"] == "УО Лесного района"
    assert (data_folder.keys / "own.key").is_file()
    installation = open_installation(data_folder)
    try:
        info = own_municipality(installation)
    finally:
        installation.close()
    assert info.name == "Управление образования администрации Лесного района"
    assert info.methodologist == "Гусева Марина Ивановна"


def test_name_is_required_and_said_in_russian(qtbot, data_folder):
    wizard = make_wizard(qtbot, data_folder)
    wizard.next()
    wizard.school_page.form.full_name.setText("   ")
    wizard.next()
    assert wizard.currentId() == SCHOOL_PAGE
    error = wizard.school_page.form.error_label
    assert error.isVisibleTo(wizard) and error.text() == "Укажите наименование организации."
    assert not data_folder.has_installation


def test_wrong_email_is_refused(qtbot, data_folder):
    wizard = make_wizard(qtbot, data_folder)
    wizard.next()
    form = wizard.school_page.form
    form.full_name.setText("Школа")
    form.email.setText("school.example.ru")
    wizard.next()
    assert wizard.currentId() == SCHOOL_PAGE
    assert form.error_label.text().startswith("Адрес электронной почты указан с ошибкой")


def test_counts_cannot_go_below_zero(qtbot, data_folder):
    wizard = make_wizard(qtbot, data_folder)
    form = wizard.school_page.form
    form.pupils.setValue(-5)
    assert form.pupils.value() == 0


def test_wizard_speaks_russian(qtbot, data_folder):
    wizard = make_wizard(qtbot, data_folder)
    assert wizard.windowTitle() == "Переход — первый запуск"
    assert wizard.mode_page.title() == "Добро пожаловать в «Переход»"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Далее >"


def test_keyboard_only(qtbot, data_folder, activate):
    """Arrow to «Муниципалитет», Enter, type the name, Enter, Enter: created."""
    wizard = make_wizard(qtbot, data_folder)
    activate(wizard)
    wizard.mode_page.school.setFocus()
    qtbot.keyClick(wizard.mode_page.school, Qt.Key.Key_Down)
    assert wizard.mode_page.municipality.isChecked()
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    assert wizard.currentId() == MUNICIPALITY_PAGE
    name = wizard.municipality_page.form.name
    assert wizard.focusWidget() is name
    qtbot.keyClicks(name, "RONO")  # QTest types Latin-1 only
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert wizard.currentId() == SUMMARY_PAGE
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    created(qtbot, wizard)
    state = json.loads(data_folder.state_file.read_text("utf-8"))
    assert state["display_name"] == "RONO"


def test_second_run_in_an_occupied_folder_is_refused_in_russian(qtbot, school, error_boxes):
    wizard = make_wizard(qtbot, school.folder)
    wizard.next()
    wizard.school_page.form.full_name.setText("Другая школа")
    wizard.next()
    finish(wizard)
    qtbot.waitUntil(lambda: not wizard.creating, timeout=20_000)
    assert not wizard.created and wizard.isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert len(error_boxes) == 1 and "уже есть установка" in error_boxes[0]
    error_boxes.clear()


def test_cancel_after_typing_asks_and_no_keeps_the_wizard(qtbot, data_folder, monkeypatch):
    asked = []
    monkeypatch.setattr("ui.wizard.confirm_abort", lambda parent: asked.append(1) or False)
    wizard = make_wizard(qtbot, data_folder)
    wizard.next()
    wizard.school_page.form.full_name.setText("МОУ «Черновая школа»")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert asked == [1]
    assert wizard.isVisible() and wizard.currentId() == SCHOOL_PAGE
    monkeypatch.setattr("ui.wizard.confirm_abort", lambda parent: True)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible()
    assert not wizard.created and not data_folder.has_installation


def test_cancel_on_the_first_page_does_not_ask(qtbot, data_folder, monkeypatch):
    monkeypatch.setattr("ui.wizard.confirm_abort", lambda parent: pytest.fail("asked"))
    wizard = make_wizard(qtbot, data_folder)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible()
