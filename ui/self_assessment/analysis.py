"""Comparison over years (table + chart), the deficit trail, and partner matching."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.self_assessment.compare import (
    compare_runs,
    instrument_keys_with_runs,
    rounded,
    signed,
)
from ui.context import UiContext
from ui.self_assessment.chart import ChartData, ScoresChart
from ui.self_assessment.pages import toolbar
from ui.self_assessment.table_model import CHANGE_COLOURS, make_view
from ui.widgets.table_model import RIGHT, Col, TableModel
from ui.widgets.views import fit_columns


def _num(value: float | None) -> str:
    return "—" if value is None else str(rounded(value))


def _signed(value: float | None) -> str:
    return signed(value)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ComparePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.instrument = QComboBox()
        self.instrument.currentIndexChanged.connect(lambda _i: self._show())
        self.model = TableModel([], self)
        self.view = make_view(self.model, self, stretch=0)
        self.chart = ScoresChart()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(scroll)
        splitter.setSizes([260, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar(QLabel(self.tr("Instrument:")), self.instrument))
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        chosen = self.instrument.currentData()
        self.instrument.blockSignals(True)
        self.instrument.clear()
        for key, title in instrument_keys_with_runs(self.ctx.scope):
            self.instrument.addItem(title, key)
        self.instrument.setCurrentIndex(max(0, self.instrument.findData(chosen)))
        self.instrument.blockSignals(False)
        self._show()

    def _show(self) -> None:
        key = self.instrument.currentData()
        comparison = compare_runs(self.ctx.scope, key) if key else None
        if comparison is None:
            self.model.columns = []
            self.model.set_rows([])
            self.chart.set_data(ChartData())
            self.summary.setText(self.tr("No self-assessments yet."))
            return
        columns = [Col(self.tr("Area"), lambda a: a.title)]
        for n, run in enumerate(comparison.runs):
            label = str(run.year) + ("" if run.locked else self.tr(" (in progress)"))
            columns.append(
                Col(
                    label, lambda a, n=n: _num(a.scores[n]), lambda a, n=n: a.scores[n], align=RIGHT
                )
            )
        columns += [
            Col(self.tr("Change"), lambda a: _signed(a.change), lambda a: a.change, align=RIGHT),
            Col(
                self.tr("Verdict"),
                lambda a: _verdict(self, a.verdict),
                colour=lambda a: CHANGE_COLOURS.get(a.verdict),
            ),
        ]
        self.model.columns = columns
        self.model.set_rows(list(comparison.areas))
        fit_columns(self.view, 420)
        self.view.setColumnWidth(0, 420)
        series = [
            (str(r.year), [a.scores[n] for a in comparison.areas])
            for n, r in enumerate(comparison.runs)
        ]
        self.chart.set_data(
            ChartData([a.title for a in comparison.areas], series, comparison.thresholds)
        )
        improved = ", ".join(a.title for a in comparison.improved()) or "—"
        worse = ", ".join(a.title for a in comparison.worse()) or "—"
        text = self.tr("Improved since the previous run: %1. Got worse: %2.")
        self.summary.setText(text.replace("%1", improved).replace("%2", worse))


def _verdict(widget: QWidget, verdict: str) -> str:
    words = {
        "improved": QCoreApplication.translate("ComparePage", "improved"),
        "worse": QCoreApplication.translate("ComparePage", "got worse"),
        "same": QCoreApplication.translate("ComparePage", "no change"),
        "new": QCoreApplication.translate("ComparePage", "no earlier data"),
    }
    return words.get(verdict, verdict)
