"""PySide6 6.12.0 aborts CPython 3.11 after a few thousand void-method calls (facts.md).

The pin in pyproject keeps us below 6.12; this test fails loudly if an upgrade brings
the crash back.
"""

import subprocess
import sys

import PySide6

SCRIPT = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
for _ in range(20_000):
    w.setWindowTitle("x")
    w.resize(10, 10)
print("survived")
"""


def test_pyside_version_is_below_the_crashing_release():
    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12) or sys.version_info >= (3, 12)


def test_twenty_thousand_void_calls_do_not_kill_the_interpreter():
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert "survived" in done.stdout
