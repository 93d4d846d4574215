"""Qt fixtures of the shell tests: Russian catalogues loaded, a main window on a school."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.data_folder import DataFolder
from app.installation import Installation, open_installation


@pytest.fixture(autouse=True)
def russian(russian_catalogues):
    return russian_catalogues


@pytest.fixture
def window_for(qtbot):
    """``window_for(folder)``: a shown main window with its installation opened here."""
    from ui.context import UiContext
    from ui.main_window import MainWindow

    opened: list[Installation] = []

    def make(folder: DataFolder, municipality: bool = False):
        installation = open_installation(folder)
        opened.append(installation)
        window = MainWindow(folder, installation.state.display_name, municipality)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.set_context(UiContext(installation, window))
        return window

    yield make
    for installation in opened:
        installation.close()


@pytest.fixture
def window(school: Installation, window_for) -> Iterator:
    """The main window on the fresh school «Тестовая ОШ» (the fixture's own handle closed)."""
    folder = school.folder
    school.close()
    yield window_for(folder)


@pytest.fixture
def activate(qtbot):
    """Make a shown window the active one, so shortcuts and focus behave as on a desktop."""
    from PySide6.QtWidgets import QApplication

    def make_active(widget) -> None:
        widget.windowHandle().requestActivate()
        qtbot.wait(20)
        if QApplication.activeWindow() is not widget:
            QApplication.setActiveWindow(widget)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)

    return make_active


@pytest.fixture
def municipality_folder(data_folder: DataFolder) -> DataFolder:
    from app.installation import MunicipalityInfo, create_municipality

    info = MunicipalityInfo(name="Управление образования", short_name="УО Лесного района")
    create_municipality(data_folder, info).close()
    return data_folder


@pytest.fixture(autouse=True)
def error_boxes(monkeypatch) -> Iterator[list[str]]:
    """Warning boxes are recorded instead of blocking; a test that expects one clears the list."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    # Closing a wizard at teardown must not wait for an answer.
    monkeypatch.setattr("ui.wizard.confirm_abort", lambda parent: True)
    monkeypatch.setattr(
        "ui.sections.settings.ask_unsaved", lambda parent: QMessageBox.StandardButton.Discard
    )
    monkeypatch.setattr(
        "ui.widgets.unsaved.ask_unsaved", lambda parent, text: QMessageBox.StandardButton.Discard
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    yield shown
    assert shown == [], f"unexpected error message: {shown}"
