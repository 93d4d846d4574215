"""Overdue derivation, the ё-insensitive filter and sort, validation, delete + restore."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.programme.filtering import OVERDUE_FILTER, RowFilter, filter_and_sort
from app.programme.roadmap import (
    delete_activities,
    is_overdue,
    list_activities,
    restore_activities,
    save_activity,
)
from app.programme.rows import ActivityRow, Status
from tests.programme.fixture import TODAY, Y25, build


def test_overdue_is_derived_from_end_date_and_status() -> None:
    end = date(2026, 11, 22)
    assert is_overdue(Status.PLANNED, end, TODAY)
    assert is_overdue(Status.IN_PROGRESS, end, TODAY)
    assert not is_overdue(Status.DONE, end, TODAY)
    assert not is_overdue(Status.NOT_DONE, end, TODAY)
    assert not is_overdue(Status.PLANNED, TODAY, TODAY)  # ends today: not yet
    assert not is_overdue(Status.PLANNED, None, TODAY)


def test_listing_marks_only_the_open_activity_overdue(school) -> None:
    build(school.scope)
    rows = {r.title: r for r in list_activities(school.scope, Y25, today=TODAY)}
    assert [t for t, r in rows.items() if r.overdue] == ["Диагностика"]
    assert rows["Курсы для учителей"].reason_title == "Финансирование"
    assert rows["Ёлочный концерт"].task_number == 1


def _rows() -> list[ActivityRow]:
    return [
        ActivityRow(None, Y25, "Ёлочный концерт", responsible="Петров", task_number=1),
        ActivityRow(None, Y25, "Курсы", responsible="Семёнова", actual_result="ЕЛКА не нужна"),
        ActivityRow(None, Y25, "Анкета", responsible="Сидоров", overdue=True),
    ]


@pytest.mark.parametrize("needle", ["елочн", "ЁЛОЧН", "Елочный"])
def test_text_filter_folds_case_and_yo(needle: str) -> None:
    found = filter_and_sort(_rows(), RowFilter(text=needle))
    assert [r.title for r in found] == ["Ёлочный концерт"]


def test_filter_looks_at_responsible_result_and_status_text() -> None:
    assert [r.title for r in filter_and_sort(_rows(), RowFilter(text="семенова"))] == ["Курсы"]
    # «елка» is only in an actual result («ЕЛКА не нужна»); «Ёлочный» does not contain it
    assert [r.title for r in filter_and_sort(_rows(), RowFilter(text="елка"))] == ["Курсы"]
    assert [r.title for r in filter_and_sort(_rows(), RowFilter(text="просроч"))] == ["Анкета"]
    overdue = filter_and_sort(_rows(), RowFilter(status=OVERDUE_FILTER))
    assert [r.title for r in overdue] == ["Анкета"]


def test_sort_by_title_and_responsible_descending() -> None:
    by_title = filter_and_sort(_rows(), RowFilter(), "title")
    assert [r.title for r in by_title] == ["Анкета", "Ёлочный концерт", "Курсы"]
    by_person = filter_and_sort(_rows(), RowFilter(), "responsible", descending=True)
    assert [r.responsible for r in by_person] == ["Сидоров", "Семёнова", "Петров"]


def test_rows_without_a_task_or_period_sort_last_in_both_directions() -> None:
    rows = [
        *_rows(),
        ActivityRow(None, Y25, "Субботник", task_number=2, start=date(2025, 10, 4)),
        ActivityRow(None, Y25, "Собрание", start=date(2025, 9, 12), end=date(2025, 9, 12)),
    ]
    by_task = filter_and_sort(rows, RowFilter(), "task")
    assert [r.task_number for r in by_task] == [1, 2, None, None, None]
    assert [r.title for r in by_task][2:] == ["Курсы", "Анкета", "Собрание"]  # stable
    by_task = filter_and_sort(rows, RowFilter(), "task", descending=True)
    assert [r.task_number for r in by_task] == [2, 1, None, None, None]
    by_period = filter_and_sort(rows, RowFilter(), "period", descending=True)
    assert [r.title for r in by_period][:2] == ["Субботник", "Собрание"]
    by_period = filter_and_sort(rows, RowFilter(), "period")
    assert [r.title for r in by_period][:2] == ["Собрание", "Субботник"]
    empty_results = filter_and_sort(rows, RowFilter(), "actual", descending=True)
    assert empty_results[0].title == "Курсы"  # the only actual result, then the empty ones


def test_save_refuses_bad_rows_in_russian(school) -> None:
    with pytest.raises(ValidationError, match="название"):
        save_activity(school.scope, ActivityRow(None, Y25, "  "))
    bad = ActivityRow(None, Y25, "Семинар", start=date(2025, 10, 5), end=date(2025, 10, 1))
    with pytest.raises(ValidationError, match="раньше даты начала"):
        save_activity(school.scope, bad)
    outside = ActivityRow(None, Y25, "Семинар", start=date(2026, 9, 1), end=date(2026, 9, 2))
    with pytest.raises(ValidationError, match="2025-2026"):
        save_activity(school.scope, outside)
    assert list_activities(school.scope) == []


def test_delete_then_restore_keeps_ids_and_fields(school) -> None:
    data = build(school.scope)
    target = next(r for r in data["rows"] if r.title == "Курсы для учителей")
    deleted = delete_activities(school.scope, [target.id]).value
    assert len(list_activities(school.scope)) == 2
    restore_activities(school.scope, deleted)
    back = {r.id: r for r in list_activities(school.scope, today=TODAY)}[target.id]
    assert (back.title, back.reason_title, back.reason_text) == (
        "Курсы для учителей",
        "Финансирование",
        "Нет денег",
    )


def test_reminders_overdue_and_next_30_days(school) -> None:
    from app.programme.reminders import due_soon, overdue, reminders
    from tests.programme.fixture import Y26

    build(school.scope)
    for title, end in (("Педсовет", date(2026, 12, 10)), ("Олимпиада", date(2027, 1, 15))):
        save_activity(school.scope, ActivityRow(None, Y26, title, start=end, end=end))
    done = ActivityRow(None, Y26, "Сделано", start=TODAY, end=TODAY, status=Status.DONE)
    save_activity(school.scope, done)
    both = reminders(school.scope, TODAY)
    assert [r.title for r in both.overdue] == ["Диагностика"]
    assert [r.title for r in both.upcoming] == ["Педсовет"]  # 15.01.2027 is past 23.12.2026
    assert [r.title for r in overdue(school.scope, TODAY)] == ["Диагностика"]
    assert [r.title for r in due_soon(school.scope, TODAY, days=60)] == ["Педсовет", "Олимпиада"]


def test_activities_of_one_programme(school) -> None:
    from app.programme.programmes import ProgrammeRow, save_programme
    from app.programme.tasks import TaskRow, save_task

    data = build(school.scope)
    other = save_programme(school.scope, ProgrammeRow(None, "Старая", Y25, Y25)).value
    task = save_task(school.scope, TaskRow(None, other.id, 1, "Старая задача")).value
    save_activity(school.scope, ActivityRow(None, Y25, "Из старой", task_id=task.id))
    mine = list_activities(school.scope, programme_id=data["programme"].id)
    assert {r.title for r in mine} == {"Диагностика", "Курсы для учителей", "Ёлочный концерт"}
    assert [r.title for r in list_activities(school.scope, programme_id=other.id)] == ["Из старой"]
