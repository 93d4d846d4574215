"""ui/widgets/files.py: where file dialogs start, what they propose and remember, and what
«Открыть» says when nothing on the computer opens the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ui.widgets import files


class Calls(list):
    """Calls of the platform dialog as (save?, start, filter); ``answers`` are returned."""

    answers: list[str]


@pytest.fixture
def asked(monkeypatch) -> Calls:
    calls, answers = Calls(), []

    def fake(parent, save, title, start, filter_text):
        calls.append((save, start, filter_text))
        return answers.pop(0) if answers else ""

    monkeypatch.setattr(files, "ask", fake)
    monkeypatch.setattr(files, "_last_folder", None)
    calls.answers = answers
    return calls


@pytest.fixture
def window(qtbot, tmp_path) -> QMainWindow:
    """A main window with its ui.ini, as ui/main_window.py keeps it."""
    window = QMainWindow()
    window.settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window.setCentralWidget(QWidget())
    qtbot.addWidget(window)
    return window


def test_first_dialog_starts_in_documents_with_a_russian_name(asked, window, tmp_path, monkeypatch):
    documents = tmp_path / "Документы"
    documents.mkdir()
    monkeypatch.setattr(files, "documents_folder", lambda: documents)
    files.ask_save(
        window.centralWidget(), "Выгрузка", "дорожная-карта-2026-2027.xlsx", "*", ".xlsx"
    )
    assert asked == [(True, str(documents / "дорожная-карта-2026-2027.xlsx"), "*")]


def test_documents_or_home(monkeypatch, tmp_path):
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: "")
    assert files.documents_folder() == Path.home()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(tmp_path))
    assert files.documents_folder() == tmp_path


def test_suffix_added_and_folder_remembered_in_ui_ini(asked, window, tmp_path):
    usb = tmp_path / "флешка"
    usb.mkdir()
    asked.answers.append(str(usb / "отчёт"))
    chosen = files.ask_save(window.centralWidget(), "Отчёт", "отчёт.pdf", "*.pdf", ".pdf")
    assert chosen == usb / "отчёт.pdf"
    assert window.settings.value(files.LAST_FOLDER_KEY) == str(usb)
    files.ask_open(window.centralWidget(), "Загрузка", "*.xlsx")
    assert asked[-1] == (False, str(usb), "*.xlsx")


def test_a_window_without_settings_remembers_for_this_run(asked, qtbot, tmp_path):
    widget = QWidget()
    qtbot.addWidget(widget)
    asked.answers.append(str(tmp_path / "копия.perekhod-backup"))
    assert files.ask_open(widget, "Копия", "*") == tmp_path / "копия.perekhod-backup"
    files.ask_open(widget, "Копия", "*")
    assert asked[-1][1] == str(tmp_path)


def test_cancel_returns_none_and_remembers_nothing(asked, window):
    assert files.ask_save(window, "Отчёт", "отчёт.pdf", "*.pdf", ".pdf") is None
    assert window.settings.value(files.LAST_FOLDER_KEY) is None


def test_file_names_lose_characters_windows_forbids():
    assert (
        files.safe_file_name("Профили «500+»: 2021/1 <черновик>?.")
        == "Профили «500+» 2021 1 черновик"
    )
    assert files.safe_file_name("   ") == "файл"


def test_open_without_a_viewer_says_where_the_file_is(monkeypatch, qtbot, tmp_path):
    from PySide6.QtGui import QDesktopServices

    report = tmp_path / "годовой-отчёт-2025-2026.pdf"
    report.write_bytes(b"%PDF-1.4")
    opened: list[str] = []

    def open_url(url) -> bool:
        opened.append(url.toLocalFile())
        return url.toLocalFile() != str(report)  # no PDF viewer; folders do open

    shown: list[QMessageBox] = []

    def exec_(box) -> int:
        shown.append(box)
        folder = next(b for b in box.buttons() if b.text() == "Открыть папку")
        folder.click()
        return 0

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert files.open_with_desktop(parent, report) is False
    text = shown[0].text()
    assert "нет программы, которая открывает этот файл" in text
    assert str(report) in text
    assert opened == [str(report), str(tmp_path)]
    assert files.open_with_desktop(parent, tmp_path) is True
    assert len(shown) == 1
