"""Commands of the contract whose issues have not landed yet: they say so and exit 1."""

from __future__ import annotations

import argparse
import sys

from app import texts

UPCOMING = ("import-key",)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Accepted so that scripts get the Russian «not yet» (exit 1), but not offered: no
    ``help``, so neither ``perekhod --help`` nor a usage error lists them."""
    for name in UPCOMING:
        sub = commands.add_parser(name, parents=[common], add_help=False)
        sub.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
        sub.set_defaults(handler=lambda _args, _folder, name=name: not_built(name), any_args=True)


def not_built(command: str) -> int:
    print(texts.CLI_NOT_BUILT.format(command=command), file=sys.stderr)
    return 1
