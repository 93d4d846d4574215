"""Keys in ``keys/``: this installation's signing (Ed25519) and exchange (X25519) pairs, the
keys it pins for others, and key changes waiting for a person to compare fingerprints.

Everything lives beside the database, not in it, so restoring a database backup never
rewinds which keys are trusted.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import delete, select

from app.files import write_atomically
from app.keys import load_private_key
from app.sync.crypto import fingerprint

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from app.installation import Installation

EXCHANGE_KEY = "exchange.key"
PINNED = "pinned.json"  # organisation id -> its keys, trusted on first use
PENDING = "pending.json"  # fingerprint -> a changed key seen in a refused package


@dataclass(frozen=True, slots=True)
class PeerKeys:
    organisation_id: str
    name: str
    kind: str  # "school" | "municipality"
    signing_key: str  # hex
    exchange_key: str  # hex

    @property
    def fingerprint(self) -> str:
        return fingerprint(bytes.fromhex(self.signing_key))


class Keyring:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def signing_key(self) -> Ed25519PrivateKey:
        return load_private_key(self.folder)

    def exchange_key(self) -> X25519PrivateKey:
        """The X25519 pair, made on first use (installations older than the exchange lack it)."""
        path = self.folder / EXCHANGE_KEY
        if path.exists():
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
            assert isinstance(key, X25519PrivateKey)
            return key
        key = X25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        write_atomically(path, pem, private=True)
        return key

    def pinned(self, organisation_id: uuid.UUID) -> PeerKeys | None:
        entry = self._read(PINNED).get(str(organisation_id))
        return PeerKeys(**entry) if entry else None

    def municipality(self) -> PeerKeys | None:
        """At a school: the municipality's keys it holds (``None``: packages go unencrypted)."""
        return next((p for p in self.all_pinned() if p.kind == "municipality"), None)

    def all_pinned(self) -> list[PeerKeys]:
        return [PeerKeys(**entry) for entry in self._read(PINNED).values()]

    def pin(self, peer: PeerKeys) -> None:
        pins = self._read(PINNED)
        if pins.get(peer.organisation_id) != asdict(peer):  # a re-import changes nothing
            pins[peer.organisation_id] = asdict(peer)
            self._write(PINNED, pins)
        pending = self._read(PENDING)
        if pending.pop(peer.fingerprint, None) is not None:
            self._write(PENDING, pending)

    def unpin(self, organisation_id: str) -> None:
        pins = self._read(PINNED)
        if pins.pop(organisation_id, None) is not None:
            self._write(PINNED, pins)

    def remember_pending(self, peer: PeerKeys) -> None:
        pending = self._read(PENDING)
        pending[peer.fingerprint] = asdict(peer)
        self._write(PENDING, pending)

    def pending(self, fingerprint_text: str) -> PeerKeys | None:
        entry = self._read(PENDING).get(fingerprint_text)
        return PeerKeys(**entry) if entry else None

    def _read(self, name: str) -> dict:
        path = self.folder / name
        if not path.exists():
            return {}
        return json.loads(path.read_text(encoding="utf-8"))

    def _write(self, name: str, data: dict) -> None:
        # one line: json's C encoder (indented output is encoded in Python, which costs
        # milliseconds a package once a municipality pins hundreds of schools)
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        write_atomically(self.folder / name, text.encode("utf-8"))


class SharedKeyring(Keyring):
    """A hub PC's keyring: its own key pair in ``keys/`` (installed with ``import-key``),
    the keys pinned for schools and the pending changes in the hub's database, so every
    PC trusts the same keys."""

    def __init__(self, folder: Path, engine: Engine) -> None:
        super().__init__(folder)
        self.engine = engine

    def pinned(self, organisation_id: uuid.UUID) -> PeerKeys | None:
        with self.engine.connect() as connection:
            return self.pinned_in(connection, organisation_id)

    def pinned_in(self, connection: Connection, organisation_id: uuid.UUID) -> PeerKeys | None:
        """:meth:`pinned` inside the caller's transaction."""
        table = _tables()[PINNED]
        query = select(*_key_columns(table)).where(table.c.organisation_id == str(organisation_id))
        row = connection.execute(query).first()
        return PeerKeys(**row._asdict()) if row else None

    def pin_in(self, connection: Connection, peer: PeerKeys) -> None:
        """Pin ``peer`` inside the caller's transaction (an import's, under its lock); a
        pending change to this key is settled with it."""
        tables = _tables()
        _upsert(connection, tables[PINNED], asdict(peer), "organisation_id")
        pending = tables[PENDING]
        connection.execute(delete(pending).where(pending.c.fingerprint == peer.fingerprint))

    def all_pinned(self) -> list[PeerKeys]:
        table = _tables()[PINNED]
        with self.engine.connect() as connection:
            rows = connection.execute(select(*_key_columns(table))).all()
        return [PeerKeys(**row._asdict()) for row in rows]

    def pin(self, peer: PeerKeys) -> None:
        with self.engine.begin() as connection:
            self.pin_in(connection, peer)

    def unpin(self, organisation_id: str) -> None:
        table = _tables()[PINNED]
        with self.engine.begin() as connection:
            connection.execute(delete(table).where(table.c.organisation_id == organisation_id))

    def remember_pending(self, peer: PeerKeys) -> None:
        values = {"fingerprint": peer.fingerprint, **asdict(peer)}
        with self.engine.begin() as connection:
            _upsert(connection, _tables()[PENDING], values, "fingerprint")

    def pending(self, fingerprint_text: str) -> PeerKeys | None:
        table = _tables()[PENDING]
        query = select(*_key_columns(table)).where(table.c.fingerprint == fingerprint_text)
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        return PeerKeys(**row._asdict()) if row else None


def keyring_of(installation: Installation) -> Keyring:
    """The keyring an installation uses: files in ``keys/``, or a hub's shared one."""
    if installation.is_hub:
        return SharedKeyring(installation.folder.keys, installation.db.engine)
    return Keyring(installation.folder.keys)


def _tables() -> dict:
    import db.models  # noqa: F401  (the key tables)
    from db.base import Base

    return {
        PINNED: Base.metadata.tables["pinned_key"],
        PENDING: Base.metadata.tables["pending_key"],
    }


def _key_columns(table) -> list:
    return [table.c[name] for name in PeerKeys.__slots__]


def _upsert(connection, table, values: dict, key: str) -> None:
    """Insert or replace one row; two PCs pinning the same school at once both succeed."""
    from sqlalchemy.dialects.postgresql import insert

    statement = insert(table).values(**values)
    changed = {name: statement.excluded[name] for name in values if name != key}
    connection.execute(statement.on_conflict_do_update(index_elements=[key], set_=changed))
