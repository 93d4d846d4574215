"""Qt fixtures of the programme UI tests: Russian catalogues, message boxes recorded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def russian(russian_catalogues):
    return russian_catalogues


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> Iterator[list[str]]:
    """Information and warning boxes are recorded instead of blocking."""
    from PySide6.QtWidgets import QMessageBox

    from ui.programme import widgets

    shown: list[str] = []
    monkeypatch.setattr(widgets, "inform", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a: shown.append(text)
    )
    yield shown


@pytest.fixture
def filled(school):
    """A school with a 2026-2027 programme, task 1 and four activities (built by hand)."""
    from datetime import date

    from app.academic_year import AcademicYear
    from app.programme.programmes import ProgrammeRow, save_programme
    from app.programme.roadmap import save_activities
    from app.programme.rows import ActivityRow, Status
    from app.programme.tasks import TaskRow, save_task

    year = AcademicYear(2026)
    programme = save_programme(school.scope, ProgrammeRow(None, "Программа", year, year)).value
    task = save_task(school.scope, TaskRow(None, programme.id, 1, "Поддержка учащихся")).value

    def activity(title, start, end, status=Status.PLANNED, who=""):
        return ActivityRow(
            id=None,
            year=year,
            title=title,
            task_id=task.id,
            start=start,
            end=end,
            status=status,
            responsible=who,
        )

    save_activities(
        school.scope,
        [
            activity(
                "Диагностика учебных затруднений",
                date(2026, 9, 1),
                date(2026, 9, 30),
                who="Кузьмина О. В.",
            ),
            activity(
                "Ёлка для родителей", date(2026, 12, 20), date(2026, 12, 27), who="Фёдорова Е. А."
            ),
            activity(
                "Курсы повышения квалификации",
                date(2026, 11, 1),
                date(2026, 11, 30),
                Status.IN_PROGRESS,
                who="Соколова Н. П.",
            ),
            activity(
                "Педагогический совет",
                date(2026, 10, 15),
                date(2026, 10, 15),
                Status.DONE,
                who="Соколова Н. П.",
            ),
        ],
    )
    return school
