"""First-run wizard: «Восстановить из резервной копии / перенести с другого компьютера»."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog, QWizard

from app.backups import make_backup
from app.data_folder import DataFolder
from app.installation import open_installation
from app.keys import load_public_key_raw
from app.profile import own_school
from ui.wizard import MODE_PAGE, RESTORE_PAGE, FirstRunWizard


def make_wizard(qtbot, folder: DataFolder) -> FirstRunWizard:
    wizard = FirstRunWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def to_restore_page(wizard: FirstRunWizard) -> None:
    assert wizard.currentId() == MODE_PAGE
    assert wizard.mode_page.restore.text() == (
        "&Восстановить из резервной копии / перенести с другого компьютера"
    )
    wizard.mode_page.restore.setChecked(True)
    wizard.next()
    assert wizard.currentId() == RESTORE_PAGE


def test_restore_path_creates_the_installation_from_the_backup(
    qtbot, school, tmp_path, monkeypatch
):
    source = make_backup(school, tmp_path / "флешка" / "школа.perekhod-backup")
    old_key = load_public_key_raw(school.folder.keys)
    target = DataFolder(tmp_path / "новый ПК")
    wizard = make_wizard(qtbot, target)
    to_restore_page(wizard)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # no file yet
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    wizard.restore_page.browse.click()
    shown = wizard.restore_page.result.text()
    assert "Тестовая ОШ" in shown and "Школа" in shown and "новый" in shown
    assert finish.isEnabled() and finish.isVisible()
    finish.click()
    qtbot.waitUntil(lambda: wizard.created and not wizard.isVisible(), timeout=20_000)
    assert target.has_installation
    state = json.loads(target.state_file.read_text("utf-8"))
    assert state["mode"] == "school"
    assert state["organisation_uuid"] == str(school.state.organisation_uuid)
    assert state["install_uuid"] != str(school.state.install_uuid)
    assert load_public_key_raw(target.keys) != old_key
    installation = open_installation(target)
    try:
        assert own_school(installation).full_name == "МОУ «Тестовая основная школа»"
    finally:
        installation.close()


def test_a_bad_file_is_refused_on_the_page_and_nothing_is_created(qtbot, tmp_path):
    bad = tmp_path / "чужая.perekhod-backup"
    bad.write_bytes(b"this is not a database" * 200)
    target = DataFolder(tmp_path / "новый ПК")
    wizard = make_wizard(qtbot, target)
    to_restore_page(wizard)
    page = wizard.restore_page
    page.path.setText(str(bad))
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    finish.click()  # checks the file first
    assert wizard.currentId() == RESTORE_PAGE and not wizard.created
    assert "не является резервной копией" in page.result.text()
    assert not target.has_installation and not target.database.exists()
    page.path.setText(str(tmp_path / "нет такого.perekhod-backup"))
    assert page.check(page.path.text()) is False
    assert "не найден" in page.result.text()


def test_back_to_the_first_page_and_create_a_school_as_before(qtbot, data_folder):
    wizard = make_wizard(qtbot, data_folder)
    to_restore_page(wizard)
    wizard.back()
    wizard.mode_page.school.setChecked(True)
    wizard.next()
    assert wizard.currentId() != RESTORE_PAGE
