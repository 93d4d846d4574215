"""Roadmap table benchmark: filter and sort 10,000 activities in our model vs the stock pair.

Ours: :class:`ui.programme.roadmap_model.RoadmapModel` (filters and sorts itself on
precomputed keys). Stock: QStandardItemModel + QSortFilterProxyModel holding the same
texts in 10 columns, filtering all columns case-insensitively. Times are medians of
several runs; budget ≤ 50 ms per filter and per sort. Last line: ``ratio <ours/stock>``
computed from the sums of (filter + sort) medians (budget ≤ 0.5).

    uv run python tests/bench/roadmap_filter.py [--rows 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from app.academic_year import AcademicYear
from app.programme.filtering import RowFilter
from app.programme.rows import ActivityRow, Status
from ui.programme.roadmap_model import TITLE, RoadmapModel, cells

WORDS = [
    "семинар",
    "педагогов",
    "консультация",
    "ёлка",
    "учёт",
    "мониторинг",
    "родительское",
    "собрание",
    "олимпиада",
    "проект",
    "сетевое",
    "взаимодействие",
    "школа-партнёр",
    "диагностика",
    "уроки",
    "открытые",
    "курсы",
    "повышения",
    "квалификации",
    "профилактика",
    "неуспешности",
    "библиотека",
    "цифровая",
    "платформа",
]
PEOPLE = ("Иванова А. П.", "Пётрова Е. С.", "Сидоров В. В.", "Фёдорова О. Н.", "Ким Л. А.")
NEEDLE = "семинар"  # a common word: many rows pass (the worst case for the view)


def make_rows(count: int, seed: int = 7) -> list[ActivityRow]:
    rng = random.Random(seed)
    year = AcademicYear(2025)
    rows = []
    for n in range(count):
        start = year.first_day + timedelta(days=rng.randrange(0, 250))
        rows.append(
            ActivityRow(
                id=uuid.uuid4(),
                year=year,
                title=" ".join(rng.choice(WORDS) for _ in range(5)) + f" №{n}",
                task_number=rng.randint(1, 6),
                task_text="задача " + rng.choice(WORDS),
                start=start,
                end=start + timedelta(days=rng.randrange(0, 40)),
                responsible=rng.choice(PEOPLE),
                responsible_role="заместитель директора",
                forecast_value=float(rng.randint(1, 100)),
                forecast_unit="%",
                forecast_text=rng.choice(WORDS),
                status=rng.choice(list(Status)),
                actual_result=rng.choice(WORDS),
                reason_title=rng.choice(("", "перенос сроков", "иное")),
                overdue=rng.random() < 0.1,
            )
        )
    return rows


def stock_pair(rows: list[ActivityRow]) -> tuple[QStandardItemModel, QSortFilterProxyModel]:
    model = QStandardItemModel(len(rows), 10)
    for r, row in enumerate(rows):
        texts = (row.task_text, *cells(row))
        for c, text in enumerate(texts):
            model.setItem(r, c, QStandardItem(text))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return model, proxy


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def measure(runs: int, filter_fn, clear_fn, sort_fn, unsort_fn) -> tuple[float, float]:
    filters, sorts = [], []
    for _ in range(runs):
        clear_fn()
        filters.append(timed(filter_fn))
        unsort_fn()
        sorts.append(timed(sort_fn))
    return statistics.median(filters), statistics.median(sorts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])  # noqa: F841
    rows = make_rows(args.rows)

    ours = RoadmapModel()
    ours.set_rows(rows)
    our_filter, our_sort = measure(
        args.runs,
        lambda: ours.set_filter(RowFilter(text=NEEDLE)),
        lambda: ours.set_filter(RowFilter()),
        lambda: ours.sort(TITLE, Qt.SortOrder.AscendingOrder),
        lambda: ours.sort(TITLE - 1, Qt.SortOrder.AscendingOrder),
    )
    shown = ours.rowCount()

    _model, proxy = stock_pair(rows)
    stock_filter, stock_sort = measure(
        args.runs,
        lambda: proxy.setFilterFixedString(NEEDLE),
        lambda: proxy.setFilterFixedString(""),
        lambda: proxy.sort(TITLE, Qt.SortOrder.AscendingOrder),
        lambda: proxy.sort(-1),
    )
    print(f"rows {len(rows)}, filter «{NEEDLE}» keeps {shown} (stock {proxy.rowCount()})")
    print(f"ours  filter {our_filter:.1f} ms  sort {our_sort:.1f} ms")
    print(f"stock filter {stock_filter:.1f} ms  sort {stock_sort:.1f} ms")
    within = our_filter <= 50 and our_sort <= 50
    print(f"budget ≤ 50 ms per filter and per sort: {'ok' if within else 'EXCEEDED'}")
    print(f"ratio {(our_filter + our_sort) / (stock_filter + stock_sort):.3f}")


if __name__ == "__main__":
    main()
