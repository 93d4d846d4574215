"""The main window: side navigation, a stack of section pages, menus and a status bar."""

from __future__ import annotations

import logging
from importlib import import_module

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from app.data_folder import DataFolder
from ui.sections import MUNICIPALITY_SECTIONS, SCHOOL_SECTIONS, SectionSpec, section_class
from ui.sections.placeholder import ComingSoonPage, LoadingPage

log = logging.getLogger(__name__)

MIN_WIDTH, MIN_HEIGHT = 720, 460  # fits 1366×768 at 150 % scaling (910×512 logical)
DEFAULT_WIDTH, DEFAULT_HEIGHT = 1280, 720
AUTO_BACKUP_EVERY_MS = 30 * 60 * 1000  # while there were changes since the last one
CLOSE_WAIT_MS = 15_000  # closing never waits longer for its backup
# Главная paints without the ORM models; they load this long after, before a first click
# on another section would have to wait for them.
LOAD_MODELS_AFTER_MS = 300
SP = QStyle.StandardPixmap
ICONS = {
    "home": SP.SP_DirHomeIcon,
    "programme": SP.SP_FileDialogDetailedView,
    "roadmap": SP.SP_FileDialogListView,
    "indicators": SP.SP_FileDialogInfoView,
    "partnership": SP.SP_DirLinkIcon,
    "self_assessment": SP.SP_DialogApplyButton,
    "reports": SP.SP_FileIcon,
    "exchange": SP.SP_DriveFDIcon,
    "schools": SP.SP_DirIcon,
    "municipal_project": SP.SP_FileDialogDetailedView,
    "municipal_plan": SP.SP_FileDialogListView,
    "resources": SP.SP_DirOpenIcon,
    "analytical_report": SP.SP_FileDialogContentsView,
    "backups": SP.SP_DialogSaveButton,
    "settings": SP.SP_FileDialogDetailedView,
}
NAV_STYLE = """
QListWidget#navigation { border: none; padding-top: 6px; }
QListWidget#navigation::item { padding: 6px 8px; }
"""


def section_title(spec: SectionSpec) -> str:
    return QCoreApplication.translate("Sections", spec.title)


def shortcut_for(index: int) -> QKeySequence | None:
    """Ctrl+1 … Ctrl+9 for the first nine sections, Ctrl+0 for the tenth."""
    if index < 9:
        return QKeySequence(f"Ctrl+{index + 1}")
    return QKeySequence("Ctrl+0") if index == 9 else None


