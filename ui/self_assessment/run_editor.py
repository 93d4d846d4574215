"""The run editor: areas on the left with progress, the area's items on the right.

Every change is saved at once (a level) or shortly after typing stops (evidence,
comment), through ``app.self_assessment.runs.answer``. A finished run is read-only
until reopened with a reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.changes import OpResult
from app.scope import SchoolScope
from app.self_assessment.instruments import Area, Item
from app.self_assessment.runs import (
    AnswerRow,
    RunDetail,
    answer,
    finish_run,
    get_run,
    reopen_run,
    set_team,
)
from app.self_assessment.scoring import AreaScore
from ui.context import UiContext
from ui.errors import error_text
from ui.self_assessment.dialogs import ReasonDialog, TeamDialog
from ui.self_assessment.pages import done
from ui.self_assessment.table_model import RISK_COLOURS

SAVE_DELAY_MS = 700


class ItemEditor(QFrame):
    """One item: text, guidance, level, evidence and comment."""

    changed = Signal(str, bool)  # item id, save now

    def __init__(self, item: Item, saved: AnswerRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(f"<b>{_html(item.text)}</b>")
        text.setWordWrap(True)
        self.level = QComboBox()
        self.level.addItem(self.tr("— not answered —"), None)
        for x in item.levels:
            self.level.addItem(f"{x.level} — {x.descriptor}", x.level)
        self.evidence = QLineEdit()
        expected = self.tr("Expected: %1").replace("%1", item.evidence) if item.evidence else ""
        self.evidence.setPlaceholderText(expected)
        self.comment = QLineEdit()
        if saved is not None:
            self.level.setCurrentIndex(max(0, self.level.findData(saved.level)))
            self.evidence.setText(saved.evidence)
            self.comment.setText(saved.comment)
        form = QFormLayout()
        form.addRow(self.tr("Level:"), self.level)
        form.addRow(self.tr("Evidence:"), self.evidence)
        form.addRow(self.tr("Comment:"), self.comment)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        if item.guidance:
            guidance = QLabel(item.guidance)
            guidance.setWordWrap(True)
            guidance.setStyleSheet("color: #666666;")
            layout.addWidget(guidance)
        if item.offer:
            offer = QLabel(self.tr("What the school can offer others (not part of the score)"))
            offer.setStyleSheet("color: #2f5f9e;")
            layout.addWidget(offer)
        layout.addLayout(form)
        self.level.currentIndexChanged.connect(lambda _i: self.changed.emit(item.id, True))
        for edit in (self.evidence, self.comment):
            edit.textEdited.connect(lambda _t: self.changed.emit(item.id, False))
            edit.editingFinished.connect(lambda: self.changed.emit(item.id, True))

    def set_locked(self, locked: bool) -> None:
        self.level.setEnabled(not locked)
        self.evidence.setReadOnly(locked)
        self.comment.setReadOnly(locked)

    def values(self) -> tuple[int | None, str, str]:
        return self.level.currentData(), self.evidence.text(), self.comment.text()


class RunEditor(QWidget):
    def __init__(self, ctx: UiContext, initiator: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.initiator = ctx, initiator
        self.detail: RunDetail | None = None
        self.items: dict[str, ItemEditor] = {}
        self.dirty: set[str] = set()
        self.timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_pending)
        self._build()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.team = QLabel()
        self.team.setWordWrap(True)
        self.note = QLabel()
        self.note.setStyleSheet("color: #a15c00;")
        self.status = QLabel()
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: #555555;")
        self.team_button = QPushButton(self.tr("Team…"))
        self.finish_button = QPushButton(self.tr("Finish"))
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.team_button.clicked.connect(self.edit_team)
        self.finish_button.clicked.connect(self.finish)
        self.reopen_button.clicked.connect(self.reopen)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (self.team_button, self.finish_button, self.reopen_button):
            top.addWidget(button)
        self.areas = QListWidget()
        self.areas.currentRowChanged.connect(self.show_area)
        self.areas.setMinimumWidth(260)
        self.areas.setWordWrap(True)
        self.areas.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.areas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.areas)
        splitter.addWidget(self.scroll)
        splitter.setSizes([320, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.team)
        layout.addWidget(self.history)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.set_empty()

    def set_empty(self) -> None:
        self.detail = None
        self.title.setText(
            self.tr("Choose a self-assessment in the list of runs or start a new one.")
        )
        self.team.clear()
        self.history.hide()
        self.note.hide()
        self.areas.clear()
        self.scroll.setWidget(QWidget())
        for button in (self.team_button, self.finish_button, self.reopen_button):
            button.setEnabled(False)

    def load(self, run_id: uuid.UUID) -> None:
        self.save_pending()
        keep = self.areas.currentRow()
        same = self.detail is not None and self.detail.run.id == run_id
        self.detail = get_run(self.ctx.scope, run_id)
        run = self.detail.run
        title = self.tr("%1, version %2 — %3, %4")
        for n, value in enumerate((run.title, run.version, str(run.year), run.status_label), 1):
            title = title.replace(f"%{n}", value)
        self.title.setText(f"<b>{_html(title)}</b>")
        team = "; ".join(f"{m.name} ({m.role})" if m.role else m.name for m in run.team)
        self.team.setText(self.tr("Team: %1").replace("%1", team or "—"))
        self._show_reopenings()
        self.note.setText(self.detail.instrument.sample_note)
        self.note.setVisible(bool(self.detail.instrument.sample_note))
        self.team_button.setEnabled(not run.locked)
        self.finish_button.setEnabled(not run.locked)
        self.reopen_button.setEnabled(run.locked)
        self._fill_areas()
        self.areas.setCurrentRow(keep if same and keep >= 0 else 0)
        self.show_area(self.areas.currentRow())

    def _show_reopenings(self) -> None:
        assert self.detail is not None
        history = self.detail.run.reopenings
        lines = [
            self.tr("Reopened %1: %2")
            .replace("%1", r.at.astimezone().strftime("%d.%m.%Y %H:%M"))
            .replace("%2", r.reason)
            for r in history
        ]
        self.history.setText("\n".join(lines))
        self.history.setVisible(bool(lines))

    def _fill_areas(self) -> None:
        assert self.detail is not None
        self.areas.blockSignals(True)
        self.areas.clear()
        for score in self.detail.scores:
            entry = QListWidgetItem()
            self._style(entry, score)
            self.areas.addItem(entry)
        self.areas.blockSignals(False)
        self._show_progress()

    def _style(self, entry: QListWidgetItem, score: AreaScore) -> None:
        entry.setText(self._area_label(score))
        entry.setToolTip(score.title)
        colour = RISK_COLOURS.get(score.risk or "") if score.risk != "low" else None
        entry.setForeground(QColor(colour) if colour else self.palette().text().color())

    def _area_label(self, score: AreaScore) -> str:
        mark = "✓ " if score.answered == score.total else ""
        value = "—" if score.score is None else f"{score.score:.0f}"
        return f"{mark}{score.title}\n   {score.answered}/{score.total} · {value}"

    def _show_progress(self) -> None:
        if self.detail is None:
            return
        run = self.detail.run
        done = sum(s.answered for s in self.detail.scores)
        total = sum(s.total for s in self.detail.scores)
        text = self.tr("Answered %1 of %2 items. Changes are saved automatically.")
        self.status.setText(text.replace("%1", str(done)).replace("%2", str(total)))
        if run.locked:
            self.status.setText(
                self.tr("The self-assessment is finished; reopen it to change answers.")
            )

    def show_area(self, row: int) -> None:
        self.save_pending()
        self.items.clear()
        container = QWidget()
        layout = QVBoxLayout(container)
        if self.detail is not None and 0 <= row < len(self.detail.instrument.areas):
            area: Area = self.detail.instrument.areas[row]
            heading = QLabel(f"<h3>{_html(area.title)}</h3>")
            heading.setWordWrap(True)
            layout.addWidget(heading)
            for item in area.items:
                editor = ItemEditor(item, self.detail.answers.get(item.id))
                editor.set_locked(self.detail.run.locked)
                editor.changed.connect(self.on_changed)
                self.items[item.id] = editor
                layout.addWidget(editor)
        layout.addStretch(1)
        self.scroll.setWidget(container)

    def on_changed(self, item_id: str, now: bool) -> None:
        self.dirty.add(item_id)
        if now:
            self.save_pending()
        else:
            self.timer.start()

    def save_pending(self) -> None:
        self.timer.stop()
        if self.detail is None:
            self.dirty.clear()
            return
        while self.dirty:
            item_id = self.dirty.pop()
            editor = self.items.get(item_id)
            if editor is not None:
                self._save(item_id, *editor.values())

    def _save(self, item_id: str, level: int | None, evidence: str, comment: str) -> None:
        assert self.detail is not None
        run_id = self.detail.run.id
        try:
            saved = self.ctx.perform(
                lambda scope: answer(scope, run_id, item_id, level, evidence, comment),
                initiator=self.initiator,
            )
        except Exception as err:  # shown next to the form, never as a traceback
            self.status.setText(f"<span style='color:#b3261e'>{_html(error_text(err))}</span>")
            return
        self.detail.answers[item_id] = saved.answer
        scores = [saved.area if s.area_id == saved.area.area_id else s for s in self.detail.scores]
        self.detail.scores[:] = scores
        index = next(i for i, s in enumerate(scores) if s.area_id == saved.area.area_id)
        self._style(self.areas.item(index), saved.area)
        self._show_progress()

    def _run_op(self, op: Callable[[SchoolScope], OpResult[Any]]) -> bool:
        """Perform ``op`` (errors in a message box); whether it went through."""
        ok = self.ctx.try_perform(lambda scope: done(op(scope)), self, self.initiator)
        return bool(ok)

    def edit_team(self) -> None:
        if self.detail is None:
            return
        dialog = TeamDialog(self.detail.run.team, self)
        if dialog.exec():
            run_id, team = self.detail.run.id, dialog.team.members()
            if self._run_op(lambda scope: set_team(scope, run_id, team)):
                self.load(run_id)

    def finish(self) -> None:
        if self.detail is None:
            return
        self.save_pending()
        question = self.tr(
            "Finish the self-assessment? Answers will be locked, and the proposed deficits "
            "and strengths will appear for the team to confirm."
        )
        answer_ = QMessageBox.question(self, self.tr("Finish"), question)
        if answer_ != QMessageBox.StandardButton.Yes:
            return
        run_id = self.detail.run.id
        if self._run_op(lambda scope: finish_run(scope, run_id)):
            self.load(run_id)

    def reopen(self) -> None:
        if self.detail is None:
            return
        dialog = ReasonDialog(self)
        if dialog.exec():
            run_id, reason = self.detail.run.id, dialog.text()
            if self._run_op(lambda scope: reopen_run(scope, run_id, reason)):
                self.load(run_id)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
