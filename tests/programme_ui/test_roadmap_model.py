"""The roadmap model filters (ё = е, case-insensitive) and sorts by itself; edits save."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.academic_year import AcademicYear
from app.errors import ValidationError
from app.programme.filtering import OVERDUE_FILTER, SORT_COLUMNS, RowFilter, filter_and_sort
from app.programme.rows import ActivityRow, Status
from ui.programme.roadmap_model import (
    GROUP,
    PERIOD,
    RESPONSIBLE,
    SORT_NAMES,
    STATUS,
    TASK,
    TITLE,
    RoadmapModel,
)

YEAR = AcademicYear(2025)


def row(title, who, start, status=Status.PLANNED, task=None, overdue=False):
    return ActivityRow(
        id=uuid.uuid4(),
        year=YEAR,
        title=title,
        responsible=who,
        start=start,
        end=start,
        status=status,
        task_number=task,
        task_text=f"задача {task}" if task else "",
        overdue=overdue,
    )


ROWS = [
    row("Ёлка для родителей", "Петрова", date(2025, 12, 25), task=3),
    row("Семинар учителей", "Фёдоров", date(2025, 10, 5), Status.DONE, task=2),
    row("Учет посещаемости", "Алексеева", date(2025, 9, 15), task=1, overdue=True),
    row("Олимпиада по математике", "Петрова", date(2026, 2, 10), Status.CANCELLED, task=2),
]


def titles(model: RoadmapModel) -> list[str]:
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


@pytest.fixture
def model(qapp):
    m = RoadmapModel()
    m.set_rows(ROWS)
    return m


def test_sorted_by_period_at_start(model):
    assert titles(model) == [
        "Учет посещаемости",
        "Семинар учителей",
        "Ёлка для родителей",
        "Олимпиада по математике",
    ]


def test_filter_treats_yo_as_ye_both_ways(model):
    model.set_filter(RowFilter(text="ЕЛКА"))
    assert titles(model) == ["Ёлка для родителей"]
    model.set_filter(RowFilter(text="учёт"))
    assert titles(model) == ["Учет посещаемости"]
    model.set_filter(RowFilter(text="федоров"))
    assert titles(model) == ["Семинар учителей"]


def test_filter_by_status_period_and_task(model):
    model.set_filter(RowFilter(status=OVERDUE_FILTER))
    assert titles(model) == ["Учет посещаемости"]
    model.set_filter(RowFilter(status="done"))
    assert titles(model) == ["Семинар учителей"]
    model.set_filter(RowFilter(start=date(2025, 12, 1), end=date(2025, 12, 31)))
    assert titles(model) == ["Ёлка для родителей"]
    model.set_filter(RowFilter(task_number=2))
    assert titles(model) == ["Семинар учителей", "Олимпиада по математике"]
    model.set_filter(RowFilter())
    assert model.rowCount() == 4


def test_sort_by_title_and_responsible(model):
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    # «Ё» folds to «е», which comes before «о», «с», «у».
    assert titles(model) == [
        "Ёлка для родителей",
        "Олимпиада по математике",
        "Семинар учителей",
        "Учет посещаемости",
    ]
    model.sort(RESPONSIBLE, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, RESPONSIBLE).data() for r in range(4)] == [
        "Фёдоров",
        "Петрова",
        "Петрова",
        "Алексеева",
    ]


def test_overdue_row_is_highlighted(model):
    first = model.index(0, TITLE)
    assert model.index(0, STATUS).data() == "просрочено"
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, TITLE).data(Qt.ItemDataRole.BackgroundRole) is None


def test_group_by_responsible_shows_each_group_once(model):
    model.set_view("responsible")
    groups = [model.index(r, GROUP).data() for r in range(4)]
    assert groups == ["Алексеева", "Петрова", "", "Фёдоров"]


def test_edit_goes_through_the_saver_and_refusal_keeps_the_row(model):
    saved = []

    def saver(changed: ActivityRow) -> ActivityRow:
        if not changed.title.strip():
            raise ValidationError("Укажите название мероприятия.")
        saved.append(changed)
        open_ = changed.status in (Status.PLANNED, Status.IN_PROGRESS)
        return replace(changed, overdue=open_ and changed.end < date(2025, 11, 1))

    model.saver = saver
    errors = []
    model.error.connect(errors.append)
    index = model.index(0, TITLE)
    assert model.setData(index, "Учет посещаемости уроков")
    assert saved[0].title == "Учет посещаемости уроков"
    assert model.index(0, TITLE).data() == "Учет посещаемости уроков"
    assert not model.setData(index, "  ")
    assert errors == ["Укажите название мероприятия."]
    assert model.index(0, TITLE).data() == "Учет посещаемости уроков"
    assert model.setData(model.index(0, STATUS), "done")
    assert model.index(0, STATUS).data() == "выполнено"
    assert model.index(0, PERIOD).data() == "15.09.2025"


WITHOUT_TASK = [
    *ROWS,
    row("Родительское собрание", "", date(2025, 11, 20)),  # no task, nobody responsible
    replace(row("Субботник", "Петрова", None, task=1), end=None),  # no period
]


def test_rows_without_a_task_or_a_period_come_last_both_ways(qapp):
    model = RoadmapModel()
    model.set_rows(WITHOUT_TASK)
    model.sort(TASK, Qt.SortOrder.AscendingOrder)
    tasks = [model.index(r, TASK).data() for r in range(model.rowCount())]
    assert tasks == ["1", "1", "2", "2", "3", ""]
    model.sort(TASK, Qt.SortOrder.DescendingOrder)
    tasks = [model.index(r, TASK).data() for r in range(model.rowCount())]
    assert tasks == ["3", "2", "2", "1", "1", ""]
    model.sort(PERIOD, Qt.SortOrder.DescendingOrder)
    assert titles(model)[0] == "Олимпиада по математике"
    assert titles(model)[-1] == "Субботник"
    model.sort(RESPONSIBLE, Qt.SortOrder.AscendingOrder)
    assert titles(model)[-1] == "Родительское собрание"


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", sorted(SORT_NAMES))
def test_the_table_sorts_as_filtering_does(qapp, column, descending):
    """One sort: the table's order is app.programme.filtering's for every column."""
    model = RoadmapModel()
    model.set_rows(WITHOUT_TASK)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(column, order)
    name = SORT_NAMES[column]
    assert name in SORT_COLUMNS
    expected = filter_and_sort(WITHOUT_TASK, RowFilter(), name, descending)
    assert [r.title for r in model.rows()] == [r.title for r in expected]
