"""Deterministic large schools for the speed benchmarks (issue 17).

Two data sets, both the complete demo school plus bulk data drawn from a seeded generator
(the same ``today`` gives the same rows; only the UUIDs differ):

- ``large``: a big real school — ten academic years ending with the current one, each
  with 300 roadmap activities; 1,500 joint events; 20 self-assessment runs (both shipped
  instruments in each of the ten years).
- ``stress``: the demo plus 10,000 activities in the current year, 5,000 events and the
  same 20 runs.

Build one into a data folder, or reuse a cached copy (the benches copy it first: running
the app writes ``ui.ini`` and logs into its folder)::

    uv run python tests/bench/large_school.py --kind large --out DIR
    from tests.bench.large_school import cached  # -> Path of a ready data folder

``cached(kind)`` keeps the folder under ``$PEREKHOD_BENCH_CACHE`` (default: the system's
temporary folder), keyed by the kind, the day and the generator's version.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app.academic_year import AcademicYear  # noqa: E402
from app.data_folder import DataFolder  # noqa: E402
from app.demo import create_demo_school  # noqa: E402

VERSION = 1  # bump when the generated data changes: cached copies are rebuilt
KINDS = ("large", "stress")
YEARS = 10
ACTIVITIES_PER_YEAR = 300
LARGE_EVENTS = 1_500
STRESS_ACTIVITIES = 10_000
STRESS_EVENTS = 5_000
RUNS = 20
SEED = 17

WORDS = (
    "семинар педагогов",
    "консультация директора",
    "мониторинг качества знаний",
    "родительское собрание",
    "подготовка к ОГЭ",
    "школьный этап ВсОШ",
    "открытые уроки",
    "курсы повышения квалификации",
    "профилактика неуспешности",
    "цифровая образовательная платформа",
    "индивидуальный образовательный маршрут",
    "методическое объединение",
)
PEOPLE = (
    ("Лаптева О. В.", "заместитель директора по УВР"),
    ("Гуров С. А.", "директор"),
    ("Мельникова Т. И.", "руководитель МО"),
    ("Кочетков Д. Н.", "учитель математики"),
    ("Рябова Е. Ю.", "педагог-психолог"),
)
EVENT_KINDS = ("seminar", "webinar", "master_class", "open_lesson", "consultation", "focus_group")
SCHOOL_MONTHS = (9, 10, 11, 12, 1, 2, 3, 4, 5)


def build(
    folder: DataFolder, kind: str = "large", today: date | None = None, scale: float = 1.0
) -> None:
    """Create the ``kind`` data set in the empty ``folder``; ``scale`` < 1 shrinks the bulk
    (activities and events) for smoke runs."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}: {', '.join(KINDS)}")
    today = today or date.today()
    installation = create_demo_school(folder, today=today)
    rng = random.Random(SEED)
    current = AcademicYear.containing(today)
    years = [AcademicYear(current.start_year - n) for n in range(YEARS - 1, -1, -1)]
    try:
        with installation.scope.unit_of_work() as session:
            tasks = _widen_programme(session, years[0])
            if kind == "large":
                per_year = round(ACTIVITIES_PER_YEAR * scale)
                for year in years:
                    _top_up_activities(session, rng, year, per_year, tasks, today)
                events = LARGE_EVENTS
            else:
                total = _count_activities(session, current) + round(STRESS_ACTIVITIES * scale)
                _top_up_activities(session, rng, current, total, tasks, today)
                events = STRESS_EVENTS
            _top_up_events(session, rng, years, round(events * scale), today)
            _top_up_runs(session, years)
    finally:
        installation.close()


def cached(
    kind: str = "large", today: date | None = None, cache: Path | None = None, scale: float = 1.0
) -> Path:
    """A ready data folder of ``kind`` (built once per day, scale and generator version)."""
    import os

    today = today or date.today()
    base = cache or Path(os.environ.get("PEREKHOD_BENCH_CACHE", tempfile.gettempdir()))
    size = "" if scale == 1.0 else f"-x{scale:g}"
    folder = base / f"perekhod-bench-{kind}{size}-{today:%Y%m%d}-v{VERSION}"
    if not (folder / "done").is_file():
        shutil.rmtree(folder, ignore_errors=True)
        build(DataFolder(folder), kind, today, scale)
        (folder / "done").write_text("ok\n", encoding="utf-8")
    return folder


def copy_of(kind: str, target: Path, today: date | None = None, scale: float = 1.0) -> Path:
    """A private copy of the cached ``kind`` folder at ``target`` (the app may write to it)."""
    source = cached(kind, today, scale=scale)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("done", "logs", "ui.ini"))
    return target


