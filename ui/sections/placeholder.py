"""Pages shown while the database loads and for sections whose issue has not landed.

Also the common page header (title and a one-line explanation) every shell page uses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def heading_label(text: str, scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def page_header(title: str, explanation: str = "") -> QWidget:
    """A section's title with a muted explanation under it and a rule below."""
    header = QWidget()
    header.setObjectName("pageHeader")
    layout = QVBoxLayout(header)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(4)
    layout.addWidget(heading_label(title))
    if explanation:
        note = QLabel(explanation)
        note.setObjectName("sectionExplanation")
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        layout.addWidget(note)
    rule = QFrame()
    rule.setFrameShape(QFrame.Shape.HLine)
    rule.setFrameShadow(QFrame.Shadow.Sunken)
    layout.addWidget(rule)
    return header


class LoadingPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr("Opening the database…"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def show_error(self, text: str) -> None:
        self.message.setText(text)


class ComingSoonPage(QWidget):
    def __init__(self, title: str, description: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(page_header(title))
        body = QLabel(description)
        body.setWordWrap(True)
        layout.addWidget(body)
        note = QLabel(self.tr("This section is being prepared and will arrive in an update."))
        note.setWordWrap(True)
        note.setEnabled(False)
        layout.addWidget(note)
        layout.addStretch(1)
