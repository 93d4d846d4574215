"""Backups page: make, list, save a copy elsewhere, restore with confirmation."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.backups import BackupEntry, list_backups
from app.data_folder import DataFolder
from app.profile import own_school
from ui.sections.backups import BackupsModel, human_size


def backups_page(window):
    """The Backups page, with ``backups/`` emptied (opening may have made a migration copy)."""
    for path in window.folder.backups.glob("*"):
        path.unlink()
    window.open_section("backups")
    page = window.current_page()
    assert page.objectName() == "section_backups"
    page.refresh()
    return page


def test_empty_list_says_so(window):
    page = backups_page(window)
    assert page.model.rowCount() == 0
    assert page.summary.text().startswith("Резервных копий пока нет.")


def test_make_backup_lists_it_and_updates_the_status_bar(window, qtbot):
    page = backups_page(window)
    page.create_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    index = page.model.index(0, 1)
    assert page.model.data(index) == "вручную"
    assert page.model.data(page.model.index(0, 3)).endswith(".perekhod-backup")
    assert window.backup_label.text().startswith("Последняя резервная копия: ")
    assert "ещё не было" not in window.backup_label.text()
    assert len(list(window.folder.backups.glob("*.perekhod-backup"))) == 1


def test_save_copy_as_writes_the_chosen_file(window, qtbot, tmp_path, monkeypatch):
    stick = tmp_path / "usb" / "копия"
    stick.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(stick), ""))
    page = backups_page(window)
    page.save_as_button.click()
    target = stick.with_name("копия.perekhod-backup")
    qtbot.waitUntil(target.is_file, timeout=5000)
    assert target.stat().st_size > 0


def test_restore_asks_first_and_cancel_keeps_everything(window, qtbot, monkeypatch):
    page = backups_page(window)
    page.make_backup()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    asked = []

    def answer(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.table.selectRow(0)
    page.restore_button.click()
    assert len(asked) == 1
    assert "Текущие данные сначала будут сохранены" in asked[0]
    assert window.ctx is not None and window.current_page() is page
    assert len(list(window.folder.backups.glob("*before-restore*"))) == 0


def test_restore_replaces_the_data_and_reopens(window, qtbot, monkeypatch):
    page = backups_page(window)
    page.make_backup()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    settings = window.open_section("settings") or window.current_page()
    settings.form.short_name.setText("Изменённая ОШ")
    settings.save()
    assert window.windowTitle() == "Переход — Изменённая ОШ"

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    informed = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: informed.append(a[2]))
    window.open_section("backups")
    page = window.current_page()
    page.table.selectRow(0)
    page.restore_button.click()
    qtbot.waitUntil(lambda: bool(informed), timeout=10000)

    assert "Прежние данные сохранены как" in informed[0]
    assert window.ctx is not None
    assert window.windowTitle() == "Переход — Тестовая ОШ"
    assert window.current_page().objectName() == "section_backups"
    assert own_school(window.ctx.installation).short_name == "Тестовая ОШ"
    assert len(list(window.folder.backups.glob("*before-restore*"))) == 1


def test_list_backups_reads_reason_and_time_from_the_name(tmp_path):
    folder = DataFolder(tmp_path / "data")
    folder.backups.mkdir(parents=True)
    names = {
        "perekhod-20261101-080910-000001-manual-schema-0001_foundation.perekhod-backup": 10,
        "perekhod-20261103-120000-000002-before-restore.perekhod-backup": 20,
        "perekhod-20261102-090000-000003-before-migration-schema-0001_x.perekhod-backup": 30,
        "флешка.perekhod-backup": 40,
        "other.txt": 50,
    }
    for name, size in names.items():
        (folder.backups / name).write_bytes(b"x" * size)
    entries = list_backups(folder)
    assert [(e.reason, e.size) for e in entries[1:]] == [
        ("перед восстановлением", 20),
        ("перед обновлением схемы", 30),
        ("вручную", 10),
    ]
    assert entries[0].reason == "—"  # a file named by hand: its own time, the newest here
    assert entries[3].created_at == datetime(2026, 11, 1, 8, 9, 10, tzinfo=UTC)


def entry(name: str, day: int, size: int, reason: str) -> BackupEntry:
    return BackupEntry(Path(name), datetime(2026, 11, day, 12, 0, tzinfo=UTC), size, reason)


def test_model_sorts_and_filters_in_the_source():
    model = BackupsModel()
    model.set_entries(
        [
            entry("a.perekhod-backup", 3, 3000, "вручную"),
            entry("b.perekhod-backup", 1, 1000, "перед восстановлением"),
            entry("c.perekhod-backup", 2, 2_500_000, "перед обновлением схемы"),
        ]
    )
    files = lambda: [model.data(model.index(r, 3)) for r in range(model.rowCount())]  # noqa: E731
    assert files() == ["a.perekhod-backup", "c.perekhod-backup", "b.perekhod-backup"]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert files() == ["b.perekhod-backup", "a.perekhod-backup", "c.perekhod-backup"]
    model.set_filter("ПЕРЕД")
    assert files() == ["b.perekhod-backup", "c.perekhod-backup"]
    model.set_filter("восстановлением")
    assert files() == ["b.perekhod-backup"]
    model.set_filter("")
    assert model.rowCount() == 3
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Размер"


def test_yo_and_ye_match_in_the_filter():
    model = BackupsModel()
    model.set_entries([entry("Берёзовка.perekhod-backup", 1, 10, "вручную")])
    model.set_filter("березовка")
    assert model.rowCount() == 1


def test_human_size():
    assert human_size(3000) == "3 КБ"
    assert human_size(2_621_440) == "2,5 МБ"
