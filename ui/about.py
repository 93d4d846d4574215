"""About dialog: what the programme is, its version and where its data lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.version import APP_VERSION


def about_text(folder_text: str) -> str:
    text = QCoreApplication.translate(
        "About",
        "<h3>Perekhod %1</h3>"
        "<p>Keeping the school's transition programme to effective work: roadmap, "
        "indicators, partnership with leader schools, deficit self-assessment and "
        "reports for the municipality. Works without the Internet.</p>"
        "<p>Data folder: %2</p>",
    )
    return text.replace("%1", APP_VERSION).replace("%2", folder_text)


def show_about(parent: QWidget) -> None:
    folder = getattr(parent, "folder", None)
    text = about_text(str(folder.root) if folder else "—")
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Perekhod"), text)
