"""Signatures (Ed25519) and encryption (X25519 + HKDF-SHA256 + ChaCha20-Poly1305) of packages.

Every signature is over a domain-separation prefix and the manifest's exact bytes, so a
signature made by the same key for anything else can never pass as a package signature.
"""

from __future__ import annotations

import hashlib
import os

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.sync import texts
from app.sync.errors import PackageRefused

SIGNATURE_DOMAIN = b"perekhod/package-manifest/v1\x00"
KEY_FILE_DOMAIN = b"perekhod/public-key-file/v1\x00"
ENCRYPTION_INFO = b"perekhod/package-members/v1"
NONCE_BYTES = 12


def raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def sign(key: Ed25519PrivateKey, manifest: bytes, domain: bytes = SIGNATURE_DOMAIN) -> bytes:
    return key.sign(domain + manifest)


def verify(
    public_raw: bytes, signature: bytes, manifest: bytes, domain: bytes = SIGNATURE_DOMAIN
) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, domain + manifest)
    except (InvalidSignature, ValueError) as err:
        raise PackageRefused(texts.BAD_SIGNATURE) from err


def fingerprint(public_raw: bytes) -> str:
    """What people compare: the first 128 bits of the key's sha256, in groups of four."""
    digest = hashlib.sha256(public_raw).hexdigest()[:32].upper()
    return texts.FINGERPRINT_GROUP.join(digest[i : i + 4] for i in range(0, 32, 4))


def normalise_fingerprint(text: str) -> str:
    digits = "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
    return texts.FINGERPRINT_GROUP.join(digits[i : i + 4] for i in range(0, len(digits), 4))


def _member_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> ChaCha20Poly1305:
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=ENCRYPTION_INFO + ephemeral + recipient,
    ).derive(shared)
    return ChaCha20Poly1305(key)


def encrypt_members(
    recipient_raw: bytes, members: dict[str, bytes]
) -> tuple[bytes, dict[str, bytes]]:
    """Encrypt each member to the recipient with a fresh one-time key; the member's name is
    bound as associated data (members cannot be swapped). Returns the one-time public key."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = raw_public(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_raw))
    aead = _member_key(shared, ephemeral_raw, recipient_raw)
    sealed = {}
    for name, data in members.items():
        nonce = os.urandom(NONCE_BYTES)
        sealed[name] = nonce + aead.encrypt(nonce, data, name.encode())
    return ephemeral_raw, sealed


def decrypt_member(own: X25519PrivateKey, ephemeral_raw: bytes, name: str, sealed: bytes) -> bytes:
    try:
        shared = own.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
        aead = _member_key(shared, ephemeral_raw, raw_public(own))
        return aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], name.encode())
    except (InvalidTag, ValueError) as err:
        raise PackageRefused(texts.DECRYPT_FAILED) from err
