"""Partner matching: who can help with our deficits, who needs what we do well."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QVBoxLayout, QWidget

from app.self_assessment.deficits import list_deficits, list_strengths
from app.self_assessment.matching import partner_matching
from ui.context import UiContext
from ui.self_assessment.pages import filter_edit, toolbar
from ui.self_assessment.table_model import make_view
from ui.widgets.table_model import Col, TableModel
from ui.widgets.views import fit_columns


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MatchingPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.helpers = TableModel(
            [
                Col(self.tr("Year"), lambda r: str(r[0].year)),
                Col(self.tr("Our deficit"), lambda r: r[0].text),
                Col(self.tr("Partner"), lambda r: r[1]),
                Col(self.tr("What the partner offers"), lambda r: r[2]),
            ],
            self,
        )
        self.needers = TableModel(
            [
                Col(self.tr("Year"), lambda r: str(r[0].year)),
                Col(self.tr("Our strength"), lambda r: r[0].text),
                Col(self.tr("Partner"), lambda r: r[1]),
                Col(self.tr("What the partner needs"), lambda r: r[2]),
            ],
            self,
        )
        self.views: list = []
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(lambda _i: self._show())
        splitter = QSplitter(Qt.Orientation.Vertical)
        for title, model in (
            (self.tr("Who can help with our deficits"), self.helpers),
            (self.tr("Who needs what we do well"), self.needers),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addLayout(toolbar(QLabel(f"<b>{_esc(title)}</b>"), filter_edit(model, self)))
            view = make_view(model, self)
            self.views.append(view)
            box_layout.addWidget(view)
            splitter.addWidget(box)
        hint = QLabel(
            self.tr(
                "Matches come from the partners' stated offers and needs (Partnership section) "
                "and the areas of our confirmed deficits and strengths."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar(QLabel(self.tr("Academic year:")), self.year))
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)

    def refresh(self) -> None:
        chosen = self.year.currentData()
        scope = self.ctx.scope
        found_in = {d.year for d in list_deficits(scope)}
        found_in |= {s.year for s in list_strengths(scope)}
        years = sorted(found_in, reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for y in years:
            self.year.addItem(str(y), y)
        default = 1 if years else 0
        found = self.year.findData(chosen) if chosen else -1
        self.year.setCurrentIndex(found if found >= 0 else default)
        self.year.blockSignals(False)
        self._show()

    def _show(self) -> None:
        deficits, strengths = partner_matching(self.ctx.scope, self.year.currentData())
        nobody = self.tr("— no partner offers this yet")
        self.helpers.set_rows(
            _flat([(m.deficit, m.partners) for m in deficits if m.deficit.confirmed], nobody)
        )
        nobody = self.tr("— no partner has asked for this")
        self.needers.set_rows(
            _flat([(m.strength, m.partners) for m in strengths if m.strength.confirmed], nobody)
        )
        for view in self.views:
            fit_columns(view, 300)


def _flat(pairs: list[tuple], nobody: str) -> list[tuple]:
    rows = []
    for entry, partners in reversed(pairs):
        if not partners:
            rows.append((entry, nobody, ""))
        for p in partners:
            rows.append((entry, p.partner_name, "; ".join(p.lines)))
    return rows
