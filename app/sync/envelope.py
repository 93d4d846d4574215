"""Sealing members into a signed package and opening one: every check before any use."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.sync import texts
from app.sync.container import pack, unpack
from app.sync.crypto import decrypt_member, encrypt_members, raw_public, sign, verify
from app.sync.errors import PackageRefused
from app.sync.keyring import Keyring, PeerKeys
from app.sync.manifest import (
    ENCRYPTED_SUFFIX,
    MANIFEST,
    SIGNATURE,
    Encryption,
    Manifest,
    PackageKind,
    parse_manifest,
)
from app.version import APP_VERSION


@dataclass(frozen=True, slots=True)
class Sender:
    organisation_id: object
    name: str


def seal(
    keyring: Keyring,
    kind: PackageKind,
    sender: Sender,
    sequence: int,
    members: dict[str, bytes],
    recipient: PeerKeys | None = None,
    receipt_for: int | None = None,
) -> bytes:
    """The package's bytes: members (encrypted when the recipient's key is known), the
    manifest listing their hashes, and the signature over the manifest."""
    signing, exchange = keyring.signing_key(), keyring.exchange_key()
    encryption = None
    if recipient is not None:
        recipient_raw = bytes.fromhex(recipient.exchange_key)
        ephemeral, sealed = encrypt_members(recipient_raw, members)
        members = {name + ENCRYPTED_SUFFIX: data for name, data in sealed.items()}
        encryption = Encryption(recipient_key=recipient_raw.hex(), ephemeral_key=ephemeral.hex())
    manifest = Manifest(
        app_version=APP_VERSION,
        kind=kind,
        sender_id=sender.organisation_id,
        sender_name=sender.name,
        recipient_id=recipient.organisation_id if recipient else None,
        recipient_name=recipient.name if recipient else "",
        sequence=sequence,
        created_at=datetime.now(UTC),
        signing_key=raw_public(signing).hex(),
        exchange_key=raw_public(exchange).hex(),
        encryption=encryption,
        receipt_for=receipt_for,
        members={name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    )
    raw = manifest.to_bytes()
    return pack({MANIFEST: raw, SIGNATURE: sign(signing, raw), **members})


@dataclass(frozen=True, slots=True)
class OpenedPackage:
    manifest: Manifest
    digest: str  # sha256 of the whole file: the same file twice is recognised
    members: dict[str, bytes]  # decrypted, by their plain names

    @property
    def encrypted(self) -> bool:
        return self.manifest.encryption is not None

    @property
    def sender_keys(self) -> PeerKeys:
        kind = "school" if self.manifest.kind is PackageKind.SCHOOL else "municipality"
        return PeerKeys(
            organisation_id=str(self.manifest.sender_id),
            name=self.manifest.sender_name,
            kind=kind,
            signing_key=self.manifest.signing_key,
            exchange_key=self.manifest.exchange_key,
        )


def open_package(
    data: bytes, keyring: Keyring, check: Callable[[Manifest], None] | None = None
) -> OpenedPackage:
    """Check a package completely: container, manifest, signature, hashes, then decrypt.
    ``check`` sees the verified manifest before decryption (who the package is for)."""
    members = unpack(data)
    for required in (MANIFEST, SIGNATURE):
        if required not in members:
            raise PackageRefused(texts.MISSING_MEMBER.format(name=required))
    raw = members.pop(MANIFEST)
    manifest = parse_manifest(raw)
    verify(bytes.fromhex(manifest.signing_key), members.pop(SIGNATURE), raw)
    _check_members(manifest, members)
    if check is not None:
        check(manifest)
    if manifest.encryption is not None:
        members = _decrypt(manifest.encryption, members, keyring)
    return OpenedPackage(manifest, hashlib.sha256(data).hexdigest(), members)


def _check_members(manifest: Manifest, members: dict[str, bytes]) -> None:
    for name in manifest.members:
        if name not in members:
            raise PackageRefused(texts.MISSING_MEMBER.format(name=name))
    for name, data in members.items():
        expected = manifest.members.get(name)
        if expected is None:
            raise PackageRefused(texts.UNLISTED_MEMBER.format(name=name))
        if hashlib.sha256(data).hexdigest() != expected:
            raise PackageRefused(texts.HASH_MISMATCH.format(name=name))
        if name.endswith(ENCRYPTED_SUFFIX) != (manifest.encryption is not None):
            raise PackageRefused(texts.BAD_MEMBER_NAME.format(name=name))


def _decrypt(
    encryption: Encryption, members: dict[str, bytes], keyring: Keyring
) -> dict[str, bytes]:
    from app.sync.crypto import fingerprint

    own = keyring.exchange_key()
    if raw_public(own).hex() != encryption.recipient_key:
        recipient = fingerprint(bytes.fromhex(encryption.recipient_key))
        raise PackageRefused(texts.NOT_FOR_US_KEY.format(fingerprint=recipient))
    ephemeral = bytes.fromhex(encryption.ephemeral_key)
    return {
        name.removesuffix(ENCRYPTED_SUFFIX): decrypt_member(
            own, ephemeral, name.removesuffix(ENCRYPTED_SUFFIX), sealed
        )
        for name, sealed in members.items()
    }
