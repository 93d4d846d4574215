"""The command line on a hub (cli.md): ``migrate`` and ``init`` on a PostgreSQL database,
the key pair carried to a second PC, the package numbers and the pinned school keys the
PCs share, backups left to pg_dump, reports and workbooks, and a wrong address or password
worded in one Russian line — with the password never written anywhere by the program.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pytest
from openpyxl import load_workbook

from app import texts
from app.cli import main
from app.data_folder import DataFolder
from app.demo import fill_demo_school
from app.installation import Installation, SchoolInfo, create_school
from app.keys import PRIVATE_KEY, PUBLIC_KEY, generate_key_pair
from app.sync import key_transfer, passphrase
from app.sync.keyfile import load_municipality_key
from app.sync.outgoing import write_school_package
from app.sync.receive import Outcome
from app.sync.returns_in import receive_at_school
from tests.postgres.server import PostgresServer

PASSPHRASE = "берёзовая роща 7"
PASSWORD = "секрет1"
ROLE = "hubuser"
TODAY = date(2026, 11, 23)
NAME = "Отдел образования района"
YEAR = ("--year", "2025-2026")


def run(*argv: object) -> int:
    try:
        return main([str(a) for a in argv], default_data_dir=None, open_gui=None)
    except SystemExit as done:
        return int(done.code or 0)


def init(folder: Path, url: str, name: str = NAME) -> int:
    return run("init", "municipality", "--data-dir", folder, "--name", name, "--database-url", url)


def said(capsys: pytest.CaptureFixture) -> tuple[list[str], list[str]]:
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return out.out.splitlines(), out.err.splitlines()


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The smallest scrypt cost a key file may name (the tests export and import keys)."""
    monkeypatch.setattr(key_transfer, "SCRYPT_N", 2**14)
    monkeypatch.setenv(passphrase.PASSPHRASE_VARIABLE, PASSPHRASE)


def tables_of(server: PostgresServer, url: str) -> set[str]:
    with server.connect(url.rsplit("/", 1)[1]) as connection:
        rows = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    return {name for (name,) in rows}


def stored_url(folder: Path) -> str | None:
    return json.loads((folder / "state.json").read_text(encoding="utf-8")).get("database_url")


# --- schema and set-up ---------------------------------------------------------------------


def test_migrate_builds_an_empty_database_then_finds_it_current(pg_server, pg_url, capsys):
    assert run("migrate", "--database-url", pg_url) == 0
    out, err = said(capsys)
    assert err == []
    assert len(out) == 1 and out[0].startswith("База данных обновлена до версии схемы ")
    assert {"organisation", "pinned_key", "sequence_counter"} <= tables_of(pg_server, pg_url)

    assert run("migrate", "--database-url", pg_url) == 0
    out, err = said(capsys)
    assert err == []
    assert len(out) == 1 and out[0].startswith("База данных в актуальном состоянии (схема ")


def test_init_takes_an_empty_database_once(pg_server, pg_url, tmp_path, capsys):
    first, second = tmp_path / "pc1", tmp_path / "pc2"
    assert init(first, pg_url) == 0
    said(capsys)
    assert stored_url(first) == pg_url
    assert not (first / "perekhod.sqlite").exists()  # the data live in PostgreSQL

    assert init(second, pg_url, "Другой отдел") == 1
    out, err = said(capsys)
    assert out == []
    assert err == [texts.HUB_TAKEN.format(url=pg_url, name=NAME)]
    assert not (second / "state.json").exists()
    assert not (second / "keys").exists()


def test_a_school_is_refused_on_a_hub(pg_server, pg_url, tmp_path, capsys):
    folder = tmp_path / "школа"
    assert (
        run("init", "school", "--data-dir", folder, "--name", "МОУ СОШ", "--database-url", pg_url)
        == 1
    )
    out, err = said(capsys)
    assert (out, err) == ([], [texts.HUB_MUNICIPALITY_ONLY])
    assert tables_of(pg_server, pg_url) == set()
    assert not (folder / "state.json").exists()


