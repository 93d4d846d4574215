"""Russian for argparse's own messages (usage, help headings, usage errors).

argparse looks its messages up through the module-level ``_`` (gettext); Python ships no
Russian catalogue for it, so we install a lookup over the messages a user can meet.
"""

from __future__ import annotations

import argparse

MESSAGES = {
    "usage: ": "использование: ",
    "options": "параметры",
    "positional arguments": "аргументы",
    "show this help message and exit": "показать эту справку и выйти",
    "show program's version number and exit": "показать версию программы и выйти",
    "the following arguments are required: %s": "не указаны обязательные параметры: %s",
    "unrecognized arguments: %s": "неизвестные параметры: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "недопустимое значение %(value)r (возможны: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "недопустимое значение: %(value)r",
    "argument %(argument_name)s: %(message)s": "параметр %(argument_name)s: %(message)s",
    "expected one argument": "ожидается одно значение",
    "expected at least one argument": "ожидается хотя бы одно значение",
    "expected at most one argument": "ожидается не больше одного значения",
    "ambiguous option: %(option)s could match %(matches)s": (
        "неоднозначный параметр %(option)s: подходят %(matches)s"
    ),
    "one of the arguments %s is required": "нужен один из параметров %s",
    "not allowed with argument %s": "нельзя вместе с параметром %s",
}


def install() -> None:
    original = argparse._

    def translate(message: str) -> str:
        return MESSAGES.get(message) or original(message)

    argparse._ = translate
