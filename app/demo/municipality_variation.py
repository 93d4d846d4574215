"""How one demo school of the district differs from the demo school it is built from.

The school demo (app/demo) tells one story; each school of the demo municipality gets its
own seed for that story's random draws (roadmap statuses, events, answers) and a
:class:`Variant`: its name and categories, its people, its partners, and how far its
results are from the story's (``level``) and how much of the story's improvement it made
(``progress``, below 0 for a school whose results fell). The same functions vary a
snapshot's JSON text for the benchmark's package generator.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from app.demo.municipality_names import (
    DISTRICT,
    LEADERS,
    REGION,
    Person,
    SchoolName,
    school_names,
    staff,
)
from app.installation import SchoolInfo

DEMO_PEER_STEM = "Ольховск"  # «Ольховская основная школа», the story's peer school
DEMO_PEER_DIRECTOR = ("Мельников Артём Игоревич", "Мельников А. И.")


@dataclass(frozen=True, slots=True)
class Variant:
    index: int
    seed: int
    info: SchoolInfo
    replacements: tuple[tuple[re.Pattern[str], str], ...]
    level: float  # results relative to the story's (targets follow)
    progress: float  # share of the story's improvement made


def district(count: int, seed: int) -> list[Variant]:
    """``count`` schools of one district: distinct names, and people, partners and results
    drawn from each school's own seed (adding schools never changes the others)."""
    names = school_names(count, random.Random(seed))
    rngs = [random.Random(f"{seed}/{index}") for index in range(count)]
    people = [staff(rng) for rng in rngs]
    basic = [i for i, n in enumerate(names) if n.short.split()[1] == "ОШ"]
    variants = []
    for index, (name, rng) in enumerate(zip(names, rngs, strict=True)):
        director, roster = people[index]
        peers = [i for i in basic if i != index]
        peer = rng.choice(peers) if peers else None
        leader = LEADERS[0] if rng.random() < 0.5 else LEADERS[1]
        subs = _people(roster) + _leader(leader) + _peer(names, people, peer)
        info = _info(name, director, rng)
        variants.append(
            Variant(
                index=index,
                seed=seed * 1000 + index,
                info=info,
                replacements=tuple(subs),
                level=round(rng.uniform(0.82, 1.08), 3),
                progress=rng.choice((-0.4, 0.2, 0.6, 1.0, 1.0, 1.3)),
            )
        )
    return variants


def _info(name: SchoolName, director: Person, rng: random.Random) -> SchoolInfo:
    basic = name.short.split()[1] == "ОШ"
    pupils = rng.randint(35, 140) if basic else rng.randint(90, 420)
    low, hard = rng.random() < 0.7, rng.random() < 0.45
    if not (low or hard):  # a school with a transition programme is one or the other
        low = True
    return SchoolInfo(
        full_name=name.full,
        short_name=name.short,
        municipality=DISTRICT,
        address=f"{REGION}, {name.village}, ул. {rng.choice(_STREETS)}, д. {rng.randint(1, 40)}",
        director=director.full,
        phone=f"+7 (48533) {rng.randint(2, 6)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        email=f"school{rng.randint(100, 999)}@example.ru",
        is_rural=True,
        is_small=pupils < 100,
        low_results=low,
        hard_social_conditions=hard,
        pupils=pupils,
        teachers=max(8, pupils // 9 + rng.randint(4, 9)),
        classes=9 if basic else 11,
    )


_STREETS = ("Школьная", "Центральная", "Садовая", "Молодёжная", "Лесная", "Советская")


def _people(roster: dict[str, Person]) -> list[tuple[re.Pattern[str], str]]:
    """The demo roster's names, short («Surname I. O.») and full, -> this school's people."""
    subs = []
    for old, new in roster.items():
        surname, first, middle = old.split()
        subs.append((re.compile(re.escape(old)), new.short))
        subs.append((re.compile(rf"{surname} {first[0]}\w+ {middle[0]}\w+"), new.full))
    return subs


def _leader(leader: tuple[str, str]) -> list[tuple[re.Pattern[str], str]]:
    if leader == LEADERS[1]:  # the story's own leader
        return []
    return [
        (re.compile(r"(Заречн\w+ гимнази\w+) № 2"), r"\1 № 1"),
        (re.compile(r"Соболева Надежда Алексеевна"), "Вершинина Елена Викторовна"),
        (re.compile(r"Соболева Н\. А\."), "Вершинина Е. В."),
    ]


def _peer(
    names: list[SchoolName], people: list[tuple[Person, dict[str, Person]]], peer: int | None
) -> list[tuple[re.Pattern[str], str]]:
    if peer is None:
        return []
    stem = names[peer].short.split()[0][:-2]
    director = people[peer][0]
    return [
        (re.compile(DEMO_PEER_STEM), stem),
        (re.compile(re.escape(DEMO_PEER_DIRECTOR[0])), director.full),
        (re.compile(re.escape(DEMO_PEER_DIRECTOR[1])), director.short),
    ]


def rename(text: str, variant: Variant) -> str:
    for pattern, replacement in variant.replacements:
        text = pattern.sub(replacement, text)
    return text


def varied_value(value: float, baseline: float, unit: str, variant: Variant) -> float:
    """An indicator's value for this school: the story's ``value`` at this school's level,
    with ``progress`` of the story's change since ``baseline``."""
    new = (baseline + (value - baseline) * variant.progress) * variant.level
    return _bounded(new, unit)


def varied_target(value: float, unit: str, variant: Variant) -> float:
    return _bounded(value * variant.level, unit)


def _bounded(value: float, unit: str) -> float:
    value = max(0.0, value)
    if unit == "%":
        value = min(100.0, value)
    if unit == "чел.":
        return float(round(value))
    return round(value, 1)
