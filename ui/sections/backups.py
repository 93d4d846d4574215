"""Резервные копии: list the backups, make one, save one elsewhere, restore one.

In a regional hub (the municipality on a shared PostgreSQL database) the page only
explains that the server's administrator backs the database up with pg_dump."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.backup_contents import BackupContents
from app.backups import BackupEntry
from app.changes import Changes
from ui.context import UiContext
from ui.sections.base import Section
from ui.sections.placeholder import page_header
from ui.widgets import files
from ui.widgets.keys import add_keys
from ui.widgets.table_model import RIGHT, Col, TableModel

SUFFIX = ".perekhod-backup"
# What the server's administrator runs; ИМЯ_БАЗЫ is the database's name in the address.
HUB_COMMANDS = (
    "pg_dump -Fc -f perekhod.dump {database}\npg_restore -d {database} --clean perekhod.dump"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsModel", text)


def human_size(size: int) -> str:
    if size < 1024 * 1024:
        text = QCoreApplication.translate("BackupsModel", "%1 KB")
        return text.replace("%1", str(max(1, round(size / 1024))))
    value = f"{size / (1024 * 1024):.1f}".replace(".", ",")
    return QCoreApplication.translate("BackupsModel", "%1 MB").replace("%1", value)


def describe_contents(contents: BackupContents | None) -> str:
    """«Тестовая ОШ — мероприятий: 30, совместных мероприятий: 5, самодиагностик: 2»."""
    if contents is None:
        return "—"
    text = QCoreApplication.translate(
        "BackupsModel", "%1 — activities: %2, joint events: %3, self-assessments: %4"
    )
    values = (contents.organisation, contents.activities, contents.events, contents.runs)
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


class BackupsModel(TableModel):
    """Backups, newest first; rows are (entry, what the file holds)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("BackupsModel", "Date"),
        QT_TRANSLATE_NOOP("BackupsModel", "Reason"),
        QT_TRANSLATE_NOOP("BackupsModel", "Size"),
        QT_TRANSLATE_NOOP("BackupsModel", "File"),
        QT_TRANSLATE_NOOP("BackupsModel", "Contents"),  # shown before File (moved section)
    )

    def __init__(self) -> None:
        date, reason, size, name, contents = (_tr(h) for h in self.HEADERS)
        columns = [
            Col(date, lambda r: r[0].created_at),
            Col(reason, lambda r: r[0].reason),
            Col(size, lambda r: human_size(r[0].size), sort=lambda r: r[0].size, align=RIGHT),
            Col(name, lambda r: r[0].path.name),
            Col(contents, lambda r: r[1]),
        ]
        super().__init__(columns, sort_column=0, descending=True)

    def set_entries(
        self,
        entries: list[BackupEntry],
        contents: Mapping[Path, BackupContents | None] | None = None,
    ) -> None:
        """``contents``: what each file holds (:func:`app.backup_contents.backup_contents`)."""
        held = contents or {}
        self.set_rows([(e, describe_contents(held.get(e.path))) for e in entries])

    def entry(self, row: int) -> BackupEntry:
        return self.row(row)[0]


