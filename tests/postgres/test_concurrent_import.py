"""Several PCs of one hub at once, as real processes on one PostgreSQL database: importing
overlapping stacks of school packages (each file applied exactly once, every school ends
as its newest package), two packages of one school at the same moment (never a lost
update), the first packages of two schools into a new hub at once (the shipped indicators
and instruments they both store), return packages written together (distinct numbers) and
one new school pinned twice at once. Also: the COPY that streams a package's rows stores
what Core's insert stores.

The hub is made as an administrator makes it: ``init municipality --database-url`` on the
first PC, ``export-key --private`` and ``import-key`` for the second; some processes share
one data folder. Processes start together: each gets ready (Python, the app, its
installation) and then waits for a file to appear.
"""

from __future__ import annotations

import json
import random
import shutil
import uuid
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import UniqueConstraint, select

from app.data_folder import DataFolder
from app.sync import texts
from app.sync.keyring import PeerKeys
from tests.bench.package_factory import GeneratedKeys
from tests.postgres.hub_processes import (
    Hub,
    Package,
    Template,
    cli,
    digest,
    expected_rows,
    held_rows,
    make_hub,
    package,
    received,
    run_rounds,
    run_together,
    schools,
    verdicts_of,
)
from tests.postgres.server import PostgresServer


@pytest.fixture(scope="module")
def hub(pg_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    made = make_hub(pg_server, tmp_path_factory.mktemp("hub"))
    yield made
    pg_server.drop_database(made.url.rsplit("/", 1)[1])


@pytest.fixture(scope="module")
def template(demo_template: DataFolder, tmp_path_factory: pytest.TempPathFactory) -> Template:
    from app.installation import open_installation
    from app.sync.outgoing import current_snapshot

    copy = tmp_path_factory.mktemp("template") / "demo"
    shutil.copytree(demo_template.root, copy)
    installation = open_installation(DataFolder(copy))
    try:
        data = current_snapshot(installation).to_json()
    finally:
        installation.close()
    owned = {data["organisation"]["id"]}
    for table in data["tables"].values():
        if "id" in table["columns"]:
            at = table["columns"].index("id")
            owned |= {row[at] for row in table["rows"]}
    return Template(data, frozenset(owned))


# -- the scenarios ------------------------------------------------------------------------


def test_overlapping_stacks_are_each_applied_once_and_end_as_the_newest_package(
    hub: Hub, template: Template, tmp_path: Path
):
    stack = tmp_path / "stack"
    stack.mkdir()
    district_schools = schools(template, 8, seed=21)
    packages = [package(template, s, 1, hub.municipality, stack) for s in district_schools]
    packages += [package(template, s, 2, hub.municipality, stack) for s in district_schools[:4]]
    files = [str(p.path) for p in packages]
    shuffled = random.Random(5).sample(files, len(files))
    commands = [  # two processes on the first PC's folder, one on the second PC's
        ["import-package", "--data-dir", str(hub.first), *files],
        ["import-package", "--data-dir", str(hub.first), *files[::-1]],
        ["import-package", "--data-dir", str(hub.second), *shuffled[: len(files) - 2]],
    ]
    outputs = [verdicts_of(done) for done in run_together(commands, tmp_path / "signals")]

    by_file: dict[str, list[str]] = defaultdict(list)
    for output in outputs:
        for name, verdict in output.items():
            by_file[name].append(verdict)
    assert sorted(by_file) == sorted(p.path.name for p in packages)
    newest: dict[uuid.UUID, Package] = {}
    for pkg in packages:
        if pkg.sequence > getattr(newest.get(pkg.school.id), "sequence", 0):
            newest[pkg.school.id] = pkg
    accepted: list[Package] = []
    for pkg in packages:
        said = Counter(
            "stale" if v.startswith("отклонён — устаревший пакет") else v
            for v in by_file[pkg.path.name]
        )
        assert set(said) <= {"принят", "уже загружен", "stale"}, (pkg.path.name, said)
        if pkg is newest[pkg.school.id]:  # nothing newer exists: someone took it
            assert said["принят"] == 1 and "stale" not in said, (pkg.path.name, said)
        else:  # №1 of a school with a №2: taken once, or too late for everybody
            assert said["принят"] == 1 or set(said) == {"stale"}, (pkg.path.name, said)
        if said["принят"]:
            accepted.append(pkg)

    engine = hub.engine()
    try:
        mine = {s.id for s in district_schools}
        rows = [r for r in received(engine) if r[1] in mine]
        assert sorted(rows) == sorted((digest(p.path), p.school.id, p.sequence) for p in accepted)
        for school in district_schools:
            held, pupils = held_rows(engine, school)
            assert held == expected_rows(newest[school.id]), school.name
            assert pupils == 100 * newest[school.id].sequence + school.variant.index
    finally:
        engine.dispose()


def test_two_packages_of_one_school_at_once_always_end_as_the_newer(
    hub: Hub, template: Template, tmp_path: Path
):
    stack = tmp_path / "stack"
    stack.mkdir()
    rounds = schools(template, 10, seed=22)
    first = [package(template, s, 1, hub.municipality, stack) for s in rounds]
    second = [package(template, s, 2, hub.municipality, stack) for s in rounds]
    jobs = [
        [("receive", str(hub.first), str(p.path)) for p in first],  # one PC has the old
        [("receive", str(hub.second), str(p.path)) for p in second],  # the other the new
    ]
    results = run_rounds(jobs, tmp_path / "signals")

    engine = hub.engine()
    orders = Counter()
    try:
        for old, new, found in zip(first, second, results, strict=True):
            assert found[1] == ("accepted", ""), found
            if found[0][0] == "accepted":
                orders["№1 first"] += 1
                taken = {1, 2}
            else:
                orders["№2 first"] += 1
                assert found[0] == ("refused", texts.STALE.format(sequence=1, held=2)), found
                taken = {2}
            school = new.school
            assert {r[2] for r in received(engine) if r[1] == school.id} == taken
            held, pupils = held_rows(engine, school)
            assert held == expected_rows(new) != expected_rows(old), school.name
            assert pupils == 200 + school.variant.index
    finally:
        engine.dispose()
    print(dict(orders))  # which package got in first varies from round to round


def test_two_pcs_writing_return_packages_at_once_number_them_apart(
    hub: Hub, template: Template, tmp_path: Path
):
    stack = tmp_path / "stack"
    stack.mkdir()
    heard = [
        package(template, s, 1, hub.municipality, stack) for s in schools(template, 6, seed=23)
    ]
    cli("import-package", "--data-dir", str(hub.first), *[str(p.path) for p in heard])
    engine = hub.engine()
    try:
        with engine.connect() as connection:
            count = connection.exec_driver_sql(
                "SELECT count(*) FROM organisation WHERE kind = 'school'"
            ).scalar_one()
    finally:
        engine.dispose()
    outs = [tmp_path / "out1", tmp_path / "out2", tmp_path / "out3"]
    for out in outs:
        out.mkdir()
    commands = [
        ["export-package", "--data-dir", str(folder), "--to", str(out), "--all"]
        for folder, out in zip([hub.first, hub.second, hub.second], outs, strict=True)
    ]
    done = run_together(commands, tmp_path / "signals")

    sequences = []
    for result, out in zip(done, outs, strict=True):
        assert result.returncode == 0, result.stderr
        written = sorted(out.iterdir())
        assert sorted(result.stdout.split()) == [str(p) for p in written]
        assert len(written) == count  # every school heard from, by every process
        for path in written:
            with zipfile.ZipFile(path) as archive:
                sequences.append(json.loads(archive.read("manifest.json"))["sequence"])
    assert len(sequences) == 3 * count
    assert len(set(sequences)) == len(sequences), sorted(sequences)
    assert max(sequences) - min(sequences) == len(sequences) - 1  # no number skipped


def test_two_processes_pinning_one_new_school_at_once_both_succeed(hub: Hub, tmp_path: Path):
    from app.sync.crypto import raw_public

    new = []
    for number in range(10):
        keys = GeneratedKeys()
        new.append(
            PeerKeys(
                organisation_id=str(uuid.uuid4()),
                name=f"Новая школа №{number}",
                kind="school",
                signing_key=raw_public(keys.signing_key()).hex(),
                exchange_key=raw_public(keys.exchange_key()).hex(),
            )
        )
    jobs = [("pin", str(hub.first), {n: getattr(p, n) for n in PeerKeys.__slots__}) for p in new]
    results = run_rounds([jobs, jobs], tmp_path / "signals")  # one data folder, 2 processes

    assert results == [{0: ("pinned", ""), 1: ("pinned", "")}] * len(new)
    import db.models  # noqa: F401
    from db.base import Base

    table = Base.metadata.tables["pinned_key"]
    engine = hub.engine()
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(*[table.c[n] for n in PeerKeys.__slots__]).where(
                    table.c.organisation_id.in_([p.organisation_id for p in new])
                )
            ).all()
    finally:
        engine.dispose()
    by_id = {row.organisation_id: PeerKeys(**row._asdict()) for row in rows}
    assert len(rows) == len(new)
    assert by_id == {p.organisation_id: p for p in new}


