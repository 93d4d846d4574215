"""Shared fixtures: offscreen Qt, fresh installations in tmp folders, a demo school.

Every test gets its own data folder under ``tmp_path``; nothing touches the user's data.
The demo school is built once per session on a fixed "today" (so expected values are
stable) and copied for each test that wants it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PEREKHOD_DATA_DIR", None)

from app.data_folder import DataFolder
from app.installation import Installation, SchoolInfo, create_school, open_installation

DEMO_TODAY = date(2026, 11, 23)  # inside 2026-2027: the current year is in progress


@pytest.fixture
def data_folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "data")


@pytest.fixture
def school(data_folder: DataFolder) -> Iterator[Installation]:
    """A fresh, empty school installation."""
    installation = create_school(
        data_folder,
        SchoolInfo(full_name="МОУ «Тестовая основная школа»", short_name="Тестовая ОШ"),
    )
    yield installation
    installation.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> DataFolder:
    from app.demo import create_demo_school

    folder = DataFolder(tmp_path_factory.mktemp("demo") / "data")
    create_demo_school(folder, today=DEMO_TODAY).close()
    return folder


@pytest.fixture
def demo_folder(demo_template: DataFolder, tmp_path: Path) -> DataFolder:
    """A private copy of the demo school's data folder (built on ``DEMO_TODAY``)."""
    target = tmp_path / "demo"
    shutil.copytree(demo_template.root, target)
    return DataFolder(target)


@pytest.fixture
def demo(demo_folder: DataFolder) -> Iterator[Installation]:
    installation = open_installation(demo_folder)
    yield installation
    installation.close()


@pytest.fixture(autouse=True)
def _worker_drained() -> Iterator[None]:
    """A task one test started on the single worker thread must not delay the next test's
    tasks (or touch its database): wait for the worker after every test that used it."""
    yield
    import sys

    worker = sys.modules.get("ui.worker")
    if worker is not None and worker._pool is not None:
        worker._pool.waitForDone(10_000)


@pytest.fixture(autouse=True)
def _no_real_message_boxes(monkeypatch) -> Iterator[list[str]]:
    """Offscreen, a real message box waits for a click that never comes (or, shown while
    pytest-qt processes events at teardown, aborts the run). Tests that expect one replace
    it themselves; any other is recorded here and fails its test."""
    import sys

    shown: list[str] = []
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None:
        box = widgets.QMessageBox
        answers = {
            "warning": box.StandardButton.Ok,
            "critical": box.StandardButton.Ok,
            "information": box.StandardButton.Ok,
            "question": box.StandardButton.No,
        }
        for name, answer in answers.items():

            def record(_parent, _title, text, *_args, answer=answer, **_kwargs):
                shown.append(text)
                return answer

            monkeypatch.setattr(box, name, record)
    yield shown
    assert shown == [], f"a message box nobody could answer: {shown}"


@pytest.fixture
def russian_catalogues(qapp):
    """Our Russian catalogues and Qt's installed for one test, removed after it (tests
    that check the English sources must not see them)."""
    from ui.i18n import install_translations, remove_translations

    install_translations(qapp)
    yield qapp
    remove_translations(qapp)
