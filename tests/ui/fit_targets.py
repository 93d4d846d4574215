"""What the fit sweep opens beyond plain buttons: dialogs that need a row or a year cell
chosen first, dialogs opened from another dialog, message boxes, and the far end of
scrolled forms.

Each opener goes the way a person does — opens the section and tab, picks the row and
calls what the button calls — so the dialog passes through the sweep's exec()/open()
stand-ins, which check it. ``sweep`` is a fit_sweep.Sweep.
"""

from __future__ import annotations

from collections.abc import Callable

# Wordings as long as schools write them: a message box must wrap them, not widen.
LONG_RESULT = (
    "Создана и работает внутренняя система оценки качества образования: проводятся "
    "диагностические работы по русскому языку и математике в 5–9 классах, результаты "
    "обсуждаются на педагогическом совете и методических объединениях, по каждому "
    "обучающемуся группы риска составлен индивидуальный образовательный маршрут"
)
IMPORT_ERRORS = [
    ("Дорожная карта", "B7", "Такой даты нет: 31.02.2025. Проверьте число и месяц."),
    ("Дорожная карта", "D12", f"Задачи «{LONG_RESULT[:120]}» нет в программе перехода."),
    ("Дорожная карта", "", "Лист пуст: нет строки заголовков."),
] * 4
# Dialogs that open further dialogs of their own: class name → the method a button calls.
FOLLOW_UPS = {"ActivityDialog": "edit_reasons"}


def show_tab(sweep, window, key: str, page_of: Callable) -> object:
    """Open section ``key`` and its tab holding ``page_of(section)``; the section."""
    window.open_section(key)
    sweep.settle()
    section = window.current_page()
    section.tabs.setCurrentWidget(page_of(section))
    sweep.settle()
    return section


def degree_of_achievement(sweep, window) -> None:
    """The achievement dialog of a planned result: a year cell has to be chosen first."""
    page = show_tab(sweep, window, "programme", lambda s: s.tasks_page).tasks_page
    model = page.results_model
    years = [c for c in range(model.columnCount()) if model.year_of(c) is not None]
    for row in (0, model.rowCount() - 1):  # the first result and the long task's
        page.results_view.setCurrentIndex(model.index(row, years[-1]))
        page.edit_level()
        sweep.settle()


def trail_dialogs(sweep, window) -> None:
    """«След дефицита»: create a task or an activity, link each kind — a deficit chosen."""
    from PySide6.QtWidgets import QPushButton

    trail = show_tab(sweep, window, "self_assessment", lambda s: s.trail).trail
    trail.view.selectRow(0)
    for button in trail.findChildren(QPushButton):
        button.click()
        sweep.settle()


def measure_request(sweep, window) -> None:
    """«Запросить меру поддержки» for the first deficit."""
    page = show_tab(sweep, window, "self_assessment", lambda s: s.deficits).deficits
    page.deficit_view.selectRow(0)
    page.request_measure()
    sweep.settle()


def run_dialogs(sweep, window) -> None:
    """Team and finish of a run in progress, reopening of a finished one."""
    from app.self_assessment.runs import list_runs

    section = show_tab(sweep, window, "self_assessment", lambda s: s.editor)
    editor = section.editor
    runs = list_runs(section.ctx.scope)
    finished = [run for run in runs if run.locked]
    running = [run for run in runs if not run.locked]
    if not finished or not running:
        sweep.found.append("[runs] the demo data lack a finished run or one in progress")
        return
    editor.load(running[-1].id)
    editor.edit_team()
    editor.finish()  # a question, answered no
    editor.load(finished[-1].id)
    editor.reopen()
    sweep.settle()


def import_errors(sweep, window) -> None:
    """The list of a refused roadmap import (ErrorListDialog)."""
    from app.excel import CellError, ExcelImportError
    from ui.programme import roadmap_actions

    window.open_section("roadmap")
    sweep.settle()
    errors = [CellError(sheet, cell, reason) for sheet, cell, reason in IMPORT_ERRORS]
    roadmap_actions.import_failed(window.current_page(), ExcelImportError(errors))
    sweep.settle()


def message_boxes(sweep, window) -> None:
    """Message boxes with long wordings: an error, a delete question, unsaved edits."""
    from app.errors import ValidationError
    from ui.errors import show_error
    from ui.programme.widgets import confirm, inform
    from ui.widgets.unsaved import ask_unsaved

    show_error(window, ValidationError(f"Планируемый результат «{LONG_RESULT}» уже есть."))
    confirm(window, "Удалить", f"Удалить планируемый результат «{LONG_RESULT}»?")
    inform(window, "Степень достижения", "Сначала выберите ячейку учебного года.")
    ask_unsaved(window, "Карточка программы изменена, но не сохранена. Сохранить изменения?")


def conclusions_end(sweep, window) -> None:
    """The director's conclusions (seven boxes) scrolled to their Save button."""
    from PySide6.QtWidgets import QScrollArea

    window.open_section("reports")
    sweep.settle()
    form = window.current_page().conclusions
    area = next(w for w in _ancestors(form) if isinstance(w, QScrollArea))
    for edit in form.edits.values():
        lines = 3 * edit.fontMetrics().lineSpacing()
        if edit.viewport().height() < lines:
            sweep.found.append(
                f"[reports] the box of {edit.objectName() or 'a conclusion'} shows "
                f"{edit.viewport().height()} px, less than three lines ({lines} px)"
            )
    area.ensureWidgetVisible(form.save_button)
    sweep.check(window, "reports-conclusions-end")


def _ancestors(widget) -> list:
    found, parent = [], widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


STEPS: list[tuple[str, Callable]] = [
    ("programme/degree", degree_of_achievement),
    ("self_assessment/trail", trail_dialogs),
    ("self_assessment/measure", measure_request),
    ("self_assessment/runs", run_dialogs),
    ("roadmap/import-errors", import_errors),
    ("messages", message_boxes),
    ("reports/conclusions", conclusions_end),
]


def sweep_targets(sweep, window) -> None:
    for name, step in STEPS:
        sweep.where = name
        try:
            step(sweep, window)
        except Exception:
            sweep.record_error(name)
