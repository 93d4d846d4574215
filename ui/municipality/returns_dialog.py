"""«Для школы: …»: what the municipality sends one school in its next return package —
recommendations (with the school's answers from its latest package), partner schools
assigned, and monitoring figures of the school's indicators. Opened from the register of
schools and from a school's drill-down window."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.indicators.catalogue import IndicatorRow, list_indicators
from app.municipality import returns
from app.municipality import texts as mtexts
from app.municipality.returns import AssignmentRow, FigureRow, ForSchool, RecommendationRow
from app.partnership.texts import ROLES
from ui.context import UiContext
from ui.errors import show_error
from ui.municipality.returns_forms import AssignmentForm, FigureForm, RecommendationForm
from ui.programme.widgets import confirm
from ui.widgets.forms import tab_moves_focus
from ui.widgets.keys import add_keys, ctrl_enter_accepts
from ui.widgets.table_model import RIGHT, Col, TableModel, number_text
from ui.widgets.views import fit_columns, read_only_table

ANSWER_COLOURS = {"done": "#1b7a1b", "disagree": "#b00020", None: "#777777"}
OVERDUE = "#b00020"


def one_line(text: str) -> str:
    return " ".join(text.split())


def answer_text(row: RecommendationRow) -> str:
    if row.answer is None:
        return mtexts.NO_ANSWER
    return mtexts.ANSWER_STATUSES.get(row.answer.status, row.answer.status)


class RowsPage(QWidget):
    """A row of buttons over a sortable table of rows; Insert, Enter and Delete on it."""

    def __init__(
        self,
        columns: Sequence[Col],
        buttons: Sequence[tuple[str, Callable[[], object]]],
        stretch: Sequence[int],
        newest_first: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = TableModel(columns, self)
        self.view = read_only_table(stretch=stretch[0])
        self.view.setModel(self.model)
        self.view.sortByColumn(newest_first, Qt.SortOrder.DescendingOrder)
        header = self.view.horizontalHeader()
        self.stretch = tuple(stretch)
        for column in self.stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        for title, slot in buttons:
            button = QPushButton(title)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        self.count = QLabel()
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: Sequence[object], chosen: uuid.UUID | None = None) -> None:
        self.model.set_rows(rows)
        fit_columns(self.view, 200)
        place = self.model.row_of(lambda r: r.id == chosen) if chosen else -1
        if place < 0 and self.model.rowCount():
            place = 0
        if place >= 0:
            self.view.selectRow(place)

    def selected(self):
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None


class ReturnsDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        school_id: uuid.UUID,
        name: str,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.school_id, self.name = ctx, school_id, name
        self.today = today or date.today()
        self.held = ForSchool(school_id, [], [], [])
        self.setWindowTitle(self.tr("For school: %1").replace("%1", name))
        note = QLabel(
            self.tr(
                "What goes to «%1» in its next return package («Exchange» → «Packages for "
                "schools»). The school's answers come back in its own packages."
            ).replace("%1", name)
        )
        note.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus
        self.recommendations = self._recommendations_page()
        self.partners = self._partners_page()
        self.figures = self._figures_page()
        self.tabs.addTab(self.recommendations, self.tr("Recommendations"))
        self.tabs.addTab(self.partners, self.tr("Partners"))
        self.tabs.addTab(self.figures, self.tr("Monitoring"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        ctrl_enter_accepts(self)
        self._fit_screen()
        self.refresh()

    def _fit_screen(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(640, screen.height() - 60))

    # ---- pages --------------------------------------------------------------------------
    def _recommendations_page(self) -> RowsPage:
        columns = [
            Col(self.tr("Year"), lambda r: str(r.year), sort=lambda r: r.year.start_year),
            Col(self.tr("Topic"), lambda r: r.topic),
            Col(self.tr("Recommendation"), lambda r: one_line(r.text)),
            Col(self.tr("Issued"), lambda r: r.issued_on),
            Col(
                self.tr("Answer by"),
                lambda r: r.respond_by,
                colour=lambda r: OVERDUE if self._overdue(r) else None,
            ),
            Col(
                self.tr("Answer"),
                answer_text,
                colour=lambda r: ANSWER_COLOURS.get(r.answer.status if r.answer else None),
            ),
            Col(self.tr("School's answer"), lambda r: one_line(r.answer.text) if r.answer else ""),
        ]
        page = RowsPage(
            columns,
            (
                (self.tr("Add…"), self.add_recommendation),
                (self.tr("Edit…"), self.edit_recommendation),
                (self.tr("Delete"), self.delete_recommendation),
            ),
            stretch=(2, 6),
            newest_first=3,
        )
        add_keys(
            page.view,
            self.edit_recommendation,
            self.delete_recommendation,
            self.add_recommendation,
        )
        page.view.doubleClicked.connect(lambda _i: self.edit_recommendation())
        self.detail = QPlainTextEdit()  # the chosen recommendation and answer in full
        self.detail.setReadOnly(True)
        tab_moves_focus(self.detail)
        self.detail.setMaximumHeight(6 * self.detail.fontMetrics().lineSpacing() + 12)
        self.detail.setAccessibleName(self.tr("The recommendation in full"))
        page.layout().addWidget(self.detail)
        page.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        return page

    def _partners_page(self) -> RowsPage:
        columns = [
            Col(self.tr("Partner school"), lambda r: r.partner_name),
            Col(self.tr("Role"), lambda r: ROLES.get(r.role, r.role)),
            Col(self.tr("From"), lambda r: r.starts_on),
            Col(self.tr("Note"), lambda r: one_line(r.note)),
        ]
        page = RowsPage(
            columns,
            ((self.tr("Add…"), self.add_partner), (self.tr("Delete"), self.delete_partner)),
            stretch=(0, 3),
            newest_first=2,
        )
        add_keys(page.view, None, self.delete_partner, self.add_partner)
        return page

    def _figures_page(self) -> RowsPage:
        columns = [
            Col(self.tr("Indicator"), lambda r: r.indicator),
            Col(self.tr("Year"), lambda r: str(r.year), sort=lambda r: r.year.start_year),
            Col(self.tr("Value"), lambda r: r.value, fmt=number_text, align=RIGHT),
            Col(self.tr("Unit"), lambda r: r.unit),
            Col(self.tr("Note"), lambda r: one_line(r.note)),
        ]
        page = RowsPage(
            columns,
            (
                (self.tr("Add…"), self.add_figure),
                (self.tr("Edit…"), self.edit_figure),
                (self.tr("Delete"), self.delete_figure),
            ),
            stretch=(0, 4),
            newest_first=1,
        )
        add_keys(page.view, self.edit_figure, self.delete_figure, self.add_figure)
        page.view.doubleClicked.connect(lambda _i: self.edit_figure())
        return page

    # ---- state --------------------------------------------------------------------------
    def refresh(self, chosen: uuid.UUID | None = None) -> None:
        self.held = returns.for_school(self.ctx.scope, self.school_id)
        pages = (
            (self.recommendations, self.held.recommendations),
            (self.partners, self.held.partners),
            (self.figures, self.held.figures),
        )
        for page, rows in pages:
            page.set_rows(rows, chosen)
            page.count.setText(self.tr("Total: %1").replace("%1", str(len(rows))))
            for button in page.buttons[1:]:  # edit and delete need a row
                button.setEnabled(bool(rows))
        self._show_detail()

    def _overdue(self, row: RecommendationRow) -> bool:
        return row.answer is None and row.respond_by is not None and row.respond_by < self.today

    def _show_detail(self) -> None:
        row = self.recommendations.selected()
        if row is None:
            self.detail.setPlainText("")
            return
        parts = [f"{row.topic}. {row.text}" if row.topic else row.text]
        if row.answer is None:
            parts.append(self.tr("The school has not answered yet."))
        else:
            head = self.tr("The school's answer of %1: %2").replace(
                "%1", f"{row.answer.answered_on:%d.%m.%Y}"
            )
            head = head.replace("%2", answer_text(row))
            parts.append(f"{head}. {row.answer.text}" if row.answer.text else head)
        self.detail.setPlainText("\n\n".join(parts))

    def _done(self, form: QDialog) -> bool:
        accepted = form.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self.refresh(getattr(form, "saved", None))
        return accepted

    def _remove(self, row: object, question: str, op: Callable) -> None:
        if row is None or not confirm(self, self.tr("Delete"), question):
            return
        try:
            self.ctx.perform(lambda scope: op(scope, row.id))
        except Exception as err:  # shown in Russian
            show_error(self, err)
        self.refresh()

    # ---- recommendations ----------------------------------------------------------------
    def add_recommendation(self) -> bool:
        return self._done(RecommendationForm(self.ctx, self.school_id, None, self.today, self))

    def edit_recommendation(self) -> bool:
        row = self.recommendations.selected()
        if row is None:
            return False
        form = RecommendationForm(self.ctx, self.school_id, row, self.today, self)
        # another user's change met on Save: the list behind shows it, the form keeps the text
        form.stale.connect(lambda: self.refresh(row.id))
        return self._done(form)

    def delete_recommendation(self) -> None:
        row: RecommendationRow | None = self.recommendations.selected()
        topic = row.topic or one_line(row.text)[:80] if row else ""
        question = self.tr("Delete the recommendation «%1»? The school will no longer see it.")
        version = row.version if row else None  # as shown: a change since is refused

        def remove(scope, row_id):
            return returns.remove_recommendation(scope, row_id, version)

        self._remove(row, question.replace("%1", topic), remove)

    # ---- partners -----------------------------------------------------------------------
    def add_partner(self) -> bool:
        from app.sync.returns_out import return_targets

        names = [t.name for t in return_targets(self.ctx.installation)]
        names = [n for n in names if n != self.name]
        return self._done(AssignmentForm(self.ctx, self.school_id, names, self))

    def delete_partner(self) -> None:
        row: AssignmentRow | None = self.partners.selected()
        question = self.tr("Delete the assignment of «%1»?")
        name = row.partner_name if row else ""
        self._remove(row, question.replace("%1", name), returns.remove_assignment)

    # ---- monitoring ---------------------------------------------------------------------
    def _indicators(self) -> list[IndicatorRow] | None:
        from app.municipality.schools import imported_school

        try:
            return list_indicators(imported_school(self.ctx.scope, self.school_id))
        except Exception as err:  # shown in Russian
            show_error(self, err)
            return None

    def _figure_form(self, row: FigureRow | None) -> bool:
        indicators = self._indicators()
        if indicators is None:
            return False
        form = FigureForm(
            self.ctx, self.school_id, indicators, self.held.figures, row, self.today, self
        )
        return self._done(form)

    def add_figure(self) -> bool:
        return self._figure_form(None)

    def edit_figure(self) -> bool:
        row = self.figures.selected()
        return self._figure_form(row) if row is not None else False

    def delete_figure(self) -> None:
        row: FigureRow | None = self.figures.selected()
        text = f"{row.indicator}, {row.year}" if row else ""
        question = self.tr("Delete the monitoring figure «%1»?").replace("%1", text)
        self._remove(row, question, returns.remove_figure)


def open_returns(
    owner: QWidget, ctx: UiContext, school_id: uuid.UUID, name: str, today: date | None = None
) -> None:
    """«Для школы: …» over ``owner`` (closing it refreshes nothing else: every change
    already told the other screens)."""
    ReturnsDialog(ctx, school_id, name, owner, today).exec()
