"""A small instrument whose scores are computed by hand in the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.self_assessment.instruments import Instrument, parse_instrument

# Area A: a1, a2 on 0..3, a3 an offer item on 0..3.
# Area B: b1 on 1..5, b2 on 0..2, b3 on 0..3.
# Thresholds: high 30, medium 60, strength 80, weak_item 34.
SMALL = {
    "id": "small",
    "version": "1",
    "title": "Малый инструмент",
    "sample_note": "пример",
    "scales": {
        "four": [
            {"level": 0, "descriptor": "нет"},
            {"level": 1, "descriptor": "слабо"},
            {"level": 2, "descriptor": "в основном"},
            {"level": 3, "descriptor": "полностью"},
        ]
    },
    "thresholds": {"high": 30, "medium": 60, "strength": 80, "weak_item": 34},
    "areas": [
        {
            "id": "a",
            "title": "Методическая работа",
            "keywords": ["методич"],
            "items": [
                {"id": "a1", "text": "Пункт А1", "scale": "four"},
                {"id": "a2", "text": "Пункт А2", "scale": "four", "evidence": "Протоколы"},
                {"id": "a3", "text": "Делимся опытом", "scale": "four", "offer": True},
            ],
        },
        {
            "id": "b",
            "title": "Работа с родителями",
            "keywords": ["родител"],
            "items": [
                {
                    "id": "b1",
                    "text": "Пункт Б1",
                    "scale": [{"level": n, "descriptor": f"уровень {n}"} for n in range(1, 6)],
                },
                {
                    "id": "b2",
                    "text": "Пункт Б2",
                    "scale": [
                        {"level": 0, "descriptor": "нет"},
                        {"level": 1, "descriptor": "частично"},
                        {"level": 2, "descriptor": "да"},
                    ],
                },
                {"id": "b3", "text": "Пункт Б3", "scale": "four"},
            ],
        },
    ],
}


@pytest.fixture
def small_data() -> dict:
    return json.loads(json.dumps(SMALL))


@pytest.fixture
def small() -> Instrument:
    return parse_instrument(json.loads(json.dumps(SMALL)), "small.json")


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.json"
    path.write_text(json.dumps(SMALL, ensure_ascii=False), encoding="utf-8")
    return path
