"""Commands of the contract whose issues have not landed yet: they say so and exit 1."""

from __future__ import annotations

import argparse
import sys

from app import texts

UPCOMING = {
    "export-package": "записать пакет обмена",
    "import-package": "загрузить пакеты обмена",
}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    for name, help_text in UPCOMING.items():
        sub = commands.add_parser(name, parents=[common], help=help_text)
        sub.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
        sub.set_defaults(handler=lambda _args, _folder, name=name: not_built(name))


def not_built(command: str) -> int:
    print(texts.CLI_NOT_BUILT.format(command=command), file=sys.stderr)
    return 1
