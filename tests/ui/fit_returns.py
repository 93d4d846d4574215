"""Fit sweep step (fit_targets.STEPS): the municipality's «Для школы: …» with long wordings
in every tab, and each of its forms. The sweep's window is the demo school's; a new
municipality imports that school's package first, as a methodologist's would."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

LONG_NAME = (
    "Муниципальное бюджетное общеобразовательное учреждение «Заречная гимназия № 2 имени "
    "Героя Советского Союза А. И. Покрышкина» Заречного муниципального района"
)
LONG_TEXT = (
    "Провести поэлементный анализ результатов ВПР по русскому языку и математике в 5–8 "
    "классах, выявить задания с наименьшим процентом выполнения и внести корректировки в "
    "рабочие программы и планы уроков; результаты рассмотреть на заседании школьного "
    "методического объединения и представить справку в отдел образования до 20 декабря"
)


def returns_dialog(sweep, window) -> None:
    from app.academic_year import AcademicYear
    from app.data_folder import DataFolder
    from app.indicators.catalogue import list_indicators
    from app.installation import MunicipalityInfo, create_municipality
    from app.municipality import returns
    from app.municipality.schools import imported_school
    from app.sync.outgoing import write_school_package
    from app.sync.receive import receive
    from ui.context import UiContext
    from ui.municipality.returns_dialog import ReturnsDialog

    school = window.ctx.installation
    work = Path(tempfile.mkdtemp(prefix="fit-returns-dialog-"))
    info = MunicipalityInfo(name="Отдел образования администрации Заречного района")
    office = create_municipality(DataFolder(work / "office"), info)
    try:
        receive(office, [write_school_package(school, work).path])
        scope, school_id = office.scope, school.scope.school_id
        year, today = AcademicYear.current(), date.today()
        for topic in ("Анализ результатов ВПР и корректировка рабочих программ", ""):
            data = returns.RecommendationInput(year, LONG_TEXT, topic, today, today + timedelta(30))
            returns.save_recommendation(scope, school_id, data)
        returns.assign_partner(scope, school_id, LONG_NAME, "leader", year.first_day, LONG_TEXT)
        for indicator in list_indicators(imported_school(scope, school_id)):
            returns.set_figure(scope, school_id, indicator.id, year.previous(), 87.5, LONG_TEXT)
        dialog = ReturnsDialog(UiContext(office, window), school_id, LONG_NAME, window)
        dialog.show()
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            sweep.check(dialog, f"returns-dialog:{dialog.tabs.tabText(index)}")
        for opener in (
            dialog.add_recommendation,
            dialog.edit_recommendation,
            dialog.delete_recommendation,  # the question, answered no
            dialog.add_partner,
            dialog.add_figure,
            dialog.edit_figure,
        ):
            opener()
            sweep.settle()
        dialog.hide()
    finally:
        office.close()
