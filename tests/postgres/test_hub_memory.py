"""Memory of the consolidated views and the municipal report on a hub: the databases
aggregate, Python never holds the schools' rows.

A hub gets three demo schools through their packages, then copies of them written straight
with Core (each copy a new school: every id drawn anew, ~1,000 rows) up to N and then 4N
schools; at last every school's raw rows that the views and the report only count or
average (roadmap activities not printed as shortfalls, joint events, finished
self-assessments with their answers) are made four times as many. Each view and the report
is built once to warm up, then measured with tracemalloc:

- result: what the call's result keeps (its sheets, the document) — per-school rows, so
  it grows with the schools;
- working: the peak beyond the result — what the call held only while building it.

What is asserted and why:

- a view's working memory grows by under 1 KB per added school (its result by more): a
  school's id, name and place in the order, never its rows (one Row of a school's ~1,000
  costs ~100+ bytes; before the views read school by school, they held 3–75 KB more per
  school, the indicators view the most);
- the report's working memory grows per school by less than the document does: the report
  prints every school's results, shortfalls, indicators and conclusions, and its data
  model holds exactly that content while the document is laid out (and nothing it only
  counts);
- with four times the raw rows and the same schools, neither the views' nor the report's
  peak grows by more than 10 % (the same number of result rows; only counts change).

Only Python's heap is traced: psycopg keeps a client-side result in libpq's memory, which
for these grouped queries is as small as their rows (the views read theirs through a
server-side cursor, ``CHUNK`` rows at a time).
"""

from __future__ import annotations

import gc
import hashlib
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Connection, Uuid, func, insert, select, text

import db.models  # noqa: F401  (Base.metadata.tables)
from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.demo import fill_demo_school
from app.demo.municipality_school import vary_school
from app.demo.municipality_variation import district
from app.installation import Installation, MunicipalityInfo, create_municipality, create_school
from app.municipality.consolidated import VIEW_KEYS, consolidated_view
from app.municipality.report import build_municipal_document
from app.sync.outgoing import write_school_package
from app.sync.receive import Outcome, receive
from db.base import Base
from tests.postgres.server import PostgresServer

TODAY = date(2026, 11, 23)
N = 30
KB = 1024
REPORT_YEAR = AcademicYear(2025)
OWNED = [t for t in Base.metadata.sorted_tables if "school_id" in t.c]
ORGANISATION = Base.metadata.tables["organisation"]
PACKAGES = Base.metadata.tables["received_package"]


@dataclass(frozen=True, slots=True)
class Measure:
    result: int  # bytes the result keeps
    working: int  # bytes held at the peak beyond the result


def measure(build: Callable[[], object]) -> Measure:
    build()  # warm: modules imported, statements compiled and cached
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        result = build()
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return Measure(current - base, peak - current)


# --- a district of N, then 4N schools -----------------------------------------------------


def _packages(root: Path) -> list[Path]:
    packages = []
    for variant in district(3, 2026):
        school = create_school(DataFolder(root / f"school-{variant.index}"), variant.info)
        try:
            fill_demo_school(school.scope, TODAY, variant.seed)
            vary_school(school.scope, variant)
            packages.append(write_school_package(school, root, today=TODAY).path)
        finally:
            school.close()
    return packages


def _copy(connection: Connection, source: uuid.UUID, number: int) -> None:
    """A new school holding a copy of every row of ``source`` (ids drawn anew, references to
    them followed) and of its received packages."""
    school = (
        connection.execute(select(ORGANISATION).where(ORGANISATION.c.id == source)).mappings().one()
    )
    new = uuid.uuid4()
    ids = {source: new}
    name = f"{school['short_name']} {number}"
    connection.execute(
        insert(ORGANISATION),
        [{**school, "id": new, "short_name": name, "full_name": f"МОУ «{name}»"}],
    )
    for table in OWNED:
        rows = connection.execute(select(table).where(table.c.school_id == source)).mappings()
        rows = [dict(row) for row in rows]
        if not rows:
            continue
        if "id" in table.c:
            ids.update((row["id"], uuid.uuid4()) for row in rows)
        for column in (c.name for c in table.c if isinstance(c.type, Uuid)):
            for row in rows:
                row[column] = ids.get(row[column], row[column])
        connection.execute(insert(table), rows)
    packages = connection.execute(select(PACKAGES).where(PACKAGES.c.sender_id == source))
    connection.execute(
        insert(PACKAGES),
        [
            {
                **row,
                "id": uuid.uuid4(),
                "sender_id": new,
                "digest": hashlib.sha256(new.bytes + bytes([row["sequence"]])).hexdigest(),
            }
            for row in packages.mappings()
        ],
    )


def _grow(hub: Installation, sources: list[uuid.UUID], schools: int) -> None:
    """Copies of ``sources`` in turn until the hub holds ``schools`` schools."""
    with hub.db.engine.begin() as connection:
        have = connection.scalar(
            select(func.count()).select_from(ORGANISATION).where(ORGANISATION.c.kind == "school")
        )
        for number in range(have, schools):
            _copy(connection, sources[number % len(sources)], number)


