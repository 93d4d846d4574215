"""The editable catalogue of reasons for non-execution (кадровый дефицит, финансирование…)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.errors import PerekhodError
from app.programme import reasons as rs
from app.programme import texts
from ui.context import UiContext
from ui.programme.programme_tasks import table
from ui.programme.widgets import confirm
from ui.widgets.forms import error_label
from ui.widgets.keys import ctrl_enter_accepts
from ui.widgets.table_model import Col, TableModel


class ReasonsModel(TableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent, sort_column=0)
        self.columns = [
            Col(self.tr("Reason"), lambda r: r.title, sort=lambda r: r.position),
            Col(self.tr("Offered"), self._offered, sort=lambda r: (not r.active, r.position)),
            Col(self.tr("Source"), self._source, sort=lambda r: (not r.shipped, r.position)),
        ]

    def _offered(self, row: Any) -> str:
        return self.tr("yes") if row.active else self.tr("hidden")

    def _source(self, row: Any) -> str:
        return self.tr("built-in") if row.shipped else self.tr("own")


class ReasonsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Reasons for non-execution"))
        self.resize(560, 420)
        self.model = ReasonsModel(self)
        self.view = table(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.errors = error_label()
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Add"), self.add),
            (self.tr("Rename"), self.rename),
            (self.tr("Hide / offer"), self.toggle),
            (self.tr("Delete"), self.delete),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = self.tr(
            "Built-in reasons come with the program and cannot be changed; add your own. "
            "A reason of your own that is in use cannot be deleted; hide it so it is no "
            "longer offered."
        )
        hint = QLabel(note)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.errors)
        layout.addWidget(close)
        ctrl_enter_accepts(self)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(rs.list_reasons(self.ctx.scope, include_inactive=True))

    def selected(self) -> rs.ReasonRow | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def save(self, row: rs.ReasonRow) -> bool:
        try:
            self.ctx.perform(lambda scope: rs.save_reason(scope, row))
        except PerekhodError as err:
            self.show_error(err.message)
            return False
        self.errors.hide()
        self.reload()
        return True

    def show_error(self, message: str) -> None:
        self.errors.setText(message)
        self.errors.show()

    def refused(self, reason: rs.ReasonRow) -> bool:
        """A built-in reason is refused before asking anything (the use case refuses too)."""
        if reason.shipped:
            self.show_error(texts.REASON_SHIPPED)
        return reason.shipped

    def ask_title(self, current: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, self.windowTitle(), self.tr("Reason:"), text=current)
        return text if ok else None

    def add(self) -> None:
        title = self.ask_title()
        if title is not None:
            self.save(rs.ReasonRow(None, title))

    def rename(self) -> None:
        reason = self.selected()
        if reason is None or self.refused(reason):
            return
        title = self.ask_title(reason.title)
        if title is not None:
            self.save(rs.ReasonRow(reason.id, title, reason.active, reason.position))

    def toggle(self) -> None:
        reason = self.selected()
        if reason is not None:
            self.save(rs.ReasonRow(reason.id, reason.title, not reason.active, reason.position))

    def delete(self) -> None:
        reason = self.selected()
        if reason is None or self.refused(reason):
            return
        text = self.tr("Delete the reason «%1»?").replace("%1", reason.title)
        if not confirm(self, self.tr("Delete"), text):
            return
        try:
            self.ctx.perform(lambda scope: rs.delete_reason(scope, reason.id))
        except PerekhodError as err:
            self.show_error(err.message)
            return
        self.errors.hide()
        self.reload()
