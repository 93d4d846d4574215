"""Hostile return packages at a school: damaged files and genuinely signed packages with
malicious content, each refused with a Russian reason and the school's database unchanged."""

from __future__ import annotations

import hashlib
import json
import random
import re
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.academic_year import AcademicYear
from app.municipality import returns as mreturns
from app.sync.envelope import Sender, seal
from app.sync.keyring import Keyring
from app.sync.manifest import DATA, PackageKind
from app.sync.outgoing import write_school_package
from app.sync.receive import Outcome, receive
from app.sync.return_content import collect_return
from app.sync.returns_in import receive_at_school
from app.sync.returns_out import write_return_packages
from tests.sync.test_exchange_flow import dump

TODAY = date(2026, 11, 23)
LATIN_WORD = re.compile(r"\b(Error|Exception|Traceback|errno|None|Field|Input)\b")


@pytest.fixture
def world(demo, municipality, stick):
    sent = write_school_package(demo, stick, today=TODAY)
    assert receive(municipality, [sent.path])[0].outcome is Outcome.ACCEPTED
    school_id = demo.scope.school_id
    mreturns.save_recommendation(
        municipality.scope,
        school_id,
        mreturns.RecommendationInput(AcademicYear(2025), "Провести анализ ВПР"),
    )
    (genuine,) = write_return_packages(municipality, stick, [school_id], today=TODAY)
    return demo, municipality, stick, (stick / genuine.file_name).read_bytes()


def _content(municipality, school_id) -> dict:
    with municipality.db.engine.connect() as connection:
        content = collect_return(connection, municipality.scope.school_id, school_id)
    return json.loads(content.model_dump_json())


def _sealed(municipality, school_id, data: bytes, sequence: int, key=None) -> bytes:
    keyring = Keyring(municipality.folder.keys)
    if key is not None:
        keyring.signing_key = lambda: key  # an impostor signs with its own key
    return seal(
        keyring,
        PackageKind.RETURN,
        Sender(municipality.scope.school_id, municipality.state.display_name),
        sequence,
        {DATA: data},
        recipient=Keyring(municipality.folder.keys).pinned(school_id),
    )


def _malicious(base: dict) -> list[tuple[str, object, str]]:
    item = base["recommendations"][0]
    figure = {
        "id": "00000000-0000-4000-8000-00000000000a",
        "indicator_id": "00000000-0000-4000-8000-00000000000b",
        "year": "2025-2026",
        "value": 1.0,
    }
    return [
        ("not json", b"{not json", "не являются корректным JSON"),
        ("NaN", json.dumps(base).replace('"format": 1', '"format": NaN').encode(), "число"),
        ("extra field", {**base, "secret": 1}, "не соответствуют формату"),
        ("future format", {**base, "format": 5}, "более новой версией"),
        ("another recipient", {**base, "recipient_id": figure["id"]}, "recipient_id"),
        ("bad role", {**base, "partners": [_partner("boss")]}, "partners"),
        ("bad year", {**base, "figures": [{**figure, "year": "2025-2027"}]}, "figures"),
        ("infinite", {**base, "figures": [{**figure, "value": 1e400}]}, "недопустимое число"),
        (
            "duplicate figure",
            {**base, "figures": [figure, {**figure, "id": item["id"][:-1] + "f"}]},
            "нарушают правило",
        ),
        (
            "huge text",
            {**base, "recommendations": [{**item, "text": "я" * 20_001}]},
            "recommendations",
        ),
        ("not a list", {**base, "recommendations": {"a": 1}}, "recommendations"),
        (
            "instrument id",
            {**base, "instruments": [_instrument("00000000-0000-4000-8000-00000000000c")]},
            "instruments",
        ),
    ]


def _partner(role: str) -> dict:
    return {
        "id": "00000000-0000-4000-8000-00000000000d",
        "partner_name": "Лицей",
        "role": role,
        "starts_on": "2026-09-01",
    }


def _instrument(instrument_id: str) -> dict:
    return {"id": instrument_id, "key": "x", "version": "1", "title": "x", "definition": "{}"}


def _refused(school, stick, label: str, data: bytes, words: str) -> None:
    path = stick / f"{hashlib.sha256(label.encode()).hexdigest()[:12]}.perekhod"
    path.write_bytes(data)
    (verdict,) = receive_at_school(school, [path])
    assert verdict.outcome is Outcome.REFUSED, label
    assert verdict.reason and words in verdict.reason, (label, verdict.reason)
    assert not LATIN_WORD.search(verdict.reason), (label, verdict.reason)


def test_hostile_returns_are_refused_and_change_nothing(world):
    school, municipality, stick, genuine = world
    school_id = school.scope.school_id
    before = dump(school)
    (stick / "first.perekhod").write_bytes(genuine)
    assert receive_at_school(school, [stick / "first.perekhod"])[0].outcome is Outcome.ACCEPTED
    held = dump(school)
    assert before != held  # the genuine one did change the school's data
    rng = random.Random(2026)
    for number in range(60):  # a flip that breaks no check leaves the same number: stale
        data = bytearray(genuine)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        _refused(school, stick, f"flip {number}", bytes(data), "")
    for number in range(20):
        _refused(school, stick, f"cut {number}", genuine[: rng.randrange(len(genuine))], "")
    base = _content(municipality, school_id)
    for number, (label, content, words) in enumerate(_malicious(base), start=50):
        data = content if isinstance(content, bytes) else json.dumps(content).encode()
        _refused(school, stick, label, _sealed(municipality, school_id, data, number), words)
    stranger = Ed25519PrivateKey.generate()
    impostor = _sealed(municipality, school_id, json.dumps(base).encode(), 90, key=stranger)
    _refused(school, stick, "impostor", impostor, "ключ подписи муниципалитета изменился")
    stale = _sealed(municipality, school_id, json.dumps(base).encode(), 1)
    _refused(school, stick, "replayed number", stale, "устаревший пакет")
    assert dump(school) == held
