"""The data layer: durable pragmas, UUID keys, UTC stamps, migrations and their safety."""

import hashlib
import shutil
import sqlite3
import uuid
from datetime import UTC
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.data_folder import DataFolder
from app.errors import DatabaseVersionError
from app.installation import open_installation
from app.state import InstallState, Mode, save_state
from db.migrate import script_directory
from db.models import SchoolProfile

FROZEN = Path(__file__).parent / "fixtures" / "schemas"
FROZEN_SCHOOL_ID = uuid.UUID("8f1c2b1e-6a7d-4f43-9d4e-0a1b2c3d4e5f")


def test_pragmas_hold_on_every_pooled_connection(school):
    engine = school.db.engine
    connections = [engine.connect() for _ in range(3)]
    try:
        for conn in connections:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    finally:
        for conn in connections:
            conn.close()


def test_rows_have_uuid_keys_and_utc_timestamps(school):
    with school.db.reading() as session:
        row = session.scalars(select(SchoolProfile)).one()
        assert isinstance(row.id, uuid.UUID)
        assert row.id == school.state.organisation_uuid
        assert row.created_at.tzinfo is UTC or row.created_at.utcoffset().total_seconds() == 0


def test_unit_of_work_rolls_back_on_error(school):
    with pytest.raises(RuntimeError), school.db.unit_of_work() as session:
        session.add(SchoolProfile(full_name="Лишняя", short_name="Лишняя"))
        raise RuntimeError("boom")
    with school.db.reading() as session:
        assert len(session.scalars(select(SchoolProfile)).all()) == 1


def test_migrations_have_a_single_head():
    assert len(script_directory().get_heads()) == 1


def test_every_model_table_is_created_by_migrations(school):
    from db.base import Base

    with school.db.engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert set(Base.metadata.tables) <= tables


def _install_frozen(tmp_path, revision: str) -> DataFolder:
    folder = DataFolder(tmp_path / "frozen")
    folder.create_layout()
    shutil.copy(FROZEN / f"{revision}.sqlite", folder.database)
    state = InstallState(
        mode=Mode.SCHOOL, organisation_uuid=FROZEN_SCHOOL_ID, display_name="Замороженная ОШ"
    )
    save_state(folder.state_file, state)
    return folder


@pytest.mark.parametrize(
    "revision",
    sorted(p.stem for p in FROZEN.glob("*.sqlite") if not p.stem.endswith("_demo_school")),
)
def test_frozen_schema_upgrades_to_head_keeping_data_and_backing_up(tmp_path, revision):
    folder = _install_frozen(tmp_path, revision)
    installation = open_installation(folder)
    try:
        assert not installation.schema.pending
        with installation.db.reading() as session:
            school = session.get(SchoolProfile, FROZEN_SCHOOL_ID)
            assert school.short_name == "Замороженная ОШ"
            assert school.pupils == 74
    finally:
        installation.close()
    backups = list(folder.backups.glob("*.perekhod-backup"))
    if revision not in script_directory().get_heads():
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    folder = _install_frozen(tmp_path, "0001_foundation")
    with sqlite3.connect(folder.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = hashlib.sha256(folder.database.read_bytes()).hexdigest()
    with pytest.raises(DatabaseVersionError) as err:
        open_installation(folder)
    assert "более новой версией" in err.value.message
    assert hashlib.sha256(folder.database.read_bytes()).hexdigest() == before
    assert list(folder.backups.iterdir()) == []


def test_fast_revision_graph_agrees_with_alembic():
    from db.migrate import revision_graph

    scripts = script_directory()
    alembic_view = {
        rev.revision: tuple(sorted(rev._all_down_revisions)) for rev in scripts.walk_revisions()
    }
    assert {k: tuple(sorted(v)) for k, v in revision_graph().items()} == alembic_view


def test_migrations_build_exactly_the_models(school):
    """Autogenerate against a migrated database finds nothing to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from db.base import Base

    with school.db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_downgrade_to_the_first_release_and_back(school):
    from db.migrate import run_alembic

    school.db.dispose()
    run_alembic(school.db.engine, "downgrade", "0001_foundation")
    run_alembic(school.db.engine, "upgrade", "head")
    with school.db.reading() as session:
        assert session.scalars(select(SchoolProfile)).one().short_name == "Тестовая ОШ"
