"""«Обмен со школами» at the municipality. «Пакеты от школ»: preview the schools' files (nothing
written yet), load them, read the summary (accepted / already loaded / refused with reasons);
receipts, the municipality's key file, a school's changed key accepted after comparing
fingerprints. «Пакеты для школ»: return packages (ui/exchange/returns.py)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.sync.keyfile import own_keys
from app.sync.receive import Outcome
from ui.context import UiContext
from ui.errors import show_error
from ui.exchange import verdicts
from ui.exchange.incoming import (
    Batch,
    Row,
    accept_key_and_import,
    import_order,
    package_files,
    run_files,
)
from ui.exchange.key_dialog import KeyChangeDialog, write_municipality_key
from ui.exchange.returns import ReturnsPanel
from ui.sections.base import Section
from ui.sections.placeholder import page_header
from ui.widgets import files
from ui.widgets.table_model import TableModel
from ui.worker import run_task

# An imported package replaces a school's rows: every view of school data may change.
IMPORTED = Changes(
    programme=True,
    roadmap=True,
    indicators=True,
    partnership=True,
    self_assessment=True,
    reports=True,
    exchange=True,
)


class MunicipalityExchangeSection(Section):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[Row] = []
        self.receipts_folder: Path | None = None
        self.busy = False
        outer = QVBoxLayout(self)
        outer.addWidget(
            page_header(
                self.tr("Exchange with schools"),
                self.tr(
                    "Load the files schools bring on USB sticks. A preview first shows what "
                    "each file would change; nothing is written until you press «Load». "
                    "Return packages carry the municipality's recommendations to schools."
                ),
            )
        )
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self.incoming = QWidget()
        self.returns = ReturnsPanel(ctx)
        self.tabs.addTab(self.incoming, self.tr("Packages from schools"))
        self.tabs.addTab(self.returns, self.tr("Packages for schools"))
        layout = QVBoxLayout(self.incoming)
        layout.addLayout(self._top_row())
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        self.key_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.key_note)
        self.headline = QLabel(self.tr("Choose the schools' files or a folder with them."))
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        layout.addWidget(self.headline)
        layout.addLayout(self._counts_row())
        layout.addLayout(self._filter_row())
        self.model = TableModel(verdicts.columns(), self)
        self.view = self._table()
        layout.addWidget(self.view, 1)
        self.detail = QLabel()  # the selected file's whole result: reasons can be long
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        layout.addLayout(self._bottom_row())
        order = (self.files_button, self.folder_button, self.key_button, self.filter)
        order += (
            self.show_choice,
            self.view,
            self.receipts_check,
            self.trust_button,
            self.load_button,
        )
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self.refresh()
        self._update()

    # ---- building -------------------------------------------------------------------------
    def _top_row(self) -> QHBoxLayout:
        self.files_button = QPushButton(self.tr("Choose &files…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Choose a f&older…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.key_button = QPushButton(self.tr("Write the municipality &key…"))
        self.key_button.clicked.connect(self.write_key)
        row = QHBoxLayout()
        row.addWidget(self.files_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        row.addWidget(self.key_button)
        return row

    def _counts_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.counts: dict[Outcome, QLabel] = {}
        for outcome in Outcome:
            label = QLabel()
            label.setStyleSheet(f"color: {verdicts.COLOURS[outcome]}; font-weight: bold;")
            self.counts[outcome] = label
            row.addWidget(label)
        self.receipts_note = QLabel()
        self.receipts_note.setWordWrap(True)
        row.addWidget(self.receipts_note, 1)
        return row

    def _filter_row(self) -> QHBoxLayout:
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("School, number, reason or file name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.show_choice = QComboBox()
        for text, _outcome in verdicts.SHOW:
            self.show_choice.addItem(verdicts.translate(text))
        self.show_choice.currentIndexChanged.connect(self._apply_filter)
        self.shown = QLabel()
        filter_label = QLabel(self.tr("F&ilter:"))
        filter_label.setBuddy(self.filter)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.show_choice)
        row = QHBoxLayout()
        for widget in (filter_label, self.filter, show_label, self.show_choice, self.shown):
            row.addWidget(widget, 1 if widget is self.filter else 0)
        return row

    def _table(self) -> QTableView:
        view = verdicts.files_view(self.model)
        view.setAccessibleName(self.tr("School packages"))
        view.doubleClicked.connect(lambda _index: self._row_activated())
        view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        return view

    def _bottom_row(self) -> QHBoxLayout:
        self.receipts_check = QCheckBox(self.tr("Write &receipts to a folder…"))
        self.receipts_check.toggled.connect(self._receipts_toggled)
        self.trust_button = QPushButton(self.tr("Compare the school's &keys…"))
        self.trust_button.clicked.connect(self.compare_keys)
        self.load_button = QPushButton(self.tr("&Load"))
        font = self.load_button.font()
        font.setBold(True)
        self.load_button.setFont(font)
        self.load_button.clicked.connect(self.load)
        row = QHBoxLayout()
        row.addWidget(self.receipts_check)
        row.addStretch(1)
        row.addWidget(self.trust_button)
        row.addWidget(self.load_button)
        return row

    # ---- state --------------------------------------------------------------------------
    def wants(self, changes: Changes) -> bool:
        return changes.profile or changes.exchange  # names; the schools to write to

    def refresh(self) -> None:
        fingerprint = own_keys(self.ctx.installation).fingerprint
        self.key_note.setText(
            self.tr("Fingerprint of the municipality's key: %1").replace("%1", fingerprint)
        )
        self.returns.refresh()

    def _set_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        self.view.resizeColumnToContents(verdicts.SCHOOL_COLUMN)
        width = min(self.view.columnWidth(verdicts.SCHOOL_COLUMN), 260)
        self.view.setColumnWidth(verdicts.SCHOOL_COLUMN, width)
        self._apply_filter()
        refused = self.model.row_of(lambda row: row.outcome is Outcome.REFUSED)
        if refused >= 0:  # its reason shows in full under the table
            self.view.selectRow(refused)

    def _apply_filter(self) -> None:
        outcome = verdicts.SHOW[max(self.show_choice.currentIndex(), 0)][1]
        accept = None if outcome is None else (lambda row: row.outcome is outcome)
        self.model.set_filter(self.filter.text(), accept)
        self.shown.setText(
            self.tr("Shown: %1 of %2")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(self.model.total()))
        )
        self._update()

    def _update(self) -> None:
        idle = not self.busy
        waiting = [r for r in self.rows if not r.imported]
        self.files_button.setEnabled(idle)
        self.folder_button.setEnabled(idle)
        self.load_button.setEnabled(idle and any(r.outcome is Outcome.ACCEPTED for r in waiting))
        self.trust_button.setEnabled(idle and self._key_row() is not None)
        self._show_counts()
        self._show_detail()

    def _show_counts(self) -> None:
        counts = verdicts.tally(self.rows)
        preview = any(not r.imported for r in self.rows)
        texts = {
            Outcome.ACCEPTED: self.tr("Will be accepted: %1")
            if preview
            else self.tr("Accepted: %1"),
            Outcome.DUPLICATE: self.tr("Already loaded: %1"),
            Outcome.REFUSED: self.tr("Refused: %1"),
        }
        for outcome, label in self.counts.items():
            label.setText(texts[outcome].replace("%1", str(counts[outcome])))
            label.setVisible(bool(self.rows))

    def _show_detail(self) -> None:
        row = self._selected()
        self.detail.setVisible(row is not None)
        if row is not None:
            self.detail.setText(f"{row.file.name}: {verdicts.result_text(row)}")

    def _selected(self) -> Row | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _key_row(self) -> Row | None:
        """The selected row if its school's key changed, else the first such row."""
        selected = self._selected()
        if selected is not None and selected.key_changed:
            return selected
        return next((r for r in self.rows if r.key_changed), None)

    def _start(self, work, label: str, on_done) -> None:
        self.busy = True
        self._update()

        def done(result: object) -> None:
            self.busy = False
            on_done(result)

        def failed(err: BaseException) -> None:
            self.busy = False
            self._update()
            show_error(self, err)

        run_task(work, parent=self, label=label, on_done=done, on_error=failed)

    # ---- preview ------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = files.ask_open_many(
            self, self.tr("School packages"), self.tr("Exchange files (*.perekhod)")
        )
        if paths:
            self.preview(paths)

    def choose_folder(self) -> None:
        folder = files.ask_folder(self, self.tr("Folder with school packages"))
        if folder is None:
            return
        try:
            paths = package_files(folder)
        except OSError as err:
            show_error(self, err)
            return
        if not paths:
            text = self.tr("There are no exchange files (*.perekhod) in the folder %1.")
            QMessageBox.information(
                self, self.tr("School packages"), text.replace("%1", str(folder))
            )
            return
        self.preview(paths)

    def preview(self, paths: list[Path]) -> None:
        """Check every file without writing anything, on the worker thread."""
        installation = self.ctx.installation
        self.tabs.setCurrentWidget(self.incoming)
        self._set_rows([])
        self.headline.setText(self.tr("Checking the files…"))
        self._start(
            lambda progress: run_files(installation, paths, True, progress),
            self.tr("Checking the school packages…"),
            lambda batch: self._previewed(batch, len(paths)),
        )

    def _previewed(self, batch: Batch, total: int) -> None:
        self._set_rows(batch.rows)
        if batch.cancelled:
            text = self.tr("Checking stopped: %1 of %2 files checked. Nothing is written yet.")
            text = text.replace("%1", str(len(batch.rows))).replace("%2", str(total))
        else:
            text = self.tr(
                "Preview of %1 files: nothing is written yet. Press «Load» to load them."
            ).replace("%1", str(total))
        self.headline.setText(text)

    # ---- import -------------------------------------------------------------------------
    def load(self) -> None:
        installation, receipts = self.ctx.installation, self.receipts_folder
        paths = import_order(self.rows)
        self.headline.setText(self.tr("Loading the files…"))
        self._start(
            lambda progress: run_files(installation, paths, False, progress, receipts),
            self.tr("Loading the school packages…"),
            lambda batch: self._imported(batch, len(paths)),
        )

    def _imported(self, batch: Batch, total: int) -> None:
        self._merge(batch.rows)
        if batch.cancelled:
            text = self.tr("Loading stopped after %1 of %2 files; the rest are not loaded.")
            text = text.replace("%1", str(len(batch.rows))).replace("%2", str(total))
        else:
            text = self.tr("Loading finished: %1 files.").replace("%1", str(total))
        self.headline.setText(text)
        self._after_import(batch.rows)

    def _merge(self, done: list[Row]) -> None:
        by_file = {row.file: row for row in done}
        self._set_rows([by_file.get(row.file, row) for row in self.rows])

    def _after_import(self, done: list[Row]) -> None:
        written = [r.receipt for r in done if r.receipt is not None]
        if written:
            text = self.tr("Receipts written: %1 (folder %2).").replace("%1", str(len(written)))
            self.receipts_note.setText(text.replace("%2", str(written[0].parent)))
        if any(r.outcome is Outcome.ACCEPTED for r in done):
            self.returns.refresh()  # a school heard from for the first time can get one
            self.ctx.bus.changed.emit(IMPORTED, self)

    def _receipts_toggled(self, on: bool) -> None:
        self.receipts_folder = None
        if on:
            self.receipts_folder = files.ask_folder(self, self.tr("Where to write the receipts"))
            if self.receipts_folder is None:
                self.receipts_check.blockSignals(True)
                self.receipts_check.setChecked(False)
                self.receipts_check.blockSignals(False)
        folder = self.receipts_folder
        self.receipts_check.setToolTip(str(folder) if folder else "")
        self.receipts_note.setText(
            self.tr("Receipts go to %1.").replace("%1", str(folder)) if folder else ""
        )

    # ---- keys ---------------------------------------------------------------------------
    def _row_activated(self) -> None:
        row = self._selected()
        if row is not None and row.key_changed and not self.busy:
            self.compare_keys()

    def compare_keys(self) -> None:
        row = self._key_row()
        if row is None:
            return
        dialog = KeyChangeDialog(
            row.school, row.verdict.pinned_fingerprint, row.new_fingerprint, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        installation, receipts = self.ctx.installation, self.receipts_folder
        self._start(
            lambda progress: accept_key_and_import(installation, row, progress, receipts),
            self.tr("Loading the school package…"),
            self._key_accepted,
        )

    def _key_accepted(self, row: Row) -> None:
        self._merge([row])
        self._after_import([row])

    def write_key(self) -> None:
        write_municipality_key(self, self.ctx.installation)
