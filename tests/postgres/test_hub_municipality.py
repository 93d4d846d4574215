"""The municipality on a hub (PostgreSQL) and on a single PC (SQLite) given the same school
packages and the same methodologist's work end with the same results: the imported rows,
the register of schools, every consolidated view, the annual report's document and
tables, the Excel workbooks, the return packages and receipts the schools get, and what
the methodologist saved for each school, read back.

The schools are demo schools that differ plus an empty one whose name starts with a small
«ё» (tests/postgres/hub_district.py); their packages are written once and imported into
both. The hub's database collates Russian text (ICU «ru-RU», as a server installed with a
Russian locale would): where the SQL's own order decides what the user sees, SQLite's
order must still come out.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Uuid, select

import db.models  # noqa: F401  (Base.metadata.tables)
from app.data_folder import DataFolder
from app.installation import open_installation
from app.municipality import returns
from app.municipality.consolidated import VIEW_KEYS, consolidated_view
from app.municipality.expectations import deadlines
from app.municipality.register import school_register
from app.municipality.report import build_municipal_document, municipal_tables
from app.municipality.schools import Filter, imported_school
from app.municipality.tables import TITLES
from app.sync.outgoing import sent_packages
from app.sync.receive import Outcome, receive
from app.tables import table_io
from db.base import Base
from tests.postgres.hub_district import (
    OFFICE,
    TODAY,
    Y25,
    Y26,
    Side,
    Workshop,
    build_office,
    build_workshop,
    collating_database,
    school_ids,
)
from tests.postgres.server import PostgresServer

SIDES = ("sqlite", "hub")
FILTERS = {
    "all": Filter(),
    "2025-2026": Filter(year=Y25),
    "шнор": Filter(categories=frozenset({"low_results"})),
    "сельские 2026-2027": Filter(year=Y26, categories=frozenset({"is_rural"})),
}
SCHOOL_TABLES = ("roadmap", "planned-results", "indicators", "events", "deficits")
OWNED = [t for t in Base.metadata.sorted_tables if "school_id" in t.c]


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> Workshop:
    return build_workshop(tmp_path_factory.mktemp("hub-parity"))


@pytest.fixture(scope="module")
def hub_url(pg_server: PostgresServer) -> Iterator[str]:
    name = f"parity_{uuid.uuid4().hex[:10]}"
    yield collating_database(pg_server, name)
    pg_server.drop_database(name)


@pytest.fixture(scope="module")
def sides(workshop: Workshop, hub_url: str) -> Iterator[dict[str, Side]]:
    made: dict[str, Side] = {}
    try:
        made["sqlite"] = build_office(DataFolder(workshop.root / "sqlite"), workshop, "sqlite")
        hub = DataFolder(workshop.root / "hub", database_url=hub_url)
        made["hub"] = build_office(hub, workshop, "hub")
        assert made["hub"].office.is_hub and not made["sqlite"].office.is_hub
        yield made
    finally:
        for side in made.values():
            side.office.close()


def both(sides: dict[str, Side], read) -> tuple:
    return tuple(read(sides[name]) for name in SIDES)


def difference(a: object, b: object, where: str = "") -> str | None:
    """Where two nested results first differ (value or type), for a readable failure."""
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        if len(a) != len(b):
            return f"{where}: {len(a)} items against {len(b)}"
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            found = difference(x, y, f"{where}[{index}]")
            if found:
                return found
        return None
    if isinstance(a, dict) and isinstance(b, dict):
        return difference(sorted(a.items(), key=repr), sorted(b.items(), key=repr), where)
    if a != b or type(a) is not type(b):
        return f"{where}: {a!r} (SQLite) against {b!r} (hub)"
    return None


def assert_same(a: object, b: object) -> None:
    found = difference(a, b)
    assert found is None, found


# --- the tests ----------------------------------------------------------------------------


def test_every_package_is_accepted_once_on_both(sides, workshop):
    def again(side: Side) -> list:
        return [(v.outcome, v.school) for v in receive(side.office, workshop.packages)]

    lite, hub = both(sides, again)
    assert lite == hub
    assert {outcome for outcome, _school in lite} == {Outcome.DUPLICATE}


def _owned_rows(side: Side) -> dict[str, list]:
    """Every row the schools' packages brought (the tables a school owns), id columns and
    all; a recommendation's answer names the office's recommendation, whose id each office
    drew itself, so those rows are compared without it."""
    schools = set(school_ids(side.office))
    found = {}
    with side.office.db.engine.connect() as connection:
        for table in OWNED:
            columns = [
                c
                for c in table.c
                if not (
                    table.name == "recommendation_answer"
                    and (c.name in ("id", "recommendation_id", "created_at", "updated_at"))
                )
            ]
            rows = connection.execute(select(*columns).where(table.c.school_id.in_(schools))).all()
            found[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return found


def test_the_imported_rows_are_the_same(sides):
    lite, hub = both(sides, _owned_rows)
    assert lite.keys() == hub.keys()
    for name in lite:
        assert lite[name] == hub[name], name
        assert [repr(row) for row in lite[name]] == [repr(row) for row in hub[name]], name
    assert len(lite["roadmap_activity"]) > 100
    assert len(lite["recommendation_answer"]) == 1


def _register(side: Side) -> list:
    rows = [school_register(side.office.scope, today=TODAY)]
    for deadline in deadlines(side.office.scope):
        rows.append(school_register(side.office.scope, deadline.id, today=TODAY))
    # the expected school's id is the office's own: compare whether there is one
    return [
        [dataclasses.replace(r, expected_id=r.expected_id is not None) for r in register]
        for register in rows
    ]


def test_the_register_of_schools_is_the_same(sides):
    lite, hub = both(sides, _register)
    assert_same(lite, hub)
    first = lite[0]
    heard = [r.name for r in first if r.heard]
    assert len(heard) == 5
    # SQLite's order of names (by code point: «ё» after «я»), the Russian collation aside
    assert [r.name for r in first] == [*sorted(heard), "Лесная СОШ"]
    assert heard[-1] == "ёлкинская НШ"
    assert [r.name for r in first if r.expected_id] == ["ёлкинская НШ", "Лесная СОШ"]
    assert [d.title for d in deadlines(sides["hub"].office.scope)] == [
        d.title for d in deadlines(sides["sqlite"].office.scope)
    ]


@pytest.mark.parametrize("filt", FILTERS.values(), ids=FILTERS.keys())
@pytest.mark.parametrize("key", VIEW_KEYS)
def test_every_consolidated_view_is_the_same(sides, key, filt):
    def view(side: Side) -> list:
        sheets = consolidated_view(side.office.scope, key, filt, TODAY).sheets
        return [(s.title, s.headers, s.rows, s.school_ids, s.numeric) for s in sheets]

    lite, hub = both(sides, view)
    assert_same(lite, hub)  # 1 and 1.0, Decimal and float differ here
    if filt == Filter():
        assert lite[0][2], f"{key}: the first sheet has rows"


@pytest.mark.parametrize("year", [Y25, Y26], ids=str)
def test_the_municipal_report_is_the_same(sides, year):
    def report(side: Side) -> tuple:
        document = build_municipal_document(side.office.scope, year, TODAY)
        tables = municipal_tables(side.office.scope, year, TODAY)
        return document.meta, document.blocks, tables

    lite, hub = both(sides, report)
    assert lite[0] == hub[0]
    for number, (a, b) in enumerate(zip(lite[1], hub[1], strict=True)):
        assert a == b, f"block {number}: {a!r} (SQLite) against {b!r} (hub)"
    assert_same(lite[2], hub[2])
    assert len(lite[1]) > 50


def _cells(path: Path) -> list:
    book = load_workbook(path, read_only=True)
    try:
        return [
            (sheet.title, [tuple(row) for row in sheet.iter_rows(values_only=True)])
            for sheet in book.worksheets
        ]
    finally:
        book.close()


@pytest.mark.parametrize("name", list(TITLES))
def test_the_municipal_excel_tables_are_the_same(sides, workshop, name):
    def export(side: Side) -> list:
        where = "hub" if side.office.is_hub else "sqlite"
        path = workshop.root / f"xlsx-{where}" / f"{name}.xlsx"
        path.parent.mkdir(exist_ok=True)
        year = Y25 if name.startswith("municipal-") or name.startswith("consolidated") else None
        return _cells(table_io(name).export(side.office.scope, path, year))

    lite, hub = both(sides, export)
    assert_same(lite, hub)
    assert sum(len(rows) for _title, rows in lite) > 1


@pytest.mark.parametrize("name", SCHOOL_TABLES)
def test_an_imported_schools_excel_tables_are_the_same(sides, workshop, name):
    def export(side: Side) -> list:
        school = school_ids(side.office)[1]
        scope = imported_school(side.office.scope, school)
        where = "hub" if side.office.is_hub else "sqlite"
        path = workshop.root / f"xlsx-{where}" / f"school-{name}.xlsx"
        path.parent.mkdir(exist_ok=True)
        sheets = _cells(table_io(name).export(scope, path, None))
        if name == "roadmap":  # activities tied on (year, position, start) come in any order
            sheets = [(title, [rows[0], *sorted(rows[1:], key=repr)]) for title, rows in sheets]
        return sheets

    lite, hub = both(sides, export)
    assert_same(lite, hub)
    assert len(lite[0][1]) > 1


def _without_ids(rows: list) -> list:
    return [dataclasses.replace(row, id=None) for row in rows]


def test_what_the_office_saved_for_each_school_reads_back_the_same(sides):
    def saved(side: Side) -> list:
        found = []
        for school in school_ids(side.office):
            held = returns.for_school(side.office.scope, school)
            found.append(
                (
                    school,
                    _without_ids(held.recommendations),
                    _without_ids(held.partners),
                    _without_ids(held.figures),
                )
            )
        return found

    lite, hub = both(sides, saved)
    assert lite == hub
    _school, recommendations, partners, figures = lite[0]
    assert [r.text for r in recommendations][-1].endswith("обсудить на педсовете")
    assert [(f.value, f.note) for f in figures] == [(61.5, "")]
    assert [p.partner_name for p in partners] == ["МБОУ «Лицей № 2»"]
    assert lite[1][3] == []  # school 1's figure was removed
    answered = [r for _s, recs, _p, _f in lite for r in recs if r.answer is not None]
    assert [(r.topic, r.answer.status) for r in answered] == [("ВПР", "done")]


def test_the_return_packages_and_receipts_are_the_same(sides):
    lite, hub = both(sides, lambda side: side.returns)
    assert lite == hub
    assert len(lite) == 5
    # five receipts took numbers 1–5; the returns follow in the order of the schools' names
    assert sorted(r.sequence for r in lite) == [6, 7, 8, 9, 10]
    assert {(r.recommendations, r.partners) for r in lite} >= {(2, 1), (2, 0)}

    def at_school(side: Side) -> list:
        return [
            (
                v.outcome,
                v.kind,
                v.sender,
                v.sequence,
                v.receipt_for,
                v.received_on,
                [(c.section, c.added, c.changed, c.removed) for c in v.changes],
            )
            for v in side.at_school
        ]

    lite, hub = both(sides, at_school)
    assert lite == hub
    receipt, back = lite
    assert receipt[0] is Outcome.ACCEPTED and receipt[4] == 1
    assert back[0] is Outcome.ACCEPTED and back[3] in range(6, 11)


def test_the_school_holds_the_same_from_either_office(sides, workshop):
    def inbox(side: Side) -> tuple:
        held = side.inbox
        recommendations = [dataclasses.replace(r, id=None) for r in held.recommendations]
        partners = [
            dataclasses.replace(p, assignment=dataclasses.replace(p.assignment, id=None))
            for p in held.partners
        ]
        packages = [(p.file_name, p.sequence) for p in held.packages]
        deadlines = sorted(held.deadlines, key=repr)  # two are due the same day: unordered
        return (
            held.municipality,
            recommendations,
            partners,
            _without_ids(held.figures),
            deadlines,
            packages,
            side.answer_sent,
        )

    lite, hub = both(sides, inbox)
    assert lite == hub
    assert lite[0] == OFFICE.short_name
    assert lite[6] == 2
    assert [r.answer.status for r in lite[1] if r.answer] == ["done"]
    titles = sorted(d.title for d in lite[4])
    assert titles == ["Годовой отчёт", "Осенний мониторинг", "анкета родителей"]

    def sent(side: Side) -> list:
        where = "hub" if side.office.is_hub else "sqlite"
        school = open_installation(DataFolder(workshop.root / f"answering-{where}"))
        try:
            return [(r.sequence, r.received_on) for r in sent_packages(school)]
        finally:
            school.close()

    lite, hub = both(sides, sent)
    assert lite == hub
    assert lite[0][1] is not None  # the receipt marked package №1 received


def test_every_uuid_column_of_the_hub_is_a_native_uuid(sides):
    """The hub stores ids as PostgreSQL's uuid (so they join and sort as SQLite's do)."""
    with sides["hub"].office.db.engine.connect() as connection:
        found = dict(
            connection.exec_driver_sql(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns"
                " WHERE table_schema = 'public'"
            ).all()
        )
    for table in Base.metadata.sorted_tables:
        for column in table.c:
            if isinstance(column.type, Uuid):
                assert found[f"{table.name}.{column.name}"] == "uuid", column
