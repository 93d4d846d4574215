"""The hostile instrument corpus: every file refused in one Russian line, fast, and the
stored catalogue unchanged (tests/self_assessment/hostile_instruments.py makes them)."""

from __future__ import annotations

import hashlib
import re
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import PerekhodError
from app.self_assessment.catalogue import (
    ensure_builtin,
    export_json,
    import_instrument,
    list_instruments,
    write_template,
)
from db.models.self_assessment import InstrumentVersion
from tests.self_assessment import hostile_instruments
from tests.self_assessment.conftest import SMALL

SEED = 15
BUDGET = 10.0  # seconds per file
ENGLISH = re.compile(
    r"validation error|Traceback|Errno|codec|expected|Expecting|Input should|Field required|"
    r"Exceeds|invalid|error|decode",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, hostile_instruments.Case]:
    folder = tmp_path_factory.mktemp("hostile-instruments")
    return {case.name: case for case in hostile_instruments.generate(SEED, folder)}


def _names() -> list[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        return [c.name for c in hostile_instruments.generate(SEED, Path(folder))]


NAMES = _names()


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    """One school for the whole corpus: a refusal changes nothing, which each case checks."""
    from app.data_folder import DataFolder
    from app.installation import SchoolInfo, create_school

    folder = DataFolder(tmp_path_factory.mktemp("hostile-school") / "data")
    installation = create_school(folder, SchoolInfo(full_name="Школа", short_name="Школа"))
    ensure_builtin(installation.scope)
    yield installation
    installation.close()


def _catalogue(school) -> list[tuple[str, str]]:
    with school.db.reading() as session:
        rows = session.scalars(select(InstrumentVersion).order_by(InstrumentVersion.id)).all()
        return [(str(r.id), hashlib.sha256(r.definition.encode()).hexdigest()) for r in rows]


def test_the_corpus_is_big_enough():
    assert len(NAMES) >= 50, len(NAMES)
    assert len(set(NAMES)) == len(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_a_hostile_instrument_is_refused_in_one_russian_line(name, corpus, school):
    case = corpus[name]
    before = _catalogue(school)
    started = time.monotonic()
    with pytest.raises(PerekhodError) as refused:
        import_instrument(school.scope, case.path)
    seconds = time.monotonic() - started
    message = refused.value.message
    assert seconds <= BUDGET, f"{seconds:.1f} s"
    assert "\n" not in message and "\r" not in message, message
    assert len(message) <= 400, message[:500]
    assert re.search("[а-яА-ЯёЁ]{3}", message), message
    assert not ENGLISH.search(message.replace(case.path.name, "")), message
    assert case.expected in message, message
    assert _catalogue(school) == before


def test_a_utf8_bom_is_fine_and_the_stored_texts_export(school, tmp_path):
    """The one byte-order mark that is fine, and what an accepted file becomes."""
    import json

    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(SMALL, ensure_ascii=False).encode())
    row = import_instrument(school.scope, path).value
    assert row.key == "small" and row.items == 6
    assert row.id in {r.id for r in list_instruments(school.scope)}
    assert write_template(school.scope, row.id, tmp_path / "t.xlsx").stat().st_size > 0
    assert export_json(school.scope, row.id, tmp_path / "out.json").stat().st_size > 0


def test_tabs_and_line_breaks_in_texts_are_kept(school, tmp_path):
    import json

    data = json.loads(json.dumps(SMALL))
    data["version"] = "2"
    data["areas"][0]["items"][0]["guidance"] = "Первая строка\nвторая\tс табуляцией\r\n"
    path = tmp_path / "texts.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    row = import_instrument(school.scope, path).value
    assert write_template(school.scope, row.id, tmp_path / "t.xlsx").exists()
