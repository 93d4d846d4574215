"""Evidence documents of an activity (name, number, date): a small editable table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from app.errors import ValidationError
from app.programme.periods import parse_date
from app.programme.rows import EvidenceDoc

Index = QModelIndex | QPersistentModelIndex


class EvidenceModel(QAbstractTableModel):
    refused = Signal(str)  # why a typed date was not taken (in Russian)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._docs: list[EvidenceDoc] = []
        self._headers = [self.tr("Document"), self.tr("Number"), self.tr("Date")]

    def set_docs(self, docs: list[EvidenceDoc]) -> None:
        self.beginResetModel()
        self._docs = [EvidenceDoc(d.name, d.number, d.day) for d in docs]
        self.endResetModel()

    def docs(self) -> list[EvidenceDoc]:
        return [d for d in self._docs if d.name.strip()]

    def add(self) -> int:
        self.beginInsertRows(QModelIndex(), len(self._docs), len(self._docs))
        self._docs.append(EvidenceDoc(""))
        self.endInsertRows()
        return len(self._docs) - 1

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._docs):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._docs[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        doc = self._docs[index.row()]
        if index.column() == 2:
            return f"{doc.day:%d.%m.%Y}" if doc.day else ""
        return doc.name if index.column() == 0 else doc.number

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        doc, text = self._docs[index.row()], str(value or "").strip()
        if index.column() == 0:
            doc.name = text
        elif index.column() == 1:
            doc.number = text
        else:
            try:
                doc.day = parse_date(text) if text else None
            except ValidationError as err:
                self.refused.emit(err.message)
                return False
        self.dataChanged.emit(index, index)
        return True


class EvidenceEditor(QWidget):
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EvidenceModel(self)
        self.model.refused.connect(self.refused)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 140)
        self.view.setColumnWidth(1, 60)
        self.view.setMinimumHeight(110)
        add, remove = QPushButton(self.tr("Add document")), QPushButton(self.tr("Remove"))
        add.clicked.connect(self._add)
        remove.clicked.connect(lambda: self.model.remove(self.view.currentIndex().row()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def _add(self) -> None:
        row = self.model.add()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def set_docs(self, docs: list[EvidenceDoc]) -> None:
        self.model.set_docs(docs)

    def docs(self) -> list[EvidenceDoc]:
        return self.model.docs()
