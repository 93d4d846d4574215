"""«Общая база (региональный центр)» without a server: only a municipality sees the group,
its checks run on the worker thread behind a busy indicator, a password is refused in
Russian, and a shared database that does not open is never answered with a SQLite backup.
Hub windows on a real server: tests/postgres/test_hub_ui.py."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtWidgets import QGroupBox, QMessageBox, QRadioButton

from app import texts
from app.backups import make_backup
from app.data_folder import DataFolder
from app.hub_settings import HubCheck
from app.installation import open_installation
from app.state import load_state
from ui.wizard import FirstRunWizard

NO_HOST = "postgresql://perekhod@db.invalid:5432/perekhod"
NO_HOST_SHOWN = "postgresql+psycopg://perekhod@db.invalid:5432/perekhod"
HUB_TITLE = "Общая база (региональный центр)"


def settings_page(window):
    window.open_section("settings")
    return window.current_page()


def test_a_school_never_sees_the_shared_database(window):
    page = settings_page(window)
    assert not hasattr(page, "hub_box")
    assert HUB_TITLE not in [box.title() for box in page.findChildren(QGroupBox)]


def test_a_municipality_sees_where_its_data_lives(municipality_folder, window_for):
    page = settings_page(window_for(municipality_folder, municipality=True))
    box = page.hub_box
    assert box.title() == HUB_TITLE
    assert box.where.text() == "в файле на этом компьютере"
    assert box.current.text() == str(municipality_folder.database)
    assert box.address.text() == ""
    assert box.local_button.isHidden()  # no shared database to go back from


def test_the_check_runs_on_the_worker_behind_a_busy_indicator(
    municipality_folder, window_for, qtbot, monkeypatch
):
    threads = []

    def check(folder, state, url):
        threads.append(threading.current_thread())
        return HubCheck(url, False, "Сервер не ответил.")

    monkeypatch.setattr("app.hub_settings.check_database_url", check)
    box = settings_page(window_for(municipality_folder, municipality=True)).hub_box
    box.address.setText(NO_HOST)
    box.check_button.click()
    assert box.busy.isVisibleTo(box) and not box.check_button.isEnabled()
    assert box.result.text() == "Подключение к серверу…"
    qtbot.waitUntil(lambda: not box.running, timeout=5000)
    assert threads and threads[0] is not threading.main_thread()
    assert box.result.text() == "Сервер не ответил."
    assert not box.busy.isVisibleTo(box) and box.check_button.isEnabled()


def test_an_unknown_host_is_named_in_russian(municipality_folder, window_for, qtbot):
    box = settings_page(window_for(municipality_folder, municipality=True)).hub_box
    box.address.setText(NO_HOST)
    box.check()
    qtbot.waitUntil(lambda: not box.running, timeout=15_000)
    reason = texts.HUB_NO_HOST
    assert box.result.text() == texts.HUB_UNREACHABLE.format(url=NO_HOST_SHOWN, reason=reason)


def test_a_password_is_refused_and_never_stored(
    municipality_folder, window_for, qtbot, monkeypatch, tmp_path
):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass.conf"))
    before = municipality_folder.state_file.read_bytes()
    box = settings_page(window_for(municipality_folder, municipality=True)).hub_box
    box.address.setText("postgresql://perekhod:Tajna-42@db.invalid/perekhod")
    box.save_button.click()
    qtbot.waitUntil(lambda: not box.running, timeout=5000)
    text = box.result.text()
    assert text.startswith("Пароль в адресе не сохраняется")
    assert str(tmp_path / "pgpass.conf") in text and "Tajna-42" not in text
    assert municipality_folder.state_file.read_bytes() == before


@pytest.fixture
def unreachable_hub(municipality_folder: DataFolder) -> DataFolder:
    """A SQLite municipality with a good backup whose state.json names a server that
    cannot exist: the window must not offer that backup for a connection problem."""
    installation = open_installation(municipality_folder)
    try:
        make_backup(installation)
    finally:
        installation.close()
    state = load_state(municipality_folder.state_file)
    state.database_url = NO_HOST_SHOWN
    municipality_folder.state_file.write_text(state.to_json(), "utf-8")
    return municipality_folder


def hub_window(qtbot, folder):
    from ui.loading import open_in_background
    from ui.main_window import MainWindow

    window = MainWindow(folder, "УО Лесного района", True)
    qtbot.addWidget(window)
    window.show()
    open_in_background(window)
    return window


def test_a_shared_database_that_does_not_open_is_no_case_for_a_backup(
    qtbot, unreachable_hub, monkeypatch
):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail(f"offered: {a[2]}"))
    monkeypatch.setattr(
        "ui.loading.ask_hub_choice",
        lambda window, message: asked.append(message) or ("retry" if len(asked) == 1 else "close"),
    )
    window = hub_window(qtbot, unreachable_hub)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=30_000)  # «Повторить» tried once more
    reason = texts.HUB_NO_HOST
    expected = texts.HUB_UNREACHABLE.format(url=NO_HOST_SHOWN, reason=reason)
    assert asked == [expected, expected]
    assert window.loading.message.text() == expected
    assert window.ctx is None


def test_the_address_dialog_can_go_back_to_this_computer(qtbot, unreachable_hub, monkeypatch):
    from ui.sections.settings import HubConnectionDialog

    monkeypatch.setattr("ui.loading.ask_hub_choice", lambda window, message: "address")

    def go_local(dialog) -> int:
        assert dialog.box.where.text() == "в общей базе PostgreSQL на сервере"
        assert dialog.box.current.text() == NO_HOST_SHOWN
        dialog.box.local_button.click()
        qtbot.waitUntil(lambda: not dialog.box.running, timeout=10_000)
        return dialog.result()

    monkeypatch.setattr(HubConnectionDialog, "exec", go_local)
    window = hub_window(qtbot, unreachable_hub)
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=30_000)
    assert not window.ctx.installation.is_hub
    state = json.loads(unreachable_hub.state_file.read_text("utf-8"))
    assert "database_url" not in state


def test_the_wizard_with_a_database_address_creates_only_a_municipality(qtbot, data_folder):
    from dataclasses import replace

    folder = replace(data_folder, database_url="postgresql://rc:Tajna-42@db.invalid/hub")
    wizard = FirstRunWizard(folder)
    qtbot.addWidget(wizard)
    page = wizard.mode_page
    assert page.municipality.isChecked()
    enabled = {button.text(): button.isEnabled() for button in page.findChildren(QRadioButton)}
    assert enabled == {
        "&Школа": False,
        "&Муниципалитет (орган управления образованием)": True,
        "&Восстановить из резервной копии / перенести с другого компьютера": False,
    }
    assert "(postgresql://rc@db.invalid/hub)" in page.hub_note.text()
    assert "Tajna-42" not in page.hub_note.text()
    note = wizard.summary_page.describe(wizard.municipality_page.form.info())
    assert "общей базе PostgreSQL postgresql://rc@db.invalid/hub." in note
