"""Comparison over years (table + chart), the deficit trail, and partner matching."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.self_assessment.compare import compare_runs, instrument_keys_with_runs
from app.self_assessment.deficits import list_deficits
from app.self_assessment.trail import Trail, deficit_trail, link, link_targets, unlink
from ui.context import UiContext
from ui.self_assessment.chart import ChartData, ScoresChart
from ui.self_assessment.dialogs import LinkDialog
from ui.self_assessment.pages import filter_edit, run_op, toolbar
from ui.self_assessment.table_model import (
    CHANGE_COLOURS,
    Col,
    RowsModel,
    fit_columns,
    make_view,
    selected_rows,
)


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def _signed(value: float | None) -> str:
    return "" if value is None else f"{value:+.0f}"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ComparePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.instrument = QComboBox()
        self.instrument.currentIndexChanged.connect(lambda _i: self._show())
        self.model = RowsModel([], self)
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
        for key, title in instrument_keys_with_runs(self.ctx.db):
            self.instrument.addItem(title, key)
        self.instrument.setCurrentIndex(max(0, self.instrument.findData(chosen)))
        self.instrument.blockSignals(False)
        self._show()

    def _show(self) -> None:
        key = self.instrument.currentData()
        comparison = compare_runs(self.ctx.db, key) if key else None
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
                Col(label, lambda a, n=n: _num(a.scores[n]), lambda a, n=n: a.scores[n], right=True)
            )
        columns += [
            Col(self.tr("Change"), lambda a: _signed(a.change), lambda a: a.change, right=True),
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


class TrailPage(QWidget):
    """Deficits on the left; what was done about the chosen one, and did it change."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(
            [
                Col(self.tr("Year"), lambda r: str(r.year)),
                Col(self.tr("Deficit"), lambda r: r.text),
                Col(self.tr("Links"), lambda r: r.links or "", lambda r: r.links, right=True),
            ],
            self,
        )
        self.view = make_view(self.model, self, stretch=1)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show())
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self.remove_link)
        buttons = []
        for label, kind in (
            (self.tr("Link joint event…"), "event"),
            (self.tr("Link support measure…"), "measure"),
            (self.tr("Link indicator…"), "indicator"),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, k=kind, text=label: self.add_link(k, text))
            buttons.append(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(
            toolbar(QLabel(self.tr("Confirmed deficits")), filter_edit(self.model, self))
        )
        left_layout.addWidget(self.view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(toolbar(*buttons))
        right_layout.addWidget(self.text)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([500, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        current = self._current()
        rows = [d for d in reversed(list_deficits(self.ctx.db)) if d.confirmed]
        self.model.set_rows(rows)
        fit_columns(self.view, 90)
        self.select(current)

    def select(self, deficit_id: uuid.UUID | None) -> None:
        rows = self.model.rows()
        index = next((i for i, r in enumerate(rows) if r.id == deficit_id), 0 if rows else -1)
        if index >= 0:
            self.view.selectRow(index)
        self._show()

    def _current(self) -> uuid.UUID | None:
        rows = selected_rows(self.view)
        return rows[0].id if rows else None

    def _show(self) -> None:
        deficit_id = self._current()
        if deficit_id is None:
            hint = self.tr("Choose a deficit to see its trail.")
            self.text.setHtml(f"<p>{_esc(hint)}</p>")
            return
        self.text.setHtml(trail_html(self, deficit_trail(self.ctx.db, deficit_id)))

    def add_link(self, kind: str, title: str) -> None:
        deficit_id = self._current()
        if deficit_id is None:
            return
        dialog = LinkDialog(title.rstrip("…"), link_targets(self.ctx.db, kind), self)
        if dialog.exec() and dialog.value() is not None:
            target = dialog.value()
            run_op(self, self.ctx, lambda i: link(i.db, deficit_id, kind, target))

    def remove_link(self, url) -> None:
        """Anchors «unlink:KIND:ID» in the trail remove that link after confirmation."""
        parts = url.toString().split(":")
        deficit_id = self._current()
        if len(parts) != 3 or parts[0] != "unlink" or deficit_id is None:
            return
        kind, target = parts[1], uuid.UUID(parts[2])
        question = self.tr("Remove this link from the deficit? The record itself stays.")
        if (
            QMessageBox.question(self, self.tr("Remove link"), question)
            == QMessageBox.StandardButton.Yes
        ):
            run_op(self, self.ctx, lambda i: unlink(i.db, deficit_id, kind, target))


def _unlink(kind: str, target: uuid.UUID) -> str:
    word = _esc(QCoreApplication.translate("TrailPage", "remove link"))
    return f" <a href='unlink:{kind}:{target}' style='color:#777777'>[{word}]</a>"


def trail_html(widget: QWidget, trail: Trail) -> str:
    d = trail.deficit
    parts = [f"<h3>{_esc(d.text)}</h3>", f"<p>{_esc(d.area_title)} · {d.year}</p>"]

    def section(title: str, lines: list[str], empty: str) -> None:
        parts.append(f"<h4>{_esc(title)}</h4>")
        if lines:
            parts.append("<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")
        else:
            parts.append(f"<p style='color:#777777'>{_esc(empty)}</p>")

    none = QCoreApplication.translate("TrailPage", "nothing linked yet")
    section(
        QCoreApplication.translate("TrailPage", "Programme tasks"),
        [_esc(x) for x in trail.tasks],
        QCoreApplication.translate("TrailPage", "the programme section is not available yet"),
    )
    section(
        QCoreApplication.translate("TrailPage", "Roadmap activities"),
        [_esc(x) for x in trail.activities],
        QCoreApplication.translate("TrailPage", "the roadmap section is not available yet"),
    )
    section(
        QCoreApplication.translate("TrailPage", "Support measures"),
        [
            f"{_esc(m.text)} — {_esc(m.partner)}, {m.starts_on:%d.%m.%Y}–"
            f"{m.ends_on:%d.%m.%Y}, <i>{_esc(m.status)}</i>{_unlink('measure', m.id)}"
            for m in trail.measures
        ],
        none,
    )
    held, planned = (
        QCoreApplication.translate("TrailPage", "held"),
        QCoreApplication.translate("TrailPage", "planned"),
    )
    section(
        QCoreApplication.translate("TrailPage", "Joint events"),
        [
            f"{e.day:%d.%m.%Y} — {_esc(e.topic)} ({_esc(e.partner)}, "
            f"{held if e.held else planned}){_unlink('event', e.id)}"
            for e in trail.events
        ],
        none,
    )
    section(
        QCoreApplication.translate("TrailPage", "Indicators"),
        [_indicator(widget, i) + _unlink("indicator", i.id) for i in trail.indicators],
        none,
    )
    running = _esc(QCoreApplication.translate("TrailPage", "in progress"))
    scores = [
        f"{s.year}: <b>{_num(s.score)}</b>" + ("" if s.status == "finished" else f" ({running})")
        for s in trail.scores
    ]
    section(
        QCoreApplication.translate(
            "TrailPage", "The area's score in this and later self-assessments"
        ),
        scores,
        QCoreApplication.translate("TrailPage", "no runs for this area"),
    )
    change = trail.score_change
    if change is not None:
        colour = "#1b7f3b" if change > 0 else "#b3261e" if change < 0 else "#555555"
        text = QCoreApplication.translate(
            "TrailPage", "Change of the area's score: %1 points."
        ).replace("%1", f"{change:+.0f}")
        parts.append(f"<p style='color:{colour}'><b>{_esc(text)}</b></p>")
    return "".join(parts)


def _indicator(widget: QWidget, ind) -> str:
    values = " → ".join(f"{y}: {v:g}" for y, v in ind.actual) or "—"
    mark = ""
    if ind.improving is True:
        word = QCoreApplication.translate("TrailPage", "improving")
        mark = f" <span style='color:#1b7f3b'>{_esc(word)}</span>"
    elif ind.improving is False:
        word = QCoreApplication.translate("TrailPage", "getting worse")
        mark = f" <span style='color:#b3261e'>{_esc(word)}</span>"
    unit = f", {_esc(ind.unit)}" if ind.unit else ""
    return f"{_esc(ind.name)}{unit}: {values}{mark}"
