"""Joint events: a sortable, filterable list with plan-vs-held filter and Excel export."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.partnership import texts
from app.partnership.events import EventRow
from ui.partnership.widgets import make_table, selected_row
from ui.widgets import files
from ui.widgets.flow import FlowLayout
from ui.widgets.keys import add_keys
from ui.widgets.table_model import Col, TableModel

PLAN_FILTERS = {
    "all": lambda e: True,
    "planned": lambda e: e.was_planned,
    "planned_held": lambda e: e.was_planned and e.held,
    "planned_not_held": lambda e: e.was_planned and not e.held,
    "unplanned": lambda e: not e.was_planned,
}


def _t(text: str) -> str:
    return QCoreApplication.translate("EventsPage", text)


def event_columns(activity_of: dict | None = None) -> list[Col]:
    """The events table's columns; ``activity_of`` maps event id → its roadmap activity."""
    right = Qt.AlignmentFlag.AlignRight
    activity_of = {} if activity_of is None else activity_of
    return [
        Col(_t(QT_TRANSLATE_NOOP("EventsPage", "Date")), lambda e: e.day, sort=lambda e: e.day),
        Col(_t(QT_TRANSLATE_NOOP("EventsPage", "Partner")), lambda e: e.partner_name),
        Col(
            _t(QT_TRANSLATE_NOOP("EventsPage", "Type")),
            lambda e: texts.EVENT_KINDS.get(e.kind, e.kind),
        ),
        Col(_t(QT_TRANSLATE_NOOP("EventsPage", "Topic")), lambda e: e.topic),
        Col(_t(QT_TRANSLATE_NOOP("EventsPage", "Plan / held")), lambda e: e.plan_label),
        Col(
            _t(QT_TRANSLATE_NOOP("EventsPage", "Organiser")),
            lambda e: texts.ORGANISERS.get(e.organiser, e.organiser),
        ),
        Col(
            _t(QT_TRANSLATE_NOOP("EventsPage", "Stage")),
            lambda e: texts.STAGES.get(e.stage, e.stage),
        ),
        Col(
            _t(QT_TRANSLATE_NOOP("EventsPage", "Format")), lambda e: texts.FORMS.get(e.form, e.form)
        ),
        Col(
            _t(QT_TRANSLATE_NOOP("EventsPage", "Ours")),
            lambda e: e.participants("our"),
            lambda e: e.participants("our"),
            right,
        ),
        Col(
            _t(QT_TRANSLATE_NOOP("EventsPage", "Theirs")),
            lambda e: e.participants("partner"),
            lambda e: e.participants("partner"),
            right,
        ),
        Col(_t(QT_TRANSLATE_NOOP("EventsPage", "Support measure")), lambda e: e.measure_text),
        Col(
            _t(QT_TRANSLATE_NOOP("EventsPage", "Roadmap activity")),
            lambda e: activity_of.get(e.id, ""),
        ),
    ]


class EventsPage(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    export_requested = Signal(str)
    import_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activity_of: dict = {}  # event id → roadmap activity title (filled by set_events)
        self.model = TableModel(event_columns(self.activity_of), self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: topic, type, partner…"))
        self.filter.setClearButtonEnabled(True)
        self.plan = QComboBox()
        for key, label in (
            ("all", self.tr("All events")),
            ("planned", self.tr("Planned")),
            ("planned_held", self.tr("Planned and held")),
            ("planned_not_held", self.tr("Planned, not held")),
            ("unplanned", self.tr("Held without plan")),
        ):
            self.plan.addItem(label, key)
        self.count = QLabel()
        self.view = make_table(self.model, self)
        self.view.doubleClicked.connect(lambda _i: self._edit())
        add_keys(self.view, self._edit, self._delete, self.add_requested.emit)
        self.filter.textChanged.connect(self._apply)
        self.plan.currentIndexChanged.connect(self._apply)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.plan)
        top.addWidget(self.count)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.view, 1)
        outer.addLayout(self._buttons())

    def _buttons(self) -> FlowLayout:
        row = FlowLayout()
        for text, slot in (
            (self.tr("Add event…"), self.add_requested.emit),
            (self.tr("Edit…"), self._edit),
            (self.tr("Delete…"), self._delete),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        load = QPushButton(self.tr("Import from Excel…"))
        load.clicked.connect(self._import)
        row.addWidget(load)
        export = QPushButton(self.tr("Export to Excel…"))
        export.clicked.connect(self._export)
        row.addWidget(export)
        return row

    def _import(self) -> None:
        path = files.ask_open(self, self.tr("Import events"), self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            self.import_requested.emit(str(path))

    def set_events(self, events: list[EventRow], activity_of: dict | None = None) -> None:
        self.activity_of.clear()
        self.activity_of.update(activity_of or {})
        self.model.set_rows(events)
        self._apply()
        self.view.resizeColumnsToContents()
        for column, width in ((1, 210), (2, 200), (3, 300), (10, 200), (11, 260)):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), width))

    def _apply(self) -> None:
        self.model.set_filter(self.filter.text(), PLAN_FILTERS[self.plan.currentData()])
        self.count.setText(
            self.tr("Shown: %1 of %2")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(self.model.total()))
        )

    def _edit(self) -> None:
        row = selected_row(self.view)
        if row is not None:
            self.edit_requested.emit(row)

    def _delete(self) -> None:
        row = selected_row(self.view)
        if row is not None:
            self.delete_requested.emit(row)

    def _export(self) -> None:
        path = files.ask_save(
            self,
            self.tr("Export events"),
            "совместные-мероприятия.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )
        if path is not None:
            self.export_requested.emit(str(path))
