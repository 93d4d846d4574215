"""The demo school ties deficits to tasks/activities and joint events to activities."""

from __future__ import annotations

from app.academic_year import AcademicYear
from app.programme.links import activity_events
from app.programme.roadmap import list_activities
from app.self_assessment.deficits import list_deficits
from app.self_assessment.trail import deficit_trail


def test_parents_deficit_trail_reaches_the_parents_task_and_next_year_activities(demo) -> None:
    scope = demo.scope
    y20 = AcademicYear(2020)
    deficit = next(
        d
        for d in list_deficits(scope)
        if d.year == y20 and d.text.startswith("Низкий уровень вовлечённости родителей")
    )
    trail = deficit_trail(scope, deficit.id)
    assert len(trail.tasks) == 1 and trail.tasks[0].startswith("Задача 4. ")
    assert "родител" in trail.tasks[0]
    assert 1 <= len(trail.activities) <= 2
    assert all("(2021-2022)" in line for line in trail.activities)


def test_internships_serve_the_internship_activity_of_their_year(demo) -> None:
    scope = demo.scope
    y21 = AcademicYear(2021)
    internship = next(
        a for a in list_activities(scope, year=y21) if a.title.startswith("Стажировка")
    )
    served = activity_events(scope, internship.id)
    assert served and all(y21.contains(day) for _, day, _ in served)
    assert all(topic.startswith("Стажировка") for _, _, topic in served)
