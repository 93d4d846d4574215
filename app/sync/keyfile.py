"""The small public-key file an installation hands out («Ключ_….perekhod-key»): its
organisation, both public keys, signed by itself. People compare the fingerprint."""

from __future__ import annotations

import json
from pathlib import Path

from app.files import write_atomically
from app.installation import Installation
from app.sync import texts
from app.sync.crypto import KEY_FILE_DOMAIN, raw_public, sign, verify
from app.sync.errors import PackageRefused
from app.sync.jsonsafe import loads
from app.sync.keyring import PeerKeys, keyring_of
from app.sync.naming import name_part

SUFFIX = ".perekhod-key"


class KeyChanged(PackageRefused):
    """The school holds another municipality key: a person must compare both fingerprints."""


MAX_KEY_FILE = 64 * 1024


def own_keys(installation: Installation) -> PeerKeys:
    keyring = keyring_of(installation)
    return PeerKeys(
        organisation_id=str(installation.scope.school_id),
        name=installation.state.display_name,
        kind=installation.mode.value,
        signing_key=raw_public(keyring.signing_key()).hex(),
        exchange_key=raw_public(keyring.exchange_key()).hex(),
    )


def write_key_file(installation: Installation, folder: Path) -> Path:
    keys = own_keys(installation)
    body = {
        "format": 1,
        "organisation_id": keys.organisation_id,
        "name": keys.name,
        "kind": keys.kind,
        "signing_key": keys.signing_key,
        "exchange_key": keys.exchange_key,
    }
    raw = json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")
    signature = sign(keyring_of(installation).signing_key(), raw, KEY_FILE_DOMAIN)
    document = {"key": body, "signature": signature.hex()}
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    return write_atomically(folder / f"Ключ_{name_part(keys.name)}{SUFFIX}", data, read_back=True)


def read_key_file(path: Path) -> PeerKeys:
    from app.sync.container import read_package_file

    data = read_package_file(path)
    if len(data) > MAX_KEY_FILE:
        raise PackageRefused(texts.KEY_FILE_BAD)
    document = loads(data)
    try:
        body = document["key"]
        raw = json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")
        signature = bytes.fromhex(document["signature"])
        keys = PeerKeys(
            organisation_id=str(body["organisation_id"]),
            name=str(body["name"]),
            kind=str(body["kind"]),
            signing_key=str(body["signing_key"]),
            exchange_key=str(body["exchange_key"]),
        )
        verify(bytes.fromhex(keys.signing_key), signature, raw, KEY_FILE_DOMAIN)
        bytes.fromhex(keys.exchange_key)
    except (KeyError, TypeError, ValueError) as err:
        raise PackageRefused(texts.KEY_FILE_BAD) from err
    except PackageRefused as err:
        raise PackageRefused(texts.KEY_FILE_BAD) from err
    return keys


def load_municipality_key(
    installation: Installation, path: Path, replace: bool = False
) -> PeerKeys:
    """Pin the municipality's keys from its key file (a changed key only with ``replace``,
    after a person compared both fingerprints)."""
    keys = read_key_file(path)
    if keys.kind != "municipality":
        raise PackageRefused(texts.KEY_FILE_NOT_MUNICIPALITY)
    keyring = keyring_of(installation)
    held = keyring.municipality()
    if held is not None and held.signing_key != keys.signing_key and not replace:
        raise PackageRefused(
            texts.KEY_FILE_OTHER.format(old=held.fingerprint, new=keys.fingerprint)
        )
    if held is not None and held.organisation_id != keys.organisation_id:
        keyring.unpin(held.organisation_id)
    keyring.pin(keys)
    return keys


def trust(installation: Installation, fingerprint_text: str) -> PeerKeys:
    """Accept a changed key seen in a refused package, by the fingerprint people compared."""
    from app.sync.crypto import normalise_fingerprint

    fingerprint = normalise_fingerprint(fingerprint_text)
    keyring = keyring_of(installation)
    pending = keyring.pending(fingerprint)
    if pending is None:
        raise PackageRefused(texts.NO_PENDING_KEY.format(fingerprint=fingerprint))
    if pending.kind == "municipality":  # a school trusts one municipality
        for held in keyring.all_pinned():
            if held.kind == "municipality" and held.organisation_id != pending.organisation_id:
                keyring.unpin(held.organisation_id)
    keyring.pin(pending)
    return pending
