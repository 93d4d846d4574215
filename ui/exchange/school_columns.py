"""The tables of «Получено от муниципалитета»: their columns, and a fitter that sizes the
columns to their content and, when the table is too narrow for that (150 % on a 1366×768
screen), narrows the widest ones so the stretched column keeps room to read."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from app.municipality.texts import ANSWER_STATUSES
from app.partnership.texts import ROLES
from app.received import ReceivedRecommendation
from ui.widgets.table_model import RIGHT, Col, TableModel
from ui.widgets.views import read_only_table

CONTEXT = "ReceivedFromMunicipality"
OVERDUE_BG = "#fde2e1"
OVERDUE_FG = "#a40000"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


RECOMMENDATION_HEADERS = (
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Year"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Topic"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Recommendation"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Answer by"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "The school's answer"),
)
PARTNER_HEADERS = (
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Partner school"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Role"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "From"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Note"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Among the partners"),
)
FIGURE_HEADERS = (
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Indicator"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Unit"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Year"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Value"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Note"),
)
DEADLINE_HEADERS = (
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "What to hand in"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "From"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Due"),
)
PACKAGE_HEADERS = (
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "No."),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "File"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Written"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "Loaded"),
)
NO_ANSWER = QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "no answer yet")
ADDED, NOT_ADDED = (
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "yes"),
    QT_TRANSLATE_NOOP("ReceivedFromMunicipality", "not yet"),
)


def answer_text(r: ReceivedRecommendation) -> str:
    return ANSWER_STATUSES.get(r.answer.status, "") if r.answer else _tr(NO_ANSWER)


def recommendation_columns(today: date) -> list[Col]:
    year, topic, text, due, answer = (_tr(h) for h in RECOMMENDATION_HEADERS)
    late = lambda r: OVERDUE_BG if r.overdue(today) else None  # noqa: E731
    late_text = lambda r: OVERDUE_FG if r.overdue(today) else None  # noqa: E731
    return [
        Col(year, lambda r: r.year, background=late),
        Col(topic, lambda r: r.topic, background=late),
        Col(text, lambda r: " ".join(r.text.split()), background=late),
        Col(due, lambda r: r.respond_by, background=late, colour=late_text),
        Col(
            answer,
            answer_text,
            sort=lambda r: (r.answer is not None, (r.respond_by or date.max).toordinal()),
            background=late,
            colour=late_text,
        ),
    ]


def partner_columns() -> list[Col]:
    name, role, since, note, added = (_tr(h) for h in PARTNER_HEADERS)
    return [
        Col(name, lambda p: p.assignment.partner_name),
        Col(role, lambda p: ROLES.get(p.assignment.role, p.assignment.role)),
        Col(since, lambda p: p.assignment.starts_on),
        Col(note, lambda p: p.assignment.note),
        Col(added, lambda p: _tr(ADDED) if p.partner_id else _tr(NOT_ADDED)),
    ]


def figure_columns() -> list[Col]:
    indicator, unit, year, value, note = (_tr(h) for h in FIGURE_HEADERS)
    return [
        Col(indicator, lambda f: f.indicator),
        Col(unit, lambda f: f.unit),
        Col(year, lambda f: str(f.year)),
        Col(value, lambda f: f.value, align=RIGHT),
        Col(note, lambda f: f.note),
    ]


def deadline_columns() -> list[Col]:
    title, opens, due = (_tr(h) for h in DEADLINE_HEADERS)
    return [
        Col(title, lambda d: d.title),
        Col(opens, lambda d: d.opens_on),
        Col(due, lambda d: d.due_on),
    ]


def package_columns() -> list[Col]:
    number, name, written, loaded = (_tr(h) for h in PACKAGE_HEADERS)
    return [
        Col(number, lambda p: p.sequence, align=RIGHT),
        Col(name, lambda p: p.file_name),
        Col(written, lambda p: p.created_at),
        Col(loaded, lambda p: p.received_at),
    ]


def table(model: TableModel, stretch: int) -> QTableView:
    view = read_only_table(stretch)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    ColumnFitter(view, stretch)
    return view


class ColumnFitter(QObject):
    """Fits ``view``'s columns on each new set of rows and each resize."""

    def __init__(self, view: QTableView, stretch: int) -> None:
        super().__init__(view)
        self.view, self.stretch = view, stretch
        view.viewport().installEventFilter(self)
        view.model().modelReset.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        view = self.view
        letter = view.fontMetrics().averageCharWidth()
        columns = [c for c in range(view.model().columnCount()) if c != self.stretch]
        for column in columns:
            view.resizeColumnToContents(column)
        widths = {c: view.columnWidth(c) for c in columns}
        room = view.viewport().width() - letter * 24  # what the stretched column keeps
        cap = max(widths.values(), default=0)
        while cap > letter * 10 and sum(min(w, cap) for w in widths.values()) > room:
            cap -= letter
        for column, width in widths.items():
            view.setColumnWidth(column, min(width, cap))
