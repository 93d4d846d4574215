"""A school's key changed (it moved to a new PC, say): both fingerprints side by side, for the
methodologist to compare with the school's director before accepting the new key. Also the
municipality's own key file for the schools, with the fingerprint they compare."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.installation import Installation
from app.sync.keyfile import own_keys, write_key_file
from ui.errors import show_error
from ui.widgets import files


def _fingerprint_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(label.font().pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class KeyChangeDialog(QDialog):
    def __init__(self, school: str, pinned: str, new: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The school's key changed"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The package of «%1» is signed by another key than the one held for this "
                "school. This happens when a school moves to a new computer, but a package "
                "signed by someone else looks the same."
            ).replace("%1", school)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.pinned = _fingerprint_label(pinned)
        self.new = _fingerprint_label(new)
        form.addRow(self.tr("Key held until now:"), self.pinned)
        form.addRow(self.tr("Key of this package:"), self.new)
        layout.addLayout(form)
        advice = QLabel(
            self.tr(
                "Call the school's director and ask them to read the fingerprint of the "
                "school's key aloud. Accept the new key only if it matches the one above, "
                "group by group."
            )
        )
        advice.setWordWrap(True)
        layout.addWidget(advice)
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            self.tr("Accept the new key and load the package"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)


def write_municipality_key(parent: QWidget, installation: Installation) -> None:
    """Write the key file into a folder the person picks and show its fingerprint."""
    folder = files.ask_folder(
        parent, QCoreApplication.translate("MunicipalityKey", "Where to write the municipality key")
    )
    if folder is None:
        return
    try:
        path = write_key_file(installation, folder)
    except Exception as err:  # shown in Russian; unexpected ones are logged there
        show_error(parent, err)
        return
    text = QCoreApplication.translate(
        "MunicipalityKey",
        "The key file is written:\n%1\n\nIts fingerprint: %2\n\nGive the file to the "
        "schools and tell them the fingerprint, so each can check the file is yours.",
    )
    text = text.replace("%1", str(path)).replace("%2", own_keys(installation).fingerprint)
    QMessageBox.information(
        parent, QCoreApplication.translate("MunicipalityKey", "Municipality key"), text
    )
