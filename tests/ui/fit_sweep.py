"""The fit sweep, run in its own process (QT_SCALE_FACTOR must be set before Qt starts).

    python tests/ui/fit_sweep.py --data DIR --out DIR --scale 1.25 --report FILE.json

Opens the main window over the data folder on a 1366×768 offscreen screen, visits every
section and tab, clicks every button that opens a dialog (dialogs are shown, checked and
rejected instead of run), also shows the first-run wizard and Qt's own file dialog, and
writes the fit problems found (tests/ui/fit_checks.py) to the report. A screenshot of each
visited screen goes to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

SCREEN = {"name": "sweep", "x": 0, "y": 0, "width": 1366, "height": 768}
SCREEN |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
# Buttons that open a dialog (and change nothing by themselves), by their Russian text.
OPENS_DIALOG = re.compile(
    r"^(Добавить|Изменить|Новая|Степень|Справочник|Команда|Связать|Запросить)", re.IGNORECASE
)


def configure_qt(scale: str, folder: Path) -> None:
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), "utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = scale
    os.environ.pop("QT_SCREEN_SCALE_FACTORS", None)
    os.environ.pop("QT_ENABLE_HIGHDPI_SCALING", None)


class Sweep:
    def __init__(self, app, out: Path) -> None:
        from PySide6.QtWidgets import QApplication

        self.app: QApplication = app
        self.out = out
        self.screen = app.primaryScreen().availableGeometry()
        self.found: list[str] = []
        self.shots = 0
        self.where = ""

    def settle(self) -> None:
        from ui import worker

        for _ in range(3):
            self.app.processEvents()
            if worker._pool is not None:
                worker._pool.waitForDone(10_000)
        self.app.processEvents()

    def check(self, widget, name: str) -> None:
        from fit_checks import problems

        self.settle()
        self.found += [f"[{name}] {p}" for p in problems(widget, self.screen)]
        self.shots += 1
        safe = re.sub(r"[^\w.-]+", "_", name)
        widget.grab().save(str(self.out / f"{self.shots:03d}-{safe}.png"))

    def dialog_shown(self, dialog) -> None:
        """Stands in for exec()/open(): show the dialog where Qt would, check it, close it
        (after opening the dialogs it opens itself, fit_targets.FOLLOW_UPS)."""
        from fit_targets import FOLLOW_UPS

        name = f"{self.where}/{type(dialog).__name__}"
        dialog.show()
        self.settle()
        self.check(dialog, name)
        follow_up = FOLLOW_UPS.get(type(dialog).__name__)
        if follow_up is not None:
            where, self.where = self.where, name
            getattr(dialog, follow_up)()
            self.where = where
        dialog.hide()

    def message_box(self, icon, parent, title: str, text: str, buttons, default=None):
        """Stands in for QMessageBox's static functions: a real box, checked, answered
        with its «No» (or «Cancel», or «OK») without changing anything."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, title, text, buttons, parent)
        if default is not None:
            box.setDefaultButton(default)
        return box.exec()

    def record_error(self, name: str) -> None:
        self.found.append(f"[{name}] raised: {traceback.format_exc(limit=3).strip()}")


