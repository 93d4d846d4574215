"""Kill loop: SIGKILL a driver that writes through the real use cases, then reopen.

    uv run python tests/reliability/kill_loop.py --kills 100 [--seed 15] [--keep DIR]

A demo school is built once (``template/``). Every cycle copies it (copy-on-start) and
starts a driver subprocess (forked from this process, so the imports are paid once) that
runs a seeded sequence of real operations on the copy: roadmap save and delete, joint
events, indicator values, a self-assessment answer / finish / reopen, the year's
conclusions, ``import-xlsx`` of the exported roadmap with one new row, an XLSX export, an
online backup, a restore of one of the cycle's backups, and the migration of a copy of
the frozen schema ``0007_programme_links_demo_school``.

Before an operation the driver appends ``B <n> <kind> <json>`` to ``oplog``; right after
its commit returns it appends ``D <n> <json>`` — each line written once and fsync'd. Every
operation writes something checkable (a unique title, topic, comment, text or value).
The parent kills the driver at a seeded random moment, then reopens the folder with
``app.installation.open_installation`` and checks:

- integrity_check is ``ok`` and the folder opens (state.json, database, schema);
- every operation with a ``D`` line is in the data; the one operation in flight (``B``
  without ``D``) is either wholly there or wholly absent — a restore is replayed as
  «the data of that backup»;
- every ``*.perekhod-backup`` passes ``db.backup.check_backup`` (no ``*.part`` promoted)
  and a logged backup holds what was committed before it; every exported ``*.xlsx`` is a
  whole workbook; a migrated copy opens at head, one killed mid-migration opens at its
  old revision or at head and upgrades on the next start.

The last line reads «kills N, lost L, corrupt C».
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import select
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FROZEN = ROOT / "tests" / "fixtures" / "schemas" / "0007_programme_links_demo_school.sqlite"
TODAY = date(2026, 11, 23)
YEARS = ("2025-2026", "2026-2027", "2027-2028")
MAX_DELAY = 1.2  # seconds after the driver is ready
WEIGHTS = {
    "activity": 22,
    "delete": 8,
    "event": 12,
    "value": 12,
    "sa": 14,
    "conclusions": 8,
    "import": 6,
    "export": 3,
    "backup": 8,
    "restore": 4,
    "migrate": 3,
}


# --- the template, built once ---------------------------------------------------------


def build_template(work: Path) -> dict:
    """The demo school, the roadmap workbook with one new row, and the ids ops need."""
    from openpyxl import load_workbook

    from app.data_folder import DataFolder
    from app.demo import create_demo_school
    from app.self_assessment.runs import get_run
    from app.tables import table_io

    plan_file = work / "plan.json"
    if plan_file.exists():
        return json.loads(plan_file.read_text(encoding="utf-8"))
    folder = DataFolder(work / "template")
    if folder.root.exists():
        shutil.rmtree(folder.root)
    installation = create_demo_school(folder, today=TODAY)
    try:
        workbook_path = table_io("roadmap").export(installation.scope, work / "roadmap.xlsx", None)
        with contextlib.closing(sqlite3.connect(folder.database)) as conn:
            partner = conn.execute("SELECT id FROM partner_school ORDER BY id").fetchone()[0]
            indicators = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM indicator WHERE school_id IS NULL ORDER BY id LIMIT 6"
                )
            ]
            run_id = conn.execute(
                "SELECT id FROM sa_run WHERE status = 'in_progress' ORDER BY id"
            ).fetchone()[0]
        detail = get_run(installation.scope, uuid.UUID(run_id))
        items = [[item.id, item.min_level] for _area, item in detail.instrument.all_items()]
    finally:
        installation.close()
    # The exported roadmap plus one row with an empty id: the import adds it.
    workbook = load_workbook(workbook_path)
    sheet = workbook.worksheets[0]
    last = sheet.max_row
    new = last + 1
    for column in range(1, sheet.max_column + 1):
        sheet.cell(new, column).value = sheet.cell(last, column).value
    sheet.cell(new, 1).value = None
    workbook.save(workbook_path)
    plan = {
        "partner": partner,
        "indicators": indicators,
        "run": run_id,
        "items": items,
        "roadmap_xlsx": str(workbook_path),
        "title_column": _title_column(sheet),
        "new_row": new,
    }
    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    return plan


def _title_column(sheet) -> int:
    from app.programme import texts

    for cell in sheet[1]:
        if cell.value == texts.COL_TITLE:
            return cell.column
    raise RuntimeError("no title column in the roadmap workbook")


# --- the driver -------------------------------------------------------------------------


class OpLog:
    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, *parts: object) -> None:
        line = " ".join(str(p) for p in parts) + "\n"
        os.write(self.fd, line.encode("utf-8"))
        os.fsync(self.fd)


def drive(cycle: Path, plan: dict, seed: int, ready_fd: int | None = None) -> None:
    """Run operations on ``cycle/data`` until killed (or 2,000 operations)."""
    from app.academic_year import AcademicYear
    from app.backups import make_backup, restore_backup
    from app.data_folder import DataFolder
    from app.indicators.values import set_value
    from app.installation import open_installation
    from app.partnership.events import EventInput, save_event
    from app.programme.roadmap import delete_activities, save_activity
    from app.programme.rows import ActivityRow
    from app.reports.conclusions import Conclusions, save_conclusions
    from app.self_assessment.runs import answer, finish_run, get_run, reopen_run
    from app.tables import table_io

    rng = random.Random(seed)
    folder = DataFolder(cycle / "data")
    log = OpLog(cycle / "oplog")
    installation = open_installation(folder)
    run_id = uuid.UUID(plan["run"])
    backups: list[tuple[int, str]] = []
    migrated = 0
    if ready_fd is not None:
        os.write(ready_fd, b"r")
        os.close(ready_fd)
    kinds = list(WEIGHTS)
    weights = [WEIGHTS[k] for k in kinds]
    for n in range(1, 2001):
        kind = rng.choices(kinds, weights)[0]
        scope = installation.scope
        marker = f"KL{n}-{rng.randrange(10**9):09d}"
        if kind == "activity":
            year = AcademicYear.parse(rng.choice(YEARS))
            log.write("B", n, "activity", json.dumps({"title": marker}))
            save_activity(scope, ActivityRow(id=None, year=year, title=marker), today=TODAY)
            log.write("D", n, "{}")
        elif kind == "delete":
            with contextlib.closing(sqlite3.connect(folder.database)) as conn:
                rows = conn.execute(
                    "SELECT id, title FROM roadmap_activity WHERE title LIKE 'KL%' ORDER BY title"
                ).fetchall()
            if not rows:
                continue
            activity_id, title = rng.choice(rows)
            log.write("B", n, "delete", json.dumps({"title": title}))
            delete_activities(scope, [uuid.UUID(activity_id)])
            log.write("D", n, "{}")
        elif kind == "event":
            day = date(2026, 12, 1 + rng.randrange(28))
            info = EventInput(uuid.UUID(plan["partner"]), "seminar", day, marker)
            log.write("B", n, "event", json.dumps({"topic": marker}))
            save_event(scope, info, today=TODAY)
            log.write("D", n, "{}")
        elif kind == "value":
            indicator = rng.choice(plan["indicators"])
            year, which = rng.choice(YEARS), rng.choice(("target", "actual"))
            value = float(rng.randrange(1, 100))
            args = {"indicator": indicator, "year": year, "kind": which, "value": value}
            log.write("B", n, "value", json.dumps(args))
            set_value(scope, uuid.UUID(indicator), AcademicYear.parse(year), which, value)
            log.write("D", n, "{}")
        elif kind == "sa":
            detail = get_run(scope, run_id)
            if detail.run.locked:
                log.write("B", n, "reopen", json.dumps({"reason": marker}))
                reopen_run(scope, run_id, marker)
            elif detail.run.answered == detail.run.total and rng.random() < 0.5:
                log.write("B", n, "finish", "{}")
                finish_run(scope, run_id)
            else:
                item, level = rng.choice(plan["items"])
                log.write("B", n, "answer", json.dumps({"item": item, "comment": marker}))
                answer(scope, run_id, item, level, comment=marker)
            log.write("D", n, "{}")
        elif kind == "conclusions":
            year = rng.choice(YEARS)
            log.write("B", n, "conclusions", json.dumps({"year": year, "text": marker}))
            save_conclusions(scope, AcademicYear.parse(year), Conclusions(directions=marker))
            log.write("D", n, "{}")
        elif kind == "import":
            path = _workbook_with(plan, marker, cycle / f"import-{n}.xlsx")
            log.write("B", n, "import", json.dumps({"title": marker}))
            table_io("roadmap").import_file(scope, path, False)
            log.write("D", n, "{}")
        elif kind == "export":
            exports = cycle / "exports"
            exports.mkdir(exist_ok=True)
            target = exports / f"roadmap-{n}.xlsx"
            log.write("B", n, "export", json.dumps({"path": str(target)}))
            table_io("roadmap").export(scope, target, None)
            log.write("D", n, "{}")
        elif kind == "backup":
            log.write("B", n, "backup", "{}")
            path = make_backup(installation)
            log.write("D", n, json.dumps({"path": str(path)}))
            backups.append((n, str(path)))
        elif kind == "restore":
            if not backups:
                continue
            source_op, source = rng.choice(backups)
            log.write("B", n, "restore", json.dumps({"from": source_op}))
            installation.close()
            restore_backup(folder, Path(source))
            log.write("D", n, "{}")
            installation = open_installation(folder)
        elif kind == "migrate":
            if migrated >= 1:
                continue
            migrated += 1
            old = _old_folder(cycle / f"old-{n}")
            log.write("B", n, "migrate", json.dumps({"folder": str(old.root)}))
            open_installation(old).close()
            log.write("D", n, "{}")
    installation.close()
    while True:  # wait for the kill
        time.sleep(1)


def _workbook_with(plan: dict, title: str, target: Path) -> Path:
    from openpyxl import load_workbook

    workbook = load_workbook(plan["roadmap_xlsx"])
    workbook.worksheets[0].cell(plan["new_row"], plan["title_column"]).value = title
    workbook.save(target)
    return target


def _old_folder(root: Path):
    """A data folder holding a copy of the frozen 0007 demo database (set up, not migrated)."""
    from app.data_folder import DataFolder
    from app.state import InstallState, Mode, save_state

    folder = DataFolder(root)
    folder.create_layout()
    shutil.copy(FROZEN, folder.database)
    with open(folder.database, "rb+") as handle:
        os.fsync(handle.fileno())
    with contextlib.closing(sqlite3.connect(FROZEN)) as conn:
        own = conn.execute("SELECT id, short_name FROM school WHERE is_own").fetchone()
    state = InstallState(mode=Mode.SCHOOL, organisation_uuid=uuid.UUID(own[0]), display_name=own[1])
    save_state(folder.state_file, state)
    return folder


# --- the check ------------------------------------------------------------------------


@dataclass
class Op:
    n: int
    kind: str
    args: dict
    done: bool = False
    result: dict = field(default_factory=dict)


def read_log(path: Path) -> list[Op]:
    ops: dict[int, Op] = {}
    if not path.exists():
        return []
    for line in path.read_text(encoding="utf-8").split("\n")[:-1]:  # a torn last line
        if line.startswith("B "):
            parts = line.split(" ", 3)
            ops[int(parts[1])] = Op(int(parts[1]), parts[2], json.loads(parts[3]))
        elif line.startswith("D "):
            parts = line.split(" ", 2)
            op = ops[int(parts[1])]
            op.done, op.result = True, json.loads(parts[2])
    return sorted(ops.values(), key=lambda op: op.n)


def _apply(model: dict, op: Op, snapshots: dict) -> dict:
    """The expected data after ``op``: key → value (keys the op leaves alone keep theirs)."""
    model = dict(model)
    a = op.args
    if op.kind in ("activity", "import"):
        model[("activity", a["title"])] = True
    elif op.kind == "delete":
        model[("activity", a["title"])] = False
    elif op.kind == "event":
        model[("event", a["topic"])] = True
    elif op.kind == "value":
        model[("value", a["indicator"], a["year"], a["kind"])] = a["value"]
    elif op.kind == "answer":
        model[("answer", a["item"])] = a["comment"]
    elif op.kind == "finish":
        model[("run_status",)] = "finished"
    elif op.kind == "reopen":
        model[("run_status",)] = "in_progress"
        model[("reopening", a["reason"])] = True
    elif op.kind == "conclusions":
        model[("conclusions", a["year"])] = a["text"]
    elif op.kind == "restore":
        model = dict(snapshots[a["from"]])
    return model


def read_key(conn: sqlite3.Connection, key: tuple, run_id: str):
    kind = key[0]
    if kind == "activity":
        q = "SELECT 1 FROM roadmap_activity WHERE title = ?"
        return conn.execute(q, (key[1],)).fetchone() is not None
    if kind == "event":
        q = "SELECT 1 FROM joint_event WHERE topic = ?"
        return conn.execute(q, (key[1],)).fetchone() is not None
    if kind == "value":
        row = conn.execute(
            f"SELECT {key[3]} FROM indicator_value WHERE indicator_id = ? AND year = ?",
            (key[1], key[2]),
        ).fetchone()
        return row[0] if row else None
    if kind == "answer":
        row = conn.execute(
            "SELECT comment FROM sa_answer WHERE run_id = ? AND item_key = ?", (run_id, key[1])
        ).fetchone()
        return row[0] if row else None
    if kind == "run_status":
        return conn.execute("SELECT status FROM sa_run WHERE id = ?", (run_id,)).fetchone()[0]
    if kind == "reopening":
        q = "SELECT 1 FROM sa_reopening WHERE run_id = ? AND reason = ?"
        return conn.execute(q, (run_id, key[1])).fetchone() is not None
    if kind == "conclusions":
        row = conn.execute(
            "SELECT directions FROM report_conclusion WHERE year = ?", (key[1],)
        ).fetchone()
        return row[0] if row else None
    raise ValueError(key)


def _mismatches(conn, model: dict, base: dict, keys: set, run_id: str) -> list[tuple]:
    wrong = []
    for key in sorted(keys, key=repr):
        expected = model.get(key, base.get(key))
        if read_key(conn, key, run_id) != expected:
            wrong.append(key)
    return wrong


@dataclass
class CycleResult:
    lost: int = 0
    corrupt: int = 0
    ops_done: int = 0
    in_flight: str = ""
    leftovers: int = 0
    problems: list[str] = field(default_factory=list)


def check_cycle(cycle: Path, plan: dict, template_db: Path) -> CycleResult:
    """Reopen the killed folder with the app's code and compare it with the log."""
    from app.data_folder import DataFolder
    from app.installation import open_installation
    from db.backup import check_backup

    result = CycleResult()
    ops = read_log(cycle / "oplog")
    result.ops_done = sum(op.done for op in ops)
    pending = [op for op in ops if not op.done]
    assert len(pending) <= 1, pending
    result.in_flight = pending[0].kind if pending else "—"

    # Expected data: every done op applied; the op in flight gives a second candidate.
    model: dict = {}
    snapshots: dict[int, dict] = {}
    candidates: list[dict] = []
    for op in ops:
        if not op.done:
            candidates = [model, _apply(model, op, snapshots)]
            break
        model = _apply(model, op, snapshots)
        if op.kind == "backup":
            snapshots[op.n] = model
    if not candidates:
        candidates = [model]
    keys = set().union(*candidates)
    with contextlib.closing(sqlite3.connect(f"{template_db.as_uri()}?mode=ro", uri=True)) as conn:
        base = {key: read_key(conn, key, plan["run"]) for key in keys}

    folder = DataFolder(cycle / "data")
    try:
        installation = open_installation(folder)
    except Exception as err:
        result.corrupt += 1
        result.problems.append(f"folder does not open: {type(err).__name__}: {err}")
        return result
    try:
        with installation.db.engine.connect() as conn:
            integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
    finally:
        installation.close()
    if integrity != "ok":
        result.corrupt += 1
        result.problems.append(f"integrity_check: {integrity}")
        return result
    with contextlib.closing(sqlite3.connect(folder.database)) as conn:
        wrong = min((_mismatches(conn, c, base, keys, plan["run"]) for c in candidates), key=len)
    if wrong:
        result.lost += len(wrong)
        result.problems.append(f"lost: {wrong[:5]}")

    # Backups: every file that looks complete is a whole, checked backup.
    done = {op.n: op for op in ops if op.done}
    logged = {Path(op.result["path"]): op.n for op in done.values() if op.kind == "backup"}
    for path in sorted(cycle.rglob("*.perekhod-backup")):
        try:
            check_backup(path, "school")
        except Exception as err:
            result.corrupt += 1
            result.problems.append(f"backup {path.name}: {type(err).__name__}: {err}")
            continue
        if path in logged:
            with contextlib.closing(_read_only(path)) as conn:
                wrong = _mismatches(conn, snapshots[logged[path]], base, keys, plan["run"])
            if wrong:
                result.lost += len(wrong)
                result.problems.append(f"backup {path.name} misses {wrong[:5]}")
    for path in logged:
        if not path.exists():
            result.lost += 1
            result.problems.append(f"logged backup missing: {path.name}")
    result.leftovers = sum(1 for p in cycle.rglob("*") if p.name.endswith((".part", ".tmp")))

    # Exports: a file under its final name is a whole workbook.
    for path in sorted((cycle / "exports").glob("*.xlsx")) if (cycle / "exports").exists() else []:
        try:
            with zipfile.ZipFile(path) as archive:
                bad = archive.testzip()
            if bad is not None:
                raise zipfile.BadZipFile(bad)
        except (zipfile.BadZipFile, OSError) as err:
            result.corrupt += 1
            result.problems.append(f"export {path.name}: {err}")
    for op in done.values():
        if op.kind == "export" and not Path(op.args["path"]).exists():
            result.lost += 1
            result.problems.append(f"logged export missing: {op.args['path']}")

    # Migrated copies of the frozen schema.
    head = _head()
    for op in ops:
        if op.kind != "migrate":
            continue
        old = DataFolder(Path(op.args["folder"]))
        try:
            opened = open_installation(old, migrate=False)
            revision = opened.schema.current if opened.schema else None
            opened.close()
            if op.done and revision != head:
                result.lost += 1
                result.problems.append(f"migration logged but {old.root.name} at {revision}")
            opened = open_installation(old)  # the next start finishes a killed upgrade
            with opened.db.engine.connect() as conn:
                integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
                count = conn.exec_driver_sql("SELECT count(*) FROM roadmap_activity").scalar()
            opened.close()
            if integrity != "ok" or count != _frozen_activities():
                raise RuntimeError(f"integrity {integrity}, {count} activities")
        except Exception as err:
            result.corrupt += 1
            result.problems.append(f"migrated copy {old.root.name}: {type(err).__name__}: {err}")
    return result


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


