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


def _deficit(db, text: str = "Низкая мотивация обучающихся") -> object:
    return save_deficit(db, DeficitInput(Y25, text, area_title="Мотивация")).value


def test_trail_lists_linked_tasks_and_activities(school) -> None:
    db = school.db
    data = build(db)
    deficit = _deficit(db)
    t2 = data["tasks"][1]
    courses = next(r for r in data["rows"] if r.title == "Курсы для учителей")
    link(db, deficit, "task", t2.id)
    link(db, deficit, "activity", courses.id)
    link(db, deficit, "activity", courses.id)  # twice: still one link
    trail = deficit_trail(db, deficit)
    assert trail.tasks == ("Задача 2. Развитие педагогов",)
    assert trail.activities == ("Курсы для учителей (2025-2026) — не выполнено",)
    assert (trail.task_ids, trail.activity_ids) == ((t2.id,), (courses.id,))
    unlink(db, deficit, "task", t2.id)
    assert deficit_trail(db, deficit).tasks == ()


def test_create_task_from_deficit_takes_next_number_of_current_programme(school) -> None:
    db = school.db
    data = build(db)
    deficit = _deficit(db)
    result = create_task(db, deficit)
    assert result.changes.programme and result.changes.self_assessment
    tasks = list_tasks(db, data["programme"].id)
    assert [(t.number, t.text) for t in tasks][-1] == (
        3,
        "Устранить дефицит: Низкая мотивация обучающихся",
    )
    assert deficit_trail(db, deficit).tasks == (
        "Задача 3. Устранить дефицит: Низкая мотивация обучающихся",
    )


def test_create_task_without_programme_is_refused_in_russian(school) -> None:
    deficit = _deficit(school.db)
    with pytest.raises(ValidationError) as err:
        create_task(school.db, deficit)
    assert "программу" in err.value.message


def test_create_activity_from_deficit_is_planned_and_linked(school) -> None:
    db = school.db
    build(db)
    deficit = _deficit(db)
    y26 = AcademicYear(2026)
    created = create_activity(db, deficit, y26, "Классные часы о профессиях")
    assert created.changes.roadmap
    row = next(r for r in list_activities(db, year=y26, today=TODAY) if r.id == created.value)
    assert (row.title, row.status.value) == ("Классные часы о профессиях", "planned")
    assert deficit_trail(db, deficit).activities == (
        "Классные часы о профессиях (2026-2027) — запланировано",
    )


def test_deleting_an_activity_drops_its_links(school) -> None:
    db = school.db
    data = build(db)
    deficit = _deficit(db)
    row = data["rows"][0]
    link(db, deficit, "activity", row.id)
    delete_activities(db, [row.id])
    assert deficit_trail(db, deficit).activities == ()


def test_joint_event_serves_an_activity(school) -> None:
    db = school.db
    data = build(db)
    partner = save_partner(db, PartnerInput("МОУ «Школа-партнёр»", "Школа-партнёр")).value
    event = save_event(
        db,
        EventInput(partner, "seminar", date(2025, 12, 10), "Семинар о наставничестве"),
        today=TODAY,
    ).value
    activity = data["rows"][1].id
    set_event_activity(db, event, activity)
    assert activity_events(db, activity) == [
        (event, date(2025, 12, 10), "Семинар о наставничестве")
    ]
    delete_activities(db, [activity])
    assert activity_events(db, activity) == []
    with pytest.raises(NotFoundError):
        set_event_activity(db, event, activity)


def test_undo_of_a_delete_puts_deficit_and_event_links_back(school) -> None:
    db = school.db
    data = build(db)
    deficit = _deficit(db)
    partner = save_partner(db, PartnerInput("МОУ «Школа-партнёр»", "Школа-партнёр")).value
    event = save_event(
        db, EventInput(partner, "seminar", date(2026, 3, 10), "Семинар"), today=TODAY
    ).value
    courses = data["rows"][1]
    link(db, deficit, "activity", courses.id)
    set_event_activity(db, event, courses.id)
    deleted = delete_activities(db, [courses.id]).value
    assert (deleted[0].deficit_ids, deleted[0].event_ids) == ((deficit,), (event,))
    assert deficit_trail(db, deficit).activities == ()
    restore_activities(db, deleted)
    assert deficit_trail(db, deficit).activities == (
        "Курсы для учителей (2025-2026) — не выполнено",
    )
    assert activity_events(db, courses.id) == [(event, date(2026, 3, 10), "Семинар")]
    row = next(r for r in list_activities(db, year=Y25, today=TODAY) if r.id == courses.id)
    assert (row.deficit_ids, row.event_ids) == ((deficit,), (event,))


def test_copy_forward_keeps_the_deficit_links_but_not_the_events(school) -> None:
    from app.programme.copy_forward import copy_forward

    db = school.db
    data = build(db)
    deficit = _deficit(db)
    partner = save_partner(db, PartnerInput("МОУ «Школа-партнёр»", "Школа-партнёр")).value
    event = save_event(
        db, EventInput(partner, "seminar", date(2026, 3, 10), "Семинар"), today=TODAY
    ).value
    courses = data["rows"][1]  # not done in 2025-2026: copied
    link(db, deficit, "activity", courses.id)
    set_event_activity(db, event, courses.id)
    copies = copy_forward(db, Y25).value
    copy = next(c for c in copies if c.title == "Курсы для учителей")
    assert (copy.deficit_ids, copy.event_ids) == ((deficit,), ())
    assert deficit_trail(db, deficit).activities == (
        "Курсы для учителей (2025-2026) — не выполнено",
        "Курсы для учителей (2026-2027) — запланировано",
    )
    assert activity_events(db, copy.id) == []


def test_deficit_link_count_includes_tasks_and_activities(school) -> None:
    from app.self_assessment.deficits import list_deficits

    db = school.db
    data = build(db)
    deficit = _deficit(db)
    link(db, deficit, "task", data["tasks"][0].id)
    link(db, deficit, "activity", data["rows"][0].id)
    assert [d.links for d in list_deficits(db) if d.id == deficit] == [2]
