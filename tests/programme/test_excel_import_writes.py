"""The roadmap import writes in a few batched statements, and only what changed: the
columns that differ, the documents of the rows whose documents differ."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import event, select

from app.programme.roadmap import list_activities, save_activities
from app.programme.rows import ActivityRow
from app.scope import SchoolScope
from app.tables import table_io
from db.models import SchoolProfile
from db.models.programme import ActivityEvidence, RoadmapActivity
from tests.programme.fixture import Y25, build

SHEET = "Дорожная карта"
TITLE, DOCS = 4, 20  # D «Мероприятие», T «Подтверждающие документы»


def _import(scope, path: Path):
    """(summary, [(verb, table, parameter sets)] of every write the import ran)."""
    writes = []

    def note(_conn, _cursor, statement, parameters, _context, executemany) -> None:
        words = statement.split()
        if words[0] in ("INSERT", "UPDATE", "DELETE"):
            table = words[2] if words[0] != "UPDATE" else words[1]
            writes.append((words[0], table, len(parameters) if executemany else 1))

    event.listen(scope.db.engine, "before_cursor_execute", note)
    try:
        summary = table_io("roadmap").import_file(scope, path, dry_run=False).value
    finally:
        event.remove(scope.db.engine, "before_cursor_execute", note)
    return summary, writes


def _stored(scope) -> tuple[dict, dict]:
    """({activity id: updated_at}, {evidence id: (activity id, name)})"""
    with scope.reading() as session:
        stamps = dict(session.execute(select(RoadmapActivity.id, RoadmapActivity.updated_at)).all())
        query = select(ActivityEvidence.id, ActivityEvidence.activity_id, ActivityEvidence.name)
        docs = {i: (a, name) for i, a, name in session.execute(query)}
    return stamps, docs


def _export(scope, tmp_path: Path) -> Path:
    return table_io("roadmap").export(scope, tmp_path / "roadmap.xlsx", None)


def test_every_title_changed_is_one_batched_update_and_documents_stay(school, tmp_path) -> None:
    scope = school.scope
    build(scope)
    october = {"start": date(2025, 10, 1), "end": date(2025, 10, 31)}
    save_activities(
        scope, [ActivityRow(None, Y25, f"Мероприятие {n}", **october) for n in range(300)]
    )
    path = _export(scope, tmp_path)
    _, docs_before = _stored(scope)
    book = load_workbook(path)
    for row in book[SHEET].iter_rows(min_row=2):
        row[TITLE - 1].value = f"{row[TITLE - 1].value} (изм.)"
    book.save(path)
    summary, writes = _import(scope, path)
    assert (summary.added, summary.updated, summary.unchanged) == (0, 303, 0)
    assert writes == [("UPDATE", "roadmap_activity", 303)]
    assert _stored(scope)[1] == docs_before
    titles = {r.title for r in list_activities(scope)}
    assert {"Мероприятие 0 (изм.)", "Ёлочный концерт (изм.)"} <= titles


def test_only_the_changed_row_and_the_changed_documents_are_written(school, tmp_path) -> None:
    scope = school.scope
    build(scope)
    path = _export(scope, tmp_path)
    stamps_before, docs_before = _stored(scope)
    book = load_workbook(path)
    rows = {r[TITLE - 1].value: r for r in book[SHEET].iter_rows(min_row=2)}
    rows["Диагностика"][TITLE - 1].value = "Диагностика осенняя"
    rows["Курсы для учителей"][DOCS - 1].value = "Протокол № 3 от 15.03.2026"
    book.save(path)
    summary, writes = _import(scope, path)
    assert (summary.added, summary.updated, summary.unchanged) == (0, 2, 1)
    assert writes == [
        ("UPDATE", "roadmap_activity", 1),
        ("DELETE", "activity_evidence", 1),
        ("INSERT", "activity_evidence", 1),
    ]
    ids = {r.title: r.id for r in list_activities(scope)}
    stamps, docs = _stored(scope)
    assert stamps[ids["Диагностика осенняя"]] > stamps_before[ids["Диагностика осенняя"]]
    for title in ("Ёлочный концерт", "Курсы для учителей"):  # their columns did not change
        assert stamps[ids[title]] == stamps_before[ids[title]]
    courses = ids["Курсы для учителей"]
    kept = {i: d for i, d in docs_before.items() if d[0] != courses}
    assert {i: d for i, d in docs.items() if d[0] != courses} == kept
    assert [d for d in docs.values() if d[0] == courses] == [(courses, "Протокол")]


def test_new_rows_and_their_documents_belong_to_the_importing_school(school, tmp_path) -> None:
    a = school.scope
    other = uuid.uuid4()
    with a.db.unit_of_work() as session:
        session.add(SchoolProfile(id=other, is_own=False, full_name="Школа Б", short_name="Б"))
    b = SchoolScope(a.db, other)
    build(a)
    build(b)
    path = _export(a, tmp_path)
    book = load_workbook(path)
    line = [None, "2025-2026", 2, "Новое мероприятие", "май"] + [None] * 14
    book[SHEET].append([*line, "Приказ № 5 от 05.05.2026\nФотоотчёт"])
    book.save(path)
    summary, writes = _import(a, path)
    assert (summary.added, summary.updated, summary.unchanged) == (1, 0, 3)
    assert writes == [("INSERT", "roadmap_activity", 1), ("INSERT", "activity_evidence", 2)]
    new = next(r for r in list_activities(a) if r.title == "Новое мероприятие")
    assert (new.task_number, new.start, new.end) == (2, date(2026, 5, 1), date(2026, 5, 31))
    assert [(d.name, d.number, d.day) for d in new.evidence] == [
        ("Фотоотчёт", "", None),
        ("Приказ", "5", date(2026, 5, 5)),
    ]
    assert "Новое мероприятие" not in {r.title for r in list_activities(b)}
    with a.reading() as session:
        owners = session.scalars(
            select(ActivityEvidence.school_id).where(ActivityEvidence.activity_id == new.id)
        ).all()
    assert owners == [a.school_id, a.school_id]
