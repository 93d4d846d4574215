"""For tests/bench/import_postgres.py: the consolidated views over a hub timed as the user
waits for them, and a PostgreSQL server kept in a folder between runs (``--keep-server``).
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import statistics
import time
from datetime import date
from pathlib import Path

from app.data_folder import DataFolder
from tests.postgres.server import PostgresServer

WAIT = 600  # seconds a view may take before the bench gives up


# -- a server kept between runs ----------------------------------------------------------

# Stops the kept server (fast shutdown, data kept) should the bench be killed outright.
_KEPT_WATCHDOG = r"""
import os, signal, sys
if sys.stdin.read().strip() == "done":
    sys.exit(0)
try:
    with open(os.path.join(sys.argv[1], "data", "postmaster.pid")) as handle:
        os.kill(int(handle.readline()), signal.SIGINT)
except (OSError, ValueError):
    pass
"""


class KeptServer(PostgresServer):
    """A :class:`PostgresServer` whose folder is given, started again if it holds a data
    folder already, and kept (the server stopped cleanly) when it stops."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.kept = folder

    def start(self) -> KeptServer:
        reason = self.available(self.bindir)
        if reason:
            raise RuntimeError(reason)
        if self.folder is not None:
            return self
        fresh = not (self.kept / "data" / "PG_VERSION").exists()
        self.kept.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            parent = self.kept.parent  # DIR: the server's user must pass through it
            parent.chmod(parent.stat().st_mode | stat.S_IXOTH)
        self.folder = self.kept
        self._start_watchdog(_KEPT_WATCHDOG)
        self._boot(fresh)
        return self

    def stop(self) -> None:
        folder, self.folder = self.folder, None
        if folder is None:
            return
        if (folder / "data" / "postmaster.pid").exists():
            stop = [self._bin("pg_ctl"), "stop", "-D", str(folder / "data"), "-m", "fast", "-w"]
            self._run(stop, check=False, cwd=folder)
        self._end_watchdog()
        self.port = None


KEPT_HUB = "hub.json"  # in DIR: the kept hub's database name and size


def keep_hub(keep: Path, root: Path, schools: int) -> None:
    """Copy the hub's data folders from ``root`` into ``keep`` and note its database."""
    shutil.rmtree(keep / "hub", ignore_errors=True)
    shutil.copytree(root, keep / "hub", ignore=shutil.ignore_patterns("stick"))
    note = {"database": root.name, "schools": schools}
    (keep / KEPT_HUB).write_text(json.dumps(note), encoding="utf-8")


def kept_hub(keep: Path, server: PostgresServer) -> DataFolder:
    """The first PC of the hub kept in ``keep``, on the server's port of this run."""
    note = json.loads((keep / KEPT_HUB).read_text(encoding="utf-8"))
    return DataFolder(keep / "hub" / "pc1", database_url=server.url(note["database"]))


# -- consolidated views --------------------------------------------------------------------


def consolidated_times(folder: DataFolder, today: date) -> dict[str, tuple[float, float, float]]:
    """Per view: (the first opening, the median of three more, the data alone) as the
    user waits for it in «Сводные данные»: the section asks, its worker reads the view,
    the section fills its tables."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.installation import open_installation
    from app.municipality.consolidated import VIEW_KEYS, consolidated_view
    from app.municipality.schools import Filter
    from ui.context import UiContext
    from ui.municipality import consolidated_section
    from ui.municipality.consolidated_section import ConsolidatedSection

    application = QApplication.instance() or QApplication([])
    failures: list[BaseException] = []  # a view that fails ends the bench, no message box
    consolidated_section.show_error = lambda _parent, err: failures.append(err)
    installation = open_installation(folder)
    times = {}
    try:
        started = time.perf_counter()
        section = ConsolidatedSection(UiContext(installation))  # opens the first view
        section.today = today  # for the next readings (indicators do not depend on it)
        _settle(application, section, None, failures)
        first_opening = time.perf_counter() - started
        assert section.shown.key == VIEW_KEYS[0]
        for key in VIEW_KEYS:
            runs = [first_opening] if key == VIEW_KEYS[0] else []
            while len(runs) < 4:
                previous = section.shown
                started = time.perf_counter()
                if section.view_box.currentData() != key:
                    section.view_box.setCurrentIndex(section.view_box.findData(key))
                else:
                    section.refresh()
                _settle(application, section, previous, failures)
                runs.append(time.perf_counter() - started)
            if section.shown.key != key or not section.shown.sheets[0].rows:
                raise RuntimeError(f"the view {key} is empty")
            data = []
            for _ in range(3):
                started = time.perf_counter()
                consolidated_view(installation.scope, key, Filter(), today)
                data.append(time.perf_counter() - started)
            times[key] = (runs[0], statistics.median(runs[1:]), statistics.median(data))
        section.deleteLater()
        application.processEvents()
    finally:
        installation.close()
    return times


def _settle(application, section, previous, failures: list[BaseException]) -> None:
    """Run the event loop until the section shows a view other than ``previous``: waiting
    for events as the application does, so the worker thread has the interpreter to itself
    (a tick every 50 ms keeps the deadline)."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + WAIT
    tick = QTimer()
    tick.start(50)
    try:
        while section.shown is previous:
            if failures:
                raise RuntimeError("a view failed") from failures[0]
            if time.monotonic() > deadline:
                raise RuntimeError("the section never showed the view")
            application.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        tick.stop()


def print_views(views: dict[str, tuple[float, float, float]]) -> None:
    for key, (cold, warm, data) in views.items():
        print(f"consolidated view {key} on PostgreSQL: first {cold:.2f} s, then {warm:.2f} s "
              f"(the data alone {data:.2f} s)")  # fmt: skip
    print(f"consolidated views, all {len(views)} opened once: "
          f"{sum(v[0] for v in views.values()):.2f} s")  # fmt: skip
