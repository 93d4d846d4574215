"""Edit the catalogue of directions of cooperation (rename in place, add, delete).

Directions supplied with the program are shared by every school: they are listed in
grey and cannot be renamed or deleted — trying says why, in Russian, under the list.
"""

from __future__ import annotations

import uuid

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
from app.partnership import texts
from app.partnership.agreements import delete_direction, list_directions, save_direction
from ui.context import UiContext
from ui.errors import error_text
from ui.partnership.widgets import confirm
from ui.widgets.forms import error_label
from ui.widgets.keys import ctrl_enter_accepts


class DirectionsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shipped: dict[uuid.UUID, str] = {}  # id → title of the shipped directions
        self.setWindowTitle(self.tr("Directions of cooperation"))
        self.resize(760, 420)
        hint = QLabel(
            self.tr(
                "Double-click one of your directions to rename it. Directions supplied "
                "with the program (in grey) cannot be renamed or deleted."
            )
        )
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._renamed)
        self.list.itemDoubleClicked.connect(self._double_clicked)
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
        ctrl_enter_accepts(self)
        self.reload()

    def reload(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.shipped.clear()
        for d in list_directions(self.ctx.scope):
            item = QListWidgetItem(d.title)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            if d.is_shipped:
                self.shipped[d.id] = d.title
                item.setForeground(self.palette().placeholderText())
                item.setToolTip(self.tr("Supplied with the program: cannot be changed"))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _run(self, op) -> bool:
        try:
            self.ctx.perform(op)
        except PerekhodError as err:
            self._show(error_text(err))
            return False
        self.error.hide()
        return True

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _refuse_shipped(self, item: QListWidgetItem) -> bool:
        """Say why a shipped direction cannot be changed; True if ``item`` is one."""
        title = self.shipped.get(item.data(Qt.ItemDataRole.UserRole))
        if title is None:
            return False
        self._show(texts.DIRECTION_SHIPPED.format(title=title))
        return True

    def _double_clicked(self, item: QListWidgetItem) -> None:
        self._refuse_shipped(item)

    def _renamed(self, item: QListWidgetItem) -> None:
        did, title = item.data(Qt.ItemDataRole.UserRole), item.text()
        if not self._run(lambda scope: save_direction(scope, title, did)):
            self.reload()

    def _add(self) -> None:
        title = self.tr("New direction")
        if self._run(lambda scope: save_direction(scope, title)):
            self.reload()
            item = self.list.item(self.list.count() - 1)
            self.list.setCurrentItem(item)
            self.list.editItem(item)

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is None or self._refuse_shipped(item):
            return
        question = self.tr("Delete the direction «%1»? Agreements and events lose this link.")
        if confirm(self, self.windowTitle(), question.replace("%1", item.text())):
            did = item.data(Qt.ItemDataRole.UserRole)
            if self._run(lambda scope: delete_direction(scope, did)):
                self.reload()
