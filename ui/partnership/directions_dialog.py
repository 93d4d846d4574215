"""Edit the catalogue of directions of cooperation (rename in place, add, delete)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import PerekhodError
from app.partnership.agreements import delete_direction, list_directions, save_direction
from ui.context import UiContext
from ui.errors import error_text
from ui.partnership.widgets import confirm, error_label


class DirectionsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Directions of cooperation"))
        self.resize(760, 420)
        hint = QLabel(self.tr("Double-click a direction to rename it."))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._renamed)
        add = QPushButton(self.tr("Add direction"))
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Delete"))
        remove.clicked.connect(self._delete)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        for widget in (hint, self.list):
            outer.addWidget(widget)
        outer.addLayout(row)
        outer.addWidget(self.error)
        outer.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for d in list_directions(self.ctx.db):
            item = QListWidgetItem(d.title)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _run(self, op) -> bool:
        try:
            self.ctx.perform(op)
        except PerekhodError as err:
            self.error.setText(error_text(err))
            self.error.show()
            return False
        self.error.hide()
        return True

    def _renamed(self, item: QListWidgetItem) -> None:
        did, title = item.data(Qt.ItemDataRole.UserRole), item.text()
        if not self._run(lambda inst: save_direction(inst.db, title, did)):
            self.reload()

    def _add(self) -> None:
        title = self.tr("New direction")
        if self._run(lambda inst: save_direction(inst.db, title)):
            self.reload()
            item = self.list.item(self.list.count() - 1)
            self.list.setCurrentItem(item)
            self.list.editItem(item)

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        question = self.tr("Delete the direction «%1»? Agreements and events lose this link.")
        if confirm(self, self.windowTitle(), question.replace("%1", item.text())):
            did = item.data(Qt.ItemDataRole.UserRole)
            if self._run(lambda inst: delete_direction(inst.db, did)):
                self.reload()
