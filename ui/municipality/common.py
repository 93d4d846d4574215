"""What both municipality screens use: the category filter."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

CATEGORY_TITLES = {  # the organisation's flags, as the school's category names them
    "low_results": QT_TRANSLATE_NOOP("MunicipalityCommon", "low results (ШНОР)"),
    "hard_social_conditions": QT_TRANSLATE_NOOP("MunicipalityCommon", "hard social conditions"),
    "is_rural": QT_TRANSLATE_NOOP("MunicipalityCommon", "rural"),
    "is_small": QT_TRANSLATE_NOOP("MunicipalityCommon", "small"),
}


class CategoryFilter(QWidget):
    """«Only schools:» with a box per category; several ticked keep schools with all."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QCoreApplication.translate("MunicipalityCommon", "Only:")))
        self.boxes: dict[str, QCheckBox] = {}
        for key, title in CATEGORY_TITLES.items():
            box = QCheckBox(QCoreApplication.translate("MunicipalityCommon", title))
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes[key] = box
        layout.addStretch(1)

    def selected(self) -> frozenset[str]:
        return frozenset(key for key, box in self.boxes.items() if box.isChecked())
