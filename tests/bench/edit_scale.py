"""Edit-scale benchmark: one roadmap cell edit, every section opened, large school vs demo.

The main window (offscreen) on a private copy of each data set: every section is opened
once (so each holds its data and listens to the change bus), then the roadmap is shown and
one title cell is edited in place through the table's model — the time runs from
``setData`` until the save, the change broadcast, every section's reaction and the
repaint are done. Medians of several edits, alternating two titles; the demo's and the
large school's edits are taken turn about (both windows open), so load from elsewhere
slows both alike.

- demo: the demo school (``app.demo``); large: tests/bench/large_school.py ``large``
  (ten years × 300 activities, 1,500 events, 20 runs); stress: ``stress`` (10,000
  activities in the current year, 5,000 events).
- Also printed (budget ≤ 1 s each): the slowest switch between sections after an edit
  (the large and the stress school), and opening the stress school's 10,000-row year in
  the roadmap (from another year).

Budget: the large school's edit ≤ 1.5× the demo's. Last line: ``ratio <large/demo>``.

    uv run python tests/bench/edit_scale.py [--runs 7] [--smoke] [--profile]

``--smoke`` (CI): tiny generated sets, one run each — checks the script, not the timing.
``--profile``: after the timed runs, cProfile of as many more edits on the large school,
printed to stderr (the timings above are not profiled).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import large_school  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.academic_year import AcademicYear  # noqa: E402
from app.data_folder import DataFolder  # noqa: E402
from app.installation import open_installation  # noqa: E402

BUDGET = 1.5
SWITCH_BUDGET_S = 1.0
SMOKE_SIZES = {"YEARS": 2, "ACTIVITIES_PER_YEAR": 20, "LARGE_EVENTS": 30, "RUNS": 2}
SMOKE_SIZES |= {"STRESS_ACTIVITIES": 200, "STRESS_EVENTS": 40}


def settle() -> None:
    QApplication.processEvents()
    QApplication.processEvents()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    settle()
    return time.perf_counter() - start


class Session:
    """The main window on one data folder, every section opened."""

    def __init__(self, folder: Path) -> None:
        from ui.context import UiContext
        from ui.main_window import MainWindow

        self.installation = open_installation(DataFolder(folder))
        self.window = MainWindow(DataFolder(folder), self.installation.state.display_name, False)
        self.window.resize(1366, 768)
        self.window.show()
        self.window.set_context(UiContext(self.installation, self.window))
        settle()
        self.keys = [s.key for s in self.window.specs if s.factory is not None]
        for key in self.keys:
            self.window.open_section(key)
            settle()
        self.window.open_section("roadmap")
        settle()
        self.roadmap = self.window.current_page()

    def edit(self, n: int) -> float:
        from ui.programme.roadmap_model import TITLE

        model = self.roadmap.model
        index = model.index(0, TITLE)
        title = f"Семинар педагогов: правка {n % 2}"
        seconds = timed(lambda: model.setData(index, title, Qt.ItemDataRole.EditRole))
        self.window.current_page().repaint()
        return seconds

    def switches(self) -> dict[str, float]:
        """After one edit the other sections are out of date: the time to show each."""
        found = {}
        for key in self.keys:
            self.window.open_section("roadmap")
            settle()
            self.edit(1)
            found[key] = timed(lambda key=key: self._show(key))
        return found

    def _show(self, key: str) -> None:
        self.window.open_section(key)
        self.window.current_page().repaint()

    def open_year(self, year: AcademicYear) -> float:
        """Show ``year`` in the roadmap, coming from the year before it."""
        self.window.open_section("roadmap")
        combo = self.roadmap.year
        index = {combo.itemData(i): i for i in range(combo.count())}
        combo.setCurrentIndex(index[year.previous()])
        settle()
        seconds = timed(lambda: combo.setCurrentIndex(index[year]))
        self.roadmap.table.repaint()
        return seconds

    def close(self) -> None:
        self.window.settings.setValue("last_section", "home")
        self.window.hide()
        self.window.deleteLater()
        settle()
        self.installation.close()


def data_sets(tmp: Path, smoke: bool) -> dict[str, Path]:
    from app.demo import create_demo_school

    today = date.today()
    folders = {"demo": tmp / "demo"}
    create_demo_school(DataFolder(folders["demo"]), today=today).close()
    for kind in large_school.KINDS:
        folders[kind] = tmp / kind
        if smoke:
            for name, value in SMOKE_SIZES.items():
                setattr(large_school, name, value)
            large_school.build(DataFolder(folders[kind]), kind, today)
        else:
            large_school.copy_of(kind, folders[kind], today)
    return folders


def edits(folder: Path, runs: int) -> tuple[list[float], Session]:
    session = Session(folder)
    session.edit(0)  # warm-up: the first save compiles its statements
    return [session.edit(n + 1) for n in range(runs)], session


def paired_edits(first: Path, second: Path, runs: int) -> tuple[list[float], list[float], Session]:
    """Edits in two windows taken turn about, so a busy machine slows both alike; the
    first window is closed, the second returned."""
    one, two = Session(first), Session(second)
    one.edit(0)
    two.edit(0)
    times: tuple[list[float], list[float]] = ([], [])
    for n in range(runs):
        times[0].append(one.edit(n + 1))
        times[1].append(two.edit(n + 1))
    one.close()
    return times[0], times[1], two


def profile(session: Session, runs: int) -> None:
    """cProfile of ``runs`` more edits, the heaviest functions on stderr."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for n in range(runs):
        session.edit(n)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--smoke", action="store_true", help="tiny data sets, one run")
    parser.add_argument("--profile", action="store_true", help="cProfile the large edits")
    args = parser.parse_args()
    runs = 1 if args.smoke else max(args.runs, 3)
    app = QApplication.instance() or QApplication([])  # noqa: F841
    with tempfile.TemporaryDirectory(prefix="perekhod-edit-scale-") as temp:
        folders = data_sets(Path(temp), args.smoke)
        demo_times, large_times, session = paired_edits(folders["demo"], folders["large"], runs)
        if args.profile:
            profile(session, runs)
        large_switch = session.switches()
        session.close()
        stress_times, session = edits(folders["stress"], runs)
        stress_switch = session.switches()
        year_open = session.open_year(AcademicYear.current())
        rows = session.roadmap.model.total()
        session.close()
        shutil.rmtree(temp, ignore_errors=True)

    demo, large, stress = (statistics.median(t) for t in (demo_times, large_times, stress_times))
    print(f"cell edit, every section opened (median of {runs}):")
    print(f"  demo   {demo * 1000:.0f} ms")
    print(f"  large  {large * 1000:.0f} ms")
    print(f"  stress {stress * 1000:.0f} ms")
    print(f"showing each section after an edit, ms (budget ≤ {SWITCH_BUDGET_S:.0f} s):")
    for name, found in (("large", large_switch), ("stress", stress_switch)):
        print(f"  {name:6} " + ", ".join(f"{k} {v * 1000:.0f}" for k, v in found.items()))
    print(f"roadmap year with {rows} rows opened: {year_open * 1000:.0f} ms")
    print(f"budget: large edit ≤ {BUDGET}× the demo's")
    print(f"ratio {large / demo:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
