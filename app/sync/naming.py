"""File names people can read: school, date, sequence number."""

from __future__ import annotations

import re
from datetime import date

SUFFIX = ".perekhod"
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f«»“”„]+')


def name_part(text: str) -> str:
    """``text`` fit for a file name on Windows and Linux: spaces as underscores."""
    cleaned = _UNSAFE.sub("", text).strip().strip(".")
    return re.sub(r"\s+", "_", cleaned)[:80] or "без_названия"


def school_package_name(school: str, day: date, sequence: int) -> str:
    return f"{name_part(school)}_{day.isoformat()}_№_{sequence}{SUFFIX}"


def return_package_name(municipality: str, school: str, day: date, sequence: int) -> str:
    return (
        f"{name_part(municipality)}_{day.isoformat()}_для_{name_part(school)}_№_{sequence}{SUFFIX}"
    )


def receipt_name(school: str, sequence: int) -> str:
    return f"Квитанция_{name_part(school)}_№_{sequence}{SUFFIX}"