def test_first_packages_of_two_schools_at_once_into_a_new_hub_are_both_accepted(
    pg_server: PostgresServer, template: Template, tmp_path: Path
):
    """Each first package stores the shipped indicators and instruments the school uses;
    two PCs doing that at once for two schools must not break the shared rows' keys."""
    hubs, jobs, made = [], [[], []], []
    for attempt in range(2):
        root = tmp_path / f"hub{attempt}"
        fresh = make_hub(pg_server, root, second_pc=False)
        stack = root / "stack"
        stack.mkdir()
        pair = [
            package(template, s, 1, fresh.municipality, stack) for s in schools(template, 2, 24)
        ]
        for work, pkg in zip(jobs, pair, strict=True):
            work.append(("receive", str(fresh.first), str(pkg.path)))
        hubs.append(fresh)
        made.append(pair)
    results = run_rounds(jobs, tmp_path / "signals")

    assert results == [{0: ("accepted", ""), 1: ("accepted", "")}] * len(hubs)
    for fresh, pair in zip(hubs, made, strict=True):
        engine = fresh.engine()
        try:
            for pkg in pair:
                assert held_rows(engine, pkg.school)[0] == expected_rows(pkg)
        finally:
            engine.dispose()
        pg_server.drop_database(fresh.url.rsplit("/", 1)[1])


