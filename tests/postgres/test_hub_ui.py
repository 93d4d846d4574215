"""The window of a regional hub on a real PostgreSQL server: Настройки checks and saves the
shared database's address (and reopens the data), Резервные копии explains pg_dump instead
of offering SQLite copies, the status bar names the server, and the first-run wizard given
``--database-url`` creates the municipality in the shared database."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton, QTableView

from app import texts
from app.data_folder import DataFolder
from app.errors import InstallationError
from app.hub_settings import CHECK_OK, LOCAL_MISSING, check_database_url, save_database_url
from app.installation import MunicipalityInfo, create_municipality, open_installation
from app.state import load_state

NAME = "УО Лесного района"


@pytest.fixture(autouse=True)
def russian(russian_catalogues, monkeypatch):
    """Russian catalogues; warning boxes fail the test instead of blocking it."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warning: {a[2]}"))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail(f"critical: {a[2]}"))
    return russian_catalogues


def make_hub(root: Path, url: str) -> DataFolder:
    """The first PC of a hub, as `perekhod init municipality --database-url` makes it;
    the folder as the next start sees it (the address remembered in state.json)."""
    info = MunicipalityInfo(name="Управление образования Лесного района", short_name=NAME)
    create_municipality(DataFolder(root, database_url=url), info).close()
    return DataFolder(root)


@pytest.fixture
def hub(tmp_path: Path, pg_url: str) -> DataFolder:
    return make_hub(tmp_path / "hub", pg_url)


