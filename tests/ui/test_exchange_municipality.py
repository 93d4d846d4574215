"""«Обмен со школами» at the municipality: a preview of the chosen files (nothing written),
then the import with a summary, receipts, a folder of packages, filtering, cancelling between
files, a school's changed key compared and accepted, and the municipality's key file."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app.data_folder import DataFolder
from app.installation import MunicipalityInfo, create_municipality, open_installation
from app.progress import Progress
from app.sync.keyfile import own_keys, read_key_file
from app.sync.outgoing import write_school_package
from app.sync.receive import Outcome, Verdict, receive
from tests.conftest import DEMO_TODAY
from ui.context import UiContext
from ui.exchange import key_dialog
from ui.exchange.incoming import Row, import_order, run_files
from ui.exchange.municipality import MunicipalityExchangeSection
from ui.widgets import files

DAMAGED_REASON = "отклонён — файл повреждён или обрезан (это не пакет обмена «Переход»)"
COLUMNS = ("Школа", "№", "Дата", "Добавлено", "Изменено", "Удалено", "Файл", "Результат")


@dataclass(frozen=True)
class Packages:
    first: Path  # the demo school's package №1
    damaged: Path
    moved: Path  # №1 of the same school after it moved to a new PC (another key)
    school: str
    school_id: str  # as SQLite stores it (hex)
    rows: int  # the school's rows, counted in its database
    written_on: set[str]  # the day(s) the packages were sealed (their created-at), local
    old_fingerprint: str
    new_fingerprint: str


def school_rows(database: Path, school_id: str) -> int:
    with sqlite3.connect(database) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if "school_id" in [c[1] for c in conn.execute(f'PRAGMA table_info("{r[0]}")')]
        ]
        return sum(
            conn.execute(
                f'SELECT count(*) FROM "{t}" WHERE school_id = ?', (school_id,)
            ).fetchone()[0]
            for t in tables
        )


@pytest.fixture(scope="module")
def packages(demo_template: DataFolder, tmp_path_factory: pytest.TempPathFactory) -> Packages:
    from app.keys import generate_key_pair

    root = tmp_path_factory.mktemp("school-packages")
    shutil.copytree(demo_template.root, root / "demo")
    school = open_installation(DataFolder(root / "demo"))
    before = datetime.now().astimezone()
    try:
        first = write_school_package(school, root, today=DEMO_TODAY).path
        old = own_keys(school).fingerprint
        for name in ("own.key", "own.pub"):
            (school.folder.keys / name).unlink()
        generate_key_pair(school.folder.keys)
        (root / "moved").mkdir()
        moved = write_school_package(school, root / "moved", today=DEMO_TODAY).path
        new = own_keys(school).fingerprint
        name, school_id = school.state.display_name, school.scope.school_id.hex
    finally:
        school.close()
    days = {moment.strftime("%d.%m.%Y") for moment in (before, datetime.now().astimezone())}
    damaged = root / "Обрезанный.perekhod"
    damaged.write_bytes(first.read_bytes()[:700])
    rows = school_rows(root / "demo" / "perekhod.sqlite", school_id)
    return Packages(first, damaged, moved, name, school_id, rows, days, old, new)


@pytest.fixture
def municipality(tmp_path: Path):
    installation = create_municipality(
        DataFolder(tmp_path / "mun"), MunicipalityInfo(name="Отдел образования района")
    )
    yield installation
    installation.close()


@pytest.fixture
def section(qtbot, municipality):
    page = MunicipalityExchangeSection(UiContext(municipality))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def table(page: MunicipalityExchangeSection) -> list[dict[str, str]]:
    model = page.model
    return [
        {COLUMNS[c]: model.index(r, c).data() for c in range(model.columnCount())}
        for r in range(model.rowCount())
    ]


def by_file(page: MunicipalityExchangeSection) -> dict[str, dict[str, str]]:
    return {row["Файл"]: row for row in table(page)}


def pick(qtbot, page, monkeypatch, paths: list[Path]) -> None:
    monkeypatch.setattr(files, "ask_open_many", lambda *_a: paths)
    page.files_button.click()
    qtbot.waitUntil(lambda: not page.busy and page.model.total() == len(paths), timeout=30_000)


def counts(page: MunicipalityExchangeSection) -> list[str]:
    return [label.text() for label in page.counts.values()]


def held(installation) -> int:
    with sqlite3.connect(installation.folder.database) as conn:
        return conn.execute("SELECT count(*) FROM received_package").fetchone()[0]


def test_the_preview_shows_each_file_and_writes_nothing(
    qtbot, section, municipality, packages, monkeypatch
):
    pick(qtbot, section, monkeypatch, [packages.first, packages.damaged])
    rows = by_file(section)
    assert rows[packages.first.name].pop("Дата") in packages.written_on
    assert rows[packages.first.name] == {
        "Школа": packages.school,
        "№": "1",
        "Добавлено": str(packages.rows),
        "Изменено": "0",
        "Удалено": "0",
        "Результат": "будет принят",
        "Файл": packages.first.name,
    }
    damaged = rows[packages.damaged.name]
    assert damaged["Результат"] == DAMAGED_REASON
    assert damaged["Школа"] == damaged["№"] == damaged["Добавлено"] == ""
    assert counts(section) == ["Будет принято: 1", "Уже загружено: 0", "Отклонено: 1"]
    assert "ничего ещё не записано" in section.headline.text()
    assert held(municipality) == 0
    assert school_rows(municipality.folder.database, packages.school_id) == 0
    assert section.load_button.isEnabled() and not section.trust_button.isEnabled()


def test_load_imports_shows_the_summary_writes_receipts_and_tells_other_screens(
    qtbot, section, municipality, packages, monkeypatch, tmp_path
):
    pick(qtbot, section, monkeypatch, [packages.first, packages.damaged])
    receipts = tmp_path / "квитанции"
    receipts.mkdir()
    monkeypatch.setattr(files, "ask_folder", lambda *_a: receipts)
    section.receipts_check.click()
    assert section.receipts_check.isChecked() and str(receipts) in section.receipts_note.text()
    heard = []
    section.ctx.bus.changed.connect(lambda changes, _initiator: heard.append(changes))
    section.load_button.click()
    qtbot.waitUntil(lambda: not section.busy and bool(heard), timeout=30_000)

    rows = by_file(section)
    assert rows[packages.first.name]["Результат"] == "принят"
    assert rows[packages.first.name]["Добавлено"] == str(packages.rows)
    assert rows[packages.damaged.name]["Результат"] == DAMAGED_REASON
    assert counts(section) == ["Принято: 1", "Уже загружено: 0", "Отклонено: 1"]
    assert section.headline.text() == "Загрузка завершена: файлов — 2."
    assert not section.load_button.isEnabled()
    assert heard[0].roadmap and heard[0].indicators and heard[0].exchange
    assert held(municipality) == 1
    assert school_rows(municipality.folder.database, packages.school_id) == packages.rows
    (receipt,) = receipts.iterdir()
    assert receipt.name == f"Квитанция_{packages.school.replace(' ', '_')}_№_1.perekhod"
    assert "Квитанций записано: 1" in section.receipts_note.text()

    pick(qtbot, section, monkeypatch, [packages.first])  # the same file again
    assert table(section)[0]["Результат"] == "уже загружен"
    assert counts(section) == ["Будет принято: 0", "Уже загружено: 1", "Отклонено: 0"]
    assert not section.load_button.isEnabled()


def test_a_folder_gives_its_packages_which_filter_and_sort(
    qtbot, section, packages, monkeypatch, tmp_path
):
    stick = tmp_path / "флешка"
    stick.mkdir()
    shutil.copy(packages.first, stick)
    shutil.copy(packages.damaged, stick)
    (stick / "заметки.txt").write_text("не пакет", "utf-8")
    monkeypatch.setattr(files, "ask_folder", lambda *_a: stick)
    section.folder_button.click()
    qtbot.waitUntil(lambda: not section.busy and section.model.total() == 2, timeout=30_000)
    assert sorted(by_file(section)) == sorted([packages.first.name, packages.damaged.name])

    section.show_choice.setCurrentIndex(3)  # refused
    assert [r["Файл"] for r in table(section)] == [packages.damaged.name]
    assert section.shown.text() == "Показано: 1 из 2"
    section.show_choice.setCurrentIndex(0)
    section.filter.setText(packages.school.split()[0].upper().replace("Ё", "Е"))
    assert [r["Файл"] for r in table(section)] == [packages.first.name]
    section.filter.clear()
    section.view.sortByColumn(1, section.view.horizontalHeader().sortIndicatorOrder())
    assert table(section)[-1]["Файл"] == packages.damaged.name  # no number: last


def test_an_empty_folder_is_said_so(qtbot, section, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(files, "ask_folder", lambda *_a: tmp_path)
    section.folder_button.click()
    assert shown == [f"В папке {tmp_path} нет файлов обмена (*.perekhod)."]
    assert section.model.total() == 0


def test_a_cancel_stops_between_files_and_keeps_what_was_loaded(municipality, packages):
    progress = Progress(lambda done, _total, _label: progress.cancel() if done == 0 else None)
    batch = run_files(municipality, [packages.first, packages.damaged], False, progress)
    assert batch.cancelled
    assert [(r.file, r.outcome, r.imported) for r in batch.rows] == [
        (packages.first, Outcome.ACCEPTED, True)
    ]
    assert held(municipality) == 1


def test_each_schools_packages_are_loaded_in_number_order():
    def row(name: str, school: str, sequence: int | None, imported: bool = False) -> Row:
        verdict = Verdict(Path(name), Outcome.ACCEPTED, sequence=sequence)
        verdict.school_id = uuid.UUID(school) if school else None
        return Row(verdict, imported)

    a, b = "00000000-0000-0000-0000-00000000000a", "00000000-0000-0000-0000-00000000000b"
    rows = [
        row("Б_№_10", b, 10),
        row("А_№_9", a, 9),
        row("Б_№_9", b, 9),
        row("Б_№_8", b, 8, imported=True),
        row("битый", "", None),
    ]
    assert [p.name for p in import_order(rows)] == ["битый", "А_№_9", "Б_№_9", "Б_№_10"]


def test_a_changed_school_key_is_compared_then_accepted_and_loaded(
    qtbot, section, municipality, packages, monkeypatch
):
    assert receive(municipality, [packages.first])[0].outcome is Outcome.ACCEPTED
    pick(qtbot, section, monkeypatch, [packages.moved])
    (row,) = table(section)
    assert row["Результат"].startswith(f"отклонён — ключ подписи школы «{packages.school}»")
    assert section.trust_button.isEnabled() and not section.load_button.isEnabled()

    seen = []

    def answer(dialog) -> int:
        seen.append((dialog.pinned.text(), dialog.new.text()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(key_dialog.KeyChangeDialog, "exec", answer)
    section.trust_button.click()
    qtbot.waitUntil(lambda: not section.busy, timeout=30_000)
    assert seen == [(packages.old_fingerprint, packages.new_fingerprint)]
    assert table(section)[0]["Результат"] == "принят"
    assert counts(section) == ["Принято: 1", "Уже загружено: 0", "Отклонено: 0"]
    assert held(municipality) == 2
    assert not section.trust_button.isEnabled()


def test_a_declined_key_changes_nothing(qtbot, section, municipality, packages, monkeypatch):
    assert receive(municipality, [packages.first])[0].outcome is Outcome.ACCEPTED
    pick(qtbot, section, monkeypatch, [packages.moved])
    monkeypatch.setattr(key_dialog.KeyChangeDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    section.trust_button.click()
    assert not section.busy and held(municipality) == 1
    assert table(section)[0]["Результат"].startswith("отклонён")


def test_the_municipality_key_file_is_written_with_its_fingerprint(
    section, municipality, monkeypatch, tmp_path
):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(files, "ask_folder", lambda *_a: tmp_path)
    section.key_button.click()
    (written,) = tmp_path.glob("*.perekhod-key")
    assert written.name == "Ключ_Отдел_образования_района.perekhod-key"
    fingerprint = own_keys(municipality).fingerprint
    assert read_key_file(written).fingerprint == fingerprint
    assert str(written) in shown[0] and fingerprint in shown[0]
    assert section.key_note.text() == f"Отпечаток ключа муниципалитета: {fingerprint}"


def test_the_municipality_window_opens_the_screen(municipality_folder, window_for):
    window = window_for(municipality_folder, municipality=True)
    window.open_section("exchange")
    page = window.current_page()
    assert isinstance(page, MunicipalityExchangeSection)
    assert page.load_button.text() == "&Загрузить"