def test_copy_stores_what_core_inserts_store(
    pg_server: PostgresServer, pg_migrated_template: str, template: Template, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):  # fmt: skip
    """On PostgreSQL the import streams rows with COPY: every column of every row comes out
    as SQLAlchemy Core's insert stores it (timestamps included, which row hashes skip)."""
    from sqlalchemy import insert

    from app.sync import bulk
    from app.sync.apply import apply_snapshot
    from app.sync.jsonsafe import loads
    from app.sync.snapshot import owned_tables
    from app.sync.validate import parse_snapshot
    from db.engine import make_engine

    (school,) = schools(template, 1, seed=25)
    stack = tmp_path / "stack"
    stack.mkdir()
    pkg = package(template, school, 1, None, stack)
    checked = parse_snapshot(loads(pkg.data), school.id)
    stored = {}
    for way in ("copy", "core"):
        if way == "core":
            monkeypatch.setattr(
                bulk, "_copy", lambda c, rows: c.execute(insert(rows.table), rows.rows)
            )
        name = f"{way}_{uuid.uuid4().hex[:12]}"
        engine = make_engine(pg_server.create_database(name, template=pg_migrated_template))
        try:
            with engine.begin() as connection:
                apply_snapshot(connection, checked)
            with engine.connect() as connection:
                stored[way] = {
                    table.name: connection.execute(
                        select(table)
                        .where(table.c.school_id == school.id)
                        .order_by(*table.primary_key.columns)
                    ).all()
                    for table in owned_tables()
                }
        finally:
            engine.dispose()
            pg_server.drop_database(name)
    assert sum(map(len, stored["copy"].values())) == checked.row_count() > 900
    assert stored["copy"] == stored["core"]


