"""Copy unfinished activities forward; paste of tab-separated rows validated like an import."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.programme.copy_forward import copy_forward
from app.programme.fields import Lookups
from app.programme.paste import parse_paste
from app.programme.roadmap import list_activities
from app.programme.rows import Status
from tests.programme.fixture import TODAY, Y25, Y26, build


def test_copy_forward_moves_unfinished_into_next_year_once(school) -> None:
    build(school.scope)
    copies = copy_forward(school.scope, Y25).value
    # «Курсы» (не выполнено) and «Диагностика» (выполняется); the done concert stays
    assert sorted(r.title for r in copies) == ["Диагностика", "Курсы для учителей"]
    next_year = {r.title: r for r in list_activities(school.scope, Y26, today=TODAY)}
    courses = next_year["Курсы для учителей"]
    assert (courses.start, courses.end) == (date(2027, 3, 1), date(2027, 3, 31))
    assert courses.status is Status.PLANNED
    assert (courses.reason_id, courses.reason_text, courses.actual_result) == (None, "", "")
    assert courses.task_number == 2
    assert next_year["Диагностика"].overdue  # 01–30.09.2026 has passed on 23.11.2026
    assert copy_forward(school.scope, Y25).value == []  # already copied: nothing twice
    assert len(list_activities(school.scope)) == 5


def test_copy_forward_with_nothing_unfinished_says_so(school) -> None:
    with pytest.raises(ValidationError, match="нет невыполненных"):
        copy_forward(school.scope, Y26)


GOOD = (
    "№ задачи\tМероприятие\tСрок\tОтветственный\tПрогнозируемый результат\tСтатус\n"
    "1\tМетодический совет\tоктябрь\tСемёнова А. А.\tпротокол\tвыполнено\n"
    "2.\tСеминар «=СУММ(А1)»\tII четверть\tИванов Б. Б.\t\t\n"
)


def test_paste_reads_rows_with_month_and_quarter(school) -> None:
    build(school.scope)
    result = parse_paste(GOOD, Y25, Lookups.load(school.scope))
    assert result.errors == []
    first, second = result.rows
    assert (first.title, first.task_number, first.status) == ("Методический совет", 1, "done")
    assert (first.start, first.end, first.period_text) == (
        date(2025, 10, 1),
        date(2025, 10, 31),
        "октябрь",
    )
    assert (second.start, second.end) == (date(2025, 11, 1), date(2025, 12, 31))
    assert second.title == "Семинар «=СУММ(А1)»"
    assert second.status is Status.PLANNED


def test_paste_with_bad_rows_keeps_nothing_and_names_rows(school) -> None:
    build(school.scope)
    text = (
        "1\tХороший\tсентябрь\n"
        "7\tПлохая задача\tсентябрь\n"
        "1\tПлохой срок\tкогда-нибудь\n"
        "1\tПлохой статус\tмай\tИванов\t\tготово\n"
    )
    result = parse_paste(text, Y25, Lookups.load(school.scope))
    assert result.rows == []
    assert len(result.errors) == 3
    assert result.errors[0].startswith("Строка 2, столбец «№ задачи»: Задачи № 7 нет")
    assert result.errors[1].startswith("Строка 3, столбец «Срок»: Срок «когда-нибудь»")
    assert result.errors[2].startswith("Строка 4, столбец «Статус»: Неизвестное значение «готово»")


def test_empty_paste_is_an_error(school) -> None:
    assert parse_paste(" \n\t\n", Y25, Lookups.load(school.scope)).errors == [
        "В буфере обмена нет строк для вставки."
    ]
