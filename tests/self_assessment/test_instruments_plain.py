"""The reports' plain reading of validated instruments agrees with pydantic's."""

from __future__ import annotations

import copy
import json

import pytest

from app.self_assessment import instruments_plain as plain
from app.self_assessment.instrument_json import builtin_instruments
from app.self_assessment.instruments import parse_instrument
from app.self_assessment.scoring import area_scores, item_score
from tests.self_assessment.conftest import SMALL


def shape(instrument) -> tuple:
    """Everything a reader can ask of an instrument, as plain values."""
    t = instrument.thresholds
    return (
        instrument.id,
        instrument.version,
        instrument.title,
        instrument.description,
        instrument.guidance,
        instrument.sample_note,
        (t.high, t.medium, t.strength, t.weak_item),
        tuple(
            (
                area.id,
                area.title,
                tuple(area.keywords),
                tuple(
                    (
                        item.id,
                        item.text,
                        item.guidance,
                        item.evidence,
                        item.offer,
                        tuple((x.level, x.descriptor) for x in item.levels),
                        item.min_level,
                        item.max_level,
                    )
                    for item in area.items
                ),
            )
            for area in instrument.areas
        ),
    )


def test_shipped_instruments_read_the_same_without_pydantic():
    validated = builtin_instruments()
    read = plain.builtin_plain()
    assert [i.id for i in read] == [i.id for i in validated]
    assert len(read) == 2
    for fast, full in zip(read, validated, strict=True):
        assert shape(fast) == shape(full)


def test_stored_definition_reads_the_same_as_validated():
    full = parse_instrument(copy.deepcopy(SMALL), "small.json")
    fast = plain.stored_instrument(full.to_json())
    assert shape(fast) == shape(full)
    # the scale named "four" is resolved into a1: 0..3
    _, a1 = fast.item("a1")
    assert [(x.level, x.descriptor) for x in a1.levels][:2] == [(0, "нет"), (1, "слабо")]
    assert fast.area("b").title == "Работа с родителями" and fast.area("x") is None


def test_raw_file_is_normalised_as_pydantic_does():
    data = copy.deepcopy(SMALL)
    data["title"] = "  Малый инструмент  "
    data["areas"][0]["items"][0]["text"] = " Пункт А1\n"
    data["areas"][0]["items"][0]["scale"] = " four "
    data["areas"][1]["items"][1]["scale"].reverse()  # levels come sorted
    data["areas"][1]["items"][1]["guidance"] = "  как есть  "  # a plain text: kept as is
    full = parse_instrument(copy.deepcopy(data), "small.json")
    fast = plain.plain_instrument(json.loads(json.dumps(data)))
    assert shape(fast) == shape(full)
    assert fast.title == "Малый инструмент"
    assert [x.level for x in fast.area("b").items[1].levels] == [0, 1, 2]
    assert fast.area("b").items[1].guidance == "  как есть  "


def test_scores_of_plain_and_validated_instruments_agree():
    full = parse_instrument(copy.deepcopy(SMALL), "small.json")
    fast = plain.stored_instrument(full.to_json())
    levels = {"a1": 3, "a2": 1, "a3": 3, "b1": 2, "b2": 0}
    assert area_scores(fast, levels) == area_scores(full, levels)
    # b1 is on 1..5: level 2 is a quarter of the way
    assert item_score(fast.area("b").items[0], 2) == pytest.approx(25.0)
    assert fast.item("b1")[1].descriptor(2) == "уровень 2"
    assert fast.item("b1")[1].descriptor(9) == ""


def test_versions_compare_as_numbers():
    ordered = ["1.0", "1.2", "1.10", "2021.1", "2021.1-beta"]
    assert sorted(reversed(ordered), key=plain.version_key) == ordered