def test_a_package_breaking_a_rule_is_refused_on_postgresql_as_on_sqlite(
    hub: Hub, template: Template, tmp_path: Path
):
    """A rule the COPY breaks refuses the package by the rule's name (the driver's error
    is SQLAlchemy's IntegrityError, as Core's insert gives); nothing of it stays."""
    import db.models  # noqa: F401
    from app.installation import open_installation
    from app.sync.receive import Outcome, receive
    from db.base import Base

    table = Base.metadata.tables["indicator_value"]
    rule = next(
        c.name
        for c in table.constraints
        if isinstance(c, UniqueConstraint)
        and {col.name for col in c.columns} == {"school_id", "indicator_id", "year"}
    )

    def value_twice(data: dict) -> None:  # the same indicator and year under a new id
        values = data["tables"]["indicator_value"]
        again = list(values["rows"][0])
        again[values["columns"].index("id")] = str(uuid.uuid4())
        values["rows"].append(again)

    stack = tmp_path / "stack"
    stack.mkdir()
    (school,) = schools(template, 1, seed=26)
    pkg = package(template, school, 1, hub.municipality, stack, edit=value_twice)
    installation = open_installation(DataFolder(hub.first))
    try:
        (verdict,) = receive(installation, [pkg.path])
    finally:
        installation.close()

    assert verdict.outcome is Outcome.REFUSED
    assert verdict.reason == texts.BREAKS_RULES.format(rule=rule)
    engine = hub.engine()
    try:
        assert [r for r in received(engine) if r[1] == school.id] == []
        with engine.connect() as connection:
            organisation = Base.metadata.tables["organisation"]
            query = select(organisation.c.id).where(organisation.c.id == school.id)
            assert connection.execute(query).first() is None
    finally:
        engine.dispose()


def test_a_key_pinned_by_another_pc_during_the_import_refuses_the_package(
    hub: Hub, template: Template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The school's key is checked again and pinned under the school's lock: another PC
    pinning a different key for the same school between the first check and the import
    (two first packages signed with different keys) refuses this one, applying nothing."""
    from dataclasses import replace

    from app.installation import open_installation
    from app.sync import receive as receiving
    from app.sync.keyring import keyring_of
    from app.sync.receive import Outcome

    stack = tmp_path / "stack"
    stack.mkdir()
    (school,) = schools(template, 1, seed=31)
    pkg = package(template, school, 1, hub.municipality, stack)
    impostor = GeneratedKeys()
    installation = open_installation(DataFolder(hub.second))
    checked_first = receiving._check_sender

    def another_pc_pins_meanwhile(inst, keyring, opened):
        checked_first(inst, keyring, opened)  # nothing pinned yet: passes
        signing = impostor.signing_key().public_key().public_bytes_raw().hex()
        other = replace(opened.sender_keys, signing_key=signing)
        keyring_of(inst).pin(other)

    monkeypatch.setattr(receiving, "_check_sender", another_pc_pins_meanwhile)
    try:
        (verdict,) = receiving.receive(installation, [pkg.path])
    finally:
        installation.close()

    assert verdict.outcome is Outcome.REFUSED
    assert "ключ" in verdict.reason.lower()
    engine = hub.engine()
    try:
        assert [r for r in received(engine) if r[1] == school.id] == []
    finally:
        engine.dispose()
