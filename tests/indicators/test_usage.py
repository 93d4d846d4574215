"""Built-in indicators a school does not use are left out of the list unless asked for all."""

from __future__ import annotations

import pytest

from app.academic_year import AcademicYear
from app.indicators.catalogue import IndicatorInput, add_indicator, list_indicators
from app.indicators.usage import list_shown
from app.indicators.values import ValueChange, set_values
from app.self_assessment.deficits import DeficitInput, save_deficit
from app.self_assessment.trail import link
from ui.context import UiContext
from ui.indicators.section import IndicatorsSection

YEAR = AcademicYear(2024)
BUILTINS = 17  # resources/indicators/builtin.json


def codes(rows) -> set[str]:
    return {row.code for row in rows}


def use_three(school) -> dict[str, object]:
    """A value, a baseline only, a deficit link; and an own indicator without values."""
    ids = {row.code: row.id for row in list_indicators(school.scope)}
    set_values(
        school.scope,
        [
            ValueChange(ids["knowledge_quality"], YEAR, "actual", 41.0),
            ValueChange(ids["success_rate"], YEAR, "baseline", 97.0),
        ],
    )
    info = DeficitInput(YEAR, "Низкие результаты ВПР", "Оценка")
    deficit = save_deficit(school.scope, info).value
    link(school.scope, deficit, "indicator", ids["vpr_pass"])
    add_indicator(school.scope, IndicatorInput("Доля родителей на собраниях", "%"))
    return ids


def test_a_school_that_used_nothing_sees_the_whole_catalogue(school) -> None:
    rows, hidden = list_shown(school.scope, show_all=False)
    assert (len(rows), hidden) == (BUILTINS, 0)


def test_unused_builtins_are_hidden_and_show_all_brings_them_back(school) -> None:
    use_three(school)
    rows, hidden = list_shown(school.scope, show_all=False)
    assert codes(r for r in rows if r.is_builtin) == {
        "knowledge_quality",
        "success_rate",
        "vpr_pass",
    }
    assert [r.name for r in rows if not r.is_builtin] == ["Доля родителей на собраниях"]
    assert hidden == BUILTINS - 3
    rows, hidden = list_shown(school.scope, show_all=True)
    assert (len(rows), hidden) == (BUILTINS + 1, 0)
    assert {"ege_russian", "ege_maths"} <= codes(rows)


@pytest.fixture
def section(qtbot, school):
    widget = IndicatorsSection(UiContext(school))
    qtbot.addWidget(widget)
    widget.resize(1146, 700)
    return widget


def test_the_section_hides_them_with_a_toggle_to_undo(section, school) -> None:
    use_three(school)
    section.refresh()
    listed = {section.catalogue.row(r).code for r in range(section.catalogue.rowCount())}
    assert "ege_russian" not in listed and len(listed) == 4
    assert section.show_all.text() == "Show all indicators (14 hidden)"  # English source
    dashboard = section.dashboard.model
    assert dashboard.rowCount() == 4
    section.show_all.setChecked(True)
    listed = {section.catalogue.row(r).code for r in range(section.catalogue.rowCount())}
    assert {"ege_russian", "ege_maths"} <= listed and len(listed) == BUILTINS + 1
    assert section.show_all.text() == "Show all indicators"
    assert dashboard.rowCount() == BUILTINS + 1
    section.show_all.setChecked(False)
    assert section.catalogue.rowCount() == 4
