"""The «Рекомендации» note of a plan action through the roadmap use cases: stored, read back,
edited as a cell, searched and sorted, undone with a delete, not carried to the next year."""

from __future__ import annotations

from dataclasses import replace

from app.programme.copy_forward import copy_forward
from app.programme.editing import apply_edit
from app.programme.fields import Lookups
from app.programme.filtering import RowFilter, filter_and_sort
from app.programme.roadmap import (
    delete_activities,
    get_activity,
    list_activities,
    restore_activities,
    save_activity,
)
from tests.programme.fixture import TODAY, Y25, Y26, build

ADVICE = "Перенести курсы на осенние каникулы"


def _by_title(scope, year=Y25) -> dict:
    return {r.title: r for r in list_activities(scope, year, TODAY)}


def test_a_recommendation_is_stored_trimmed_and_cleared(school) -> None:
    build(school.scope)
    courses = _by_title(school.scope)["Курсы для учителей"]
    assert courses.recommendation == ""
    saved = save_activity(school.scope, replace(courses, recommendation=f" {ADVICE}\n"), TODAY)
    assert saved.value.recommendation == ADVICE
    assert get_activity(school.scope, courses.id, TODAY).recommendation == ADVICE
    again = _by_title(school.scope)["Курсы для учителей"]
    save_activity(school.scope, replace(again, recommendation=""), TODAY)
    assert get_activity(school.scope, courses.id, TODAY).recommendation == ""


def test_other_edits_keep_the_recommendation(school) -> None:
    build(school.scope)
    courses = _by_title(school.scope)["Курсы для учителей"]
    save_activity(school.scope, replace(courses, recommendation=ADVICE), TODAY)
    read = _by_title(school.scope)["Курсы для учителей"]
    edited = apply_edit("responsible", replace(read), "Петрова В. В.", Lookups.load(school.scope))
    save_activity(school.scope, edited, TODAY)
    stored = get_activity(school.scope, courses.id, TODAY)
    assert (stored.responsible, stored.recommendation) == ("Петрова В. В.", ADVICE)


def test_the_recommendation_cell_rule_search_and_sort(school) -> None:
    build(school.scope)
    rows = _by_title(school.scope)
    edited = apply_edit(
        "recommendation", replace(rows["Диагностика"]), "  Повторить в мае ", Lookups()
    )
    assert edited.recommendation == "Повторить в мае"
    courses = replace(rows["Курсы для учителей"], recommendation=ADVICE)
    table = [rows["Ёлочный концерт"], courses, edited]
    found = filter_and_sort(table, RowFilter(text="осенние КАНИКУЛЫ"))
    assert [r.title for r in found] == ["Курсы для учителей"]
    ordered = filter_and_sort(table, RowFilter(), column="recommendation")
    # «Перенести…» before «Повторить…»; the concert has none and goes last
    assert [r.title for r in ordered] == ["Курсы для учителей", "Диагностика", "Ёлочный концерт"]


def test_undo_of_a_delete_brings_the_recommendation_back(school) -> None:
    build(school.scope)
    courses = _by_title(school.scope)["Курсы для учителей"]
    save_activity(school.scope, replace(courses, recommendation=ADVICE), TODAY)
    deleted = delete_activities(school.scope, [courses.id]).value
    assert "Курсы для учителей" not in _by_title(school.scope)
    restore_activities(school.scope, deleted)
    assert get_activity(school.scope, courses.id, TODAY).recommendation == ADVICE


def test_a_copy_into_next_year_has_no_recommendation(school) -> None:
    build(school.scope)
    courses = _by_title(school.scope)["Курсы для учителей"]  # not done: it is copied
    save_activity(school.scope, replace(courses, recommendation=ADVICE), TODAY)
    copy_forward(school.scope, Y25)
    assert _by_title(school.scope, Y26)["Курсы для учителей"].recommendation == ""
    assert get_activity(school.scope, courses.id, TODAY).recommendation == ADVICE
