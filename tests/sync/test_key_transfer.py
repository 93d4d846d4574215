"""The municipality's key pair carried to a hub's PCs: the same keys arrive, a package
signed on one PC is the other's, and every refusal leaves every file as it was."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest

from app.data_folder import DataFolder
from app.errors import InstallationError, PerekhodError, ValidationError
from app.installation import MunicipalityInfo, create_municipality
from app.keys import generate_key_pair, load_public_key_raw
from app.state import Mode, load_state
from app.sync import key_transfer, passphrase
from app.sync.crypto import fingerprint, raw_public
from app.sync.key_transfer import import_key_pair, read_key_pair_file, write_key_pair_file
from app.sync.keyring import Keyring

PASSPHRASE = "берёзовая роща 7"
WRONG = "берёзовая роща 8"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    """The smallest scrypt cost a file may name: these tests derive dozens of keys."""
    monkeypatch.setattr(key_transfer, "SCRYPT_N", 2**14)


@pytest.fixture
def key_file(municipality, stick) -> Path:
    return write_key_pair_file(municipality, stick, PASSPHRASE)


def tree(root: Path) -> dict[str, bytes | None]:
    """Every file and folder under ``root`` with its bytes (folders: ``None``)."""
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def keys_of(folder: Path) -> tuple[bytes, bytes]:
    keyring = Keyring(folder)
    return raw_public(keyring.signing_key()), raw_public(keyring.exchange_key())


def test_the_key_pair_arrives_on_a_new_hub_pc_as_the_first_pc_holds_it(
    municipality, key_file, tmp_path
):
    assert key_file.name == "Ключи_Отдел_образования_района.perekhod-keys"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    document = json.loads(key_file.read_bytes())
    assert PASSPHRASE not in key_file.read_text(encoding="utf-8")
    assert document["signing_key"].startswith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n")
    assert document["kdf"]["n"] == 2**14 and len(document["kdf"]["salt"]) == 32

    hub = DataFolder(tmp_path / "центр")
    installed = import_key_pair(hub, key_file, PASSPHRASE)

    first = municipality.folder.keys
    expected_fingerprint = fingerprint(load_public_key_raw(first))
    assert installed.message == (
        "Ключи муниципалитета «Отдел образования района» установлены; "
        f"отпечаток ключа подписи: {expected_fingerprint}"
    )
    assert keys_of(hub.keys) == keys_of(first)
    for name in ("own.key", "own.pub", "exchange.key"):  # byte for byte as the app writes
        assert (hub.keys / name).read_bytes() == (first / name).read_bytes(), name
    assert stat.S_IMODE((hub.keys / "own.key").stat().st_mode) == 0o600
    assert stat.S_IMODE((hub.keys / "exchange.key").stat().st_mode) == 0o600
    state = load_state(hub.state_file)
    assert state.mode is Mode.MUNICIPALITY
    assert state.organisation_uuid == municipality.state.organisation_uuid
    assert state.display_name == "Отдел образования района"
    assert state.database_url is None
    assert sorted(tree(hub.root)) == [
        "backups",
        "keys",
        "keys/exchange.key",
        "keys/own.key",
        "keys/own.pub",
        "logs",
        "state.json",
    ]  # no database: a hub's is PostgreSQL


def test_a_package_of_one_pc_is_the_other_pcs_own(municipality, key_file, tmp_path):
    """Signed on the first PC, it carries the second PC's public key; encrypted for the
    municipality (the first PC's key, as a school holds it), the second PC opens it."""
    from app.sync.envelope import Sender, open_package, seal
    from app.sync.keyfile import own_keys
    from app.sync.manifest import PackageKind

    hub = DataFolder(tmp_path / "центр")
    import_key_pair(hub, key_file, PASSPHRASE)
    members = {"data.json": b'{"recommendations": []}'}
    sender = Sender(municipality.state.organisation_uuid, "Отдел образования района")
    blob = seal(
        Keyring(municipality.folder.keys),
        PackageKind.RETURN,
        sender,
        1,
        dict(members),
        recipient=own_keys(municipality),
    )
    opened = open_package(blob, Keyring(hub.keys))
    assert opened.encrypted
    assert opened.members == members
    assert opened.manifest.signing_key == load_public_key_raw(hub.keys).hex()


def test_a_wrong_passphrase_changes_nothing(key_file, tmp_path):
    hub = DataFolder(tmp_path / "центр")
    with pytest.raises(ValidationError) as refused:
        import_key_pair(hub, key_file, WRONG)
    assert refused.value.message == (
        "Неверная парольная фраза или файл ключей повреждён. Ничего не изменено."
    )
    assert not hub.root.exists()


def _rewritten(key_file: Path, change) -> Path:
    document = json.loads(key_file.read_bytes())
    change(document)
    key_file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return key_file


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(name="Чужой отдел"), "wrong"),  # the signature covers it
        (lambda d: d.update(organisation_id="00000000-0000-4000-8000-000000000001"), "wrong"),
        (lambda d: d.update(fingerprint="0000 " * 7 + "0000"), "wrong"),
        (lambda d: d.update(format="1"), "bad"),  # strict: no text for a number
        (lambda d: d.update(extra="поле"), "bad"),
        (lambda d: d.pop("exchange_key"), "bad"),
        (lambda d: d["kdf"].update(n=2**19), "bad"),  # a cost beyond the bound: no derivation
        (lambda d: d["kdf"].update(n=2**14 + 1), "bad"),  # scrypt takes powers of two only
        (lambda d: d.update(short_name="Отдел\nобразования"), "bad"),  # one line, always
        (lambda d: d.update(signing_key="-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"), "wrong"),
        (lambda d: d.update(format=2), "newer"),
    ],
    ids=[
        "name",
        "organisation",
        "fingerprint",
        "format-text",
        "extra",
        "missing",
        "cost",
        "cost-odd",
        "name-newline",
        "pem",
        "newer",
    ],
)
def test_a_changed_file_is_refused(key_file, tmp_path, change, message):
    hub = DataFolder(tmp_path / "центр")
    path = _rewritten(key_file, change)
    expected = {
        "wrong": "Неверная парольная фраза или файл ключей повреждён. Ничего не изменено.",
        "bad": f"Файл {path} — не файл ключей муниципалитета «Переход» или он повреждён.",
        "newer": f"Файл ключей {path} записан более новой версией программы «Переход». "
        "Обновите программу.",
    }[message]
    with pytest.raises(PerekhodError) as refused:
        import_key_pair(hub, path, PASSPHRASE)
    assert refused.value.message == expected
    assert not hub.root.exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"not json at all", b"[1, 2]", b'{"format": 1, "format": 1}', b"\xff\xfe{}", b"{" * 40],
    ids=["empty", "text", "list", "duplicate-key", "not-utf8", "deep"],
)
def test_a_file_that_is_not_a_key_file_is_refused(tmp_path, content):
    path = tmp_path / "Ключи.perekhod-keys"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        read_key_pair_file(path)
    assert refused.value.message == (
        f"Файл {path} — не файл ключей муниципалитета «Переход» или он повреждён."
    )