def test_backup_and_restore_are_left_to_pg_dump(pg_url, tmp_path, capsys):
    folder = tmp_path / "pc1"
    assert init(folder, pg_url) == 0
    said(capsys)
    target = tmp_path / "копия.perekhod-backup"
    assert run("backup", "--data-dir", folder, "--to", target) == 1
    assert said(capsys) == ([], [texts.HUB_BACKUPS])
    assert not target.exists()
    target.write_bytes(b"PK\x03\x04 anything")
    assert run("restore", "--data-dir", folder, "--from", target) == 1
    assert said(capsys) == ([], [texts.HUB_BACKUPS])
    assert list((folder / "backups").iterdir()) == []


# --- two PCs of one hub ---------------------------------------------------------------------


def _school(root: Path, name: str, key_file: Path, demo: bool = False) -> Installation:
    school = create_school(
        DataFolder(root / name), SchoolInfo(full_name=f"МОУ «{name}»", short_name=name)
    )
    if demo:
        fill_demo_school(school.scope, TODAY, 7)
    load_municipality_key(school, key_file)
    return school


def _new_key(school: Installation) -> None:
    """The school moved to a new PC: a new signing key."""
    for name in (PRIVATE_KEY, PUBLIC_KEY):
        (school.folder.keys / name).unlink()
    generate_key_pair(school.folder.keys)


def _sequence(path: str) -> int:
    return int(re.search(r"_№_(\d+)\.perekhod$", path).group(1))


@pytest.fixture
def two_pcs(pg_url: str, tmp_path: Path, capsys) -> Iterator[tuple[Path, Path, Path]]:
    """PC 1 set up the hub; PC 2 got the key pair from it. Yields both data folders and
    the municipality's public key file (what schools load)."""
    pc1, pc2, stick = tmp_path / "pc1", tmp_path / "pc2", tmp_path / "флешка"
    stick.mkdir()
    assert init(pc1, pg_url) == 0
    assert run("export-key", "--data-dir", pc1, "--to", stick, "--private") == 0
    said(capsys)
    (pair,) = stick.glob("*.perekhod-keys")
    assert run("--database-url", pg_url, "import-key", "--data-dir", pc2, pair) == 0
    assert run("export-key", "--data-dir", pc1, "--to", stick) == 0
    out, _err = said(capsys)
    yield pc1, pc2, Path(out[-1])


def test_package_numbers_and_school_keys_are_shared_by_the_pcs(two_pcs, pg_url, tmp_path, capsys):
    pc1, pc2, key_file = two_pcs
    assert stored_url(pc2) == pg_url
    assert not (pc2 / "perekhod.sqlite").exists()
    stick, receipts, out1, out2 = (tmp_path / n for n in ("stick", "receipts", "out1", "out2"))
    for folder in (stick, receipts, out1, out2):
        folder.mkdir()
    berezovka = _school(tmp_path, "Берёзовская ООШ", key_file)
    sosnovka = _school(tmp_path, "Сосновская СОШ", key_file)
    try:
        sent = write_school_package(berezovka, stick, today=TODAY)
        assert sent.encrypted  # to the municipality's key, which PC 2 holds too
        assert run("import-package", "--data-dir", pc2, "--receipts-to", receipts, sent.path) == 0
        assert said(capsys)[0] == [f"{sent.path.name}: принят"]
        (receipt,) = receipts.iterdir()

        assert run("export-package", "--data-dir", pc1, "--to", out1, "--all") == 0
        (first,) = said(capsys)[0]
        assert run("export-package", "--data-dir", pc2, "--to", out2, "--all") == 0
        (second,) = said(capsys)[0]
        # the receipt took №1 on PC 2; PC 1 and PC 2 go on from the one count
        assert (_sequence(first), _sequence(second)) == (2, 3)
        verdicts = receive_at_school(berezovka, [receipt, Path(first), Path(second)])
        assert [(v.outcome, v.sequence) for v in verdicts] == [
            (Outcome.ACCEPTED, 1),
            (Outcome.ACCEPTED, 2),
            (Outcome.ACCEPTED, 3),
        ]

        # PC 1 pins Сосновская's key; its package under a new key is refused on PC 2
        first_sent = write_school_package(sosnovka, stick, today=TODAY)
        assert run("import-package", "--data-dir", pc1, first_sent.path) == 0
        said(capsys)
        _new_key(sosnovka)
        moved = write_school_package(sosnovka, stick, today=TODAY)
        assert run("import-package", "--data-dir", pc2, moved.path) == 1
        (line,) = said(capsys)[0]
        assert line.startswith(f"{moved.path.name}: отклонён — ключ подписи школы «Сосновская СОШ»")
        assert run("import-package", "--data-dir", pc1, moved.path) == 1  # and on PC 1
        said(capsys)
    finally:
        berezovka.close()
        sosnovka.close()


