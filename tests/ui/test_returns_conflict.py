"""«Для школы: …» when another methodologist (another PC of a hub) changed or removed the
recommendation being edited: Save is refused with the Russian message, the form keeps what
was typed and the list behind shows the other's version; «Обновить данные» puts the version
saved now beside the typed text, and the next Save stores the typed text knowingly."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from app.municipality import returns
from tests.ui.test_exchange_returns_municipality import (  # noqa: F401  (fixtures)
    TEXT,
    YEAR,
    dialog,
    municipality,
    school,
    table,
)
from ui.municipality import returns_dialog
from ui.municipality.returns_forms import RecommendationForm

ISSUED = date(2026, 11, 2)
CHANGED = "Рекомендация изменена другим пользователем. Обновите данные и повторите."
REMOVED = "Рекомендация удалена другим пользователем."
MINE = "Мой вариант: провести педсовет по итогам ВПР."
THEIRS = "Вариант коллеги: включить анализ ВПР в план ШМО."


@pytest.fixture
def held(dialog, municipality, school):  # noqa: F811
    """One recommendation, shown in the dialog at version 1."""
    data = returns.RecommendationInput(YEAR, TEXT, "ВПР", ISSUED)
    made = returns.save_recommendation(municipality.scope, school.school_id, data).value
    dialog.refresh(made)
    assert dialog.recommendations.selected().version == 1
    return made


def other_user_saves(municipality, school, row_id, text: str) -> None:  # noqa: F811
    data = returns.RecommendationInput(YEAR, text, "ВПР", ISSUED)
    version = returns.recommendation(municipality.scope, school.school_id, row_id).version
    returns.save_recommendation(municipality.scope, school.school_id, data, row_id, version)


def editing(monkeypatch, steps) -> list:
    """``form.exec()`` runs ``steps(form)`` as a person would; Accepted if it saved."""
    seen = []

    def exec_(form) -> int:
        seen.append(form)
        return QDialog.DialogCode.Accepted if steps(form) else QDialog.DialogCode.Rejected

    monkeypatch.setattr(RecommendationForm, "exec", exec_)
    return seen


def test_saving_over_another_users_change_is_refused_then_replaced_knowingly(
    dialog,  # noqa: F811
    municipality,  # noqa: F811
    school,  # noqa: F811
    held,
    monkeypatch,
):
    page = dialog.recommendations

    def steps(form: RecommendationForm) -> bool:
        assert not form.clash.isVisibleTo(form)
        form.text.setPlainText(MINE)
        other_user_saves(municipality, school, held, THEIRS)  # while the form is open
        assert not form.save()
        assert form.clash.isVisibleTo(form) and form.clash_note.text() == CHANGED
        assert form.reload_button.isVisibleTo(form)
        assert form.reload_button.text() == "Обновить данные"
        assert form.text.toPlainText() == MINE  # nothing typed is lost
        assert table(page)[0]["Рекомендация"] == THEIRS  # the list behind is reloaded
        assert form.result() != QDialog.DialogCode.Accepted
        assert not form.save()  # again without reloading: still refused
        assert form.clash_note.text() == CHANGED

        form.reload_button.click()
        assert not form.reload_button.isVisibleTo(form)
        assert form.stored.isVisibleTo(form) and form.stored.toPlainText() == f"ВПР. {THEIRS}"
        assert form.clash_note.text().startswith("Ниже — рекомендация в том виде")
        assert form.text.toPlainText() == MINE and form.row.version == 2
        return form.save()

    seen = editing(monkeypatch, steps)
    assert dialog.edit_recommendation()
    assert len(seen) == 1
    (row,) = returns.for_school(municipality.scope, school.school_id).recommendations
    assert (row.id, row.text, row.version) == (held, MINE, 3)
    assert [r["Рекомендация"] for r in table(page)] == [MINE]


def test_editing_a_recommendation_removed_meanwhile_keeps_the_text_to_add_anew(
    dialog,  # noqa: F811
    municipality,  # noqa: F811
    school,  # noqa: F811
    held,
    monkeypatch,
):
    def steps(form: RecommendationForm) -> bool:
        form.text.setPlainText(MINE)
        returns.remove_recommendation(municipality.scope, held, 1)  # another user's removal
        assert not form.save()
        assert form.clash_note.text() == REMOVED
        assert table(dialog.recommendations) == []
        form.reload_button.click()
        assert form.windowTitle() == "Новая рекомендация"
        assert form.clash_note.text().startswith("Рекомендация удалена другим пользователем.")
        assert not form.stored.isVisibleTo(form) and form.text.toPlainText() == MINE
        return form.save()

    editing(monkeypatch, steps)
    assert dialog.edit_recommendation()
    (row,) = returns.for_school(municipality.scope, school.school_id).recommendations
    assert row.id != held and (row.text, row.version) == (MINE, 1)


def test_deleting_a_recommendation_changed_meanwhile_says_so_and_keeps_it(
    dialog,  # noqa: F811
    municipality,  # noqa: F811
    school,  # noqa: F811
    held,
    monkeypatch,
    error_boxes,
):
    monkeypatch.setattr(returns_dialog, "confirm", lambda *_a: True)
    other_user_saves(municipality, school, held, THEIRS)  # after the list was shown
    dialog.delete_recommendation()
    assert error_boxes == [CHANGED]
    error_boxes.clear()
    assert [r["Рекомендация"] for r in table(dialog.recommendations)] == [THEIRS]
    dialog.delete_recommendation()  # the reloaded list names version 2: removed now
    assert error_boxes == [] and table(dialog.recommendations) == []


def test_deleting_a_recommendation_removed_meanwhile_says_who_removed_it(
    dialog,  # noqa: F811
    municipality,  # noqa: F811
    held,
    monkeypatch,
    error_boxes,
):
    monkeypatch.setattr(returns_dialog, "confirm", lambda *_a: True)
    returns.remove_recommendation(municipality.scope, held, 1)  # another user's removal
    dialog.delete_recommendation()
    assert error_boxes == [REMOVED]
    error_boxes.clear()
    assert table(dialog.recommendations) == []
