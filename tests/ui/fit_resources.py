"""Fit sweep step (fit_targets.STEPS): the municipality's «Ресурсы» with long wordings — a
municipality imports the demo school's package, fills the catalogue with seed 002's long
resource names and assigns some; its window shows both tabs, then each dialog."""

from __future__ import annotations

import tempfile
from pathlib import Path

LONG_RESOURCES = [
    (
        "project",
        "Реализация муниципального проекта «Методическое сопровождение педагогов, "
        "обеспечивающее преемственность уровней образования в условиях Федеральных "
        "государственных образовательных стандартов»",
        "2020–2021 учебный год, сентябрь — май",
        "Информационно-методический центр управления образования администрации района",
    ),
    (
        "seminar",
        "Муниципальный семинар «Индивидуальный образовательный маршрут: теория и практика»",
        "ноябрь 2020",
        "ИМЦ",
    ),
    (
        "association",
        "ММО классных руководителей, семинары для заместителей директоров по "
        "воспитательной работе, КПК «Родительский всеобуч»",
        "в течение года",
        "",
    ),
    ("monitoring", "Муниципальная программа мониторинга качества образования", "", ""),
]


def resources_section(sweep, window) -> None:
    from app.data_folder import DataFolder
    from app.installation import MunicipalityInfo, create_municipality, open_installation
    from app.municipality import resources as res
    from app.sync.outgoing import write_school_package
    from app.sync.receive import receive
    from ui.context import UiContext
    from ui.main_window import MainWindow

    school = window.ctx.installation
    work = Path(tempfile.mkdtemp(prefix="fit-resources-"))
    folder = DataFolder(work / "office")
    info = MunicipalityInfo(name="Отдел образования администрации Заречного района")
    office = create_municipality(folder, info)
    try:
        receive(office, [write_school_package(school, work).path])
        ids = [res.save_resource(office.scope, res.ResourceInput(*r)).value for r in LONG_RESOURCES]
        tasks = res.school_tasks(office.scope)
        for task in tasks[:-1]:  # the last one (the sweep's long task) left without
            for resource in ids[: 1 + task.number % len(ids)]:
                res.assign_resource(office.scope, resource, task.task_id)
    finally:
        office.close()
    installation = open_installation(folder)
    shown = MainWindow(folder, installation.state.display_name, True)
    try:
        shown.showMaximized()
        shown.set_context(UiContext(installation, shown))
        shown.open_section("resources")
        sweep.settle()
        section = shown.current_page()
        for index in range(section.tabs.count()):
            section.tabs.setCurrentIndex(index)
            sweep.check(shown, f"resources:{section.tabs.tabText(index)}")
        section.tabs.setCurrentIndex(0)
        section.add_resource()
        section.edit_resource()
        section.delete_resource()  # the question, answered no
        section.tabs.setCurrentIndex(1)
        for row in (0, section.task_model.rowCount() - 1):  # the long task's too
            section.task_view.selectRow(row)
            section.assign()
            sweep.settle()
        section.only_missing.setChecked(True)
        sweep.check(shown, "resources:only-missing")
    finally:
        shown.hide()
        installation.close()
