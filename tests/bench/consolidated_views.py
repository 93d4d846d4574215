"""Consolidated views over 500 schools: each view's time against its SQL aggregation bare.

A municipality database gets N believable schools written straight with Core bulk inserts
(not through packages; outside the measurement): a programme with six planned results
graded over three years, 30 roadmap activities a year with statuses and shipped reasons,
ten shared indicators a year, 15 joint events a year with directions, a finished
self-assessment a year with every item answered, and three deficits a year.

For every view: the median time of ``consolidated_view`` (queries, pivot, rows) and of the
same SQL statements executed and fetched bare. Budget: every view ≤ 1 s over 500 schools.
Last line: ``ratio <sum of view times / sum of bare times>``.

    uv run python tests/bench/consolidated_views.py [--schools 500] [--runs 5] [--smoke]

``--smoke`` (CI): 5 schools, one run — checks the script, not the timing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert

from app.data_folder import DataFolder
from app.installation import MunicipalityInfo, create_municipality
from app.municipality.consolidated import VIEW_KEYS, bare_queries, consolidated_view
from app.municipality.schools import Filter
from db.base import Base, catalogue_id
from db.catalogue import COOPERATION_DIRECTIONS, NON_EXECUTION_REASONS
from db.types import AcademicYear

YEARS = [AcademicYear(2022), AcademicYear(2023), AcademicYear(2024)]
TODAY = date(2025, 11, 20)
STATUSES = ["done"] * 5 + ["partial", "not_done", "in_progress", "cancelled"]
LEVELS = ["achieved", "achieved", "partial", "not_achieved"]
ORGANISERS = ["we", "partner", "partner", "joint"]


class Rows(dict):
    def add(self, table: str, **values) -> dict:
        now = datetime(2025, 6, 1, tzinfo=UTC)
        columns = Base.metadata.tables[table].c
        if "created_at" in columns:
            values.setdefault("created_at", now)
            values.setdefault("updated_at", now)
        if "id" in columns:
            values.setdefault("id", uuid.uuid4())
        self.setdefault(table, []).append(values)
        return values


def _school(rows: Rows, rng: random.Random, number: int, catalogue: dict) -> None:
    school = rows.add(
        "organisation", kind="school", full_name=f"МОУ «Школа №{number}»",
        short_name=f"Школа №{number}", municipality="Район", address="", director="",
        methodologist="", phone="", email="", is_rural=rng.random() < 0.7,
        is_small=rng.random() < 0.4, low_results=rng.random() < 0.3,
        hard_social_conditions=rng.random() < 0.3, pupils=rng.randint(40, 400),
        teachers=rng.randint(8, 40), classes=rng.randint(4, 11), is_own=False,
    )["id"]  # fmt: skip
    own = {"school_id": school}
    programme = rows.add("programme", **own, title="Программа перехода", first_year=YEARS[0],
                         last_year=YEARS[-1], order_number="", goal="", problem_analysis="",
                         is_current=True)["id"]  # fmt: skip
    task = rows.add("programme_task", **own, programme_id=programme, number=1, text="Задача")["id"]
    for position in range(6):
        result = rows.add("planned_result", **own, task_id=task, position=position,
                          text="Результат")["id"]  # fmt: skip
        for year in YEARS:
            rows.add("result_achievement", **own, result_id=result, year=year,
                     level=rng.choice(LEVELS), wording="", evidence="", comment="")  # fmt: skip
    for year in YEARS:
        _year(rows, rng, own, year, task, catalogue)


def _year(rows: Rows, rng, own: dict, year: AcademicYear, task, catalogue: dict) -> None:
    for position in range(30):
        status = rng.choice(STATUSES)
        reason = rng.choice(catalogue["reasons"]) if status in ("partial", "not_done") else None
        rows.add("roadmap_activity", **own, task_id=task, year=year, title="Мероприятие",
                 period_text="", responsible="", responsible_role="", participants="",
                 forecast_unit="", forecast_text="", status=status, actual_result="",
                 reason_id=reason, reason_text="", resource_text="", position=position)  # fmt: skip
    for indicator in catalogue["indicators"]:
        rows.add("indicator_value", **own, indicator_id=indicator, year=year,
                 target=80.0, actual=round(rng.uniform(40, 100), 1))  # fmt: skip
    partner = rows.add("partner_school", **own, full_name="Лицей", short_name="Лицей",
                       municipality="", director="", contacts="", offers="",
                       needs="")["id"]  # fmt: skip
    for _ in range(15):
        day = year.first_day.replace(day=rng.randint(1, 28), month=rng.choice([9, 10, 11, 12]))
        event = rows.add("joint_event", **own, partner_id=partner, kind="seminar", day=day,
                         was_planned=rng.random() < 0.8, held=rng.random() < 0.8,
                         form="in_person", stage="joint_work",
                         organiser=rng.choice(ORGANISERS), topic="Семинар", outcomes="",
                         reflection="", our_teachers=rng.randint(0, 9), our_pupils=0,
                         our_parents=0, our_admin=1, partner_teachers=rng.randint(0, 5),
                         partner_pupils=0, partner_parents=0, partner_admin=0)["id"]  # fmt: skip
        rows.add("event_direction", **own, event_id=event,
                 direction_id=rng.choice(catalogue["directions"]))  # fmt: skip
    run = rows.add("sa_run", **own, instrument_id=catalogue["instrument"], year=year,
                   status="finished", started_on=year.first_day, note="")["id"]  # fmt: skip
    for item in catalogue["items"]:
        rows.add("sa_answer", **own, run_id=run, item_key=item, level=rng.randint(0, 3),
                 evidence="", comment="")  # fmt: skip
    for area_key, title in rng.sample(catalogue["areas"], 3):
        rows.add("sa_deficit", **own, run_id=run, year=year, instrument_key="risk_profiles_500",
                 area_key=area_key, area_title=title, item_key="", text=title, risk="high",
                 source="run", confirmed=True)  # fmt: skip


def _catalogue(connection) -> dict:
    from app.self_assessment.catalogue import parse_definition, version_id
    from app.sync.apply import _add_builtin_indicators

    _add_builtin_indicators(connection)
    instruments = Base.metadata.tables["sa_instrument"]
    from app.self_assessment.instrument_json import builtin_instruments

    shipped = builtin_instruments()[0]
    key = version_id(shipped.id, shipped.version)
    if connection.execute(instruments.select().where(instruments.c.id == key)).first() is None:
        connection.execute(insert(instruments), [{
            "id": key, "key": shipped.id, "version": shipped.version, "title": shipped.title,
            "definition": shipped.to_json(), "source": "builtin",
            "created_at": datetime.now(UTC), "updated_at": datetime.now(UTC),
        }])  # fmt: skip
    instrument = parse_definition(shipped.to_json())
    indicators = Base.metadata.tables["indicator"]
    return {
        "instrument": key,
        "items": [i.id for _a, i in instrument.all_items()],
        "areas": [(a.id, a.title) for a in instrument.areas],
        "indicators": list(connection.scalars(indicators.select().with_only_columns(
            indicators.c.id).limit(10))),
        "reasons": [catalogue_id("non_execution_reason", c) for c, _t in NON_EXECUTION_REASONS],
        "directions": [catalogue_id("cooperation_direction", c)
                       for c, _t in COOPERATION_DIRECTIONS],
    }  # fmt: skip


def build(root: Path, schools: int):
    installation = create_municipality(DataFolder(root), MunicipalityInfo(name="Отдел"))
    rng = random.Random(11)
    with installation.db.engine.begin() as connection:
        catalogue = _catalogue(connection)
        rows = Rows()
        for number in range(1, schools + 1):
            _school(rows, rng, number, catalogue)
        for table in Base.metadata.sorted_tables:
            if table.name in rows:
                connection.execute(insert(table), rows[table.name])
    return installation, sum(len(v) for v in rows.values())


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare(installation, key: str) -> None:
    with installation.db.engine.connect() as connection:
        for query in bare_queries(connection, key, Filter(), TODAY):
            connection.execute(query).all()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schools", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    schools, runs = (5, 1) if args.smoke else (args.schools, args.runs)
    with tempfile.TemporaryDirectory(prefix="perekhod-bench-") as temporary:
        start = time.perf_counter()
        installation, count = build(Path(temporary) / "mun", schools)
        print(f"built {schools} schools, {count} rows in {time.perf_counter() - start:.1f} s")
        total_view = total_bare = 0.0
        scope = installation.scope
        try:
            start = time.perf_counter()
            consolidated_view(scope, "achievement", None, TODAY)  # imports pandas: once
            print(f"first view (cold, pandas imported) {time.perf_counter() - start:.3f} s")
            for key in VIEW_KEYS:
                shown = median_time(lambda k=key: consolidated_view(scope, k, None, TODAY), runs)
                floor = median_time(lambda k=key: bare(installation, k), runs)
                total_view, total_bare = total_view + shown, total_bare + floor
                verdict = "ok" if shown <= 1.0 else "OVER 1 s"
                print(f"{key:<16} view {shown:.3f} s  bare SQL {floor:.3f} s  {verdict}")
        finally:
            installation.close()
    print(f"ratio {total_view / total_bare:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
