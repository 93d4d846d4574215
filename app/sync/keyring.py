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

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.files import write_atomically
from app.keys import load_private_key
from app.sync.crypto import fingerprint

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
