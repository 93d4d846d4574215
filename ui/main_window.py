"""The main window: side navigation, a stack of section pages, menus and a status bar."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.data_folder import DataFolder
from ui.sections import MUNICIPALITY_SECTIONS, SCHOOL_SECTIONS, SectionSpec
from ui.sections.placeholder import ComingSoonPage, LoadingPage

MIN_WIDTH, MIN_HEIGHT = 1000, 620


def section_title(spec: SectionSpec) -> str:
    return QCoreApplication.translate("Sections", spec.title)


class MainWindow(QMainWindow):
    """Shown before the database opens (title from state.json); sections load afterwards."""

    def __init__(self, folder: DataFolder, display_name: str, municipality: bool) -> None:
        super().__init__()
        self.folder = folder
        self.ctx = None  # UiContext once the installation is open
        self.specs = MUNICIPALITY_SECTIONS if municipality else SCHOOL_SECTIONS
        self._pages: dict[str, QWidget] = {}
        self.settings = QSettings(str(folder.root / "ui.ini"), QSettings.Format.IniFormat)
        self.setWindowTitle(self.tr("Perekhod — %1").replace("%1", display_name))
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self._build_navigation()
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()

    # construction -------------------------------------------------------------
    def _build_navigation(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setMinimumWidth(210)
        self.nav.setMaximumWidth(300)
        for spec in self.specs:
            item = QListWidgetItem(section_title(spec))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.loading = LoadingPage()
        self.stack.addWidget(self.loading)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self._show_row)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        backup = QAction(self.tr("Make a &backup now"), self)
        backup.triggered.connect(lambda: self.open_section("backups"))
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, spec in enumerate(self.specs):
            action = QAction(section_title(spec), self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.open_section(key))
            go_menu.addAction(action)
        self.addActions(go_menu.actions())

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Perekhod"), self)
        about.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        self.folder_label = QLabel(self.tr("Data folder: %1").replace("%1", str(self.folder.root)))
        self.backup_label = QLabel()
        self.statusBar().addWidget(self.folder_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)

    # installation --------------------------------------------------------------
    def set_context(self, ctx) -> None:
        """The database is open: build pages on demand from now on."""
        self.ctx = ctx
        self.update_backup_label()
        ctx.bus.changed.connect(lambda changes, _initiator: self._after_change(changes))
        key = self.settings.value("last_section", "home")
        self.open_section(key if any(s.key == key for s in self.specs) else "home")
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        self._show_row(self.nav.currentRow())

    def show_load_error(self, message: str) -> None:
        self.loading.show_error(message)

    def update_backup_label(self) -> None:
        last = self.ctx.installation.state.last_backup_at if self.ctx else None
        if last is None:
            text = self.tr("Last backup: none yet")
        else:
            local = last.astimezone()
            text = self.tr("Last backup: %1").replace("%1", local.strftime("%d.%m.%Y %H:%M"))
        self.backup_label.setText(text)

    def _after_change(self, changes) -> None:
        if changes.backups or changes.profile:
            self.update_backup_label()
            if changes.profile:
                name = self.ctx.installation.state.display_name
                self.setWindowTitle(self.tr("Perekhod — %1").replace("%1", name))

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
        spec = self.specs[row]
        page = self._pages.get(spec.key) or self._build_page(spec)
        self.stack.setCurrentWidget(page)
        self.settings.setValue("last_section", spec.key)

    def _build_page(self, spec: SectionSpec) -> QWidget:
        if spec.factory is None:
            page: QWidget = ComingSoonPage(
                section_title(spec), QCoreApplication.translate("Sections", spec.coming)
            )
        else:
            module_name, class_name = spec.factory.split(":")
            page = getattr(import_module(module_name), class_name)(self.ctx)
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
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1280, 720)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
