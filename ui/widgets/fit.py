"""Small layout helpers that keep windows inside a 1366×768 screen at 100–150 % scaling."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QScrollArea, QWidget

SCREEN_MARGIN = 40  # px left around a dialog for the window frame and the taskbar


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to ``width``×``height``, or to what the screen holds when that is less."""
    screen = window.screen().availableGeometry()
    window.resize(
        min(width, screen.width() - SCREEN_MARGIN), min(height, screen.height() - SCREEN_MARGIN)
    )


def limit_combo(combo: QComboBox, characters: int = 30) -> QComboBox:
    """A combo as wide as ``characters`` letters, not as its longest item (a long task's
    wording made a dialog 32,767 px wide); the list that drops down still shows it all."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: long text scrolls instead of being cut."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def wrapped_label(text: str = "") -> QLabel:
    """A label that wraps instead of widening its window."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label
