"""Periods of roadmap activities: dates, a month or a quarter (четверть) of an academic year."""

from __future__ import annotations

import calendar
import re
from datetime import date

from app.academic_year import AcademicYear
from app.dates import parse_day
from app.errors import ValidationError
from app.folding import fold
from app.programme import texts

# School quarters as the schools plan them (first and last day, month numbers).
_QUARTER_BOUNDS = (((9, 1), (10, 31)), ((11, 1), (12, 31)), ((1, 1), (3, 31)), ((4, 1), (5, 31)))
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_DATE_RE = re.compile(r"(\d{1,2}\.\d{1,2}\.\d{4})")


def _year_of_month(year: AcademicYear, month: int) -> int:
    return year.start_year if month >= 9 else year.end_year


def month_bounds(year: AcademicYear, month: int) -> tuple[date, date]:
    calendar_year = _year_of_month(year, month)
    last = calendar.monthrange(calendar_year, month)[1]
    return date(calendar_year, month, 1), date(calendar_year, month, last)


def quarter_bounds(year: AcademicYear, quarter: int) -> tuple[date, date]:
    (m1, d1), (m2, d2) = _QUARTER_BOUNDS[quarter - 1]
    return date(_year_of_month(year, m1), m1, d1), date(_year_of_month(year, m2), m2, d2)


def parse_date(text: str) -> date:
    """«ДД.ММ.ГГГГ»; an impossible day is refused as such («Такой даты нет»)."""
    return parse_day(text, texts.BAD_DATE)


def parse_period(text: str, year: AcademicYear) -> tuple[date, date, str]:
    """«сентябрь», «II четверть», «в течение года» or «01.09.2025–30.09.2025».

    Returns (start, end, period_text); period_text is empty for explicit dates.
    """
    key = fold(text)
    if not key or key == fold(texts.WHOLE_YEAR):
        return year.first_day, date(year.end_year, 5, 31), texts.WHOLE_YEAR
    dates = _DATE_RE.findall(key)
    if dates:
        start = parse_date(dates[0])
        end = parse_date(dates[-1])
        return start, end, ""
    for index, name in enumerate(texts.MONTHS, start=1):
        if key == fold(name):
            start, end = month_bounds(year, index)
            return start, end, name
    match = re.fullmatch(r"(i{1,3}|iv|[1-4])\s*(четверть|quarter|кв\.?|квартал)", key)
    if match:
        quarter = _ROMAN[match.group(1)]
        start, end = quarter_bounds(year, quarter)
        return start, end, texts.QUARTERS[quarter - 1]
    raise ValidationError(texts.BAD_PERIOD.format(value=text))


def period_label(start: date | None, end: date | None, period_text: str) -> str:
    """What a table shows in the «Срок» column."""
    if period_text:
        return period_text
    if start and end and start != end:
        return f"{start:%d.%m.%Y}–{end:%d.%m.%Y}"
    day = start or end
    return f"{day:%d.%m.%Y}" if day else ""


_DOC_RE = re.compile(
    r"^(?P<name>.*?)(?:\s+№\s*(?P<number>\S+))?(?:\s+от\s+(?P<day>\d{1,2}\.\d{1,2}\.\d{4}))?$"
)


def doc_label(name: str, number: str, day: date | None) -> str:
    """«Приказ № 12-од от 01.09.2025» — one evidence document on one line."""
    text = name
    if number:
        text += f" № {number}"
    if day:
        text += f" от {day:%d.%m.%Y}"
    return text


def parse_doc(line: str) -> tuple[str, str, date | None]:
    """The reverse of :func:`doc_label`; raises ValidationError for an unreadable line."""
    match = _DOC_RE.match(line.strip())
    if not match or not match.group("name"):
        raise ValidationError(texts.BAD_DOC.format(value=line))
    day = parse_date(match.group("day")) if match.group("day") else None
    return match.group("name").strip(), match.group("number") or "", day
