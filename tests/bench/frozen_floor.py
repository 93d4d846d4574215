"""The floor of tests/bench/frozen_start.py: the least a frozen Perekhod could do at start.

A PySide6 window that imports SQLAlchemy's ORM, opens the data folder's SQLite file, runs
one query (the own school's names) and shows its result. Like the app under
``PEREKHOD_SMOKE_EXIT`` (ui/smoke.py) it shows the window first, loads the data from the
event loop, and a 50 ms timer notices the data is there, repaints and prints one line
(``floor-ok …``) before quitting — the same measuring apparatus on both sides.

    floor --data-dir DIR        # frozen by tests/bench/frozen_start.py; not run in CI
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    short_name: Mapped[str]
    full_name: Mapped[str]
    is_own: Mapped[bool]


def main(argv: list[str]) -> int:
    folder = Path(argv[argv.index("--data-dir") + 1])
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("floor")
    label = QLabel("…")
    window.setCentralWidget(label)
    window.resize(800, 600)
    window.show()
    loaded: list[str] = []

    def load() -> None:
        engine = create_engine(f"sqlite:///{folder / 'perekhod.sqlite'}")
        with Session(engine) as session:
            school = session.scalars(select(Organisation).where(Organisation.is_own)).one()
            label.setText(f"{school.short_name}\n{school.full_name}")
        engine.dispose()
        loaded.append(school.short_name)

    timer = QTimer(window)

    def check() -> None:
        if loaded:
            timer.stop()
            label.repaint()
            print("floor-ok", loaded[0], flush=True)
            app.exit(0)

    QTimer.singleShot(0, load)
    timer.timeout.connect(check)
    timer.start(50)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
