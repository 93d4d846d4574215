"""The dialogs of «Ресурсы»: a municipal resource of the catalogue, and the resources that
serve one task of a school's project (the catalogue as a list to tick)."""

from __future__ import annotations

import html
import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import PerekhodError
from app.folding import fold
from app.municipality import resources as res
from app.municipality import texts as mtexts
from app.municipality.resources import ResourceInput, ResourceRow, SchoolTask
from ui.context import UiContext
from ui.errors import error_text
from ui.widgets.fit import fit_to_screen, wrapped_label
from ui.widgets.forms import choice_combo, error_label, set_combo, text_box
from ui.widgets.keys import ctrl_enter_accepts

ID_ROLE = Qt.ItemDataRole.UserRole


class ResourceForm(QDialog):
    """A resource of the catalogue: kind, name, period, who is responsible, a note. A
    refusal (no name, a name already in the catalogue) shows in red under the name."""

    def __init__(
        self, ctx: UiContext, row: ResourceRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.saved: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Edit resource") if row else self.tr("New municipal resource"))
        self.setMinimumWidth(600)
        self.kind = choice_combo(mtexts.RESOURCE_KINDS)
        self.name = text_box(row.name if row else "", 64)
        self.name.setPlaceholderText(
            self.tr("e.g. Municipal seminar «Individual learning path: theory and practice»")
        )
        self.name.setAccessibleName(self.tr("Name"))
        self.error = error_label()
        self.error.check = self._check
        self.period = QLineEdit(row.period if row else "")
        self.period.setMaxLength(200)
        self.period.setPlaceholderText(self.tr("e.g. 2020–2021 academic year"))
        self.responsible = QLineEdit(row.responsible if row else "")
        self.responsible.setMaxLength(300)
        self.responsible.setPlaceholderText(self.tr("e.g. the methodical centre"))
        self.note = text_box(row.note if row else "", 60)
        if row is not None:
            set_combo(self.kind, row.kind)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.error)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Responsible"), self.responsible)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        ctrl_enter_accepts(self)
        self.name.setFocus()

    def data(self) -> ResourceInput:
        return ResourceInput(
            self.kind.currentData(),
            self.name.toPlainText(),
            self.period.text(),
            self.responsible.text(),
            self.note.toPlainText(),
        )

    def _check(self) -> None:
        res.check_resource(self.data())

    def save(self) -> bool:
        data, row_id = self.data(), self.row.id if self.row else None
        try:
            self.saved = self.ctx.perform(lambda scope: res.save_resource(scope, data, row_id))
        except PerekhodError as err:
            self.error.show_message(error_text(err))
            return False
        self.accept()
        return True


class TaskResourcesDialog(QDialog):
    """Which resources of the catalogue serve one task of a school's project: tick them;
    a resource missing from the catalogue can be added from here."""

    def __init__(
        self,
        ctx: UiContext,
        task: SchoolTask,
        catalogue: Sequence[ResourceRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.task = ctx, task
        self.setWindowTitle(self.tr("Municipal resources for a task"))
        self.setMinimumWidth(640)
        heading = self.tr("%1, task %2:").replace("%1", task.school).replace("%2", str(task.number))
        text = wrapped_label(f"<b>{_escaped(heading)}</b> {_escaped(task.text)}")
        text.setTextFormat(Qt.TextFormat.RichText)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a resource…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAccessibleName(self.tr("Resources of the catalogue"))
        self.empty = QLabel(
            self.tr("The catalogue is empty: add the district's resources with «New resource…».")
        )
        self.empty.setWordWrap(True)
        self.error = error_label()
        add = QPushButton(self.tr("New resource…"))
        add.clicked.connect(self.add_resource)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(add, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Tick the resources that serve this task:")))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        ctrl_enter_accepts(self)
        fit_to_screen(self, 760, 520)
        self._fill(catalogue, {rid for rid, _ in task.resources})
        self.list.setFocus()

    def _fill(self, catalogue: Sequence[ResourceRow], ticked: set[uuid.UUID]) -> None:
        self.list.clear()
        for row in catalogue:
            kind = mtexts.RESOURCE_KINDS.get(row.kind, row.kind)
            extra = ", ".join(p for p in (kind, row.period, row.responsible) if p)
            item = QListWidgetItem(f"{row.name}\n{extra}")
            item.setData(ID_ROLE, str(row.id))  # QVariant compares text, not UUID
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if row.id in ticked else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.list.addItem(item)
        self.empty.setVisible(not catalogue)
        self._filter()

    def _filter(self) -> None:
        words = fold(self.search.text()).split()
        for index in range(self.list.count()):
            item = self.list.item(index)
            text = fold(item.text())
            item.setHidden(not all(word in text for word in words))

    def ticked(self) -> list[uuid.UUID]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [
            uuid.UUID(item.data(ID_ROLE))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, resource_ids: set[uuid.UUID]) -> None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            chosen = uuid.UUID(item.data(ID_ROLE)) in resource_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def add_resource(self) -> uuid.UUID | None:
        """A new resource of the catalogue, ticked for this task (saved with the dialog)."""
        form = ResourceForm(self.ctx, None, self)
        if form.exec() != QDialog.DialogCode.Accepted or form.saved is None:
            return None
        ticked = set(self.ticked()) | {form.saved}
        self._fill(res.resources(self.ctx.scope), ticked)
        return form.saved

    def save(self) -> bool:
        task, chosen = self.task.task_id, self.ticked()
        try:
            self.ctx.perform(lambda scope: res.set_task_resources(scope, task, chosen))
        except PerekhodError as err:
            self.error.show_message(error_text(err))
            return False
        self.accept()
        return True


def _escaped(text: str) -> str:
    return html.escape(text)
