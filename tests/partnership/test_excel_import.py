"""The events workbook imports back: unchanged round trip, updates, additions, refusals."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from app.excel import ExcelImportError
from app.partnership.events import list_events
from app.partnership.excel_import import import_events
from app.tables import table_io
from tests.partnership.fixture import TODAY, build


@pytest.fixture
def exported(school, tmp_path):
    build(school.scope)
    return table_io("events").export(school.scope, tmp_path / "events.xlsx", None)


def test_round_trip_changes_nothing(school, exported):
    summary = import_events(school.scope, exported, dry_run=False, today=TODAY).value
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 9)


def test_update_and_add(school, exported):
    book = load_workbook(exported)
    sheet = book.active
    sheet["E2"] = "Новая тема"  # row 2 = the earliest event (2022-11-11)
    sheet.append(
        [
            "",
            date(2024, 3, 1),
            "Школа Б",
            "вебинар",
            "Вебинар о ВПР",
            "да",
            "да",
            "дистанционно",
            "знакомство",
            "совместно",
            3,
            0,
            0,
            1,
            4,
            0,
            0,
            0,
        ]
    )
    book.save(exported)
    dry = import_events(school.scope, exported, dry_run=True, today=TODAY).value
    assert (dry.added, dry.updated, dry.unchanged) == (1, 1, 8)
    assert len(list_events(school.scope)) == 9
    import_events(school.scope, exported, dry_run=False, today=TODAY)
    events = list_events(school.scope)
    assert len(events) == 10
    assert events[0].topic == "Новая тема"
    added = next(e for e in events if e.topic == "Вебинар о ВПР")
    assert (added.form, added.organiser, added.counts["our_teachers"]) == ("remote", "joint", 3)
    assert added.counts["our_admin"] == 1 and added.counts["partner_teachers"] == 4


def test_bad_cells_refuse_everything(school, exported):
    book = load_workbook(exported)
    sheet = book.active
    sheet["C3"] = "Неизвестная школа"
    sheet["D4"] = "пикник"
    sheet["K5"] = -2
    sheet["B6"] = "31.02.2024"
    book.save(exported)
    with pytest.raises(ExcelImportError) as caught:
        import_events(school.scope, exported, dry_run=False, today=TODAY)
    cells = sorted(str(e).split(":")[0] for e in caught.value.errors)
    assert cells == sorted(f"Совместные мероприятия!{c}" for c in ("C3", "D4", "K5", "B6"))
    assert len(list_events(school.scope)) == 9


def test_an_impossible_date_is_called_impossible(school, exported):
    book = load_workbook(exported)
    sheet = book.active
    sheet["B3"] = "31.02.2024"  # well formed, but February has no 31st
    sheet["B4"] = "1 марта 2024"
    book.save(exported)
    with pytest.raises(ExcelImportError) as caught:
        import_events(school.scope, exported, dry_run=False, today=TODAY)
    reasons = {e.cell: e.reason for e in caught.value.errors}
    assert reasons == {
        "B3": "Такой даты нет: 31.02.2024. Проверьте число и месяц.",
        "B4": "Ожидается дата в виде ДД.ММ.ГГГГ.",
    }


def test_demo_round_trip_keeps_repeated_measure_links(demo, tmp_path):
    # The demo plan repeats measure wordings across years; links must survive the trip.
    path = table_io("events").export(demo.scope, tmp_path / "demo.xlsx", None)
    before = {e.id: e.measure_id for e in list_events(demo.scope)}
    summary = import_events(demo.scope, path, dry_run=False, today=date(2026, 11, 23)).value
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 60)
    assert {e.id: e.measure_id for e in list_events(demo.scope)} == before


def test_support_measures_round_trip_update_and_refusal(school, tmp_path):
    from app.partnership.excel_import import import_measures
    from app.partnership.measures import list_measures

    build(school.scope)
    path = table_io("support-measures").export(school.scope, tmp_path / "m.xlsx", None)
    summary = import_measures(school.scope, path, dry_run=False).value
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 4)
    book = load_workbook(path)
    sheet = book.active
    sheet["J2"] = "выполнено"  # row 2 = m4 (earliest), already done → unchanged
    sheet["K3"] = "Итог обсуждён на педсовете"
    sheet.append(
        [
            "",
            "Школа А",
            "1",
            "m5",
            "",
            "",
            "",
            date(2024, 3, 1),
            date(2024, 4, 1),
            "запланировано",
            "",
        ]
    )
    book.save(path)
    summary = import_measures(school.scope, path, dry_run=False).value
    assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 3)
    assert sorted(m.measure for m in list_measures(school.scope)) == ["m1", "m2", "m3", "m4", "m5"]
    sheet["C4"] = "99"
    sheet["J5"] = "сделано"
    book.save(path)
    with pytest.raises(ExcelImportError) as caught:
        import_measures(school.scope, path, dry_run=False)
    cells = sorted(str(e).split(":")[0] for e in caught.value.errors)
    assert cells == ["Меры поддержки!C4", "Меры поддержки!J5"]
