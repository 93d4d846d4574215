"""The municipality's key pair carried to a hub's PCs («Ключи_….perekhod-keys»).

One signing (Ed25519) and one exchange (X25519) pair answer the schools whichever PC of a
hub writes the package. The file holds both as PKCS8 PEM encrypted with a password derived
from the administrator's passphrase by scrypt (PKCS8's own PBKDF2 runs 2,048 rounds: far
too few against guessing a short passphrase on a lost stick), and is signed by the key it
carries, so no field of it can be changed unnoticed once it is unlocked.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app import texts as app_texts
from app.data_folder import DataFolder
from app.errors import InstallationError, ValidationError
from app.files import write_atomically
from app.keys import PRIVATE_KEY, PUBLIC_KEY
from app.state import InstallState, Mode, load_state, save_state
from app.sync import texts
from app.sync.crypto import fingerprint, raw_public, sign, verify
from app.sync.errors import PackageRefused
from app.sync.keyring import EXCHANGE_KEY
from app.sync.naming import name_part
from app.sync.passphrase import check_passphrase, locking_password

if TYPE_CHECKING:
    from app.installation import Installation

SUFFIX = ".perekhod-keys"
KIND = "perekhod-municipality-key-pair"
FORMAT = 1
DOMAIN = b"perekhod/municipality-key-pair/v1\x00"
MAX_FILE = 64 * 1024
# scrypt: 128 MiB and ~0.3 s a try. A file may name only these costs, so a hostile file
# cannot make the import allocate gigabytes.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
KEY_FILES = (PRIVATE_KEY, PUBLIC_KEY, EXCHANGE_KEY)

Hex32 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Name = Annotated[
    str, StringConstraints(min_length=1, max_length=500, pattern=r"^[^\x00-\x1f\x7f]+$")
]
Pem = Annotated[
    str,
    StringConstraints(max_length=4096, pattern=r"^-----BEGIN ENCRYPTED PRIVATE KEY-----\n"),
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Kdf(_Strict):
    algorithm: Literal["scrypt"]
    salt: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
    n: Literal[16384, 32768, 65536, 131072, 262144]  # 2**14 … 2**18
    r: Literal[8]
    p: Literal[1]


class KeyPairFile(_Strict):
    format: Literal[1]
    kind: Literal["perekhod-municipality-key-pair"]
    organisation_id: uuid.UUID = Field(strict=False)  # JSON has no UUID type: a string
    name: Name
    short_name: Name
    fingerprint: Annotated[str, StringConstraints(pattern=r"^[0-9A-F]{4}( [0-9A-F]{4}){7}$")]
    signing_public_key: Hex32
    exchange_public_key: Hex32
    kdf: Kdf
    signing_key: Pem
    exchange_key: Pem
    signature: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{128}$")]

    def signed_bytes(self) -> bytes:
        body = self.model_dump(mode="json", exclude={"signature"})
        return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


@dataclass(frozen=True, slots=True)
class KeyPair:
    """A key file unlocked: its description and both private keys, checked against it."""

    file: KeyPairFile
    signing: Ed25519PrivateKey
    exchange: X25519PrivateKey


@dataclass(frozen=True, slots=True)
class Installed:
    name: str
    fingerprint: str
    outcome: Literal["installed", "replaced", "unchanged"]
    note: str | None = None  # the hub could not be checked now

    @property
    def message(self) -> str:
        template = getattr(texts, f"KEY_PAIR_{self.outcome.upper()}")
        text = template.format(name=self.name, fingerprint=self.fingerprint)
        return text if self.note is None else f"{text}\n{self.note}"


# --- export ------------------------------------------------------------------------------


def check_can_export(mode: Mode) -> None:
    if mode is not Mode.MUNICIPALITY:
        raise ValidationError(texts.KEY_PAIR_ONLY_MUNICIPALITY)


def key_pair_file(
    organisation_id: uuid.UUID,
    name: str,
    short_name: str,
    signing: Ed25519PrivateKey,
    exchange: X25519PrivateKey,
    passphrase_text: str,
) -> bytes:
    """The key file's bytes for this organisation's pair, locked with ``passphrase_text``."""
    check_passphrase(passphrase_text)
    kdf = Kdf(algorithm="scrypt", salt=os.urandom(16).hex(), n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    locked = serialization.BestAvailableEncryption(locking_password(passphrase_text, kdf))
    signing_public = raw_public(signing)

    def pem(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
        format_ = serialization.PrivateFormat.PKCS8
        return key.private_bytes(serialization.Encoding.PEM, format_, locked).decode("ascii")

    unsigned = KeyPairFile.model_construct(
        format=FORMAT,
        kind=KIND,
        organisation_id=organisation_id,
        name=name,
        short_name=short_name,
        fingerprint=fingerprint(signing_public),
        signing_public_key=signing_public.hex(),
        exchange_public_key=raw_public(exchange).hex(),
        kdf=kdf,
        signing_key=pem(signing),
        exchange_key=pem(exchange),
    )
    signature = sign(signing, unsigned.signed_bytes(), DOMAIN).hex()
    document = {**unsigned.model_dump(mode="json"), "signature": signature}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def write_key_pair_file(installation: Installation, folder: Path, passphrase_text: str) -> Path:
    """Write the municipality's key pair into ``folder``; a school is refused."""
    from app.profile import own_municipality
    from app.sync.keyring import Keyring

    check_can_export(installation.mode)
    state = installation.state
    keyring = Keyring(installation.folder.keys)
    full_name = own_municipality(installation).name or state.display_name
    data = key_pair_file(
        state.organisation_uuid,
        full_name,
        state.display_name,
        keyring.signing_key(),
        keyring.exchange_key(),
        passphrase_text,
    )
    path = folder / f"Ключи_{name_part(state.display_name)}{SUFFIX}"
    return write_atomically(path, data, private=True, read_back=True)


