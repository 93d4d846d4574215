"""Open the installation off the UI thread; migrations get a progress window of their own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


def open_in_background(window: MainWindow) -> None:
    def done(installation) -> None:
        from ui.context import UiContext

        window.set_context(UiContext(installation, window))

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
