"""Open the installation off the UI thread; migrations get a progress window of their own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
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
        state = _hub_state(window.folder)
        if state is not None:  # a server problem: a SQLite backup is no answer to it
            _offer_hub_choices(window, state, error_text(err))
        elif isinstance(err, PerekhodError) and not _offer_rescue(window, err):
            show_error(window, err)

    run_task(
        lambda progress: _open(window.folder, progress),
        parent=window,
        label=QCoreApplication.translate("Loading", "Opening the database…"),
        on_done=done,
        on_error=failed,
        cancellable=False,
    )


def _hub_state(folder):
    """The municipality's state when ``folder`` opens a shared PostgreSQL database."""
    from app.state import Mode, load_state

    try:
        state = load_state(folder.state_file)
    except PerekhodError:
        return None
    if state.mode is not Mode.MUNICIPALITY or not (folder.database_url or state.database_url):
        return None
    return state


def _offer_hub_choices(window: MainWindow, state, message: str) -> None:
    """The shared database did not open: try again, or change its address (the Settings
    group in a dialog, since Настройки needs the open data), or leave the window as is."""
    translate = QCoreApplication.translate
    while True:
        choice = ask_hub_choice(window, message)
        if choice == "retry":
            open_in_background(window)
            return
        if choice != "address":
            return
        from ui.sections.settings import HubConnectionDialog

        dialog = HubConnectionDialog(window.folder, state, window)
        if dialog.exec() == HubConnectionDialog.DialogCode.Accepted:
            window.folder = replace(window.folder, database_url=None)  # the saved address
            window.show_load_error(translate("Loading", "Opening the database…"))
            open_in_background(window)
            return


def ask_hub_choice(window: MainWindow, message: str) -> str:
    """«retry», «address» or «close» (tests replace this function)."""
    translate = QCoreApplication.translate
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Loading", "The shared database cannot be opened"))
    box.setText(message)
    box.setInformativeText(
        translate(
            "Loading",
            "Check that the server is running and reachable from this computer, then try "
            "again, or change the database's address.",
        )
    )
    retry = box.addButton(translate("Loading", "&Try again"), QMessageBox.ButtonRole.AcceptRole)
    address = box.addButton(
        translate("Loading", "Database &address…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(translate("Loading", "&Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else "address" if clicked is address else "close"


def reopen(window: MainWindow) -> bool:
    """Open the data again after its address changed in Настройки (state.json now names
    it); False when that must wait for a restart: work is still running, or an edited
    form stays open."""
    from ui.worker import tasks_running

    if tasks_running() or window.ctx is None:
        return False
    pages = [window.stack.widget(index) for index in range(window.stack.count())]
    if not all(getattr(page, "can_leave", lambda: True)() for page in pages):
        return False
    window.detach_context(QCoreApplication.translate("Loading", "Opening the database…"))
    window.folder = replace(window.folder, database_url=None)  # --database-url no longer wins
    open_in_background(window)
    return True


def _offer_rescue(window: MainWindow, err: PerekhodError) -> bool:
    """When the database cannot be opened and a good backup exists, offer to restore it
    (the refusal names that backup already); whether the offer was made."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.backups import rescue_backup

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        backup = rescue_backup(window.folder)  # checks backups fully: may take a second
    finally:
        QApplication.restoreOverrideCursor()
    if backup is None:
        return False
    question = QCoreApplication.translate(
        "Loading", "%1\n\nRestore the data from this backup now? The damaged file is kept."
    ).replace("%1", err.message)
    title = QCoreApplication.translate("Loading", "The data cannot be opened")
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    if QMessageBox.question(window, title, question, buttons) == QMessageBox.StandardButton.Yes:
        restore_and_reopen(window, backup)
    return True


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
        previous = result.previous_saved_as
        # without a database to keep there is no "previous data" sentence
        text = text.split("\n\n")[0] if previous is None else text.replace("%2", previous.name)
        title = QCoreApplication.translate("Loading", "Data restored")
        open_in_background(window, after=lambda: QMessageBox.information(window, title, text))

    def failed(err: BaseException) -> None:
        from ui.errors import show_error

        show_error(window, err)
        open_in_background(window)

    run_task(work, parent=window, label=label, on_done=done, on_error=failed, cancellable=False)