def _labelled(text: str, field: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(QLabel(text))
    row.addWidget(field, 1)
    return row


class BackupsSection(Section):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.hub = ctx.installation.is_hub
        if self.hub:
            self._hub_page(layout)
            return
        layout.addWidget(
            page_header(
                self.tr("Backups"),
                self.tr(
                    "A backup is a complete copy of the programme's data. Make one before "
                    "big changes and keep a copy on a USB stick."
                ),
            )
        )
        self.policy = QLabel(
            self.tr(
                "An automatic backup is made when the programme closes and every 30 minutes "
                "of work with changes. Older automatic backups are thinned: all of the last "
                "two days, then one a day for a week, one a week for a month and one a month "
                "for a year. Other backups are kept until you delete them."
            )
        )
        self.policy.setWordWrap(True)
        layout.addWidget(self.policy)
        layout.addLayout(self._buttons())
        self.model = BackupsModel()
        self.table = self._table()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by date, reason or file name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_filter)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter, 1)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.restore_file_button)
        bottom.addStretch(1)
        bottom.addWidget(self.open_folder_button)
        layout.addLayout(bottom)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        order = (
            self.create_button,
            self.save_as_button,
            self.filter,
            self.table,
            self.restore_button,
            self.restore_file_button,
            self.open_folder_button,
        )
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _hub_page(self, layout: QVBoxLayout) -> None:
        """No SQLite copies here: PostgreSQL's own tools keep the shared database."""
        from app.hub import shown
        from ui.sections.settings import read_only

        url = self.ctx.installation.db.engine.url
        layout.addWidget(
            page_header(
                self.tr("Backups"),
                self.tr(
                    "The data is kept in the shared PostgreSQL database on a server, not on "
                    "this computer."
                ),
            )
        )
        self.hub_note = QLabel(
            self.tr(
                "The programme neither makes nor restores copies of the shared database: "
                "its backups are made by the server's administrator with PostgreSQL's own "
                "tools, for example every day by a scheduled pg_dump. A copy is restored "
                "with pg_restore into the database while no one works with the programme."
            )
        )
        self.hub_note.setWordWrap(True)
        layout.addWidget(self.hub_note)
        layout.addLayout(
            _labelled(
                self.tr("Shared database:"),
                read_only(shown(url.render_as_string(hide_password=False))),
            )
        )
        layout.addSpacing(8)
        commands_label = QLabel(self.tr("Commands for the server (the &database's name: %1):"))
        commands_label.setText(commands_label.text().replace("%1", url.database or ""))
        self.hub_commands = QPlainTextEdit(HUB_COMMANDS.format(database=url.database))
        self.hub_commands.setReadOnly(True)
        self.hub_commands.setTabChangesFocus(True)
        self.hub_commands.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.hub_commands.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        lines = self.hub_commands.fontMetrics().lineSpacing() * 2
        self.hub_commands.setFixedHeight(lines + 2 * self.hub_commands.frameWidth() + 12)
        commands_label.setBuddy(self.hub_commands)
        layout.addWidget(commands_label)
        layout.addWidget(self.hub_commands)
        layout.addSpacing(8)
        self.hub_folder_note = QLabel(
            self.tr(
                "The log files and the municipality's keys stay in this computer's data "
                "folder; they are not in the database. Copy the keys folder separately and "
                "keep it safe: without it the centre cannot sign packages or read the "
                "schools' ones."
            )
        )
        self.hub_folder_note.setWordWrap(True)
        layout.addWidget(self.hub_folder_note)
        self.open_folder_button = QPushButton(self.tr("&Open the data folder"))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        row = _labelled(self.tr("Data folder:"), read_only(str(self.ctx.installation.folder.root)))
        row.addWidget(self.open_folder_button)
        layout.addLayout(row)
        layout.addStretch(1)

    def open_data_folder(self) -> None:
        files.open_with_desktop(self, self.ctx.installation.folder.root)

    def _buttons(self) -> QHBoxLayout:
        self.create_button = QPushButton(self.tr("&Make a backup"))
        self.create_button.setDefault(True)
        self.save_as_button = QPushButton(self.tr("Save a copy &as…"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_file_button = QPushButton(self.tr("Restore from &file…"))
        self.open_folder_button = QPushButton(self.tr("&Open the folder"))
        self.create_button.clicked.connect(lambda: self.make_backup())
        self.save_as_button.clicked.connect(self.save_copy_as)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addWidget(self.save_as_button)
        row.addStretch(1)
        return row

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.moveSection(4, 3)  # Date, Reason, Size, Contents, File
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 380)
        header.setStretchLastSection(True)
        table.setAccessibleName(self.tr("Backups"))
        table.setToolTip(self.tr("Enter or a double click restores the selected backup"))
        table.doubleClicked.connect(lambda _index: self.restore_selected())
        add_keys(table, on_edit=self.restore_selected)
        return table

    # data ----------------------------------------------------------------------------
    def wants(self, changes: Changes) -> bool:
        return changes.backups

    def refresh(self) -> None:
        from app.backup_contents import backup_contents
        from app.backups import list_backups

        if self.hub:
            return

        entries = list_backups(self.ctx.installation.folder)
        self.model.set_entries(entries, {e.path: backup_contents(e.path) for e in entries})
        if entries:
            text = self.tr("Backups in the folder: %1. Folder: %2")
            text = text.replace("%1", str(len(entries)))
        else:
            text = self.tr("There are no backups yet. Folder: %2")
        self.summary.setText(text.replace("%2", str(self.ctx.installation.folder.backups)))
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def selected_entry(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    # actions -------------------------------------------------------------------------
    def make_backup(self, target: Path | None = None) -> None:
        from app.backups import backup_op

        if self.hub:  # Файл → «Сделать копию» opened this page: it explains why not
            return

        def done(path: Path) -> None:
            self.summary.setText(self.tr("Backup saved: %1").replace("%1", str(path)))

        self.ctx.run_op(
            lambda _scope, progress: backup_op(self.ctx.installation, progress, target),
            parent=self,
            label=self.tr("Making a backup…"),
            on_done=done,
        )

    def save_copy_as(self) -> None:
        target = self.ask_target()
        if target is not None:
            self.make_backup(target)

    def ask_target(self) -> Path | None:
        from datetime import datetime

        name = f"Переход-копия-{datetime.now().strftime('%Y-%m-%d')}{SUFFIX}"
        return files.ask_save(
            self,
            self.tr("Save a copy of the data"),
            name,
            self.tr("Perekhod backups (*%1)").replace("%1", SUFFIX),
            SUFFIX,
        )

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            QMessageBox.information(
                self, self.tr("Restore"), self.tr("Select a backup in the list first.")
            )
            return
        moment = entry.created_at.astimezone().strftime("%d.%m.%Y %H:%M")
        self.restore(entry.path, self.tr("the backup of %1").replace("%1", moment))

    def restore_from_file(self) -> None:
        chosen = files.ask_open(
            self,
            self.tr("Restore from a backup file"),
            self.tr("Perekhod backups (*%1)").replace("%1", SUFFIX),
        )
        if chosen is not None:
            self.restore(chosen, chosen.name)

    def restore(self, source: Path, described: str) -> bool:
        """Ask, then replace the data with ``source``; the current data is saved first."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore data"),
            self.tr(
                "Replace the programme's data with %1?\n\nThe current data will first be "
                "saved as a separate backup in the backups folder, so it can be brought "
                "back. The data will then be reopened."
            ).replace("%1", described),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from ui.loading import restore_and_reopen

        restore_and_reopen(self.window(), source)
        return True

    def open_folder(self) -> None:
        folder = self.ctx.installation.folder.backups
        folder.mkdir(parents=True, exist_ok=True)
        files.open_with_desktop(self, folder)
