"""Rotating log files in ``DIR/logs``; the user sees one Russian line, the log keeps the rest.

A log that cannot be written (a full or write-protected disk) is given up quietly: the
logging module's own «--- Logging error ---» report never reaches the user's console.
"""

from __future__ import annotations

import contextlib
import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "perekhod.log"


class QuietRotatingFileHandler(RotatingFileHandler):
    """A rotating file handler whose failures to write or rotate are swallowed."""

    def handleError(self, record: logging.LogRecord) -> None:
        # The default prints a traceback to stderr; a log on a full disk just stays short.
        return

    def flush(self) -> None:
        with contextlib.suppress(OSError):  # what could not be written is lost, quietly
            super().flush()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            super().close()


def configure_logging(logs_dir: Path) -> Path:
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / LOG_NAME
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = QuietRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
