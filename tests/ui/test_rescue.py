"""A database that cannot be opened: the GUI names the cause and offers the newest good
backup; yes restores it and opens the data, no leaves every file as it was."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtWidgets import QMessageBox

from app.backups import make_backup
from app.installation import open_installation
from app.profile import own_school
from ui.worker import tasks_running


@pytest.fixture
def broken(demo_folder):
    """The demo folder with one good backup, then its database overwritten with junk."""
    installation = open_installation(demo_folder)
    try:
        make_backup(installation)
    finally:
        installation.close()
    for extra in ("-wal", "-shm"):
        demo_folder.database.with_name(demo_folder.database.name + extra).unlink(missing_ok=True)
    demo_folder.database.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    return demo_folder


def _window(qtbot, folder):
    from ui.loading import open_in_background
    from ui.main_window import MainWindow

    window = MainWindow(folder, "Берёзовская ОШ", False)
    qtbot.addWidget(window)
    window.show()
    open_in_background(window)
    return window


def test_yes_restores_the_newest_good_backup_and_opens_the_data(qtbot, broken, monkeypatch):
    asked, informed = [], []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: informed.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warning: {a[2]}"))
    window = _window(qtbot, broken)
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=20_000)
    assert len(asked) == 1 and "повреж" in asked[0] and ".perekhod-backup" in asked[0]
    qtbot.waitUntil(lambda: bool(informed), timeout=10_000)
    assert own_school(window.ctx.installation).short_name == "Берёзовская ОШ"
    assert list(broken.backups.glob("*damaged*.sqlite"))  # the junk is kept, not lost


def test_no_leaves_everything_as_it_was(qtbot, broken, monkeypatch):
    before = hashlib.sha256(broken.database.read_bytes()).hexdigest()
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warning: {a[2]}"))
    idle = tasks_running()
    window = _window(qtbot, broken)
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    assert tasks_running() == idle  # «No» started nothing: no restore, no second opening
    assert window.ctx is None
    assert hashlib.sha256(broken.database.read_bytes()).hexdigest() == before
    assert not list(broken.backups.glob("*damaged*.sqlite"))
