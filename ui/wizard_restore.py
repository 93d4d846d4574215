"""The first-run wizard's page «Восстановить из резервной копии»: pick a backup file,
check it completely and show what it holds before anything is created."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.state import Mode
from ui.widgets import files
from ui.widgets.fit import wrapped_label

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".perekhod-backup"


class RestorePage(QWizardPage):
    """Pick a backup file; it is checked at once and what it holds is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Restore from a backup"))
        self.setSubTitle(
            self.tr(
                "Choose a backup file (*.perekhod-backup). It is checked completely before "
                "anything is created."
            )
        )
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Path to the backup file"))
        self.path.setClearButtonEnabled(True)
        self.path.editingFinished.connect(lambda: self.check(self.path.text()))
        self.path.textChanged.connect(self._forget)
        label = QLabel(self.tr("&Backup file:"))
        label.setBuddy(self.path)
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.result = wrapped_label("")
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.checked: Path | None = None  # the file that passed the check

    def initializePage(self) -> None:
        self.path.setFocus()

    def choose(self) -> None:
        chosen = files.ask_open(
            self,
            self.tr("Choose a backup file"),
            self.tr("Perekhod backups (*%1)").replace("%1", BACKUP_SUFFIX),
        )
        if chosen is not None:
            self.path.setText(str(chosen))
            self.check(str(chosen))

    def _forget(self) -> None:
        if self.checked is not None and Path(self.path.text().strip()) != self.checked:
            self.checked = None
            self.result.setText("")
        self.completeChanged.emit()

    def check(self, text: str) -> bool:
        """Check the file now (as a restore would) and show what it holds or why not."""
        from app.backup_contents import inspect_backup
        from app.errors import PerekhodError
        from ui.errors import error_text

        text = text.strip()
        if not text:
            return False
        path = Path(text)
        if path == self.checked:
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            contents = inspect_backup(path)
        except Exception as err:
            if not isinstance(err, PerekhodError):
                log.error("backup check failed", exc_info=err)
            self.checked = None
            self.result.setText(f"<p style='color:#b00020'>{html.escape(error_text(err))}</p>")
            self.completeChanged.emit()
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.checked = path
        self.result.setText(self.describe(contents))
        self.completeChanged.emit()
        return True

    def describe(self, contents) -> str:
        kind = self.tr("School") if contents.mode == Mode.SCHOOL.value else self.tr("Municipality")
        rows = [
            (self.tr("Organisation"), contents.organisation),
            (self.tr("Mode"), kind),
            (self.tr("Roadmap activities"), str(contents.activities)),
            (self.tr("Joint events"), str(contents.events)),
            (self.tr("Self-assessments"), str(contents.runs)),
        ]
        body = "".join(
            f"<tr><td style='padding-right:16px'><b>{html.escape(label)}</b></td>"
            f"<td>{html.escape(value)}</td></tr>"
            for label, value in rows
        )
        note = self.tr(
            "The backup is fine. Press Finish to create the installation from it. The "
            "private signing key is never inside a backup: a new one will be created, and "
            "the municipality will be asked to accept it once."
        )
        return f"<table cellspacing='4'>{body}</table><p>{html.escape(note)}</p>"

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        if not self.check(self.path.text()):
            return False
        return self.wizard().create_from_backup(self.checked)  # type: ignore[attr-defined]

    def nextId(self) -> int:
        return -1
