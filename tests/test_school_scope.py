"""One database for one school or for many (issue 10's acceptance).

School A is the demo school. ``alone`` holds only A; ``shared`` is a copy of it to which a
second complete demo school B (another name, another random seed) was added. Everything
A's director can read or print must be the same in both; editing A must leave B's rows
exactly as they were.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.demo import add_demo_school
from app.errors import PerekhodError
from app.installation import Installation, SchoolInfo, create_school, open_installation
from app.scope import SchoolScope
from tests.conftest import DEMO_TODAY
from tests.reports.pdfcheck import pdf_text

SECOND_SCHOOL = SchoolInfo(
    full_name="МБОУ «Сосновская средняя школа» Заречного муниципального района",
    short_name="Сосновская СОШ",
    municipality="Заречный муниципальный район",
    director="Тимофеев Олег Викторович",
    pupils=212,
    teachers=23,
    classes=11,
)
YEARS = (AcademicYear(2020), AcademicYear(2024), AcademicYear(2026))
TABLES = ("roadmap", "planned-results", "indicators", "events", "support-measures", "deficits")


@dataclass
class Pair:
    alone: Installation
    shared: Installation
    b: SchoolScope


@pytest.fixture(scope="module")
def pair_template(tmp_path_factory) -> tuple[DataFolder, DataFolder, uuid.UUID]:
    from app.demo import create_demo_school

    root = tmp_path_factory.mktemp("pair")
    alone = DataFolder(root / "alone")
    create_demo_school(alone, today=DEMO_TODAY).close()
    shutil.copytree(alone.root, root / "shared")
    shared = DataFolder(root / "shared")
    installation = open_installation(shared)
    try:
        b = add_demo_school(installation.db, SECOND_SCHOOL, DEMO_TODAY, seed=7)
    finally:
        installation.close()
    return alone, shared, b.school_id


@pytest.fixture
def pair(pair_template, tmp_path) -> Iterator[Pair]:
    alone_src, shared_src, b_id = pair_template
    shutil.copytree(alone_src.root, tmp_path / "alone")
    shutil.copytree(shared_src.root, tmp_path / "shared")
    alone = open_installation(DataFolder(tmp_path / "alone"))
    shared = open_installation(DataFolder(tmp_path / "shared"))
    yield Pair(alone, shared, SchoolScope(shared.db, b_id, read_only=True))
    alone.close()
    shared.close()


def owned_tables(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return sorted(
            t
            for t in tables
            if any(c[1] == "school_id" for c in conn.execute(f"PRAGMA table_info({t})"))
        )


def dump(path: Path, school_id: uuid.UUID) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {
            table: sorted(
                conn.execute(f"SELECT * FROM {table} WHERE school_id = ?", (school_id.hex,)),
                key=repr,
            )
            for table in owned_tables(path)
        }


def test_b_is_a_complete_school_of_its_own(pair):
    b_rows = dump(pair.shared.folder.database, pair.b.school_id)
    a_rows = dump(pair.shared.folder.database, pair.shared.scope.school_id)
    empty_for_b = sorted(t for t, rows in b_rows.items() if not rows)
    empty_for_a = sorted(t for t, rows in a_rows.items() if not rows)
    # Every table A fills, B fills too (catalogue tables hold only shipped rows for both).
    assert set(empty_for_b) <= set(empty_for_a) | {
        "cooperation_direction",
        "indicator",
        "non_execution_reason",
        "report_conclusion",
    }
    assert len(b_rows["roadmap_activity"]) > 50 and len(b_rows["joint_event"]) > 20
    ids_a = {r[0] for r in a_rows["roadmap_activity"]}
    assert ids_a.isdisjoint({r[0] for r in b_rows["roadmap_activity"]})


def _reads(scope: SchoolScope) -> dict[str, object]:
    """Every section's data of the school, for each of a few years."""
    from app.indicators import catalogue, values
    from app.indicators import report_data as indicator_data
    from app.partnership import agreements, events, measures, partners
    from app.partnership import report_data as partnership_data
    from app.programme import programmes, reasons, reminders, results, roadmap, tasks
    from app.programme import report_data as programme_data
    from app.reports import conclusions, years
    from app.self_assessment import deficits, runs
    from app.self_assessment import report_data as sa_data

    found: dict[str, object] = {}
    programme_list = programmes.list_programmes(scope)
    found["programmes"] = programme_list
    for p in programme_list:
        found[f"tasks {p.id}"] = tasks.list_tasks(scope, p.id)
        found[f"results {p.id}"] = results.list_results(scope, p.id)
    found["reasons"] = reasons.list_reasons(scope, include_inactive=True)
    found["reminders"] = reminders.reminders(scope, DEMO_TODAY)
    found["indicators"] = indicator_rows = catalogue.list_indicators(scope)
    for row in indicator_rows:
        found[f"values {row.code}"] = values.values_of(scope, row.id)
    found["partners"] = partners.list_partners(scope)
    found["directions"] = agreements.list_directions(scope, include_inactive=True)
    found["agreements"] = agreements.list_agreements(scope)
    found["runs"] = runs.list_runs(scope)
    found["years"] = years.available_years(scope, DEMO_TODAY)
    for year in YEARS:
        found[f"roadmap {year}"] = roadmap.list_activities(scope, year, DEMO_TODAY)
        found[f"events {year}"] = events.list_events(scope, year=year)
        found[f"measures {year}"] = measures.list_measures(scope, year=year)
        found[f"deficits {year}"] = deficits.list_deficits(scope, year)
        found[f"strengths {year}"] = deficits.list_strengths(scope, year)
        found[f"programme {year}"] = programme_data.programme_year(scope, year)
        found[f"roadmap data {year}"] = programme_data.roadmap_year(scope, year, today=DEMO_TODAY)
        found[f"indicator data {year}"] = indicator_data.indicator_series(scope, year)
        found[f"partnership {year}"] = partnership_data.partnership_year(
            scope, year, today=DEMO_TODAY
        )
        found[f"self-assessment {year}"] = sa_data.self_assessment_year(scope, year)
        found[f"conclusions {year}"] = conclusions.get_conclusions(scope, year)
    return found


