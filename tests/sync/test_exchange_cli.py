"""The exchange through the command line, as an administrator scripts it (cli.md):
school export → municipality dry run, import with receipts → the school imports its receipt
and from then on encrypts its packages; a changed key is accepted with ``trust``."""

from __future__ import annotations

import zipfile

from app.cli import main
from app.data_folder import DataFolder
from app.installation import open_installation
from app.sync.outgoing import sent_packages


def run(*argv: str) -> int:
    return main([str(a) for a in argv], default_data_dir=None, open_gui=None)


def test_round_trip_with_a_receipt(demo_folder, tmp_path, capsys):
    school, mun = demo_folder.root, tmp_path / "район"
    stick, receipts = tmp_path / "флешка", tmp_path / "квитанции"
    stick.mkdir()
    receipts.mkdir()
    assert run("init", "municipality", "--data-dir", mun, "--name", "Отдел образования") == 0
    capsys.readouterr()

    assert run("export-package", "--data-dir", school, "--to", stick) == 0
    (written,) = capsys.readouterr().out.splitlines()
    package = stick / written.rsplit("/", 1)[-1]
    assert package.exists() and package.name.endswith("_№_1.perekhod")

    assert run("import-package", "--data-dir", mun, "--dry-run", package) == 0
    assert capsys.readouterr().out == f"{package.name}: будет принят\n"
    assert run("import-package", "--data-dir", mun, "--receipts-to", receipts, package) == 0
    assert capsys.readouterr().out == f"{package.name}: принят\n"
    assert run("import-package", "--data-dir", mun, package) == 0
    assert capsys.readouterr().out == f"{package.name}: уже загружен\n"

    (receipt,) = receipts.iterdir()
    school_part = package.name.split("_№_")[0].rsplit("_", 1)[0]  # name, then the date
    assert receipt.name == f"Квитанция_{school_part}_№_1.perekhod"
    assert run("import-package", "--data-dir", school, receipt) == 0
    assert capsys.readouterr().out == f"{receipt.name}: принят\n"
    installation = open_installation(DataFolder(school))
    try:
        (record,) = sent_packages(installation)
        assert record.sequence == 1 and record.received_on is not None
    finally:
        installation.close()

    assert run("export-package", "--data-dir", school, "--to", stick) == 0
    second = stick / capsys.readouterr().out.strip().rsplit("/", 1)[-1]
    assert "data.json.enc" in zipfile.ZipFile(second).namelist()  # the key came with the receipt
    assert run("import-package", "--data-dir", mun, second) == 0
    assert capsys.readouterr().out == f"{second.name}: принят\n"


def test_refusals_are_one_line_each_and_exit_1(demo_folder, tmp_path, capsys):
    mun = tmp_path / "район"
    assert run("init", "municipality", "--data-dir", mun, "--name", "Отдел") == 0
    bad = tmp_path / "мусор.perekhod"
    bad.write_bytes(b"not a package")
    missing = tmp_path / "нет.perekhod"
    capsys.readouterr()
    assert run("import-package", "--data-dir", mun, bad, missing) == 1
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0]
        == "мусор.perekhod: отклонён — файл повреждён или обрезан (это не пакет обмена «Переход»)"
    )
    assert out[1].startswith("нет.perekhod: отклонён — Файл не найден")


def test_a_changed_school_key_is_accepted_with_trust(demo_folder, tmp_path, capsys):
    school, mun, stick = demo_folder.root, tmp_path / "район", tmp_path / "флешка"
    stick.mkdir()
    assert run("init", "municipality", "--data-dir", mun, "--name", "Отдел") == 0
    assert run("export-package", "--data-dir", school, "--to", stick) == 0
    first = stick / capsys.readouterr().out.strip().rsplit("/", 1)[-1]
    assert run("import-package", "--data-dir", mun, first) == 0
    from app.keys import generate_key_pair

    for name in ("own.key", "own.pub"):
        (school / "keys" / name).unlink()
    generate_key_pair(school / "keys")
    capsys.readouterr()
    assert run("export-package", "--data-dir", school, "--to", stick) == 0
    second = stick / capsys.readouterr().out.strip().rsplit("/", 1)[-1]
    assert run("import-package", "--data-dir", mun, second) == 1
    line = capsys.readouterr().out
    fingerprint = line.split("--fingerprint ")[1].split("»")[0]
    assert run("trust", "--data-dir", mun, "--fingerprint", fingerprint.replace(" ", "")) == 0
    assert fingerprint in capsys.readouterr().out
    assert run("import-package", "--data-dir", mun, second) == 0
    assert capsys.readouterr().out == f"{second.name}: принят\n"


def test_export_key_writes_a_key_file_a_school_can_load(demo_folder, tmp_path, capsys):
    from app.sync.keyfile import load_municipality_key
    from app.sync.outgoing import municipality_keys

    mun, keys = tmp_path / "район", tmp_path / "ключи"
    keys.mkdir()
    assert run("init", "municipality", "--data-dir", mun, "--name", "Отдел образования") == 0
    capsys.readouterr()
    assert run("export-key", "--data-dir", mun, "--to", keys) == 0
    path = keys / capsys.readouterr().out.strip().rsplit("/", 1)[-1]
    assert path.name == "Ключ_Отдел_образования.perekhod-key"
    installation = open_installation(demo_folder)
    try:
        loaded = load_municipality_key(installation, path)
        assert municipality_keys(installation) == loaded
    finally:
        installation.close()


def test_return_packages_through_the_command_line(demo_folder, tmp_path, capsys):
    school, mun = demo_folder.root, tmp_path / "район"
    stick, back = tmp_path / "флешка", tmp_path / "обратно"
    stick.mkdir()
    back.mkdir()
    assert run("init", "municipality", "--data-dir", mun, "--name", "Отдел образования") == 0
    assert run("export-package", "--data-dir", school, "--to", stick) == 0
    package = stick / capsys.readouterr().out.strip().rsplit("/", 1)[-1]
    assert run("import-package", "--data-dir", mun, package) == 0
    capsys.readouterr()

    assert run("export-package", "--data-dir", mun, "--to", back) == 2
    assert "--school UUID" in capsys.readouterr().err
    assert run("export-package", "--data-dir", mun, "--to", back, "--school", "нет") == 2
    assert "нет" in capsys.readouterr().err
    assert run("export-package", "--data-dir", school, "--to", back, "--all") == 2
    capsys.readouterr()

    assert run("export-package", "--data-dir", mun, "--to", back, "--all") == 0
    (written,) = capsys.readouterr().out.splitlines()
    path = back / written.rsplit("/", 1)[-1]
    assert path.exists() and path.name.startswith("Отдел_образования_")
    assert "_для_" in path.name and path.name.endswith("_№_1.perekhod")

    assert run("import-package", "--data-dir", school, "--dry-run", path) == 0
    assert capsys.readouterr().out == f"{path.name}: будет принят\n"
    assert run("import-package", "--data-dir", school, path) == 0
    assert capsys.readouterr().out == f"{path.name}: принят\n"
    assert run("import-package", "--data-dir", school, path) == 0
    assert capsys.readouterr().out == f"{path.name}: уже загружен\n"
    assert run("import-package", "--data-dir", mun, path) == 1
    assert "муниципалитет загружает пакеты школ" in capsys.readouterr().out
