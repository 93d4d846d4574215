"""Open the installation off the UI thread; migrations get a progress window of their own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.errors import PerekhodError
from app.progress import Progress
from ui.main_window import MainWindow
from ui.worker import run_task


def _open(folder, progress: Progress):
    from app.installation import open_installation

    installation = open_installation(folder, migrate=False)
    if installation.schema is not None and installation.schema.pending:
        progress.report(0, 0, QCoreApplication.translate("Loading", "Updating the database…"))
        try:
            installation.migrate()
        except BaseException:
            installation.close()
            raise
    return installation


def open_in_background(window: MainWindow, after: Callable[[], None] | None = None) -> None:
    """Open ``window.folder``'s installation on the worker, then give the window its context."""

    def done(installation) -> None:
        from ui.context import UiContext

        window.set_context(UiContext(installation, window))
        if after is not None:
            after()

    def failed(err: BaseException) -> None:
        from ui.errors import error_text, show_error

        window.show_load_error(error_text(err))
        if isinstance(err, PerekhodError):
            show_error(window, err)

    run_task(
        lambda progress: _open(window.folder, progress),
        parent=window,
        label=QCoreApplication.translate("Loading", "Opening the database…"),
        on_done=done,
        on_error=failed,
        cancellable=False,
    )


def restore_and_reopen(window: MainWindow, source: Path) -> None:
    """Close the open data, restore ``source`` over it (saving it first), open it again."""
    label = QCoreApplication.translate("Loading", "Restoring the data from the backup…")
    window.detach_context(label)
    folder = window.folder

    def work(progress: Progress):
        from app.backups import restore_backup

        progress.report(0, 0, label)
        return restore_backup(folder, source)

    def done(result) -> None:
        text = QCoreApplication.translate(
            "Loading",
            "The data was restored from %1.\n\nThe previous data was saved as %2.",
        )
        text = text.replace("%1", str(result.restored_from))
        text = text.replace("%2", str(result.previous_saved_as.name))
        title = QCoreApplication.translate("Loading", "Data restored")
        open_in_background(window, after=lambda: QMessageBox.information(window, title, text))

    def failed(err: BaseException) -> None:
        from ui.errors import show_error

        show_error(window, err)
        open_in_background(window)

    run_task(work, parent=window, label=label, on_done=done, on_error=failed, cancellable=False)
