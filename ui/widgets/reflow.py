"""A grid that takes as many columns as its width allows: tiles and boxes move onto more
rows at 150 % scaling on a 1366×768 screen instead of making people scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class ReflowGrid(QWidget):
    """Widgets left to right in equal columns, as many as fit ``column_width`` px each
    (one of ``choices``, so six tiles go 6, 3, 2 or 1 to a row, never 4 + 2)."""

    def __init__(
        self, column_width: int, choices: tuple[int, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.column_width = column_width
        self.choices = tuple(sorted(choices, reverse=True))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.widgets: list[QWidget] = []
        self.columns = 0

    def add(self, widget: QWidget) -> None:
        self.widgets.append(widget)
        self.columns = 0  # placed on the next resize (or now, if shown)
        self._place(self.columns_for(max(self.width(), 1)))

    def columns_for(self, width: int) -> int:
        fitting = [c for c in self.choices if c * self.column_width <= width]
        return fitting[0] if fitting else self.choices[-1]

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        for widget in self.widgets:
            self.grid.removeWidget(widget)
        for column in range(max(self.columns, columns, 1)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for index, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, *divmod(index, columns))
        self.columns = columns
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place(self.columns_for(event.size().width()))
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as one column: the width decides how many there are."""
        widest = max((w.minimumSizeHint().width() for w in self.widgets), default=0)
        return QSize(widest, self.grid.minimumSize().height())