def test_a_truncated_file_is_refused(key_file):
    key_file.write_bytes(key_file.read_bytes()[:700])
    with pytest.raises(ValidationError) as refused:
        read_key_pair_file(key_file)
    assert "не файл ключей муниципалитета" in refused.value.message


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "большой.perekhod-keys"
    path.write_bytes(b" " * (64 * 1024 + 1))

    def never(path):
        raise AssertionError("an oversized key file was opened")

    monkeypatch.setattr("app.files.open_regular", never)
    with pytest.raises(ValidationError) as refused:
        read_key_pair_file(path)
    assert refused.value.message == (
        f"Файл {path} больше 64 КБ: это не файл ключей муниципалитета."
    )
    monkeypatch.undo()
    path.write_bytes(b" " * (64 * 1024))  # at the limit: read, then judged by its content
    with pytest.raises(ValidationError) as refused:
        read_key_pair_file(path)
    assert "не файл ключей муниципалитета «Переход»" in refused.value.message


def test_a_public_key_file_is_named_as_such(municipality, stick):
    from app.sync.keyfile import write_key_file

    public = write_key_file(municipality, stick)
    with pytest.raises(ValidationError) as refused:
        read_key_pair_file(public)
    assert refused.value.message.startswith(f"Файл {public} — открытый ключ;")


