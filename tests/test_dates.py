"""Dates typed by people: an impossible day is called impossible, not mis-formatted."""

from __future__ import annotations

from datetime import date

import pytest

from app.academic_year import AcademicYear
from app.dates import parse_day
from app.errors import ValidationError
from app.programme.periods import parse_date, parse_period


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("28.08.2026", date(2026, 8, 28)),
        (" 1.9.2025 ", date(2025, 9, 1)),
        ("29.02.2024", date(2024, 2, 29)),
    ],
)
def test_real_days_are_read(text, day):
    assert parse_day(text) == day


@pytest.mark.parametrize(
    "text", ["32.13.2024", "31.02.2026", "29.02.2025", "00.05.2025", "15.00.2025"]
)
def test_an_impossible_day_is_called_impossible(text):
    with pytest.raises(ValidationError) as caught:
        parse_day(text)
    assert caught.value.message == f"Такой даты нет: {text}. Проверьте число и месяц."


@pytest.mark.parametrize("text", ["", "2024-12-31", "31/12/2024", "31.12.24", "завтра"])
def test_a_mis_formatted_day_asks_for_the_format(text):
    with pytest.raises(ValidationError) as caught:
        parse_day(text)
    assert caught.value.message == "Дата должна быть в виде ДД.ММ.ГГГГ."


def test_the_programme_area_uses_the_same_rule():
    with pytest.raises(ValidationError) as caught:
        parse_period("01.09.2026–32.09.2026", AcademicYear(2026))
    assert caught.value.message == "Такой даты нет: 32.09.2026. Проверьте число и месяц."
    with pytest.raises(ValidationError) as caught:
        parse_date("1 сентября")
    assert caught.value.message == "Дата должна быть в виде ДД.ММ.ГГГГ."
