"""Optimistic locking of recommendations (SQLite): a recommendation is changed or removed
as it was read. A save or removal naming an older version — another methodologist saved
meanwhile — is refused in Russian and leaves the stored row as the other one wrote it; a
save that meets a commit between its read and its write (the UPDATE matches no row) too."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import delete, event, update
from sqlalchemy.orm import Session

from app.academic_year import AcademicYear
from app.errors import ConflictError
from app.municipality import returns
from db.models.returns import Recommendation

YEAR = AcademicYear(2024)
ISSUED = date(2025, 6, 10)
CHANGED = "Рекомендация изменена другим пользователем. Обновите данные и повторите."
REMOVED = "Рекомендация удалена другим пользователем."


def _input(text: str, topic: str = "ВПР") -> returns.RecommendationInput:
    return returns.RecommendationInput(YEAR, text, topic, ISSUED)


@pytest.fixture
def school(district) -> uuid.UUID:
    return district.berezovka


@pytest.fixture
def made(municipality, school) -> uuid.UUID:
    data = _input("Разобрать результаты ВПР по математике")
    return returns.save_recommendation(municipality.scope, school, data).value


def _held(municipality, school, row_id) -> returns.RecommendationRow | None:
    return returns.recommendation(municipality.scope, school, row_id)


def test_a_new_recommendation_starts_at_version_one_and_each_save_adds_one(
    municipality, school, made
):
    scope = municipality.scope
    assert _held(municipality, school, made).version == 1
    returns.save_recommendation(scope, school, _input("Второй вариант"), made, 1)
    after = _held(municipality, school, made)
    assert (after.text, after.version) == ("Второй вариант", 2)
    returns.save_recommendation(scope, school, _input("Третий вариант"), made, 2)
    (listed,) = returns.for_school(scope, school).recommendations
    assert (listed.id, listed.text, listed.version) == (made, "Третий вариант", 3)


def test_a_save_naming_an_older_version_is_refused_and_the_row_is_unchanged(
    municipality, school, made
):
    scope = municipality.scope
    first = _held(municipality, school, made)  # both methodologists open version 1
    second = _held(municipality, school, made)
    returns.save_recommendation(scope, school, _input("Текст первого", "Тема первого"), made, 1)
    with pytest.raises(ConflictError) as refused:
        returns.save_recommendation(
            scope, school, _input("Текст второго", "Тема второго"), made, second.version
        )
    assert str(refused.value) == CHANGED
    held = _held(municipality, school, made)
    assert (held.text, held.topic, held.version) == ("Текст первого", "Тема первого", 2)
    assert first.version == second.version == 1


def _save_while_another_commits(municipality, school, made, statement) -> ConflictError:
    """Save version 1 of ``made``; ``statement`` is committed by another connection after
    the use case read and checked the version, before its flush."""
    meddled = []

    def other_user_commits(session, _context, _instances) -> None:
        if not meddled:
            meddled.append(True)
            with municipality.db.engine.begin() as connection:
                connection.execute(statement)

    event.listen(Session, "before_flush", other_user_commits)
    try:
        with pytest.raises(ConflictError) as refused:
            returns.save_recommendation(municipality.scope, school, _input("Мой текст"), made, 1)
    finally:
        event.remove(Session, "before_flush", other_user_commits)
    assert meddled
    return refused.value


def test_a_commit_between_read_and_write_is_refused_not_overwritten(municipality, school, made):
    """The version read still matches when the use case checks it; the other commit comes
    before the flush: the UPDATE … WHERE version = 1 matches nothing (StaleDataError)."""
    table = Recommendation.__table__
    change = (
        update(table)
        .where(table.c.id == made)
        .values(text="Текст другого", version=table.c.version + 1)
    )
    assert str(_save_while_another_commits(municipality, school, made, change)) == CHANGED
    held = _held(municipality, school, made)
    assert (held.text, held.version) == ("Текст другого", 2)


def test_a_removal_between_read_and_write_is_named_as_such(municipality, school, made):
    table = Recommendation.__table__
    removal = delete(table).where(table.c.id == made)
    assert str(_save_while_another_commits(municipality, school, made, removal)) == REMOVED
    assert _held(municipality, school, made) is None


def test_editing_a_removed_recommendation_says_another_user_removed_it(municipality, school, made):
    scope = municipality.scope
    returns.remove_recommendation(scope, made, 1)
    with pytest.raises(ConflictError) as refused:
        returns.save_recommendation(scope, school, _input("Поздняя правка"), made, 1)
    assert str(refused.value) == REMOVED
    assert returns.for_school(scope, school).recommendations == []


def test_removing_a_changed_recommendation_is_refused_and_keeps_it(municipality, school, made):
    scope = municipality.scope
    returns.save_recommendation(scope, school, _input("Исправленный текст"), made, 1)
    with pytest.raises(ConflictError) as refused:
        returns.remove_recommendation(scope, made, 1)  # as read before the correction
    assert str(refused.value) == CHANGED
    assert _held(municipality, school, made).text == "Исправленный текст"
    returns.remove_recommendation(scope, made, 2)  # as read now
    assert _held(municipality, school, made) is None


def test_removing_a_removed_recommendation_says_another_user_removed_it(municipality, school, made):
    scope = municipality.scope
    returns.remove_recommendation(scope, made, 1)
    for version in (1, None):
        with pytest.raises(ConflictError) as refused:
            returns.remove_recommendation(scope, made, version)
        assert str(refused.value) == REMOVED


def test_new_recommendations_need_no_version_but_a_change_does(municipality, school, made):
    scope = municipality.scope
    other = returns.save_recommendation(scope, school, _input("Ещё одна")).value
    assert other != made and _held(municipality, school, other).version == 1
    with pytest.raises(ValueError):
        returns.save_recommendation(scope, school, _input("Без версии"), made)
    assert _held(municipality, school, made).text == "Разобрать результаты ВПР по математике"