def test_reports_and_workbooks_on_a_hub(two_pcs, tmp_path, capsys):
    pc1, pc2, key_file = two_pcs
    school = _school(tmp_path, "Берёзовская ООШ", key_file, demo=True)
    try:
        sent = write_school_package(school, tmp_path, today=TODAY)
        school_id = school.scope.school_id
    finally:
        school.close()
    assert run("import-package", "--data-dir", pc1, sent.path) == 0
    said(capsys)
    for out in (tmp_path / "справка.pdf", tmp_path / "справка.docx"):
        assert run("report", "--data-dir", pc2, "--out", out, *YEAR) == 0
        assert said(capsys)[1] == []
        assert out.stat().st_size > 10_000
    school_report = tmp_path / "школа.pdf"
    assert (
        run("report", "--data-dir", pc2, "--school", school_id, "--out", school_report, *YEAR) == 0
    )
    said(capsys)
    assert school_report.read_bytes().startswith(b"%PDF")

    schools = tmp_path / "школы.xlsx"
    assert run("export-xlsx", "--data-dir", pc2, "--table", "schools", "--out", schools) == 0
    said(capsys)
    rows = list(load_workbook(schools, read_only=True).active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == ["Берёзовская ООШ"]
    roadmap = tmp_path / "дк.xlsx"
    table = ("--table", "consolidated-roadmap", "--out", roadmap)
    assert run("export-xlsx", "--data-dir", pc1, *table, *YEAR) == 0
    said(capsys)
    sheet = load_workbook(roadmap, read_only=True).worksheets[0]
    (row,) = list(sheet.iter_rows(values_only=True))[1:]
    assert row[:2] == ("Берёзовская ООШ", "2025-2026")
    activities = tmp_path / "мероприятия.xlsx"
    table = ("--school", school_id, "--table", "roadmap", "--out", activities)
    assert run("export-xlsx", "--data-dir", pc1, *table, *YEAR) == 0
    said(capsys)
    found = list(load_workbook(activities, read_only=True).active.iter_rows(values_only=True))
    assert len(found) > 5


# --- connection failures and the password ---------------------------------------------------


@pytest.fixture(scope="module")
def password_role(pg_server: PostgresServer) -> str:
    """``hubuser`` with a password, which the server checks (scram-sha-256) for it alone:
    every other role still connects as the tests' trust rules say."""
    from psycopg import sql

    hba = pg_server.folder / "data" / "pg_hba.conf"
    rule = f"host all {ROLE} 127.0.0.1/32 scram-sha-256\n"
    if rule not in hba.read_text():
        hba.write_text(rule + hba.read_text())
    with pg_server.connect() as connection:
        exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ROLE,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        connection.execute(
            sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(ROLE), sql.Literal(PASSWORD)
            )
        )
        connection.execute("SELECT pg_reload_conf()")
    return ROLE


@pytest.fixture
def role_database(pg_server: PostgresServer, pg_url: str, password_role: str) -> str:
    """``pg_url``'s database made usable by ``hubuser``; returns its name."""
    from psycopg import sql

    name = pg_url.rsplit("/", 1)[1]
    with pg_server.connect() as connection:
        connection.execute(
            sql.SQL("GRANT ALL ON DATABASE {} TO {}").format(
                sql.Identifier(name), sql.Identifier(password_role)
            )
        )
    with pg_server.connect(name) as connection:
        connection.execute(
            sql.SQL("GRANT ALL ON SCHEMA public TO {}").format(sql.Identifier(password_role))
        )
    return name


def role_url(server: PostgresServer, database: str, password: str | None = PASSWORD) -> str:
    secret = f":{quote(password, safe='')}" if password is not None else ""
    return f"postgresql+psycopg://{ROLE}{secret}@127.0.0.1:{server.port}/{database}"


