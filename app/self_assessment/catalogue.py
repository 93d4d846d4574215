"""Stored instrument versions: the shipped ones, imports from JSON or XLSX, templates.

The stored versions are a catalogue shared by every organisation in the database: they
have no owner, and a version's id is ``catalogue_id("instrument", "<key>:<version>")``
in every installation, so runs exchanged between installations name the same version.
Scoped sessions do not filter them, so any session can read or store them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes import Changes, OpResult
from app.errors import NotFoundError, ValidationError
from app.scope import SchoolScope, operation
from app.self_assessment import texts
from app.self_assessment.instrument_json import (
    builtin_instruments,
    load_instrument_file,
    parse_json_text,
)
from app.self_assessment.instruments import Instrument
from app.self_assessment.instruments_plain import version_key
from db.base import catalogue_id
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
    runs: int  # this school's runs of the version
    sample_note: str


def version_id(key: str, version: str) -> uuid.UUID:
    """The id of instrument ``key`` version ``version`` in every installation."""
    return catalogue_id("instrument", f"{key}:{version}")


def store_builtins(session: Session) -> int:
    """Store through ``session`` the shipped instruments not stored yet; how many were added.

    Any session will do (the catalogue has no owner): a use case core passes its own."""
    stored = set(session.scalars(select(InstrumentVersion.id)))
    missing = [i for i in builtin_instruments() if version_id(i.id, i.version) not in stored]
    if missing:
        session.add_all(_row(i, "builtin") for i in missing)
        session.flush()
    return len(missing)


def ensure_builtin(scope: SchoolScope) -> int:
    """Store the shipped instruments that are not stored yet; returns how many were added.

    Works for a read-only scope too: the shared catalogue is not that school's data."""
    shipped = {version_id(i.id, i.version) for i in builtin_instruments()}
    with scope.db.reading() as session:
        stored = set(session.scalars(select(InstrumentVersion.id)))
    if shipped <= stored:
        return 0
    with scope.db.unit_of_work() as session:
        return store_builtins(session)


def list_instruments(scope: SchoolScope) -> list[InstrumentRow]:
    ensure_builtin(scope)
    with scope.reading() as session:
        query = select(Run.instrument_id, func.count()).group_by(Run.instrument_id)
        counts = {run_id: count for run_id, count in session.execute(query)}
        rows = session.scalars(
            select(InstrumentVersion).order_by(InstrumentVersion.title, InstrumentVersion.version)
        ).all()
        return [_to_row(r, counts.get(r.id, 0)) for r in rows]


def instrument_in(session: Session, instrument_id: uuid.UUID) -> Instrument:
    row = session.get(InstrumentVersion, instrument_id)
    if row is None:
        raise NotFoundError(texts.INSTRUMENT_NOT_FOUND)
    return parse_definition(row.definition)


def get_instrument(scope: SchoolScope, instrument_id: uuid.UUID) -> Instrument:
    with scope.reading() as session:
        return instrument_in(session, instrument_id)


def latest_version_in(session: Session, key: str) -> uuid.UUID | None:
    """The newest stored version of instrument ``key`` (versions compare as text)."""
    rows = session.execute(
        select(InstrumentVersion.id, InstrumentVersion.version).where(InstrumentVersion.key == key)
    ).all()
    return max(rows, key=lambda r: version_key(r.version)).id if rows else None


def latest_version(scope: SchoolScope, key: str) -> uuid.UUID | None:
    """The newest stored version of instrument ``key`` (versions compare as text)."""
    with scope.reading() as session:
        return latest_version_in(session, key)


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


@operation
def import_instrument(session: Session, path: Path) -> OpResult[InstrumentRow]:
    """Validate the whole file, then store it as a new version (never overwrite one)."""
    return store_instrument.core(session, read_instrument_file(path), "file")


@operation
def import_instrument_json(session: Session, text: str, name: str) -> OpResult[InstrumentRow]:
    """An instrument that arrived inside a municipality package (``name`` for messages).

    Stored like any imported file (the catalogue knows «builtin» and «file» only)."""
    return store_instrument.core(session, parse_json_text(text, name), "file")


@operation
def store_instrument(
    session: Session, instrument: Instrument, source: str
) -> OpResult[InstrumentRow]:
    """Add ``instrument`` to the shared catalogue under its deterministic id."""
    store_builtins(session)
    row_id = version_id(instrument.id, instrument.version)
    if session.get(InstrumentVersion, row_id) is not None:
        raise ValidationError(
            texts.INSTRUMENT_EXISTS.format(title=instrument.title, version=instrument.version)
        )
    row = _row(instrument, source)
    session.add(row)
    session.flush()
    return OpResult(_to_row(row, 0), CHANGED)


def write_template(scope: SchoolScope, instrument_id: uuid.UUID, path: Path) -> Path:
    """The instrument as an XLSX template a methodologist can edit and import back."""
    from app.self_assessment.instrument_xlsx import write_instrument_xlsx

    return write_instrument_xlsx(path, get_instrument(scope, instrument_id))


def export_json(scope: SchoolScope, instrument_id: uuid.UUID, path: Path) -> Path:
    path.write_text(get_instrument(scope, instrument_id).to_json() + "\n", encoding="utf-8")
    return path


@operation
def delete_instrument(session: Session, instrument_id: uuid.UUID) -> OpResult[None]:
    """Remove an imported version nobody uses (the shipped ones stay)."""
    row = session.get(InstrumentVersion, instrument_id)
    if row is None:
        raise NotFoundError(texts.INSTRUMENT_NOT_FOUND)
    if row.source == "builtin":
        raise ValidationError(texts.INSTRUMENT_BUILTIN.format(title=row.title))
    if _runs_of_any_school(session, instrument_id):
        raise ValidationError(texts.INSTRUMENT_IN_USE.format(title=row.title, version=row.version))
    session.delete(row)
    return OpResult(None, CHANGED)


def _runs_of_any_school(session: Session, instrument_id: uuid.UUID) -> int:
    """Runs of every organisation in the database: the version is shared, so another
    school's run also keeps it. Read on the connection, past the session's owner filter."""
    runs = Run.__table__
    query = select(func.count()).select_from(runs).where(runs.c.instrument_id == instrument_id)
    return session.connection().execute(query).scalar_one()


def _row(instrument: Instrument, source: str) -> InstrumentVersion:
    return InstrumentVersion(
        id=version_id(instrument.id, instrument.version),
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
