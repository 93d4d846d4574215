"""The one table model: columns declared once; it filters (ё = е) and sorts itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from ui.widgets.table_model import CENTER, RIGHT, Col, TableModel

DISPLAY = Qt.ItemDataRole.DisplayRole
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


@dataclass
class School:
    name: str
    pupils: int | None
    opened: date | None
    score: float | None = None
    rural: bool = False


ROWS = [
    School("Берёзовская ОШ", 54, date(1971, 9, 1), 12.5, True),
    School("Ивановская СОШ", None, date(1965, 9, 1), 40.0),
    School("ёлкинская ош", 12, None, None, True),
    School("Абрамовская СОШ", 230, date(1980, 9, 1), 7.25),
]


def bold(_row: School) -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@pytest.fixture
def model(qapp) -> TableModel:
    columns = [
        Col("Школа", lambda s: s.name, colour=lambda s: "#1b7f3b" if s.rural else None),
        Col("Учеников", lambda s: s.pupils, align=RIGHT, background=lambda s: "#fde2e1"),
        Col("Открыта", lambda s: s.opened),
        Col("Балл", lambda s: s.score, align=CENTER, font=bold),
        Col("Сельская", lambda s: s.rural),
        Col("Балл, %", lambda s: s.score, fmt=lambda v: "—" if v is None else f"{v:.0f} %"),
    ]
    table = TableModel(columns)
    table.set_rows(ROWS)
    return table


def names(model: TableModel) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_cells_are_written_the_russian_way(model: TableModel) -> None:
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first == ["Берёзовская ОШ", "54", "01.09.1971", "12,5", "✓", "12 %"]
    third = [model.data(model.index(2, c)) for c in range(model.columnCount())]
    assert third == ["ёлкинская ош", "12", "", "", "✓", "—"]
    assert model.data(model.index(3, 3)) == "7,25"
    assert model.headers() == ["Школа", "Учеников", "Открыта", "Балл", "Сельская", "Балл, %"]
    assert model.headerData(1, Qt.Orientation.Horizontal, DISPLAY) == "Учеников"


def test_colour_background_font_and_alignment_come_from_the_column(model: TableModel) -> None:
    def role(row: int, column: int, which: Qt.ItemDataRole):
        return model.data(model.index(row, column), which)

    assert role(0, 0, Qt.ItemDataRole.ForegroundRole).color() == QColor("#1b7f3b")
    assert role(1, 0, Qt.ItemDataRole.ForegroundRole) is None  # not rural: default colour
    assert role(1, 1, Qt.ItemDataRole.BackgroundRole).color() == QColor("#fde2e1")
    assert role(0, 3, Qt.ItemDataRole.FontRole).bold()
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert role(0, 1, Qt.ItemDataRole.TextAlignmentRole) == int(right)
    assert role(0, 3, Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignCenter)
    assert role(0, 2, Qt.ItemDataRole.TextAlignmentRole) is None


def test_filter_needs_every_word_any_case_and_yo_as_ye(model: TableModel) -> None:
    model.set_filter("ЕЛКИНСКАЯ")
    assert names(model) == ["ёлкинская ош"]
    model.set_filter("  березовская   1971 ")  # words in different cells
    assert names(model) == ["Берёзовская ОШ"]
    model.set_filter("сош 1965")
    assert names(model) == ["Ивановская СОШ"]
    model.set_filter("")
    assert model.rowCount() == 4 and model.total() == 4


def test_filter_predicate_works_with_the_text(model: TableModel) -> None:
    model.set_filter("", lambda s: s.rural)
    assert names(model) == ["Берёзовская ОШ", "ёлкинская ош"]
    model.set_filter("ош", lambda s: s.rural)
    assert names(model) == ["Берёзовская ОШ", "ёлкинская ош"]
    model.set_filter("сош", lambda s: s.rural)
    assert names(model) == []


def test_text_sorts_with_yo_as_ye_and_case_folded(model: TableModel) -> None:
    model.sort(0, ASC)
    assert names(model) == ["Абрамовская СОШ", "Берёзовская ОШ", "ёлкинская ош", "Ивановская СОШ"]
    model.sort(0, DESC)
    assert names(model) == ["Ивановская СОШ", "ёлкинская ош", "Берёзовская ОШ", "Абрамовская СОШ"]


def test_numbers_sort_as_numbers_and_empty_values_come_last_both_ways(model) -> None:
    model.sort(1, ASC)  # 12, 54, 230, then no number
    assert names(model) == ["ёлкинская ош", "Берёзовская ОШ", "Абрамовская СОШ", "Ивановская СОШ"]
    model.sort(1, DESC)
    assert names(model) == ["Абрамовская СОШ", "Берёзовская ОШ", "ёлкинская ош", "Ивановская СОШ"]
    model.sort(2, ASC)  # 1965, 1971, 1980, then no date
    assert names(model) == ["Ивановская СОШ", "Берёзовская ОШ", "Абрамовская СОШ", "ёлкинская ош"]
    model.sort(2, DESC)
    assert names(model) == ["Абрамовская СОШ", "Берёзовская ОШ", "Ивановская СОШ", "ёлкинская ош"]


def test_a_sort_key_of_its_own_and_no_column_keeps_the_given_order(model) -> None:
    columns = [Col("Школа", lambda s: s.name, sort=lambda s: len(s.name))]
    model.set_columns(columns)
    model.sort(0, ASC)  # 12, 14, 14, 15 letters; equal keys keep their order
    assert names(model) == ["ёлкинская ош", "Берёзовская ОШ", "Ивановская СОШ", "Абрамовская СОШ"]
    model.sort(-1, ASC)
    assert names(model) == [s.name for s in ROWS]


def test_sorting_and_filtering_survive_new_rows(model: TableModel) -> None:
    model.sort(1, ASC)
    model.set_filter("ская", lambda s: s.opened is None)
    model.set_rows([*ROWS, School("Сосновская ОШ", 30, None)])
    assert names(model) == ["ёлкинская ош", "Сосновская ОШ"]
    assert model.row(0) is ROWS[2]
    assert model.row(2) is None  # past the end
    assert model.row_of(lambda s: s.pupils == 30) == 1
    assert model.rows() == [model.row(r) for r in range(2)]
    assert len(model.all_rows()) == 5


def test_a_model_may_start_sorted(qapp) -> None:
    table = TableModel([Col("Учеников", lambda s: s.pupils)], sort_column=0, descending=True)
    table.set_rows(ROWS)
    assert [s.pupils for s in table.rows()] == [230, 54, 12, None]


class CountingModel(TableModel):
    def __init__(self) -> None:
        super().__init__([Col("Школа", lambda s: s.name)])
        self.searched: list[str] = []

    def search_text(self, row: School) -> str:
        self.searched.append(row.name)
        return super().search_text(row)


def test_search_keys_are_made_at_the_first_text_filter_and_only_then():
    model = CountingModel()
    model.set_rows(ROWS)
    model.sort(0, ASC)
    model.set_filter("", accept=lambda s: s.rural)
    assert model.searched == []  # a table nobody searched made no keys
    assert [s.name for s in model.rows()] == ["Берёзовская ОШ", "ёлкинская ош"]
    model.set_filter("сош")
    assert len(model.searched) == len(ROWS)
    assert [s.name for s in model.rows()] == ["Абрамовская СОШ", "Ивановская СОШ"]
    model.set_filter("елк")
    assert len(model.searched) == len(ROWS)  # made once per set of rows
    assert [s.name for s in model.rows()] == ["ёлкинская ош"]
    model.set_rows(ROWS[:2])  # new rows: the filter holds, the keys are made anew
    assert len(model.searched) == len(ROWS) + 2
    assert model.rows() == []
