"""Deficits and strengths of a year: confirm proposals, edit, add by hand, act on them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear
from app.changes import OpResult
from app.scope import SchoolScope
from app.self_assessment.deficits import (
    DeficitInput,
    StrengthInput,
    delete_deficit,
    delete_strength,
    list_deficits,
    list_strengths,
    save_deficit,
    save_strength,
    set_confirmed,
)
from app.self_assessment.excel import export_deficits, import_deficits
from app.self_assessment.report_data import years_with_data
from app.self_assessment.trail import agreement_choices, create_measure
from app.tables import ImportSummary
from ui.context import UiContext
from ui.self_assessment.dialogs import EntryDialog, MeasureDialog
from ui.self_assessment.pages import done, filter_edit, toolbar
from ui.self_assessment.table_model import RISK_COLOURS, keys, make_view, selected_rows
from ui.widgets import files
from ui.widgets.table_model import RIGHT, Col, TableModel
from ui.widgets.views import fit_columns
from ui.worker import run_task


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}"


class DeficitsPage(QWidget):
    show_trail = Signal(object)  # deficit id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.deficits = TableModel(
            [
                Col(self.tr("Year"), lambda r: str(r.year)),
                Col(self.tr("Area"), lambda r: r.area_title),
                Col(self.tr("Deficit"), lambda r: r.text),
                Col(
                    self.tr("Risk"),
                    lambda r: r.risk_label,
                    colour=lambda r: RISK_COLOURS.get(r.risk),
                ),
                Col(self.tr("Score"), lambda r: _score(r.score), lambda r: r.score, align=RIGHT),
                Col(self.tr("Source"), lambda r: r.source_label),
                Col(self.tr("Confirmed"), lambda r: r.confirmed),
                Col(self.tr("Links"), lambda r: r.links or "", lambda r: r.links, align=RIGHT),
            ],
            self,
        )
        self.strengths = TableModel(
            [
                Col(self.tr("Year"), lambda r: str(r.year)),
                Col(self.tr("Area"), lambda r: r.area_title),
                Col(self.tr("Strength"), lambda r: r.text),
                Col(self.tr("Offer to partners"), lambda r: r.offer),
                Col(self.tr("Score"), lambda r: _score(r.score), lambda r: r.score, align=RIGHT),
                Col(self.tr("Source"), lambda r: r.source_label),
                Col(self.tr("Confirmed"), lambda r: r.confirmed),
            ],
            self,
        )
        self.deficit_view = make_view(self.deficits, self, stretch=2)
        self.strength_view = make_view(self.strengths, self, stretch=2)
        for strengths, view in ((False, self.deficit_view), (True, self.strength_view)):
            keys(
                view,
                insert=lambda s=strengths: self.add(s),
                delete=lambda s=strengths: self.delete(s),
                enter=lambda s=strengths: self.edit(s),
            )
        self.deficit_view.doubleClicked.connect(lambda _i: self.edit(False))
        self.strength_view.doubleClicked.connect(lambda _i: self.edit(True))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._box(False))
        splitter.addWidget(self._box(True))
        export = QPushButton(self.tr("Export to Excel…"))
        export.clicked.connect(self.export_excel)
        import_ = QPushButton(self.tr("Import from Excel…"))
        import_.clicked.connect(self.import_excel)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar(QLabel(self.tr("Academic year:")), self.year, export, import_))
        layout.addWidget(splitter, 1)

    def _box(self, strengths: bool) -> QWidget:
        box = QWidget()
        buttons = [
            (self.tr("Add…"), lambda: self.add(strengths)),
            (self.tr("Edit…"), lambda: self.edit(strengths)),
            (self.tr("Confirm"), lambda: self.confirm(strengths, True)),
            (self.tr("Unconfirm"), lambda: self.confirm(strengths, False)),
            (self.tr("Delete…"), lambda: self.delete(strengths)),
        ]
        if not strengths:
            buttons += [
                (self.tr("Request support measure…"), self.request_measure),
                (self.tr("Show trail"), self.trail),
            ]
        widgets = []
        for label, slot in buttons:
            button = QPushButton(label)
            button.clicked.connect(slot)
            widgets.append(button)
        model = self.strengths if strengths else self.deficits
        heading = self.tr("Strengths") if strengths else self.tr("Deficits")
        title = QLabel(f"<b>{heading}</b>")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar(title, *widgets, filter_edit(model, self)))
        layout.addWidget(self.strength_view if strengths else self.deficit_view)
        return box

    def refresh(self) -> None:
        chosen = self.year.currentData()
        years = sorted(years_with_data(self.ctx.scope) | {AcademicYear.current()}, reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)) if chosen else 0)
        self.year.blockSignals(False)
        year = self.year.currentData()
        self.deficits.set_rows(list(reversed(list_deficits(self.ctx.scope, year))))
        self.strengths.set_rows(list(reversed(list_strengths(self.ctx.scope, year))))
        fit_columns(self.deficit_view, 170)
        fit_columns(self.strength_view, 170)

    def _view(self, strengths: bool):
        return self.strength_view if strengths else self.deficit_view

    def _years(self) -> tuple[list[AcademicYear], AcademicYear]:
        current = AcademicYear.current()
        years = sorted(years_with_data(self.ctx.scope) | {current}, reverse=True)
        return years, self.year.currentData() or current

    def add(self, strengths: bool) -> None:
        years, year = self._years()
        dialog = EntryDialog(strengths, years, year, self)
        if dialog.exec():
            self._save(dialog, strengths, None)

    def edit(self, strengths: bool) -> None:
        rows = selected_rows(self._view(strengths))
        if not rows:
            return
        row = rows[0]
        years, _ = self._years()
        dialog = EntryDialog(strengths, years, row.year, self)
        dialog.fill(row.text, row.area_title, row.confirmed, getattr(row, "offer", False))
        if dialog.exec():
            self._save(dialog, strengths, row.id)

    def _save(self, dialog: EntryDialog, strengths: bool, row_id) -> None:
        text, area = dialog.text.toPlainText(), dialog.area.text()
        year, confirmed = dialog.year.currentData(), dialog.confirmed.isChecked()
        if strengths:
            info = StrengthInput(
                year, text, area, offer=dialog.offer.isChecked(), confirmed=confirmed
            )
            self.ctx.try_perform(lambda scope: save_strength(scope, info, row_id), self)
        else:
            info = DeficitInput(year, text, area, confirmed=confirmed)
            self.ctx.try_perform(lambda scope: save_deficit(scope, info, row_id), self)

    def confirm(self, strengths: bool, value: bool) -> None:
        ids = [r.id for r in selected_rows(self._view(strengths))]
        if ids:
            self.ctx.try_perform(lambda scope: set_confirmed(scope, ids, value, strengths), self)

    def delete(self, strengths: bool) -> None:
        rows = selected_rows(self._view(strengths))
        if not rows:
            return
        question = self.tr("Delete %1 selected record(s)?").replace("%1", str(len(rows)))
        if (
            QMessageBox.question(self, self.tr("Delete"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        remove = delete_strength if strengths else delete_deficit
        for row in rows:
            if not self.ctx.try_perform(lambda scope, r=row: done(remove(scope, r.id)), self):
                break

    def request_measure(self) -> None:
        rows = selected_rows(self.deficit_view)
        if not rows:
            return
        deficit = rows[0]
        agreements = agreement_choices(self.ctx.scope)
        if not agreements:
            text = self.tr(
                "There is no cooperation agreement yet: add one in the Partnership section."
            )
            QMessageBox.information(self, self.tr("Support measure"), text)
            return
        dialog = MeasureDialog(agreements, deficit.text, deficit.year, self)
        if dialog.exec():
            agreement, starts, ends, text = dialog.values()
            created = self.ctx.try_perform(
                lambda scope: create_measure(scope, deficit.id, agreement, starts, ends, text),
                self,
            )
            if created is not None:
                self.show_trail.emit(deficit.id)

    def export_excel(self) -> None:
        year = self.year.currentData()
        default = f"дефициты-{year}.xlsx" if year else "дефициты.xlsx"
        name = files.ask_save(
            self, self.tr("Export deficits"), default, self.tr("Excel workbooks (*.xlsx)"), ".xlsx"
        )
        if name is None:
            return
        scope = self.ctx.scope
        run_task(
            lambda _progress: export_deficits(scope, name, year),
            parent=self,
            label=self.tr("Export deficits"),
        )

    def import_excel(self) -> None:
        name = files.ask_open(self, self.tr("Import deficits"), self.tr("Excel workbooks (*.xlsx)"))
        if name is None:
            return

        def op(scope: SchoolScope, _progress) -> OpResult[ImportSummary]:
            return import_deficits(scope, name, dry_run=False)

        def report(summary: ImportSummary) -> None:
            text = self.tr("Added: %1, updated: %2.")
            text = text.replace("%1", str(summary.added)).replace("%2", str(summary.updated))
            QMessageBox.information(self, self.tr("Import deficits"), text)

        self.ctx.run_op(op, parent=self, label=self.tr("Import deficits"), on_done=report)

    def trail(self) -> None:
        rows = selected_rows(self.deficit_view)
        if rows:
            self.show_trail.emit(rows[0].id)
