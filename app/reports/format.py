"""How reports write dates, numbers and free text."""

from __future__ import annotations

from datetime import date, datetime

from app.reports import texts


def fmt_date(day: date | datetime | None) -> str:
    """dd.mm.yyyy, or a dash."""
    return day.strftime("%d.%m.%Y") if day is not None else texts.DASH


def fmt_num(value: float | int | None, digits: int = 2) -> str:
    """A number the Russian way (decimal comma, no trailing zeros), or a dash."""
    if value is None:
        return texts.DASH
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    return text.replace(".", ",")


def fmt_change(value: float | None) -> str:
    if value is None:
        return texts.DASH
    sign = "+" if value > 0 else ""
    return sign + fmt_num(value)


def markup(text: str | None) -> str:
    """Plain text made safe for a reportlab Paragraph; line breaks kept."""
    if not text:
        return ""
    # xml.sax.saxutils.escape's three replacements (importing it loads urllib and http)
    safe = str(text).replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    return safe.replace("\n", "<br/>")


def yes_no(value: bool | None) -> str:
    if value is None:
        return texts.DASH
    return texts.YES if value else texts.NO
