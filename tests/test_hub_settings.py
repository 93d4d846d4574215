"""Настройки → «Общая база» without a server: what app.hub_settings refuses before or
instead of connecting (a wrong scheme, a password in the address, a host that cannot exist,
a school), and going back to this PC's own database file. The cases that need PostgreSQL
are in tests/postgres/test_hub_ui.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import hub_settings, texts
from app.data_folder import DataFolder
from app.errors import InstallationError
from app.hub_settings import (
    LOCAL_MISSING,
    LOCAL_SAVED,
    URL_REQUIRED,
    check_database_url,
    password_file,
    password_line,
    save_database_url,
)
from app.installation import MunicipalityInfo, create_municipality
from app.state import load_state

NO_HOST = "postgresql://perekhod@db.invalid:5432/perekhod"
NO_HOST_SHOWN = "postgresql+psycopg://perekhod@db.invalid:5432/perekhod"


@pytest.fixture
def municipality(data_folder: DataFolder) -> DataFolder:
    create_municipality(data_folder, MunicipalityInfo(name="Управление образования")).close()
    return data_folder


def stored(folder: DataFolder) -> dict:
    return json.loads(folder.state_file.read_text("utf-8"))


def test_an_address_of_another_database_kind_is_refused(municipality):
    state = load_state(municipality.state_file)
    check = check_database_url(municipality, state, "mysql://perekhod@server/perekhod")
    expected = texts.HUB_URL_INVALID.format(url="mysql://perekhod@server/perekhod")
    assert (check.ok, check.message) == (False, expected)
    with pytest.raises(InstallationError) as refused:
        save_database_url(municipality, "sqlite:///perekhod.sqlite")
    assert refused.value.message == texts.HUB_URL_INVALID.format(url="sqlite:///perekhod.sqlite")
    assert "database_url" not in stored(municipality)


def test_an_empty_address_asks_for_one(municipality):
    check = check_database_url(municipality, load_state(municipality.state_file), "  ")
    assert (check.ok, check.message) == (False, URL_REQUIRED)


def test_a_password_in_the_address_is_never_stored(municipality, monkeypatch, tmp_path):
    passfile = tmp_path / "secrets" / "pgpass.conf"
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    monkeypatch.setattr(hub_settings, "_inspect", lambda url: pytest.fail("connected"))
    before = municipality.state_file.read_bytes()
    with pytest.raises(InstallationError) as refused:
        save_database_url(municipality, "postgresql://perekhod:Tajna-42@server.invalid/perekhod")
    message = refused.value.message
    assert message == hub_settings.PASSWORD_REFUSED.format(
        path=passfile,
        line="server.invalid:5432:perekhod:perekhod:пароль",
        url="postgresql+psycopg://perekhod@server.invalid/perekhod",
    )
    assert "Tajna-42" not in message and "PGPASSFILE" in message
    assert municipality.state_file.read_bytes() == before


def test_an_unknown_host_is_one_russian_line(municipality):
    state = load_state(municipality.state_file)
    check = check_database_url(municipality, state, NO_HOST)
    reason = texts.HUB_NO_HOST
    assert check.message == texts.HUB_UNREACHABLE.format(url=NO_HOST_SHOWN, reason=reason)
    assert (check.ok, check.url, check.empty) == (False, NO_HOST_SHOWN, False)
    with pytest.raises(InstallationError) as refused:
        save_database_url(municipality, NO_HOST)
    assert refused.value.message == check.message
    assert "database_url" not in stored(municipality)


def test_a_school_never_uses_a_shared_database(school):
    check = check_database_url(school.folder, school.state, NO_HOST)
    assert (check.ok, check.message) == (False, texts.HUB_MUNICIPALITY_ONLY)


def test_keys_are_needed_before_connecting(municipality):
    for name in ("own.key", "own.pub"):
        (municipality.keys / name).unlink()
    check = check_database_url(municipality, load_state(municipality.state_file), NO_HOST)
    assert check.message == texts.HUB_KEYS_MISSING.format(path=municipality.keys)


def test_going_back_to_the_own_database_file(municipality):
    state = load_state(municipality.state_file)
    state.database_url = NO_HOST_SHOWN
    municipality.state_file.write_text(state.to_json(), "utf-8")

    message = save_database_url(municipality, None)

    assert message == LOCAL_SAVED.format(path=municipality.database)
    assert "database_url" not in stored(municipality)


def test_going_back_needs_a_database_file_here(municipality):
    """A hub PC set up with import-key has no perekhod.sqlite: nothing to go back to."""
    state = load_state(municipality.state_file)
    state.database_url = NO_HOST_SHOWN
    municipality.state_file.write_text(state.to_json(), "utf-8")
    municipality.database.unlink()
    with pytest.raises(InstallationError) as refused:
        save_database_url(municipality, "")
    assert refused.value.message == LOCAL_MISSING.format(path=municipality.database)
    assert stored(municipality)["database_url"] == NO_HOST_SHOWN


def test_the_password_file_libpq_reads():
    assert password_file({"PGPASSFILE": "/srv/pg.pass"}, windows=False) == Path("/srv/pg.pass")
    roaming = {"APPDATA": "C:\\Users\\Метод\\AppData\\Roaming"}
    expected = Path("C:\\Users\\Метод\\AppData\\Roaming") / "postgresql" / "pgpass.conf"
    assert password_file(roaming, windows=True) == expected
    assert password_file({}, windows=False) == Path.home() / ".pgpass"


def test_the_password_line_leaves_the_password_to_the_user():
    assert (
        password_line("postgresql+psycopg://rc:pw@10.0.0.5:6432/hub")
        == "10.0.0.5:6432:hub:rc:пароль"
    )
    assert password_line("postgresql+psycopg://db/hub") == "db:5432:hub:*:пароль"


def test_shown_addresses_never_hold_the_password():
    from app.hub import shown

    assert (
        shown("postgresql+psycopg://rc:Tajna-42@db:5432/hub")
        == "postgresql+psycopg://rc@db:5432/hub"
    )
