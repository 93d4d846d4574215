"""Entry point of ``perekhod``: commands run Qt-free; without a command the GUI starts.

Kept light: the GUI path imports only QtCore/QtWidgets before the window is shown, and
``perekhod --version`` imports nothing but the version (tests/test_start_path.py).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

APP_NAME = "perekhod"


def default_data_dir() -> Path:
    """The platform's app-data folder, resolved through QStandardPaths without widgets."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def open_gui(folder) -> int:
    refused = refuse_window_start()
    if refused is not None:
        return refused
    from ui.gui import run_gui

    return run_gui(folder)


def refuse_window_start() -> int | None:
    """Exit code 1, with the reason in Russian on stderr (and in a desktop message box when
    started from a menu), if Qt could not open a window here; None to go on.

    Runs before QtGui/QtWidgets are imported: a missing X11 library would otherwise end
    in Qt's English abort."""
    from app.system_libraries import gui_start_problem, show_plain

    message = gui_start_problem()
    if message is None:
        return None
    if sys.stderr is not None:
        print(message, file=sys.stderr)
    if sys.stderr is None or not sys.stderr.isatty():
        show_plain(message)
    return 1


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if args == ["--version"]:  # answered before argparse and the commands are loaded
        from app.version import APP_VERSION

        print(f"perekhod {APP_VERSION}")
        return 0
    import gc

    # Starting allocates a few hundred thousand long-lived objects (modules, classes,
    # mapped tables): at the default threshold (700) the collector walks them hundreds of
    # times for nothing, ~8 % of the window's or a report's start (tests/bench/startup.py).
    gc.set_threshold(10_000, 10, 10)
    from app.cli import main as cli_main

    code = cli_main(args, default_data_dir=default_data_dir, open_gui=open_gui)
    if "PySide6.QtWidgets" not in sys.modules:
        # A command is done and the process ends: the interpreter's last collection need
        # not walk every long-lived object once more (~10 % of `perekhod report`).
        gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(main())
