"""The deficit trail: what was done about a deficit (tasks, activities, measures, events,
indicators), and did the area's score change? Also creates programme tasks and roadmap
activities straight from the deficit."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear
from app.programme.link_texts import ACTIVITY_FROM_DEFICIT, TASK_FROM_DEFICIT
from app.self_assessment.compare import signed
from app.self_assessment.deficits import DeficitRow, list_deficits
from app.self_assessment.trail import (
    Trail,
    create_activity,
    create_task,
    deficit_trail,
    link,
    link_targets,
    unlink,
)
from ui.context import UiContext
from ui.self_assessment.analysis import _esc, _num
from ui.self_assessment.dialogs import ActionDialog, LinkDialog
from ui.self_assessment.pages import filter_edit, toolbar
from ui.self_assessment.table_model import make_view, selected_rows
from ui.widgets.table_model import RIGHT, Col, TableModel
from ui.widgets.views import fit_columns


class TrailPage(QWidget):
    """Deficits on the left; what was done about the chosen one, and did it change."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = TableModel(
            [
                Col(self.tr("Year"), lambda r: str(r.year)),
                Col(self.tr("Deficit"), lambda r: r.text),
                Col(self.tr("Links"), lambda r: r.links or "", lambda r: r.links, align=RIGHT),
            ],
            self,
        )
        self.view = make_view(self.model, self, stretch=1)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show())
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self.remove_link)
        right_layout_rows = self._buttons()
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
        for row in right_layout_rows:
            right_layout.addLayout(row)
        right_layout.addWidget(self.text)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([500, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _buttons(self) -> list[QHBoxLayout]:
        create = [
            (self.tr("Create programme task"), self.create_task),
            (self.tr("Create roadmap activity"), self.create_activity),
        ]
        rows: list[list[QPushButton]] = [[], [], []]
        for label, slot in create:
            rows[0].append(self._button(label, slot))
        for number, (label, kind) in enumerate(
            (
                (self.tr("Link to task…"), "task"),
                (self.tr("Link to activity…"), "activity"),
                (self.tr("Link joint event…"), "event"),
                (self.tr("Link support measure…"), "measure"),
                (self.tr("Link indicator…"), "indicator"),
            )
        ):
            slot = lambda _c=False, k=kind, text=label: self.add_link(k, text)  # noqa: E731
            rows[1 if number < 3 else 2].append(self._button(label, slot))
        return [toolbar(*row) for row in rows]

    def _button(self, label: str, slot) -> QPushButton:
        button = QPushButton(label)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        current = self._current()
        rows = [d for d in reversed(list_deficits(self.ctx.scope)) if d.confirmed]
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
        row = self._current_row()
        return row.id if row else None

    def _current_row(self) -> DeficitRow | None:
        rows = selected_rows(self.view)
        return rows[0] if rows else None

    def create_task(self) -> None:
        deficit = self._current_row()
        if deficit is None:
            return
        dialog = ActionDialog(
            self.tr("Create programme task"),
            TASK_FROM_DEFICIT.format(text=deficit.text),
            parent=self,
        )
        if dialog.exec():
            text, _ = dialog.values()
            self.ctx.try_perform(lambda scope: create_task(scope, deficit.id, text), self)
            self.select(deficit.id)

    def create_activity(self) -> None:
        deficit = self._current_row()
        if deficit is None:
            return
        current = AcademicYear.current()
        year = max(deficit.year.next(), current)
        years = [AcademicYear(y) for y in range(deficit.year.start_year, current.start_year + 4)]
        dialog = ActionDialog(
            self.tr("Create roadmap activity"),
            ACTIVITY_FROM_DEFICIT.format(text=deficit.text),
            years,
            year,
            self,
        )
        if dialog.exec():
            title, chosen = dialog.values()
            self.ctx.try_perform(
                lambda scope: create_activity(scope, deficit.id, chosen, title), self
            )
            self.select(deficit.id)

    def _show(self) -> None:
        deficit_id = self._current()
        if deficit_id is None:
            hint = self.tr("Choose a deficit to see its trail.")
            self.text.setHtml(f"<p>{_esc(hint)}</p>")
            return
        self.text.setHtml(trail_html(self, deficit_trail(self.ctx.scope, deficit_id)))

    def add_link(self, kind: str, title: str) -> None:
        deficit_id = self._current()
        if deficit_id is None:
            return
        dialog = LinkDialog(title.rstrip("…"), link_targets(self.ctx.scope, kind), self)
        if dialog.exec() and dialog.value() is not None:
            target = dialog.value()
            self.ctx.try_perform(lambda scope: link(scope, deficit_id, kind, target), self)
            self.select(deficit_id)

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
            self.ctx.try_perform(lambda scope: unlink(scope, deficit_id, kind, target), self)


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
        [_esc(x) + _unlink("task", i) for x, i in zip(trail.tasks, trail.task_ids, strict=True)],
        none,
    )
    section(
        QCoreApplication.translate("TrailPage", "Roadmap activities"),
        [
            _esc(x) + _unlink("activity", i)
            for x, i in zip(trail.activities, trail.activity_ids, strict=True)
        ],
        none,
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
        ).replace("%1", signed(change))
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
