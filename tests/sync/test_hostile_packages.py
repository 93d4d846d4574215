"""Hundreds of hostile variants of a genuine package, each refused with a Russian reason and
the municipality's database left exactly as it was (seeded, so a failure reproduces)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from datetime import date

import pytest

from app.data_folder import DataFolder
from app.installation import MunicipalityInfo, create_municipality, open_installation
from app.sync.keyfile import own_keys
from app.sync.keyring import Keyring
from app.sync.outgoing import write_school_package
from app.sync.receive import Outcome, receive
from tests.sync.mutations import members_of, resign, variants
from tests.sync.test_exchange_flow import dump

TODAY = date(2026, 11, 23)
LATIN_WORD = re.compile(r"\b(Error|Exception|Traceback|errno|None)\b")


@pytest.fixture(scope="module")
def world(demo_template, tmp_path_factory):
    """A demo school whose first package the municipality already holds."""
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(demo_template.root, root / "school")
    school = open_installation(DataFolder(root / "school"))
    municipality = create_municipality(DataFolder(root / "mun"), MunicipalityInfo(name="Отдел"))
    stick = root / "stick"
    stick.mkdir()
    genuine = write_school_package(school, stick, today=TODAY)
    assert receive(municipality, [genuine.path])[0].outcome is Outcome.ACCEPTED
    yield school, municipality, genuine.path.read_bytes(), stick
    school.close()
    municipality.close()


def _check_refused(municipality, stick, label: str, data: bytes, words: str, before) -> None:
    path = stick / f"{hashlib.sha256(label.encode()).hexdigest()[:12]}.perekhod"
    path.write_bytes(data)
    (verdict,) = receive(municipality, [path])
    assert verdict.outcome is Outcome.REFUSED, label
    assert verdict.reason and words in verdict.reason, (label, verdict.reason)
    assert not LATIN_WORD.search(verdict.reason), (label, verdict.reason)
    assert dump(municipality) == before, label


def test_every_hostile_variant_is_refused_and_changes_nothing(world):
    school, municipality, genuine, stick = world
    key = Keyring(school.folder.keys).signing_key()
    before = dump(municipality)
    labels = []
    for label, data, words in variants(genuine, key):
        _check_refused(municipality, stick, label, data, words, before)
        labels.append(label)
    assert len(labels) >= 200


def test_a_replayed_package_changes_nothing(world):
    _school, municipality, genuine, stick = world
    before = dump(municipality)
    path = stick / "повтор.perekhod"
    path.write_bytes(genuine)
    assert receive(municipality, [path])[0].outcome is Outcome.DUPLICATE
    assert dump(municipality) == before


def test_tampered_ciphertext_is_refused(world, tmp_path):
    school, municipality, _genuine, _stick = world
    keyring = Keyring(school.folder.keys)
    keyring.pin(own_keys(municipality))
    try:
        sent = write_school_package(school, tmp_path, today=TODAY)
    finally:
        (school.folder.keys / "pinned.json").unlink()
    members = members_of(sent.path.read_bytes())
    key = keyring.signing_key()

    def flipped(name: str):
        def edit(manifest):
            manifest["sequence"] += 10

        changed = dict(members)
        data = bytearray(changed[name])
        data[-1] ^= 1
        changed[name] = bytes(data)
        return resign(changed, key, edit=edit)

    def swapped():
        changed = dict(members)
        changed["data.json.enc"], changed["summary.pdf.enc"] = (
            members["summary.pdf.enc"],
            members["data.json.enc"],
        )
        return resign(changed, key, edit=lambda m: m.update(sequence=m["sequence"] + 11))

    def other_ephemeral():
        def edit(manifest):
            manifest["sequence"] += 12
            manifest["encryption"]["ephemeral_key"] = manifest["exchange_key"]

        return resign(members, key, edit=edit)

    before = dump(municipality)
    cases = {
        "data flipped": flipped("data.json.enc"),
        "summary flipped": flipped("summary.pdf.enc"),
        "members swapped": swapped(),
        "another ephemeral key": other_ephemeral(),
    }
    for label, data in cases.items():
        _check_refused(municipality, tmp_path, label, data, "не удалось расшифровать", before)
    assert json.loads(members["manifest.json"])["encryption"] is not None
