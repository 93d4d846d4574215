"""In-place editors of the programme tables: a combobox over fixed choices."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.programme import texts
from app.programme.rows import Status


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell whose EditRole value is one of ``choices`` (code → Russian label)."""

    def __init__(self, choices: Mapping[str, str], parent=None) -> None:
        super().__init__(parent)
        self.choices = dict(choices)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for code, label in self.choices.items():
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(value)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class StatusDelegate(ChoiceDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__({s.value: texts.STATUSES[s] for s in Status}, parent)