def _quadruple_raw_rows(hub: Installation) -> None:
    """Three more of every roadmap activity the report does not list (done, cancelled,
    planned, under way), every joint event and every finished self-assessment with its
    answers — same schools, same years, same areas."""
    columns = {
        name: [c.name for c in Base.metadata.tables[name].c if c.name != "id"]
        for name in ("roadmap_activity", "joint_event", "sa_run", "sa_answer")
    }

    def copy(table: str, where: str) -> str:
        listed = ", ".join(columns[table])
        return (
            f"INSERT INTO {table} (id, {listed}) SELECT gen_random_uuid(), {listed}"
            f" FROM {table} WHERE {where}"
        )

    with hub.db.engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TEMP TABLE base_activity AS SELECT id FROM roadmap_activity"
                " WHERE status NOT IN ('partial', 'not_done')"
            )
        )
        connection.execute(text("CREATE TEMP TABLE base_event AS SELECT id FROM joint_event"))
        for _ in range(3):
            for table, base in (
                ("roadmap_activity", "base_activity"),
                ("joint_event", "base_event"),
            ):
                connection.execute(text(copy(table, f"id IN (SELECT id FROM {base})")))
        connection.execute(
            text(
                "CREATE TEMP TABLE run_copy AS SELECT r.id AS old, gen_random_uuid() AS new, n"
                " FROM sa_run r, generate_series(1, 3) n WHERE r.status = 'finished'"
            )
        )
        run_columns = ", ".join(columns["sa_run"])
        connection.execute(
            text(
                f"INSERT INTO sa_run (id, {run_columns}) SELECT c.new, "
                + ", ".join(f"r.{c}" for c in columns["sa_run"])
                + " FROM run_copy c JOIN sa_run r ON r.id = c.old"
            )
        )
        answer_columns = [c for c in columns["sa_answer"] if c != "run_id"]
        connection.execute(
            text(
                f"INSERT INTO sa_answer (id, run_id, {', '.join(answer_columns)})"
                " SELECT gen_random_uuid(), c.new, "
                + ", ".join(f"a.{c}" for c in answer_columns)
                + " FROM run_copy c JOIN sa_answer a ON a.run_id = c.old"
            )
        )


def _jobs(hub: Installation) -> dict[str, Callable[[], object]]:
    scope = hub.scope
    jobs: dict[str, Callable[[], object]] = {
        key: (lambda key=key: consolidated_view(scope, key, today=TODAY)) for key in VIEW_KEYS
    }
    jobs["report"] = lambda: build_municipal_document(scope, REPORT_YEAR, TODAY)
    return jobs


def _raw_rows(hub: Installation) -> int:
    names = ("roadmap_activity", "joint_event", "sa_answer")
    with hub.db.engine.connect() as connection:
        return sum(connection.scalar(text(f"SELECT count(*) FROM {n}")) for n in names)


@dataclass(frozen=True)
class Measured:
    small: dict[str, Measure]  # N schools
    large: dict[str, Measure]  # 4N schools
    heavy: dict[str, Measure]  # 4N schools, four times the raw rows
    raw: tuple[int, int]  # raw rows counted before and after


@pytest.fixture(scope="module")
def measured(pg_server: PostgresServer, tmp_path_factory) -> Iterator[Measured]:
    root = tmp_path_factory.mktemp("hub-memory")
    name = f"memory_{uuid.uuid4().hex[:10]}"
    url = pg_server.create_database(name)
    hub = create_municipality(
        DataFolder(root / "hub", database_url=url), MunicipalityInfo(name="Отдел образования")
    )
    try:
        verdicts = receive(hub, _packages(root))
        assert {v.outcome for v in verdicts} == {Outcome.ACCEPTED}
        sources = [v.school_id for v in verdicts]
        _grow(hub, sources, N)
        small = {key: measure(job) for key, job in _jobs(hub).items()}
        _grow(hub, sources, 4 * N)
        large = {key: measure(job) for key, job in _jobs(hub).items()}
        before = _raw_rows(hub)
        _quadruple_raw_rows(hub)
        heavy = {key: measure(job) for key, job in _jobs(hub).items()}
        found = Measured(small, large, heavy, (before, _raw_rows(hub)))
        print(f"\n{_report(found)}\nraw rows {found.raw[0]} -> {found.raw[1]}")
        yield found
    finally:
        hub.close()
        pg_server.drop_database(name)


def _report(measured: Measured) -> str:
    lines = [
        f"{'':16} {'N result':>9} {'working':>8} {'4N result':>10} {'working':>8} "
        f"{'raw×4 peak':>10}"
    ]
    for key, small in measured.small.items():
        large, heavy = measured.large[key], measured.heavy[key]
        lines.append(
            f"{key:16} {small.result / KB:8.0f}K {small.working / KB:7.0f}K "
            f"{large.result / KB:9.0f}K {large.working / KB:7.0f}K "
            f"{(heavy.result + heavy.working) / KB:9.0f}K"
        )
    return "\n".join(lines)


@pytest.mark.parametrize("key", VIEW_KEYS)
def test_a_views_working_memory_does_not_follow_the_schools_rows(measured, key):
    small, large = measured.small[key], measured.large[key]
    added = 3 * N
    assert (large.result - small.result) / added > KB, _report(measured)  # rows per school
    assert (large.working - small.working) / added < KB, _report(measured)


def test_the_reports_working_memory_is_its_content_not_the_schools_rows(measured):
    small, large = measured.small["report"], measured.large["report"]
    assert (large.result - small.result) / (3 * N) > 4 * KB, _report(measured)
    assert large.working - small.working < large.result - small.result, _report(measured)


@pytest.mark.parametrize("key", [*VIEW_KEYS, "report"])
def test_four_times_the_raw_rows_cost_no_memory(measured, key):
    before, after = measured.raw
    assert after > 3.5 * before
    large, heavy = measured.large[key], measured.heavy[key]
    peak, heavier = large.result + large.working, heavy.result + heavy.working
    assert heavier < 1.1 * peak, _report(measured)
