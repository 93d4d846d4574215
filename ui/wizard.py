"""First run: choose school or municipality, fill the profile, create the installation."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QLabel,
    QMessageBox,
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
from ui.widgets.fit import wrapped_label
from ui.widgets.keys import ctrl_enter_accepts
from ui.widgets.profile_form import ProfileForm
from ui.wizard_restore import RestorePage

log = logging.getLogger(__name__)

MODE_PAGE, SCHOOL_PAGE, MUNICIPALITY_PAGE, SUMMARY_PAGE, RESTORE_PAGE = range(5)


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
        self.hub_note = wrapped_label(
            self.tr(
                "The programme was started with the address of a shared PostgreSQL database "
                "(%1): only a municipality works with one. A school keeps its data in a file "
                "on its own computer, and a backup file cannot be restored into a shared "
                "database."
            ).replace("%1", url)
        )
        self.layout().insertWidget(0, self.hub_note)

    def _hint(self, text: str) -> QLabel:
        label = wrapped_label(text)
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
        self.summary = wrapped_label("")
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
        self.creating = False  # on the worker now
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
        if self.creating:
            return  # the installation is being written: it cannot be half-left
        if self.created or self.currentId() == MODE_PAGE or confirm_abort(self):
            super().reject()

    def create(self) -> bool:
        """Finish on the summary page: creating starts on the worker (a regional hub may take
        its connect timeout to answer) and the wizard closes once it is done; a failure is
        shown and the wizard stays open."""
        from app.installation import create_municipality, create_school

        if self.created:
            return True
        info = self.info()
        create = create_school if isinstance(info, SchoolInfo) else create_municipality
        self._start(
            lambda _progress: create(self.folder, info).close(),  # type: ignore[arg-type]
            self.tr("Creating the installation…"),
        )
        return False

    def create_from_backup(self, source: Path | None) -> bool:
        """Create the installation from a checked backup (same organisation, new key)."""
        from app.backups import create_from_backup

        if self.created:
            return True
        if source is not None:
            self._start(
                lambda _progress: create_from_backup(self.folder, source).close(),
                self.tr("Restoring from the backup…"),
            )
        return False

    def _start(self, work, label: str) -> None:
        from ui.worker import run_task

        if self.creating:
            return
        self._busy(True)
        run_task(
            work,
            parent=self,
            label=label,
            cancellable=False,
            on_done=self._created,
            on_error=self._failed,
        )

    def _created(self, _result: object) -> None:
        self._busy(False)
        self.created = True
        self.accept()  # QWizard validates the page once more: now it passes

    def _failed(self, err: BaseException) -> None:
        from ui.errors import show_error

        self._busy(False)
        show_error(self, err)

    def _busy(self, busy: bool) -> None:
        self.creating = busy
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()
        self.currentPage().setEnabled(not busy)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(not busy)


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
