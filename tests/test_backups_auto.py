"""Automatic backups: written with the backup API and checked, skipped while nothing
changed, thinned; what a backup holds; the private key never inside one."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives import serialization

from app.auto_backups import auto_backup
from app.backup_contents import backup_contents, backup_fingerprint, database_fingerprint
from app.backups import list_backups
from app.errors import BackupError
from app.installation import SchoolInfo
from app.keys import load_private_key
from app.profile import own_school, update_own_profile
from db.errors import BackupFailure

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def autos(installation) -> list:
    return [e for e in list_backups(installation.folder) if e.kind == "auto"]


def rename(installation, short_name: str) -> None:
    info = own_school(installation)
    update_own_profile(installation, SchoolInfo(**{**_fields(info), "short_name": short_name}))


def _fields(info) -> dict:
    return {name: getattr(info, name) for name in info.__slots__}


def add_other_school(installation, name: str):
    from db.models import SchoolProfile

    with installation.db.unit_of_work() as session:
        row = SchoolProfile(full_name=name, short_name=name)
        session.add(row)
    return row.id


def delete_organisation(installation, organisation_id) -> None:
    from db.models import Organisation

    with installation.db.unit_of_work() as session:
        session.delete(session.get(Organisation, organisation_id))


def test_first_backup_is_written_checked_and_named(school):
    result = auto_backup(school, NOW)
    assert result.written is not None and result.deleted == ()
    head = school.schema.current
    assert (
        result.written.name == f"perekhod-20261123-120000-000000-auto-schema-{head}.perekhod-backup"
    )
    assert result.written.parent == school.folder.backups
    assert not list(school.folder.backups.glob("*.part"))
    [entry] = autos(school)
    assert entry.reason == "автоматически" and entry.created_at == NOW
    assert school.state.last_backup_at == NOW
    with contextlib.closing(sqlite3.connect(result.written)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_unchanged_data_is_not_backed_up_again(school):
    first = auto_backup(school, NOW).written
    again = auto_backup(school, NOW + timedelta(minutes=30))
    assert again.written is None
    assert [e.path for e in autos(school)] == [first]


@pytest.mark.parametrize("change", ["update", "insert", "delete"])
def test_every_kind_of_change_makes_a_new_backup(school, change):
    other = add_other_school(school, "Соседняя школа")
    auto_backup(school, NOW)
    if change == "update":
        rename(school, "Новое имя ОШ")
    elif change == "insert":
        add_other_school(school, "Ещё одна школа")
    else:
        delete_organisation(school, other)
    result = auto_backup(school, NOW + timedelta(minutes=30))
    assert result.written is not None
    assert len(autos(school)) == 2
    assert auto_backup(school, NOW + timedelta(minutes=60)).written is None


def test_a_change_and_its_undo_count_as_no_change(school):
    auto_backup(school, NOW)
    other = add_other_school(school, "Временная школа")
    delete_organisation(school, other)
    assert auto_backup(school, NOW + timedelta(minutes=30)).written is None


def test_change_is_seen_before_any_checkpoint(school):
    """Why not the file's change counter (header offset 24): in WAL mode a commit leaves
    the database file alone until a checkpoint, the fingerprint still sees it."""
    auto_backup(school, NOW)
    before = database_fingerprint(school)
    counter = school.folder.database.read_bytes()[24:28]
    with school.db.engine.connect() as conn:  # keep a connection: no checkpoint on close
        rename(school, "Без контрольной точки")
        assert school.folder.database.read_bytes()[24:28] == counter
        assert database_fingerprint(school) != before
        assert auto_backup(school, NOW + timedelta(minutes=30)).written is not None
        conn.rollback()


def test_fingerprint_of_a_backup_equals_the_data_it_copies(school):
    written = auto_backup(school, NOW).written
    assert backup_fingerprint(written) == database_fingerprint(school)
    copy = written.with_name("копия.perekhod-backup")
    shutil.copy(written, copy)
    assert backup_fingerprint(copy) == database_fingerprint(school)
    copy.write_bytes(b"not a database")
    assert backup_fingerprint(copy) is None


def test_a_damaged_newest_backup_means_a_new_one(school):
    written = auto_backup(school, NOW).written
    written.write_bytes(b"\0" * 4096)
    assert auto_backup(school, NOW + timedelta(minutes=1)).written is not None


def test_a_backup_failing_its_check_is_removed_and_reported(school, monkeypatch):
    def refuse(path, kind=None):
        raise BackupFailure("damaged", path, "integrity")

    monkeypatch.setattr("db.backup.check_backup", refuse)
    with pytest.raises(BackupError) as caught:
        auto_backup(school, NOW)
    assert "повреждён" in caught.value.message
    assert list(school.folder.backups.iterdir()) == []
    assert school.state.last_backup_at is None


def test_thinning_removes_old_automatic_backups_only(school):
    """Old automatic backups named by hand (copies of a real one): 18 Nov 09:00 and
    10:00 share a day (the 10:00 one stays), 1 Nov 2025 is over a year old."""
    written = auto_backup(school, NOW).written
    head = school.schema.current
    names = {
        "20261118-100000-000000-auto": True,
        "20261118-090000-000000-auto": False,
        "20251101-100000-000000-auto": False,
        "20251101-100000-000000-manual": True,
        "20240101-100000-000000-before-migration": True,
    }
    for stem in names:
        shutil.copy(
            written, school.folder.backups / f"perekhod-{stem}-schema-{head}.perekhod-backup"
        )
    rename(school, "Изменённая ОШ")
    result = auto_backup(school, NOW + timedelta(hours=1))
    assert result.written is not None
    gone = {path.name.split("-schema-")[0].removeprefix("perekhod-") for path in result.deleted}
    assert gone == {stem for stem, kept in names.items() if not kept}
    left = {path.name for path in school.folder.backups.iterdir()}
    assert written.name in left and result.written.name in left
    assert len(left) == 2 + 3


def test_contents_of_an_empty_school(school):
    written = auto_backup(school, NOW).written
    contents = backup_contents(written)
    assert contents is not None
    assert (contents.organisation, contents.mode) == ("Тестовая ОШ", "school")
    assert contents.organisation_id == school.state.organisation_uuid
    assert (contents.activities, contents.events, contents.runs) == (0, 0, 0)


def test_contents_of_the_demo_school(demo):
    written = auto_backup(demo, NOW).written
    with contextlib.closing(sqlite3.connect(demo.folder.database)) as conn:
        expected = tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("roadmap_activity", "joint_event", "sa_run")
        )
    contents = backup_contents(written)
    assert contents is not None
    assert (contents.activities, contents.events, contents.runs) == expected
    assert min(expected) > 0
    assert contents.organisation == demo.state.display_name


def test_contents_of_a_foreign_file_is_none(tmp_path):
    path = tmp_path / "чужой.perekhod-backup"
    path.write_bytes(b"PK\x03\x04 not sqlite")
    assert backup_contents(path) is None
    assert backup_contents(tmp_path / "нет.perekhod-backup") is None


def test_private_key_is_never_inside_a_backup(school):
    """Keys live in keys/, outside the database: no form of the private key — PEM file,
    its DER body, the raw 32 bytes — occurs in an automatic or a manual backup."""
    from app.backups import make_backup

    pem = (school.folder.keys / "own.key").read_bytes()
    key = load_private_key(school.folder.keys)
    raw = key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    assert len(raw) == 32
    body = b"".join(pem.splitlines()[1:-1])  # base64 between the BEGIN/END lines
    for path in (auto_backup(school, NOW).written, make_backup(school)):
        data = path.read_bytes()
        for secret in (pem, body, der, raw, raw.hex().encode()):
            assert secret not in data