def test_every_section_reads_the_same_for_a_with_or_without_b(pair):
    alone, shared = _reads(pair.alone.scope), _reads(pair.shared.scope)
    assert alone.keys() == shared.keys()
    for key in alone:
        assert alone[key] == shared[key], key


@pytest.mark.parametrize(
    "kind", ["summary", "roadmap", "partnership", "self-assessment", "blank-self-assessment"]
)
def test_every_report_is_the_same_for_a_with_or_without_b(pair, tmp_path, kind):
    from app.reports.kinds import build_report

    for year in (AcademicYear(2024), AcademicYear(2026)):
        texts = []
        for name, installation in (("alone", pair.alone), ("shared", pair.shared)):
            out = tmp_path / f"{name}-{kind}-{year}.pdf"
            build_report(installation, out, kind, year, today=DEMO_TODAY)
            texts.append(pdf_text(out))
        assert texts[0] == texts[1]
        assert "Сосновская" not in texts[1]


def _sheets(path: Path) -> dict[str, list[tuple]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}
    finally:
        book.close()


@pytest.mark.parametrize("table", TABLES)
def test_every_excel_table_is_the_same_for_a_with_or_without_b(pair, tmp_path, table):
    from app.tables import table_io

    io = table_io(table)
    for year in (AcademicYear(2024), None):
        books = []
        for name, installation in (("alone", pair.alone), ("shared", pair.shared)):
            out = tmp_path / f"{name}-{table}-{year}.xlsx"
            io.export(installation.scope, out, year)
            books.append(_sheets(out))
        assert books[0] == books[1]


def _edits() -> list[tuple[str, Callable[[Installation, Path], object]]]:
    """Mutating use cases of every area run on A (the shared database's own school)."""
    from app.indicators import catalogue, values
    from app.partnership import agreements, events, measures, partners
    from app.programme import copy_forward, programmes, reasons, results, roadmap, tasks
    from app.programme.reasons import ReasonRow
    from app.reports import conclusions
    from app.self_assessment import deficits, runs
    from app.tables import table_io

    y = AcademicYear(2024)

    def roadmap_edits(inst: Installation, _tmp: Path) -> None:
        rows = roadmap.list_activities(inst.scope, y, DEMO_TODAY)
        row = rows[0]
        row.title = row.title + " (изменено)"
        roadmap.save_activity(inst.scope, row, DEMO_TODAY)
        roadmap.delete_activities(inst.scope, [rows[1].id])
        copy_forward.copy_forward(inst.scope, y)

    def programme_edits(inst: Installation, _tmp: Path) -> None:
        current = programmes.current_programme(inst.scope)
        current.goal = "Новая цель"
        programmes.save_programme(inst.scope, current)
        programmes.set_current(inst.scope, current.id)
        task = tasks.list_tasks(inst.scope, current.id)[0]
        task.text = "Переформулированная задача"
        tasks.save_task(inst.scope, task)
        result = results.list_results(inst.scope, current.id)[0]
        results.delete_result(inst.scope, result.id)
        reasons.save_reason(inst.scope, ReasonRow(None, "Своя причина школы А"))

    def indicator_edits(inst: Installation, _tmp: Path) -> None:
        rows = catalogue.list_indicators(inst.scope)
        values.set_value(inst.scope, rows[0].id, y, "actual", 99.0)
        values.set_value(inst.scope, rows[0].id, AcademicYear(2020), "baseline", 10.0)
        catalogue.add_indicator(inst.scope, catalogue.IndicatorInput("Свой показатель А", "%"))

    def partnership_edits(inst: Installation, _tmp: Path) -> None:
        for event in events.list_events(inst.scope, year=y)[:3]:
            events.delete_event(inst.scope, event.id)
        for measure in measures.list_measures(inst.scope, year=y)[:2]:
            measures.delete_measure(inst.scope, measure.id)
        agreements.save_direction(inst.scope, "Своё направление школы А")
        partner = partners.list_partners(inst.scope)[0]
        partners.delete_partner(inst.scope, partner.id)

    def self_assessment_edits(inst: Installation, _tmp: Path) -> None:
        for row in deficits.list_deficits(inst.scope, y)[:3]:
            deficits.delete_deficit(inst.scope, row.id)
        run = runs.list_runs(inst.scope)[-1]
        runs.delete_run(inst.scope, run.id)

    def report_edits(inst: Installation, _tmp: Path) -> None:
        conclusions.save_conclusions(
            inst.scope, y, conclusions.Conclusions(problems="Проблемы школы А")
        )

    def excel_round_trips(inst: Installation, tmp: Path) -> None:
        from openpyxl import load_workbook

        from app.programme import texts as programme_texts

        for name in TABLES:
            io = table_io(name)
            path = io.export(inst.scope, tmp / f"{name}.xlsx", None)
            if name == "roadmap":  # a row without its id comes back as a new activity
                book = load_workbook(path)
                sheet = book[programme_texts.ROADMAP_SHEET]
                headers = [cell.value for cell in sheet[1]]
                sheet.cell(2, headers.index(programme_texts.COL_ID) + 1).value = None
                book.save(path)
            io.import_file(inst.scope, path, dry_run=False)

    return [
        ("roadmap", roadmap_edits),
        ("programme", programme_edits),
        ("indicators", indicator_edits),
        ("partnership", partnership_edits),
        ("self-assessment", self_assessment_edits),
        ("reports", report_edits),
        ("excel", excel_round_trips),
    ]


