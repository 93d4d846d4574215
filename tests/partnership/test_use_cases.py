"""Partners, role history, validation and Excel export of the partnership."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.partnership.agreements import AgreementInput, list_agreements, save_agreement
from app.partnership.events import EventInput, delete_event, list_events, save_event
from app.partnership.partners import (
    PartnerInput,
    add_role,
    list_partners,
    offers_by_area,
    role_on,
    save_partner,
)
from tests.partnership.fixture import TODAY, build


def test_role_history(school):
    pid = save_partner(school.scope, PartnerInput("Гимназия", "")).value
    add_role(school.scope, pid, "peer", date(2023, 9, 1))
    add_role(school.scope, pid, "leader", date(2020, 9, 1))
    with pytest.raises(ValidationError):
        add_role(school.scope, pid, "mentee", date(2023, 9, 1))
    with pytest.raises(ValidationError):
        add_role(school.scope, pid, "boss", date(2024, 9, 1))
    (partner,) = list_partners(school.scope)
    assert partner.short_name == "Гимназия"  # short name defaults to the full one
    assert [r.role for r in partner.roles] == ["leader", "peer"]
    assert role_on(partner.roles, date(2019, 1, 1)) is None
    assert partner.role_on(date(2022, 1, 1)) == "leader"
    assert partner.role_on(date(2023, 9, 1)) == "peer"


def test_partner_requires_name(school):
    with pytest.raises(ValidationError, match="наименование"):
        save_partner(school.scope, PartnerInput("   "))


def test_offers_by_area():
    assert offers_by_area("Химия: уроки\n\n- просто текст") == [
        ("Химия", "уроки"),
        ("", "просто текст"),
    ]


def test_event_validation(school):
    pid = save_partner(school.scope, PartnerInput("Школа")).value
    base = dict(partner_id=pid, kind="seminar", day=date(2024, 3, 1), topic="Тема")
    with pytest.raises(ValidationError, match="тему"):
        save_event(school.scope, EventInput(**{**base, "topic": " "}), today=TODAY)
    with pytest.raises(ValidationError, match="запланированным или проведённым"):
        save_event(school.scope, EventInput(**base, was_planned=False), today=TODAY)
    future = EventInput(**{**base, "day": date(2024, 4, 1)}, held=True)
    with pytest.raises(ValidationError, match="будущем"):
        save_event(school.scope, future, today=TODAY)
    with pytest.raises(ValidationError, match="отрицательным"):
        save_event(school.scope, EventInput(**base, counts={"our_pupils": -1}), today=TODAY)
    assert list_events(school.scope) == []
    event_id = save_event(school.scope, EventInput(**base, held=True), today=TODAY).value
    assert [e.id for e in list_events(school.scope)] == [event_id]
    delete_event(school.scope, event_id)
    assert list_events(school.scope) == []


def test_agreement_dates_and_directions(school):
    built = build(school.scope)
    with pytest.raises(ValidationError):
        save_agreement(
            school.scope, AgreementInput(built.a, "9", date(2024, 1, 1), date(2023, 1, 1))
        )
    first = list_agreements(school.scope, built.a)[0]
    assert [d.id for d in first.directions] == built.d[:3]
    assert first.label == "№ 1 от 01.09.2023"


def test_excel_export(school, tmp_path):
    from openpyxl import load_workbook

    from app.tables import table_io

    build(school.scope)
    path = table_io("events").export(school.scope, tmp_path / "e.xlsx", None)
    sheet = load_workbook(path).active
    assert sheet.max_row == 1 + 9
    assert sheet["B1"].value == "Дата" and sheet["D1"].value == "Вид"
    path = table_io("support-measures").export(school.scope, tmp_path / "m.xlsx", None)
    assert load_workbook(path).active.max_row == 1 + 4


def test_demo_partnership(demo):
    from app.academic_year import AcademicYear
    from app.partnership.measures import list_measures
    from app.partnership.report_data import criteria_for

    partners = list_partners(demo.scope)
    names = {p.short_name for p in partners}
    assert "МОУ «Заречная гимназия № 2»" in names and len(partners) == 2
    agreements = list_agreements(demo.scope)
    assert len(agreements) == 2
    assert max(len(a.directions) for a in agreements) == 7
    events = list_events(demo.scope)
    assert len(events) == 60  # 6 full years × 9 + 6 in 2026-2027
    assert all(e.day <= date(2026, 11, 23) for e in events if e.held)
    assert len(list_measures(demo.scope)) == 14  # two per year, 7 years
    today = date(2026, 11, 23)
    trend = criteria_for(demo.scope, AcademicYear(2025), today=today).trend
    assert trend[0].share_we < trend[-1].share_we
