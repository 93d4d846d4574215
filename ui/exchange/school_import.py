"""At a school: loading what the municipality sends (return packages and receipts). The
files are previewed first (nothing written), a dialog lists per file what arrived or why it
is refused, and «Загрузить» imports them; a changed municipality key is accepted only after
the person compared both fingerprints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.sync.manifest import PackageKind
from app.sync.receive import Outcome
from app.sync.returns_in import SchoolVerdict
from ui.context import UiContext
from ui.errors import show_error
from ui.exchange.key_dialog import _fingerprint_label
from ui.widgets import files
from ui.widgets.fit import fit_to_screen, wrapped_label
from ui.widgets.keys import ctrl_enter_accepts
from ui.widgets.table_model import RIGHT, Col, TableModel
from ui.widgets.views import read_only_table
from ui.worker import run_task

CONTEXT = "MunicipalityPackages"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# what a return package brings, by app.sync.returns_in's section names
RECEIVED_TITLES = {
    "recommendations": QT_TRANSLATE_NOOP("MunicipalityPackages", "Recommendations"),
    "partners": QT_TRANSLATE_NOOP("MunicipalityPackages", "Partner schools"),
    "figures": QT_TRANSLATE_NOOP("MunicipalityPackages", "Monitoring figures"),
    "deadlines": QT_TRANSLATE_NOOP("MunicipalityPackages", "Package deadlines"),
    "instruments": QT_TRANSLATE_NOOP("MunicipalityPackages", "Self-assessment instruments"),
    "resources": QT_TRANSLATE_NOOP("MunicipalityPackages", "Municipal resources"),
    "assignments": QT_TRANSLATE_NOOP("MunicipalityPackages", "Resources for programme tasks"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("MunicipalityPackages", "File"),
    QT_TRANSLATE_NOOP("MunicipalityPackages", "Package"),
    QT_TRANSLATE_NOOP("MunicipalityPackages", "What arrived"),
    QT_TRANSLATE_NOOP("MunicipalityPackages", "New"),
    QT_TRANSLATE_NOOP("MunicipalityPackages", "Changed"),
    QT_TRANSLATE_NOOP("MunicipalityPackages", "Withdrawn"),
)
PACKAGE = QT_TRANSLATE_NOOP("MunicipalityPackages", "No. %1 of %2")
RECEIPT = QT_TRANSLATE_NOOP("MunicipalityPackages", "receipt")
WILL_LOAD = QT_TRANSLATE_NOOP("MunicipalityPackages", "will be loaded")
NOTHING_NEW = QT_TRANSLATE_NOOP("MunicipalityPackages", "will be loaded; nothing new in it")
RECEIPT_SAYS = QT_TRANSLATE_NOOP(
    "MunicipalityPackages", "package No. %1 was received by the municipality on %2"
)
ALREADY = QT_TRANSLATE_NOOP("MunicipalityPackages", "already loaded")
REFUSED = QT_TRANSLATE_NOOP("MunicipalityPackages", "refused — %1")
KEY_CHANGED = QT_TRANSLATE_NOOP(
    "MunicipalityPackages",
    "signed by another key of the municipality — «Load» asks you to compare the keys",
)
COLOURS = {Outcome.ACCEPTED: "#1b5e20", Outcome.DUPLICATE: "#555555", Outcome.REFUSED: "#b00020"}
KEY_COLOUR = "#8a4b00"


def day_text(moment: date | datetime | None) -> str:
    if isinstance(moment, datetime):
        moment = moment.astimezone().date()
    return moment.strftime("%d.%m.%Y") if moment else ""


def key_changed(verdict: SchoolVerdict) -> bool:
    return verdict.outcome is Outcome.REFUSED and bool(verdict.new_fingerprint)


def outcome_text(verdict: SchoolVerdict) -> str:
    """A file's verdict in a few words, as the preview shows it."""
    if key_changed(verdict):
        return _tr(KEY_CHANGED)
    if verdict.outcome is Outcome.REFUSED:
        return _tr(REFUSED).replace("%1", verdict.reason)
    if verdict.outcome is Outcome.DUPLICATE:
        return _tr(ALREADY)
    if verdict.kind is PackageKind.RECEIPT:
        return receipt_text(verdict)
    return _tr(WILL_LOAD) if verdict.changes else _tr(NOTHING_NEW)


def receipt_text(verdict: SchoolVerdict) -> str:
    text = _tr(RECEIPT_SAYS).replace("%1", str(verdict.receipt_for))
    return text.replace("%2", day_text(verdict.received_on))


