"""«Обмен с муниципалитетом» at a school. «Отправка»: what changed since the last package,
writing the next package to a stick, the municipality's key and the packages sent.
«Получено от муниципалитета»: what its packages brought (ui.exchange.received). Loading the
municipality's packages and receipts: ui.exchange.school_import."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.sync import outgoing
from app.sync.snapshot import Change
from ui.context import UiContext
from ui.errors import show_error
from ui.exchange.received import ReceivedPage
from ui.exchange.school_import import PackageLoader
from ui.sections.base import Section
from ui.sections.placeholder import page_header
from ui.widgets import files
from ui.widgets.flow import FlowLayout
from ui.widgets.table_model import RIGHT, Col, TableModel
from ui.widgets.views import read_only_table
from ui.worker import run_task


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeSection", text)


SECTION_TITLES = {
    "programme": QT_TRANSLATE_NOOP("ExchangeSection", "Programme and roadmap"),
    "indicators": QT_TRANSLATE_NOOP("ExchangeSection", "Indicators"),
    "partnership": QT_TRANSLATE_NOOP("ExchangeSection", "Partnership"),
    "self_assessment": QT_TRANSLATE_NOOP("ExchangeSection", "Self-assessment"),
    "recommendations": QT_TRANSLATE_NOOP("ExchangeSection", "Answers to recommendations"),
}


CHANGE_HEADERS = (
    QT_TRANSLATE_NOOP("ExchangeSection", "Section"),
    QT_TRANSLATE_NOOP("ExchangeSection", "Added"),
    QT_TRANSLATE_NOOP("ExchangeSection", "Changed"),
    QT_TRANSLATE_NOOP("ExchangeSection", "Deleted"),
)
SENT_HEADERS = (
    QT_TRANSLATE_NOOP("ExchangeSection", "No."),
    QT_TRANSLATE_NOOP("ExchangeSection", "File"),
    QT_TRANSLATE_NOOP("ExchangeSection", "Written"),
    QT_TRANSLATE_NOOP("ExchangeSection", "Encrypted"),
    QT_TRANSLATE_NOOP("ExchangeSection", "Received by the municipality"),
)
YES, NO, NOT_YET = (
    QT_TRANSLATE_NOOP("ExchangeSection", "yes"),
    QT_TRANSLATE_NOOP("ExchangeSection", "no"),
    QT_TRANSLATE_NOOP("ExchangeSection", "not yet"),
)


def change_columns() -> list[Col]:
    section, added, changed, deleted = (_tr(h) for h in CHANGE_HEADERS)
    return [
        Col(section, lambda c: _tr(SECTION_TITLES[c.section])),
        Col(added, lambda c: c.added, align=RIGHT),
        Col(changed, lambda c: c.changed, align=RIGHT),
        Col(deleted, lambda c: c.removed, align=RIGHT),
    ]


def sent_columns() -> list[Col]:
    number, name, written, encrypted, received = (_tr(h) for h in SENT_HEADERS)
    return [
        Col(number, lambda r: r.sequence, align=RIGHT),
        Col(name, lambda r: r.file_name),
        Col(written, lambda r: r.written_on),
        Col(encrypted, lambda r: _tr(YES) if r.encrypted else _tr(NO)),
        Col(received, lambda r: r.received_on, fmt=_received_text),
    ]


def _received_text(day: object) -> str:
    return day.strftime("%d.%m.%Y") if day else _tr(NOT_YET)


def _table(model: TableModel, stretch: int, sortable: bool = True) -> QTableView:
    view = read_only_table(stretch)
    view.setModel(model)
    view.setSortingEnabled(sortable)
    if sortable:
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class ExchangeSection(Section):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            page_header(
                self.tr("Exchange with municipality"),
                self.tr(
                    "The package is one file for a USB stick: all the school's data and the "
                    "annual summary PDF, signed by the school's key."
                ),
            )
        )
        layout.addLayout(self._buttons())
        self.tabs = QTabWidget()
        self.sending = self._sending_page()
        self.received = ReceivedPage(ctx)
        self.tabs.addTab(self.sending, self.tr("Sending"))
        self.tabs.addTab(self.received, self.tr("Received from the municipality"))
        layout.addWidget(self.tabs, 1)
        self.loader = PackageLoader(ctx, self)
        self.loader.loaded.connect(self._loaded)
        self.loading = self.shown = 0  # tickets of the «what changed» reads
        self.refresh()

    def _sending_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        layout.addWidget(self.key_note)
        self.changes_caption = QLabel(self.tr("Changed since the last package:"))
        layout.addWidget(self.changes_caption)
        self.changes = TableModel(change_columns(), self)
        self.changes_view = _table(self.changes, stretch=0, sortable=False)
        self.changes_view.setMaximumHeight(self.changes_view.sizeHintForRow(0) * 8 + 40)
        layout.addWidget(self.changes_view)
        self.nothing_text = self.tr("Nothing changed since the last package.")
        self.nothing = QLabel(self.nothing_text)
        layout.addWidget(self.nothing)
        layout.addWidget(QLabel(self.tr("Packages sent:")))
        self.sent = TableModel(sent_columns(), self)
        self.sent_view = _table(self.sent, stretch=1)
        layout.addWidget(self.sent_view, 1)
        return page

    def _buttons(self) -> FlowLayout:
        row = FlowLayout()
        self.write_button = QPushButton(self.tr("Write package…"))
        font = self.write_button.font()
        font.setBold(True)
        self.write_button.setFont(font)
        self.write_button.clicked.connect(self.write_package)
        self.load_button = QPushButton(self.tr("Load a municipality package…"))
        self.load_button.setToolTip(
            self.tr("Its packages for the school and receipts for the school's packages")
        )
        self.load_button.clicked.connect(self.load_packages)
        self.key_button = QPushButton(self.tr("Load municipality key…"))
        self.key_button.clicked.connect(self.load_key)
        for button in (self.write_button, self.load_button, self.key_button):
            row.addWidget(button)
        return row

    def refresh(self) -> None:
        installation = self.ctx.installation
        self._read_changes(installation)
        self.sent.set_rows(outgoing.sent_packages(installation))
        self.received.refresh()
        keys = outgoing.municipality_keys(installation)
        self.key_note.setStyleSheet("" if keys else "color: #8a4b00; font-weight: bold;")
        if keys is None:
            self.key_note.setText(
                self.tr(
                    "The school does not hold the municipality's key yet: packages are signed "
                    "but NOT encrypted. Load the key file the municipality gave you, or import "
                    "its first receipt."
                )
            )
        else:
            self.key_note.setText(
                self.tr("Packages are encrypted for «%1» (key %2).")
                .replace("%1", keys.name)
                .replace("%2", keys.fingerprint)
            )

    def _read_changes(self, installation) -> None:
        """Compare the school's data with the last package on the worker thread (a large
        school takes about a second); the newest request wins."""
        self.loading += 1
        ticket = self.loading
        self.nothing.setText(self.tr("Comparing with the last package…"))
        self.nothing.setVisible(self.changes.rowCount() == 0)
        run_task(
            lambda _progress: outgoing.changes_since_last_sent(installation),
            parent=self,
            label=self.tr("Comparing with the last package…"),
            on_done=lambda changes: self._show_changes(changes, ticket),
            on_error=lambda err: show_error(self, err),
        )

    def _show_changes(self, changes: list[Change], ticket: int) -> None:
        if ticket != self.loading:
            return  # a newer request is on its way
        self.shown = ticket
        order = {section: n for n, section in enumerate(SECTION_TITLES)}
        self.changes.set_rows(sorted(changes, key=lambda c: order[c.section]))
        self.changes_view.setVisible(bool(changes))
        self.changes_caption.setVisible(bool(changes))
        self.nothing.setText(self.nothing_text)
        self.nothing.setVisible(not changes)

    def comparing(self) -> bool:
        """True while the newest «what changed» read has not arrived."""
        return self.shown != self.loading

    def write_package(self) -> None:
        folder = files.ask_folder(self, self.tr("Where to write the package"))
        if folder is None:
            return
        installation = self.ctx.installation
        run_task(
            lambda progress: outgoing.write_school_package(installation, folder, progress=progress),
            parent=self,
            label=self.tr("Writing the package…"),
            on_done=self._written,
            on_error=lambda err: show_error(self, err),
        )

    def _written(self, sent: outgoing.SentPackage) -> None:
        self.refresh()
        text = self.tr("Package No. %1 is written:\n%2").replace("%1", str(sent.sequence))
        QMessageBox.information(
            self, self.tr("Package written"), text.replace("%2", str(sent.path))
        )

    def load_packages(self) -> None:
        self.loader.choose()

    def _loaded(self, returns: bool) -> None:
        if returns:
            self.tabs.setCurrentWidget(self.received)

    def load_key(self) -> None:
        from app.sync.keyfile import KeyChanged, load_municipality_key

        path = files.ask_open(
            self, self.tr("Municipality key"), self.tr("Key files (*.perekhod-key)")
        )
        if path is None:
            return
        try:
            keys = load_municipality_key(self.ctx.installation, path)
        except KeyChanged as err:
            if not self._confirm_change(err.message):
                return
            keys = load_municipality_key(self.ctx.installation, path, replace=True)
        except Exception as err:  # shown in Russian; unexpected ones are logged there
            show_error(self, err)
            return
        self.refresh()
        text = self.tr(
            "The key of «%1» is loaded. Compare its fingerprint with the methodologist: %2"
        )
        text = text.replace("%1", keys.name).replace("%2", keys.fingerprint)
        QMessageBox.information(self, self.tr("Municipality key"), text)

    def _confirm_change(self, message: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Municipality key"),
            message + "\n\n" + self.tr("Replace the key?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
