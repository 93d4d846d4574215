"""What «fits» means for a shown window: checks the fit sweep runs on every section and dialog.

Each check returns Russian-free, human-readable problem lines naming the widget
(class, object name, text) so a failing sweep says what to fix.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

SLACK = 1  # px: rounding at fractional scale factors
# Widgets whose mutual placement matters; containers and Qt's internals are left out.
INTERNALS = (
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QTabBar,
    QCalendarWidget,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
)
LEAVES = (
    QLabel,
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QGroupBox,
    QTabWidget,
)


def describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    name = widget.objectName() or ""
    parts = [type(widget).__name__]
    if name and not name.startswith("qt_"):
        parts.append(f"#{name}")
    if isinstance(text, str) and text:
        parts.append(repr(text[:60]))
    return " ".join(parts)


def _inside(widget: QWidget, root: QWidget) -> str:
    """ "internals": a part of a Qt widget (a combo's list, a tab bar's arrows, a table's
    editor), left alone; "scrolled": the content of a scroll area, legitimately beyond the
    window until scrolled to; "": placed by the window's own layouts."""
    parent, found = widget.parentWidget(), ""
    while parent is not None and parent is not root:
        if isinstance(parent, INTERNALS):
            return "internals"
        if isinstance(parent, QAbstractScrollArea):
            found = "scrolled"
        parent = parent.parentWidget()
    return found


def shown_widgets(root: QWidget) -> Iterator[tuple[QWidget, bool]]:
    """Visible widgets of ``root`` and whether each sits in a scroll area."""
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and not widget.isWindow():
            where = _inside(widget, root)
            if where != "internals":
                yield widget, where == "scrolled"


def rect_in(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def beyond_screen(root: QWidget, screen: QRect) -> list[str]:
    frame = root.frameGeometry()
    if frame.width() > screen.width() + SLACK or frame.height() > screen.height() + SLACK:
        return [
            f"{describe(root)} is {frame.width()}×{frame.height()}, "
            f"the screen {screen.width()}×{screen.height()}"
        ]
    return []


def text_clipped(widget: QWidget) -> str | None:
    """A button or label narrower (or, wrapped, shorter) than its text needs."""
    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return f"{describe(widget)} needs {needed} px of height, has {widget.height()}"
            return None
        needed = widget.minimumSizeHint().width()
    elif isinstance(widget, QGroupBox):  # its title never wraps
        if not widget.title():
            return None
        needed = widget.fontMetrics().horizontalAdvance(widget.title().replace("&", ""))
    elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
        if not widget.text():
            return None
        needed = widget.sizeHint().width()
    else:
        return None
    if needed > widget.width() + SLACK:
        return f"{describe(widget)} needs {needed} px, has {widget.width()}"
    return None


def outside_window(widget: QWidget, root: QWidget) -> str | None:
    rect = rect_in(widget, root)
    if rect.width() <= 0 or rect.height() <= 0:
        return None
    if not root.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
        return f"{describe(widget)} at {rect.getRect()} is outside {root.rect().getRect()}"
    return None


def overlapping(root: QWidget) -> list[str]:
    """Visible sibling leaves (same parent) whose rectangles share more than a pixel line."""
    found = []
    by_parent: dict[int, list[QWidget]] = {}
    for widget, _scrolled in shown_widgets(root):
        if isinstance(widget, LEAVES) and widget.width() > 0 and widget.height() > 0:
            by_parent.setdefault(id(widget.parentWidget()), []).append(widget)
    for siblings in by_parent.values():
        for i, first in enumerate(siblings):
            for second in siblings[i + 1 :]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > SLACK and common.height() > SLACK:
                    found.append(f"{describe(first)} overlaps {describe(second)}")
    return found


def scrolls_sideways(widget: QWidget) -> str | None:
    """A form or dashboard in a scroll area that is wider than the area: people read it by
    scrolling sideways. Tables and text boxes may scroll sideways; they are not forms."""
    if type(widget) is not QScrollArea and not (
        isinstance(widget, QScrollArea) and type(widget).__module__.startswith("ui.")
    ):
        return None
    if widget.horizontalScrollBar().isVisible():
        inner = widget.widget()
        needed = inner.minimumSizeHint().width() if inner is not None else 0
        return f"{describe(widget)} scrolls sideways: needs {needed} px, shows {widget.width()}"
    return None


def problems(root: QWidget, screen: QRect) -> list[str]:
    """Every fit problem of a shown top-level widget on a screen of ``screen``'s size."""
    found = beyond_screen(root, screen)
    for widget, scrolled in shown_widgets(root):
        found.append(text_clipped(widget))
        found.append(scrolls_sideways(widget))
        if not scrolled:
            found.append(outside_window(widget, root))
    found = [problem for problem in found if problem]
    return found + overlapping(root)
