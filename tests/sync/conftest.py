"""A demo school and an empty municipality, each in its own data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.data_folder import DataFolder
from app.installation import Installation, MunicipalityInfo, create_municipality


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
