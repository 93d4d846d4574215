"""Instrument files: shipped ones load; broken ones get a Russian error with file and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.self_assessment.instrument_json import builtin_instruments, load_instrument_file
from app.self_assessment.instruments import parse_instrument

RISK_PROFILES = [
    "Низкий уровень оснащения школы",
    "Дефицит педагогических кадров",
    "Недостаточная предметная и методическая компетентность педагогических работников",
    "Риски низкой адаптивности учебного процесса",
    "Несформированность внутришкольной системы повышения квалификации",
    "Низкое качество преодоления языковых и культурных барьеров",
    "Пониженный уровень качества школьной образовательной и воспитательной среды",
    "Низкий уровень вовлечённости родителей",
    "Высокая доля обучающихся с рисками учебной неуспешности",
    "Низкий уровень дисциплины в классе",
]


def test_shipped_instruments():
    shipped = {i.id: i for i in builtin_instruments()}
    risks = shipped["risk_profiles_500"]
    assert [a.title for a in risks.areas] == RISK_PROFILES
    assert all(3 <= len(a.items) <= 6 for a in risks.areas)
    assert risks.sample_note == "пример: уточните по методике"
    resources = shipped["school_deficits_resources"]
    assert [a.id for a in resources.areas] == [
        "management",
        "staff",
        "methodical",
        "results",
        "environment",
        "parents",
        "partnership",
    ]
    # every area asks what the school can offer others
    assert all(any(i.offer for i in a.items) for a in resources.areas)
    for instrument in shipped.values():
        for _, item in instrument.all_items():
            assert len(item.levels) >= 2 and item.evidence


def _error(data, file="bad.json") -> str:
    with pytest.raises(ValidationError) as err:
        parse_instrument(data, file)
    return err.value.message


def test_missing_field(small_data):
    del small_data["areas"][1]["items"][0]["text"]
    assert _error(small_data) == (
        "Файл «bad.json»: поле areas[1].items[0].text: обязательное поле отсутствует."
    )


def test_bad_level_type(small_data):
    small_data["scales"]["four"][2]["level"] = "два"
    message = _error(small_data)
    assert message.startswith("Файл «bad.json»: поле scales.four[2].level:")
    assert "целое число" in message


def test_duplicate_level(small_data):
    small_data["areas"][1]["items"][1]["scale"][2]["level"] = 1
    assert _error(small_data) == (
        "Файл «bad.json»: поле areas[1].items[1].scale[2].level: повторяется уровень 1."
    )


def test_duplicate_item_ids(small_data):
    small_data["areas"][1]["items"][2]["id"] = "a1"
    assert _error(small_data) == (
        "Файл «bad.json»: поле areas[1].items[2].id: повторяется идентификатор пункта «a1»."
    )


def test_duplicate_area_ids(small_data):
    small_data["areas"][1]["id"] = "a"
    assert "areas[1].id: повторяется идентификатор направления «a»" in _error(small_data)


def test_wrong_type(small_data):
    small_data["areas"] = "много"
    assert _error(small_data) == (
        "Файл «bad.json»: поле areas: неверный тип значения (ожидается список)."
    )


def test_unknown_scale_and_unknown_field(small_data):
    small_data["areas"][0]["items"][0]["scale"] = "five"
    assert "areas[0].items[0].scale: нет шкалы «five»" in _error(small_data)
    small_data["areas"][0]["items"][0]["scale"] = "four"
    small_data["areas"][0]["colour"] = "red"
    assert "areas[0].colour: неизвестное поле" in _error(small_data)


def test_thresholds_must_grow(small_data):
    small_data["thresholds"] = {"high": 70, "medium": 40}
    assert "поле thresholds: пороги должны расти" in _error(small_data)


def test_not_json(tmp_path: Path):
    path = tmp_path / "broken.json"
    path.write_text('{"id": "x",', encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        load_instrument_file(path)
    assert err.value.message.startswith("Файл «broken.json»: это не JSON")


def test_file_loads_and_resolves_scales(small_file: Path):
    instrument = load_instrument_file(small_file)
    _, a1 = instrument.item("a1")
    assert [x.level for x in a1.levels] == [0, 1, 2, 3]
    assert a1.descriptor(2) == "в основном"
    assert json.loads(instrument.to_json())["areas"][0]["items"][0]["scale"][0]["level"] == 0