_frozen_count: list[int] = []


def _head() -> str:
    from db.migrate import script_directory

    return "+".join(sorted(script_directory().get_heads()))


def _frozen_activities() -> int:
    if not _frozen_count:
        with contextlib.closing(_read_only(FROZEN)) as conn:
            count = conn.execute("SELECT count(*) FROM roadmap_activity").fetchone()[0]
            _frozen_count.append(count)
    return _frozen_count[0]


# --- the loop -------------------------------------------------------------------------


@dataclass
class LoopResult:
    kills: int = 0
    lost: int = 0
    corrupt: int = 0
    ops_done: int = 0
    in_flight: dict[str, int] = field(default_factory=dict)
    leftovers: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def line(self) -> str:
        return f"kills {self.kills}, lost {self.lost}, corrupt {self.corrupt}"


def _start_driver(cycle: Path, plan: dict, seed: int) -> tuple[int, int]:
    """(pid, fd that becomes readable once the driver is ready)."""
    read_fd, write_fd = os.pipe()
    if hasattr(os, "fork"):
        pid = os.fork()
        if pid == 0:  # the driver
            os.close(read_fd)
            code = 0
            try:
                drive(cycle, plan, seed, write_fd)
            except BaseException as err:
                (cycle / "driver-error").write_text(f"{type(err).__name__}: {err}")
                code = 1
            finally:
                os._exit(code)
        os.close(write_fd)
        return pid, read_fd
    raise SystemExit("the kill loop needs os.fork (Linux, macOS)")


