"""A small hand-made programme: two tasks, one planned result, three activities in 2025-2026."""

from __future__ import annotations

from datetime import date

from app.academic_year import AcademicYear
from app.programme.programmes import ProgrammeRow, save_programme
from app.programme.reasons import list_reasons
from app.programme.results import ResultRow, save_result
from app.programme.roadmap import save_activities
from app.programme.rows import ActivityRow, EvidenceDoc, Status
from app.programme.tasks import TaskRow, save_task

Y25 = AcademicYear(2025)
Y26 = AcademicYear(2026)
TODAY = date(2026, 11, 23)


def build(scope) -> dict:
    programme = save_programme(
        scope, ProgrammeRow(None, "Программа «Шаг»", Y25, Y26, "7-од", date(2025, 8, 30), "Цель")
    ).value
    t1 = save_task(scope, TaskRow(None, programme.id, 1, "Поддержка учащихся")).value
    t2 = save_task(scope, TaskRow(None, programme.id, 2, "Развитие педагогов")).value
    result = save_result(scope, ResultRow(None, t1.id, "Доля неуспевающих снизилась")).value
    reasons = {r.title: r.id for r in list_reasons(scope)}
    rows = [
        ActivityRow(
            None,
            Y25,
            "Ёлочный концерт",
            task_id=t1.id,
            start=date(2025, 12, 1),
            end=date(2025, 12, 31),
            responsible="Семёнова А. А.",
            status=Status.DONE,
            actual_result="Концерт проведён",
            evidence=[EvidenceDoc("Приказ", "12-од", date(2025, 12, 1)), EvidenceDoc("Фотоотчёт")],
        ),
        ActivityRow(
            None,
            Y25,
            "Курсы для учителей",
            task_id=t2.id,
            start=date(2026, 3, 1),
            end=date(2026, 3, 31),
            responsible="Иванов Б. Б.",
            status=Status.NOT_DONE,
            reason_id=reasons["Финансирование"],
            reason_text="Нет денег",
        ),
        ActivityRow(
            None,
            Y25,
            "Диагностика",
            task_id=t1.id,
            start=date(2025, 9, 1),
            end=date(2025, 9, 30),
            responsible="Иванов Б. Б.",
            status=Status.IN_PROGRESS,
        ),
    ]
    saved = save_activities(scope, rows, today=TODAY).value
    return {"programme": programme, "tasks": (t1, t2), "result": result, "rows": saved}
