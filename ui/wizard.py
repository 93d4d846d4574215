"""First run: choose school or municipality, fill the profile, create the installation."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.data_folder import DataFolder
from app.installation import MunicipalityInfo, SchoolInfo
from app.state import Mode
from ui.widgets import files
from ui.widgets.keys import ctrl_enter_accepts
from ui.widgets.profile_form import ProfileForm

log = logging.getLogger(__name__)

MODE_PAGE, SCHOOL_PAGE, MUNICIPALITY_PAGE, SUMMARY_PAGE, RESTORE_PAGE = range(5)
BACKUP_SUFFIX = ".perekhod-backup"


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ModePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Perekhod"))
        self.setSubTitle(self.tr("Who will work with the programme on this computer?"))
        self.school = QRadioButton(self.tr("&School"))
        self.municipality = QRadioButton(self.tr("&Municipality (education authority)"))
        self.restore = QRadioButton(self.tr("&Restore from a backup / move from another computer"))
        self.school.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.school)
        group.addButton(self.municipality)
        group.addButton(self.restore)
        layout = QVBoxLayout(self)
        layout.addWidget(self.school)
        layout.addWidget(
            self._hint(
                self.tr(
                    "The school keeps its transition programme, roadmap, indicators, "
                    "partnership and self-assessment, and sends reports to the municipality."
                )
            )
        )
        self.school_hint = layout.itemAt(layout.count() - 1).widget()
        layout.addSpacing(12)
        layout.addWidget(self.municipality)
        layout.addWidget(
            self._hint(
                self.tr(
                    "The municipality loads the schools' exchange files, compares the schools "
                    "and prepares the analytical report."
                )
            )
        )
        layout.addSpacing(12)
        layout.addWidget(self.restore)
        layout.addWidget(
            self._hint(
                self.tr(
                    "The data is taken from a backup file (for example, one saved on a USB "
                    "stick on the old computer): the school or authority stays the same, "
                    "a new signing key is made on this computer."
                )
            )
        )
        self.restore_hint = layout.itemAt(layout.count() - 1).widget()
        layout.addStretch(1)

    def for_hub(self, url: str) -> None:
        """Started with ``--database-url``: only a municipality works with a shared database."""
        self.municipality.setChecked(True)
        for widget in (self.school, self.school_hint, self.restore, self.restore_hint):
            widget.setEnabled(False)
        self.hub_note = _wrapped(
            self.tr(
                "The programme was started with the address of a shared PostgreSQL database "
                "(%1): only a municipality works with one. A school keeps its data in a file "
                "on its own computer, and a backup file cannot be restored into a shared "
                "database."
            ).replace("%1", url)
        )
        self.layout().insertWidget(0, self.hub_note)

    def _hint(self, text: str) -> QLabel:
        label = _wrapped(text)
        label.setContentsMargins(24, 0, 0, 0)
        return label

    @property
    def mode(self) -> Mode:
        return Mode.SCHOOL if self.school.isChecked() else Mode.MUNICIPALITY

    @property
    def restoring(self) -> bool:
        return self.restore.isChecked()

    def nextId(self) -> int:
        if self.restoring:
            return RESTORE_PAGE
        return SCHOOL_PAGE if self.mode is Mode.SCHOOL else MUNICIPALITY_PAGE


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
        self.result = _wrapped("")
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
        from app.backups import inspect_backup
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
        wizard: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        return wizard.create_from_backup(self.checked)

    def nextId(self) -> int:
        return -1


class ProfilePage(QWizardPage):
    def __init__(self, mode: Mode) -> None:
        super().__init__()
        if mode is Mode.SCHOOL:
            self.setTitle(self.tr("About the school"))
        else:
            self.setTitle(self.tr("About the education authority"))
        self.setSubTitle(
            self.tr("Fields marked * are required; everything can be changed later in Settings.")
        )
        self.form = ProfileForm(mode)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def initializePage(self) -> None:
        self.form.first_field().setFocus()

    def validatePage(self) -> bool:
        return self.form.validate()

    def nextId(self) -> int:
        return SUMMARY_PAGE


class SummaryPage(QWizardPage):
    def __init__(self, folder: DataFolder) -> None:
        super().__init__()
        self.folder = folder
        self.setTitle(self.tr("Check and finish"))
        self.setSubTitle(self.tr("Press Finish to create the installation."))
        self.summary = _wrapped("")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.summary)
        inner.addStretch(1)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def initializePage(self) -> None:
        wizard: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        self.summary.setText(self.describe(wizard.info()))

    def describe(self, info: SchoolInfo | MunicipalityInfo) -> str:
        if isinstance(info, SchoolInfo):
            rows = self._school_rows(info)
            kind = self.tr("School")
        else:
            rows = [
                (self.tr("Education authority"), info.name),
                (self.tr("Short name"), info.short_name or info.name),
                (self.tr("Methodologist"), info.methodologist),
                (self.tr("Contacts"), ", ".join(v for v in (info.phone, info.email) if v)),
            ]
            kind = self.tr("Municipality")
        body = "".join(
            f"<tr><td style='padding-right:16px'><b>{html.escape(label)}</b></td>"
            f"<td>{html.escape(value or '—')}</td></tr>"
            for label, value in [(self.tr("Mode"), kind), *rows]
        )
        note = self.tr(
            "The data will be kept in the folder %1. A unique installation number and "
            "a signing key for exchange files will be created there."
        ).replace("%1", html.escape(str(self.folder.root)))
        if self.folder.database_url:
            from app.hub import shown

            note = (
                self.tr(
                    "The data will be kept in the shared PostgreSQL database %1. The folder "
                    "%2 on this computer keeps the settings, the logs and the municipality's "
                    "keys; the centre's other computers get the keys with «perekhod "
                    "export-key --private» here and «perekhod import-key» there."
                )
                .replace("%1", html.escape(shown(self.folder.database_url)))
                .replace("%2", html.escape(str(self.folder.root)))
            )
        return f"<table cellspacing='4'>{body}</table><p>{note}</p>"

    def _school_rows(self, info: SchoolInfo) -> list[tuple[str, str]]:
        flags = [
            (info.is_rural, self.tr("rural")),
            (info.is_small, self.tr("small")),
            (info.low_results, self.tr("low educational results")),
            (info.hard_social_conditions, self.tr("difficult social conditions")),
        ]
        counts = (
            self.tr("%1 pupils, %2 teachers, %3 classes")
            .replace("%1", str(info.pupils))
            .replace("%2", str(info.teachers))
            .replace("%3", str(info.classes))
        )
        return [
            (self.tr("Full name"), info.full_name),
            (self.tr("Short name"), info.short_name or info.full_name),
            (self.tr("Municipality"), info.municipality),
            (self.tr("Address"), info.address),
            (self.tr("Director"), info.director),
            (self.tr("Contacts"), ", ".join(v for v in (info.phone, info.email) if v)),
            (self.tr("Characteristics"), ", ".join(text for on, text in flags if on)),
            (self.tr("Size"), counts),
        ]

    def validatePage(self) -> bool:
        wizard: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        return wizard.create()

    def nextId(self) -> int:
        return -1  # the last page of a new installation (RESTORE_PAGE follows in ids only)


class FirstRunWizard(QWizard):
    """Creates the installation on Finish; ``created`` tells whether it did."""

    def __init__(self, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.created = False
        self.setWindowTitle(self.tr("Perekhod — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.mode_page = ModePage()
        self.school_page = ProfilePage(Mode.SCHOOL)
        self.municipality_page = ProfilePage(Mode.MUNICIPALITY)
        self.summary_page = SummaryPage(folder)
        self.restore_page = RestorePage()
        self.setPage(MODE_PAGE, self.mode_page)
        self.setPage(SCHOOL_PAGE, self.school_page)
        self.setPage(MUNICIPALITY_PAGE, self.municipality_page)
        self.setPage(SUMMARY_PAGE, self.summary_page)
        self.setPage(RESTORE_PAGE, self.restore_page)
        self.setStartId(MODE_PAGE)
        if folder.database_url:
            from app.hub import shown

            self.mode_page.for_hub(shown(folder.database_url))
        self._fit_screen()
        ctrl_enter_accepts(self)

    def _fit_screen(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(860, screen.width() - 40), min(620, screen.height() - 40))

    @property
    def mode(self) -> Mode:
        return self.mode_page.mode

    def info(self) -> SchoolInfo | MunicipalityInfo:
        page = self.school_page if self.mode is Mode.SCHOOL else self.municipality_page
        return page.form.info()

    def reject(self) -> None:
        """Cancel, Esc or closing the window: ask first once something may have been typed."""
        if self.created or self.currentId() == MODE_PAGE or confirm_abort(self):
            super().reject()

    def create(self) -> bool:
        """Create the installation now; a failure is shown and the wizard stays open."""
        from app.installation import create_municipality, create_school

        info = self.info()
        create = create_school if isinstance(info, SchoolInfo) else create_municipality
        return self._create(
            lambda _progress: create(self.folder, info).close(),  # type: ignore[arg-type]
            self.tr("Creating the installation…"),
        )

    def create_from_backup(self, source: Path | None) -> bool:
        """Create the installation from a checked backup (same organisation, new key)."""
        from app.backups import create_from_backup

        if source is None:
            return False
        return self._create(
            lambda _progress: create_from_backup(self.folder, source).close(),
            self.tr("Restoring from the backup…"),
        )

    def _create(self, work, label: str) -> bool:
        """On the worker: a regional hub may take its connect timeout to answer."""
        from ui.errors import show_error
        from ui.worker import run_and_wait

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            run_and_wait(work, parent=self, label=label)
        except Exception as err:
            QApplication.restoreOverrideCursor()
            show_error(self, err)
            return False
        QApplication.restoreOverrideCursor()
        self.created = True
        return True


def confirm_abort(parent: QWidget) -> bool:
    """Yes/No, «No» by default (tests replace this function)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FirstRunWizard", "Perekhod"),
        QCoreApplication.translate(
            "FirstRunWizard",
            "Stop the first start? Nothing has been saved; the wizard will open again "
            "at the next start.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def run_first_run_wizard(folder: DataFolder) -> bool:
    """Show the wizard; True once the installation exists in ``folder``."""
    wizard = FirstRunWizard(folder)
    wizard.exec()
    return wizard.created
