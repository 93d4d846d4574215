"""School scope: shipped directions are shared and read-only; two schools in one database
never see or touch each other's partnership."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.academic_year import AcademicYear
from app.demo.context import DemoContext
from app.errors import NotFoundError, ValidationError
from app.partnership import demo as partnership_demo
from app.partnership.agreements import (
    AgreementInput,
    delete_direction,
    list_agreements,
    list_directions,
    save_agreement,
    save_direction,
)
from app.partnership.events import EventInput, delete_event, list_events, save_event
from app.partnership.excel_import import import_events
from app.partnership.measures import list_measures
from app.partnership.partners import PartnerInput, delete_partner, list_partners, save_partner
from app.partnership.report_data import criteria_for, years_with_data
from app.scope import SchoolScope
from app.tables import table_io
from db.models import SchoolProfile
from tests.conftest import DEMO_TODAY
from tests.partnership.fixture import TODAY, build

SHIPPED = "поставляется с программой"


def other_school(installation, name: str = "Другая школа") -> SchoolScope:
    """A second school in the same database (as a municipality holds imported ones)."""
    school_id = uuid.uuid4()
    with installation.db.unit_of_work() as session:
        session.add(SchoolProfile(id=school_id, full_name=f"МОУ «{name}»", short_name=name))
    return SchoolScope(installation.db, school_id)


def test_shipped_direction_cannot_be_renamed_hidden_or_deleted(school):
    scope = school.scope
    shipped = list_directions(scope)
    assert shipped and all(d.is_shipped for d in shipped)
    first = shipped[0]
    with pytest.raises(ValidationError, match=SHIPPED):
        save_direction(scope, "Другое название", first.id)
    with pytest.raises(ValidationError, match=SHIPPED):
        save_direction(scope, first.title, first.id, active=False)
    with pytest.raises(ValidationError, match=SHIPPED):
        delete_direction(scope, first.id)
    assert not save_direction(scope, first.title, first.id).changes.any()  # nothing asked
    assert list_directions(scope) == shipped


def test_own_direction_can_be_renamed_hidden_and_deleted(school):
    scope = school.scope
    shipped = list_directions(scope)
    own = save_direction(scope, "  Наше направление ").value
    row = list_directions(scope)[-1]
    assert (row.id, row.title, row.is_shipped) == (own, "Наше направление", False)
    assert row.position == max(d.position for d in shipped) + 1
    save_direction(scope, "Переименовано", own)
    save_direction(scope, "Переименовано", own, active=False)
    assert list_directions(scope) == shipped  # hidden
    hidden = list_directions(scope, include_inactive=True)[-1]
    assert (hidden.title, hidden.active) == ("Переименовано", False)
    delete_direction(scope, own)
    assert list_directions(scope, include_inactive=True) == shipped


def test_two_schools_see_and_touch_only_their_own_partnership(school, tmp_path):
    a, b = school.scope, other_school(school)
    built = build(a)
    b_partner = save_partner(b, PartnerInput("Школа В полное", "Школа В")).value
    b_direction = save_direction(b, "Направление школы Б").value
    b_event = save_event(
        b,
        EventInput(
            b_partner,
            "seminar",
            date(2024, 2, 1),
            "Семинар Б",
            held=True,
            direction_ids=[b_direction],
        ),
        today=TODAY,
    ).value

    assert [p.short_name for p in list_partners(a)] == ["Школа А", "Школа Б"]
    assert [p.short_name for p in list_partners(b)] == ["Школа В"]
    assert len(list_events(a)) == 9 and [e.id for e in list_events(b)] == [b_event]
    assert len(list_measures(a)) == 4 and list_measures(b) == []
    assert len(list_agreements(a)) == 2 and list_agreements(b) == []
    assert b_direction not in {d.id for d in list_directions(a, include_inactive=True)}
    assert b_direction in {d.id for d in list_directions(b)}
    assert years_with_data(a) == {AcademicYear(2022), AcademicYear(2023)}
    assert years_with_data(b) == {AcademicYear(2023)}
    assert criteria_for(a, AcademicYear(2023), today=TODAY).held == 5  # as without B
    assert criteria_for(b, AcademicYear(2023), today=TODAY).held == 1

    # School A's scope cannot reach B's rows, nor link them.
    info = EventInput(built.a, "seminar", date(2024, 2, 2), "Чужое", held=True)
    with pytest.raises(NotFoundError):
        save_event(a, info, b_event, today=TODAY)
    with pytest.raises(NotFoundError):
        delete_event(a, b_event)
    with pytest.raises(NotFoundError):
        delete_partner(a, b_partner)
    with pytest.raises(NotFoundError):
        delete_direction(a, b_direction)
    with pytest.raises(NotFoundError):
        save_event(a, EventInput(b_partner, "seminar", date(2024, 2, 2), "Т"), today=TODAY)
    with pytest.raises(NotFoundError):
        save_agreement(
            a,
            AgreementInput(
                built.a, "7", date(2024, 1, 1), date(2024, 6, 1), direction_ids=[b_direction]
            ),
        )

    # A's workbook round trip changes nothing of A and nothing of B.
    path = table_io("events").export(a, tmp_path / "a.xlsx", None)
    summary = import_events(a, path, dry_run=False, today=TODAY).value
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 9)
    (event,) = list_events(b)
    assert (event.id, event.topic, event.direction_ids) == (b_event, "Семинар Б", (b_direction,))


def test_demo_step_fills_a_second_school_in_the_same_database(demo):
    before = {e.id for e in list_events(demo.scope)}
    b = other_school(demo, "Вторая демо-школа")
    partnership_demo.step(b, DemoContext.for_scope(b, DEMO_TODAY, seed=7))
    assert {e.id for e in list_events(demo.scope)} == before  # school A untouched
    assert len(list_partners(b)) == 2 and len(list_agreements(b)) == 2
    assert len(list_events(b)) == 60 and len(list_measures(b)) == 14
    assert not {e.id for e in list_events(b)} & before
