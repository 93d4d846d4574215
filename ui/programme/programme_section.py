"""«Программа перехода»: the programme card, numbered tasks, planned results × years; in
municipality mode the same screen is the office's «Муниципальный проект» (seed 002)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.academic_year import AcademicYear, year_range
from app.changes import Changes
from app.errors import PerekhodError
from app.programme import programmes as pg
from app.programme.periods import parse_date
from ui.context import UiContext
from ui.programme.programme_dialogs import NewProgrammeDialog, text_edit, years_combo
from ui.programme.programme_tasks import TasksResultsPage
from ui.programme.widgets import confirm, is_municipal
from ui.sections.base import Section
from ui.widgets.fit import limit_combo
from ui.widgets.forms import error_label, set_combo
from ui.widgets.unsaved import EditGuard, SaveStatus, save_shortcut


def all_years(programmes) -> list[AcademicYear]:
    current = AcademicYear.current()
    first = min([p.first_year for p in programmes] + [AcademicYear(current.start_year - 6)])
    last = max([p.last_year for p in programmes] + [AcademicYear(current.start_year + 6)])
    return year_range(first, last)


class ProgrammeSection(Section):
    """The school's «Программа перехода», or in municipality mode the office's own
    «Муниципальный проект» (its tasks are the sections of the plan of actions)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.municipal = is_municipal(ctx)
        self.programmes: list[pg.ProgrammeRow] = []
        self.shown: pg.ProgrammeRow | None = None  # the programme whose card is on screen
        self.chosen = QComboBox()
        limit_combo(self.chosen, 20)
        self.buttons = {}
        top = QHBoxLayout()
        top.addWidget(QLabel(self._pick(self.tr("Programme:"), self.tr("Project:"))))
        top.addWidget(self.chosen, 1)
        for key, text in (
            ("new", self._pick(self.tr("New programme"), self.tr("New project"))),
            ("current", self._pick(self.tr("Make current"), self.tr("Make it current"))),
            ("delete", self._pick(self.tr("Delete programme"), self.tr("Delete project"))),
        ):
            self.buttons[key] = QPushButton(text)
            top.addWidget(self.buttons[key])
        self.tabs = QTabWidget()
        self.card = self._card_page()
        self.tasks_page = TasksResultsPage(ctx, self, municipal=self.municipal)
        self.tabs.addTab(self.card, self._pick(self.tr("Programme card"), self.tr("Project card")))
        self.tabs.addTab(
            self.tasks_page,
            self._pick(
                self.tr("Tasks and planned results"),
                self.tr("Plan sections and planned results"),
            ),
        )
        self.empty = QLabel(
            self._pick(
                self.tr("No programme yet: press «New programme» to start one."),
                self.tr("No project yet: press «New project» to start one."),
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)
        self.chosen.currentIndexChanged.connect(self._chosen_changed)
        self.buttons["new"].clicked.connect(self.new_programme)
        self.buttons["current"].clicked.connect(self.make_current)
        self.buttons["delete"].clicked.connect(self.delete_programme)

    def _pick(self, school: str, municipal: str) -> str:
        """The wording of the mode: a school's programme or the municipality's project."""
        return municipal if self.municipal else school

    def _card_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form, 1)
        self.title = QLineEdit()
        self.first, self.last = QComboBox(), QComboBox()
        years = QHBoxLayout()
        years.addWidget(self.first)
        years.addWidget(QLabel("—"))
        years.addWidget(self.last)
        years.addStretch(1)
        self.order_number, self.order_date = QLineEdit(), QLineEdit()
        self.order_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        order = QHBoxLayout()
        order.addWidget(QLabel(self.tr("No.")))
        order.addWidget(self.order_number)
        order.addWidget(QLabel(self.tr("dated")))
        order.addWidget(self.order_date)
        order.addStretch(1)
        self.goal = text_edit("", 90)
        self.analysis = text_edit("", 200)
        self.analysis.setMinimumHeight(120)
        self.analysis.setMaximumHeight(16777215)
        self.card_errors = error_label()
        self.card_errors.check = lambda: pg.validate_programme(self.card_row())
        self.save_card = QPushButton(self.tr("Save the card"))
        self.save_card.clicked.connect(self.save)
        self.save_status = SaveStatus()
        self.card_guard = EditGuard(
            page,
            save=self._store_card,
            discard=self._reload_card,
            question=self._pick(
                self.tr("The programme card has unsaved changes. Save them?"),
                self.tr("The project card has unsaved changes. Save them?"),
            ),
        )
        fields = (self.title, self.first, self.last, self.order_number, self.order_date)
        self.card_guard.watch(*fields, self.goal, self.analysis)
        self.card_guard.show_in(self.save_status, self.save_card)
        save_shortcut(page, self.card_guard)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Period (academic years):"), years)
        form.addRow(self._pick(self.tr("Approval order:"), self.tr("Approving order:")), order)
        form.addRow(self.tr("Goal:"), self.goal)
        form.addRow(self.tr("Problem analysis:"), self.analysis)
        form.addRow("", self.card_errors)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_status)
        save_row.addWidget(self.save_card)
        outer.addLayout(save_row)
        return page

    # ---- data --------------------------------------------------------------------------
    def wants(self, changes: Changes) -> bool:
        return changes.programme or changes.exchange  # municipal resources beside the tasks

    def refresh(self) -> None:
        chosen = self.current()
        self.programmes = pg.list_programmes(self.ctx.scope)
        if chosen is None:
            chosen = pg.current_programme(self.ctx.scope)
        self.chosen.blockSignals(True)
        self.chosen.clear()
        for p in self.programmes:
            current = self._pick(self.tr("current"), self.tr("current project"))
            mark = current + ": " if p.is_current else ""
            self.chosen.addItem(f"{mark}{p.period_text} — {p.title}", p.id)
        set_combo(self.chosen, chosen.id if chosen else None)
        self.chosen.blockSignals(False)
        self._show_chosen()

    def current(self) -> pg.ProgrammeRow | None:
        pid = self.chosen.currentData()
        return next((p for p in self.programmes if p.id == pid), None)

    def _chosen_changed(self) -> None:
        """Another programme: the edited card of the one shown is saved or dropped first."""
        if self.card_guard.dirty and not self.card_guard.can_leave():
            self.chosen.blockSignals(True)
            set_combo(self.chosen, self.shown.id if self.shown else None)
            self.chosen.blockSignals(False)
            return
        self._show_chosen()

    def _show_chosen(self) -> None:
        programme = self.current()
        has = programme is not None
        self.tabs.setVisible(has)
        self.empty.setVisible(not has)
        self.buttons["current"].setEnabled(has and not programme.is_current)
        self.buttons["delete"].setEnabled(has)
        if not has:
            self.shown = None
            return
        # A change elsewhere (a task added) never overwrites what is being typed.
        keep_edits = self.card_guard.dirty and self.shown is not None
        if not (keep_edits and self.shown.id == programme.id):
            with self.card_guard.loading():
                self._fill_card(programme)
        self.tasks_page.show_programme(programme)

    def _fill_card(self, programme: pg.ProgrammeRow) -> None:
        self.shown = programme
        years = all_years(self.programmes)
        for combo, year in ((self.first, programme.first_year), (self.last, programme.last_year)):
            fresh = years_combo(years, year)
            combo.clear()
            for i in range(fresh.count()):
                combo.addItem(fresh.itemText(i), fresh.itemData(i))
            set_combo(combo, year)
        self.title.setText(programme.title)
        self.title.setCursorPosition(0)  # a long title is read from its start
        self.order_number.setText(programme.order_number)
        self.order_date.setText(f"{programme.order_date:%d.%m.%Y}" if programme.order_date else "")
        self.goal.setPlainText(programme.goal)
        self.analysis.setPlainText(programme.problem_analysis)
        self.card_errors.hide()

    def _reload_card(self) -> None:
        self.shown = None
        self._show_chosen()

    # ---- actions -------------------------------------------------------------------------
    def card_row(self) -> pg.ProgrammeRow:
        """The card as typed; raises ValidationError on an impossible order date."""
        programme = self.shown
        text = self.order_date.text().strip()
        return replace(
            programme,
            title=self.title.text(),
            first_year=self.first.currentData(),
            last_year=self.last.currentData(),
            order_number=self.order_number.text().strip(),
            order_date=parse_date(text) if text else None,
            goal=self.goal.toPlainText().strip(),
            problem_analysis=self.analysis.toPlainText().strip(),
        )

    def save(self) -> bool:
        """Store the card; «Сохранено» next to the button, or the problem above it."""
        return self.card_guard.save()

    def _store_card(self) -> bool:
        try:
            row = self.card_row()
            self.ctx.perform(lambda scope: pg.save_programme(scope, row), initiator=self)
        except PerekhodError as err:
            self.card_errors.show_message(err.message)
            return False
        self.shown = None  # show what is stored now (and the new title in the list)
        self.refresh()
        return True

    def new_programme(self) -> NewProgrammeDialog:
        dialog = NewProgrammeDialog(all_years(self.programmes), self, municipal=self.municipal)

        def save() -> None:
            row = pg.ProgrammeRow(
                None, dialog.title.text(), dialog.first.currentData(), dialog.last.currentData()
            )
            saved = self.ctx.perform(lambda scope: pg.save_programme(scope, row))
            set_combo(self.chosen, saved.id)

        dialog.on_save = save
        dialog.open()
        return dialog

    def make_current(self) -> None:
        programme = self.current()
        if programme is not None:
            self.ctx.try_perform(lambda scope: pg.set_current(scope, programme.id), self)

    def delete_programme(self) -> None:
        programme = self.current()
        if programme is None:
            return
        text = self._pick(
            self.tr(
                "Delete the programme «%1» with its tasks and planned results? "
                "Roadmap activities stay, without a task."
            ),
            self.tr(
                "Delete the project «%1» with its plan sections and planned results? "
                "The plan's actions stay, without a section."
            ),
        ).replace("%1", programme.title)
        if confirm(self, self.tr("Delete"), text):
            self.ctx.try_perform(lambda scope: pg.delete_programme(scope, programme.id), self)
