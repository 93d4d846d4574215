"""Agreements with their directions, and the plan of targeted support measures."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.partnership.agreements import AgreementRow
from app.partnership.measures import MeasureRow
from ui.partnership.widgets import make_table, selected_row
from ui.widgets.fit import scrolled
from ui.widgets.flow import FlowLayout
from ui.widgets.keys import add_keys
from ui.widgets.table_model import Col, TableModel


class AgreementsPage(QWidget):
    # "add" / "edit" / "delete" / "directions" / "add_measure" / "edit_measure" /
    # "delete_measure" / "export_measures"; payload: (agreement, measure)
    action = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measures_all: list[MeasureRow] = []
        self.model = TableModel(
            [
                Col(self.tr("Partner"), lambda a: a.partner_name),
                Col(self.tr("Number"), lambda a: a.number),
                Col(self.tr("Signed"), lambda a: a.signed_on, sort=lambda a: a.signed_on),
                Col(self.tr("In force until"), lambda a: a.ends_on, sort=lambda a: a.ends_on),
                Col(self.tr("Prolongation"), lambda a: a.prolongation),
            ],
            self,
        )
        self.view = make_table(self.model, self)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show())
        self.view.doubleClicked.connect(lambda _i: self._emit("edit"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.measures = TableModel(
            [
                Col(self.tr("Measure"), lambda m: m.measure),
                Col(self.tr("Deficit"), lambda m: m.deficit),
                Col(self.tr("From"), lambda m: m.starts_on, sort=lambda m: m.starts_on),
                Col(self.tr("To"), lambda m: m.ends_on, sort=lambda m: m.ends_on),
                Col(self.tr("Status"), lambda m: m.status_label),
                Col(self.tr("Responsible (ours)"), lambda m: m.responsible_ours),
                Col(self.tr("Responsible (partner)"), lambda m: m.responsible_partner),
                Col(self.tr("Result"), lambda m: m.result),
            ],
            self,
        )
        self.measures_view = make_table(self.measures, self, sort_column=2)
        self.measures_view.doubleClicked.connect(lambda _i: self._emit("edit_measure"))
        add_keys(
            self.measures_view,
            lambda: self._emit("edit_measure"),
            lambda: self._emit("delete_measure"),
            lambda: self._emit("add_measure"),
        )
        add_keys(self.view, lambda: self._emit("edit"), lambda: self._emit("delete"))
        top = QSplitter()
        top.addWidget(self.view)
        top.addWidget(scrolled(self.details))
        top.setSizes([600, 480])
        outer = QVBoxLayout(self)
        outer.addWidget(top, 2)
        outer.addLayout(
            self._row(
                (self.tr("Add agreement…"), "add"),
                (self.tr("Edit…"), "edit"),
                (self.tr("Delete…"), "delete"),
                (self.tr("Directions catalogue…"), "directions"),
            )
        )
        box = QGroupBox(self.tr("Plan of targeted support measures"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.measures_view, 1)
        inner.addLayout(
            self._row(
                (self.tr("Add measure…"), "add_measure"),
                (self.tr("Edit measure…"), "edit_measure"),
                (self.tr("Delete measure…"), "delete_measure"),
                (self.tr("Import from Excel…"), "import_measures"),
                (self.tr("Export to Excel…"), "export_measures"),
            )
        )
        outer.addWidget(box, 3)

    def _row(self, *buttons: tuple[str, str]) -> FlowLayout:
        row = FlowLayout()
        for text, key in buttons:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self._emit(k))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def set_data(self, agreements: list[AgreementRow], measures: list[MeasureRow]) -> None:
        keep = self.current()
        self.measures_all = measures
        self.model.set_rows(agreements)
        self.view.resizeColumnsToContents()
        index = next(
            (i for i, a in enumerate(self.model.rows()) if keep and a.id == keep.id),
            0 if agreements else -1,
        )
        if index >= 0:
            self.view.selectRow(index)
        self._show()

    def current(self) -> AgreementRow | None:
        return selected_row(self.view)

    def _show(self) -> None:
        a = self.current()
        rows = [m for m in self.measures_all if a is not None and m.agreement_id == a.id]
        self.measures.set_rows(rows)
        self.measures_view.resizeColumnsToContents()
        for column in (0, 1):
            self.measures_view.setColumnWidth(
                column, min(self.measures_view.columnWidth(column), 280)
            )
        if a is None:
            self.details.setText(self.tr("No agreements yet."))
            return
        directions = "\n".join(f"• {d.title}" for d in a.directions)
        subject = self.tr("Subject: %1").replace("%1", a.subject)
        heading = self.tr("Directions of cooperation:")
        self.details.setText(f"{subject}\n\n{heading}\n{directions}")

    def _emit(self, key: str) -> None:
        a = self.current()
        if key in ("add", "directions", "export_measures", "import_measures") or a is not None:
            self.action.emit(key, (a, selected_row(self.measures_view)))
