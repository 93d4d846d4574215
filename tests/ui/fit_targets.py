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


def returns_dialog(sweep, window) -> None:
    """The municipality's «Для школы: …» and its forms (tests/ui/fit_returns.py)."""
    from fit_returns import returns_dialog as step

    step(sweep, window)


def resources_section(sweep, window) -> None:
    """The municipality's «Ресурсы» with data, and its dialogs (tests/ui/fit_resources.py)."""
    from fit_resources import resources_section as step

    step(sweep, window)


def municipal_project(sweep, window) -> None:
    """The municipality's own project and plan (tests/ui/fit_municipal_project.py)."""
    from fit_municipal_project import municipal_project as step

    step(sweep, window)


def analytical_report(sweep, window) -> None:
    """The municipality's «Аналитическая справка» (tests/ui/fit_analytical_report.py)."""
    from fit_analytical_report import analytical_report as step

    step(sweep, window)


def _ancestors(widget) -> list:
    found, parent = [], widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def municipality_returns(installation, work) -> list:
    """The real round trip for «Получено от муниципалитета»: the school's package goes to a
    new municipality, which sends back a receipt and a return package with long wordings;
    also a damaged file. The files, in that order."""
    from datetime import date

    from app.academic_year import AcademicYear
    from app.data_folder import DataFolder
    from app.indicators.catalogue import list_indicators
    from app.installation import MunicipalityInfo, create_municipality
    from app.municipality import returns
    from app.municipality.schools import imported_school
    from app.sync.outgoing import write_school_package
    from app.sync.receipts import write_receipt
    from app.sync.receive import receive
    from app.sync.returns_out import write_return_packages

    info = MunicipalityInfo(name="Управление образования администрации Лесного района")
    municipality = create_municipality(DataFolder(work / "returns-municipality"), info)
    try:
        (verdict,) = receive(municipality, [write_school_package(installation, work).path])
        receipt = write_receipt(municipality, verdict.opened.sender_keys, verdict.sequence, work)
        scope, school, year = municipality.scope, installation.scope.school_id, AcademicYear(2026)
        for days, topic in ((5, "Внутренняя система оценки качества"), (40, "")):
            due = date.fromordinal(date.today().toordinal() + days - 20)
            advice = returns.RecommendationInput(year, LONG_RESULT, topic, None, None)
            returns.save_recommendation(scope, school, advice)
            advice = returns.RecommendationInput(year, "Провести педсовет", topic, due, due)
            returns.save_recommendation(scope, school, advice)
        returns.assign_partner(scope, school, LONG_RESULT[:90], "leader", date(2026, 9, 1))
        for indicator in list_indicators(imported_school(scope, school))[:6]:
            returns.set_figure(scope, school, indicator.id, year, 87.5, "по данным РЦОИ")
        (written,) = write_return_packages(municipality, work)
    finally:
        municipality.close()
    damaged = work / "Повреждённый_пакет_муниципалитета.perekhod"
    damaged.write_bytes((work / written.file_name).read_bytes()[:500])
    return [receipt, work / written.file_name, damaged]


def exchange_received(sweep, window) -> None:
    """The school's «Обмен с муниципалитетом» with the municipality's packages: the preview,
    the summary, «Получено от муниципалитета» with each of its tabs, the answer dialog and
    the changed-key dialog."""
    import tempfile
    from pathlib import Path

    from app.sync.returns_in import receive_at_school
    from ui.exchange.school_import import MunicipalityKeyDialog

    window.open_section("exchange")
    sweep.settle()
    section = window.current_page()
    installation = section.ctx.installation
    chosen = municipality_returns(installation, Path(tempfile.mkdtemp(prefix="fit-returns-")))
    section.loader.start(chosen)  # the preview dialog, checked by the open() stand-in
    sweep.settle()
    verdicts = receive_at_school(installation, chosen[:2])
    section.loader._done(verdicts)  # the summary box
    sweep.settle()
    page = section.received
    section.tabs.setCurrentWidget(page)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        page.partners_view.selectRow(0)
        sweep.check(window, f"exchange:received:{index}")
    page.recommendations_view.selectRow(0)
    page.answer()
    (refused,) = receive_at_school(installation, chosen[2:], dry_run=True)
    refused.pinned_fingerprint = refused.new_fingerprint = "38BE 0965 9E17 04B4 CB64 645C"
    MunicipalityKeyDialog(refused, window).open()
    sweep.settle()


def hub_connection(sweep, window) -> None:
    """A shared database that does not open: its address dialog with a long refusal; and
    the first-run wizard started with ``--database-url`` (municipality only)."""
    from dataclasses import replace

    from app import texts
    from ui.sections.settings import HubConnectionDialog
    from ui.wizard import FirstRunWizard

    url = "postgresql+psycopg://perekhod@region-server.edu.example:5432/perekhod_region"
    installation = window.ctx.installation
    folder = replace(installation.folder, database_url=url)
    dialog = HubConnectionDialog(folder, installation.state, window)
    dialog.box.show_result(texts.HUB_TAKEN.format(url=url, name=LONG_RESULT[:80]), ok=False)
    dialog.exec()
    FirstRunWizard(replace(installation.folder, database_url=url), window).exec()


STEPS: list[tuple[str, Callable]] = [
    ("programme/degree", degree_of_achievement),
    ("self_assessment/trail", trail_dialogs),
    ("self_assessment/measure", measure_request),
    ("self_assessment/runs", run_dialogs),
    ("roadmap/import-errors", import_errors),
    ("messages", message_boxes),
    ("settings/hub-connection", hub_connection),
    ("reports/conclusions", conclusions_end),
    # before «exchange/received»: the school's package must not be encrypted to another yet
    ("municipality/returns-dialog", returns_dialog),
    ("municipality/resources", resources_section),
    ("municipality/project", municipal_project),
    ("municipality/analytical-report", analytical_report),
    ("exchange/received", exchange_received),
]


def sweep_targets(sweep, window) -> None:
    for name, step in STEPS:
        sweep.where = name
        try:
            step(sweep, window)
        except Exception:
            sweep.record_error(name)
