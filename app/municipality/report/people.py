"""Who the order names, found in the municipality's own data: the head who signs (the
plan's responsible with a head's position), the methodical centre and its head (the
resources' «responsible»), and schools' directors as «Фамилия И. О.»."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.folding import fold
from app.municipality.report.model import ReportData

_HEAD_ROLES = ("начальник", "руководитель", "председатель", "заведующ", "глава")
_INITIALS = re.compile(r"^[А-ЯЁ][а-яё-]+ [А-ЯЁ]\.\s?[А-ЯЁ]\.$")


@dataclass(frozen=True, slots=True)
class Person:
    name: str  # «Фамилия И. О.»
    position: str = ""  # as the data has it (lower case)


@dataclass(frozen=True, slots=True)
class Centre:
    """The methodical centre: its name and head (either may be unknown)."""

    name: str
    head: Person | None


def initials(full_name: str) -> str:
    """«Козлова Галина Николаевна» → «Козлова Г. Н.»; a short form stays as it is."""
    words = full_name.split()
    if len(words) != 3 or any(w.endswith(".") for w in words):
        return " ".join(words)
    surname, first, middle = words
    return f"{surname} {first[0]}. {middle[0]}."


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def head(data: ReportData) -> Person | None:
    """The head of the municipal authority: its director, else the plan's responsible
    whose position is a head's."""
    if data.municipality.director.strip():
        return Person(initials(data.municipality.director), "")
    for action in data.plan:
        if action.responsible and fold(action.role).startswith(_HEAD_ROLES):
            return Person(initials(action.responsible), action.role)
    return None


def centre(data: ReportData) -> Centre | None:
    """The methodical centre named among the resources' responsible («Шилова Е. А., МКУ
    «Информационно-методический центр» …»), with its head's position from the plan."""
    for text in data.resource_people:
        if "центр" not in fold(text):
            continue
        first, _, rest = text.partition(",")
        if rest.strip() and _INITIALS.match(first.strip()):
            name = first.strip()
            return Centre(rest.strip(), Person(name, _position_of(data, name)))
        return Centre(text.strip(), None)
    return None


def _position_of(data: ReportData, name: str) -> str:
    for action in data.plan:
        if initials(action.responsible) == name and action.role:
            return action.role
    return ""
