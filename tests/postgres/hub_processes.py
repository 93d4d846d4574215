"""Helpers of the hub's concurrency tests (test_concurrent_import.py): a hub made through the
CLI, school packages made from the demo school's snapshot, and app processes started
together — CLI commands (``run_together``) or spawned workers calling the app
(``run_rounds``); each process gets ready, then waits for a file to appear."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from app.data_folder import DataFolder
from app.demo.municipality_variation import Variant, district
from app.sync.envelope import Sender, seal
from app.sync.keyring import Keyring, PeerKeys
from app.sync.manifest import DATA, PackageKind, dumps
from app.sync.naming import school_package_name
from tests.bench.package_factory import UUID, GeneratedKeys
from tests.postgres.server import PostgresServer
from tests.postgres.together import REPO, timed_together

TODAY = date(2026, 11, 23)
PASSPHRASE = "берёзовая роща 7"
TIMEOUT = 240
VERDICT = re.compile(r"^(?P<file>.+?\.perekhod): (?P<verdict>принят|уже загружен|отклонён — .+)$")


# -- the hub -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Hub:
    url: str
    first: Path  # the data folder of the PC that made the hub
    second: Path  # a PC set up with export-key --private / import-key
    municipality: PeerKeys  # what schools encrypt their packages to

    def engine(self) -> Engine:
        from db.engine import make_engine

        return make_engine(self.url)


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, "-c", "from app.cli import main; raise SystemExit(main())", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
    )
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


def make_hub(server: PostgresServer, root: Path, second_pc: bool = True) -> Hub:
    """A hub on a new database of ``server``: the first PC made by ``init municipality
    --database-url``, the second (if wanted) by ``export-key --private`` / ``import-key``."""
    from app.state import load_state
    from app.sync.crypto import raw_public

    url = server.create_database(f"hub_{uuid.uuid4().hex[:12]}")
    first, second, transfer = root / "pc1", root / "pc2", root / "stick"
    cli("init", "municipality", "--data-dir", str(first), "--name", "Отдел", "--database-url", url)
    if second_pc:
        transfer.mkdir()
        env = {**os.environ, "PEREKHOD_KEY_PASSPHRASE": PASSPHRASE}
        key_file = cli(
            "export-key", "--data-dir", str(first), "--to", str(transfer), "--private", env=env
        ).stdout.strip()
        cli("--database-url", url, "import-key", "--data-dir", str(second), key_file, env=env)
    keyring = Keyring(DataFolder(first).keys)
    state = load_state(DataFolder(first).state_file)
    municipality = PeerKeys(
        organisation_id=str(state.organisation_uuid),
        name=state.display_name,
        kind="municipality",
        signing_key=raw_public(keyring.signing_key()).hex(),
        exchange_key=raw_public(keyring.exchange_key()).hex(),
    )
    return Hub(url, first, second if second_pc else first, municipality)


# -- school packages -----------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    data: dict[str, Any]  # a demo school's snapshot in JSON form
    owned: frozenset[str]  # ids of its own rows (catalogue ids are shared)


@dataclass(frozen=True)
class School:
    variant: Variant
    keys: GeneratedKeys
    namespace: uuid.UUID  # the school's ids are uuid5 of the template's in this namespace
    id: uuid.UUID

    @property
    def name(self) -> str:
        return self.variant.info.short_name


def schools(template: Template, count: int, seed: int) -> list[School]:
    made = []
    for variant in district(count, seed):
        namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"perekhod-concurrency/{variant.seed}")
        school_id = uuid.uuid5(namespace, template.data["organisation"]["id"])
        made.append(School(variant, GeneratedKeys(), namespace, school_id))
    return made


@dataclass(frozen=True)
class Package:
    school: School
    sequence: int
    path: Path
    data: bytes  # the plain data member: what the school's rows must become


def package(
    template: Template,
    school: School,
    sequence: int,
    recipient: PeerKeys | None,
    folder: Path,
    edit: Callable[[dict[str, Any]], None] | None = None,
) -> Package:
    """Package №``sequence`` of ``school`` (encrypted to ``recipient`` if given): the demo
    school's rows under the school's own ids, with the sequence written into the
    organisation's pupils, every roadmap activity's title and (from №2) one indicator
    value fewer; then ``edit`` may change the data (the template's ids are still in it)."""
    data = json.loads(json.dumps(template.data))
    info = school.variant.info
    organisation = data["organisation"]
    organisation.update({name: getattr(info, name) for name in info.__slots__})
    organisation["pupils"] = 100 * sequence + school.variant.index
    roadmap = data["tables"]["roadmap_activity"]
    title = roadmap["columns"].index("title")
    for row in roadmap["rows"]:
        row[title] = f"{row[title]} (пакет №{sequence})"
    values = data["tables"]["indicator_value"]
    values["rows"] = values["rows"][: len(values["rows"]) - (sequence - 1)]
    if edit is not None:
        edit(data)

    def new_id(match: re.Match[str]) -> str:
        found = match.group(0)
        return str(uuid.uuid5(school.namespace, found)) if found in template.owned else found

    plain = UUID.sub(new_id, dumps(data).decode("utf-8")).encode("utf-8")
    blob = seal(
        school.keys,
        PackageKind.SCHOOL,
        Sender(school.id, school.name),
        sequence,
        {DATA: plain},
        recipient=recipient,
    )
    path = folder / school_package_name(school.name, TODAY, sequence)
    path.write_bytes(blob)
    return Package(school, sequence, path, plain)


def expected_rows(pkg: Package) -> dict[tuple[str, str], str]:
    """The row hashes the school's rows have once ``pkg`` is applied."""
    from app.sync.apply import as_snapshot
    from app.sync.jsonsafe import loads
    from app.sync.validate import parse_snapshot

    return as_snapshot(parse_snapshot(loads(pkg.data), pkg.school.id)).row_hashes()


def held_rows(engine: Engine, school: School) -> tuple[dict[tuple[str, str], str], int]:
    """(the row hashes of the school's rows in the hub, its organisation's pupils)."""
    from app.sync.snapshot import take_snapshot

    with engine.connect() as connection:
        snapshot = take_snapshot(connection, school.id)
    return snapshot.row_hashes(), snapshot.organisation["pupils"]


def received(engine: Engine) -> list[tuple[str, uuid.UUID, int]]:
    """(digest, school, sequence) of every received_package row."""
    import db.models  # noqa: F401
    from db.base import Base

    table = Base.metadata.tables["received_package"]
    with engine.connect() as connection:
        rows = connection.execute(select(table.c.digest, table.c.sender_id, table.c.sequence))
        return [tuple(row) for row in rows]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- processes started together ----------------------------------------------------------


def run_together(commands: list[list[str]], signals: Path) -> list[subprocess.CompletedProcess]:
    """Start the app's CLI once per command and let them all go at the same moment; wait
    for each and return what it printed."""
    return timed_together(commands, signals, TIMEOUT)[0]


def verdicts_of(done: subprocess.CompletedProcess) -> dict[str, str]:
    """File name -> what ``import-package`` said of it."""
    assert done.returncode in (0, 1), done.stderr
    found = {}
    for line in done.stdout.splitlines():
        match = VERDICT.match(line)
        assert match, line
        found[match["file"]] = match["verdict"]
    return found


Job = tuple[str, str, Any]  # (what: "receive" a file or "pin" keys, data folder, argument)


def rounds_worker(jobs: list[Job], signals: str, index: int, queue: Any) -> None:
    """A spawned process doing one job a round: it opens the job's installation (once per
    data folder), says it is ready, waits for the round's signal and does the job; what
    happened goes to ``queue`` as (round, index, outcome, reason)."""
    from app.installation import open_installation
    from app.sync.keyring import keyring_of
    from app.sync.receive import receive

    opened = {}
    try:
        for number, (kind, folder, argument) in enumerate(jobs):
            if folder not in opened:
                opened[folder] = open_installation(DataFolder(Path(folder)))
            installation = opened[folder]
            Path(signals, f"ready-{number}-{index}").touch()
            go = Path(signals, f"go-{number}")
            while not go.exists():
                time.sleep(0.001)
            try:
                if kind == "receive":
                    (verdict,) = receive(installation, [Path(argument)])
                    queue.put((number, index, verdict.outcome.value, verdict.reason))
                else:
                    keyring_of(installation).pin(PeerKeys(**argument))
                    queue.put((number, index, "pinned", ""))
            except Exception as err:  # reported to the test, which fails on it
                queue.put((number, index, "error", repr(err)))
    finally:
        for installation in opened.values():
            installation.close()


def run_rounds(jobs: list[list[Job]], signals: Path) -> list[dict[int, tuple[str, str]]]:
    """One spawned process per list of jobs; a round starts when every process is ready
    for it, at the same moment for all. Returns per round {process: (outcome, reason)}."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    signals.mkdir(parents=True, exist_ok=True)
    workers = [
        context.Process(target=rounds_worker, args=(work, str(signals), index, queue))
        for index, work in enumerate(jobs)
    ]
    for worker in workers:
        worker.start()
    results: list[dict[int, tuple[str, str]]] = []
    try:
        for number in range(len(jobs[0])):
            deadline = time.monotonic() + TIMEOUT
            wanted = [signals / f"ready-{number}-{i}" for i in range(len(workers))]
            while not all(path.exists() for path in wanted):
                assert all(w.is_alive() for w in workers), "a worker died"
                assert time.monotonic() < deadline, "the workers never got ready"
                time.sleep(0.005)
            (signals / f"go-{number}").touch()
            found = {}
            for _worker in workers:
                got, index, outcome, reason = queue.get(timeout=TIMEOUT)
                assert got == number
                found[index] = (outcome, reason)
            results.append(found)
    finally:
        for worker in workers:
            worker.join(timeout=TIMEOUT)
            if worker.is_alive():
                worker.kill()
    assert all(w.exitcode == 0 for w in workers)
    return results
