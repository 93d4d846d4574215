"""Settings: the profile form saves through the use case and the title follows."""

from __future__ import annotations

import json

from app.installation import open_installation
from app.profile import own_school


def settings_page(window):
    window.open_section("settings")
    page = window.current_page()
    assert page.objectName() == "section_settings"
    return page


def test_form_shows_the_profile(window):
    page = settings_page(window)
    assert page.form.full_name.text() == "МОУ «Тестовая основная школа»"
    assert page.form.short_name.text() == "Тестовая ОШ"
    assert not page.save_button.isEnabled()
    assert page.version_label.text() == "0.1.0"


def test_edit_saves_and_retitles(window):
    page = settings_page(window)
    page.form.short_name.setText("Липовская ОШ")
    page.form.short_name.textEdited.emit("Липовская ОШ")
    page.form.pupils.setValue(48)
    assert page.save_button.isEnabled()
    page.save_button.click()

    assert window.windowTitle() == "Переход — Липовская ОШ"
    assert page.status.text() == "Сохранено"
    assert not page.save_button.isEnabled()
    state = json.loads(window.folder.state_file.read_text("utf-8"))
    assert state["display_name"] == "Липовская ОШ"
    installation = open_installation(window.folder)
    try:
        info = own_school(installation)
    finally:
        installation.close()
    assert (info.short_name, info.pupils) == ("Липовская ОШ", 48)


def test_home_follows_the_saved_profile(window):
    page = settings_page(window)
    page.form.short_name.setText("Новая ОШ")
    page.save()
    window.open_section("home")
    assert window.current_page().heading.text() == "Новая ОШ"


def test_empty_name_is_refused_in_russian(window):
    page = settings_page(window)
    page.form.full_name.setText("")
    assert page.save() is False
    assert page.form.error_label.text() == "Укажите наименование организации."
    assert window.windowTitle() == "Переход — Тестовая ОШ"


def test_undo_restores_the_saved_values(window):
    page = settings_page(window)
    page.form.director.setText("Кто-то")
    page.form.director.textEdited.emit("Кто-то")
    page.revert_button.click()
    assert page.form.director.text() == ""
    assert not page.revert_button.isEnabled()


def test_municipality_settings_save(municipality_folder, window_for):
    window = window_for(municipality_folder, municipality=True)
    page = settings_page(window)
    assert page.form.name.text() == "Управление образования"
    page.form.methodologist.setText("Гусева Марина Ивановна")
    page.form.short_name.setText("РУО")
    assert page.save()
    assert window.windowTitle() == "Переход — РУО"
    state = json.loads(municipality_folder.state_file.read_text("utf-8"))
    assert state["display_name"] == "РУО"


def test_ctrl_s_saves(window, qtbot, activate):
    from PySide6.QtCore import Qt

    page = settings_page(window)
    activate(window)
    page.form.director.setFocus()
    qtbot.keyClicks(page.form.director, "Ivanova")
    qtbot.keyClick(page.form.director, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.status.text() == "Сохранено"
    assert page.form.director.text() == "Ivanova"


def _edit(page, name: str) -> None:
    page.form.short_name.setText(name)
    page.form.short_name.textEdited.emit(name)


def test_leaving_with_unsaved_edits_asks_and_cancel_stays(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = settings_page(window)
    _edit(page, "Черновик")
    monkeypatch.setattr(
        "ui.sections.settings.ask_unsaved", lambda parent: QMessageBox.StandardButton.Cancel
    )
    window.open_section("home")
    assert window.current_page() is page
    assert window.nav.currentItem().text() == "Настройки"
    assert page.form.short_name.text() == "Черновик"


def test_leaving_with_save_keeps_the_edit(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = settings_page(window)
    _edit(page, "Сохранённая ОШ")
    monkeypatch.setattr(
        "ui.sections.settings.ask_unsaved", lambda parent: QMessageBox.StandardButton.Save
    )
    window.open_section("home")
    assert window.current_page().objectName() == "section_home"
    assert own_school(window.ctx.installation).short_name == "Сохранённая ОШ"


def test_leaving_with_discard_restores_the_stored_profile(window):
    page = settings_page(window)  # the autouse fixture answers «Discard»
    _edit(page, "Отброшенная ОШ")
    window.open_section("home")
    assert window.current_page().objectName() == "section_home"
    assert own_school(window.ctx.installation).short_name == "Тестовая ОШ"
    assert page.form.short_name.text() == "Тестовая ОШ"