@dataclass(frozen=True)
class Line:
    """One line of the preview: a file's verdict, or one kind of item its package brings."""

    verdict: SchoolVerdict
    section: str = ""  # "" for the file's own line
    added: int = 0
    changed: int = 0
    removed: int = 0

    @property
    def what(self) -> str:
        return _tr(RECEIVED_TITLES[self.section]) if self.section else outcome_text(self.verdict)

    @property
    def package(self) -> str:
        verdict = self.verdict
        if self.section or verdict.kind is None:
            return ""
        if verdict.kind is PackageKind.RECEIPT:
            return _tr(RECEIPT)
        text = _tr(PACKAGE).replace("%1", str(verdict.sequence))
        return text.replace("%2", day_text(verdict.created_at))


def lines_of(verdicts: list[SchoolVerdict]) -> list[Line]:
    lines = []
    for verdict in verdicts:
        lines.append(Line(verdict))
        if verdict.outcome is Outcome.ACCEPTED:
            lines += [
                Line(verdict, c.section, c.added, c.changed, c.removed) for c in verdict.changes
            ]
    return lines


def _count(value: int) -> int | None:
    return value or None  # a blank cell reads better than a column of zeros


def _colour(line: Line) -> str | None:
    if line.section:
        return None
    return KEY_COLOUR if key_changed(line.verdict) else COLOURS[line.verdict.outcome]


def columns() -> list[Col]:
    file, package, what, new, changed, removed = (_tr(h) for h in HEADERS)
    return [
        Col(file, lambda line: "" if line.section else line.verdict.file.name),
        Col(package, lambda line: line.package),
        Col(what, lambda line: line.what, colour=_colour),
        Col(new, lambda line: _count(line.added), align=RIGHT),
        Col(changed, lambda line: _count(line.changed), align=RIGHT),
        Col(removed, lambda line: _count(line.removed), align=RIGHT),
    ]


class PreviewDialog(QDialog):
    """What each chosen file would bring; «Load» imports them."""

    def __init__(self, verdicts: list[SchoolVerdict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdicts = verdicts
        self.setWindowTitle(self.tr("Municipality packages"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "What the chosen files bring. Nothing is written until you press «Load»; "
                    "a new package of the municipality replaces what the school held from it."
                )
            )
        )
        self.model = TableModel(columns(), self)
        self.model.set_rows(lines_of(verdicts))
        self.view = read_only_table(2)
        self.view.setSortingEnabled(False)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(0, 220)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._show_detail())
        layout.addWidget(self.view, 1)
        self.detail = wrapped_label()  # a refusal's whole reason: the cell cuts it
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        buttons = QDialogButtonBox()
        self.load_button = buttons.addButton(
            self.tr("Load"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.load_button.setEnabled(bool(self.loadable()))
        self.load_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ctrl_enter_accepts(self)
        fit_to_screen(self, 1040, 440)

    def loadable(self) -> list[SchoolVerdict]:
        return [v for v in self.verdicts if v.outcome is Outcome.ACCEPTED or key_changed(v)]

    def _show_detail(self) -> None:
        index = self.view.currentIndex()
        line = self.model.row(index.row()) if index.isValid() else None
        verdict = line.verdict if line is not None else None
        text = f"{verdict.file.name}: {outcome_text(verdict)}" if verdict is not None else ""
        self.detail.setText(text)


class MunicipalityKeyDialog(QDialog):
    """The municipality's key changed: both fingerprints, to compare with the methodologist."""

    def __init__(self, verdict: SchoolVerdict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The municipality's key changed"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "The file «%1» is signed by another key than the municipality's key the "
                    "school holds. This happens when the municipality moves to a new "
                    "computer, but a package signed by someone else looks the same."
                ).replace("%1", verdict.file.name)
            )
        )
        form = QFormLayout()
        self.pinned = _fingerprint_label(verdict.pinned_fingerprint)
        self.new = _fingerprint_label(verdict.new_fingerprint)
        form.addRow(self.tr("Key held until now:"), self.pinned)
        form.addRow(self.tr("Key of this package:"), self.new)
        layout.addLayout(form)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Call the municipality's methodologist and ask them to read the "
                    "fingerprint of the municipality's key aloud. Accept the new key only if "
                    "it matches the one above, group by group."
                )
            )
        )
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            self.tr("Accept the new key and load"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)


def _import(installation, files: list[Path], trusted: list[str], progress) -> list:
    from app.sync.keyfile import trust
    from app.sync.returns_in import receive_at_school

    for fingerprint in trusted:
        trust(installation, fingerprint)
    return receive_at_school(installation, files, progress=progress)


