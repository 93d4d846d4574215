from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.academic_year import AcademicYear, parse_year, year_range
from app.errors import ValidationError
from db.errors import InvalidAcademicYear


def test_parse_and_format():
    year = AcademicYear.parse("2024-2025")
    assert year.start_year == 2024
    assert str(year) == "2024-2025"
    assert year.first_day == date(2024, 9, 1)
    assert year.last_day == date(2025, 8, 31)


@pytest.mark.parametrize("text", ["2024", "2024-2026", "abcd-efgh", "", "2025-2024"])
def test_bad_text_is_refused_in_russian(text):
    with pytest.raises(ValidationError) as err:
        parse_year(text)
    assert "учебн" in err.value.message
    with pytest.raises(InvalidAcademicYear):  # the db-level type says why, not in Russian
        AcademicYear.parse(text)


def test_a_year_out_of_range_is_worded_in_russian():
    from app.academic_year import year_error

    with pytest.raises(InvalidAcademicYear) as err:
        AcademicYear(1800)
    assert "1800" in year_error(err.value).message


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 9, 1), "2024-2025"),
        (date(2025, 8, 31), "2024-2025"),
        (date(2025, 1, 15), "2024-2025"),
        (date(2026, 11, 23), "2026-2027"),
    ],
)
def test_containing(day, expected):
    assert str(AcademicYear.containing(day)) == expected


def test_range_and_order():
    years = year_range(AcademicYear(2020), AcademicYear(2023))
    assert [str(y) for y in years] == ["2020-2021", "2021-2022", "2022-2023", "2023-2024"]
    assert AcademicYear(2020) < AcademicYear(2021)


@given(st.dates(min_value=date(1992, 1, 1), max_value=date(2099, 12, 31)))
def test_every_day_belongs_to_exactly_its_year(day):
    year = AcademicYear.containing(day)
    assert year.contains(day)
    assert not year.next().contains(day)
    assert not year.previous().contains(day)
    assert AcademicYear.parse(str(year)) == year
