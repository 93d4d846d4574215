"""«Школы»: schools heard from with their last package, expected schools, completeness
against a deadline (values worked out by hand from tests/municipality/district.py)."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from app.errors import ReadOnlyError, ValidationError
from app.municipality.expectations import (
    add_deadline,
    add_expected_school,
    deadlines,
    remove_deadline,
    remove_expected_school,
)
from app.municipality.register import export_register, school_register
from app.municipality.schools import Filter, imported_school

ANNUAL = ("Годовой отчёт за 2024-2025", date(2025, 5, 1), date(2025, 6, 1))


def by_name(rows):
    return {row.name: row for row in rows}


def test_the_register_lists_each_school_with_its_last_package(municipality, district):
    rows = school_register(municipality.scope, today=date(2025, 6, 10))
    assert [r.name for r in rows] == ["Берёзовская ООШ", "Озёрная НШ", "Сосновская СОШ"]
    berezovka = by_name(rows)["Берёзовская ООШ"]
    assert berezovka.school_id == district.berezovka
    assert (berezovka.last_sequence, berezovka.packages) == (2, 2)
    assert berezovka.last_received.date() == date(2025, 5, 30)
    assert berezovka.category_text == "ШНОР, сельская, малокомплектная"
    assert by_name(rows)["Сосновская СОШ"].category_text == "сложные социальные условия, сельская"
    assert all(r.completeness is None for r in rows)


def test_completeness_against_a_deadline(municipality):
    deadline = add_deadline(municipality.scope, *ANNUAL).value
    add_expected_school(municipality.scope, "Луговая ООШ")
    rows = by_name(school_register(municipality.scope, deadline, today=date(2025, 6, 10)))
    assert rows["Берёзовская ООШ"].completeness.text == "в срок"  # №2 on 30.05
    assert rows["Сосновская СОШ"].completeness.text == "просрочено на 3 дн."  # 04.06
    assert rows["Озёрная НШ"].completeness.text == "не получено"  # 20.04: before it opened
    assert rows["Луговая ООШ"].completeness.text == "не получено"
    early = by_name(school_register(municipality.scope, deadline, today=date(2025, 5, 20)))
    assert early["Озёрная НШ"].completeness.text == "ожидается до 01.06.2025"
    assert early["Берёзовская ООШ"].completeness.text == "в срок"


def test_expected_schools_show_until_they_report(municipality, district):
    add_expected_school(municipality.scope, "Луговая ООШ")
    add_expected_school(municipality.scope, "берёзовская  оош")  # matches by folded name
    rows = school_register(municipality.scope, today=date(2025, 6, 10))
    assert len(rows) == 4
    meadow = by_name(rows)["Луговая ООШ"]
    assert not meadow.heard and meadow.package_text == "пакетов не было"
    assert by_name(rows)["Берёзовская ООШ"].expected_id is not None
    with pytest.raises(ValidationError, match="уже есть"):
        add_expected_school(municipality.scope, "ЛУГОВАЯ ООШ")
    with pytest.raises(ValidationError):
        add_expected_school(municipality.scope, "   ")
    remove_expected_school(municipality.scope, meadow.expected_id)
    assert len(school_register(municipality.scope)) == 3


def test_deadlines_are_listed_and_checked(municipality):
    with pytest.raises(ValidationError, match="раньше"):
        add_deadline(municipality.scope, "Отчёт", date(2025, 6, 2), date(2025, 6, 1))
    first = add_deadline(municipality.scope, *ANNUAL).value
    add_deadline(municipality.scope, "Полугодие", date(2024, 12, 1), date(2025, 1, 15))
    assert [d.title for d in deadlines(municipality.scope)] == [ANNUAL[0], "Полугодие"]
    remove_deadline(municipality.scope, first)
    assert [d.title for d in deadlines(municipality.scope)] == ["Полугодие"]


def test_the_category_filter_keeps_schools_with_every_ticked_flag(municipality):
    add_expected_school(municipality.scope, "Луговая ООШ")
    rural = school_register(municipality.scope, filt=Filter(frozenset({"is_rural"})))
    assert [r.name for r in rural] == ["Берёзовская ООШ", "Сосновская СОШ"]
    small_rural = Filter(frozenset({"is_rural", "is_small"}))
    assert [r.name for r in school_register(municipality.scope, filt=small_rural)] == [
        "Берёзовская ООШ"
    ]


def test_the_register_exports_to_xlsx(municipality, tmp_path):
    deadline = add_deadline(municipality.scope, *ANNUAL).value
    rows = school_register(municipality.scope, deadline, today=date(2025, 6, 10))
    path = export_register(rows, tmp_path / "schools.xlsx")
    sheet = load_workbook(path).active
    assert sheet.title == "Школы"
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("Школа", "Полное название", "Категория")
    assert values[3][0] == "Сосновская СОШ"
    assert values[3][-1] == "просрочено на 3 дн."


def test_an_imported_school_opens_read_only(municipality, district):
    scope = imported_school(municipality.scope, district.sosnovka)
    assert scope.read_only and scope.school_id == district.sosnovka
    with pytest.raises(ReadOnlyError), scope.unit_of_work():
        pass
    with pytest.raises(ValidationError, match="нет среди загруженных"):
        imported_school(municipality.scope, municipality.scope.school_id)
