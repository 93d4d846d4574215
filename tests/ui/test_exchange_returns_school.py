"""The school's side of return packages: the municipality's package and receipt previewed,
loaded, and what arrived shown on «Получено от муниципалитета» — answering a recommendation,
adding an assigned partner, accepting a changed municipality key.

Each test does the real round trip: the demo school's package goes to a municipality,
which writes recommendations, a partner assignment and a monitoring figure back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QMessageBox

from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.indicators.catalogue import list_indicators
from app.installation import Installation, MunicipalityInfo, create_municipality
from app.municipality.returns import (
    RecommendationInput,
    assign_partner,
    save_recommendation,
    set_figure,
)
from app.municipality.schools import imported_school
from app.partnership.partners import list_partners
from app.received import received
from app.sync.keyfile import own_keys
from app.sync.outgoing import write_school_package
from app.sync.receipts import write_receipt
from app.sync.receive import Outcome, Verdict, receive
from app.sync.returns_in import receive_at_school
from app.sync.returns_out import write_return_packages
from ui.context import UiContext
from ui.exchange.section import ExchangeSection
from ui.widgets import files

TODAY = date.today()
LATE = "Провести педагогический совет по итогам входной диагностики"
LATER = "Организовать взаимопосещение уроков математики с партнёрской школой"
PARTNER = "МОУ «Лесная средняя школа»"


def new_municipality(root: Path, name: str) -> Installation:
    return create_municipality(DataFolder(root), MunicipalityInfo(name=name))


@pytest.fixture
def municipality(tmp_path: Path) -> Iterator[Installation]:
    installation = new_municipality(tmp_path / "mun", "Отдел образования района")
    yield installation
    installation.close()


@dataclass
class Trip:
    returns: list[Path]  # the return package
    receipt: Path
    received_on: date  # what the receipt says


def school_package_at(municipality: Installation, package: Path) -> Verdict:
    (verdict,) = receive(municipality, [package])
    return verdict


def fill_returns(municipality: Installation, school_id, out: Path) -> list[Path]:
    scope = municipality.scope
    year = AcademicYear(2026)
    issued = TODAY - timedelta(days=10)
    late = RecommendationInput(year, LATE, "Качество обучения", issued, TODAY - timedelta(days=1))
    save_recommendation(scope, school_id, late)
    save_recommendation(scope, school_id, RecommendationInput(year, LATER, "", issued, None))
    assign_partner(scope, school_id, PARTNER, "leader", date(2026, 9, 1), "по математике")
    indicator = list_indicators(imported_school(scope, school_id))[0]
    set_figure(scope, school_id, indicator.id, year, 87.5, "по данным РЦОИ")
    out.mkdir(exist_ok=True)
    (written,) = write_return_packages(municipality, out)
    return [out / written.file_name]


def round_trip(school: Installation, municipality: Installation, tmp_path: Path) -> Trip:
    stick = tmp_path / "stick"
    stick.mkdir()
    package = write_school_package(school, stick).path
    verdict = school_package_at(municipality, package)
    assert verdict.outcome is Outcome.ACCEPTED, verdict.reason
    back = tmp_path / "back"
    back.mkdir()
    received_on = datetime.now(UTC).date()
    receipt = write_receipt(municipality, verdict.opened.sender_keys, verdict.sequence, back)
    returns = fill_returns(municipality, school.scope.school_id, back)
    return Trip(returns, receipt, received_on)


@pytest.fixture
def boxes(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    return shown


@pytest.fixture
def section(qtbot, demo) -> ExchangeSection:
    page = ExchangeSection(UiContext(demo))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: not page.comparing(), timeout=30_000)
    return page


def choose(monkeypatch, chosen: list[Path]) -> None:
    monkeypatch.setattr(files, "ask_many", lambda *_a: [str(p) for p in chosen])


def preview_of(qtbot, section: ExchangeSection):
    section.load_button.click()
    qtbot.waitUntil(
        lambda: section.loader.preview is not None and section.loader.preview.isVisible(),
        timeout=30_000,
    )
    return section.loader.preview


def cells(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_return_package_and_a_receipt_are_previewed_loaded_and_shown(
    qtbot, section, demo, municipality, tmp_path, monkeypatch, boxes
):
    trip = round_trip(demo, municipality, tmp_path)
    damaged = tmp_path / "back" / "Повреждённый.perekhod"
    damaged.write_bytes(trip.returns[0].read_bytes()[:300])
    choose(monkeypatch, [trip.receipt, *trip.returns, damaged])
    preview = preview_of(qtbot, section)

    day = f"{trip.received_on:%d.%m.%Y}"
    rows = cells(preview.model)
    assert rows[0][1:3] == ["квитанция", f"пакет №1 получен муниципалитетом {day}"]
    sent_on = f"{TODAY:%d.%m.%Y}"
    assert rows[1][:3] == [trip.returns[0].name, f"№2 от {sent_on}", "будет загружен"]
    assert [r[2:] for r in rows[2:5]] == [
        ["Рекомендации", "2", "", ""],
        ["Школы-партнёры", "1", "", ""],
        ["Показатели мониторинга", "1", "", ""],
    ]
    assert rows[5][0] == damaged.name and rows[5][2].startswith("отклонён — ")
    red = preview.model.index(5, 2).data(Qt.ItemDataRole.ForegroundRole).color()
    assert red == QColor("#b00020")
    assert received(demo.scope).recommendations == []  # a preview writes nothing

    preview.load_button.click()
    qtbot.waitUntil(lambda: bool(boxes), timeout=30_000)
    assert boxes[0].splitlines() == [  # the refused file was not loaded again
        "Загружено пакетов муниципалитета: 1.",
        f"Квитанция: пакет №1 получен муниципалитетом {day}.",
    ]
    assert section.sent.index(0, 4).data() == day

    page = section.received
    assert section.tabs.currentWidget() is page
    shown = cells(page.recommendations)
    assert [row[2] for row in shown] == [LATE, LATER]  # unanswered, the nearest date first
    assert shown[0][3:] == [f"{TODAY - timedelta(days=1):%d.%m.%Y}", "ответа ещё нет"]
    overdue = page.recommendations.index(0, 2).data(Qt.ItemDataRole.BackgroundRole).color()
    assert overdue == QColor("#fde2e1")
    assert page.recommendations.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.unanswered.text() == "Рекомендаций без ответа: 2; срок ответа прошёл: 1"
    assert page.unanswered.isVisibleTo(page)
    assert cells(page.partners) == [[PARTNER, "школа-лидер / наставник", "01.09.2026",
                                     "по математике", "ещё нет"]]  # fmt: skip
    assert cells(page.figures)[0][1:] == ["%", "2026-2027", "87,5", "по данным РЦОИ"]
    assert page.tabs.tabText(0) == "Рекомендации (2)"
    assert page.tabs.tabText(4) == "Полученные пакеты (1)"
    assert page.source.text().startswith("От «Отдел образования района»: пакет №2 от ")
    assert not page.status.isVisibleTo(page)  # «nothing has come yet» is gone

    page.filter.setText("взаимопосещение")
    assert [row[2] for row in cells(page.recommendations)] == [LATER]


def test_answering_a_recommendation_through_the_dialog_stores_the_answer(
    qtbot, section, demo, municipality, tmp_path, activate
):
    trip = round_trip(demo, municipality, tmp_path)
    receive_at_school(demo, trip.returns)
    section.refresh()
    page = section.received
    section.tabs.setCurrentWidget(page)
    page.recommendations_view.selectRow(0)
    qtbot.keyClick(page.recommendations_view, Qt.Key.Key_Return)
    dialog = page.answer_dialog
    assert dialog is not None and dialog.isVisible()
    assert LATE in dialog.findChild(QLabel, "recommendationText").text()
    activate(dialog)
    dialog.text.setFocus()

    dialog.status.setCurrentIndex(dialog.status.findData("disagree"))
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "Напишите, почему школа не согласна с рекомендацией."

    dialog.text.setPlainText("Педсовет уже прошёл в октябре")
    assert dialog.error.isHidden()  # the edit takes the message away
    dialog.answered_on.setDate(date(2026, 11, 25))
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()

    (late,) = [r for r in received(demo.scope).recommendations if r.text == LATE]
    assert (late.answer.status, late.answer.text) == ("disagree", "Педсовет уже прошёл в октябре")
    assert late.answer.answered_on == date(2026, 11, 25)
    row = page.recommendations.row_of(lambda r: r.text == LATE)
    assert page.recommendations.index(row, 4).data() == "школа не согласна"
    assert page.recommendations.index(row, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.unanswered.text() == "Рекомендаций без ответа: 1"
    qtbot.waitUntil(lambda: not section.comparing(), timeout=30_000)
    changes = cells(section.changes)
    assert ["Ответы на рекомендации", "1", "0", "0"] in changes


def test_an_assigned_partner_is_added_to_the_schools_partners(
    qtbot, section, demo, municipality, tmp_path
):
    trip = round_trip(demo, municipality, tmp_path)
    receive_at_school(demo, trip.returns)
    section.refresh()
    page = section.received
    section.tabs.setCurrentWidget(page)
    assert PARTNER not in {p.full_name for p in list_partners(demo.scope)}
    page.partners_view.selectRow(0)
    assert page.add_partner_button.isEnabled()
    page.add_partner_button.click()

    (partner,) = [p for p in list_partners(demo.scope) if p.full_name == PARTNER]
    assert [(r.role, r.since) for r in partner.roles] == [("leader", date(2026, 9, 1))]
    assert page.partners.index(0, 4).data() == "да"
    assert not page.add_partner_button.isEnabled()


def test_a_changed_municipality_key_is_shown_and_accepted(
    qtbot, section, demo, municipality, tmp_path, monkeypatch, boxes
):
    trip = round_trip(demo, municipality, tmp_path)
    receive_at_school(demo, trip.returns)  # the school now holds the first key
    other = new_municipality(tmp_path / "mun2", "Управление образования округа")
    try:
        package = sorted((tmp_path / "stick").glob("*.perekhod"))[0]
        assert school_package_at(other, package).outcome is Outcome.ACCEPTED
        returns = fill_returns(other, demo.scope.school_id, tmp_path / "other")
        old, new = own_keys(municipality).fingerprint, own_keys(other).fingerprint
    finally:
        other.close()
    choose(monkeypatch, returns)
    preview = preview_of(qtbot, section)
    (line,) = cells(preview.model)
    assert line[2].startswith("подписан другим ключом муниципалитета")
    assert preview.load_button.isEnabled()

    preview.load_button.click()
    dialog = section.loader.key_dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.pinned.text(), dialog.new.text()) == (old, new)
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: bool(boxes), timeout=30_000)
    assert boxes[0] == "Загружено пакетов муниципалитета: 1."
    assert received(demo.scope).municipality == "Управление образования округа"
    assert section.received.source.text().startswith("От «Управление образования округа»")