def files_holding(root: Path, secret: str) -> list[str]:
    needles = (secret.encode(), quote(secret, safe="").encode())
    return [
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file() and any(n in path.read_bytes() for n in needles)
    ]


def test_the_password_is_used_never_stored(pg_server, role_database, tmp_path, capsys, monkeypatch):
    folder = tmp_path / "pc1"
    url = role_url(pg_server, role_database)

    def schools(name: str) -> tuple:
        return ("--table", "schools", "--out", tmp_path / f"{name}.xlsx")

    assert init(folder, url) == 0
    assert run("export-xlsx", "--data-dir", folder, "--database-url", url, *schools("s")) == 0
    said(capsys)
    bare = role_url(pg_server, role_database, password=None)
    assert stored_url(folder) == bare
    assert files_holding(folder, PASSWORD) == []

    # the remembered URL has no password: the server refuses, in one Russian line
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "нет такого файла"))
    assert run("export-xlsx", "--data-dir", folder, *schools("s2")) == 1
    assert said(capsys) == ([], [texts.HUB_AUTH_FAILED.format(url=bare)])

    # PostgreSQL's password file supplies it
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{pg_server.port}:{role_database}:{ROLE}:{PASSWORD}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert run("export-xlsx", "--data-dir", folder, *schools("s3")) == 0
    assert said(capsys)[1] == []
    assert (tmp_path / "s3.xlsx").is_file()
    assert stored_url(folder) == bare
    assert files_holding(folder, PASSWORD) == []


@pytest.mark.parametrize("wrong", ["password", "role", "database"])
def test_a_wrong_password_role_or_database_is_one_russian_line(
    pg_server, role_database, tmp_path, capsys, monkeypatch, wrong
):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "нет такого файла"))
    url = {
        "password": role_url(pg_server, role_database, "неверный"),
        "role": f"postgresql+psycopg://nobody@127.0.0.1:{pg_server.port}/{role_database}",
        "database": role_url(pg_server, "no_such_database"),
    }[wrong]
    shown = re.sub(r":[^:@/]*@", "@", url)  # the password is never shown
    expected = (
        texts.HUB_AUTH_FAILED.format(url=shown)
        if wrong == "password"
        else texts.HUB_UNREACHABLE.format(url=shown, reason=texts.HUB_NO_DATABASE_OR_ROLE)
    )
    folder = tmp_path / "pc"
    assert init(folder, url) == 1
    assert said(capsys) == ([], [expected])
    assert not (folder / "state.json").exists()
    assert run("migrate", "--database-url", url) == 1
    assert said(capsys) == ([], [expected])


def test_a_wrong_password_from_the_real_command(pg_server, role_database, tmp_path):
    """The installed command: exit 1, one line, no traceback, the password not echoed."""
    url = role_url(pg_server, role_database, "неверный")
    env = {**os.environ, "PGPASSFILE": str(tmp_path / "нет"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ui", "migrate", "--database-url", url],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line == texts.HUB_AUTH_FAILED.format(url=role_url(pg_server, role_database, None))
    assert "неверный" not in done.stderr and quote("неверный", safe="") not in done.stderr


def test_import_key_refuses_a_hub_that_holds_another_municipality(pg_url, tmp_path, capsys):
    hub_pc, other, stick = tmp_path / "pc1", tmp_path / "другой", tmp_path / "флешка"
    stick.mkdir()
    assert init(hub_pc, pg_url) == 0
    assert run("init", "municipality", "--data-dir", other, "--name", "Управление Заречного") == 0
    assert run("export-key", "--data-dir", other, "--to", stick, "--private") == 0
    said(capsys)
    (pair,) = stick.glob("*.perekhod-keys")
    pc2 = tmp_path / "pc2"
    assert run("--database-url", pg_url, "import-key", "--data-dir", pc2, pair) == 1
    out, err = said(capsys)
    assert out == []
    assert err == [
        f"База PostgreSQL ({pg_url}) принадлежит муниципалитету «{NAME}», а ключи — "
        "«Управление Заречного». Ничего не изменено."
    ]
    assert not pc2.exists()
