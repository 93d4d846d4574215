"""Настройки: the organisation profile, the data folder, the version and, for a
municipality, the address of the shared database (a regional hub on PostgreSQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.errors import PerekhodError
from app.state import Mode
from app.version import APP_VERSION
from ui.context import UiContext
from ui.sections.base import Section
from ui.sections.placeholder import page_header
from ui.widgets import files, unsaved
from ui.widgets.keys import ctrl_enter_accepts
from ui.widgets.profile_form import ProfileForm
from ui.widgets.unsaved import EditGuard, SaveStatus, save_shortcut

if TYPE_CHECKING:
    from app.data_folder import DataFolder
    from app.installation import Installation
    from app.state import InstallState


class SettingsSection(Section):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.mode = ctx.installation.mode
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(
            page_header(
                self.tr("Settings"),
                self.tr("The organisation's profile and where the programme keeps its data."),
            )
        )
        layout.addWidget(self._profile_box())
        layout.addWidget(self._installation_box())
        if self.mode is Mode.MUNICIPALITY:  # a school never works with a shared database
            installation = ctx.installation
            self.hub_box = HubDatabaseBox(
                installation, installation.folder, installation.state, opened_url(installation)
            )
            self.hub_box.saved.connect(self._hub_saved)
            layout.addWidget(self.hub_box)
        layout.addStretch(1)

    def _profile_box(self) -> QGroupBox:
        title = (
            self.tr("School profile") if self.mode is Mode.SCHOOL else self.tr("Authority profile")
        )
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        self.form = ProfileForm(self.mode)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save profile"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.revert_button = self.buttons.addButton(
            self.tr("&Undo changes"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.status = SaveStatus()
        self.guard = EditGuard(
            self,
            save=self._store,
            discard=self.refresh,
            question=self.tr("The organisation's profile has unsaved changes. Save them?"),
            ask=lambda: ask_unsaved(self),
        )
        self.form.changed.connect(self.guard.mark_dirty)
        self.guard.show_in(self.status, self.save_button, self.revert_button)
        self.save_button.clicked.connect(self.save)
        save_shortcut(self, self.guard)
        self.revert_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        return box

    def _installation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Installation"))
        form = QFormLayout(box)
        installation = self.ctx.installation
        # a path has no spaces to wrap at: a read-only field shows it whole by scrolling
        folder = QLineEdit(str(installation.folder.root))
        folder.setReadOnly(True)
        folder.setCursorPosition(0)
        open_folder = QPushButton(self.tr("&Open the data folder"))
        open_folder.clicked.connect(self.open_data_folder)
        row = QHBoxLayout()
        row.addWidget(folder, 1)
        row.addWidget(open_folder)
        form.addRow(self.tr("Data folder:"), row)
        mode = self.tr("school") if self.mode is Mode.SCHOOL else self.tr("municipality")
        form.addRow(self.tr("Mode:"), QLabel(mode))
        number = QLabel(str(installation.state.install_uuid))
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Installation number:"), number)
        self.version_label = QLabel(APP_VERSION)
        form.addRow(self.tr("Programme version:"), self.version_label)
        return box

    # behaviour -----------------------------------------------------------------------
    def wants(self, changes: Changes) -> bool:
        return changes.profile

    def refresh(self) -> None:
        from app.profile import own_municipality, own_school

        own = own_school if self.mode is Mode.SCHOOL else own_municipality
        with self.guard.loading():
            self.form.set_info(own(self.ctx.installation))

    def save(self) -> bool:
        """Store the profile; «Сохранено» next to the button, or the problem under the form."""
        return self.guard.save()

    def _store(self) -> bool:
        from app.profile import update_own_profile

        if not self.form.validate():
            return False
        info = self.form.info()
        try:
            self.ctx.perform(
                lambda _scope: update_own_profile(self.ctx.installation, info), initiator=self
            )
        except PerekhodError as err:
            self.form.show_error(err.message)
            return False
        except Exception as err:  # logged; one Russian line for the user
            from ui.errors import show_error

            show_error(self, err)
            return False
        self.refresh()
        return True

    def open_data_folder(self) -> None:
        files.open_with_desktop(self, self.ctx.installation.folder.root)

    def _hub_saved(self, message: str) -> None:
        """The new address is in state.json: open the data from there now if the user
        wants and nothing is running or unsaved, else at the next start."""
        from ui.loading import reopen

        question = self.tr(
            "%1\n\nReopen the data now? Otherwise the change takes effect at the "
            "programme's next start."
        ).replace("%1", message)
        if ask_reopen(self, question) and reopen(self.window()):
            return
        later = self.tr("%1 The change takes effect at the programme's next start.")
        self.hub_box.show_result(later.replace("%1", message), ok=True)


def opened_url(installation: Installation) -> str | None:
    """The open hub database's address without its password; None for the SQLite file."""
    if not installation.is_hub:
        return None
    from app.hub import shown

    return shown(installation.db.engine.url.render_as_string(hide_password=False))


