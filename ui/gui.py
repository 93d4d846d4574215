"""GUI start: the window first, then the database (migrations with progress) off the UI thread."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.data_folder import DataFolder, peek_display_name
from ui.i18n import install_translations
from ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("perekhod")
    app.setApplicationDisplayName("")
    app.setProperty("perekhod_catalogues", install_translations(app))
    return app  # type: ignore[return-value]


def run_gui(folder: DataFolder) -> int:
    app = make_application()
    from app.logging_setup import configure_logging
    from ui.errors import install_excepthook

    install_excepthook()
    if not folder.has_installation:
        from ui.wizard import run_first_run_wizard

        if not run_first_run_wizard(folder):
            return 0
        configure_logging(folder.logs)
    window = show_main_window(folder)
    QTimer.singleShot(0, lambda: configure_logging(folder.logs))
    from ui import smoke

    if (seconds := smoke.requested()) is not None:
        smoke.watch(window, list(app.property("perekhod_catalogues") or []), seconds)
    return app.exec() if window else 1


def show_main_window(folder: DataFolder) -> MainWindow:
    """Show the shell at once and open the installation in the background."""
    name = peek_display_name(folder) or folder.root.name
    window = MainWindow(folder, name, municipality=_is_municipality(folder))
    window.show()
    QTimer.singleShot(0, lambda: load_installation(window))
    return window


def load_installation(window: MainWindow) -> None:
    from ui.loading import open_in_background

    open_in_background(window)


def _is_municipality(folder: DataFolder) -> bool:
    import json

    try:
        return json.loads(folder.state_file.read_text("utf-8")).get("mode") == "municipality"
    except (OSError, ValueError, AttributeError):
        return False