def test_a_school_does_not_export_a_key_pair(school, stick):
    with pytest.raises(ValidationError) as refused:
        write_key_pair_file(school, stick, PASSPHRASE)
    assert refused.value.message.startswith("Файл ключей для компьютеров центра записывает")
    assert list(stick.iterdir()) == []


@pytest.mark.parametrize(
    ("text", "accepted"),
    [("1234567", False), ("пароль7", False), ("12345678", True), ("пароль78", True)],
)
def test_a_passphrase_has_eight_characters_at_least(municipality, stick, text, accepted):
    if accepted:
        assert write_key_pair_file(municipality, stick, text).exists()
        return
    with pytest.raises(ValidationError) as refused:
        write_key_pair_file(municipality, stick, text)
    assert refused.value.message == (
        "Парольная фраза слишком короткая: нужно не меньше 8 символов. Файл ключей не записан."
    )
    assert list(stick.iterdir()) == []


def test_a_school_installation_is_refused_with_nothing_changed(school, key_file):
    before = tree(school.folder.root)
    with pytest.raises(InstallationError) as refused:
        import_key_pair(school.folder, key_file, PASSPHRASE)
    assert refused.value.message == (
        f"В папке {school.folder.root} установка школы: ключи муниципалитета в неё не "
        "устанавливаются. Ничего не изменено."
    )
    assert tree(school.folder.root) == before


def test_another_municipality_is_refused_with_nothing_changed(key_file, tmp_path):
    other = create_municipality(DataFolder(tmp_path / "другой"), MunicipalityInfo(name="Соседи"))
    other.close()
    before = tree(other.folder.root)
    asked = []
    with pytest.raises(InstallationError) as refused:
        import_key_pair(other.folder, key_file, lambda: asked.append(1) or PASSPHRASE)
    assert refused.value.message == (
        f"В папке {other.folder.root} установка другой организации («Соседи»): ключи "
        "«Отдел образования района» в неё не устанавливаются. Ничего не изменено."
    )
    assert asked == []  # refused before the passphrase is asked
    assert tree(other.folder.root) == before


def test_a_folder_with_other_things_in_it_is_refused(key_file, tmp_path):
    folder = tmp_path / "занята"
    folder.mkdir()
    (folder / "заметка.txt").write_text("своё", encoding="utf-8")
    with pytest.raises(InstallationError) as refused:
        import_key_pair(DataFolder(folder), key_file, PASSPHRASE)
    assert "не пуста, а установки «Перехода» в ней нет" in refused.value.message
    assert sorted(p.name for p in folder.iterdir()) == ["заметка.txt"]


def _same_municipality_with_other_keys(municipality, tmp_path) -> DataFolder:
    """A copy of the municipality's folder whose keys were made anew (another PC)."""
    copy = DataFolder(tmp_path / "второй")
    shutil.copytree(municipality.folder.root, copy.root)
    for name in ("own.key", "own.pub", "exchange.key"):
        (copy.keys / name).unlink()
    generate_key_pair(copy.keys)
    Keyring(copy.keys).exchange_key()
    return copy


def test_the_same_municipality_gets_the_keys_and_keeps_its_own_as_bak(
    municipality, key_file, tmp_path
):
    copy = _same_municipality_with_other_keys(municipality, tmp_path)
    previous = {n: (copy.keys / n).read_bytes() for n in ("own.key", "own.pub", "exchange.key")}
    state_before = copy.state_file.read_bytes()

    installed = import_key_pair(copy, key_file, PASSPHRASE)
    assert installed.outcome == "replaced"
    assert installed.message.startswith("Ключи муниципалитета «Отдел образования района» заменены")
    assert keys_of(copy.keys) == keys_of(municipality.folder.keys)
    for name, data in previous.items():
        assert (copy.keys / f"{name}.bak").read_bytes() == data
    assert stat.S_IMODE((copy.keys / "own.key.bak").stat().st_mode) == 0o600
    assert copy.state_file.read_bytes() == state_before

    before = tree(copy.root)
    again = import_key_pair(copy, key_file, PASSPHRASE)
    assert again.outcome == "unchanged" and "уже установлены" in again.message
    assert tree(copy.root) == before


