"""Self-check for the frozen-app smoke test (tests/test_frozen.py), off unless asked.

With ``PEREKHOD_SMOKE_EXIT=SECONDS`` in the environment the GUI waits until the
installation is open and the first section is painted, prints one line
``smoke-ok {json}`` (window title, navigation labels, the page shown, the translation
catalogues loaded) and quits with 0; after SECONDS without that, it prints
``smoke-timeout`` and quits with 3. The test reads the labels to see Russian, so a bundle
missing its .qm files fails instead of showing English.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ENV_VAR = "PEREKHOD_SMOKE_EXIT"


def requested() -> float | None:
    value = os.environ.get(ENV_VAR)
    try:
        return float(value) if value else None
    except ValueError:
        return None


def watch(window, loaded_catalogues: list[str], seconds: float) -> None:
    """Poll the window until its context is set and a section page is current."""
    deadline = time.monotonic() + seconds
    timer = QTimer(window)

    def check() -> None:
        page = window.stack.currentWidget()
        ready = (
            window.ctx is not None and page is not None and page.objectName().startswith("section_")
        )
        if ready:
            timer.stop()
            page.repaint()
            report = {
                "title": window.windowTitle(),
                "navigation": [window.nav.item(i).text() for i in range(window.nav.count())],
                "page": page.objectName(),
                "visible": window.isVisible(),
                "catalogues": loaded_catalogues,
                "frozen": bool(getattr(sys, "frozen", False)),
            }
            print("smoke-ok " + json.dumps(report, ensure_ascii=False), flush=True)
            QApplication.instance().exit(0)
        elif time.monotonic() > deadline:
            timer.stop()
            print("smoke-timeout", flush=True)
            QApplication.instance().exit(3)

    timer.timeout.connect(check)
    timer.start(50)
