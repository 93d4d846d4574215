"""Kill loop for exchange packages: SIGKILL a driver while it imports school packages into a
municipality or writes a school's package to a stick, then reopen and check.

    uv run python tests/reliability/package_kill_loop.py --kills 40 [--seed 11] [--keep DIR]

Built once: a demo school and three of its packages (№1–№3, each after a change at the
school), an empty municipality, and the school's rows as the municipality holds them after
each package (a digest per state). Every cycle copies the municipality (half the time with
№1 already imported) and the school, forks a driver that imports the remaining packages one
by one or writes the school's next package to a stick folder, and kills it at a seeded moment.
Checks after each kill:

- the municipality opens; integrity_check is ``ok``;
- its copy of the school equals one of the known states, the one its received packages say
  (every package logged as done is in; the one in flight is wholly in or wholly out);
- on the stick, every file named ``*.perekhod`` opens and verifies (a pulled stick never leaves
  a file that looks complete), and the school's sequence in state.json never goes back.

The last line reads «kills N, lost L, corrupt C».
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 23)
MAX_DELAY = 1.0


def school_digest(database: Path, school_id: str) -> str:
    """The school's rows in the municipality's database (timestamps included), hashed."""
    digest = hashlib.sha256()
    with contextlib.closing(sqlite3.connect(database)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in sorted(tables):
            columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')]
            if "school_id" not in columns:
                continue
            rows = conn.execute(f'SELECT * FROM "{table}" WHERE school_id = ?', (school_id,))
            digest.update(table.encode() + repr(sorted(map(repr, rows))).encode())
    return digest.hexdigest()


def held_sequence(database: Path) -> int:
    with contextlib.closing(sqlite3.connect(database)) as conn:
        return conn.execute("SELECT coalesce(max(sequence), 0) FROM received_package").fetchone()[0]


def build_template(work: Path) -> dict:
    from app.data_folder import DataFolder
    from app.demo import create_demo_school
    from app.installation import MunicipalityInfo, create_municipality, open_installation
    from app.sync.outgoing import write_school_package
    from app.sync.receive import receive

    for name in ("school", "mun", "scratch", "packages"):
        shutil.rmtree(work / name, ignore_errors=True)
    school = create_demo_school(DataFolder(work / "school"), today=TODAY)
    (work / "packages").mkdir()
    packages = []
    try:
        school_id = school.scope.school_id.hex
        for number in range(3):
            if number:
                with contextlib.closing(sqlite3.connect(school.folder.database)) as conn, conn:
                    conn.execute(
                        "UPDATE roadmap_activity SET title = title || ? WHERE rowid IN "
                        "(SELECT rowid FROM roadmap_activity ORDER BY id LIMIT 5)",
                        (f" (правка {number})",),
                    )
            packages.append(write_school_package(school, work / "packages", today=TODAY).path)
    finally:
        school.close()
    create_municipality(DataFolder(work / "mun"), MunicipalityInfo(name="Отдел")).close()
    shutil.copytree(work / "mun", work / "scratch")
    scratch = open_installation(DataFolder(work / "scratch"))
    states = {0: school_digest(scratch.folder.database, school_id)}
    try:
        for number, path in enumerate(packages, start=1):
            (verdict,) = receive(scratch, [path])
            assert verdict.outcome.value == "accepted", verdict.reason
            states[number] = school_digest(scratch.folder.database, school_id)
            if number == 1:
                scratch.close()
                shutil.copytree(work / "scratch", work / "mun_with_1")
                scratch = open_installation(DataFolder(work / "scratch"))
    finally:
        scratch.close()
    return {"school_id": school_id, "packages": packages, "states": states}


@dataclass
class Result:
    kills: int = 0
    lost: int = 0
    corrupt: int = 0
    problems: list[str] = field(default_factory=list)


def _drive_import(folder: Path, packages: list[Path], log: Path) -> None:
    from app.data_folder import DataFolder
    from app.installation import open_installation
    from app.sync.receive import receive

    installation = open_installation(DataFolder(folder))
    with open(log, "a", encoding="utf-8") as out:
        for path in packages:
            out.write(f"B {path.name}\n")
            out.flush()
            os.fsync(out.fileno())
            receive(installation, [path])
            out.write(f"D {path.name}\n")
            out.flush()
            os.fsync(out.fileno())


def _drive_export(folder: Path, stick: Path) -> None:
    from app.data_folder import DataFolder
    from app.installation import open_installation
    from app.sync.outgoing import write_school_package

    installation = open_installation(DataFolder(folder))
    for _ in range(3):
        write_school_package(installation, stick, today=TODAY)


def _fork(target, *args) -> int:
    pid = os.fork()
    if pid == 0:  # the driver
        code = 0
        try:
            target(*args)
        except BaseException:
            code = 3
        os._exit(code)
    return pid


def _kill(pid: int, rng: random.Random) -> bool:
    deadline = time.monotonic() + rng.uniform(0.05, MAX_DELAY)
    while time.monotonic() < deadline:
        done, _status = os.waitpid(pid, os.WNOHANG)
        if done:
            return False
        time.sleep(0.005)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return True


def _check_import(work: Path, plan: dict, cycle: Path, start: int, result: Result) -> None:
    from app.data_folder import DataFolder
    from app.installation import open_installation

    database = cycle / "mun" / "perekhod.sqlite"
    try:
        open_installation(DataFolder(cycle / "mun")).close()
        with contextlib.closing(sqlite3.connect(database)) as conn:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except Exception as err:
        result.corrupt += 1
        result.problems.append(f"{cycle.name}: does not open: {err}")
        return
    if ok != "ok":
        result.corrupt += 1
        result.problems.append(f"{cycle.name}: integrity {ok}")
        return
    held = held_sequence(database)
    names = [Path(p).name for p in plan["packages"]]
    log = (cycle / "oplog").read_text(encoding="utf-8").splitlines()
    done = {line[2:] for line in log if line.startswith("D ")}
    least = max([start] + [names.index(n) + 1 for n in done])
    digest = school_digest(database, plan["school_id"])
    if held < least:
        result.lost += 1
        result.problems.append(f"{cycle.name}: package №{least} logged as done, held №{held}")
    elif digest != plan["states"][held]:
        result.corrupt += 1
        result.problems.append(f"{cycle.name}: rows differ from state №{held}")


def _check_export(cycle: Path, before: int, result: Result) -> None:
    from app.state import load_state
    from app.sync.container import read_package_file
    from app.sync.envelope import open_package
    from app.sync.errors import PackageRefused
    from app.sync.keyring import Keyring

    keyring = Keyring(cycle / "school" / "keys")
    for path in (cycle / "stick").glob("*.perekhod"):
        try:
            open_package(read_package_file(path), keyring)
        except PackageRefused as err:
            result.corrupt += 1
            result.problems.append(f"{cycle.name}: {path.name} looks complete but: {err.message}")
    state = load_state(cycle / "school" / "state.json")
    if state.last_sequence_sent < before:
        result.corrupt += 1
        result.problems.append(f"{cycle.name}: the sequence went back")


def run(kills: int, seed: int, work: Path, report=print) -> Result:
    work.mkdir(parents=True, exist_ok=True)
    plan = build_template(work)
    rng = random.Random(seed)
    result = Result()
    cycle_number = 0
    while result.kills < kills:
        cycle_number += 1
        cycle = work / f"cycle-{cycle_number}"
        shutil.rmtree(cycle, ignore_errors=True)
        cycle.mkdir()
        if rng.random() < 0.7:
            start = rng.choice((0, 1))
            shutil.copytree(work / ("mun_with_1" if start else "mun"), cycle / "mun")
            (cycle / "oplog").touch()
            pid = _fork(_drive_import, cycle / "mun", plan["packages"][start:], cycle / "oplog")
            killed = _kill(pid, rng)
            _check_import(work, plan, cycle, start, result)
        else:
            shutil.copytree(work / "school", cycle / "school")
            (cycle / "stick").mkdir()
            before = 3
            pid = _fork(_drive_export, cycle / "school", cycle / "stick")
            killed = _kill(pid, rng)
            _check_export(cycle, before, result)
        result.kills += killed
        shutil.rmtree(cycle, ignore_errors=True)
    report(f"kills {result.kills}, lost {result.lost}, corrupt {result.corrupt}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: a temp one)")
    args = parser.parse_args(argv)
    if args.keep:
        result = run(args.kills, args.seed, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="perekhod-pkill-") as work:
            result = run(args.kills, args.seed, Path(work))
    for problem in result.problems[:20]:
        print(problem)
    return 0 if not (result.lost or result.corrupt) else 1


if __name__ == "__main__":
    sys.exit(main())