class PackageLoader(QObject):
    """The whole way from choosing files to the summary; ``loaded`` says a return package
    was imported (the section then shows what arrived)."""

    loaded = Signal(bool)  # True when a return package was imported

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.preview: PreviewDialog | None = None
        self.key_dialog: MunicipalityKeyDialog | None = None

    def choose(self) -> None:
        paths = files.ask_open_many(
            self.widget,
            self.tr("Municipality packages and receipts"),
            self.tr("Exchange files (*.perekhod)"),
        )
        if paths:
            self.start(paths)

    def start(self, paths: list[Path]) -> None:
        from app.sync.returns_in import receive_at_school

        installation = self.ctx.installation
        run_task(
            lambda progress: receive_at_school(installation, paths, True, progress),
            parent=self.widget,
            label=self.tr("Checking the files…"),
            on_done=self._previewed,
            on_error=lambda err: show_error(self.widget, err),
        )

    def _previewed(self, verdicts: list[SchoolVerdict]) -> None:
        self.preview = PreviewDialog(verdicts, self.widget)
        self.preview.accepted.connect(self._load)
        self.preview.open()

    def _load(self) -> None:
        loadable = self.preview.loadable() if self.preview is not None else []
        changed = next((v for v in loadable if key_changed(v)), None)
        if changed is None:
            self._run(loadable, [])
            return
        self.key_dialog = MunicipalityKeyDialog(changed, self.widget)
        self.key_dialog.accepted.connect(lambda: self._run(loadable, [changed.new_fingerprint]))
        self.key_dialog.rejected.connect(
            lambda: self._run([v for v in loadable if not key_changed(v)], [])
        )
        self.key_dialog.open()

    def _run(self, verdicts: list[SchoolVerdict], trusted: list[str]) -> None:
        wanted = [v for v in verdicts if not key_changed(v) or v.new_fingerprint in trusted]
        if not wanted:
            return
        # a municipality's packages in their order: a later one replaces an earlier one
        ordered = sorted(wanted, key=lambda v: (v.kind is PackageKind.RETURN, v.sequence or 0))
        paths = [v.file for v in ordered]
        installation = self.ctx.installation
        run_task(
            lambda progress: _import(installation, paths, trusted, progress),
            parent=self.widget,
            label=self.tr("Loading the files…"),
            on_done=self._done,
            on_error=lambda err: show_error(self.widget, err),
        )

    def _done(self, verdicts: list[SchoolVerdict]) -> None:
        returns = [
            v for v in verdicts if v.outcome is Outcome.ACCEPTED and v.kind is PackageKind.RETURN
        ]
        instruments = any(c.section == "instruments" for v in returns for c in v.changes)
        self.ctx.bus.changed.emit(Changes(exchange=True, self_assessment=instruments), None)
        self.loaded.emit(bool(returns))
        QMessageBox.information(self.widget, self.tr("Municipality packages"), summary(verdicts))


LOADED = QT_TRANSLATE_NOOP("MunicipalityPackages", "Municipality packages loaded: %1.")
RECEIPT_LOADED = QT_TRANSLATE_NOOP(
    "MunicipalityPackages", "Receipt: package No. %1 was received by the municipality on %2."
)
ALREADY_BEFORE = QT_TRANSLATE_NOOP("MunicipalityPackages", "Already loaded before: %1.")
REFUSED_FILE = QT_TRANSLATE_NOOP("MunicipalityPackages", "Refused: %1 — %2")
NOTHING_LOADED = QT_TRANSLATE_NOOP("MunicipalityPackages", "Nothing was loaded.")


def summary(verdicts: list[SchoolVerdict]) -> str:
    """The import's outcome in a few lines: what was loaded, what was refused and why."""
    lines = []
    accepted = [v for v in verdicts if v.outcome is Outcome.ACCEPTED]
    returns = sum(1 for v in accepted if v.kind is PackageKind.RETURN)
    if returns:
        lines.append(_tr(LOADED).replace("%1", str(returns)))
    for verdict in accepted:
        if verdict.kind is PackageKind.RECEIPT:
            text = _tr(RECEIPT_LOADED).replace("%1", str(verdict.receipt_for))
            lines.append(text.replace("%2", day_text(verdict.received_on)))
    duplicates = sum(1 for v in verdicts if v.outcome is Outcome.DUPLICATE)
    if duplicates:
        lines.append(_tr(ALREADY_BEFORE).replace("%1", str(duplicates)))
    for verdict in verdicts:
        if verdict.outcome is Outcome.REFUSED:
            text = _tr(REFUSED_FILE).replace("%1", verdict.file.name)
            lines.append(text.replace("%2", verdict.reason))
    return "\n".join(lines) or _tr(NOTHING_LOADED)