class HubDatabaseBox(QGroupBox):
    """«Общая база (региональный центр)»: where the data lives and the PostgreSQL address.

    Checks and saves run on the worker thread (a server may take 10 s to not answer);
    ``saved`` carries the Russian account of a stored change."""

    saved = Signal(str)
    NEVER_A_DIALOG_MS = 3_600_000  # the box shows its own busy indicator

    def __init__(
        self,
        target: Installation | DataFolder,
        folder: DataFolder,
        state: InstallState,
        hub_url: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Shared database (regional centre)"), parent)
        from app.hub_settings import password_file

        self.target, self.folder, self.state = target, folder, state
        outer = QVBoxLayout(self)
        form = QFormLayout()  # wrapped labels go below it: a form's spanning rows get
        outer.addLayout(form)  # their height for width wrong once the text changes
        if hub_url is None:
            where, value = self.tr("in a file on this computer"), str(folder.database)
        else:
            where, value = self.tr("in the shared PostgreSQL database on a server"), hub_url
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        form.addRow(self.tr("The data is kept:"), self.where)
        self.current = read_only(value)
        form.addRow(self.tr("Database:"), self.current)
        self.address = QLineEdit(state.database_url or hub_url or "")
        self.address.setCursorPosition(0)
        self.address.setPlaceholderText("postgresql://perekhod@сервер:5432/perekhod")
        self.address.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Shared database address:"))
        label.setBuddy(self.address)
        form.addRow(label, self.address)
        form.addRow(self.tr("Password file:"), read_only(str(password_file())))
        note = QLabel(
            self.tr(
                "Do not type the password into the address: the programme never stores "
                "passwords. PostgreSQL reads it from its password file on this computer, "
                "one line per database: server:port:database:user:password. A new address "
                "is used once the data is opened again."
            )
        )
        note.setWordWrap(True)
        outer.addWidget(note)
        self.check_button = QPushButton(self.tr("&Check the connection"))
        self.save_button = QPushButton(self.tr("Save the add&ress"))
        self.local_button = QPushButton(self.tr("&Go back to the database on this computer"))
        self.local_button.setVisible(bool(state.database_url or hub_url))
        self.check_button.clicked.connect(self.check)
        self.save_button.clicked.connect(self.save)
        self.local_button.clicked.connect(self.go_local)
        buttons = QHBoxLayout()
        for button in (self.check_button, self.save_button, self.local_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no percentage: a connection either answers or not
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(12)
        self.busy.hide()
        outer.addWidget(self.busy)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.result)
        self.running = False

    def check(self) -> None:
        from app.hub_settings import check_database_url

        url, folder, state = self.address.text(), self.folder, self.state
        self._run(
            lambda _progress: check_database_url(folder, state, url),
            self.tr("Connecting to the server…"),
            lambda check: self.show_result(check.message, check.ok),
        )

    def save(self) -> None:
        from app.hub_settings import save_database_url

        url, target = self.address.text(), self.target
        self._run(
            lambda _progress: save_database_url(target, url),
            self.tr("Checking the address and saving it…"),
            lambda message: self._stored(message, local=False),
        )

    def go_local(self) -> None:
        from app.hub_settings import save_database_url

        target = self.target
        self._run(
            lambda _progress: save_database_url(target, None),
            self.tr("Checking the database on this computer…"),
            lambda message: self._stored(message, local=True),
        )

    def _stored(self, message: str, local: bool) -> None:
        self.local_button.setVisible(not local)
        self.show_result(message, ok=True)
        self.saved.emit(message)

    def _run(self, work, label: str, done) -> None:
        from ui.worker import run_task

        if self.running:
            return
        self._set_busy(True, label)

        def finished(result) -> None:
            self._set_busy(False)
            done(result)

        def failed(err: BaseException) -> None:
            from ui.errors import error_text

            self._set_busy(False)
            self.show_result(error_text(err), ok=False)

        run_task(
            work,
            parent=self,
            label=label,
            on_done=finished,
            on_error=failed,
            cancellable=False,
            show_after_ms=self.NEVER_A_DIALOG_MS,
        )

    def _set_busy(self, busy: bool, label: str = "") -> None:
        self.running = busy
        for widget in (self.address, self.check_button, self.save_button, self.local_button):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.result.setStyleSheet("")
            self.result.setText(label)

    def show_result(self, text: str, ok: bool) -> None:
        self.result.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.result.setText(text)


class HubConnectionDialog(QDialog):
    """The shared database's address when it cannot be opened (no Settings section yet)."""

    def __init__(self, folder: DataFolder, state: InstallState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shared database"))
        layout = QVBoxLayout(self)
        tried = folder.database_url or state.database_url
        self.box = HubDatabaseBox(folder, folder, state, _shown(tried) if tried else None)
        self.box.saved.connect(lambda _message: self.accept())
        layout.addWidget(self.box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ctrl_enter_accepts(self)
        self.resize(720, self.sizeHint().height())


def _shown(url: str) -> str:
    from app.hub import shown

    return shown(url)


def read_only(text: str) -> QLineEdit:
    """A path or address has no spaces to wrap at: a read-only field shows it by scrolling."""
    field = QLineEdit(text)
    field.setReadOnly(True)
    field.setCursorPosition(0)
    return field


def ask_reopen(parent: QWidget, question: str) -> bool:
    """Yes/No after the shared database's address was saved (tests replace this)."""
    title = QCoreApplication.translate("SettingsSection", "Shared database")
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, question, buttons)
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel for an edited profile (tests replace this function)."""
    return unsaved.ask_unsaved(
        parent,
        QCoreApplication.translate(
            "SettingsSection", "The organisation's profile has unsaved changes. Save them?"
        ),
    )
