"""«Получено от муниципалитета» at a school: the municipality's recommendations (the school
answers each), the partner schools it assigned, its monitoring figures, the deadlines for
the school's packages and the return packages loaded."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.municipality.texts import ANSWER_STATUSES
from app.received import (
    Received,
    ReceivedAssignment,
    ReceivedRecommendation,
    add_assigned_partner,
    received,
)
from ui.context import UiContext
from ui.exchange.school_answer import AnswerDialog
from ui.exchange.school_columns import (
    deadline_columns,
    figure_columns,
    package_columns,
    partner_columns,
    recommendation_columns,
    table,
)
from ui.widgets.fit import wrapped_label
from ui.widgets.forms import tab_moves_focus
from ui.widgets.keys import add_keys
from ui.widgets.table_model import TableModel

WARNING = "color: #8a4b00; font-weight: bold;"


def _selected(view: QTableView) -> object | None:
    index = view.currentIndex()
    return view.model().row(index.row()) if index.isValid() else None


class ReceivedPage(QWidget):
    """The tab; :meth:`refresh` reloads it (the section calls it on its refresh)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = date.today()
        self.data: Received | None = None
        self.answer_dialog: AnswerDialog | None = None
        layout = QVBoxLayout(self)
        self.status = wrapped_label()  # only while nothing has come yet
        layout.addWidget(self.status)
        self.unanswered = wrapped_label()
        self.unanswered.setStyleSheet(WARNING)
        layout.addWidget(self.unanswered)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._recommendations(), "")
        self.tabs.addTab(self._partners(), "")
        self.figures = TableModel(figure_columns(), self)
        self.figures_view = table(self.figures, stretch=0)
        self.tabs.addTab(self.figures_view, "")
        self.deadlines = TableModel(deadline_columns(), self)
        self.deadlines_view = table(self.deadlines, stretch=0)
        self.deadlines_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.tabs.addTab(self.deadlines_view, "")
        self.tabs.addTab(self._packages(), "")
        layout.addWidget(self.tabs, 1)

    # ---- building -----------------------------------------------------------------------
    def _recommendations(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by year, topic, text or answer"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter recommendations"))
        row.addWidget(self.filter, 1)
        self.answer_button = QPushButton(self.tr("Answer…"))
        self.answer_button.clicked.connect(self.answer)
        row.addWidget(self.answer_button)
        layout.addLayout(row)
        self.recommendations = TableModel(recommendation_columns(self.today), self)
        self.recommendations_view = table(self.recommendations, stretch=2)
        self.recommendations_view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.recommendations_view.doubleClicked.connect(lambda _index: self.answer())
        self.recommendations_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._selection_changed()
        )
        add_keys(self.recommendations_view, on_edit=self.answer)
        self.filter.textChanged.connect(self.recommendations.set_filter)
        layout.addWidget(self.recommendations_view, 1)
        # the chosen recommendation in full (its cell shows one line), scrolled when long
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        self.detail.setStyleSheet("QPlainTextEdit { background: transparent; }")
        self.detail.setFixedHeight(self.detail.fontMetrics().lineSpacing() * 3 + 12)
        self.detail.setAccessibleName(self.tr("The chosen recommendation"))
        tab_moves_focus(self.detail)
        layout.addWidget(self.detail)
        return box

    def _partners(self) -> QWidget:
        self.partners = TableModel(partner_columns(), self)
        self.partners_view = table(self.partners, stretch=0)
        self.partners_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._selection_changed()
        )
        self.add_partner_button = QPushButton(self.tr("Add to partners"))
        self.add_partner_button.clicked.connect(self.add_partner)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.partners_view, 1)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "A partner school the municipality assigned joins the school's partners "
                    "(«Partnership») with its role once you add it."
                )
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.add_partner_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _packages(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.source = wrapped_label()
        layout.addWidget(self.source)
        self.packages = TableModel(package_columns(), self)
        self.packages_view = table(self.packages, stretch=1)
        self.packages_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        layout.addWidget(self.packages_view, 1)
        return page

    # ---- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.today = date.today()
        data = self.data = received(self.ctx.scope)
        keep = _selected(self.recommendations_view)
        self.recommendations.set_columns(recommendation_columns(self.today))
        self.recommendations.set_rows(data.recommendations)
        self._reselect(self.recommendations_view, lambda r: keep is not None and r.id == keep.id)
        keep_partner = _selected(self.partners_view)
        self.partners.set_rows(data.partners)
        self._reselect(
            self.partners_view,
            lambda p: keep_partner is not None and p.assignment.id == keep_partner.assignment.id,
        )
        self.figures.set_rows(data.figures)
        self.deadlines.set_rows(data.deadlines)
        self.packages.set_rows(data.packages)
        titles = (
            (self.tr("Recommendations (%1)"), data.recommendations),
            (self.tr("Assigned partners (%1)"), data.partners),
            (self.tr("Monitoring figures (%1)"), data.figures),
            (self.tr("Package deadlines (%1)"), data.deadlines),
            (self.tr("Packages received (%1)"), data.packages),
        )
        for index, (title, rows) in enumerate(titles):
            self.tabs.setTabText(index, title.replace("%1", str(len(rows))))
        self._show_status(data)
        self._selection_changed()

    def _reselect(self, view: QTableView, kept) -> None:
        model = view.model()
        found = model.row_of(kept)
        if model.rowCount():
            view.selectRow(max(found, 0))

    def _show_status(self, data: Received) -> None:
        self.status.setText(
            self.tr(
                "Nothing has come from the municipality yet. When the methodologist gives you "
                "the school's file, load it with «Load a municipality package…»."
            )
        )
        self.status.setVisible(not data.packages)
        if data.packages:
            last = data.packages[0]
            text = self.tr("From «%1»: package No. %2 of %3, loaded on %4.")
            text = text.replace("%1", data.municipality).replace("%2", str(last.sequence))
            text = text.replace("%3", last.created_at.astimezone().strftime("%d.%m.%Y"))
            self.source.setText(
                text.replace("%4", last.received_at.astimezone().strftime("%d.%m.%Y"))
            )
        self.source.setVisible(bool(data.packages))
        waiting = data.unanswered()
        late = sum(1 for r in data.recommendations if r.overdue(self.today))
        text = self.tr("Recommendations without an answer: %1").replace("%1", str(waiting))
        if late:
            text += "; " + self.tr("the answer date has passed: %1").replace("%1", str(late))
        self.unanswered.setText(text)
        self.unanswered.setVisible(waiting > 0)

    def _selection_changed(self) -> None:
        chosen = self.current_recommendation()
        self.answer_button.setEnabled(chosen is not None)
        self.detail.setPlainText(self._detail(chosen) if chosen is not None else "")
        partner = _selected(self.partners_view)
        self.add_partner_button.setEnabled(
            isinstance(partner, ReceivedAssignment) and partner.partner_id is None
        )

    def _detail(self, r: ReceivedRecommendation) -> str:
        text = self.tr("Recommendation of %1").replace("%1", r.issued_on.strftime("%d.%m.%Y"))
        if r.topic:
            text += f" «{r.topic}»"
        text += f": {r.text}"
        if r.answer is not None:
            answer = self.tr("The school's answer of %1: %2")
            answer = answer.replace("%1", r.answer.answered_on.strftime("%d.%m.%Y"))
            answer = answer.replace("%2", ANSWER_STATUSES.get(r.answer.status, ""))
            text += "\n" + answer + (f" — {r.answer.text}" if r.answer.text else "")
        return text

    # ---- actions ----------------------------------------------------------------------------
    def current_recommendation(self) -> ReceivedRecommendation | None:
        chosen = _selected(self.recommendations_view)
        return chosen if isinstance(chosen, ReceivedRecommendation) else None

    def answer(self) -> None:
        chosen = self.current_recommendation()
        if chosen is None:
            return
        self.answer_dialog = AnswerDialog(self.ctx, chosen, self)
        self.answer_dialog.open()

    def add_partner(self) -> None:
        chosen = _selected(self.partners_view)
        if not isinstance(chosen, ReceivedAssignment) or chosen.partner_id is not None:
            return
        assignment = chosen.assignment.id
        self.ctx.try_perform(lambda scope: add_assigned_partner(scope, assignment), self)
