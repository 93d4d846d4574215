"""Fit sweep step (fit_targets.STEPS): the municipality's own «Муниципальный проект» and
«План мероприятий» with the demo's project (seed 002's long wordings) — every tab, the plan
of 2020-2021 in both views, and each dialog of the two sections."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path


def municipal_project(sweep, window) -> None:
    from app.academic_year import AcademicYear
    from app.data_folder import DataFolder
    from app.demo.municipal_project import fill_municipal_project
    from app.installation import MunicipalityInfo, create_municipality, open_installation
    from ui.context import UiContext
    from ui.main_window import MainWindow
    from ui.widgets.forms import set_combo

    folder = DataFolder(Path(tempfile.mkdtemp(prefix="fit-project-")) / "office")
    info = MunicipalityInfo(name="Отдел образования администрации Заречного района")
    office = create_municipality(folder, info)
    try:
        fill_municipal_project(office, date.today(), seed=1)
    finally:
        office.close()
    installation = open_installation(folder)
    shown = MainWindow(folder, installation.state.display_name, True)
    try:
        shown.showMaximized()
        shown.set_context(UiContext(installation, shown))
        shown.open_section("municipal_project")
        sweep.settle()
        section = shown.current_page()
        for index in range(section.tabs.count()):
            section.tabs.setCurrentIndex(index)
            sweep.check(shown, f"municipal-project:{section.tabs.tabText(index)}")
        section.new_programme()
        page = section.tasks_page
        page.tasks_view.selectRow(3)  # the longest section's wording
        page.edit_task()
        page.add_result()
        page.results_view.setCurrentIndex(page.results_model.index(0, 2))
        page.edit_level()
        sweep.settle()
        shown.open_section("municipal_plan")
        sweep.settle()
        plan = shown.current_page()
        set_combo(plan.year, AcademicYear(2020))
        sweep.check(shown, "municipal-plan:2020-2021")
        set_combo(plan.view_mode, "task")
        sweep.check(shown, "municipal-plan:by-section")
        advised = next(r for r in plan.model.all_rows() if r.recommendation)
        plan.open_dialog(advised)
        sweep.settle()
    finally:
        shown.hide()
        installation.close()
