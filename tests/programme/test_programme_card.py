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
from app.programme.roadmap import list_activities, save_activity
from app.programme.tasks import TaskRow, delete_task, list_tasks, save_task
from tests.programme.fixture import Y25, Y26, build


def test_reason_catalogue_is_seeded_by_the_migration(school) -> None:
    assert [r.title for r in list_reasons(school.scope)] == [
        "Кадровый дефицит",
        "Финансирование",
        "Ограничительные меры",
        "Перенос сроков",
        "Изменение приоритетов",
        "Иное",
    ]


def test_first_programme_is_current_and_only_one_stays_current(school) -> None:
    first = save_programme(school.scope, ProgrammeRow(None, "Первая", Y25, Y26)).value
    assert first.is_current
    second = save_programme(school.scope, ProgrammeRow(None, "Вторая", Y26, Y26)).value
    assert not second.is_current
    set_current(school.scope, second.id)
    assert [p.title for p in list_programmes(school.scope) if p.is_current] == ["Вторая"]
    assert current_programme(school.scope).id == second.id
    with pytest.raises(ValidationError, match="раньше года начала"):
        save_programme(school.scope, ProgrammeRow(None, "Наоборот", Y26, Y25))


def test_task_numbers_are_unique_and_deleting_a_task_keeps_its_activities(school) -> None:
    data = build(school.scope)
    programme_id = data["programme"].id
    with pytest.raises(ValidationError, match="Задача № 1 в этой программе уже есть"):
        save_task(school.scope, TaskRow(None, programme_id, 1, "Дубликат"))
    delete_task(school.scope, data["tasks"][1].id)
    assert [t.number for t in list_tasks(school.scope, programme_id)] == [1]
    courses = next(r for r in list_activities(school.scope) if r.title == "Курсы для учителей")
    assert (courses.task_id, courses.task_number) == (None, None)


def test_deleting_a_programme_removes_its_tasks_not_activities(school) -> None:
    data = build(school.scope)
    delete_programme(school.scope, data["programme"].id)
    assert list_programmes(school.scope) == []
    assert list_tasks(school.scope, data["programme"].id) == []
    assert len(list_activities(school.scope)) == 3


def test_an_own_reason_in_use_cannot_be_deleted_only_hidden(school) -> None:
    data = build(school.scope)
    weather = save_reason(school.scope, ReasonRow(None, "Погода")).value
    assert (weather.shipped, weather.position) == (False, 6)  # after the six shipped
    courses = next(r for r in data["rows"] if r.title == "Курсы для учителей")
    courses.reason_id = weather.id
    save_activity(school.scope, courses)
    with pytest.raises(ValidationError, match="указана у мероприятий \\(1\\)"):
        delete_reason(school.scope, weather.id)
    save_reason(school.scope, ReasonRow(weather.id, "Непогода", active=False))
    assert "Непогода" not in [r.title for r in list_reasons(school.scope)]
    hidden = [r for r in list_reasons(school.scope, include_inactive=True) if not r.active]
    assert [(r.title, r.shipped) for r in hidden] == [("Непогода", False)]
    extra = save_reason(school.scope, ReasonRow(None, "Гололёд")).value
    delete_reason(school.scope, extra.id)
    assert len(list_reasons(school.scope, include_inactive=True)) == 7


def test_a_shipped_reason_cannot_be_renamed_hidden_or_deleted(school) -> None:
    money = next(r for r in list_reasons(school.scope) if r.title == "Финансирование")
    assert money.shipped
    refusal = "поставляемый с программой, изменить нельзя"
    with pytest.raises(ValidationError, match=refusal):
        save_reason(school.scope, ReasonRow(money.id, "Деньги", money.active, money.position))
    with pytest.raises(ValidationError, match=refusal):
        save_reason(school.scope, ReasonRow(money.id, money.title, False, money.position))
    with pytest.raises(ValidationError, match=refusal):
        delete_reason(school.scope, money.id)
    unchanged = save_reason(school.scope, ReasonRow(money.id, money.title, True))
    assert not unchanged.changes.any()
    assert [r for r in list_reasons(school.scope) if r.id == money.id] == [money]
