"""Trend and achievement of an indicator — pure functions over plain values.

* The trend of a year compares its actual with the latest earlier actual (or, when no
  earlier actual exists, with a baseline set in an earlier year). It is the movement of
  the value: up, down or flat; ``improving`` judges it by the indicator's direction.
* A target is achieved when the actual reaches it: ``actual >= target`` if higher is
  better, ``actual <= target`` if lower is better. Without both numbers: ``None``.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from app.academic_year import AcademicYear

TOLERANCE = 1e-9


class Trend(StrEnum):
    UP = "up"
    DOWN = "down"
    FLAT = "flat"


def previous_actual(
    actuals: Mapping[AcademicYear, float | None],
    year: AcademicYear,
    baseline: tuple[AcademicYear, float] | None = None,
) -> float | None:
    """The latest actual before ``year``; else an earlier baseline; else ``None``."""
    earlier = [y for y, v in actuals.items() if y < year and v is not None]
    if earlier:
        return actuals[max(earlier)]
    if baseline is not None and baseline[0] < year:
        return baseline[1]
    return None


def trend(
    actuals: Mapping[AcademicYear, float | None],
    year: AcademicYear,
    baseline: tuple[AcademicYear, float] | None = None,
) -> Trend | None:
    """Movement of the actual of ``year`` from the previous one; ``None`` if unknown."""
    current = actuals.get(year)
    before = previous_actual(actuals, year, baseline)
    if current is None or before is None:
        return None
    if abs(current - before) <= TOLERANCE:
        return Trend.FLAT
    return Trend.UP if current > before else Trend.DOWN


def improving(direction: str, movement: Trend | None) -> bool | None:
    """Whether ``movement`` is good news for an indicator of ``direction``; None if flat/unknown."""
    if movement is None or movement is Trend.FLAT:
        return None
    return (movement is Trend.UP) == (direction == "higher")


def achieved(direction: str, target: float | None, actual: float | None) -> bool | None:
    """Whether ``actual`` reaches ``target`` for an indicator of ``direction``."""
    if target is None or actual is None:
        return None
    if direction == "lower":
        return actual <= target + TOLERANCE
    return actual >= target - TOLERANCE


def arrow(movement: Trend | None) -> str:
    """The arrow drawn for a movement: ↑ ↓ → or an empty string."""
    return {Trend.UP: "↑", Trend.DOWN: "↓", Trend.FLAT: "→"}.get(movement, "")
