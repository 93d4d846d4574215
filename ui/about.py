"""About dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.version import APP_VERSION


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def show_about(parent: QWidget) -> None:
    text = _tr(
        "<h3>Perekhod %1</h3>"
        "<p>Keeping the school's transition programme to effective work: roadmap, "
        "indicators, partnership with leader schools, deficit self-assessment and "
        "reports for the municipality. Works without the Internet.</p>"
        "<p>Data folder: %2</p>"
    )
    folder = getattr(parent, "folder", None)
    text = text.replace("%1", APP_VERSION).replace("%2", str(folder.root) if folder else "—")
    QMessageBox.about(parent, _tr("About Perekhod"), text)
