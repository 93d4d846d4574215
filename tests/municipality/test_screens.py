"""The municipality's screens over the hand-built district: «Школы» (register, expected
schools, deadlines, filters, export), «Сводные данные» (views read on the worker thread,
filters, two tables) and the read-only drill-down into a school's own screens."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QAbstractItemView

from app.errors import ReadOnlyError
from app.programme.tasks import delete_task
from ui.context import UiContext


@pytest.fixture
def ctx(municipality, qapp):
    context = UiContext(municipality)
    yield context
    context.deleteLater()


@pytest.fixture
def schools(ctx, qtbot):
    from ui.municipality.schools_section import SchoolsSection

    section = SchoolsSection(ctx)
    qtbot.addWidget(section)
    section.today = date(2025, 6, 10)
    section.refresh()
    return section


def names(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def column_of(model, header: str) -> int:
    return model.headers().index(header)


def test_the_register_lists_filters_and_measures_against_a_deadline(schools):
    assert names(schools.model) == ["Берёзовская ООШ", "Озёрная НШ", "Сосновская СОШ"]
    schools.add_expected("Луговая ООШ")
    assert names(schools.model)[-1] == "Луговая ООШ"
    number = column_of(schools.model, "Last package No.")
    assert schools.model.index(3, number).data() == "пакетов не было"
    schools.add_deadline("Годовой отчёт", date(2025, 5, 1), date(2025, 6, 1))
    due = column_of(schools.model, "By the deadline")
    assert [schools.model.index(r, due).data() for r in range(4)] == [
        "в срок",
        "не получено",
        "просрочено на 3 дн.",
        "не получено",
    ]
    schools.search.setText("сосн")
    assert names(schools.model) == ["Сосновская СОШ"]
    assert schools.count.text() == "Shown 1 of 4"
    schools.search.clear()
    schools.categories.boxes["is_rural"].setChecked(True)
    assert names(schools.model) == ["Берёзовская ООШ", "Сосновская СОШ"]
    schools.model.sort(due)
    assert names(schools.model) == ["Сосновская СОШ", "Берёзовская ООШ"]  # late, on time


def test_the_register_exports_what_is_shown(schools, monkeypatch, tmp_path):
    from ui.widgets import files

    target = tmp_path / "schools.xlsx"
    monkeypatch.setattr(files, "ask_save", lambda *_a, **_k: target)
    schools.search.setText("озёр")
    schools.export()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert [r[0] for r in rows] == ["Школа", "Озёрная НШ"]


def test_a_school_opens_read_only_in_its_own_screens(schools, district, qtbot):
    schools.view.selectRow(0)
    schools.open_school()
    (window,) = schools.windows
    qtbot.addWidget(window)
    assert window.school_ctx.scope.school_id == district.berezovka
    assert window.school_ctx.scope.read_only
    assert window.tabs.count() == 6
    for page in window.pages.values():
        for view in page.findChildren(QAbstractItemView):
            assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    with pytest.raises(ReadOnlyError, match="только для просмотра"):
        window.school_ctx.perform(lambda scope: delete_task(scope, uuid.uuid4()))


@pytest.fixture
def consolidated(ctx, qtbot):
    from ui.municipality.consolidated_section import ConsolidatedSection

    section = ConsolidatedSection(ctx)
    qtbot.addWidget(section)
    qtbot.waitUntil(lambda: section.shown is not None, timeout=10000)
    return section


def show(section, qtbot, key: str) -> None:
    section.view_box.setCurrentIndex(section.view_box.findData(key))
    qtbot.waitUntil(lambda: section.shown.key == key, timeout=10000)


def test_consolidated_views_are_read_off_the_ui_thread_and_filtered(consolidated, qtbot):
    assert consolidated.shown.key == "indicators"
    assert names(consolidated.models[0]) == ["Берёзовская ООШ", "Сосновская СОШ"]
    show(consolidated, qtbot, "roadmap")
    reasons = consolidated.models[1]
    assert consolidated.views[1].isVisibleTo(consolidated)
    assert names(reasons) == ["Кадровый дефицит", "Финансирование"]
    before = consolidated.loading
    consolidated.categories.boxes["low_results"].setChecked(True)
    qtbot.waitUntil(lambda: consolidated.loading == before + 1 and _settled(consolidated))
    assert names(consolidated.models[0]) == ["Берёзовская ООШ"]
    assert names(reasons) == ["Кадровый дефицит"]
    show(consolidated, qtbot, "achievement")
    assert not consolidated.views[1].isVisibleTo(consolidated)


def _settled(section) -> bool:
    return section.status.text().startswith("Rows")


def test_a_consolidated_view_exports_to_excel(consolidated, qtbot, monkeypatch, tmp_path):
    from ui.widgets import files

    show(consolidated, qtbot, "roadmap")
    target = tmp_path / "roadmap.xlsx"
    monkeypatch.setattr(files, "ask_save", lambda *_a, **_k: target)
    consolidated.export()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert load_workbook(target).sheetnames == ["Исполнение дорожных карт", "Причины невыполнения"]


def test_the_municipality_navigation_has_both_sections():
    from ui.sections import MUNICIPALITY_SECTIONS

    keys = [spec.key for spec in MUNICIPALITY_SECTIONS]
    assert keys[1] == "schools" and "consolidated" in keys  # the own project comes between
    built = ("schools", "consolidated")
    assert all(spec.factory for spec in MUNICIPALITY_SECTIONS if spec.key in built)
