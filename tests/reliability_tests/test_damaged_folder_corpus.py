"""More damaged data folders (alongside test_damaged_folders.py): seeded bit flips in the
database's page headers, truncations at several lengths, state.json variants, keys/ and
logs/ damaged or not writable. Each start (``perekhod migrate``) ends in one Russian line,
and nothing in the folder changes: the database's bytes, state.json, the keys.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli import main

SEED = 15
PAGE = 4096
DAMAGED = "повреждена"


def run(*args: str) -> int:
    return main(list(args), default_data_dir=None, open_gui=None)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("damaged-corpus") / "data"
    assert run("init", "school", "--data-dir", str(root), "--name", "Школа") == 0
    with contextlib.closing(sqlite3.connect(root / "perekhod.sqlite")) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")  # the file alone holds the data
    return root


Change = Callable[[bytearray, random.Random, list[int]], bytes]


def _db(change: Change) -> Callable[[Path, random.Random], None]:
    def make(root: Path, rng: random.Random) -> None:
        path = root / "perekhod.sqlite"
        with contextlib.closing(sqlite3.connect(path)) as conn:  # the b-tree root pages
            roots = [r[0] for r in conn.execute("SELECT rootpage FROM sqlite_master") if r[0]]
        path.write_bytes(change(bytearray(path.read_bytes()), rng, roots))

    return make


def _flip_page(field: str) -> Callable:
    def change(data: bytearray, rng: random.Random, roots: list[int]) -> bytes:
        # a root page holding cells (an empty table's root may flip into another empty
        # page that quick_check cannot tell from a sound one)
        full = [
            p for p in roots if p > 1 and data[(p - 1) * PAGE + 3 : (p - 1) * PAGE + 5] != b"\0\0"
        ]
        page = rng.choice(full)
        offset = (page - 1) * PAGE + (0 if field == "type" else rng.choice((3, 4)))
        data[offset] ^= 1 << rng.randrange(8)
        return bytes(data)

    return change


def _flip_at(offsets: tuple[int, ...]) -> Callable:
    def change(data: bytearray, rng: random.Random, _roots: list[int]) -> bytes:
        data[rng.choice(offsets)] ^= 1 << rng.randrange(8)
        return bytes(data)

    return change


def _cut(length: Callable[[int, random.Random], int]) -> Callable:
    return lambda data, rng, _roots: bytes(data[: length(len(data), rng)])


def _state(text: str | bytes) -> Callable[[Path, random.Random], None]:
    def make(root: Path, _rng: random.Random) -> None:
        target = root / "state.json"
        target.write_bytes(text.encode() if isinstance(text, str) else text)

    return make


def _state_edit(old: str, new: str) -> Callable[[Path, random.Random], None]:
    def make(root: Path, _rng: random.Random) -> None:
        path = root / "state.json"
        text = path.read_text(encoding="utf-8")
        if old == "uuid":
            current = text.split('"organisation_uuid": "')[1][:36]
            text = text.replace(current, "00000000-0000-4000-8000-000000000000")
        else:
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")

    return make


def _replace_with_file(name: str) -> Callable[[Path, random.Random], None]:
    def make(root: Path, _rng: random.Random) -> None:
        shutil.rmtree(root / name)
        (root / name).write_text("not a folder")

    return make


UUID = "8f1c2b1e-6a7d-4f43-9d4e-0a1b2c3d4e5f"
CASES: dict[str, tuple[Callable[[Path, random.Random], None], str]] = {
    **{f"flip_page_type_{i}": (_db(_flip_page("type")), DAMAGED) for i in range(4)},
    **{f"flip_cell_count_{i}": (_db(_flip_page("count")), DAMAGED) for i in range(2)},
    "flip_magic": (_db(_flip_at(tuple(range(16)))), "не является базой"),
    "flip_page_size": (_db(_flip_at((16, 17))), DAMAGED),
    "truncate_100": (_db(_cut(lambda n, r: 100)), DAMAGED),
    "truncate_one_page": (_db(_cut(lambda n, r: PAGE)), DAMAGED),
    "truncate_random_page": (_db(_cut(lambda n, r: PAGE * r.randrange(2, n // PAGE))), DAMAGED),
    "truncate_mid_page": (_db(_cut(lambda n, r: n - r.randrange(1, PAGE))), DAMAGED),
    "truncate_last_page": (_db(_cut(lambda n, r: n - PAGE)), DAMAGED),
    "state_deep_array": (_state("[" * 100_000 + "]" * 100_000), "Файл состояния"),
    "state_deep_object": (_state('{"a":' * 5000 + "1" + "}" * 5000), "Файл состояния"),
    "state_bad_uuid": (
        _state('{"mode": "school", "organisation_uuid": "nope", "display_name": "A"}'),
        "«organisation_uuid»",
    ),
    "state_nan_name": (
        _state(f'{{"mode": "school", "organisation_uuid": "{UUID}", "display_name": NaN}}'),
        "Файл состояния",
    ),
    "state_5000_digits": (
        _state(f'{{"mode": "school", "organisation_uuid": "{UUID}", "x": {"9" * 5000}}}'),
        "Файл состояния",
    ),
    "state_utf16": (_state('{"mode": "school"}'.encode("utf-16")), "Файл состояния"),
    "state_nul_bytes": (_state(b"\x00" * 100), "Файл состояния"),
    "state_huge": (_state(b" " * (12 * 1024 * 1024) + b"{}"), "Файл состояния"),
    "state_missing": (lambda root, rng: (root / "state.json").unlink(), "нет установки"),
    "state_is_folder": (
        lambda root, rng: ((root / "state.json").unlink(), (root / "state.json").mkdir()),
        "нет установки",
    ),
    "state_other_organisation": (_state_edit("uuid", ""), "Файл состояния"),
    "state_other_mode": (_state_edit('"school"', '"municipality"'), "Файл состояния"),
    "keys_missing": (lambda root, rng: shutil.rmtree(root / "keys"), "ключ"),
    "keys_is_a_file": (_replace_with_file("keys"), "keys"),
    "logs_is_a_file": (_replace_with_file("logs"), "logs"),
    "backups_is_a_file": (_replace_with_file("backups"), "backups"),
}
KNOWN: dict[str, str] = {}  # cases a known bug still fails: strict xfails


def _snapshot(root: Path) -> dict[str, str | None]:
    def digest(path: Path) -> str | None:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None

    names = ["perekhod.sqlite", "state.json"]
    if (root / "keys").is_dir():
        names += [f"keys/{p.name}" for p in sorted((root / "keys").iterdir())]
    return {name: digest(root / name) for name in names}


def _dump(root: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(root / "perekhod.sqlite")) as conn:
        return sorted(conn.iterdump())


def _start(root: Path, capsys) -> tuple[int, list[str], str]:
    capsys.readouterr()
    code = run("migrate", "--data-dir", str(root))
    captured = capsys.readouterr()
    return code, captured.err.strip().splitlines(), captured.out + captured.err


def test_the_damaged_folder_corpus_has_twenty_five_cases():
    assert len(CASES) + 1 >= 25  # + logs/ on a read-only mount below


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN[name], strict=True))
        if name in KNOWN
        else name
        for name in CASES
    ],
)
def test_a_damaged_folder_gets_one_russian_line_and_nothing_changes(
    case, template, tmp_path, capsys
):
    root = tmp_path / "data"
    shutil.copytree(template, root)
    make, expected = CASES[case]
    make(root, random.Random(f"{SEED}-{case}"))
    before = _snapshot(root)
    code, lines, everything = _start(root, capsys)
    assert code == 1, everything
    assert len(lines) == 1 and expected in lines[0], everything
    assert "Traceback" not in everything and "Logging error" not in everything
    assert "Непредвиденная ошибка" not in lines[0]
    assert _snapshot(root) == before


@pytest.fixture
def read_only_logs(template, tmp_path):
    root = tmp_path / "data"
    shutil.copytree(template, root)
    logs = root / "logs"
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root (CI runs as root)")
    for command in (
        ["mount", "--bind", str(logs), str(logs)],
        ["mount", "-o", "remount,bind,ro", str(logs)],
    ):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            subprocess.run(["umount", str(logs)], capture_output=True, check=False)
            pytest.skip(f"cannot mount logs/ read-only here: {done.stderr.strip()}")
    try:
        yield root
    finally:
        subprocess.run(["umount", str(logs)], check=False)


def test_logs_on_a_read_only_mount_do_not_stop_the_work(read_only_logs, capsys):
    """Logging cannot write: the command still does its job, prints no logging errors."""
    root = read_only_logs
    with pytest.raises(OSError):
        (root / "logs" / "probe").write_text("x")
    before = _dump(root)
    code, lines, everything = _start(root, capsys)
    assert "Traceback" not in everything and "Logging error" not in everything, everything
    assert len(lines) <= 1 and code in (0, 1), everything
    if code == 1:
        assert "Непредвиденная ошибка" not in lines[0], lines[0]
    assert _dump(root) == before
    target = root.parent / "out.perekhod-backup"
    code, lines, everything = _start_backup(root, target, capsys)
    assert code == 0 and target.exists(), everything
    assert "Logging error" not in everything


def _start_backup(root: Path, target: Path, capsys) -> tuple[int, list[str], str]:
    capsys.readouterr()
    code = run("backup", "--data-dir", str(root), "--to", str(target))
    captured = capsys.readouterr()
    return code, captured.err.strip().splitlines(), captured.out + captured.err
