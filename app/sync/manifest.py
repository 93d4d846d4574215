"""The package manifest: what the package is, who signed it, and the sha256 of every member.

The signature covers the manifest's exact bytes (with a domain-separation prefix), and the
manifest covers the members through their hashes: changing any byte of any member, or of the
manifest, breaks the signature check.
"""

from __future__ import annotations

import json
import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from app.sync import texts
from app.sync.errors import PackageRefused
from app.sync.jsonsafe import loads

FORMAT_VERSION = 1

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
DATA = "data.json"
SUMMARY = "summary.pdf"
ENCRYPTED_SUFFIX = ".enc"
MEMBER_NAMES = frozenset(
    {MANIFEST, SIGNATURE, DATA, SUMMARY, DATA + ENCRYPTED_SUFFIX, SUMMARY + ENCRYPTED_SUFFIX}
)

Hex32 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class PackageKind(StrEnum):
    SCHOOL = "school"  # a school's snapshot, to the municipality
    RETURN = "return"  # the municipality's package for one school
    RECEIPT = "receipt"  # «package №N received», to the school


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Encryption(Strict):
    algorithm: str = "x25519-hkdf-sha256-chacha20poly1305"
    recipient_key: Hex32  # the recipient's X25519 public key
    ephemeral_key: Hex32  # this package's one-time X25519 public key


class Manifest(Strict):
    format: int = FORMAT_VERSION
    app_version: str
    kind: PackageKind
    sender_id: uuid.UUID
    sender_name: str = Field(max_length=500)
    recipient_id: uuid.UUID | None = None
    recipient_name: str = Field(default="", max_length=500)
    sequence: int = Field(ge=1)
    created_at: AwareDatetime
    signing_key: Hex32  # the sender's Ed25519 public key
    exchange_key: Hex32  # the sender's X25519 public key (so the recipient can encrypt back)
    encryption: Encryption | None = None
    receipt_for: int | None = Field(default=None, ge=1)  # receipts: the sequence received
    members: dict[str, Hex32]

    def to_bytes(self) -> bytes:
        return self.model_dump_json(indent=1).encode("utf-8")


def _version_of(data: object) -> tuple[int, str]:
    """The format and app version of a parsed manifest, read leniently: a newer format must
    be named as such even when the rest of its manifest is beyond this version's schema."""
    if not isinstance(data, dict):
        raise PackageRefused(texts.BAD_SCHEMA.format(detail="manifest"))
    version = data.get("format")
    app_version = data.get("app_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PackageRefused(texts.BAD_SCHEMA.format(detail="format"))
    return version, app_version if isinstance(app_version, str) else "?"


def parse_manifest(raw: bytes) -> Manifest:
    from pydantic import ValidationError

    data = loads(raw)
    version, app_version = _version_of(data)
    if version > FORMAT_VERSION:
        raise PackageRefused(texts.NEWER_FORMAT.format(version=app_version))
    try:
        return Manifest.model_validate(data)
    except ValidationError as err:
        raise PackageRefused(texts.BAD_SCHEMA.format(detail=first_problem(err))) from err


def first_problem(err: object) -> str:
    """Where pydantic found the first problem, as a path of field names (no English text)."""
    errors = err.errors() if hasattr(err, "errors") else []
    if not errors:
        return "?"
    location = ".".join(str(part) for part in errors[0].get("loc", ())) or "?"
    return location


def dumps(data: object) -> bytes:
    """Canonical JSON bytes (sorted keys, no spaces): the same data gives the same bytes."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
