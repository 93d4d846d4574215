"""The school receives what the municipality sends: return packages and receipts.

Both are opened and checked completely (container, signature, hashes, decryption), must be
meant for this school and signed by the municipality the school trusts (pinned on first
use; a changed key waits for a person to compare fingerprints). A return package replaces
everything the school held from that municipality (recommendations, partner assignments,
monitoring figures, deadlines) in one transaction and adds the instrument versions the
school lacks; the school's own answers are never touched.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import IntegrityError

import db.models  # noqa: F401  (every table on Base.metadata, even in a lean command)
from app.installation import Installation
from app.progress import Progress, silent
from app.state import Mode
from app.sync import ledger, texts
from app.sync.container import read_package_file
from app.sync.envelope import OpenedPackage, open_package
from app.sync.errors import PackageRefused
from app.sync.jsonsafe import loads
from app.sync.keyring import Keyring, keyring_of
from app.sync.manifest import DATA, Manifest, PackageKind
from app.sync.receive import Outcome
from app.sync.return_content import ReturnContent, parse_return
from app.sync.snapshot import Change
from db.base import Base

# what a return package replaces, by the section name a preview counts it under
FROM_MUNICIPALITY = {
    "recommendations": "recommendation",
    "partners": "partner_assignment",
    "figures": "monitoring_figure",
    "deadlines": "package_deadline",
    "resources": "municipal_resource",  # before the assignments that refer to them
    "assignments": "resource_assignment",
}


@dataclass
class SchoolVerdict:
    """What happened (or, in a preview, would happen) to one file at the school."""

    file: Path
    outcome: Outcome
    reason: str = ""
    kind: PackageKind | None = None
    sender: str = ""
    sequence: int | None = None
    created_at: datetime | None = None
    changes: list[Change] = field(default_factory=list)  # a return package's content
    receipt_for: int | None = None  # a receipt: the school's package it confirms
    received_on: date | None = None
    pinned_fingerprint: str = ""  # refused for a changed key: the one held before
    new_fingerprint: str = ""


class _Duplicate(Exception):
    pass


class _KeyChanged(PackageRefused):
    def __init__(self, message: str, old: str, new: str) -> None:
        super().__init__(message)
        self.old, self.new = old, new


def receive_at_school(
    school: Installation,
    files: list[Path],
    dry_run: bool = False,
    progress: Progress | None = None,
) -> list[SchoolVerdict]:
    """Preview (``dry_run``) or import the municipality's packages, one file at a time."""
    progress = progress or silent()
    verdicts = []
    for number, path in enumerate(files):
        progress.report(number, len(files), path.name)
        progress.check()
        verdicts.append(_one(school, path, dry_run))
    progress.report(len(files), len(files), "")
    return verdicts


def _one(school: Installation, path: Path, dry_run: bool) -> SchoolVerdict:
    verdict = SchoolVerdict(path, Outcome.REFUSED)
    keyring = keyring_of(school)
    try:
        data = read_package_file(path)
        opened = open_from_municipality(school, keyring, data)
        manifest = opened.manifest
        verdict.kind, verdict.sender = manifest.kind, manifest.sender_name
        verdict.sequence, verdict.created_at = manifest.sequence, manifest.created_at
        if manifest.kind is PackageKind.RECEIPT:
            _receipt(school, opened, verdict, dry_run)
        else:
            _return(school, opened, path, verdict, dry_run)
    except _Duplicate:
        verdict.outcome = Outcome.DUPLICATE
        return verdict
    except PackageRefused as err:
        verdict.reason = err.message
        if isinstance(err, _KeyChanged):
            verdict.pinned_fingerprint, verdict.new_fingerprint = err.old, err.new
        return verdict
    except IntegrityError as err:  # a CHECK or uniqueness rule of the database
        verdict.reason = texts.BREAKS_RULES.format(rule=ledger.rule_of(err))
        return verdict
    if verdict.outcome is Outcome.REFUSED:
        verdict.outcome = Outcome.ACCEPTED
    if not dry_run and verdict.outcome is Outcome.ACCEPTED:
        keyring.pin(opened.sender_keys)
    return verdict


def open_from_municipality(school: Installation, keyring: Keyring, data: bytes) -> OpenedPackage:
    """Open a package and check it is the trusted municipality's, for this school."""
    if school.mode is not Mode.SCHOOL:
        raise PackageRefused(texts.WRONG_KIND_AT_MUNICIPALITY)

    def for_this_school(manifest: Manifest) -> None:
        if manifest.kind is PackageKind.SCHOOL:
            raise PackageRefused(texts.WRONG_KIND_AT_SCHOOL)
        if manifest.recipient_id != school.scope.school_id:
            raise PackageRefused(texts.OTHER_SCHOOL.format(name=manifest.recipient_name or "?"))

    opened = open_package(data, keyring, for_this_school)
    sender = opened.sender_keys
    pinned = keyring.municipality()
    if pinned is not None and pinned.signing_key != sender.signing_key:
        keyring.remember_pending(sender)
        raise _KeyChanged(
            texts.MUNICIPALITY_KEY_CHANGED.format(old=pinned.fingerprint, new=sender.fingerprint),
            pinned.fingerprint,
            sender.fingerprint,
        )
    return opened


def _receipt(
    school: Installation, opened: OpenedPackage, verdict: SchoolVerdict, dry_run: bool
) -> None:
    from app.sync.receipts import apply_receipt

    seen = apply_receipt(school, opened, dry_run)
    verdict.receipt_for, verdict.received_on = seen.sequence, seen.received_on
    if not seen.new:
        raise _Duplicate


