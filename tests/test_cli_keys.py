"""``export-key --private`` and ``import-key`` as an administrator scripts them (cli.md):
exit codes, the one line on stdout, the one Russian line on stderr."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.cli import main
from app.keys import load_public_key_raw
from app.sync.crypto import fingerprint

PASSPHRASE = "берёзовая роща 7"


def run(*argv: object) -> int:
    try:
        return main([str(a) for a in argv], default_data_dir=None, open_gui=None)
    except SystemExit as done:
        return int(done.code or 0)


def files_of(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.parent.name != "logs"
    }


@pytest.fixture
def mun(tmp_path, capsys) -> Path:
    folder = tmp_path / "район"
    assert run("init", "municipality", "--data-dir", folder, "--name", "Отдел образования") == 0
    capsys.readouterr()
    return folder


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "флешка"
    folder.mkdir()
    return folder


@pytest.fixture
def passphrase(monkeypatch):
    monkeypatch.setenv("PEREKHOD_KEY_PASSPHRASE", PASSPHRASE)


def export(mun: Path, stick: Path, capsys) -> Path:
    assert run("export-key", "--data-dir", mun, "--to", stick, "--private") == 0
    out = capsys.readouterr()
    assert out.err == ""
    (line,) = out.out.splitlines()
    return Path(line)


def test_export_then_import_on_a_new_hub_pc(mun, stick, tmp_path, passphrase, capsys):
    """At the default scrypt cost, as administrators run it."""
    path = export(mun, stick, capsys)
    assert path == stick / "Ключи_Отдел_образования.perekhod-keys" and path.is_file()

    hub = tmp_path / "центр"
    assert run("import-key", "--data-dir", hub, path) == 0
    out = capsys.readouterr()
    expected = fingerprint(load_public_key_raw(mun / "keys"))
    assert out.out == (
        f"Ключи муниципалитета «Отдел образования» установлены; отпечаток ключа подписи: "
        f"{expected}\n"
    )
    assert out.err == ""
    assert (hub / "keys" / "own.pub").read_bytes() == (mun / "keys" / "own.pub").read_bytes()
    assert (hub / "state.json").is_file() and not (hub / "perekhod.sqlite").exists()


def test_the_passphrase_is_asked_twice_on_export_and_once_on_import(
    mun, stick, tmp_path, monkeypatch, capsys
):
    import getpass

    monkeypatch.delenv("PEREKHOD_KEY_PASSPHRASE", raising=False)
    monkeypatch.setattr("app.sync.key_transfer.SCRYPT_N", 2**14)
    prompts = []

    def asked(prompt: str, stream=None) -> str:
        prompts.append(prompt)
        return PASSPHRASE

    monkeypatch.setattr(getpass, "getpass", asked)
    path = export(mun, stick, capsys)
    assert len(prompts) == 2
    assert run("import-key", "--data-dir", tmp_path / "центр", path) == 0
    assert prompts[2:] == ["Парольная фраза файла ключей: "]
    assert capsys.readouterr().out.startswith("Ключи муниципалитета «Отдел образования»")


@pytest.fixture
def cheap(monkeypatch, passphrase):
    monkeypatch.setattr("app.sync.key_transfer.SCRYPT_N", 2**14)


def refused(capsys) -> str:
    out = capsys.readouterr()
    assert out.out == ""
    (line,) = out.err.splitlines()
    return line


def test_a_school_is_refused_export_private(tmp_path, stick, cheap, capsys):
    school = tmp_path / "школа"
    assert run("init", "school", "--data-dir", school, "--name", "Школа") == 0
    capsys.readouterr()
    assert run("export-key", "--data-dir", school, "--to", stick, "--private") == 1
    assert refused(capsys) == (
        "Файл ключей для компьютеров центра записывает муниципалитет; школа передаёт только "
        "открытый ключ (команда «perekhod export-key» без --private)."
    )
    assert list(stick.iterdir()) == []


def test_a_short_passphrase_is_refused(mun, stick, monkeypatch, capsys):
    monkeypatch.setenv("PEREKHOD_KEY_PASSPHRASE", "семь сим")  # 8 characters: accepted
    assert run("export-key", "--data-dir", mun, "--to", stick, "--private") == 0
    capsys.readouterr()
    for name in stick.iterdir():
        name.unlink()
    monkeypatch.setenv("PEREKHOD_KEY_PASSPHRASE", "семьсим")
    assert run("export-key", "--data-dir", mun, "--to", stick, "--private") == 1
    assert refused(capsys) == (
        "Парольная фраза слишком короткая: нужно не меньше 8 символов. Файл ключей не записан."
    )
    assert list(stick.iterdir()) == []


def test_a_wrong_passphrase_is_refused(mun, stick, tmp_path, cheap, monkeypatch, capsys):
    path = export(mun, stick, capsys)
    monkeypatch.setenv("PEREKHOD_KEY_PASSPHRASE", "не та фраза")
    hub = tmp_path / "центр"
    assert run("import-key", "--data-dir", hub, path) == 1
    assert refused(capsys) == (
        "Неверная парольная фраза или файл ключей повреждён. Ничего не изменено."
    )
    assert not hub.exists()


def test_import_into_a_school_or_another_municipality_is_refused(
    mun, stick, tmp_path, cheap, capsys
):
    path = export(mun, stick, capsys)
    school, other = tmp_path / "школа", tmp_path / "соседи"
    assert run("init", "school", "--data-dir", school, "--name", "Школа") == 0
    assert run("init", "municipality", "--data-dir", other, "--name", "Соседи") == 0
    capsys.readouterr()
    for folder, expected in [
        (school, f"В папке {school} установка школы"),
        (other, f"В папке {other} установка другой организации («Соседи»)"),
    ]:
        before = files_of(folder)
        assert run("import-key", "--data-dir", folder, path) == 1
        line = refused(capsys)
        assert line.startswith(expected) and line.endswith("Ничего не изменено."), line
        assert files_of(folder) == before


def test_a_missing_or_damaged_file_is_refused(mun, tmp_path, cheap, capsys):
    missing = tmp_path / "нет.perekhod-keys"
    assert run("import-key", "--data-dir", tmp_path / "центр", missing) == 1
    assert refused(capsys) == f"Файл не найден: {missing}."
    damaged = tmp_path / "мусор.perekhod-keys"
    damaged.write_bytes(b"\x00" * 100)
    assert run("import-key", "--data-dir", tmp_path / "центр", damaged) == 1
    assert refused(capsys) == (
        f"Файл {damaged} — не файл ключей муниципалитета «Переход» или он повреждён."
    )
    assert not (tmp_path / "центр").exists()


def test_the_same_municipality_replaces_its_keys(mun, stick, cheap, capsys):
    path = export(mun, stick, capsys)
    before = files_of(mun)
    assert run("import-key", "--data-dir", mun, path) == 0
    assert "уже установлены" in capsys.readouterr().out
    assert files_of(mun) == before


def test_both_commands_are_offered_in_help(capsys):
    with pytest.raises(SystemExit):
        main(["--help"], default_data_dir=None, open_gui=None)
    text = capsys.readouterr().out
    assert "\n    import-key" in text and "\n    export-key" in text
    with pytest.raises(SystemExit):
        main(["export-key", "--help"], default_data_dir=None, open_gui=None)
    assert "--private" in capsys.readouterr().out
    assert run("import-key", "--data-dir", "x") == 2  # FILE is required
    assert "FILE" in capsys.readouterr().err


def test_a_hub_that_does_not_answer_is_checked_at_the_first_open(
    mun, stick, tmp_path, passphrase, capsys
):
    path = export(mun, stick, capsys)
    hub = tmp_path / "центр"
    url = "postgresql://perekhod@127.0.0.1:1/perekhod"  # nothing listens on port 1
    assert run("--database-url", url, "import-key", "--data-dir", hub, path) == 0
    out = capsys.readouterr()
    assert out.err == ""
    assert out.out.splitlines()[1] == (
        "Не удалось подключиться к базе PostgreSQL (postgresql+psycopg://perekhod@127.0.0.1:1/"
        "perekhod): сервер не принимает подключения (он не запущен или указан не тот порт). "
        "Муниципалитет общей базы будет проверен при первом открытии."
    )
    assert (hub / "state.json").is_file()
