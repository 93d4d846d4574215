"""The table of files on «Обмен со школами»: one row per file, previewed or imported,
worded as the command line words it («будет принят», «уже загружен», «отклонён — …»)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.sync.receive import Outcome
from ui.exchange.incoming import Row
from ui.widgets.table_model import RIGHT, Col, TableModel

CONTEXT = "SchoolPackages"


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


HEADERS = (
    QT_TRANSLATE_NOOP("SchoolPackages", "School"),
    QT_TRANSLATE_NOOP("SchoolPackages", "No."),
    QT_TRANSLATE_NOOP("SchoolPackages", "Date"),
    QT_TRANSLATE_NOOP("SchoolPackages", "Added"),
    QT_TRANSLATE_NOOP("SchoolPackages", "Changed"),
    QT_TRANSLATE_NOOP("SchoolPackages", "Removed"),
    QT_TRANSLATE_NOOP("SchoolPackages", "File"),
    QT_TRANSLATE_NOOP("SchoolPackages", "Result"),
)
WILL_BE_ACCEPTED = QT_TRANSLATE_NOOP("SchoolPackages", "will be accepted")
ACCEPTED = QT_TRANSLATE_NOOP("SchoolPackages", "accepted")
ALREADY_HELD = QT_TRANSLATE_NOOP("SchoolPackages", "already loaded")
REFUSED = QT_TRANSLATE_NOOP("SchoolPackages", "refused — %1")
RECEIPT_FAILED = QT_TRANSLATE_NOOP("SchoolPackages", "receipt not written — %1")

COLOURS = {Outcome.ACCEPTED: "#1b5e20", Outcome.DUPLICATE: "#555555", Outcome.REFUSED: "#b00020"}

# What the «Show» choice keeps: (English label, the outcome or None for every row)
SHOW = (
    (QT_TRANSLATE_NOOP("SchoolPackages", "all files"), None),
    (QT_TRANSLATE_NOOP("SchoolPackages", "accepted files"), Outcome.ACCEPTED),
    (QT_TRANSLATE_NOOP("SchoolPackages", "files already loaded"), Outcome.DUPLICATE),
    (QT_TRANSLATE_NOOP("SchoolPackages", "refused files"), Outcome.REFUSED),
)


def result_text(row: Row) -> str:
    if row.outcome is Outcome.REFUSED:
        return translate(REFUSED).replace("%1", row.verdict.reason)
    if row.outcome is Outcome.DUPLICATE:
        return translate(ALREADY_HELD)
    text = translate(ACCEPTED) if row.imported else translate(WILL_BE_ACCEPTED)
    if row.receipt_error:
        text += "; " + translate(RECEIPT_FAILED).replace("%1", row.receipt_error)
    return text


def _day(moment: object) -> str:
    return moment.astimezone().strftime("%d.%m.%Y") if isinstance(moment, datetime) else ""


def _counter(what: str) -> Callable[[Row], int | None]:
    return lambda row: row.count(what)


def columns() -> list[Col]:
    school, number, day, added, changed, removed, file, result = (translate(h) for h in HEADERS)
    colour = lambda row: COLOURS[row.outcome]  # noqa: E731
    return [
        Col(school, lambda r: r.school or None),
        Col(number, lambda r: r.sequence, align=RIGHT),
        Col(day, lambda r: r.created_at, fmt=_day),
        Col(added, _counter("added"), align=RIGHT),
        Col(changed, _counter("changed"), align=RIGHT),
        Col(removed, _counter("removed"), align=RIGHT),
        Col(file, lambda r: r.file.name),
        Col(result, result_text, colour=colour),
    ]


SCHOOL_COLUMN, FILE_COLUMN, RESULT_COLUMN = 0, 6, 7  # the long ones


def files_view(model: TableModel) -> QTableView:
    """The sortable table of files; the long columns share the width, no sideways
    scrolling at 150 %."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(SCHOOL_COLUMN, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(FILE_COLUMN, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(RESULT_COLUMN, QHeaderView.ResizeMode.Stretch)
    return view


def tally(rows: list[Row]) -> dict[Outcome, int]:
    counts = dict.fromkeys(Outcome, 0)
    for row in rows:
        counts[row.outcome] += 1
    return counts
