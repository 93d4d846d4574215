"""A report reads its data without the ORM models (issue 17): narrow Core queries through
``db.lean_tables``. Those reads must give exactly what the areas' own use cases (the
ORM ones the screens use) give — checked here on a database of two schools, for each
school, so the owner filters the Core queries write themselves are checked too — and a
report process must load neither the models, pydantic nor the ORM.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.installation import Installation, SchoolInfo, open_installation
from app.scope import SchoolScope
from tests.conftest import DEMO_TODAY
from tests.self_assessment.test_instruments_plain import shape

ROOT = Path(__file__).resolve().parents[2]
YEARS = [AcademicYear(start) for start in range(2019, 2028)]
OTHER = SchoolInfo(full_name="МБОУ «Сосновская СОШ»", short_name="Сосновская СОШ")


@pytest.fixture(scope="module")
def two_schools(tmp_path_factory) -> Iterator[tuple[Installation, list[SchoolScope]]]:
    from app.demo import add_demo_school, create_demo_school

    folder = DataFolder(tmp_path_factory.mktemp("lean") / "data")
    create_demo_school(folder, today=DEMO_TODAY).close()
    installation = open_installation(folder)
    other = add_demo_school(installation.db, OTHER, DEMO_TODAY, seed=3)
    scopes = [installation.scope, SchoolScope(installation.db, other.school_id, read_only=True)]
    yield installation, scopes
    installation.close()


@pytest.fixture(params=["own", "other"])
def scope(two_schools, request) -> SchoolScope:
    return two_schools[1][0 if request.param == "own" else 1]


def test_lean_tables_match_the_models():
    import db.lean_sa_tables as light_sa
    import db.lean_tables as light
    import db.models  # noqa: F401  (every table)
    from db.base import Base

    found = [*vars(light).values(), *vars(light_sa).values()]
    clauses = [v for v in found if type(v).__name__ == "TableClause"]
    assert len(clauses) >= 25
    for clause in clauses:
        model = Base.metadata.tables[clause.name]
        for column in clause.columns:
            assert column.name in model.c, f"{clause.name}.{column.name}"
            stored = model.c[column.name].type
            assert type(stored) is type(column.type), f"{clause.name}.{column.name}"


def test_programme_reads(scope):
    from app.programme import report_data as lean
    from app.programme.programmes import programmes_in
    from app.programme.results import results_in
    from app.programme.roadmap import activities_in

    with scope.db.engine.connect() as conn, scope.reading() as session:
        programmes = lean._programmes(conn, scope.school_id)
        assert programmes == programmes_in(session)
        assert programmes
        for p in programmes:
            expected = [(r.task_number, r.text, r.achievements) for r in results_in(session, p.id)]
            assert lean._results(conn, scope.school_id, p.id) == expected
            assert expected
        for year in YEARS:
            for today in (DEMO_TODAY, year.last_day):
                orm = activities_in(session, year, today)
                unprinted = {"evidence": [], "deficit_ids": (), "event_ids": ()}
                assert lean._activities(scope, year, today) == [
                    replace(a, **unprinted) for a in orm
                ]
    assert any(lean.roadmap_year(scope, y, DEMO_TODAY) for y in YEARS)


def test_indicator_reads(scope):
    from app.indicators import report_data as lean
    from app.indicators.catalogue import query_indicators
    from app.indicators.values import query_values

    with scope.reading() as session:
        rows = query_indicators(session)
        values = query_values(session)
    for year in YEARS:
        series = lean.indicator_series(scope, year)
        assert [s.id for s in series] == [r.id for r in rows]
        for s, r in zip(series, rows, strict=True):
            assert (s.name, s.unit, s.direction, s.code, s.source) == (
                r.name,
                r.unit,
                r.direction,
                r.code,
                r.source,
            )
            assert (s.baseline_year, s.baseline) == (r.baseline_year, r.baseline_value)
            stored = values[r.id]
            assert s.actual == {y: stored.value("actual", y) for y in s.actual}
            assert s.targets == {y: stored.value("target", y) for y in s.actual}
    drawn = lean.indicator_series(scope, YEARS[-2])
    assert any(v is not None for s in drawn for v in s.actual.values())


def test_partnership_reads(scope):
    from app.partnership import report_data as lean
    from app.partnership.agreements import query_agreements
    from app.partnership.events import query_events
    from app.partnership.measures import query_measures
    from app.partnership.partners import query_partners

    owner = scope.school_id
    with scope.db.engine.connect() as conn, scope.reading() as session:
        partners = query_partners(session)
        assert lean._partners(conn, owner) == partners
        for partner in [None, *(p.id for p in partners)]:
            events = query_events(session, partner_id=partner)
            assert lean._events(conn, owner, partner) == events
            assert lean._agreements(conn, owner, partner) == query_agreements(session, partner)
            for year in YEARS:
                measures = query_measures(session, partner_id=partner, year=year)
                assert lean._measures(conn, owner, year, partner) == measures
        assert len(events) > 10


def test_self_assessment_reads(scope):
    from app.self_assessment.deficits import deficits_in, strengths_in
    from app.self_assessment.report_runs import deficits_of, run_details, strengths_of
    from app.self_assessment.runs import details_in
    from db.models.self_assessment import Run

    owner = scope.school_id
    with scope.db.engine.connect() as conn, scope.reading() as session:
        orm = details_in(session)
        ids = [d.run.id for d in orm]
        lean = run_details(conn, owner, ids)
        assert [d.run for d in lean] == [d.run for d in orm]
        assert len(lean) >= 4
        for fast, full in zip(lean, orm, strict=True):
            assert (fast.answers, fast.scores) == (full.answers, full.scores)
            assert shape(fast.instrument) == shape(full.instrument)
        some = ids[1::2]
        assert run_details(conn, owner, some) == [
            d for d in run_details(conn, owner, ids) if d.run.id in some
        ]
        assert [d.run for d in details_in(session, (Run.id.in_(some),))] == [
            d.run for d in run_details(conn, owner, some)
        ]
        for year in YEARS:
            assert deficits_of(conn, owner, year) == deficits_in(session, year)
            assert strengths_of(conn, owner, year) == strengths_in(session, year)


def test_trails_read_what_the_trail_screen_shows(scope):
    from app.self_assessment import report_trail as lean
    from app.self_assessment.deficits import list_deficits
    from app.self_assessment.trail import deficit_trail

    deficits = [d for d in list_deficits(scope) if d.confirmed]
    assert deficits
    ids = [d.id for d in deficits]
    last = AcademicYear(2026)  # every programme and activity of the demo began by then
    with scope.db.engine.connect() as conn:
        owner = scope.school_id
        measures = lean._measures(conn, owner, ids)
        events = lean._events(conn, owner, ids)
        indicators = lean._indicators(conn, owner, ids)
        tasks = lean._counts(conn, lean._task_counts(owner, ids, last))
        activities = lean._counts(conn, lean._activity_counts(owner, ids, last))
    linked = 0
    for d in deficits:
        trail = deficit_trail(scope, d.id)
        assert measures.get(d.id, []) == [(m.text, m.status, m.starts_on) for m in trail.measures]
        assert events.get(d.id, []) == [(e.day, e.topic) for e in trail.events]
        assert indicators.get(d.id, []) == [(i.name, list(i.actual)) for i in trail.indicators]
        assert tasks.get(d.id, 0) == len(trail.tasks)
        assert activities.get(d.id, 0) == len(trail.activities)
        linked += len(trail.measures) + len(trail.events) + len(trail.indicators)
    assert linked > 0


def test_conclusions_and_profile_reads(scope):
    from app.profile import school_info
    from app.reports import context
    from app.reports.conclusions import PARTS, get_conclusions, years_with_conclusions
    from db.models.reports import ReportConclusion

    assert context.school_info(scope) == school_info(scope)
    with scope.reading() as session:
        rows = session.scalars(select(ReportConclusion))
        stored = {r.year: {name: getattr(r, name) for name in PARTS} for r in rows}
    assert years_with_conclusions(scope) == set(stored)
    for year in YEARS:
        expected = stored.get(year, dict.fromkeys(PARTS, ""))
        assert {name: getattr(get_conclusions(scope, year), name) for name in PARTS} == expected


def test_a_municipality_is_no_school_to_report_on(two_schools):
    from app.errors import NotFoundError
    from app.reports.context import school_info

    installation, _ = two_schools
    with pytest.raises(NotFoundError):
        school_info(SchoolScope(installation.db, uuid.uuid4()))


PROBE = """
import json, sys
from ui.launcher import main
code = main(sys.argv[1:])
heavy = ("db.models", "pydantic", "sqlalchemy.orm", "alembic", "openpyxl", "PySide6")
print("LOADED " + json.dumps(sorted(m for m in heavy if m in sys.modules)))
sys.exit(code)
"""


@pytest.mark.parametrize("kind", ["summary", "self-assessment", "blank-self-assessment"])
def test_a_report_process_loads_no_models_pydantic_or_orm(demo_folder, tmp_path, kind):
    out = tmp_path / "report.pdf"
    args = ["report", "--data-dir", str(demo_folder.root), "--out", str(out), "--kind", kind]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args, "--year", "2025-2026"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    loaded = [line for line in done.stdout.splitlines() if line.startswith("LOADED ")]
    assert json.loads(loaded[-1].removeprefix("LOADED ")) == []
    assert out.stat().st_size > 10_000
