"""Invented names for the demo municipality's schools: villages, schools and people.

None of them is a person or school of the seed documents. Everything is drawn from a
seeded ``random.Random``, so the same seed gives the same district.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.demo.profile import STAFF

DISTRICT = "Заречный муниципальный район"
DISTRICT_GENITIVE = "Заречного муниципального района"
REGION = "Ярославская обл., Заречный р-н"

# village (for the address) -> the school's adjective
VILLAGES: tuple[tuple[str, str], ...] = (
    ("с. Сосновка", "Сосновская"),
    ("с. Калиновка", "Калиновская"),
    ("д. Рябиновка", "Рябиновская"),
    ("с. Липовка", "Липовская"),
    ("д. Осиновка", "Осиновская"),
    ("с. Дубровка", "Дубровская"),
    ("с. Луговое", "Луговская"),
    ("с. Покровское", "Покровская"),
    ("с. Никольское", "Никольская"),
    ("с. Троицкое", "Троицкая"),
    ("с. Успенское", "Успенская"),
    ("д. Озёрки", "Озёрская"),
    ("д. Вязовка", "Вязовская"),
    ("д. Еловка", "Еловская"),
    ("д. Малиновка", "Малиновская"),
    ("с. Полянка", "Полянская"),
    ("с. Новосёлки", "Новосёлковская"),
    ("с. Горки", "Горковская"),
    ("д. Родники", "Родниковская"),
    ("с. Каменка", "Каменская"),
    ("с. Знаменка", "Знаменская"),
    ("с. Богородское", "Богородская"),
    ("с. Лесное", "Лесновская"),
    ("д. Кленовка", "Кленовская"),
    ("д. Грачёвка", "Грачёвская"),
    ("д. Журавлёвка", "Журавлёвская"),
    ("с. Боровое", "Боровская"),
    ("с. Ракитное", "Ракитянская"),
)
# (full, short) school kinds; a small school is more often an основная школа
KINDS = (("средняя школа", "СОШ"), ("основная школа", "ОШ"))
LEADERS = ("Заречная гимназия № 1", "Заречная гимназия № 2")  # the second is the story's

# (male surname, female surname)
SURNAMES = (
    ("Новиков", "Новикова"),
    ("Морозов", "Морозова"),
    ("Волков", "Волкова"),
    ("Соколов", "Соколова"),
    ("Лебедев", "Лебедева"),
    ("Козлов", "Козлова"),
    ("Степанов", "Степанова"),
    ("Николаев", "Николаева"),
    ("Фролов", "Фролова"),
    ("Гусев", "Гусева"),
    ("Титов", "Титова"),
    ("Кузьмин", "Кузьмина"),
    ("Зайцев", "Зайцева"),
    ("Жуков", "Жукова"),
    ("Карпов", "Карпова"),
    ("Макаров", "Макарова"),
    ("Никитин", "Никитина"),
    ("Захаров", "Захарова"),
    ("Яковлев", "Яковлева"),
    ("Романов", "Романова"),
    ("Воробьёв", "Воробьёва"),
    ("Киселёв", "Киселёва"),
    ("Поляков", "Полякова"),
    ("Тарасов", "Тарасова"),
    ("Сорокин", "Сорокина"),
    ("Куликов", "Куликова"),
    ("Голубев", "Голубева"),
    ("Виноградов", "Виноградова"),
)
FEMALE_NAMES = ("Ирина", "Светлана", "Наталья", "Елена", "Ольга", "Татьяна", "Марина", "Галина")
MALE_NAMES = ("Сергей", "Андрей", "Алексей", "Дмитрий", "Николай", "Владимир", "Игорь", "Виктор")
# (father's name, patronymic masculine, patronymic feminine)
PATRONYMICS = (
    ("Пётр", "Петрович", "Петровна"),
    ("Иван", "Иванович", "Ивановна"),
    ("Сергей", "Сергеевич", "Сергеевна"),
    ("Николай", "Николаевич", "Николаевна"),
    ("Владимир", "Владимирович", "Владимировна"),
    ("Михаил", "Михайлович", "Михайловна"),
    ("Алексей", "Алексеевич", "Алексеевна"),
    ("Василий", "Васильевич", "Васильевна"),
)


@dataclass(frozen=True, slots=True)
class Person:
    surname: str
    name: str
    patronymic: str

    @property
    def full(self) -> str:
        return f"{self.surname} {self.name} {self.patronymic}"

    @property
    def short(self) -> str:
        return f"{self.surname} {self.name[0]}. {self.patronymic[0]}."


def is_female(short_name: str) -> bool:
    return short_name.split()[0].endswith("а")


def person(rng: random.Random, female: bool, taken: set[str]) -> Person:
    """A person whose short name is not in ``taken`` (then added to it)."""
    while True:
        male_surname, female_surname = rng.choice(SURNAMES)
        _father, masculine, feminine = rng.choice(PATRONYMICS)
        if female:
            found = Person(female_surname, rng.choice(FEMALE_NAMES), feminine)
        else:
            found = Person(male_surname, rng.choice(MALE_NAMES), masculine)
        if found.short not in taken:
            taken.add(found.short)
            return found


def staff(rng: random.Random) -> tuple[Person, dict[str, Person]]:
    """The director and a person for every short name of the demo's roster (the roster's
    first line is the director)."""
    taken: set[str] = set()
    director = person(rng, rng.random() < 0.75, taken)  # most rural directors are women
    roster = {}
    for index, short_name in enumerate(STAFF):
        roster[short_name] = director if index == 0 else person(rng, is_female(short_name), taken)
    return director, roster


@dataclass(frozen=True, slots=True)
class SchoolName:
    full: str
    short: str
    village: str


def school_names(count: int, rng: random.Random) -> list[SchoolName]:
    """``count`` distinct school names; after every village is used, numbers follow."""
    villages = list(VILLAGES)
    rng.shuffle(villages)
    names = []
    for index in range(count):
        village, adjective = villages[index % len(villages)]
        full_kind, short_kind = KINDS[0] if rng.random() < 0.45 else KINDS[1]
        number = index // len(villages)
        suffix = f" № {number + 1}" if number else ""
        names.append(
            SchoolName(
                full=(
                    "Муниципальное общеобразовательное учреждение "
                    f"«{adjective} {full_kind}{suffix}» {DISTRICT_GENITIVE}"
                ),
                short=f"{adjective} {short_kind}{suffix}",
                village=village,
            )
        )
    return names
