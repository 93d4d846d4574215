"""XLSX template round trip, the deficit trail and partner matching."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.academic_year import AcademicYear
from app.errors import ValidationError
from app.self_assessment.catalogue import (
    import_instrument,
    list_instruments,
    read_instrument_file,
    write_template,
)
from app.self_assessment.deficits import DeficitInput, StrengthInput, save_deficit, save_strength
from app.self_assessment.matching import area_keywords, matching_lines, partner_matching
from app.self_assessment.trail import deficit_trail, link

Y = AcademicYear(2024)


def _template(school, tmp_path: Path, small_file: Path) -> Path:
    row = import_instrument(school.scope, small_file).value
    return write_template(school.scope, row.id, tmp_path / "шаблон.xlsx")


def test_xlsx_round_trip_as_a_new_version(school, tmp_path, small_file):
    path = _template(school, tmp_path, small_file)
    book = load_workbook(path)
    sheet = book["Инструмент"]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "Версия":
            row[1].value = "2"
    book.save(path)
    imported = import_instrument(school.scope, path).value
    assert (imported.key, imported.version, imported.areas, imported.items) == ("small", "2", 2, 6)
    instrument = read_instrument_file(path)
    _, b1 = instrument.item("b1")
    assert [x.level for x in b1.levels] == [1, 2, 3, 4, 5]
    _, a3 = instrument.item("a3")
    assert a3.offer is True


def test_broken_xlsx_is_refused_and_nothing_is_stored(school, tmp_path, small_file):
    path = _template(school, tmp_path, small_file)
    book = load_workbook(path)
    book["Инструмент"]["B3"].value = "3"  # a new version, so only the bad level can refuse it
    book["Шкалы"]["B3"].value = "два"
    book.save(path)
    before = len(list_instruments(school.scope))
    with pytest.raises(ValidationError) as err:
        import_instrument(school.scope, path)
    assert err.value.message.startswith("Файл «шаблон.xlsx»: поле scales.")
    assert "целое число" in err.value.message
    assert len(list_instruments(school.scope)) == before


def test_unsupported_file(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("x")
    with pytest.raises(ValidationError, match=r"\.json или \.xlsx"):
        read_instrument_file(path)


def test_matching_pure():
    keys = area_keywords("Работа с родителями", ["родител"])
    assert "родител" in keys and "работа" not in keys
    text = "Методическая работа: мастер-классы\nРабота с Родителями: клуб\n\n"
    assert matching_lines(text, keys) == ("Работа с Родителями: клуб",)


def _partner(scope, offers: str, needs: str) -> uuid.UUID:
    from app.partnership.partners import PartnerInput, save_partner

    return save_partner(
        scope, PartnerInput("МОУ «Лесная СОШ»", "Лесная СОШ", offers=offers, needs=needs)
    ).value


def test_partner_matching_and_trail(school):
    scope = school.scope
    partner = _partner(
        scope, "Методическая работа: мастер-классы\nСпорт: соревнования", "Родители: опыт клубов"
    )
    deficit = save_deficit(
        scope, DeficitInput(Y, "Слабая методическая работа", "Методическая работа")
    ).value
    save_strength(scope, StrengthInput(Y, "Родительский клуб", "Работа с родителями", offer=True))
    deficits, strengths = partner_matching(scope, Y)
    assert [(m.partner_id, m.lines) for m in deficits[0].partners] == [
        (partner, ("Методическая работа: мастер-классы",))
    ]
    assert [m.lines for m in strengths[0].partners] == [("Родители: опыт клубов",)]

    from app.partnership.agreements import AgreementInput, save_agreement

    agreement = save_agreement(
        scope,
        AgreementInput(
            partner,
            "1",
            date(2024, 9, 1),
            date(2025, 8, 31),
            "Сотрудничество",
            "",
            None,
            "",
            "",
            [],
        ),
    ).value
    from app.self_assessment.trail import create_measure

    measure = create_measure(scope, deficit, agreement, date(2024, 10, 1), date(2025, 5, 31)).value
    trail = deficit_trail(scope, deficit)
    assert [(m.id, m.text, m.partner) for m in trail.measures] == [
        (measure, "Адресная поддержка: Слабая методическая работа", "Лесная СОШ")
    ]
    assert trail.tasks == () and trail.scores == ()
    link(scope, deficit, "measure", measure)  # linking twice keeps one link
    assert len(deficit_trail(scope, deficit).measures) == 1