def _widen_programme(session: Session, first: AcademicYear) -> list:
    """Start the current programme at ``first``; returns its tasks (id, number)."""
    from db.models.programme import Programme, ProgrammeTask

    programme = session.scalars(select(Programme).where(Programme.is_current.is_(True))).one()
    if programme.first_year.start_year > first.start_year:
        programme.first_year = first
    query = select(ProgrammeTask.id, ProgrammeTask.number).where(
        ProgrammeTask.programme_id == programme.id
    )
    return sorted(session.execute(query).all(), key=lambda t: t.number)


def _count_activities(session: Session, year: AcademicYear) -> int:
    from db.models.programme import RoadmapActivity

    query = select(func.count()).select_from(RoadmapActivity).where(RoadmapActivity.year == year)
    return session.scalar(query) or 0


def _top_up_activities(session, rng, year, total: int, tasks: list, today: date) -> None:
    from db.models.programme import RoadmapActivity

    have = _count_activities(session, year)
    rows = []
    for n in range(have, total):
        start = year.first_day + timedelta(days=rng.randrange(0, 300))
        end = min(start + timedelta(days=rng.randrange(0, 45)), year.last_day)
        person, role = rng.choice(PEOPLE)
        task = rng.choice(tasks)
        status = _status(rng, end, today)
        rows.append(
            RoadmapActivity(
                task_id=task.id,
                year=year,
                title=f"{rng.choice(WORDS).capitalize()}: {rng.choice(WORDS)} №{n + 1}",
                starts_on=start,
                ends_on=end,
                responsible=person,
                responsible_role=role,
                participants="педагоги школы",
                forecast_value=float(rng.randint(5, 100)),
                forecast_unit="%",
                status=status,
                actual_result="Проведено по плану" if status == "done" else "",
                reason_text="Перенесено из-за карантина" if status == "not_done" else "",
                resource_kind=rng.choice(("internal", "municipal", "partner")),
                position=n,
            )
        )
    session.add_all(rows)
    session.flush()


def _status(rng: random.Random, end: date, today: date) -> str:
    if end >= today:
        return rng.choice(("planned", "planned", "in_progress"))
    roll = rng.random()
    if roll < 0.04:
        return "planned"  # overdue: Главная reminds of it
    return "done" if roll < 0.9 else ("partial" if roll < 0.95 else "not_done")


def _top_up_events(session, rng, years: list[AcademicYear], total: int, today: date) -> None:
    from app.partnership.events import EventInput, add_events
    from db.models.partnership import JointEvent, PartnerSchool

    partners = session.scalars(select(PartnerSchool.id).order_by(PartnerSchool.short_name)).all()
    have = session.scalar(select(func.count()).select_from(JointEvent)) or 0
    infos = []
    for n in range(total - have):
        year = years[n % len(years)]
        month = rng.choice(SCHOOL_MONTHS)
        day = date(year.start_year if month >= 9 else year.end_year, month, rng.randint(1, 28))
        held = day <= today and rng.random() < 0.85
        counts = {"our_teachers": rng.randint(2, 9), "partner_teachers": rng.randint(2, 12)}
        kind = rng.choice(EVENT_KINDS)
        infos.append(
            EventInput(
                partner_id=partners[n % len(partners)],
                kind=kind,
                day=day,
                topic=f"{rng.choice(WORDS).capitalize()} (встреча {n + 1})",
                held=held,
                organiser=rng.choice(("we", "partner", "joint")),
                outcomes="Материалы в банке разработок" if held else "",
                counts=counts if held else {},
            )
        )
    add_events.core(session, infos, today)
    session.flush()


def _top_up_runs(session: Session, years: list[AcademicYear]) -> None:
    """Finished runs of both instruments in the years that have none, up to ``RUNS``."""
    from app.self_assessment.catalogue import instrument_in, latest_version_in, store_builtins
    from app.self_assessment.runs import answer, finish_run, start_run
    from db.models.self_assessment import InstrumentVersion, Run

    store_builtins(session)
    keys = sorted(set(session.scalars(select(InstrumentVersion.key))))
    latest = {key: latest_version_in(session, key) for key in keys}
    have = Counter(session.execute(select(Run.instrument_id, Run.year)).all())
    count = sum(have.values())
    for year in reversed(years):
        for version_id in latest.values():
            if count >= RUNS or (version_id, year) in have:
                continue
            instrument = instrument_in(session, version_id)
            run_id = start_run.core(session, version_id, year, (), year.first_day).value
            for index, (_area, item) in enumerate(instrument.all_items()):
                answer.core(session, run_id, item.id, 1 + index % 3, "протокол педсовета")
            finished = datetime(year.start_year, 10, 20, 12, 0, tzinfo=UTC)
            finish_run.core(session, run_id, finished)
            count += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=KINDS, default="large")
    parser.add_argument("--out", type=Path, required=True, help="an empty or new folder")
    parser.add_argument("--scale", type=float, default=1.0, help="shrink the bulk (smoke runs)")
    args = parser.parse_args()
    build(DataFolder(args.out), args.kind, scale=args.scale)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
