"""The municipality writes return packages: one file per school, signed with its key and
encrypted to the school's key (pinned when the school's first package was accepted).

A return package carries everything the municipality holds for that school (see
``app.sync.return_content``) and the municipality's own keys in its manifest, so a school
that imports its first one pins them and encrypts its next packages to the municipality.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Table, select

from app.errors import ValidationError
from app.files import write_atomically
from app.installation import Installation
from app.progress import Progress, silent
from app.state import Mode
from app.sync import texts
from app.sync.envelope import Sender, seal
from app.sync.keyring import PeerKeys, keyring_of
from app.sync.manifest import DATA, PackageKind
from app.sync.naming import return_package_name
from app.sync.outgoing import EXCHANGE_FOLDER
from app.sync.return_content import ReturnContent, collect_return
from app.sync.sequence import next_sequence
from db.text_order import by_text

RETURNS_LIST = "returns.json"


@dataclass(frozen=True, slots=True)
class ReturnWritten:
    """A return package written for one school (kept in ``exchange/returns.json``; a hub's
    PCs share one list in the database, table ``return_written``)."""

    school_id: uuid.UUID
    school: str
    sequence: int
    file_name: str
    written_on: date
    recommendations: int
    partners: int
    figures: int


@dataclass(frozen=True, slots=True)
class ReturnTarget:
    """A school a return package can go to: heard from, and its key pinned."""

    school_id: uuid.UUID
    name: str
    keys: PeerKeys


def return_targets(municipality: Installation) -> list[ReturnTarget]:
    """Every school whose package was accepted here, by name."""
    from db.models.organisation import Organisation

    table = Organisation.__table__
    keyring = keyring_of(municipality)
    with municipality.db.engine.connect() as connection:
        schools = connection.execute(
            select(table.c.id, table.c.short_name)
            .where(table.c.kind == "school")  # at a municipality: imported schools only
            .order_by(by_text(table.c.short_name))  # as SQLite, whatever the server's locale
        ).all()
    targets = []
    for school_id, name in schools:
        keys = keyring.pinned(school_id)
        if keys is not None:
            targets.append(ReturnTarget(school_id, name, keys))
    return targets


def write_return_packages(
    municipality: Installation,
    folder: Path,
    schools: list[uuid.UUID] | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> list[ReturnWritten]:
    """Write a return package for each of ``schools`` (``None``: every school heard from)."""
    if municipality.mode is not Mode.MUNICIPALITY:
        raise ValidationError(texts.RETURN_ONLY_MUNICIPALITY)
    progress = progress or silent()
    today = today or date.today()
    targets = return_targets(municipality)
    if schools is not None:
        known = {t.school_id: t for t in targets}
        missing = [s for s in schools if s not in known]
        if missing:
            raise ValidationError(texts.RETURN_UNKNOWN_SCHOOL.format(school=missing[0]))
        targets = [known[s] for s in schools]
    if not targets:
        raise ValidationError(texts.RETURN_NO_SCHOOLS)
    written = []
    for number, target in enumerate(targets):
        progress.report(number, len(targets), target.name)
        progress.check()
        written.append(_write_one(municipality, target, folder, today))
        _record_return(municipality, written[-1])
    progress.report(len(targets), len(targets), "")
    return written


def _write_one(
    municipality: Installation, target: ReturnTarget, folder: Path, today: date
) -> ReturnWritten:
    with municipality.db.engine.connect() as connection:
        content = collect_return(connection, municipality.scope.school_id, target.school_id)
    state = municipality.state
    # the number is spent before the file exists: a failed write leaves a gap, never a reuse
    sequence = next_sequence(municipality)
    blob = seal(
        keyring_of(municipality),
        PackageKind.RETURN,
        Sender(municipality.scope.school_id, state.display_name),
        sequence,
        {DATA: content_bytes(content)},
        recipient=target.keys,
    )
    name = return_package_name(state.display_name, target.name, today, sequence)
    path = write_atomically(folder / name, blob, read_back=True)
    return ReturnWritten(
        target.school_id,
        target.name,
        sequence,
        path.name,
        today,
        len(content.recommendations),
        len(content.partners),
        len(content.figures),
    )


def content_bytes(content: ReturnContent) -> bytes:
    return content.model_dump_json().encode("utf-8")


def _returns_path(municipality: Installation) -> Path:
    return municipality.folder.root / EXCHANGE_FOLDER / RETURNS_LIST


def returns_written(municipality: Installation) -> list[ReturnWritten]:
    """Return packages written so far, oldest first (on a hub: by any of its PCs)."""
    if municipality.is_hub:
        return _returns_in_database(municipality)
    path = _returns_path(municipality)
    if not path.exists():
        return []
    records = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        item["school_id"] = uuid.UUID(item["school_id"])
        item["written_on"] = date.fromisoformat(item["written_on"])
        records.append(ReturnWritten(**item))
    return records


def _save_returns(municipality: Installation, records: list[ReturnWritten]) -> None:
    path = _returns_path(municipality)
    path.parent.mkdir(exist_ok=True)
    items = [
        {
            "school_id": str(r.school_id),
            "school": r.school,
            "sequence": r.sequence,
            "file_name": r.file_name,
            "written_on": r.written_on.isoformat(),
            "recommendations": r.recommendations,
            "partners": r.partners,
            "figures": r.figures,
        }
        for r in records
    ]
    write_atomically(path, json.dumps(items, ensure_ascii=False, indent=1).encode("utf-8"))


def _record_return(municipality: Installation, record: ReturnWritten) -> None:
    if not municipality.is_hub:
        _save_returns(municipality, [*returns_written(municipality), record])
        return
    values = {
        "id": uuid.uuid4(),
        "recipient_id": record.school_id,
        "school": record.school,
        "sequence": record.sequence,
        "file_name": record.file_name,
        "written_on": record.written_on,
        "recommendations": record.recommendations,
        "partners": record.partners,
        "figures": record.figures,
    }
    with municipality.db.engine.begin() as connection:  # an insert: PCs never overwrite
        connection.execute(_returns_table().insert().values(**values))


def _returns_in_database(municipality: Installation) -> list[ReturnWritten]:
    table = _returns_table()
    query = select(
        table.c.recipient_id,
        table.c.school,
        table.c.sequence,
        table.c.file_name,
        table.c.written_on,
        table.c.recommendations,
        table.c.partners,
        table.c.figures,
    ).order_by(table.c.sequence, table.c.written_on)  # one count for the hub: write order
    with municipality.db.engine.connect() as connection:
        return [ReturnWritten(*row) for row in connection.execute(query)]


def _returns_table() -> Table:
    import db.models  # noqa: F401  (the hub's tables)
    from db.base import Base

    return Base.metadata.tables["return_written"]
