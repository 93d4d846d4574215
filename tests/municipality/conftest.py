"""The hand-built district (tests/municipality/district.py), built once and copied per test."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.data_folder import DataFolder
from app.installation import Installation, open_installation
from tests.municipality.district import District, build_district


@pytest.fixture(scope="session")
def district_template(tmp_path_factory: pytest.TempPathFactory) -> District:
    return build_district(tmp_path_factory.mktemp("district"))


@pytest.fixture
def district(district_template: District, tmp_path: Path) -> District:
    target = tmp_path / "municipality"
    shutil.copytree(district_template.folder.root, target)
    return dataclasses.replace(district_template, folder=DataFolder(target))


@pytest.fixture
def municipality(district: District) -> Iterator[Installation]:
    installation = open_installation(district.folder)
    yield installation
    installation.close()
