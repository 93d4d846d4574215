"""Stored instrument versions: the shipped ones, imports from JSON or XLSX, templates."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import func, select

from app.changes import Changes, OpResult
from app.errors import NotFoundError, ValidationError
from app.self_assessment import texts
from app.self_assessment.instruments import (
    Instrument,
    builtin_instruments,
    load_instrument_file,
    parse_json_text,
)
from db.engine import Database
from db.models.self_assessment import InstrumentVersion, Run

CHANGED = Changes(self_assessment=True)


@dataclass(frozen=True, slots=True)
class InstrumentRow:
    id: uuid.UUID
    key: str
    version: str
    title: str
    source: str
    areas: int
    items: int
    runs: int
    sample_note: str


def ensure_builtin(db: Database) -> int:
    """Store the shipped instruments that are not stored yet; returns how many were added."""
    with db.reading() as session:
        query = select(InstrumentVersion.key, InstrumentVersion.version)
        stored = {(key, version) for key, version in session.execute(query)}
    missing = [i for i in builtin_instruments() if (i.id, i.version) not in stored]
    if missing:
        with db.unit_of_work() as session:
            session.add_all(_row(i, "builtin") for i in missing)
    return len(missing)


def list_instruments(db: Database) -> list[InstrumentRow]:
    ensure_builtin(db)
    with db.reading() as session:
        query = select(Run.instrument_id, func.count()).group_by(Run.instrument_id)
        counts = {run_id: count for run_id, count in session.execute(query)}
        rows = session.scalars(
            select(InstrumentVersion).order_by(InstrumentVersion.title, InstrumentVersion.version)
        ).all()
        return [_to_row(r, counts.get(r.id, 0)) for r in rows]


def get_instrument(db: Database, instrument_id: uuid.UUID) -> Instrument:
    with db.reading() as session:
        row = session.get(InstrumentVersion, instrument_id)
        if row is None:
            raise NotFoundError(texts.INSTRUMENT_NOT_FOUND)
        return parse_definition(row.definition)


def latest_version(db: Database, key: str) -> uuid.UUID | None:
    """The newest stored version of instrument ``key`` (versions compare as text)."""
    with db.reading() as session:
        rows = session.execute(
            select(InstrumentVersion.id, InstrumentVersion.version).where(
                InstrumentVersion.key == key
            )
        ).all()
    return max(rows, key=lambda r: version_key(r.version)).id if rows else None


@lru_cache(maxsize=64)
def parse_definition(definition: str) -> Instrument:
    """Stored versions never change, so a parsed definition is reused (reports list every
    run, each naming its version)."""
    return parse_json_text(definition, "база данных")


def read_instrument_file(path: Path) -> Instrument:
    """A JSON file in our format or an XLSX template written by the app."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return load_instrument_file(path)
    if suffix == ".xlsx":
        from app.self_assessment.instrument_xlsx import read_instrument_xlsx

        return read_instrument_xlsx(path)
    raise ValidationError(texts.UNSUPPORTED_FILE.format(file=path.name))


def import_instrument(db: Database, path: Path) -> OpResult[InstrumentRow]:
    """Validate the whole file, then store it as a new version (never overwrite one)."""
    return store_instrument(db, read_instrument_file(path), "file")


def import_instrument_json(db: Database, text: str, name: str) -> OpResult[InstrumentRow]:
    """An instrument that arrived inside a municipality package (``name`` for messages)."""
    return store_instrument(db, parse_json_text(text, name), "package")


def store_instrument(db: Database, instrument: Instrument, source: str) -> OpResult[InstrumentRow]:
    ensure_builtin(db)
    with db.unit_of_work() as session:
        exists = session.scalar(
            select(InstrumentVersion.id).where(
                InstrumentVersion.key == instrument.id,
                InstrumentVersion.version == instrument.version,
            )
        )
        if exists is not None:
            raise ValidationError(
                texts.INSTRUMENT_EXISTS.format(title=instrument.title, version=instrument.version)
            )
        row = _row(instrument, source)
        session.add(row)
        session.flush()
        return OpResult(_to_row(row, 0), CHANGED)


def write_template(db: Database, instrument_id: uuid.UUID, path: Path) -> Path:
    """The instrument as an XLSX template a methodologist can edit and import back."""
    from app.self_assessment.instrument_xlsx import write_instrument_xlsx

    return write_instrument_xlsx(path, get_instrument(db, instrument_id))


def export_json(db: Database, instrument_id: uuid.UUID, path: Path) -> Path:
    path.write_text(get_instrument(db, instrument_id).to_json() + "\n", encoding="utf-8")
    return path


def delete_instrument(db: Database, instrument_id: uuid.UUID) -> OpResult[None]:
    with db.unit_of_work() as session:
        row = session.get(InstrumentVersion, instrument_id)
        if row is None:
            raise NotFoundError(texts.INSTRUMENT_NOT_FOUND)
        if row.source == "builtin":
            raise ValidationError(texts.INSTRUMENT_BUILTIN.format(title=row.title))
        used = session.scalar(select(func.count()).where(Run.instrument_id == instrument_id))
        if used:
            raise ValidationError(
                texts.INSTRUMENT_IN_USE.format(title=row.title, version=row.version)
            )
        session.delete(row)
    return OpResult(None, CHANGED)


def _row(instrument: Instrument, source: str) -> InstrumentVersion:
    return InstrumentVersion(
        key=instrument.id,
        version=instrument.version,
        title=instrument.title,
        definition=instrument.to_json(),
        source=source,
    )


def _to_row(row: InstrumentVersion, runs: int) -> InstrumentRow:
    instrument = parse_definition(row.definition)
    return InstrumentRow(
        row.id,
        row.key,
        row.version,
        row.title,
        row.source,
        len(instrument.areas),
        len(instrument.all_items()),
        runs,
        instrument.sample_note,
    )


def version_key(version: str) -> tuple:
    parts = version.replace("-", ".").split(".")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)
