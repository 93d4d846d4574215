"""This installation's Ed25519 key pair (used to sign sync packages)."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

PRIVATE_KEY = "own.key"
PUBLIC_KEY = "own.pub"


def generate_key_pair(keys_dir: Path) -> bytes:
    """Create and store a new key pair; returns the raw 32-byte public key."""
    keys_dir.mkdir(parents=True, exist_ok=True)
    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    _write_private(keys_dir / PRIVATE_KEY, private_pem)
    (keys_dir / PUBLIC_KEY).write_text(public_raw.hex() + "\n", encoding="ascii")
    return public_raw


def load_private_key(keys_dir: Path) -> Ed25519PrivateKey:
    data = (keys_dir / PRIVATE_KEY).read_bytes()
    key = serialization.load_pem_private_key(data, password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


def load_public_key_raw(keys_dir: Path) -> bytes:
    return bytes.fromhex((keys_dir / PUBLIC_KEY).read_text(encoding="ascii").strip())


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
