"""The municipality receives school packages: a preview first, then the import, then a
summary (accepted / already held / refused, with reasons). Each package is applied in one
transaction; a refused package leaves the database exactly as it was."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy.exc import IntegrityError

import db.models  # noqa: F401  (every table on Base.metadata, even in a lean command)
from app.installation import Installation
from app.progress import Progress, silent
from app.state import Mode
from app.sync import ledger, texts
from app.sync.apply import apply_snapshot, changes_of, current_of
from app.sync.collector import collector_paused
from app.sync.container import read_package_file
from app.sync.envelope import OpenedPackage, open_package
from app.sync.errors import PackageRefused
from app.sync.jsonsafe import loads
from app.sync.keyring import Keyring, PeerKeys, SharedKeyring, keyring_of
from app.sync.manifest import DATA, Manifest, PackageKind
from app.sync.snapshot import Change
from app.sync.validate import CheckedSnapshot, check_references, parse_snapshot
from db.errors import StoreError


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


@dataclass
class Verdict:
    """What happened (or, in a preview, would happen) to one file."""

    file: Path
    outcome: Outcome
    reason: str = ""
    school: str = ""
    school_id: uuid.UUID | None = None
    sequence: int | None = None
    created_at: datetime | None = None
    encrypted: bool = False
    changes: list[Change] = field(default_factory=list)
    opened: OpenedPackage | None = field(default=None, repr=False)
    # refused because the school's key changed: the fingerprint pinned before (the new one
    # is opened.sender_keys.fingerprint), for a person to compare both
    pinned_fingerprint: str = ""


class SchoolKeyChanged(PackageRefused):
    def __init__(self, message: str, pinned_fingerprint: str) -> None:
        super().__init__(message)
        self.pinned_fingerprint = pinned_fingerprint


class _Duplicate(Exception):
    pass


def receive(
    installation: Installation,
    files: list[Path],
    dry_run: bool = False,
    progress: Progress | None = None,
) -> list[Verdict]:
    """Preview (``dry_run``) or import school packages, one at a time (memory stays flat)."""
    progress = progress or silent()
    keyring = keyring_of(installation)
    verdicts = []
    for number, path in enumerate(files):
        progress.report(number, len(files), path.name)
        progress.check()
        with collector_paused():  # a package's burst of objects: app/sync/collector.py
            verdicts.append(_one(installation, keyring, path, dry_run))
    progress.report(len(files), len(files), "")
    return verdicts


def _one(installation: Installation, keyring: Keyring, path: Path, dry_run: bool) -> Verdict:
    verdict = Verdict(path, Outcome.REFUSED)
    try:
        data = read_package_file(path)
        if _held(installation, hashlib.sha256(data).hexdigest()):
            raise _Duplicate
        opened = open_package(data, keyring, lambda m: _check_kind(installation, m))
        _describe(verdict, opened)
        _check_sender(installation, keyring, opened)
        checked = parse_snapshot(loads(opened.members.get(DATA, b"")), opened.manifest.sender_id)
        verdict.changes = _apply(installation, keyring, opened, checked, path, dry_run)
    except _Duplicate:
        verdict.outcome = Outcome.DUPLICATE
        return verdict
    except PackageRefused as err:
        verdict.reason = err.message
        if isinstance(err, SchoolKeyChanged):
            verdict.pinned_fingerprint = err.pinned_fingerprint
        return verdict
    except StoreError as err:
        from app.store_errors import worded

        verdict.reason = worded(err).message
        return verdict
    except IntegrityError as err:  # a CHECK or uniqueness rule of the database
        verdict.reason = texts.BREAKS_RULES.format(rule=ledger.rule_of(err))
        return verdict
    verdict.outcome = Outcome.ACCEPTED
    if not dry_run and not isinstance(keyring, SharedKeyring):  # a hub pinned in _apply_once
        keyring.pin(opened.sender_keys)
    return verdict


def _describe(verdict: Verdict, opened: OpenedPackage) -> None:
    manifest = opened.manifest
    verdict.opened = replace(opened, members={})  # memory stays flat over many files
    verdict.school, verdict.school_id = manifest.sender_name, manifest.sender_id
    verdict.sequence, verdict.created_at = manifest.sequence, manifest.created_at
    verdict.encrypted = opened.encrypted


def _held(installation: Installation, digest: str) -> bool:
    with installation.db.engine.connect() as connection:
        return ledger.is_held(connection, digest)


def _check_kind(installation: Installation, manifest: Manifest) -> None:
    if installation.mode is not Mode.MUNICIPALITY:
        raise PackageRefused(texts.WRONG_KIND_AT_SCHOOL)
    if manifest.kind is not PackageKind.SCHOOL:
        raise PackageRefused(texts.WRONG_KIND_AT_MUNICIPALITY)


def _check_sender(installation: Installation, keyring: Keyring, opened: OpenedPackage) -> None:
    manifest = opened.manifest
    _check_kind(installation, manifest)
    if manifest.sender_id == installation.scope.school_id:
        raise PackageRefused(texts.SCHOOL_IS_US)
    _check_key(keyring, opened, keyring.pinned(manifest.sender_id))


def _check_key(keyring: Keyring, opened: OpenedPackage, pinned: PeerKeys | None) -> None:
    manifest, new = opened.manifest, opened.sender_keys
    if pinned is not None and pinned.signing_key != new.signing_key:
        keyring.remember_pending(new)
        raise SchoolKeyChanged(
            texts.KEY_CHANGED.format(
                name=manifest.sender_name, old=pinned.fingerprint, new=new.fingerprint
            ),
            pinned.fingerprint,
        )


def _apply(
    installation: Installation,
    keyring: Keyring,
    opened: OpenedPackage,
    checked: CheckedSnapshot,
    path: Path,
    dry_run: bool,
) -> list[Change]:
    return ledger.retrying(
        lambda: _apply_once(installation, keyring, opened, checked, path, dry_run)
    )


def _apply_once(
    installation: Installation,
    keyring: Keyring,
    opened: OpenedPackage,
    checked: CheckedSnapshot,
    path: Path,
    dry_run: bool,
) -> list[Change]:
    manifest = opened.manifest
    fingerprint = opened.sender_keys.fingerprint
    with installation.db.engine.connect() as connection:
        transaction = connection.begin()
        try:
            ledger.lock_sender(connection, manifest.sender_id)
            if ledger.is_held(connection, opened.digest):  # another PC took it meanwhile
                raise _Duplicate
            if isinstance(keyring, SharedKeyring) and not dry_run:
                # another PC may have pinned this school's key since the check above: the
                # check and the pin happen under the school's lock, in this transaction
                _check_key(keyring, opened, keyring.pinned_in(connection, manifest.sender_id))
                keyring.pin_in(connection, opened.sender_keys)
            ledger.check_sequence(connection, manifest.sender_id, fingerprint, manifest.sequence)
            check_references(connection, checked)
            changes = changes_of(current_of(connection, manifest.sender_id), checked)
            if not dry_run:
                apply_snapshot(connection, checked)
                ledger.record(connection, opened, path, checked.row_count())
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()
    return changes


__all__ = ["PeerKeys", "Verdict", "receive"]
