"""Programmes (one current), tasks, reasons: the rules of the card and the catalogue."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.programme.programmes import (
    ProgrammeRow,
    current_programme,
    delete_programme,
    list_programmes,
    save_programme,
    set_current,
)
from app.programme.reasons import ReasonRow, delete_reason, list_reasons, save_reason
from app.programme.roadmap import list_activities
from app.programme.tasks import TaskRow, delete_task, list_tasks, save_task
from tests.programme.fixture import Y25, Y26, build


def test_reason_catalogue_is_seeded_by_the_migration(school) -> None:
    assert [r.title for r in list_reasons(school.db)] == [
        "Кадровый дефицит",
        "Финансирование",
        "Ограничительные меры",
        "Перенос сроков",
        "Изменение приоритетов",
        "Иное",
    ]


def test_first_programme_is_current_and_only_one_stays_current(school) -> None:
    first = save_programme(school.db, ProgrammeRow(None, "Первая", Y25, Y26)).value
    assert first.is_current
    second = save_programme(school.db, ProgrammeRow(None, "Вторая", Y26, Y26)).value
    assert not second.is_current
    set_current(school.db, second.id)
    assert [p.title for p in list_programmes(school.db) if p.is_current] == ["Вторая"]
    assert current_programme(school.db).id == second.id
    with pytest.raises(ValidationError, match="раньше года начала"):
        save_programme(school.db, ProgrammeRow(None, "Наоборот", Y26, Y25))


def test_task_numbers_are_unique_and_deleting_a_task_keeps_its_activities(school) -> None:
    data = build(school.db)
    programme_id = data["programme"].id
    with pytest.raises(ValidationError, match="Задача № 1 в этой программе уже есть"):
        save_task(school.db, TaskRow(None, programme_id, 1, "Дубликат"))
    delete_task(school.db, data["tasks"][1].id)
    assert [t.number for t in list_tasks(school.db, programme_id)] == [1]
    courses = next(r for r in list_activities(school.db) if r.title == "Курсы для учителей")
    assert (courses.task_id, courses.task_number) == (None, None)


def test_deleting_a_programme_removes_its_tasks_not_activities(school) -> None:
    data = build(school.db)
    delete_programme(school.db, data["programme"].id)
    assert list_programmes(school.db) == []
    assert list_tasks(school.db, data["programme"].id) == []
    assert len(list_activities(school.db)) == 3


def test_a_reason_in_use_cannot_be_deleted_only_hidden(school) -> None:
    build(school.db)
    money = next(r for r in list_reasons(school.db) if r.title == "Финансирование")
    with pytest.raises(ValidationError, match="указана у мероприятий \\(1\\)"):
        delete_reason(school.db, money.id)
    save_reason(school.db, ReasonRow(money.id, money.title, active=False))
    assert "Финансирование" not in [r.title for r in list_reasons(school.db)]
    extra = save_reason(school.db, ReasonRow(None, "Погода")).value
    delete_reason(school.db, extra.id)
    assert len(list_reasons(school.db, include_inactive=True)) == 6
