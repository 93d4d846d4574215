"""Argument parser. Each area adds its commands through a ``register(commands)`` module."""

from __future__ import annotations

import argparse
import sys
from importlib import import_module
from typing import NoReturn

from app.cli import argparse_ru
from app.version import APP_VERSION

# Modules with a ``register(subparsers, common)`` function, in help order.
COMMAND_MODULES = (
    "app.cli.foundation",
    "app.cli.xlsx",
    "app.cli.report",
    "app.cli.upcoming",
)

USAGE_PREFIX = "perekhod: ошибка в команде: "


class RussianArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{USAGE_PREFIX}{message}\n")


def common_options() -> argparse.ArgumentParser:
    """Options every command accepts; SUPPRESS keeps a subcommand from erasing the main's."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR", help="папка данных")
    common.add_argument(
        "--database-url",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="база данных PostgreSQL вместо SQLite (муниципалитет)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    argparse_ru.install()
    common = common_options()
    parser = RussianArgumentParser(
        prog="perekhod",
        description="«Переход» — программа перехода школы в эффективный режим работы.",
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"perekhod {APP_VERSION}",
        help="показать версию программы и выйти",
    )
    commands = parser.add_subparsers(
        dest="command", metavar="КОМАНДА", parser_class=RussianArgumentParser
    )
    for name in COMMAND_MODULES:
        import_module(name).register(commands, common)
    return parser
