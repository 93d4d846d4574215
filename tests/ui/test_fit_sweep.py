"""Every section and dialog fits a 1366×768 screen at 100, 125 and 150 % (QT_SCALE_FACTOR).

The sweep itself (tests/ui/fit_sweep.py) runs in a subprocess per scale factor, because
the factor must be set before the QApplication exists. Its screenshots are kept under
the test's temporary folder; the path is printed (``pytest -s``) for a person to look at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.data_folder import DataFolder
from app.installation import open_installation

SWEEP = Path(__file__).with_name("fit_sweep.py")
SCALES = ("1", "1.25", "1.5")
# A task worded as schools word them, long enough to have made the planned-result dialog
# 32,767 px wide.
LONG_TASK = (
    "Создание условий для повышения качества образования через развитие внутренней системы "
    "оценки качества, адресную методическую поддержку педагогов, испытывающих затруднения, "
    "организацию наставничества, сетевое взаимодействие со школой-лидером и вовлечение "
    "родителей обучающихся в образовательный процесс " * 3
).strip()


def add_long_task(folder: DataFolder) -> None:
    from app.programme.programmes import current_programme
    from app.programme.tasks import TaskRow, list_tasks, save_task

    installation = open_installation(folder)
    try:
        programme = current_programme(installation.scope)
        number = len(list_tasks(installation.scope, programme.id)) + 1
        save_task(installation.scope, TaskRow(None, programme.id, number, LONG_TASK))
    finally:
        installation.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fit-sweep-screenshots")


@pytest.mark.parametrize("scale", SCALES)
def test_every_screen_fits(scale: str, demo_folder: DataFolder, shots: Path) -> None:
    add_long_task(demo_folder)
    out = shots / f"scale-{scale}"
    report = out / "problems.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    command = [sys.executable, str(SWEEP), "--data", str(demo_folder.root), "--out", str(out)]
    run = subprocess.run(
        [*command, "--scale", scale, "--report", str(report)],
        timeout=120,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    found = json.loads(report.read_text("utf-8"))
    print(f"fit sweep at {scale}: screenshots in {out}")
    assert found == [], "\n".join(found)
    assert len(list(out.glob("*.png"))) > 50  # every section, tab and dialog was visited


# ---- the checks themselves catch what they should ------------------------------------------
def test_checks_catch_a_cut_button_an_overlap_and_a_too_wide_window(qtbot) -> None:
    from fit_checks import problems
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 200)
    button = QPushButton("Перенести невыполненные на следующий год", window)
    button.setGeometry(0, 0, 60, 30)
    QLabel("Первая", window).setGeometry(0, 50, 100, 20)
    QLabel("Вторая", window).setGeometry(50, 55, 100, 20)
    window.show()
    qtbot.waitExposed(window)
    found = problems(window, QRect(0, 0, 300, 300))
    assert any("is 4" in p and "the screen 300×300" in p for p in found)  # 400 px wide
    assert any("Перенести" in p and "needs" in p for p in found)
    assert any("'Первая' overlaps QLabel 'Вторая'" in p for p in found)
    assert problems(window, QRect(0, 0, 1366, 768)) == [p for p in found if "screen" not in p]


# ---- the fixes ----------------------------------------------------------------------------
def test_planned_result_dialog_with_a_long_task_fits_the_screen(qtbot) -> None:
    from types import SimpleNamespace

    from ui.programme.programme_dialogs import ResultDialog

    task = SimpleNamespace(id=1, label=f"1. {LONG_TASK}")
    dialog = ResultDialog([task], 1, "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= screen.width()
    assert dialog.task.currentText() == task.label  # the whole wording is kept, not cut


def test_roadmap_toolbar_wraps_instead_of_cutting(qtbot, school) -> None:
    from ui.context import UiContext
    from ui.programme.roadmap_section import RoadmapSection

    section = RoadmapSection(UiContext(school))
    qtbot.addWidget(section)
    section.resize(560, 500)
    section.show()
    qtbot.waitExposed(section)
    forward = section.buttons["forward"]
    assert forward.text() == "Перенести невыполненные на следующий год"
    assert forward.width() >= forward.sizeHint().width()
    for button in section.buttons.values():
        corner = button.mapTo(section, button.rect().bottomRight())
        assert section.rect().contains(corner), button.text()
    rows = {button.y() for button in section.buttons.values()}
    assert len(rows) >= 2  # wrapped onto a second line


def test_qt_file_dialog_speaks_russian(qtbot) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "Открыть", str(Path.home()), "Книга Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    captions = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert {"&Папка:", "&Тип файлов:"} <= captions
    assert "&Look in:" not in captions and "Files of &type:" not in captions


def test_instruments_tab_shows_titles_not_codes(qtbot, demo_folder, window_for) -> None:
    from ui.self_assessment.pages import InstrumentsPage

    window = window_for(demo_folder)
    window.open_section("self_assessment")
    page = window.current_page().findChild(InstrumentsPage)
    page.refresh()
    model = page.model
    shown = {
        str(model.index(row, column).data())
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    }
    headers = {model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())}
    assert "Рисковые профили школы (федеральная программа «500+»)" in shown
    assert not {"risk_profiles_500", "school_deficits_resources"} & shown
    assert "Код" not in headers
    buttons = {b.text() for b in page.findChildren(QPushButton)}
    assert "Сохранить как файл JSON…" in buttons
