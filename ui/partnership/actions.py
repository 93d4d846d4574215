"""What the partnership section's buttons do: open dialogs, confirm, delete, export."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from app.errors import PerekhodError
from app.partnership import agreements as ag
from app.partnership import events as ev
from app.partnership import measures as me
from app.partnership import partners as pa
from app.partnership.excel import export_events, export_measures
from ui.errors import show_error
from ui.partnership.dialogs import AgreementDialog, MeasureDialog, PartnerDialog, RoleDialog
from ui.partnership.directions_dialog import DirectionsDialog
from ui.partnership.event_dialog import EventDialog
from ui.partnership.widgets import confirm
from ui.widgets import files
from ui.worker import run_task

if TYPE_CHECKING:
    from ui.partnership.section import PartnershipSection


class PartnershipActions(QObject):
    def __init__(self, section: PartnershipSection) -> None:
        super().__init__(section)
        self.s = section
        section.events.add_requested.connect(lambda: self.edit_event(None))
        section.events.edit_requested.connect(self.edit_event)
        section.events.delete_requested.connect(self.delete_event)
        section.events.export_requested.connect(self.export_events)
        section.events.import_requested.connect(self.import_events)
        section.calendar.edit_requested.connect(self.edit_event)
        section.calendar.add_requested.connect(lambda day: self.edit_event(None, day))
        section.partners.action.connect(self.partner_action)
        section.agreements.action.connect(self.agreement_action)

    # ---- helpers ------------------------------------------------------------------------
    def _confirm(self, text: str, name: str) -> bool:
        return confirm(self.s, self.tr("Delete"), text.replace("%1", name))

    # ---- events -------------------------------------------------------------------------
    def edit_event(self, event, day=None) -> EventDialog | None:
        d = self.s.data
        if not d["partners"]:
            show_error(self.s, PerekhodError(self.tr("Add a partner school first.")))
            return None
        dialog = EventDialog(
            self.s.ctx, d["partners"], d["measures"], d["directions"], event, self.s, day
        )
        if event is None and self.s.selected_partner() is not None:
            from ui.widgets.forms import set_combo

            set_combo(dialog.partner, self.s.selected_partner())
        dialog.open()
        return dialog

    def delete_event(self, event) -> None:
        text = self.tr("Delete the event «%1»?")
        if self._confirm(text, event.topic):
            self.s.ctx.try_perform(lambda scope: ev.delete_event(scope, event.id), self.s)

    def export_events(self, path: str) -> None:
        rows = self.s.events.model.rows()
        titles = {x.id: x.title for x in self.s.data["directions"]}
        target = self.s.export_path(path)
        run_task(
            lambda _p: export_events(rows, target, titles),
            parent=self.s,
            label=self.tr("Exporting events…"),
        )

    def import_events(self, path: str) -> None:
        self.import_table("events", path)

    def import_table(self, table: str, path: str) -> None:
        from pathlib import Path

        from app.partnership.excel_import import import_op

        scope = self.s.ctx.scope
        run_task(
            lambda progress: import_op(scope, table, Path(path), progress),
            parent=self.s,
            label=self.tr("Importing from Excel…"),
            on_done=self._imported,
            on_error=self._import_failed,
        )

    def _imported(self, result) -> None:
        from app.partnership import texts

        if result.changes.any():
            self.s.ctx.bus.changed.emit(result.changes, None)
        text = texts.IMPORTED.format(**asdict(result.value))
        QMessageBox.information(self.s, self.tr("Import"), text)

    def _import_failed(self, err: BaseException) -> None:
        from app.excel import ExcelImportError

        if not isinstance(err, ExcelImportError):
            show_error(self.s, err)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"), err.message, parent=self.s)
        box.setDetailedText("\n".join(str(e) for e in err.errors))
        box.exec()

    # ---- partners -----------------------------------------------------------------------
    def partner_action(self, key: str, payload) -> None:
        if key in ("add", "edit"):
            PartnerDialog(self.s.ctx, payload if key == "edit" else None, self.s).open()
        elif key == "delete":
            text = self.tr("Delete the partner school «%1» with its agreements and events?")
            if self._confirm(text, payload.short_name):
                self.s.ctx.try_perform(lambda scope: pa.delete_partner(scope, payload.id), self.s)
        elif key == "add_role":
            RoleDialog(self.s.ctx, payload, self.s).open()
        elif key == "del_role":
            _partner, role = payload
            if role is not None and self._confirm(
                self.tr("Delete the role entry «%1»?"), role.label
            ):
                self.s.ctx.try_perform(lambda scope: pa.delete_role(scope, role.id), self.s)

    # ---- agreements and measures -------------------------------------------------------------
    def agreement_action(self, key: str, payload) -> None:
        agreement, measure = payload
        d = self.s.data
        if key in ("add", "edit"):
            if not d["partners"]:
                show_error(self.s, PerekhodError(self.tr("Add a partner school first.")))
                return
            current = agreement if key == "edit" else None
            AgreementDialog(self.s.ctx, d["partners"], d["directions"], current, self.s).open()
        elif key == "delete":
            text = self.tr("Delete the agreement %1 with its support plan?")
            if self._confirm(text, agreement.label):
                self.s.ctx.try_perform(
                    lambda scope: ag.delete_agreement(scope, agreement.id), self.s
                )
        elif key == "directions":
            DirectionsDialog(self.s.ctx, self.s).exec()
        elif key == "add_measure":
            MeasureDialog(self.s.ctx, agreement, None, self.s).open()
        elif key == "edit_measure" and measure is not None:
            MeasureDialog(self.s.ctx, agreement, measure, self.s).open()
        elif key == "delete_measure" and measure is not None:
            if self._confirm(self.tr("Delete the support measure «%1»?"), measure.measure):
                self.s.ctx.try_perform(lambda scope: me.delete_measure(scope, measure.id), self.s)
        elif key == "export_measures":
            self.export_measures()
        elif key == "import_measures":
            path = files.ask_open(
                self.s, self.tr("Import support measures"), self.tr("Excel workbook (*.xlsx)")
            )
            if path is not None:
                self.import_table("support-measures", str(path))

    def export_measures(self) -> None:
        chosen = files.ask_save(
            self.s,
            self.tr("Export support measures"),
            "меры-поддержки.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )
        if chosen is None:
            return
        path = str(chosen)
        rows = list(self.s.data["measures"])
        pid = self.s.selected_partner()
        rows = [m for m in rows if pid is None or m.partner_id == pid]
        target = self.s.export_path(path)
        run_task(
            lambda _p: export_measures(rows, target),
            parent=self.s,
            label=self.tr("Exporting support measures…"),
        )
