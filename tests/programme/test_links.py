"""Deficit ↔ task/activity links (the self-assessment trail) and joint event → activity."""

from __future__ import annotations

from datetime import date

import pytest

from app.academic_year import AcademicYear
from app.errors import NotFoundError, ValidationError
from app.partnership.events import EventInput, save_event
from app.partnership.partners import PartnerInput, save_partner
from app.programme.links import activity_events, set_event_activity
from app.programme.roadmap import delete_activities, list_activities, restore_activities
from app.programme.tasks import list_tasks
from app.self_assessment.deficits import DeficitInput, save_deficit
from app.self_assessment.trail import create_activity, create_task, deficit_trail, link, unlink
from tests.programme.fixture import TODAY, Y25, build


def _deficit(scope, text: str = "Низкая мотивация обучающихся") -> object:
    return save_deficit(scope, DeficitInput(Y25, text, area_title="Мотивация")).value


def test_trail_lists_linked_tasks_and_activities(school) -> None:
    scope = school.scope
    data = build(scope)
    deficit = _deficit(scope)
    t2 = data["tasks"][1]
    courses = next(r for r in data["rows"] if r.title == "Курсы для учителей")
    link(scope, deficit, "task", t2.id)
    link(scope, deficit, "activity", courses.id)
    link(scope, deficit, "activity", courses.id)  # twice: still one link
    trail = deficit_trail(scope, deficit)
    assert trail.tasks == ("Задача 2. Развитие педагогов",)
    assert trail.activities == ("Курсы для учителей (2025-2026) — не выполнено",)
    assert (trail.task_ids, trail.activity_ids) == ((t2.id,), (courses.id,))
    unlink(scope, deficit, "task", t2.id)
    assert deficit_trail(scope, deficit).tasks == ()


def test_create_task_from_deficit_takes_next_number_of_current_programme(school) -> None:
    scope = school.scope
    data = build(scope)
    deficit = _deficit(scope)
    result = create_task(scope, deficit)
    assert result.changes.programme and result.changes.self_assessment
    tasks = list_tasks(scope, data["programme"].id)
    assert [(t.number, t.text) for t in tasks][-1] == (
        3,
        "Устранить дефицит: Низкая мотивация обучающихся",
    )
    assert deficit_trail(scope, deficit).tasks == (
        "Задача 3. Устранить дефицит: Низкая мотивация обучающихся",
    )


def test_create_task_without_programme_is_refused_in_russian(school) -> None:
    deficit = _deficit(school.scope)
    with pytest.raises(ValidationError) as err:
        create_task(school.scope, deficit)
    assert "программу" in err.value.message


def test_create_activity_from_deficit_is_planned_and_linked(school) -> None:
    scope = school.scope
    build(scope)
    deficit = _deficit(scope)
    y26 = AcademicYear(2026)
    created = create_activity(scope, deficit, y26, "Классные часы о профессиях")
    assert created.changes.roadmap
    row = next(r for r in list_activities(scope, year=y26, today=TODAY) if r.id == created.value)
    assert (row.title, row.status.value) == ("Классные часы о профессиях", "planned")
    assert deficit_trail(scope, deficit).activities == (
        "Классные часы о профессиях (2026-2027) — запланировано",
    )


def test_deleting_an_activity_drops_its_links(school) -> None:
    scope = school.scope
    data = build(scope)
    deficit = _deficit(scope)
    row = data["rows"][0]
    link(scope, deficit, "activity", row.id)
    delete_activities(scope, [row.id])
    assert deficit_trail(scope, deficit).activities == ()


def test_joint_event_serves_an_activity(school) -> None:
    scope = school.scope
    data = build(scope)
    partner = save_partner(scope, PartnerInput("МОУ «Школа-партнёр»", "Школа-партнёр")).value
    event = save_event(
        scope,
        EventInput(partner, "seminar", date(2025, 12, 10), "Семинар о наставничестве"),
        today=TODAY,
    ).value
    activity = data["rows"][1].id
    set_event_activity(scope, event, activity)
    assert activity_events(scope, activity) == [
        (event, date(2025, 12, 10), "Семинар о наставничестве")
    ]
    delete_activities(scope, [activity])
    assert activity_events(scope, activity) == []
    with pytest.raises(NotFoundError):
        set_event_activity(scope, event, activity)


def test_undo_of_a_delete_puts_deficit_and_event_links_back(school) -> None:
    scope = school.scope
    data = build(scope)
    deficit = _deficit(scope)
    partner = save_partner(scope, PartnerInput("МОУ «Школа-партнёр»", "Школа-партнёр")).value
    event = save_event(
        scope, EventInput(partner, "seminar", date(2026, 3, 10), "Семинар"), today=TODAY
    ).value
    courses = data["rows"][1]
    link(scope, deficit, "activity", courses.id)
    set_event_activity(scope, event, courses.id)
    deleted = delete_activities(scope, [courses.id]).value
    assert (deleted[0].deficit_ids, deleted[0].event_ids) == ((deficit,), (event,))
    assert deficit_trail(scope, deficit).activities == ()
    restore_activities(scope, deleted)
    assert deficit_trail(scope, deficit).activities == (
        "Курсы для учителей (2025-2026) — не выполнено",
    )
    assert activity_events(scope, courses.id) == [(event, date(2026, 3, 10), "Семинар")]
    row = next(r for r in list_activities(scope, year=Y25, today=TODAY) if r.id == courses.id)
    assert (row.deficit_ids, row.event_ids) == ((deficit,), (event,))


def test_copy_forward_keeps_the_deficit_links_but_not_the_events(school) -> None:
    from app.programme.copy_forward import copy_forward

    scope = school.scope
    data = build(scope)
    deficit = _deficit(scope)
    partner = save_partner(scope, PartnerInput("МОУ «Школа-партнёр»", "Школа-партнёр")).value
    event = save_event(
        scope, EventInput(partner, "seminar", date(2026, 3, 10), "Семинар"), today=TODAY
    ).value
    courses = data["rows"][1]  # not done in 2025-2026: copied
    link(scope, deficit, "activity", courses.id)
    set_event_activity(scope, event, courses.id)
    copies = copy_forward(scope, Y25).value
    copy = next(c for c in copies if c.title == "Курсы для учителей")
    assert (copy.deficit_ids, copy.event_ids) == ((deficit,), ())
    assert deficit_trail(scope, deficit).activities == (
        "Курсы для учителей (2025-2026) — не выполнено",
        "Курсы для учителей (2026-2027) — запланировано",
    )
    assert activity_events(scope, copy.id) == []


def test_deficit_link_count_includes_tasks_and_activities(school) -> None:
    from app.self_assessment.deficits import list_deficits

    scope = school.scope
    data = build(scope)
    deficit = _deficit(scope)
    link(scope, deficit, "task", data["tasks"][0].id)
    link(scope, deficit, "activity", data["rows"][0].id)
    assert [d.links for d in list_deficits(scope) if d.id == deficit] == [2]
