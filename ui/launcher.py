"""Entry point of ``perekhod``: commands run Qt-free; without a command the GUI starts.

Kept light: the GUI path imports only QtCore/QtWidgets before the window is shown.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "perekhod"


def default_data_dir() -> Path:
    """The platform's app-data folder, resolved through QStandardPaths without widgets."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def open_gui(folder) -> int:
    from ui.gui import run_gui

    return run_gui(folder)


def main(argv: list[str] | None = None) -> int:
    from app.cli import main as cli_main

    return cli_main(argv, default_data_dir=default_data_dir, open_gui=open_gui)


if __name__ == "__main__":
    sys.exit(main())
