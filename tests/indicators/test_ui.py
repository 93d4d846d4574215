"""The «Показатели» section: editing values in place, the dashboard, the catalogue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QMessageBox

from app.academic_year import AcademicYear
from app.indicators.catalogue import IndicatorInput, add_indicator, list_indicators
from app.indicators.values import ValueChange, set_values, values_of
from ui.context import UiContext
from ui.indicators.chart import (
    ACTUAL_COLOR,
    TARGET_COLOR,
    IndicatorChart,
    nice_max,
    tick_count,
)
from ui.indicators.dialog import IndicatorDialog
from ui.indicators.section import IndicatorsSection

THIS_YEAR = AcademicYear.current()
LAST_YEAR = THIS_YEAR.previous()
BEFORE = LAST_YEAR.previous()


@pytest.fixture
def section(qtbot, school):
    ctx = UiContext(school)
    widget = IndicatorsSection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1146, 700)
    widget.refresh()
    return widget


def select(section: IndicatorsSection, code: str) -> None:
    row = section.catalogue.row_of(lambda r: r.code == code)
    section.catalogue_view.setCurrentIndex(section.catalogue.index(row, 0))


def cell(section: IndicatorsSection, kind: str, year: AcademicYear):
    row = ("baseline", "target", "actual").index(kind)
    return section.values.index(row, section.values.years.index(year))


def test_edit_value_in_place(section, school) -> None:
    select(section, "knowledge_quality")
    assert section.detail_title.text() == "Качество знаний"
    index = cell(section, "actual", LAST_YEAR)
    assert section.values.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert section.values.setData(index, "41,5")
    quality = next(r for r in list_indicators(school.scope) if r.code == "knowledge_quality")
    assert values_of(school.scope, quality.id).value("actual", LAST_YEAR) == 41.5
    assert section.values.data(index) == "41,5"
    assert section.chart.actual[LAST_YEAR] == 41.5


def test_invalid_value_shows_russian_error_and_stores_nothing(section, school) -> None:
    select(section, "knowledge_quality")
    index = cell(section, "target", LAST_YEAR)
    assert not section.values.setData(index, "120")
    assert "от 0 до 100" in section.value_error.text()
    assert not section.values.setData(index, "много")
    assert "не число" in section.value_error.text()
    quality = next(r for r in list_indicators(school.scope) if r.code == "knowledge_quality")
    assert values_of(school.scope, quality.id).years == {}
    assert section.values.setData(index, "40")
    assert section.value_error.text() == ""


def test_dashboard_shows_trend_and_goal(section, school) -> None:
    ids = {r.code: r.id for r in list_indicators(school.scope)}
    set_values(
        school.scope,
        [
            ValueChange(ids["knowledge_quality"], BEFORE, "actual", 30.0),
            ValueChange(ids["knowledge_quality"], LAST_YEAR, "actual", 35.0),
            ValueChange(ids["knowledge_quality"], LAST_YEAR, "target", 34.0),
            ValueChange(ids["risk_pupils"], BEFORE, "actual", 10.0),
            ValueChange(ids["risk_pupils"], LAST_YEAR, "actual", 12.0),
            ValueChange(ids["risk_pupils"], LAST_YEAR, "target", 9.0),
        ],
    )
    section.refresh()
    assert section.year.currentData() == THIS_YEAR  # the current year, as other sections
    section.year.setCurrentIndex(section.year.findText(str(LAST_YEAR)))
    model = section.dashboard.model
    rows = {model.row(r).code: r for r in range(model.rowCount())}
    quality, risk = rows["knowledge_quality"], rows["risk_pupils"]
    assert model.data(model.index(quality, 5)) == "↑"
    assert model.data(model.index(quality, 6)) == "achieved"  # English source; Russian via .qm
    assert model.data(model.index(risk, 5)) == "↑"  # grew, and that is bad news
    assert model.data(model.index(risk, 6)) == "not achieved"
    colour = model.data(model.index(risk, 5), Qt.ItemDataRole.ForegroundRole).color().name()
    assert colour == "#b3261e"
    assert "1 of 2" in section.dashboard.summary.text()


def test_dashboard_sort_and_filter(section) -> None:
    model = section.dashboard.model
    section.filter.setText("ВСОШ ПРИЗЕРЫ")  # case-insensitive, ё = е, words in any order
    names = [model.row(r).name for r in range(model.rowCount())]
    assert len(names) == 2 and all("призёры" in n for n in names)
    assert section.catalogue.rowCount() == 2
    section.filter.clear()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    names = [model.row(r).name for r in range(model.rowCount())]
    assert names == sorted(names, key=lambda n: n.lower().replace("ё", "е"))


def test_add_and_delete_own_indicator(section, school, qtbot, monkeypatch) -> None:
    def save(data: IndicatorInput) -> str:
        return section._save(lambda scope: add_indicator(scope, data))

    dialog = IndicatorDialog(None, save, parent=section)
    qtbot.addWidget(dialog)
    dialog.accept()  # empty name: refused, dialog stays with the message
    assert "название" in dialog.error.text() and dialog.result() == 0
    dialog.name.setText("Доля родителей на собраниях")
    dialog.accept()
    assert dialog.result() == 1
    assert section.catalogue.rowCount() == 18  # the change bus refreshed the section
    select(section, next(r.code for r in list_indicators(school.scope) if not r.is_builtin))
    assert section.delete_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    section.delete()
    assert len(list_indicators(school.scope)) == 18
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    section.delete()
    assert len(list_indicators(school.scope)) == 17
    select(section, "gia_pass")
    assert not section.delete_button.isEnabled()
    assert not section.edit_button.isEnabled()  # built-ins are shared: nobody edits them


def test_builtin_indicator_opens_read_only(section, qtbot) -> None:
    gia = next(r for r in section.indicators if r.code == "gia_pass")
    saved = []
    dialog = IndicatorDialog(gia.as_input(), saved.append, builtin=True, parent=section)
    qtbot.addWidget(dialog)
    assert not dialog.name.isEnabled() and dialog.description.isReadOnly()
    assert dialog.name.text() == gia.name
    assert saved == []


def test_chart_axis_helpers_and_paint(section) -> None:
    assert [nice_max(v) for v in (0, 0.7, 9, 50.6, 101)] == pytest.approx([1, 0.8, 10, 60, 120])
    assert [tick_count(v) for v in (100, 60, 120, 8)] == [5, 6, 6, 4]
    select(section, "knowledge_quality")
    image = section.chart.grab().toImage()
    assert image.width() > 200 and image.height() > 150


def _pixel(image, point) -> QColor:
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))


def _near(image, point, colour: QColor, reach: int = 2) -> bool:
    """Some pixel within ``reach`` of ``point`` has (nearly) ``colour`` (lines are smoothed)."""
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            found = _pixel(image, QPointF(point.x() + dx, point.y() + dy))
            if (
                max(
                    abs(found.red() - colour.red()),
                    abs(found.green() - colour.green()),
                    abs(found.blue() - colour.blue()),
                )
                < 40
            ):
                return True
    return False


def test_chart_draws_each_value_at_its_height(qtbot) -> None:
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    chart.resize(600, 320)
    years = [BEFORE, LAST_YEAR, THIS_YEAR]
    actual = {BEFORE: 20.0, LAST_YEAR: 40.0, THIS_YEAR: None}  # this year not measured yet
    chart.set_series("Качество знаний", "%", years, actual, {THIS_YEAR: 80.0}, None)
    assert chart.axis_max() == 100  # 80 × 1.1 = 88, rounded up to 100 (and a percent)
    plot = chart.plot_area()
    points = [chart.point(0, 20.0), chart.point(1, 40.0), chart.point(2, 80.0)]
    # heights by hand: 20 %, 40 % and 80 % of the plot above its bottom edge
    for point, share in zip(points, (0.2, 0.4, 0.8), strict=True):
        assert point.y() == pytest.approx(plot.bottom() - share * plot.height())
    # the years are evenly spread from left to right
    assert points[0].x() < points[1].x() < points[2].x()
    assert points[1].x() - points[0].x() == pytest.approx(points[2].x() - points[1].x())
    image = chart.grab().toImage()
    assert _pixel(image, points[0]) == ACTUAL_COLOR  # the dots of the actual values
    assert _pixel(image, points[1]) == ACTUAL_COLOR
    assert _pixel(image, points[2]) == TARGET_COLOR  # this year's target
    middle = (points[0] + points[1]) / 2
    assert _near(image, middle, ACTUAL_COLOR)  # the line joins the two actual values
    # no actual value this year: nothing of the actual colour above this year
    column = [QPointF(points[2].x(), plot.top() + i) for i in range(int(plot.height()))]
    assert not any(_pixel(image, p) == ACTUAL_COLOR for p in column)


def test_edit_value_with_the_keyboard(section, school, qtbot) -> None:
    select(section, "teachers_online")
    section.show()
    view = section.values_view
    index = cell(section, "target", THIS_YEAR)
    view.setCurrentIndex(index)
    view.edit(index)  # what F2 or typing does
    [editor] = view.viewport().findChildren(QLineEdit)
    qtbot.keyClicks(editor, "75")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits (queued) via setData
    teachers = next(r for r in list_indicators(school.scope) if r.code == "teachers_online")
    qtbot.waitUntil(lambda: values_of(school.scope, teachers.id).value("target", THIS_YEAR) == 75)
    assert section.values.data(index) == "75"