def test_a_failed_replacement_puts_the_previous_keys_back(
    municipality, key_file, tmp_path, monkeypatch
):
    copy = _same_municipality_with_other_keys(municipality, tmp_path)
    previous = {n: (copy.keys / n).read_bytes() for n in ("own.key", "own.pub", "exchange.key")}
    real = key_transfer.write_atomically

    def failing(path: Path, data: bytes, **kwargs) -> Path:
        if path.name == "exchange.key" and data != previous["exchange.key"]:
            raise PerekhodError("Недостаточно места на диске.")
        return real(path, data, **kwargs)

    monkeypatch.setattr(key_transfer, "write_atomically", failing)
    with pytest.raises(PerekhodError):
        import_key_pair(copy, key_file, PASSPHRASE)
    for name, data in previous.items():
        assert (copy.keys / name).read_bytes() == data, name


def test_a_failed_set_up_leaves_no_half_installation(key_file, tmp_path, monkeypatch):
    def failing(path, state):
        raise InstallationError("Недостаточно места на диске.")

    monkeypatch.setattr(key_transfer, "save_state", failing)
    hub = DataFolder(tmp_path / "центр")
    with pytest.raises(InstallationError):
        import_key_pair(hub, key_file, PASSPHRASE)
    assert not hub.root.exists()

    hub.root.mkdir()  # an empty folder that existed: left, emptied again
    (hub.root / "logs").mkdir()
    with pytest.raises(InstallationError):
        import_key_pair(hub, key_file, PASSPHRASE)
    assert sorted(p.name for p in hub.root.iterdir()) == ["logs"]


def test_the_hub_url_is_remembered_without_its_password(key_file, tmp_path):
    hub = DataFolder(tmp_path / "центр")
    url = "postgresql://методист:секрет@10.0.0.5:5432/perekhod"
    import_key_pair(hub, key_file, PASSPHRASE, database_url=url)
    stored = load_state(hub.state_file).database_url
    assert stored is not None and "секрет" not in hub.state_file.read_text(encoding="utf-8")
    assert stored.startswith("postgresql+psycopg://") and stored.endswith("@10.0.0.5:5432/perekhod")


def test_passphrases_are_asked_on_the_terminal_when_not_in_the_environment(monkeypatch, capsys):
    import getpass

    monkeypatch.delenv("PEREKHOD_KEY_PASSPHRASE", raising=False)
    answers, prompts = iter(["длинная фраза", "длинная фраза"]), []

    def asked(prompt: str, stream=None) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(getpass, "getpass", asked)
    assert passphrase.new_passphrase() == "длинная фраза"
    assert prompts == [
        "Придумайте парольную фразу для файла ключей (не меньше 8 символов): ",
        "Повторите парольную фразу: ",
    ]
    answers = iter(["длинная фраза", "другая фраза"])
    with pytest.raises(ValidationError) as refused:
        passphrase.new_passphrase()
    assert refused.value.message == "Парольные фразы не совпадают. Файл ключей не записан."
    answers = iter(["коротко"])
    with pytest.raises(ValidationError) as refused:
        passphrase.new_passphrase()
    assert "слишком короткая" in refused.value.message

    prompts.clear()
    answers = iter(["та самая фраза"])
    assert passphrase.passphrase() == "та самая фраза"
    assert prompts == ["Парольная фраза файла ключей: "]

    def closed(prompt: str, stream=None) -> str:
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", closed)
    with pytest.raises(ValidationError) as refused:
        passphrase.passphrase()
    assert refused.value.message == (
        "Парольную фразу негде спросить (нет терминала): задайте её в переменной окружения "
        "PEREKHOD_KEY_PASSPHRASE."
    )
    monkeypatch.setenv("PEREKHOD_KEY_PASSPHRASE", "из переменной")
    assert passphrase.passphrase() == "из переменной"
    assert passphrase.new_passphrase() == "из переменной"
