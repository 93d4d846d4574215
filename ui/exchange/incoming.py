"""The municipality's import as the «Обмен со школами» screen runs it: one file at a time on
the worker thread, so a cancel stops between files and keeps what was already done.

No Qt here: the rows are plain objects the screen's table shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.errors import CancelledError, PerekhodError
from app.installation import Installation
from app.progress import Progress
from app.sync.keyfile import trust
from app.sync.keyring import PeerKeys
from app.sync.receipts import write_receipt
from app.sync.receive import Outcome, Verdict, receive

SUFFIX = ".perekhod"


@dataclass
class Row:
    """One file of the list: its verdict, previewed or imported."""

    verdict: Verdict
    imported: bool  # False: what a preview says would happen
    sender: PeerKeys | None = None
    receipt: Path | None = None
    receipt_error: str = ""

    @property
    def file(self) -> Path:
        return self.verdict.file

    @property
    def outcome(self) -> Outcome:
        return self.verdict.outcome

    @property
    def school(self) -> str:
        return self.verdict.school

    @property
    def sequence(self) -> int | None:
        return self.verdict.sequence

    @property
    def created_at(self) -> datetime | None:
        return self.verdict.created_at

    def count(self, what: str) -> int | None:
        """Rows ``what`` ("added", "changed", "removed") over every section; None when the
        package is not (or would not be) applied."""
        if self.outcome is not Outcome.ACCEPTED:
            return None
        return sum(getattr(change, what) for change in self.verdict.changes)

    @property
    def key_changed(self) -> bool:
        """Refused because the school's key is not the one pinned: a person may accept it."""
        return (
            self.outcome is Outcome.REFUSED
            and bool(self.verdict.pinned_fingerprint)
            and self.sender is not None
        )

    @property
    def new_fingerprint(self) -> str:
        return self.sender.fingerprint if self.sender is not None else ""


@dataclass
class Batch:
    rows: list[Row] = field(default_factory=list)
    cancelled: bool = False


def package_files(folder: Path) -> list[Path]:
    """Every *.perekhod file directly in ``folder``, by name."""
    found = [p for p in folder.iterdir() if p.suffix.lower() == SUFFIX and p.is_file()]
    return sorted(found, key=lambda p: p.name.lower())


def import_order(rows: list[Row]) -> list[Path]:
    """The files to import, each school's packages in sequence order (file names sort
    «№_10» before «№_9»); files already imported are left out."""
    waiting = [r for r in rows if not r.imported]
    waiting.sort(key=lambda r: (str(r.verdict.school_id or ""), r.sequence or 0))
    return [r.file for r in waiting]


def run_files(
    installation: Installation,
    files: list[Path],
    dry_run: bool,
    progress: Progress,
    receipts: Path | None = None,
) -> Batch:
    """Preview or import ``files``; with ``receipts``, a receipt per accepted package there."""
    batch = Batch()
    for number, path in enumerate(files):
        try:
            progress.report(number, len(files), path.name)
        except CancelledError:
            batch.cancelled = True
            return batch
        (verdict,) = receive(installation, [path], dry_run=dry_run)
        row = _row(verdict, imported=not dry_run)
        if receipts is not None and row.imported and row.outcome is Outcome.ACCEPTED:
            _write_receipt(installation, row, receipts)
        batch.rows.append(row)
    progress.report(len(files), len(files), "")
    return batch


def accept_key_and_import(
    installation: Installation, row: Row, progress: Progress, receipts: Path | None = None
) -> Row:
    """Trust the changed key a person compared, then import the package it signed."""
    trust(installation, row.new_fingerprint)
    (done,) = run_files(installation, [row.file], False, progress, receipts).rows
    return done


def _row(verdict: Verdict, imported: bool) -> Row:
    sender = verdict.opened.sender_keys if verdict.opened is not None else None
    verdict.opened = None  # the package's members: memory stays flat over many files
    return Row(verdict, imported, sender)


def _write_receipt(installation: Installation, row: Row, folder: Path) -> None:
    if row.sender is None or row.sequence is None:
        return
    try:
        row.receipt = write_receipt(installation, row.sender, row.sequence, folder)
    except PerekhodError as err:  # the package is imported; only its receipt is missing
        row.receipt_error = err.message