def patch_dialogs(sweep: Sweep) -> None:
    """Dialogs never block: exec/open check them; message boxes and file pickers answer no."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    def exec_(dialog, *args) -> int:
        sweep.dialog_shown(dialog)
        return 0

    def open_(dialog, *args) -> None:
        sweep.dialog_shown(dialog)
        dialog.reject()

    QDialog.exec = exec_
    QDialog.open = open_
    QMessageBox.exec = lambda box, *args: answer_box(sweep, box)
    icons = QMessageBox.Icon
    ok, yes_no = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Yes
    yes_no |= QMessageBox.StandardButton.No
    for name, icon, buttons in (
        ("warning", icons.Warning, ok),
        ("critical", icons.Critical, ok),
        ("information", icons.Information, ok),
        ("question", icons.Question, yes_no),
    ):

        def stand_in(parent, title, text, buttons=buttons, default=None, icon=icon):
            return sweep.message_box(icon, parent, title, text, buttons, default)

        setattr(QMessageBox, name, staticmethod(stand_in))
    QMessageBox.about = staticmethod(lambda *a, **k: None)
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: ("", ""))
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: ("", ""))
    QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: "")
    import ui.widgets.files as files

    files.ask = lambda *a, **k: None


def answer_box(sweep: Sweep, box):
    """A message box shown, checked and answered no (cancel, OK): nothing changes."""
    from PySide6.QtWidgets import QMessageBox

    sweep.dialog_shown(box)
    buttons = box.standardButtons()
    for answer in (
        QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Ok,
    ):
        if buttons & answer:
            return answer
    return QMessageBox.StandardButton.NoButton


def select_first_rows(page) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))


def click_dialog_buttons(sweep: Sweep, page) -> None:
    from PySide6.QtWidgets import QAbstractButton

    select_first_rows(page)
    for button in page.findChildren(QAbstractButton):
        text = button.text().replace("&", "")
        if button.isVisible() and button.isEnabled() and OPENS_DIALOG.match(text):
            sweep.where = f"{sweep.where.split('/')[0]}/{text}"
            try:
                button.click()
                sweep.settle()
            except Exception:
                sweep.record_error(sweep.where)


def visit_section(sweep: Sweep, window, key: str) -> None:
    from PySide6.QtWidgets import QTabWidget

    sweep.where = key
    window.open_section(key)
    sweep.settle()
    page = window.current_page()
    if page.objectName() != f"section_{key}":
        sweep.found.append(f"[{key}] the section did not open")
        return
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
    if not tabs:
        sweep.check(window, key)
        click_dialog_buttons(sweep, page)
        return
    for tab in tabs:
        for index in range(tab.count()):
            tab.setCurrentIndex(index)
            sweep.where = f"{key}:{tab.tabText(index)}"
            sweep.check(window, sweep.where)
            click_dialog_buttons(sweep, page)


def sweep_main_window(sweep: Sweep, data: Path) -> None:
    from fit_targets import sweep_targets

    from app.data_folder import DataFolder
    from app.installation import open_installation
    from ui.context import UiContext
    from ui.main_window import MainWindow

    folder = DataFolder(data)
    installation = open_installation(folder)
    window = MainWindow(folder, installation.state.display_name, False)
    window.showMaximized()
    window.set_context(UiContext(installation, window))
    for spec in window.specs:
        visit_section(sweep, window, spec.key)
    sweep_targets(sweep, window)
    sweep.where = "about"
    window.show_about()
    window.hide()


def sweep_municipality(sweep: Sweep, data: Path, work: Path) -> None:
    """The municipality's window: every section, and «Обмен со школами» previewing a package
    of the demo school (plus a damaged file, for a refusal's long reason) and its key dialog."""
    from app.data_folder import DataFolder
    from app.installation import MunicipalityInfo, create_municipality, open_installation
    from app.sync.outgoing import write_school_package
    from ui.context import UiContext
    from ui.exchange.key_dialog import KeyChangeDialog
    from ui.main_window import MainWindow

    school = open_installation(DataFolder(data))
    try:
        package = write_school_package(school, work).path
        name = school.state.display_name
    finally:
        school.close()
    damaged = work / "Повреждённый_пакет.perekhod"
    damaged.write_bytes(package.read_bytes()[:500])
    folder = DataFolder(work / "municipality")
    info = MunicipalityInfo(name="Управление образования администрации Лесного района")
    create_municipality(folder, info).close()
    installation = open_installation(folder)
    window = MainWindow(folder, installation.state.display_name, True)
    window.showMaximized()
    window.set_context(UiContext(installation, window))
    for spec in window.specs:
        visit_section(sweep, window, spec.key)
    window.open_section("exchange")
    sweep.where = "municipality-exchange-preview"
    window.current_page().preview([package, damaged])
    sweep.check(window, sweep.where)
    fingerprint = "38BE 0965 9E17 04B4 CB64 645C 32A3 13DD"
    KeyChangeDialog(name, fingerprint, fingerprint, window).exec()
    window.hide()


def sweep_wizard(sweep: Sweep, empty: Path) -> None:
    from app.data_folder import DataFolder
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(DataFolder(empty))
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        wizard.show()
        sweep.check(wizard, f"wizard-{page_id}")
    wizard.hide()


def sweep_file_dialog(sweep: Sweep) -> None:
    """Qt's own file dialog (used where the platform has none): Russian and fitting."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "Сохранить", str(Path.home()), "Книга Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.resize(dialog.sizeHint().boundedTo(sweep.screen.size()))
    dialog.show()
    sweep.check(dialog, "file-dialog")
    english = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.text() and not re.search("[а-яА-Я]", label.text()) and label.text().endswith(":")
    ]
    if english:
        sweep.found.append(f"[file-dialog] labels not in Russian: {english}")
    dialog.hide()


def run(data: Path, out: Path, empty: Path) -> list[str]:
    from ui.gui import make_application

    app = make_application([])
    sweep = Sweep(app, out)

    def hook(kind, value, tb) -> None:  # an exception in a slot does not reach the caller
        text = "".join(traceback.format_exception(kind, value, tb, limit=-3)).strip()
        sweep.found.append(f"[{sweep.where}] raised: {text}")

    sys.excepthook = hook
    patch_dialogs(sweep)
    steps: list[tuple[str, Callable[[], None]]] = [
        ("main window", lambda: sweep_main_window(sweep, data)),
        ("municipality", lambda: sweep_municipality(sweep, data, empty.parent)),
        ("wizard", lambda: sweep_wizard(sweep, empty)),
        ("file dialog", lambda: sweep_file_dialog(sweep)),
    ]
    for name, step in steps:
        try:
            step()
        except Exception:
            sweep.record_error(name)
    return sweep.found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--report", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="fit-sweep-"))
    configure_qt(args.scale, work)
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # fit_checks beside this file
    found = run(args.data, args.out, work / "empty")
    args.report.write_text(json.dumps(found, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