# --- import ------------------------------------------------------------------------------


def read_key_pair_file(path: Path) -> KeyPairFile:
    """The key file's description, checked for form (not yet unlocked)."""
    from pydantic import ValidationError as SchemaError

    from app.files import FileRefused, open_regular, refusal, regular_file
    from app.sync.jsonsafe import loads

    try:
        if regular_file(path).st_size > MAX_FILE:
            raise ValidationError(
                texts.KEY_PAIR_TOO_LARGE.format(path=path, limit=MAX_FILE // 1024)
            )
        with open_regular(path) as handle:
            data = handle.read(MAX_FILE + 1)
    except FileRefused as refused:
        raise refusal(refused, path) from None
    if len(data) > MAX_FILE:  # grew since it was looked at
        raise ValidationError(texts.KEY_PAIR_TOO_LARGE.format(path=path, limit=MAX_FILE // 1024))
    bad = ValidationError(texts.KEY_PAIR_BAD.format(path=path))
    try:
        document = loads(data)
    except PackageRefused:
        raise bad from None
    if not isinstance(document, dict):
        raise bad
    if set(document) == {"key", "signature"}:  # a public key file (keyfile.py)
        raise ValidationError(texts.KEY_PAIR_PUBLIC_FILE.format(path=path))
    version = document.get("format")
    if document.get("kind") == KIND and type(version) is int and version > FORMAT:
        raise ValidationError(texts.KEY_PAIR_NEWER.format(path=path))
    try:
        return KeyPairFile.model_validate(document)
    except SchemaError:
        raise bad from None


def unlock(file: KeyPairFile, passphrase_text: str) -> KeyPair:
    """Both private keys, decrypted and checked against the file's own description."""
    password = locking_password(passphrase_text, file.kdf)
    try:
        signing = serialization.load_pem_private_key(file.signing_key.encode(), password)
        exchange = serialization.load_pem_private_key(file.exchange_key.encode(), password)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise ValidationError(texts.KEY_PAIR_WRONG_PASSPHRASE) from None
    if not isinstance(signing, Ed25519PrivateKey) or not isinstance(exchange, X25519PrivateKey):
        raise ValidationError(texts.KEY_PAIR_WRONG_PASSPHRASE)
    signing_public = raw_public(signing)
    try:
        verify(signing_public, bytes.fromhex(file.signature), file.signed_bytes(), DOMAIN)
    except PackageRefused:
        raise ValidationError(texts.KEY_PAIR_WRONG_PASSPHRASE) from None
    if (
        signing_public.hex() != file.signing_public_key
        or raw_public(exchange).hex() != file.exchange_public_key
        or fingerprint(signing_public) != file.fingerprint
    ):
        raise ValidationError(texts.KEY_PAIR_WRONG_PASSPHRASE)
    return KeyPair(file, signing, exchange)


def check_target(folder: DataFolder, file: KeyPairFile) -> InstallState | None:
    """The installation the keys replace (``None``: an empty folder, a new hub PC); a
    school, another organisation or a folder holding something else is refused."""
    if not folder.has_installation:
        if not folder.is_empty():
            raise InstallationError(texts.KEY_PAIR_FOLDER_NOT_EMPTY.format(folder=folder.root))
        return None
    state = load_state(folder.state_file)
    if state.mode is not Mode.MUNICIPALITY:
        raise InstallationError(texts.KEY_PAIR_AT_SCHOOL.format(folder=folder.root))
    if state.organisation_uuid != file.organisation_id:
        raise InstallationError(
            texts.KEY_PAIR_OTHER_ORGANISATION.format(
                folder=folder.root, held=state.display_name, name=file.short_name
            )
        )
    return state


def import_key_pair(
    folder: DataFolder,
    path: Path,
    passphrase_text: str | Callable[[], str],
    database_url: str | None = None,
) -> Installed:
    """Install the key pair of ``path`` into ``folder``: a new hub PC (an empty folder) or
    the same municipality's installation. The passphrase (or what asks for it) is used
    only once the file and the folder passed their checks."""
    from app.hub import check_holds, normalised, without_password

    url = normalised(database_url) if database_url else None
    file = read_key_pair_file(path)
    state = check_target(folder, file)
    note = check_holds(url, file.organisation_id, file.short_name) if url else None
    text = passphrase_text() if callable(passphrase_text) else passphrase_text
    pair = unlock(file, text)
    if state is None:  # remembered as the hub's first PC does: never with its password
        _set_up_hub_pc(folder, pair, without_password(url) if url else None)
        return Installed(file.short_name, file.fingerprint, "installed", note)
    changed = _replace_keys(folder.keys, _key_bytes(pair))
    outcome = "replaced" if changed else "unchanged"
    return Installed(file.short_name, file.fingerprint, outcome, note)


def _key_bytes(pair: KeyPair) -> dict[str, bytes]:
    """The three files of ``keys/``, exactly as an installation writes its own."""
    plain = serialization.NoEncryption()
    pkcs8, pem = serialization.PrivateFormat.PKCS8, serialization.Encoding.PEM
    return {
        PRIVATE_KEY: pair.signing.private_bytes(pem, pkcs8, plain),
        PUBLIC_KEY: (raw_public(pair.signing).hex() + "\n").encode("ascii"),
        EXCHANGE_KEY: pair.exchange.private_bytes(pem, pkcs8, plain),
    }


def _write_keys(keys: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        write_atomically(keys / name, data, private=name != PUBLIC_KEY)


def _set_up_hub_pc(folder: DataFolder, pair: KeyPair, database_url: str | None) -> None:
    """keys/, backups/, logs/, the keys, and state.json last (it marks an installation);
    no database (a hub's is PostgreSQL). A failure removes what this call made."""
    made = [p for p in (folder.root, folder.keys, folder.backups, folder.logs) if not p.exists()]
    try:
        folder.create_layout()
    except OSError as err:
        message = app_texts.FOLDER_NOT_WRITABLE.format(folder=folder.root)
        raise InstallationError(message) from err
    try:
        _write_keys(folder.keys, _key_bytes(pair))
        state = InstallState(
            mode=Mode.MUNICIPALITY,
            organisation_uuid=pair.file.organisation_id,
            display_name=pair.file.short_name,
            database_url=database_url,
        )
        save_state(folder.state_file, state)
    except BaseException:
        with contextlib.suppress(OSError):
            folder.state_file.unlink(missing_ok=True)
        for created in reversed(made):
            if created != folder.logs:  # this command's log may be in it
                shutil.rmtree(created, ignore_errors=True)
        raise


def _replace_keys(keys: Path, new: dict[str, bytes]) -> bool:
    """Put ``new`` in place of the installation's key files, the previous ones kept as
    ``*.bak``; ``False`` when they are the same keys already. A failure half-way puts the
    previous files back."""
    keys.mkdir(parents=True, exist_ok=True)
    old = {name: _read(keys / name) for name in KEY_FILES}
    if old == new:  # PKCS8 PEM of one key is always the same bytes
        return False
    for name, data in old.items():
        if data is not None:
            write_atomically(keys / f"{name}.bak", data, private=name != PUBLIC_KEY)
    try:
        _write_keys(keys, new)
    except BaseException:
        for name, data in old.items():
            with contextlib.suppress(Exception):
                if data is None:
                    (keys / name).unlink(missing_ok=True)
                else:
                    write_atomically(keys / name, data, private=name != PUBLIC_KEY)
        raise
    return True


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
