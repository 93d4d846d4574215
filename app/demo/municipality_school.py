"""One demo school of the district made its own, after the school demo filled it: its
people and partners in every text, its indicator values (app/demo/municipality_variation.py).
"""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy import Connection, String, Table, func, select, update
from sqlalchemy.orm import Session

from app.demo.conclusions import roadmap_counts
from app.demo.municipality_variation import Variant, rename, varied_target, varied_value
from app.programme.demo_data import ACTUAL_PARTIAL, REASON_NOTES
from app.programme.reasons import reasons_in
from app.programme.rows import Status
from app.scope import SchoolScope
from app.sync.snapshot import owned_tables
from db.models.indicators import Indicator, IndicatorBaseline, IndicatorValue
from db.models.programme import RoadmapActivity
from db.models.reports import ReportConclusion


def vary_school(scope: SchoolScope, variant: Variant) -> None:
    with scope.unit_of_work() as session:
        connection = session.connection()
        for table in owned_tables():
            _rename_rows(connection, table, scope, variant)
        _vary_indicators(session, variant)
        _slow_down(session, variant)


def _slow_down(session: Session, variant: Variant) -> None:
    """A school that made less of the story's progress carried out less of its roadmap:
    a share of the finished years' activities done become partly done or not done (with a
    shipped reason), and the conclusions' counts are taken again from the roadmap."""
    share = max(0.0, (1.0 - variant.progress) * 0.25)
    if not share:
        return
    rng = random.Random(variant.seed)
    reasons = {r.title: r.id for r in reasons_in(session) if r.shipped}
    titles = [t for t in REASON_NOTES if t in reasons and t != "Ограничительные меры"]
    last_year = session.scalar(select(func.max(RoadmapActivity.year)))
    done = session.scalars(
        select(RoadmapActivity)
        .where(RoadmapActivity.status == Status.DONE, RoadmapActivity.year < last_year)
        .order_by(RoadmapActivity.year, RoadmapActivity.position)
    ).all()
    for activity in done:
        if rng.random() < share:
            title = rng.choice(titles)
            activity.status = rng.choice((Status.PARTIAL, Status.PARTIAL, Status.NOT_DONE))
            activity.actual_result = ACTUAL_PARTIAL if activity.status is Status.PARTIAL else ""
            activity.reason_id, activity.reason_text = reasons[title], REASON_NOTES[title]
    session.flush()
    for conclusion in session.scalars(select(ReportConclusion)):
        story = conclusion.roadmap_findings.split("отменено: ", 1)[-1].split(".", 1)[-1]
        conclusion.roadmap_findings = roadmap_counts(session, conclusion.year) + story


def _rename_rows(connection: Connection, table: Table, scope: SchoolScope, variant: Variant):
    texts = [c for c in table.c if isinstance(c.type, String) and not c.foreign_keys]
    keys = list(table.primary_key.columns)
    if not texts or not keys:
        return
    query = select(*keys, *texts).where(table.c.school_id == scope.school_id)
    for row in connection.execute(query).all():
        values = row._mapping
        changed = _renamed(values, texts, variant)
        if changed:
            where = [key == values[key.name] for key in keys]
            connection.execute(update(table).where(*where).values(**changed))


def _renamed(values: Any, columns: list, variant: Variant) -> dict[str, str]:
    changed = {}
    for column in columns:
        text = values[column.name]
        if text:
            new = rename(text, variant)
            if new != text:
                changed[column.name] = new
    return changed


def _vary_indicators(session: Session, variant: Variant) -> None:
    units = dict(session.execute(select(Indicator.id, Indicator.unit)).tuples().all())
    baselines = {}
    for baseline in session.scalars(select(IndicatorBaseline)):
        baselines[baseline.indicator_id] = baseline.value
        unit = units.get(baseline.indicator_id, "")
        baseline.value = varied_target(baseline.value, unit, variant)
    for row in session.scalars(select(IndicatorValue)):
        unit = units.get(row.indicator_id, "")
        if row.target is not None:
            row.target = varied_target(row.target, unit, variant)
        base = baselines.get(row.indicator_id)
        if row.actual is not None and base is not None:
            row.actual = varied_value(row.actual, base, unit, variant)
