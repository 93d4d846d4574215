"""Start-up benchmark: process start → main window visible, on the demo school.

Compared with a bare QMainWindow started the same way (a fresh interpreter, offscreen,
compiled bytecode) in the same run. Also reports the time until the database is open
and the peak RSS of the app process. Last line: ``ratio <app/bare>`` (budget ≤ 2.0;
peak RSS budget 150 MB).

    uv run python tests/bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = r"""
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class Window(QMainWindow):
    def showEvent(self, event):
        super().showEvent(event)
        QTimer.singleShot(0, self.visible)
    def visible(self):
        print("visible", time.time())
        print("rss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        app.quit()
w = Window()
w.setWindowTitle("bare")
w.show()
app.exec()
"""

APP = r"""
import resource, sys, time
from PySide6.QtCore import QTimer
import ui.main_window as mw

_show, _set = mw.MainWindow.showEvent, mw.MainWindow.set_context
def showEvent(self, event):
    _show(self, event)
    QTimer.singleShot(0, lambda: print("visible", time.time(), flush=True))
def set_context(self, ctx):
    _set(self, ctx)
    def loaded():
        print("loaded", time.time())
        print("rss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        self.close()
        from PySide6.QtWidgets import QApplication
        QApplication.instance().quit()
    QTimer.singleShot(0, loaded)
mw.MainWindow.showEvent, mw.MainWindow.set_context = showEvent, set_context
from ui.launcher import main
sys.exit(main(sys.argv[1:]))
"""


def run_once(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120
    )
    if done.returncode != 0:
        raise SystemExit(f"child failed: {done.stderr[-2000:]}")
    values = {}
    for line in done.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in {"visible", "loaded"}:
            values[key] = float(value) - start
        elif key == "rss_kb":
            values["rss_mb"] = int(value) / 1024
    return values


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for folder in ("app", "db", "ui"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        subprocess.run(
            [sys.executable, "-m", "ui", "demo", "school", "--data-dir", str(data)],
            env=env,
            check=True,
            capture_output=True,
        )
        app_args = ["--data-dir", str(data)]
        run_once(APP, app_args, env)  # warm the OS file cache for both
        run_once(BARE, [], env)
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(run_once(BARE, [], env))
            app.append(run_once(APP, app_args, env))
    bare_visible = statistics.median(r["visible"] for r in bare)
    app_visible = statistics.median(r["visible"] for r in app)
    app_loaded = statistics.median(r["loaded"] for r in app)
    peak = max(r["rss_mb"] for r in app)
    bare_peak = max(r["rss_mb"] for r in bare)
    print(f"bare QMainWindow visible: {bare_visible * 1000:.0f} ms (median of {args.runs})")
    print(f"perekhod window visible:  {app_visible * 1000:.0f} ms")
    print(f"perekhod database open:   {app_loaded * 1000:.0f} ms")
    print(f"bare peak RSS:            {bare_peak:.0f} MB")
    print(f"perekhod peak RSS:        {peak:.0f} MB (budget 150 MB)")
    print(f"ratio {app_visible / bare_visible:.2f}")


if __name__ == "__main__":
    main()
