"""A demo school and an empty municipality, each in its own data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.data_folder import DataFolder
from app.installation import Installation, MunicipalityInfo, create_municipality
from app.sync.crypto import raw_public
from app.sync.keyring import Keyring, PeerKeys


@pytest.fixture
def municipality(tmp_path: Path) -> Iterator[Installation]:
    installation = create_municipality(
        DataFolder(tmp_path / "mun"), MunicipalityInfo(name="Отдел образования района")
    )
    yield installation
    installation.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def keys_of(installation: Installation, kind: str) -> PeerKeys:
    keyring = Keyring(installation.folder.keys)
    return PeerKeys(
        organisation_id=str(installation.scope.school_id),
        name=installation.state.display_name,
        kind=kind,
        signing_key=raw_public(keyring.signing_key()).hex(),
        exchange_key=raw_public(keyring.exchange_key()).hex(),
    )