class MainWindow(QMainWindow):
    """Shown before the database opens (title from state.json); sections load afterwards."""

    def __init__(self, folder: DataFolder, display_name: str, municipality: bool) -> None:
        super().__init__()
        self.folder = folder
        self.ctx = None  # UiContext once the installation is open
        self.specs = MUNICIPALITY_SECTIONS if municipality else SCHOOL_SECTIONS
        self._pages: dict[str, QWidget] = {}
        # Automatic backups: the data ``changed_since_backup`` (the change bus says so);
        # closing waits for a running backup at most CLOSE_WAIT_MS.
        self.changed_since_backup = False
        self.auto_backup_running = False
        self._closing_after_backup = False
        self._close_backup_done = False
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(AUTO_BACKUP_EVERY_MS)
        self.backup_timer.timeout.connect(self.auto_backup_if_changed)
        self.settings = QSettings(str(folder.root / "ui.ini"), QSettings.Format.IniFormat)
        self.set_display_name(display_name)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self._build_navigation()
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        self.nav.setFocus()

    # construction -------------------------------------------------------------
    def _build_navigation(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(190)
        self.nav.setMaximumWidth(320)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        style = self.style()
        for index, spec in enumerate(self.specs):
            icon: QIcon = style.standardIcon(ICONS.get(spec.key, SP.SP_FileIcon))
            item = QListWidgetItem(icon, section_title(spec))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            shortcut = shortcut_for(index)
            if shortcut is not None:
                item.setToolTip(shortcut.toString(QKeySequence.SequenceFormat.NativeText))
            self.nav.addItem(item)
        self.nav.setMinimumWidth(max(190, self.nav.sizeHintForColumn(0) + 16))
        self.stack = QStackedWidget()
        self.loading = LoadingPage()
        self.stack.addWidget(self.loading)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1000])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self._show_row)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        backup = QAction(self.tr("Make a &backup now"), self)
        backup.setShortcut(QKeySequence("Ctrl+Shift+B"))
        backup.triggered.connect(self.backup_now)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, spec in enumerate(self.specs):
            action = QAction(section_title(spec), self)
            shortcut = shortcut_for(index)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _=False, key=spec.key: self.open_section(key))
            go_menu.addAction(action)
        go_menu.addSeparator()
        to_nav = QAction(self.tr("&Section list"), self)
        to_nav.setShortcut(QKeySequence("Ctrl+L"))
        to_nav.triggered.connect(self.nav.setFocus)
        go_menu.addAction(to_nav)
        self.addActions(go_menu.actions())

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Perekhod"), self)
        about.setShortcut(QKeySequence("F1"))
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.addAction(about)

    def _build_status_bar(self) -> None:
        self.folder_label = QLabel(self.tr("Data folder: %1").replace("%1", str(self.folder.root)))
        self.folder_label.setToolTip(str(self.folder.root))
        self.folder_label.setMinimumWidth(100)
        self.backup_label = QLabel()
        self.statusBar().addWidget(self.folder_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)

    # installation --------------------------------------------------------------
    def set_context(self, ctx) -> None:
        """The database is open: build pages on demand from now on."""
        self.ctx = ctx
        self.set_display_name(ctx.installation.state.display_name)
        self.update_backup_label()
        ctx.bus.changed.connect(lambda changes, _initiator: self._after_change(changes))
        self.changed_since_backup = False
        self.backup_timer.start()
        key = self.settings.value("last_section", "home")
        self.open_section(key if any(s.key == key for s in self.specs) else "home")
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        self._show_row(self.nav.currentRow())
        QTimer.singleShot(LOAD_MODELS_AFTER_MS, self, lambda: import_module("db.models"))

    def detach_context(self, message: str) -> None:
        """Drop every page and close the installation (before a restore replaces it)."""
        self.backup_timer.stop()
        self.stack.setCurrentWidget(self.loading)
        self.loading.show_message(message)
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        if self.ctx is not None:
            self.ctx.installation.close()
            self.ctx.deleteLater()
            self.ctx = None

    def show_load_error(self, message: str) -> None:
        self.loading.show_error(message)

    def set_display_name(self, name: str) -> None:
        self.setWindowTitle(self.tr("Perekhod — %1").replace("%1", name))

    def update_backup_label(self) -> None:
        if self.ctx is not None and self.ctx.installation.is_hub:  # no copies of our own
            url = self.ctx.installation.db.engine.url
            server = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"
            self.backup_label.setText(self.tr("Shared database: server %1").replace("%1", server))
            return
        last = self.ctx.installation.state.last_backup_at if self.ctx else None
        if last is None:
            text = self.tr("Last backup: none yet")
        else:
            local = last.astimezone()
            text = self.tr("Last backup: %1").replace("%1", local.strftime("%d.%m.%Y %H:%M"))
        self.backup_label.setText(text)

    def _after_change(self, changes) -> None:
        if self.ctx is None:
            return
        from dataclasses import replace

        if replace(changes, backups=False).any():
            self.changed_since_backup = True
        if changes.backups:
            self.update_backup_label()
        if changes.profile:
            self.set_display_name(self.ctx.installation.state.display_name)

    def backup_now(self) -> None:
        """File → Make a backup now: open Backups and start one."""
        self.open_section("backups")
        page = self._pages.get("backups")
        if page is not None and hasattr(page, "make_backup"):
            page.make_backup()

    # automatic backups (the policy is app.auto_backups.auto_backup) ---------------
    def auto_backup_if_changed(self) -> None:
        """The 30-minute timer: a backup on the worker when the data changed since the last."""
        if self.changed_since_backup:
            self.start_auto_backup()

    def start_auto_backup(self) -> bool:
        """Run :func:`app.auto_backups.auto_backup` on the worker thread, without a dialog; a
        failure is logged and shown in the status bar. False if none was started."""
        if self.ctx is None or self.auto_backup_running or self.ctx.installation.is_hub:
            return False
        from app.auto_backups import auto_backup_op
        from ui.worker import run_task

        ctx, installation = self.ctx, self.ctx.installation
        self.auto_backup_running = True
        self.changed_since_backup = False

        def done(result) -> None:
            if not shiboken6.isValid(self):
                return
            self.auto_backup_running = False
            if result.changes.any() and shiboken6.isValid(ctx):
                ctx.bus.changed.emit(result.changes, None)
            written = result.value.written
            if written is not None:
                message = self.tr("Automatic backup saved: %1").replace("%1", written.name)
                self.statusBar().showMessage(message, 10_000)
            self._close_if_waiting()

        def failed(err: BaseException) -> None:
            from ui.errors import error_text

            log.error("automatic backup failed: %s", err)
            if not shiboken6.isValid(self):
                return
            self.auto_backup_running = False
            self.changed_since_backup = True  # try again at the next round
            message = self.tr("Automatic backup failed: %1").replace("%1", error_text(err))
            self.statusBar().showMessage(message)
            self._close_if_waiting()

        run_task(
            lambda progress: auto_backup_op(installation, progress),
            parent=None,  # the window may be closing: the task must outlive it
            label=self.tr("Saving an automatic backup…"),
            on_done=done,
            on_error=failed,
            cancellable=False,
            show_after_ms=CLOSE_WAIT_MS * 10,  # never a dialog
        )
        return True

    def _backup_before_close(self) -> bool:
        """True while the close waits for a backup; the window closes once it ended (or
        after CLOSE_WAIT_MS at most)."""
        if self._closing_after_backup:
            return not self._close_backup_done
        if self.ctx is None or not (self.changed_since_backup or self.auto_backup_running):
            return False
        if not self.auto_backup_running and not self.start_auto_backup():
            return False
        self._closing_after_backup = True
        self.statusBar().showMessage(self.tr("Saving an automatic backup before closing…"))
        self.setEnabled(False)
        QTimer.singleShot(CLOSE_WAIT_MS, self, self._close_after_backup)
        return True

    def _close_if_waiting(self) -> None:
        if self._closing_after_backup:
            self._close_after_backup()

    def _close_after_backup(self) -> None:
        if shiboken6.isValid(self) and not self._close_backup_done:
            self._close_backup_done = True
            self.close()

    # navigation ----------------------------------------------------------------
    def open_section(self, key: str) -> None:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.nav.setCurrentRow(row)
                return

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _show_row(self, row: int) -> None:
        if row < 0 or self.ctx is None:
            return
        if not self._current_page_can_leave(row):
            return
        spec = self.specs[row]
        page = self._pages.get(spec.key) or self._build_page(spec)
        self.stack.setCurrentWidget(page)
        self.settings.setValue("last_section", spec.key)

    def _current_page_can_leave(self, row: int) -> bool:
        """Let the page being left keep unsaved edits; if it stays, so does the selection."""
        current = self.stack.currentWidget()
        if current is self._pages.get(self.specs[row].key):
            return True
        can_leave = getattr(current, "can_leave", None)
        if can_leave is None or can_leave():
            return True
        previous = next(
            (r for r, spec in enumerate(self.specs) if self._pages.get(spec.key) is current), -1
        )
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(previous)
        self.nav.blockSignals(False)
        return False

    def _build_page(self, spec: SectionSpec) -> QWidget:
        if spec.factory is None:
            page: QWidget = ComingSoonPage(
                section_title(spec), QCoreApplication.translate("Sections", spec.coming)
            )
        else:
            page = section_class(spec)(self.ctx)
            page.refresh()
        page.setObjectName(f"section_{spec.key}")
        self._pages[spec.key] = page
        self.stack.addWidget(page)
        return page

    # window state ----------------------------------------------------------------
    def show_about(self) -> None:
        from ui.about import show_about

        show_about(self)

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("geometry")
        splitter = self.settings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        screen = self.screen().availableGeometry()
        self.resize(min(DEFAULT_WIDTH, screen.width()), min(DEFAULT_HEIGHT, screen.height() - 40))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(getattr(page, "can_leave", lambda: True)() for page in self._pages.values()):
            event.ignore()
            return
        if self._backup_before_close():
            event.ignore()
            return
        self.backup_timer.stop()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
