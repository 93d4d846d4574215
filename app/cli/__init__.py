"""Command line (../shared/cli.md). Qt-free: the GUI start is handed in by ``ui.launcher``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from app import texts
from app.cli import argparse_ru
from app.cli.parser import build_parser
from app.data_folder import DataFolder, resolve
from app.errors import PerekhodError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
GuiRunner = Callable[[DataFolder], int]

log = logging.getLogger(__name__)


def main(
    argv: Sequence[str] | None = None,
    default_data_dir: Callable[[], Path] | None = None,
    open_gui: GuiRunner | None = None,
) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = window_start(argv)
    if args is None:
        parser = build_parser()
        args, extra = parser.parse_known_args(argv)
        if extra and not getattr(args, "any_args", False):  # a command not built takes anything
            parser.error(argparse_ru.MESSAGES["unrecognized arguments: %s"] % " ".join(extra))
    folder = resolve(getattr(args, "data_dir", None), default_data_dir)
    url = getattr(args, "database_url", None)
    if url:
        from app.hub import is_postgres_url, shown

        if not is_postgres_url(url):
            print(texts.HUB_URL_INVALID.format(url=shown(url)), file=sys.stderr)
            return EXIT_FAILED
        folder = replace(folder, database_url=url)
    if folder.root.exists() and not folder.root.is_dir():
        print(texts.DATA_DIR_IS_FILE.format(path=folder.root), file=sys.stderr)
        return EXIT_FAILED
    handler = getattr(args, "handler", None)
    if handler is None:
        if open_gui is None:
            print(texts.CLI_GUI_UNAVAILABLE, file=sys.stderr)
            return EXIT_FAILED
        return open_gui(folder)
    return run_command(handler, args, folder)


WINDOW_OPTIONS = {"--data-dir": "data_dir", "--database-url": "database_url"}


def window_start(argv: list[str]) -> argparse.Namespace | None:
    """The options of a plain window start (no command; only ``--data-dir`` and
    ``--database-url``), read without building the full parser — building it loads every
    command's module, which the window does not need before it is shown. ``None``
    for anything else: the full parser reads it (and words its errors)."""
    found = argparse.Namespace()
    rest = iter(argv)
    for token in rest:
        name, has_value, value = token.partition("=")
        if name not in WINDOW_OPTIONS:
            return None
        if not has_value:
            value = next(rest, None)
            if value is None or value.startswith("-"):
                return None
        setattr(found, WINDOW_OPTIONS[name], value)
    return found


def run_command(handler: Callable, args: object, folder: DataFolder) -> int:
    """Run one command; every failure becomes one Russian line on stderr."""
    log_path = _log_to(folder)
    try:
        result = handler(args, folder)
    except PerekhodError as err:
        print(_storage_worded(err, folder) or err.message, file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as err:
        log.exception("command failed")
        message = _storage_worded(err, folder) or _os_worded(err)
        if message is None:
            message = texts.CLI_UNEXPECTED.format(log=log_path)
        print(message, file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK if result is None else int(result)


def _storage_worded(err: BaseException, folder: DataFolder) -> str | None:
    """«Недостаточно места на диске …» / «Диск защищён от записи …» when a full or
    write-protected disk is what stopped the command and ``err`` does not say so yet."""
    from app.store_errors import is_storage_message, storage_message

    if isinstance(err, PerekhodError) and is_storage_message(err.message):
        return None
    return storage_message(err, folder.database)


def _os_worded(err: BaseException) -> str | None:
    """An OS error no area words (a file it could not open, a folder it could not make)."""
    if not isinstance(err, OSError):
        return None
    from app.files import os_reason

    if err.filename:
        return texts.CLI_FILE_FAILED.format(path=os.fsdecode(err.filename), reason=os_reason(err))
    return texts.CLI_OS_FAILED.format(reason=os_reason(err))


def _log_to(folder: DataFolder) -> Path:
    from app.logging_setup import configure_logging

    try:
        return configure_logging(folder.logs) if folder.root.exists() else _fallback_log()
    except OSError:
        return _fallback_log()


def _fallback_log() -> Path:
    from app.logging_setup import configure_logging

    return configure_logging(Path(tempfile.gettempdir()) / "perekhod-logs")
