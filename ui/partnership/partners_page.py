"""Partner schools with their role history, offers and needs."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.partnership import texts
from app.partnership.partners import PartnerRow, offers_by_area
from ui.partnership.widgets import make_table, selected_row
from ui.widgets.fit import scrolled
from ui.widgets.flow import FlowLayout
from ui.widgets.keys import add_keys
from ui.widgets.table_model import Col, TableModel


class PartnersPage(QWidget):
    action = Signal(str, object)  # "add" / "edit" / "delete" / "add_role" / "delete_role"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.model = TableModel(
            [
                Col(self.tr("Short name"), lambda p: p.short_name),
                Col(self.tr("Role now"), self._role_now),
                Col(self.tr("Municipality"), lambda p: p.municipality),
                Col(self.tr("Director"), lambda p: p.director),
            ],
            self,
        )
        self.view = make_table(self.model, self)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show())
        self.view.doubleClicked.connect(lambda _i: self._emit("edit"))
        add_keys(self.view, lambda: self._emit("edit"), lambda: self._emit("delete"))
        self.roles = TableModel(
            [
                Col(self.tr("From"), lambda r: r.since, sort=lambda r: r.since),
                Col(self.tr("Role"), lambda r: r.label),
                Col(self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self.roles_view = make_table(self.roles, self)
        self.details = QLabel()
        self.details.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self._detail_box())
        splitter.setSizes([560, 520])
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addLayout(self._buttons())

    def _detail_box(self) -> QWidget:
        box = QGroupBox(self.tr("Role history, offers and needs"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.roles_view, 1)
        row = FlowLayout()
        for text, key in (
            (self.tr("Add role…"), "add_role"),
            (self.tr("Delete role…"), "del_role"),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self._emit(k))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(scrolled(self.details), 1)
        return box

    def _buttons(self) -> FlowLayout:
        row = FlowLayout()
        for text, key in (
            (self.tr("Add partner…"), "add"),
            (self.tr("Edit…"), "edit"),
            (self.tr("Delete…"), "delete"),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self._emit(k))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _role_now(self, p: PartnerRow) -> str:
        role = p.role_on(self.today)
        return texts.ROLES.get(role, "") if role else ""

    def set_partners(self, partners: list[PartnerRow], today: date) -> None:
        keep = self.current()
        self.today = today
        self.model.set_rows(partners)
        self.view.resizeColumnsToContents()
        for i, p in enumerate(self.model.rows()):
            if keep is not None and p.id == keep.id:
                self.view.selectRow(i)
                break
        else:
            if partners:
                self.view.selectRow(0)
        self._show()

    def current(self) -> PartnerRow | None:
        return selected_row(self.view)

    def _show(self) -> None:
        p = self.current()
        self.roles.set_rows(list(p.roles) if p else [])
        self.roles_view.resizeColumnsToContents()
        if p is None:
            self.details.setText("")
            return
        offers = "".join(
            f"<li><b>{escape(area)}:</b> {escape(offer)}</li>"
            if area
            else f"<li>{escape(offer)}</li>"
            for area, offer in offers_by_area(p.offers)
        )
        can_offer, needs = self.tr("Can offer"), self.tr("Needs")
        self.details.setText(
            f"<p>{escape(p.full_name)}<br>{escape(p.contacts)}</p>"
            f"<p><b>{can_offer}:</b></p><ul>{offers}</ul>"
            f"<p><b>{needs}:</b> {escape(p.needs)}</p>"
        )

    def _emit(self, key: str) -> None:
        partner = self.current()
        if key == "add" or partner is not None:
            payload = partner
            if key == "del_role":
                payload = (partner, selected_row(self.roles_view))
            self.action.emit(key, payload)
