"""Two schools in one database: school A's scope never shows or touches school B's
programme, roadmap, reasons or links (hand-made fixture in both, see ``fixture.build``)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import NotFoundError
from app.excel import ExcelImportError
from app.programme.copy_forward import copy_forward
from app.programme.excel_import import import_roadmap
from app.programme.paste import paste_activities
from app.programme.programmes import (
    ProgrammeRow,
    current_programme,
    list_programmes,
    save_programme,
    set_current,
)
from app.programme.reasons import ReasonRow, delete_reason, list_reasons, save_reason
from app.programme.reminders import reminders
from app.programme.report_data import roadmap_year, years_with_data
from app.programme.results import list_results, set_achievement
from app.programme.roadmap import delete_activities, get_activity, list_activities
from app.programme.rows import ActivityRow
from app.programme.tasks import TaskRow, list_tasks, save_task
from app.scope import SchoolScope
from app.tables import table_io
from db.models import SchoolProfile
from tests.programme.fixture import TODAY, Y25, Y26, build


@pytest.fixture
def two(school):
    """(A, B, A's data, B's data): the fixture school and a second school added by hand."""
    other = uuid.uuid4()
    with school.scope.db.unit_of_work() as session:
        session.add(
            SchoolProfile(id=other, is_own=False, full_name="МОУ «Школа Б»", short_name="Школа Б")
        )
    a, b = school.scope, SchoolScope(school.scope.db, other)
    return a, b, build(a), build(b)


def _titles(rows) -> list[str]:
    return sorted(r.title for r in rows)


def test_each_school_lists_only_its_own_programme_tasks_and_roadmap(two) -> None:
    a, b, data_a, data_b = two
    assert [p.id for p in list_programmes(a)] == [data_a["programme"].id]
    assert [p.id for p in list_programmes(b)] == [data_b["programme"].id]
    assert list_tasks(a, data_b["programme"].id) == []
    assert list_results(a, data_b["programme"].id) == []
    ids_a = {r.id for r in list_activities(a)}
    assert ids_a == {r.id for r in data_a["rows"]}
    assert ids_a.isdisjoint(r.id for r in list_activities(b))
    assert [r.title for r in reminders(a, TODAY).overdue] == ["Диагностика"]
    assert len(roadmap_year(b, Y25, TODAY)) == 3
    assert years_with_data(a) == {Y25}


def test_one_current_programme_per_school(two) -> None:
    a, b, data_a, data_b = two
    newer = save_programme(a, ProgrammeRow(None, "Новая", Y26, Y26, is_current=True)).value
    assert current_programme(a).id == newer.id
    assert current_programme(b).id == data_b["programme"].id  # B's mark untouched
    set_current(b, data_b["programme"].id)
    assert [p.title for p in list_programmes(a) if p.is_current] == ["Новая"]
    back = save_programme(a, replace(data_a["programme"], is_current=True)).value
    assert [p.id for p in list_programmes(a) if p.is_current] == [back.id]
    assert [p.id for p in list_programmes(b) if p.is_current] == [data_b["programme"].id]


def test_school_a_cannot_reach_school_b_rows(two) -> None:
    a, b, _, data_b = two
    b_row = data_b["rows"][0]
    with pytest.raises(NotFoundError):
        get_activity(a, b_row.id)
    with pytest.raises(NotFoundError):
        save_task(a, TaskRow(None, data_b["programme"].id, 3, "Чужая задача"))
    with pytest.raises(NotFoundError):
        set_current(a, data_b["programme"].id)
    with pytest.raises(NotFoundError):
        set_achievement(a, data_b["result"].id, Y25, None)
    with pytest.raises(NotFoundError):  # an activity of A under B's task
        from app.programme.roadmap import save_activity

        save_activity(a, ActivityRow(None, Y25, "Чужая", task_id=data_b["tasks"][0].id))
    assert delete_activities(a, [r.id for r in data_b["rows"]]).value == []
    assert len(list_activities(b)) == 3


def test_own_reasons_are_private_shipped_ones_shared(two) -> None:
    a, b, _, _ = two
    own = save_reason(a, ReasonRow(None, "Ремонт здания")).value
    assert "Ремонт здания" in _titles(list_reasons(a))
    assert "Ремонт здания" not in _titles(list_reasons(b))
    assert [r.id for r in list_reasons(a) if r.shipped] == [r.id for r in list_reasons(b)]
    with pytest.raises(NotFoundError):
        delete_reason(b, own.id)
    with pytest.raises(NotFoundError):  # B cannot use A's reason either
        from app.programme.roadmap import save_activity

        save_activity(b, ActivityRow(None, Y25, "Ремонт", reason_id=own.id))


def test_copy_forward_and_paste_touch_only_the_school(two) -> None:
    a, b, _, _ = two
    copies = copy_forward(a, Y25).value
    assert _titles(copies) == ["Диагностика", "Курсы для учителей"]
    assert len(list_activities(b)) == 3
    pasted = paste_activities(b, "1\tМетодический совет\tоктябрь", Y26, TODAY)
    assert pasted.changes.roadmap and [r.task_number for r in pasted.value.rows] == [1]
    assert _titles(list_activities(a, Y26)) == ["Диагностика", "Курсы для учителей"]
    assert _titles(list_activities(b, Y26)) == ["Методический совет"]


def test_a_workbook_of_one_school_is_refused_by_the_other(two, tmp_path: Path) -> None:
    a, b, _, _ = two
    path = table_io("roadmap").export(a, tmp_path / "a.xlsx", None)
    with pytest.raises(ExcelImportError) as refused:
        import_roadmap(b, path)
    assert len(refused.value.errors) == 3  # every id is unknown to B
    again = import_roadmap(a, path)
    assert (again.value.unchanged, again.changes.any()) == (3, False)
    assert len(list_activities(b)) == 3


def test_a_dry_run_import_reads_only_so_a_read_only_scope_may_check(two, tmp_path: Path) -> None:
    _, b, _, _ = two
    path = table_io("roadmap").export(b, tmp_path / "b.xlsx", None)
    viewer = SchoolScope(b.db, b.school_id, read_only=True)
    summary = table_io("roadmap").import_file(viewer, path, dry_run=True).value
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 3)


def test_demo_steps_fill_a_second_school_in_the_same_database(demo) -> None:
    from app.demo import add_demo_school
    from app.installation import SchoolInfo
    from app.self_assessment.trail import deficit_trail
    from db.models.programme_links import DeficitTask
    from tests.conftest import DEMO_TODAY

    before = {r.id for r in list_activities(demo.scope)}
    info = SchoolInfo(full_name="МОУ «Вторая демо-школа»", short_name="Вторая")
    second = add_demo_school(demo.scope.db, info, DEMO_TODAY, seed=7)
    mine = list_activities(second, today=date(2026, 11, 23))
    assert len(mine) == len(before)
    assert before.isdisjoint(r.id for r in mine)
    assert {r.id for r in list_activities(demo.scope)} == before
    assert len(list_tasks(second, current_programme(second).id)) == 5
    with second.reading() as session:
        deficits = set(session.scalars(select(DeficitTask.deficit_id)))
    assert deficits and all(deficit_trail(second, d).tasks for d in deficits)