def _return(
    school: Installation,
    opened: OpenedPackage,
    path: Path,
    verdict: SchoolVerdict,
    dry_run: bool,
) -> None:
    content = parse_return(loads(opened.members.get(DATA, b"")))
    if content.recipient_id != school.scope.school_id:
        raise PackageRefused(texts.BAD_SCHEMA.format(detail="recipient_id"))
    with school.db.engine.connect() as connection:
        transaction = connection.begin()
        try:
            if ledger.is_held(connection, opened.digest):
                raise _Duplicate
            manifest = opened.manifest
            fingerprint = opened.sender_keys.fingerprint
            ledger.check_sequence(connection, manifest.sender_id, fingerprint, manifest.sequence)
            verdict.changes = changes_of(connection, opened, content)
            if not dry_run:
                apply_return(connection, opened, content)
                ledger.record(connection, opened, path)
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()


def _table(name: str):
    return Base.metadata.tables[name]


def _new_rows(opened: OpenedPackage, content: ReturnContent) -> dict[str, list[dict]]:
    municipality = opened.manifest.sender_id
    recipient = content.recipient_id
    rows: dict[str, list[dict]] = {}
    for section, table in FROM_MUNICIPALITY.items():
        owners = {"municipality_id": municipality}
        if "recipient_id" in _table(table).c:
            owners["recipient_id"] = recipient
        rows[section] = [{**item.model_dump(), **owners} for item in getattr(content, section)]
    return rows


def _held_rows(connection: Connection, table_name: str, municipality: uuid.UUID, school) -> dict:
    table = _table(table_name)
    query = select(table).where(table.c.municipality_id == municipality)
    if "recipient_id" in table.c:
        query = query.where(table.c.recipient_id == school)
    return {row.id: dict(row._mapping) for row in connection.execute(query)}


def changes_of(
    connection: Connection, opened: OpenedPackage, content: ReturnContent
) -> list[Change]:
    """Per kind: items new, changed and withdrawn against what the school holds."""
    municipality = opened.manifest.sender_id
    changes = []
    for section, rows in _new_rows(opened, content).items():
        table = FROM_MUNICIPALITY[section]
        held = _held_rows(connection, table, municipality, content.recipient_id)
        added = changed = 0
        for row in rows:
            old = held.pop(row["id"], None)
            if old is None:
                added += 1
            elif any(_differs(old.get(k), v) for k, v in row.items()):
                changed += 1
        if added or changed or held:
            changes.append(Change(section, added, changed, len(held)))
    new_instruments = len(_missing_instruments(connection, content))
    if new_instruments:
        changes.append(Change("instruments", added=new_instruments))
    return changes


def _differs(old: object, new: object) -> bool:
    return str(old) != str(new)


def _missing_instruments(connection: Connection, content: ReturnContent) -> list:
    from app.self_assessment.catalogue import parse_definition, version_id

    table = _table("sa_instrument")
    held_ids = set(connection.scalars(select(table.c.id)))
    held_versions = set(connection.execute(select(table.c.key, table.c.version)).all())
    missing = []
    for item in content.instruments:
        if item.id in held_ids or (item.key, item.version) in held_versions:
            continue
        if item.id != version_id(item.key, item.version):
            raise PackageRefused(texts.BAD_SCHEMA.format(detail="instruments.id"))
        try:
            parse_definition(item.definition)
        except Exception as err:  # any problem of the definition refuses the package
            raise PackageRefused(texts.BAD_SCHEMA.format(detail="instruments.definition")) from err
        missing.append(item)
    return missing


def apply_return(connection: Connection, opened: OpenedPackage, content: ReturnContent) -> None:
    """Make the school's copy of the municipality's rows equal to the package's."""
    _upsert_municipality(connection, opened)
    municipality = opened.manifest.sender_id
    for section, rows in _new_rows(opened, content).items():
        table = _table(FROM_MUNICIPALITY[section])
        query = delete(table).where(table.c.municipality_id == municipality)
        if "recipient_id" in table.c:
            query = query.where(table.c.recipient_id == content.recipient_id)
        connection.execute(query)
        if rows:
            now = datetime.now().astimezone()
            connection.execute(
                insert(table), [{**row, "created_at": now, "updated_at": now} for row in rows]
            )
    instruments = _missing_instruments(connection, content)
    if instruments:
        now = datetime.now().astimezone()
        connection.execute(
            insert(_table("sa_instrument")),
            [
                {**item.model_dump(), "source": "file", "created_at": now, "updated_at": now}
                for item in instruments
            ],
        )


def _upsert_municipality(connection: Connection, opened: OpenedPackage) -> None:
    from sqlalchemy import update

    table = _table("organisation")
    manifest = opened.manifest
    held = connection.execute(select(table.c.kind).where(table.c.id == manifest.sender_id)).first()
    if held is not None and held.kind != "municipality":  # a school, this one included
        raise PackageRefused(texts.MUNICIPALITY_ORGANISATION.format(name=manifest.sender_name))
    name = manifest.sender_name[:200]
    if held is None:
        now = datetime.now().astimezone()
        connection.execute(
            insert(table),
            [
                {
                    "id": manifest.sender_id,
                    "kind": "municipality",
                    "full_name": manifest.sender_name,
                    "short_name": name,
                    "created_at": now,
                    "updated_at": now,
                }
            ],
        )
    else:
        connection.execute(
            update(table)
            .where(table.c.id == manifest.sender_id)
            .values(full_name=manifest.sender_name, short_name=name)
        )
