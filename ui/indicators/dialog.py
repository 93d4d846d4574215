"""The form to add or edit an indicator of the catalogue."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.indicators.catalogue import IndicatorInput
from ui.widgets.forms import error_label, text_box
from ui.widgets.keys import ctrl_enter_accepts

UNITS = ("%", "балл", "чел.", "ед.")


class IndicatorDialog(QDialog):
    """Collects an :class:`IndicatorInput`; ``save`` stores it and returns an error or ""."""

    def __init__(
        self,
        data: IndicatorInput | None,
        save: Callable[[IndicatorInput], str],
        builtin: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        if builtin:
            self.setWindowTitle(self.tr("Standard indicator"))
        else:
            self.setWindowTitle(self.tr("Edit indicator") if data else self.tr("New indicator"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name = QLineEdit()
        self.name.setMaxLength(500)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        self.direction = QComboBox()
        self.direction.addItem(self.tr("higher is better"), "higher")
        self.direction.addItem(self.tr("lower is better"), "lower")
        self.source = QComboBox()
        self.source.addItem(self.tr("school"), "school")
        self.source.addItem(self.tr("municipal monitoring"), "municipal")
        self.description = text_box()
        self.description.setMaximumHeight(110)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Description"), self.description)
        if builtin:
            note = QLabel(
                self.tr(
                    "A standard indicator supplied with the program: it is shared by every "
                    "school and cannot be changed or deleted. Add your own indicator instead."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            for field in (self.name, self.unit, self.direction, self.source):
                field.setEnabled(False)
            self.description.setReadOnly(True)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close
            if builtin
            else QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ctrl_enter_accepts(self)
        if data is not None:
            self._fill(data)
        else:
            self.unit.setCurrentText("%")

    def _fill(self, data: IndicatorInput) -> None:
        self.name.setText(data.name)
        self.unit.setCurrentText(data.unit)
        self.direction.setCurrentIndex(max(0, self.direction.findData(data.direction)))
        self.source.setCurrentIndex(max(0, self.source.findData(data.source)))
        self.description.setPlainText(data.description)

    def value(self) -> IndicatorInput:
        return IndicatorInput(
            name=self.name.text(),
            unit=self.unit.currentText(),
            direction=self.direction.currentData(),
            source=self.source.currentData(),
            description=self.description.toPlainText(),
        )

    def accept(self) -> None:
        """Store through ``save``; stay open with its Russian message if it refuses."""
        message = self._save(self.value())
        if message:
            self.show_error(message)
        else:
            super().accept()

    def show_error(self, message: str) -> None:
        self.error.show_message(message)
