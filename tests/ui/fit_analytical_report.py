"""Fit sweep step (fit_targets.STEPS): the municipality's «Аналитическая справка» with the
demo's municipal project (seed 002's long wordings) and the sweep's demo school imported
through its real package (its long task too): both tabs, a school's text chosen and edited,
the reset question, and a refusal shown in the result line."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path


def analytical_report(sweep, window) -> None:
    from app.data_folder import DataFolder
    from app.demo.municipal_project import fill_municipal_project
    from app.errors import ValidationError
    from app.installation import MunicipalityInfo, create_municipality, open_installation
    from app.sync.outgoing import write_school_package
    from app.sync.receive import receive
    from ui.context import UiContext
    from ui.main_window import MainWindow

    work = Path(tempfile.mkdtemp(prefix="fit-report-"))
    folder = DataFolder(work / "office")
    info = MunicipalityInfo(name="Отдел образования администрации Заречного района")
    office = create_municipality(folder, info)
    try:
        fill_municipal_project(office, date.today(), seed=1)
        receive(office, [write_school_package(window.ctx.installation, work).path])
    finally:
        office.close()
    installation = open_installation(folder)
    shown = MainWindow(folder, installation.state.display_name, True)
    try:
        shown.showMaximized()
        shown.set_context(UiContext(installation, shown))
        shown.open_section("analytical_report")
        sweep.settle()
        section = shown.current_page()
        for index in range(section.tabs.count()):
            section.tabs.setCurrentIndex(index)
            sweep.check(shown, f"analytical-report:{section.tabs.tabText(index)}")
        section.tabs.setCurrentIndex(0)
        model = section.texts.model
        section.texts.view.setCurrentIndex(model.index(model.rowCount() - 1, 1))  # a school's
        section.editor.edit.setPlainText(section.editor.text() + "\n" * 40)
        sweep.check(shown, "analytical-report:edited")
        section.editor.reset_button.click()  # the question, answered no
        section._not_written(ValidationError("Аналитический отчёт муниципалитета появится в "
                                             "следующей версии программы."))  # fmt: skip
        sweep.check(shown, "analytical-report:refused")
        section.discard()
    finally:
        shown.hide()
        installation.close()
