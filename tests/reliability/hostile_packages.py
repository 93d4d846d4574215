"""Hostile package corpus, long run: seeded variants of a genuine school package (bit flips,
truncation, edited or unlisted members, path names, duplicates, bombs, forged signatures,
another key, future formats, stale sequences, malformed JSON and data, ciphertext changes)
fed to a municipality that already holds the genuine one.

    uv run python tests/reliability/hostile_packages.py --files 5000 [--seed 1]

Each file must be refused with a one-line Russian reason, raise nothing, leave the database
dump unchanged and be answered within the budget (10 s). The last line reads
«files N, accepted A, DB changed C, crashes X, over budget B».
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BUDGET_S = 10.0
TODAY = date(2026, 11, 23)


def dump(database: Path) -> str:
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


def run(files: int, seed: int, work: Path, report=print) -> dict[str, int]:
    from app.data_folder import DataFolder
    from app.demo import create_demo_school
    from app.installation import MunicipalityInfo, create_municipality
    from app.sync.keyring import Keyring
    from app.sync.outgoing import write_school_package
    from app.sync.receive import Outcome, receive
    from tests.sync.mutations import variants

    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    school = create_demo_school(DataFolder(work / "school"), today=TODAY)
    municipality = create_municipality(DataFolder(work / "mun"), MunicipalityInfo(name="Отдел"))
    stick = work / "stick"
    stick.mkdir()
    counts = {"files": 0, "accepted": 0, "changed": 0, "crashes": 0, "over": 0}
    try:
        genuine = write_school_package(school, stick, today=TODAY).path
        assert receive(municipality, [genuine])[0].outcome is Outcome.ACCEPTED
        key = Keyring(school.folder.keys).signing_key()
        before = dump(municipality.folder.database)
        data = genuine.read_bytes()
        round_seed = seed
        while counts["files"] < files:
            for label, blob, _words in variants(data, key, seed=round_seed):
                if counts["files"] >= files:
                    break
                _one(municipality, stick, label, blob, before, counts, receive, Outcome)
            round_seed += 1
    finally:
        school.close()
        municipality.close()
    report(
        f"files {counts['files']}, accepted {counts['accepted']}, DB changed {counts['changed']}, "
        f"crashes {counts['crashes']}, over budget {counts['over']}"
    )
    return counts


def _one(municipality, stick: Path, label: str, blob: bytes, before: str, counts, receive, Outcome):
    path = stick / "hostile.perekhod"
    path.write_bytes(blob)
    counts["files"] += 1
    started = time.perf_counter()
    try:
        (verdict,) = receive(municipality, [path])
    except Exception as err:
        counts["crashes"] += 1
        print(f"crash on {label}: {type(err).__name__}: {err}", file=sys.stderr)
        return
    if time.perf_counter() - started > BUDGET_S:
        counts["over"] += 1
    if verdict.outcome is not Outcome.REFUSED or not verdict.reason or "\n" in verdict.reason:
        counts["accepted"] += 1
        print(f"not refused: {label}: {verdict.outcome} {verdict.reason}", file=sys.stderr)
    if dump(municipality.folder.database) != before:
        counts["changed"] += 1
        print(f"database changed by {label}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="perekhod-hostile-") as work:
        counts = run(args.files, args.seed, Path(work) / "corpus")
    bad = counts["accepted"] + counts["changed"] + counts["crashes"] + counts["over"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
