"""A transaction cut off by a crash in rollback-journal mode (an old database before its
first start in WAL mode, or a migration killed half-way) leaves a hot ``-journal``. The
app must finish SQLite's own recovery and open the data as it was before the cut-off
transaction, not refuse the folder as read-only (found by tests/reliability/kill_loop.py).
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

from app.data_folder import DataFolder
from app.installation import open_installation
from app.state import InstallState, Mode, save_state

FROZEN = Path(__file__).parent / "fixtures" / "schemas" / "0007_programme_links_demo_school.sqlite"


def _crashed_copy(tmp_path: Path) -> tuple[DataFolder, int]:
    """A data folder holding the database and its hot journal as a crash leaves them."""
    live = tmp_path / "live.sqlite"
    shutil.copy(FROZEN, live)
    folder = DataFolder(tmp_path / "crashed")
    folder.create_layout()
    conn = sqlite3.connect(live, isolation_level=None)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        count = conn.execute("SELECT count(*) FROM roadmap_activity").fetchone()[0]
        conn.execute("PRAGMA cache_size=1")  # spill changed pages into the file itself
        conn.execute("BEGIN")
        conn.execute("UPDATE roadmap_activity SET title = title || ' (не сохранено)'")
        conn.execute("DELETE FROM joint_event")
        journal = live.with_name(live.name + "-journal")
        assert journal.exists()
        shutil.copy(live, folder.database)
        shutil.copy(journal, folder.database.with_name(folder.database.name + "-journal"))
    finally:
        conn.close()
    school = sqlite3.connect(FROZEN).execute("SELECT id FROM school WHERE is_own").fetchone()[0]
    state = InstallState(
        mode=Mode.SCHOOL, organisation_uuid=uuid.UUID(school), display_name="Берёзовская ОШ"
    )
    save_state(folder.state_file, state)
    return folder, count


def test_a_hot_journal_is_rolled_back_and_the_folder_opens(tmp_path):
    folder, activities = _crashed_copy(tmp_path)
    installation = open_installation(folder)
    try:
        assert not installation.schema.pending
        with installation.db.engine.connect() as conn:
            titles = conn.exec_driver_sql("SELECT title FROM roadmap_activity").scalars().all()
            events = conn.exec_driver_sql("SELECT count(*) FROM joint_event").scalar()
            integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
    finally:
        installation.close()
    assert integrity == "ok"
    assert len(titles) == activities
    assert not any("не сохранено" in title for title in titles)
    assert events == 60