def run(
    kills: int,
    seed: int = 15,
    work: Path | None = None,
    report=print,
) -> LoopResult:
    """``kills`` cycles of copy → drive → SIGKILL → reopen and check."""
    own_work = work is None
    work = Path(tempfile.mkdtemp(prefix="perekhod-kill-")) if work is None else work
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    result = LoopResult()
    try:
        plan = build_template(work)
        template = work / "template"
        from db.backup import reference_shape

        reference_shape(_head())  # built once, before the first fork
        started = time.monotonic()
        for number in range(1, kills + 1):
            cycle = work / "cycle"
            if cycle.exists():
                shutil.rmtree(cycle)
            cycle.mkdir()
            shutil.copytree(template, cycle / "data")
            pid, ready = _start_driver(cycle, plan, rng.randrange(2**32))
            readable, _, _ = select.select([ready], [], [], 30)
            os.close(ready)
            if not readable:
                result.problems.append(f"cycle {number}: the driver never became ready")
            time.sleep(rng.uniform(0, MAX_DELAY))
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            if (cycle / "driver-error").exists():
                error = (cycle / "driver-error").read_text()
                result.problems.append(f"cycle {number}: driver failed: {error}")
                result.corrupt += 1
            outcome = check_cycle(cycle, plan, template / "perekhod.sqlite")
            result.kills += 1
            result.lost += outcome.lost
            result.corrupt += outcome.corrupt
            result.ops_done += outcome.ops_done
            result.leftovers += outcome.leftovers
            result.in_flight[outcome.in_flight] = result.in_flight.get(outcome.in_flight, 0) + 1
            for problem in outcome.problems:
                result.problems.append(f"cycle {number}: {problem}")
            if outcome.problems:
                kept = work / f"failed-{number}"
                shutil.rmtree(kept, ignore_errors=True)
                shutil.copytree(cycle, kept)
                report(f"cycle {number}: {'; '.join(outcome.problems)} (kept in {kept})")
            elif number % 25 == 0:
                seconds = time.monotonic() - started
                report(f"{number} kills, {result.ops_done} operations logged, {seconds:.0f} s")
    finally:
        if own_work and not result.problems:
            shutil.rmtree(work, ignore_errors=True)
    flight = ", ".join(f"{k} {v}" for k, v in sorted(result.in_flight.items()))
    report(f"operations committed and logged: {result.ops_done}; killed during: {flight}")
    report(f"leftover *.part/*.tmp files (never under a final name): {result.leftovers}")
    report(result.line)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: a temp one)")
    args = parser.parse_args(argv)
    result = run(args.kills, args.seed, args.keep)
    return 0 if result.lost == 0 and result.corrupt == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
