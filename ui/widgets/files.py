"""Choosing files, one way everywhere: the platform's own dialog where there is one (Qt's,
in Russian, elsewhere), starting in the last folder used — Documents the first time, the
home folder when there are no Documents — with a Russian file name proposed.

Opening a file or folder with the desktop goes through :func:`open_with_desktop`, which
says so (and shows where the file is) when nothing on the computer can open it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

LAST_FOLDER_KEY = "files/last_folder"
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_last_folder: Path | None = None  # this run's, for windows without settings (the wizard)


def documents_folder() -> Path:
    """Documents when the system has it, else the home folder."""
    location = QStandardPaths.StandardLocation.DocumentsLocation
    documents = QStandardPaths.writableLocation(location)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def safe_file_name(text: str, limit: int = 80) -> str:
    """A file name from any wording: no characters Windows forbids, no trailing dots."""
    name = _FORBIDDEN.sub(" ", text)
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")
    return name[:limit].rstrip(". ") or "файл"


def _settings(parent: QWidget | None) -> QSettings | None:
    """The main window's ui.ini (its ``settings``), found from any widget inside it."""
    widget = parent
    while widget is not None:
        settings = getattr(widget.window(), "settings", None)
        if isinstance(settings, QSettings):
            return settings
        widget = widget.window().parentWidget()
    return None


def last_folder(parent: QWidget | None) -> Path:
    settings = _settings(parent)
    stored = settings.value(LAST_FOLDER_KEY) if settings is not None else None
    for candidate in (stored, _last_folder):
        if candidate and Path(str(candidate)).is_dir():
            return Path(str(candidate))
    return documents_folder()


def remember_folder(parent: QWidget | None, folder: Path) -> None:
    global _last_folder
    _last_folder = folder
    settings = _settings(parent)
    if settings is not None:
        settings.setValue(LAST_FOLDER_KEY, str(folder))


def ask(parent: QWidget | None, save: bool, title: str, start: str, filter_text: str) -> str:
    """The platform's file dialog; "" when the person cancels. (Tests replace this.)"""
    if save:
        return QFileDialog.getSaveFileName(parent, title, start, filter_text)[0]
    return QFileDialog.getOpenFileName(parent, title, start, filter_text)[0]


def ask_save(
    parent: QWidget | None, title: str, file_name: str, filter_text: str, suffix: str
) -> Path | None:
    """Where to write ``file_name`` (``suffix`` such as ".xlsx" added when left out)."""
    proposed = last_folder(parent) / safe_file_name(file_name)
    chosen = ask(parent, True, title, str(proposed), filter_text)
    if not chosen:
        return None
    path = Path(chosen)
    if not path.name.lower().endswith(suffix.lower()):
        path = path.with_name(path.name + suffix)
    remember_folder(parent, path.parent)
    return path


def ask_open(parent: QWidget | None, title: str, filter_text: str) -> Path | None:
    chosen = ask(parent, False, title, str(last_folder(parent)), filter_text)
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(parent, path.parent)
    return path


def ask_many(parent: QWidget | None, title: str, start: str, filter_text: str) -> list[str]:
    """The platform's dialog for several files; [] when the person cancels. (Tests replace
    this.)"""
    return QFileDialog.getOpenFileNames(parent, title, start, filter_text)[0]


def ask_open_many(parent: QWidget | None, title: str, filter_text: str) -> list[Path]:
    paths = [Path(c) for c in ask_many(parent, title, str(last_folder(parent)), filter_text)]
    if paths:
        remember_folder(parent, paths[0].parent)
    return paths


def ask_folder(parent: QWidget | None, title: str) -> Path | None:
    """A folder (a USB stick, say) to write into; ``None`` when the person cancels."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(last_folder(parent)))
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(parent, path)
    return path


def open_with_desktop(parent: QWidget | None, path: Path) -> bool:
    """Open a file or folder as a double click would; when nothing can, say where it is."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Files", "Cannot open"))
    if path.is_dir():
        box.setText(
            QCoreApplication.translate(
                "Files", "No program on this computer opens folders.\n\nThe folder: %1"
            )
        )
    else:
        box.setText(
            QCoreApplication.translate(
                "Files",
                "No program on this computer opens this file (for a PDF, install a PDF "
                "viewer).\n\nThe file is here: %1",
            )
        )
    box.setText(box.text().replace("%1", str(path)))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    folder_button = None
    if not path.is_dir():
        folder_button = box.addButton(
            QCoreApplication.translate("Files", "Open folder"), QMessageBox.ButtonRole.ActionRole
        )
    box.addButton(QMessageBox.StandardButton.Close).setText(
        QCoreApplication.translate("Files", "Close")
    )
    box.exec()
    if folder_button is not None and box.clickedButton() is folder_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    return False