@pytest.mark.parametrize(("area", "edit"), _edits(), ids=[name for name, _ in _edits()])
def test_editing_a_leaves_b_untouched(pair, tmp_path, area, edit):
    before = dump(pair.shared.folder.database, pair.b.school_id)
    a_before = dump(pair.shared.folder.database, pair.shared.scope.school_id)
    edit(pair.shared, tmp_path)
    assert dump(pair.shared.folder.database, pair.b.school_id) == before
    assert dump(pair.shared.folder.database, pair.shared.scope.school_id) != a_before, area


def test_a_cannot_reach_bs_rows_by_id(pair):
    from app.programme import roadmap

    b_row = roadmap.list_activities(pair.b, AcademicYear(2024), DEMO_TODAY)[0]
    with pytest.raises(PerekhodError):
        roadmap.get_activity(pair.shared.scope, b_row.id)
    before = dump(pair.shared.folder.database, pair.b.school_id)
    with contextlib.suppress(PerekhodError):
        roadmap.delete_activities(pair.shared.scope, [b_row.id])
    assert dump(pair.shared.folder.database, pair.b.school_id) == before


def test_an_imported_school_is_read_only(pair):
    from app.programme import roadmap

    row = roadmap.list_activities(pair.b, AcademicYear(2024), DEMO_TODAY)[0]
    with pytest.raises(PerekhodError, match="только для просмотра"):
        roadmap.save_activity(pair.b, row, DEMO_TODAY)


def _catalogue_ids(installation: Installation) -> dict[str, set]:
    from app.indicators.catalogue import list_indicators
    from app.partnership.agreements import list_directions
    from app.programme.reasons import list_reasons
    from app.self_assessment.catalogue import ensure_builtin, list_instruments

    scope = installation.scope
    ensure_builtin(scope)
    return {
        "reasons": {(r.id, r.title) for r in list_reasons(scope, include_inactive=True)},
        "directions": {(d.id, d.title) for d in list_directions(scope, include_inactive=True)},
        "indicators": {(i.id, i.code) for i in list_indicators(scope)},
        "instruments": {(i.id, i.key, i.version) for i in list_instruments(scope)},
    }


def test_catalogue_ids_are_equal_in_two_fresh_installations(tmp_path):
    from app.indicators.catalogue import IndicatorInput, add_indicator
    from app.programme.reasons import ReasonRow, save_reason

    first = create_school(DataFolder(tmp_path / "one"), SchoolInfo("Первая школа", "Первая"))
    second = create_school(DataFolder(tmp_path / "two"), SchoolInfo("Вторая школа", "Вторая"))
    try:
        ids_one, ids_two = _catalogue_ids(first), _catalogue_ids(second)
        for kind in ids_one:
            assert ids_one[kind], kind
            assert ids_one[kind] == ids_two[kind], kind
        reason = "Своя причина"
        own_one = save_reason(first.scope, ReasonRow(None, reason)).value.id
        own_two = save_reason(second.scope, ReasonRow(None, reason)).value.id
        assert own_one != own_two
        name = IndicatorInput("Свой показатель", "%")
        assert add_indicator(first.scope, name).value != add_indicator(second.scope, name).value
    finally:
        first.close()
        second.close()
