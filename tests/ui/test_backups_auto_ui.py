"""Automatic backups in the GUI: on close and every 30 minutes of work with changes, on
the worker, failures in the status bar; the list shows what each backup holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.auto_backups import AutoBackupResult
from app.backups import list_backups
from app.errors import BackupError
from ui.main_window import AUTO_BACKUP_EVERY_MS


def autos(folder) -> list:
    return [e for e in list_backups(folder) if e.kind == "auto"]


def change_something(window, name: str = "Изменённая ОШ") -> None:
    settings = window.open_section("settings") or window.current_page()
    settings.form.short_name.setText(name)
    settings.save()
    assert window.changed_since_backup


def backups_page(window):
    window.open_section("backups")
    page = window.current_page()
    assert page.objectName() == "section_backups"
    return page


def test_closing_after_changes_makes_a_backup_first(window, qtbot):
    change_something(window)
    assert autos(window.folder) == []
    assert window.close() is False  # waits for the backup on the worker
    assert window.isVisible() and not window.isEnabled()
    assert window.statusBar().currentMessage().startswith("Перед закрытием сохраняется")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    [entry] = autos(window.folder)
    assert entry.reason == "автоматически"


def test_closing_without_changes_closes_at_once(window):
    assert window.close() is True
    assert autos(window.folder) == []


def test_a_failed_backup_is_shown_and_never_blocks_closing(window, qtbot, monkeypatch):
    def refuse(installation, now=None):
        raise BackupError("Недостаточно места на диске E:\\.")

    monkeypatch.setattr("app.auto_backups.auto_backup", refuse)
    change_something(window)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    message = window.statusBar().currentMessage()
    assert (
        message
        == "Не удалось сделать автоматическую резервную копию: Недостаточно места на диске E:\\."
    )


def test_every_30_minutes_only_when_something_changed(window, qtbot):
    assert window.backup_timer.isActive()
    assert window.backup_timer.interval() == AUTO_BACKUP_EVERY_MS == 30 * 60 * 1000
    window.backup_timer.timeout.emit()  # 30 minutes without changes
    assert not window.auto_backup_running
    change_something(window)
    window.backup_timer.timeout.emit()
    assert window.auto_backup_running and not window.changed_since_backup
    qtbot.waitUntil(lambda: not window.auto_backup_running, timeout=10_000)
    assert len(autos(window.folder)) == 1
    assert window.statusBar().currentMessage().startswith("Автоматическая резервная копия")
    window.backup_timer.timeout.emit()  # nothing changed since
    assert not window.auto_backup_running
    assert len(autos(window.folder)) == 1
    assert window.close() is True


def test_the_backups_page_follows_an_automatic_backup(window, qtbot):
    page = backups_page(window)
    before = page.model.rowCount()
    change_something(window)
    window.open_section("backups")
    window.auto_backup_if_changed()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=10_000)
    reasons = [page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())]
    assert "автоматически" in reasons


def test_unchanged_data_since_the_last_backup_is_skipped(window, qtbot, monkeypatch):
    calls = []

    def fake(installation, now=None):
        calls.append(installation)
        return AutoBackupResult(None)

    monkeypatch.setattr("app.auto_backups.auto_backup", fake)
    change_something(window)
    window.auto_backup_if_changed()
    qtbot.waitUntil(lambda: not window.auto_backup_running, timeout=10_000)
    assert len(calls) == 1 and window.statusBar().currentMessage() == ""


def test_list_shows_contents_and_is_sortable_and_keyboard_navigable(
    window, qtbot, monkeypatch, activate
):
    page = backups_page(window)
    for path in window.folder.backups.glob("*"):
        path.unlink()
    page.make_backup()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    change_something(window, "Вторая ОШ")
    window.auto_backup_if_changed()
    window.open_section("backups")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)

    header = page.table.horizontalHeader()
    titles = [
        page.model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal, 0)
        for v in range(header.count())
    ]
    assert titles == ["Дата", "Причина", "Размер", "Содержимое", "Файл"]
    contents = {
        page.model.data(page.model.index(r, 1)): page.model.data(page.model.index(r, 4))
        for r in range(2)
    }
    empty = "мероприятий: 0, совместных мероприятий: 0, самодиагностик: 0"
    assert contents == {
        "вручную": f"Тестовая ОШ — {empty}",
        "автоматически": f"Вторая ОШ — {empty}",
    }

    header.sectionClicked.emit(1)  # by reason: «автоматически» < «вручную»
    order = [page.model.data(page.model.index(r, 1)) for r in range(2)]
    assert sorted(order) == order or sorted(order, reverse=True) == order
    page.model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [page.model.data(page.model.index(r, 1)) for r in range(2)] == [
        "автоматически",
        "вручную",
    ]

    asked = []

    def answer(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    activate(window)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.selected_entry().reason == "вручную"
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(asked) == 1 and "Заменить данные программы" in asked[0]


def test_restore_from_the_list_brings_back_an_automatic_backup(window, qtbot, monkeypatch):
    page = backups_page(window)
    change_something(window, "Первая ОШ")
    window.auto_backup_if_changed()
    qtbot.waitUntil(lambda: not window.auto_backup_running, timeout=10_000)
    change_something(window, "Потом изменённая ОШ")

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    informed = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: informed.append(a[2]))
    page = backups_page(window)
    page.refresh()
    row = next(r for r in range(page.model.rowCount()) if page.model.entry(r).kind == "auto")
    assert page.model.data(page.model.index(row, 4)).startswith("Первая ОШ — ")
    page.table.selectRow(row)
    page.restore_button.click()
    qtbot.waitUntil(lambda: bool(informed), timeout=10_000)
    assert window.ctx is not None
    assert window.windowTitle() == "Переход — Первая ОШ"
    assert not window.changed_since_backup  # a restore is not work to back up
