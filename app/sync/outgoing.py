"""The school sends: what changed since the last package, and writing the next package.

The sequence lives in state.json and the last sent snapshot's row hashes beside it
(``exchange/last_sent.json``), so restoring a database backup never rewinds either.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.files import write_atomically
from app.installation import Installation
from app.progress import Progress, silent
from app.sync.envelope import Sender, seal
from app.sync.keyring import PeerKeys, keyring_of
from app.sync.manifest import DATA, SUMMARY, PackageKind, dumps
from app.sync.naming import school_package_name
from app.sync.snapshot import Change, Snapshot, compare, take_snapshot

EXCHANGE_FOLDER = "exchange"
LAST_SENT = "last_sent.json"
SENT_LIST = "sent.json"


@dataclass(frozen=True, slots=True)
class SentPackage:
    path: Path
    sequence: int
    encrypted: bool
    rows: int


def _last_sent_path(installation: Installation) -> Path:
    return installation.folder.root / EXCHANGE_FOLDER / LAST_SENT


def current_snapshot(installation: Installation) -> Snapshot:
    with installation.db.engine.connect() as connection:
        return take_snapshot(connection, installation.scope.school_id)


def changes_since_last_sent(installation: Installation) -> list[Change]:
    """Rows added, changed and removed per section since the last package was written
    (everything counts as added before the first package)."""
    path = _last_sent_path(installation)
    old: dict[tuple[str, str], str] = {}
    if path.exists():
        stored = json.loads(path.read_text(encoding="utf-8"))
        old = {(t, k): h for t, k, h in stored["rows"]}
    return compare(old, current_snapshot(installation).row_hashes())


def municipality_keys(installation: Installation) -> PeerKeys | None:
    """The municipality's keys this school holds (``None``: packages go unencrypted)."""
    return keyring_of(installation).municipality()


def write_school_package(
    installation: Installation,
    folder: Path,
    today: date | None = None,
    progress: Progress | None = None,
) -> SentPackage:
    """Write the school's next package into ``folder`` (a stick or any folder)."""
    progress = progress or silent()
    today = today or date.today()
    keyring = keyring_of(installation)
    progress.report(0, 3, "Снимок данных школы")
    snapshot = current_snapshot(installation)
    progress.check()
    progress.report(1, 3, "Годовой отчёт PDF")
    summary = _summary_pdf(installation, today)
    progress.check()
    progress.report(2, 3, "Запись пакета")
    recipient = municipality_keys(installation)
    sequence = installation.state.last_sequence_sent + 1
    name = installation.state.display_name
    blob = seal(
        keyring,
        PackageKind.SCHOOL,
        Sender(installation.scope.school_id, name),
        sequence,
        {DATA: dumps(snapshot.to_json()), SUMMARY: summary},
        recipient=recipient,
    )
    # the number is spent before the file exists: a failed write leaves a gap, never a reuse
    installation.state.last_sequence_sent = sequence
    installation.save_state()
    path = write_atomically(
        folder / school_package_name(name, today, sequence), blob, read_back=True
    )
    _remember_sent(installation, snapshot)
    record = SentRecord(sequence, path.name, today, recipient is not None, snapshot.row_count())
    _save_sent(installation, [*sent_packages(installation), record])
    progress.report(3, 3, "")
    return SentPackage(path, sequence, recipient is not None, snapshot.row_count())


def _summary_pdf(installation: Installation, today: date) -> bytes:
    from app.reports.kinds import build_report

    with tempfile.TemporaryDirectory(prefix="perekhod-") as temporary:
        out = Path(temporary) / "summary.pdf"
        build_report(installation, out, kind="summary", today=today)
        return out.read_bytes()


def _remember_sent(installation: Installation, snapshot: Snapshot) -> None:
    path = _last_sent_path(installation)
    path.parent.mkdir(exist_ok=True)
    rows = [[t, k, h] for (t, k), h in sorted(snapshot.row_hashes().items())]
    write_atomically(path, json.dumps({"rows": rows}).encode("utf-8"))


@dataclass(frozen=True, slots=True)
class SentRecord:
    """A package the school wrote, and when the municipality confirmed it (its receipt)."""

    sequence: int
    file_name: str
    written_on: date
    encrypted: bool
    rows: int
    received_on: date | None = None


def _sent_path(installation: Installation) -> Path:
    return installation.folder.root / EXCHANGE_FOLDER / SENT_LIST


def sent_packages(installation: Installation) -> list[SentRecord]:
    path = _sent_path(installation)
    if not path.exists():
        return []
    records = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        item["written_on"] = date.fromisoformat(item["written_on"])
        if item.get("received_on"):
            item["received_on"] = date.fromisoformat(item["received_on"])
        records.append(SentRecord(**item))
    return records


def _save_sent(installation: Installation, records: list[SentRecord]) -> None:
    path = _sent_path(installation)
    path.parent.mkdir(exist_ok=True)
    items = [
        {
            "sequence": r.sequence,
            "file_name": r.file_name,
            "written_on": r.written_on.isoformat(),
            "encrypted": r.encrypted,
            "rows": r.rows,
            "received_on": r.received_on.isoformat() if r.received_on else None,
        }
        for r in records
    ]
    write_atomically(path, json.dumps(items, ensure_ascii=False, indent=1).encode("utf-8"))


def mark_received(installation: Installation, sequence: int, day: date) -> bool:
    """Record the receipt of package ``sequence``; False when it was recorded before."""
    from dataclasses import replace

    records = sent_packages(installation)
    changed = False
    for index, record in enumerate(records):
        if record.sequence == sequence and record.received_on is None:
            records[index] = replace(record, received_on=day)
            changed = True
    if changed:
        _save_sent(installation, records)
    return changed
