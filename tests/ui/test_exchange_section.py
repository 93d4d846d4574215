"""«Обмен с муниципалитетом» at a school: what changed, writing a package to a stick, the
municipality's key (packages then encrypted) and the list of packages sent."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtWidgets import QMessageBox

from app.data_folder import DataFolder
from app.installation import MunicipalityInfo, create_municipality
from app.sync.keyfile import write_key_file
from ui.context import UiContext
from ui.exchange.section import ExchangeSection
from ui.widgets import files


@pytest.fixture
def boxes(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    return shown


@pytest.fixture
def section(qtbot, demo):
    page = ExchangeSection(UiContext(demo))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.comparing(), timeout=30_000)
    return page


def test_a_new_school_sees_everything_as_added_and_an_unencrypted_warning(section):
    model = section.changes
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert set(rows) == {
        "Программа и дорожная карта",
        "Показатели",
        "Партнёрство",
        "Самодиагностика",
    }
    assert all(int(count) > 0 for count in rows.values())
    assert "НЕ шифруются" in section.key_note.text()
    assert section.sent.rowCount() == 0


def test_writing_a_package_lists_it_and_clears_the_changes(
    qtbot, section, tmp_path, monkeypatch, boxes
):
    stick = tmp_path / "флешка"
    stick.mkdir()
    monkeypatch.setattr(files, "ask_folder", lambda *_a: stick)
    section.write_button.click()
    qtbot.waitUntil(lambda: bool(boxes) and not section.comparing(), timeout=30_000)
    (written,) = stick.glob("*.perekhod")
    assert written.name.endswith("_№_1.perekhod") and str(written) in boxes[0]
    assert section.changes.rowCount() == 0 and section.nothing.isVisibleTo(section)
    assert section.sent.rowCount() == 1
    assert section.sent.index(0, 4).data() == "ещё нет"


def test_loading_the_municipality_key_turns_encryption_on(
    qtbot, section, tmp_path, monkeypatch, boxes
):
    municipality = create_municipality(DataFolder(tmp_path / "mun"), MunicipalityInfo(name="Отдел"))
    try:
        key_file = write_key_file(municipality, tmp_path)
    finally:
        municipality.close()
    monkeypatch.setattr(files, "ask_open", lambda *_a: key_file)
    section.key_button.click()
    assert "Ключ «Отдел» загружен" in boxes[0]
    assert section.key_note.text().startswith("Пакеты шифруются для «Отдел»")
    stick = tmp_path / "флешка"
    stick.mkdir()
    monkeypatch.setattr(files, "ask_folder", lambda *_a: stick)
    section.write_button.click()
    qtbot.waitUntil(lambda: len(boxes) == 2, timeout=30_000)
    (written,) = stick.glob("*.perekhod")
    assert "data.json.enc" in zipfile.ZipFile(written).namelist()
    assert section.sent.index(0, 3).data() == "да"
