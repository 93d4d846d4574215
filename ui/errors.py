"""Showing failures: a Russian sentence in a message box, the traceback only in the log."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import CancelledError, PerekhodError

log = logging.getLogger(__name__)


def error_text(err: BaseException) -> str:
    if isinstance(err, PerekhodError):
        return err.message
    from app.store_errors import storage_message

    storage = storage_message(err)  # a full or write-protected disk under an edit
    if storage is not None:
        return storage
    return QCoreApplication.translate(
        "Errors",
        "An unexpected error occurred. The details are written to the log file "
        "in the data folder's logs subfolder.",
    )


def show_error(parent: QWidget | None, err: BaseException) -> None:
    if isinstance(err, CancelledError):
        return
    if not isinstance(err, PerekhodError):
        log.error("unexpected error", exc_info=(type(err), err, err.__traceback__))
    title = QCoreApplication.translate("Errors", "Perekhod")
    QMessageBox.warning(parent, title, error_text(err))


def install_excepthook() -> None:
    """Uncaught exceptions in slots go to the log and a message box, never to a console."""

    def hook(kind: type[BaseException], err: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, err, tb))
        try:
            show_error(None, err)
        except Exception:  # the UI itself may be what failed
            log.exception("could not show the error")

    sys.excepthook = hook
