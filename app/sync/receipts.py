"""Receipts: the municipality confirms a package it accepted; the school imports the receipt
like any package and sees «пакет №7 получен муниципалитетом 02.06.2026».

A receipt also carries the municipality's keys: a school that imports its first receipt
pins them (trust on first use) and encrypts its next packages to the municipality.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from app.files import write_atomically
from app.installation import Installation
from app.state import Mode
from app.sync import texts
from app.sync.container import read_package_file
from app.sync.envelope import Sender, open_package, seal
from app.sync.errors import PackageRefused
from app.sync.jsonsafe import loads
from app.sync.keyring import Keyring, PeerKeys
from app.sync.manifest import DATA, PackageKind, dumps
from app.sync.naming import receipt_name
from app.sync.outgoing import mark_received, sent_packages


def write_receipt(
    municipality: Installation, school: PeerKeys, sequence: int, folder: Path
) -> Path:
    """A signed receipt for ``school``'s package number ``sequence``, written into ``folder``."""
    keyring = Keyring(municipality.folder.keys)
    state = municipality.state
    state.last_sequence_sent += 1
    municipality.save_state()
    body = {"receipt_for": sequence, "received_at": datetime.now(UTC).isoformat()}
    blob = seal(
        keyring,
        PackageKind.RECEIPT,
        Sender(municipality.scope.school_id, state.display_name),
        state.last_sequence_sent,
        {DATA: dumps(body)},
        recipient=school,
        receipt_for=sequence,
    )
    return write_atomically(folder / receipt_name(school.name, sequence), blob, read_back=True)


@dataclass(frozen=True, slots=True)
class ReceiptSeen:
    sequence: int
    received_on: date
    municipality: str
    new: bool  # False: this receipt was imported before


def import_receipt(school: Installation, path: Path, dry_run: bool = False) -> ReceiptSeen:
    """Check a receipt at the school and mark the package it names as received."""
    if school.mode is not Mode.SCHOOL:
        raise PackageRefused(texts.WRONG_KIND_AT_MUNICIPALITY)
    keyring = Keyring(school.folder.keys)
    opened = open_package(read_package_file(path), keyring)
    manifest = opened.manifest
    if manifest.kind is PackageKind.SCHOOL:
        raise PackageRefused(texts.WRONG_KIND_AT_SCHOOL)
    if manifest.recipient_id != school.scope.school_id:
        raise PackageRefused(texts.OTHER_SCHOOL.format(name=manifest.recipient_name or "?"))
    sender = opened.sender_keys
    pinned = keyring.municipality()
    if pinned is not None and pinned.signing_key != sender.signing_key:
        keyring.remember_pending(sender)
        raise PackageRefused(
            texts.MUNICIPALITY_KEY_CHANGED.format(old=pinned.fingerprint, new=sender.fingerprint)
        )
    body = loads(opened.members.get(DATA, b""))
    if not isinstance(body, dict) or body.get("receipt_for") != manifest.receipt_for:
        raise PackageRefused(texts.BAD_SCHEMA.format(detail="receipt_for"))
    received = _received_on(body.get("received_at"))
    if all(r.sequence != manifest.receipt_for for r in sent_packages(school)):
        raise PackageRefused(texts.RECEIPT_UNKNOWN.format(sequence=manifest.receipt_for))
    if dry_run:
        held = next(r for r in sent_packages(school) if r.sequence == manifest.receipt_for)
        return ReceiptSeen(
            manifest.receipt_for, received, manifest.sender_name, not held.received_on
        )
    new = mark_received(school, manifest.receipt_for, received)
    keyring.pin(sender)
    return ReceiptSeen(manifest.receipt_for, received, manifest.sender_name, new)


def _received_on(text: object) -> date:
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError as err:
        raise PackageRefused(texts.BAD_SCHEMA.format(detail="received_at")) from err
    return moment.date()
