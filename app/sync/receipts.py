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
from app.sync import texts
from app.sync.envelope import OpenedPackage, Sender, seal
from app.sync.errors import PackageRefused
from app.sync.jsonsafe import loads
from app.sync.keyring import PeerKeys, keyring_of
from app.sync.manifest import DATA, PackageKind, dumps
from app.sync.naming import receipt_name
from app.sync.outgoing import mark_received, sent_packages
from app.sync.sequence import next_sequence


def write_receipt(
    municipality: Installation, school: PeerKeys, sequence: int, folder: Path
) -> Path:
    """A signed receipt for ``school``'s package number ``sequence``, written into ``folder``."""
    keyring = keyring_of(municipality)
    state = municipality.state
    sequence_sent = next_sequence(municipality)
    body = {"receipt_for": sequence, "received_at": datetime.now(UTC).isoformat()}
    blob = seal(
        keyring,
        PackageKind.RECEIPT,
        Sender(municipality.scope.school_id, state.display_name),
        sequence_sent,
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


def apply_receipt(school: Installation, opened: OpenedPackage, dry_run: bool) -> ReceiptSeen:
    """Mark the package an opened, checked receipt names as received (not in a preview)."""
    manifest = opened.manifest
    body = loads(opened.members.get(DATA, b""))
    if not isinstance(body, dict) or body.get("receipt_for") != manifest.receipt_for:
        raise PackageRefused(texts.BAD_SCHEMA.format(detail="receipt_for"))
    received = _received_on(body.get("received_at"))
    held = next((r for r in sent_packages(school) if r.sequence == manifest.receipt_for), None)
    if held is None:
        raise PackageRefused(texts.RECEIPT_UNKNOWN.format(sequence=manifest.receipt_for))
    if dry_run:
        return ReceiptSeen(
            manifest.receipt_for, received, manifest.sender_name, not held.received_on
        )
    new = mark_received(school, manifest.receipt_for, received)
    return ReceiptSeen(manifest.receipt_for, received, manifest.sender_name, new)


def _received_on(text: object) -> date:
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError as err:
        raise PackageRefused(texts.BAD_SCHEMA.format(detail="received_at")) from err
    return moment.date()