@pytest.fixture
def hub_window(qtbot, hub: DataFolder):
    from ui.context import UiContext
    from ui.main_window import MainWindow

    installation = open_installation(hub)
    assert installation.is_hub
    window = MainWindow(hub, installation.state.display_name, True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_context(UiContext(installation, window))
    yield window
    if window.ctx is not None:
        window.ctx.installation.close()


def open_page(window, key: str):
    window.open_section(key)
    page = window.current_page()
    assert page.objectName() == f"section_{key}"
    return page


def test_backups_explain_pg_dump_instead_of_copies(hub_window, hub, pg_url):
    from sqlalchemy.engine import make_url

    database, port = make_url(pg_url).database, make_url(pg_url).port
    page = open_page(hub_window, "backups")
    assert not page.findChildren(QTableView)
    buttons = {button.text() for button in page.findChildren(QPushButton)}
    assert buttons == {"Открыть папку &данных"}
    assert "pg_dump" in page.hub_note.text() and "pg_restore" in page.hub_note.text()
    assert page.hub_commands.toPlainText() == (
        f"pg_dump -Fc -f perekhod.dump {database}\npg_restore -d {database} --clean perekhod.dump"
    )
    assert "журналы" in page.hub_folder_note.text().lower()
    fields = {field.text() for field in page.findChildren(QLineEdit)}
    assert str(hub.root) in fields
    assert f"postgresql+psycopg://postgres@127.0.0.1:{port}/{database}" in fields
    label = hub_window.backup_label.text()
    assert label == f"Общая база: сервер 127.0.0.1:{port}/{database}"
    hub_window.backup_now()  # Файл → «Сделать резервную копию»: the page, no copy
    hub_window.changed_since_backup = True
    assert hub_window.start_auto_backup() is False
    assert not list(hub.backups.iterdir())


def test_settings_show_the_server_and_check_it(hub_window, qtbot, pg_url):
    box = open_page(hub_window, "settings").hub_box
    shown = pg_url  # the test server needs no password: the URL holds none
    assert box.where.text() == "в общей базе PostgreSQL на сервере"
    assert (box.current.text(), box.address.text()) == (shown, shown)
    assert box.local_button.isVisible()
    box.check_button.click()
    qtbot.waitUntil(lambda: not box.running, timeout=15_000)
    assert box.result.text() == CHECK_OK.format(url=shown, name=NAME)


def test_saving_the_address_reopens_the_data(hub_window, hub, qtbot, monkeypatch, pg_url):
    questions = []
    monkeypatch.setattr(
        "ui.sections.settings.ask_reopen", lambda parent, text: questions.append(text) or True
    )
    before = hub_window.ctx
    box = open_page(hub_window, "settings").hub_box
    typed = pg_url.replace("postgresql+psycopg://", "postgres://")
    box.address.setText(typed)
    box.save_button.click()
    qtbot.waitUntil(lambda: hub_window.ctx not in (None, before), timeout=30_000)
    assert questions == [
        f"Адрес общей базы сохранён: {pg_url}.\n\nОткрыть данные заново сейчас? Иначе "
        "изменение вступит в силу при следующем запуске программы."
    ]
    assert hub_window.ctx.installation.is_hub
    assert json.loads(hub.state_file.read_text("utf-8"))["database_url"] == pg_url


def test_no_means_the_next_start(hub_window, qtbot, monkeypatch, pg_url):
    monkeypatch.setattr("ui.sections.settings.ask_reopen", lambda parent, text: False)
    before = hub_window.ctx
    box = open_page(hub_window, "settings").hub_box
    box.save_button.click()
    qtbot.waitUntil(lambda: not box.running, timeout=15_000)
    assert hub_window.ctx is before
    assert box.result.text() == (
        f"Адрес общей базы сохранён: {pg_url}. Изменение вступит в силу при следующем "
        "запуске программы."
    )


def test_a_password_is_refused_even_when_it_works(hub_window, hub, qtbot, pg_url):
    before = hub.state_file.read_bytes()
    box = open_page(hub_window, "settings").hub_box
    box.address.setText(pg_url.replace("postgres@", "postgres:Tajna-42@"))
    box.check_button.click()
    qtbot.waitUntil(lambda: not box.running, timeout=15_000)
    assert box.result.text().startswith(CHECK_OK.format(url=pg_url, name=NAME))
    assert "не будет" in box.result.text() and "Tajna-42" not in box.result.text()
    box.save_button.click()
    qtbot.waitUntil(lambda: not box.running, timeout=15_000)
    assert box.result.text().startswith("Пароль в адресе не сохраняется")
    assert hub.state_file.read_bytes() == before


def test_going_back_needs_a_database_file_here(hub_window, hub, qtbot):
    box = open_page(hub_window, "settings").hub_box
    box.local_button.click()
    qtbot.waitUntil(lambda: not box.running, timeout=15_000)
    assert box.result.text() == LOCAL_MISSING.format(path=hub.database)
    assert json.loads(hub.state_file.read_text("utf-8"))["database_url"]


def test_an_empty_database_says_so(hub, pg_migrated_url):
    state = load_state(hub.state_file)
    check = check_database_url(hub, state, pg_migrated_url)
    expected = texts.HUB_EMPTY.format(url=pg_migrated_url)
    assert (check.ok, check.empty, check.message) == (False, True, expected)
    with pytest.raises(InstallationError) as refused:
        save_database_url(hub, pg_migrated_url)
    assert refused.value.message == expected


def test_another_municipality_database_is_refused(hub, tmp_path, pg_server, pg_migrated_url):
    make_hub(tmp_path / "other", pg_migrated_url)
    check = check_database_url(hub, load_state(hub.state_file), pg_migrated_url)
    expected = texts.HUB_OTHER_ORGANISATION.format(url=pg_migrated_url)
    assert (check.ok, check.empty, check.message, check.name) == (False, False, expected, NAME)


def test_the_wizard_creates_the_municipality_in_the_shared_database(qtbot, tmp_path, pg_url):
    from PySide6.QtWidgets import QWizard

    from app.profile import own_municipality
    from ui.wizard import MUNICIPALITY_PAGE, SUMMARY_PAGE, FirstRunWizard

    folder = DataFolder(tmp_path / "first", database_url=pg_url)
    wizard = FirstRunWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.mode_page.school.isEnabled()
    wizard.next()
    assert wizard.currentId() == MUNICIPALITY_PAGE
    wizard.municipality_page.form.name.setText("Отдел образования Заречного района")
    wizard.next()
    assert wizard.currentId() == SUMMARY_PAGE
    wizard.button(QWizard.WizardButton.FinishButton).click()
    # created on the worker (a server may take its connect timeout); then the wizard closes
    qtbot.waitUntil(lambda: wizard.created and not wizard.isVisible(), timeout=30_000)
    assert not folder.database.exists()  # no SQLite file: the data is on the server
    assert json.loads(folder.state_file.read_text("utf-8"))["database_url"] == pg_url
    installation = open_installation(replace(folder, database_url=None))
    try:
        assert installation.is_hub
        assert own_municipality(installation).name == "Отдел образования Заречного района"
    finally:
        installation.close()
