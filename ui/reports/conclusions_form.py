"""The director's conclusions for one year: a text box per part and a Save button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reports.conclusions import PARTS, Conclusions


class ConclusionsForm(QGroupBox):
    """Edits :class:`Conclusions`; emits ``save_requested`` when the user saves."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Conclusions for the year (printed at the end of the summary)"))
        labels = {
            "directions": self.tr("1. Promising directions that can improve pupils' results"),
            "problems": self.tr("2. Key problems to solve to raise learning results"),
            "internal_resources": self.tr(
                "3. Internal resources for these directions and problems"
            ),
            "external_resources": self.tr("4. External resources needed"),
            "management_decisions": self.tr("5. Management decisions"),
            "next_year_tasks": self.tr("6. Tasks for the next year"),
            "roadmap_findings": self.tr(
                "Findings on the roadmap (a paragraph printed after its execution table)"
            ),
        }
        self.edits: dict[str, QPlainTextEdit] = {}
        grid = QGridLayout()
        for index, part in enumerate(PARTS):
            label = QLabel(labels[part])
            label.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            if part != "roadmap_findings":
                edit.setPlaceholderText(self.tr("One point per line"))
            edit.setMinimumHeight(64)
            edit.textChanged.connect(self._edited)
            label.setBuddy(edit)
            self.edits[part] = edit
            row, column = divmod(index, 2)
            cell = QVBoxLayout()
            cell.addWidget(label)
            cell.addWidget(edit, 1)
            grid.addLayout(cell, row, column)
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("&Save conclusions"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, *divmod(len(PARTS), 2))
        self.setLayout(grid)
        self._dirty = False

    @property
    def dirty(self) -> bool:
        return self._dirty

    def load(self, conclusions: Conclusions) -> None:
        for part, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setPlainText(getattr(conclusions, part))
            edit.blockSignals(False)
        self.mark_saved("")

    def value(self) -> Conclusions:
        return Conclusions(**{part: edit.toPlainText() for part, edit in self.edits.items()})

    def mark_saved(self, message: str) -> None:
        self._dirty = False
        self.save_button.setEnabled(False)
        self.status.setText(message)

    def _edited(self) -> None:
        self._dirty = True
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Not saved yet"))
