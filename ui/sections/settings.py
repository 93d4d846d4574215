"""Настройки: the organisation profile, the data folder and the version."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
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
from ui.widgets.profile_form import ProfileForm
from ui.widgets.unsaved import EditGuard, SaveStatus, save_shortcut


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


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel for an edited profile (tests replace this function)."""
    return unsaved.ask_unsaved(
        parent,
        QCoreApplication.translate(
            "SettingsSection", "The organisation's profile has unsaved changes. Save them?"
        ),
    )
