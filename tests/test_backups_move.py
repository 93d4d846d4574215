"""A new installation from a backup (a move to another PC): same organisation and data,
a new key and installation number; a bad file leaves nothing behind."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3

import pytest

from app.backup_contents import inspect_backup
from app.backups import create_from_backup, make_backup
from app.data_folder import DataFolder
from app.errors import BackupError, InstallationError
from app.installation import MunicipalityInfo, create_municipality, open_installation
from app.keys import load_public_key_raw
from app.profile import own_municipality, own_school
from app.state import load_state


def test_move_keeps_the_data_and_organisation_with_a_new_key(demo, tmp_path):
    source = make_backup(demo, tmp_path / "флешка" / "копия.perekhod-backup")
    old_state, old_key = demo.state, load_public_key_raw(demo.folder.keys)
    with contextlib.closing(sqlite3.connect(demo.folder.database)) as conn:
        activities = conn.execute("SELECT count(*) FROM roadmap_activity").fetchone()[0]

    target = DataFolder(tmp_path / "новый ПК")
    created = create_from_backup(target, source)
    created.close()

    state = load_state(target.state_file)
    assert state.mode.value == "school"
    assert state.organisation_uuid == old_state.organisation_uuid
    assert state.display_name == old_state.display_name
    assert state.install_uuid != old_state.install_uuid  # a new sequence line
    assert state.last_sequence_sent == 0
    assert load_public_key_raw(target.keys) != old_key
    installation = open_installation(target)
    try:
        assert own_school(installation).short_name == old_state.display_name
        assert installation.scope.school_id == old_state.organisation_uuid
        assert not installation.schema.pending
    finally:
        installation.close()
    with contextlib.closing(sqlite3.connect(target.database)) as conn:
        assert conn.execute("SELECT count(*) FROM roadmap_activity").fetchone()[0] == activities


def test_a_municipality_backup_makes_a_municipality(tmp_path):
    original = DataFolder(tmp_path / "старый")
    info = MunicipalityInfo(name="Управление образования", short_name="УО района")
    installation = create_municipality(original, info)
    source = make_backup(installation, tmp_path / "уо.perekhod-backup")
    installation.close()
    assert inspect_backup(source).mode == "municipality"

    target = DataFolder(tmp_path / "новый")
    create_from_backup(target, source).close()
    state = json.loads(target.state_file.read_text("utf-8"))
    assert (state["mode"], state["display_name"]) == ("municipality", "УО района")
    installation = open_installation(target)
    try:
        assert own_municipality(installation).name == "Управление образования"
    finally:
        installation.close()


def test_inspect_says_what_the_backup_holds(school, tmp_path):
    source = make_backup(school, tmp_path / "копия.perekhod-backup")
    contents = inspect_backup(source)
    assert (contents.organisation, contents.mode) == ("Тестовая ОШ", "school")
    assert contents.organisation_id == school.state.organisation_uuid


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"random bytes, not a database" * 100),
        lambda path: path.write_bytes(path.read_bytes()[:5000]),
        lambda path: _execute(
            path, "CREATE TRIGGER t AFTER INSERT ON organisation BEGIN SELECT 1; END"
        ),
        lambda path: _execute(path, "DELETE FROM alembic_version"),
    ],
    ids=["random", "truncated", "trigger", "no-version"],
)
def test_a_bad_backup_is_refused_and_leaves_the_folder_unused(school, tmp_path, damage):
    source = make_backup(school, tmp_path / "плохая.perekhod-backup")
    damage(source)
    target = DataFolder(tmp_path / "новый")
    with pytest.raises(BackupError) as caught:
        create_from_backup(target, source)
    assert "\n" not in caught.value.message
    assert not target.has_installation and not target.database.exists()
    assert not target.keys.exists() or not any(target.keys.iterdir())


def test_a_failure_after_the_copy_removes_the_database(school, tmp_path, monkeypatch):
    source = make_backup(school, tmp_path / "копия.perekhod-backup")

    def no_key(folder):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.keys.generate_key_pair", no_key)
    target = DataFolder(tmp_path / "новый")
    with pytest.raises(OSError):
        create_from_backup(target, source)
    assert not target.has_installation
    assert not target.database.exists()
    monkeypatch.undo()
    create_from_backup(target, source).close()  # the folder can be used again
    assert target.has_installation


def test_an_existing_installation_is_never_overwritten(school, tmp_path):
    source = make_backup(school, tmp_path / "копия.perekhod-backup")
    before = school.folder.database.read_bytes()
    with pytest.raises(InstallationError):
        create_from_backup(school.folder, source)
    assert school.folder.database.read_bytes() == before


def _execute(path, statement: str) -> None:
    copy = path.with_suffix(".tmp")
    shutil.copy(path, copy)
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        conn.execute(statement)
        conn.commit()
    copy.replace(path)
