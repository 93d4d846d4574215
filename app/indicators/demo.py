"""Demo step: indicator values 2020-2021 → the current year that tell a story.

The demo school is an основная школа (1–9 классы): ОГЭ, never ЕГЭ. Most indicators
improve towards their targets; the ОГЭ in maths dips in 2021-2022 before rising; the
municipal-stage olympiad winners stay stuck at zero. Nothing is stored for 2019-2020 (the
spring 2020 ВПР and ОГЭ were cancelled); the baseline is the first year's value. In the
current (unfinished) year only the autumn figures exist: the school stage of the olympiad
and the teachers' indicators. The programme's degrees of achievement follow these values
(app/programme/demo.py).
"""

from __future__ import annotations

from app.academic_year import AcademicYear
from app.demo.context import DemoContext
from app.indicators.catalogue import ensure_builtin, query_indicators
from app.indicators.values import ValueChange, set_values
from app.scope import SchoolScope

# code: (actual per year from 2020-2021 on, target per year from 2020-2021 on)
STORY: dict[str, tuple[list[float], list[float]]] = {
    "gia_pass": ([86, 89, 92, 95, 97, 100], [88, 90, 93, 95, 97, 100, 100]),
    "certificate": ([90, 92, 93, 96, 98, 100], [92, 94, 95, 96, 98, 100, 100]),
    "oge_russian": ([21.4, 22.1, 23.0, 24.2, 24.9, 25.6], [22, 23, 24, 24.5, 25, 26, 26.5]),
    "oge_maths": ([11.2, 11.0, 12.8, 13.4, 14.6, 15.2], [12, 12.5, 13, 14, 14.5, 15, 15.5]),
    "vpr_pass": ([62, 66, 71, 74, 78, 81], [65, 68, 72, 75, 78, 80, 83]),
    "success_rate": ([91, 92.5, 94, 95, 96.4, 97.1], [92, 93, 94, 95, 96, 97, 98]),
    "knowledge_quality": ([28, 30.5, 33, 35.2, 38, 41], [30, 32, 34, 36, 38, 40, 42]),
    "olymp_school_participants": ([6, 9, 12, 15, 17, 19, 21], [8, 10, 12, 14, 16, 18, 20]),
    "olymp_municipal_participants": ([1, 2, 3, 3, 4, 5], [2, 2, 3, 4, 4, 5, 6]),
    "olymp_school_winners": ([2, 3, 4, 4, 5, 6, 6], [2, 3, 4, 5, 5, 6, 7]),
    "olymp_municipal_winners": ([0, 0, 0, 0, 0, 0], [1, 1, 1, 1, 1, 1, 1]),
    "teachers_online": ([34, 38, 50, 64, 75, 85, 88], [30, 40, 50, 60, 70, 80, 90]),
    "teachers_training": ([40, 55, 70, 82, 90, 100], [50, 60, 70, 80, 90, 100, 100]),
    "risk_pupils": ([18, 16.5, 15, 13, 11, 9.5], [17, 16, 14, 13, 11, 10, 9]),
}
FIRST_YEAR = AcademicYear(2020)


def step(scope: SchoolScope, ctx: DemoContext) -> None:
    """Store the story for ``scope``'s school (built-ins are shared, values its own)."""
    ensure_builtin(scope)
    with scope.unit_of_work() as session:
        by_code = {row.code: row.id for row in query_indicators(session) if row.is_builtin}
        changes: list[ValueChange] = []
        for code, (actuals, targets) in STORY.items():
            indicator_id = by_code[code]
            changes.append(ValueChange(indicator_id, FIRST_YEAR, "baseline", actuals[0]))
            for year in ctx.years:
                index = year.start_year - FIRST_YEAR.start_year
                if 0 <= index < len(targets):
                    changes.append(ValueChange(indicator_id, year, "target", targets[index]))
                if 0 <= index < len(actuals):
                    changes.append(ValueChange(indicator_id, year, "actual", actuals[index]))
            ctx.refs[f"indicator:{code}"] = indicator_id
        set_values.core(session, changes)
