"""Argument parser. Each area adds its commands through a ``register(commands)`` module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from importlib import import_module
from typing import NoReturn

from app.cli import argparse_ru
from app.version import APP_VERSION

# Modules with a ``register(subparsers, common)`` function, in help order.
COMMAND_MODULES = (
    "app.cli.foundation",
    "app.cli.xlsx",
    "app.cli.report",
    "app.cli.exchange",
)

USAGE_PREFIX = "perekhod: ошибка в команде: "
EPILOG = (
    "Справка по команде: perekhod КОМАНДА --help.\n"
    "Коды завершения: 0 — готово; 1 — отказ или ошибка (причина одной строкой);\n"
    "2 — ошибка в записи команды."
)
DATA_DIR_HELP = (
    "папка данных «Перехода» (по умолчанию — из переменной PEREKHOD_DATA_DIR, "
    "иначе папка программы в профиле пользователя)"
)


class Choices(tuple):
    """Values a parameter accepts: help, usage and error messages list only the offered
    ones; ``later`` (values the contract promises, not built yet) are accepted, not shown."""

    later: frozenset[str]

    def __new__(cls, offered: Iterable[str], later: Iterable[str] = ()) -> Choices:
        made = super().__new__(cls, tuple(offered))
        made.later = frozenset(later)
        return made

    def __contains__(self, value: object) -> bool:
        return tuple.__contains__(self, value) or value in self.later


class RussianArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{USAGE_PREFIX}{message}\n")


def academic_year(text: str) -> object:
    """``--year``: an academic year «2024-2025»; anything else is a usage error in Russian."""
    from app.academic_year import parse_year
    from app.errors import ValidationError

    try:
        return parse_year(text)
    except ValidationError as err:
        raise argparse.ArgumentTypeError(err.message) from None


def common_options() -> argparse.ArgumentParser:
    """Options every command accepts; SUPPRESS keeps a subcommand from erasing the main's."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR", help=DATA_DIR_HELP)
    common.add_argument(
        "--database-url",
        default=argparse.SUPPRESS,
        metavar="URL",
        help=(
            "режим муниципалитета на сервере PostgreSQL (региональный центр): адрес вида "
            "postgresql://пользователь@сервер:5432/база; пароль — в адресе или в файле "
            "PGPASSFILE, программа его не хранит"
        ),
    )
    return common


def add_command(
    commands: argparse._SubParsersAction,
    common: argparse.ArgumentParser,
    name: str,
    summary: str,
    description: str = "",
) -> argparse.ArgumentParser:
    """A subcommand listed in ``perekhod --help`` with ``summary``; its own ``--help``
    shows ``description`` as written (line breaks kept)."""
    return commands.add_parser(
        name,
        parents=[common],
        help=summary,
        description=description or summary[:1].upper() + summary[1:] + ".",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def build_parser() -> argparse.ArgumentParser:
    argparse_ru.install()
    common = common_options()
    parser = RussianArgumentParser(
        prog="perekhod",
        description=(
            "«Переход» — программа перехода школы в эффективный режим работы.\n"
            "Без команды открывается окно программы (при первом запуске — мастер)."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    commands.choices = OfferedCommands(commands.choices, commands._choices_actions)
    return parser


class OfferedCommands(dict):
    """The subcommands by name; a usage error lists only those with a ``help`` (offered),
    while the ones of the contract not built yet are still found."""

    def __init__(self, parsers: dict, offered: Iterable[argparse.Action]) -> None:
        super().__init__(parsers)
        self.offered = tuple(action.dest for action in offered)

    def __iter__(self):
        return iter(self.offered)
