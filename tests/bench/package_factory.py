"""A seeded generator of distinct, believable, signed school packages.

Not N demo installations: one demo school's snapshot (and its summary PDF) is the template;
each package gets new ids (uuid5 of the template's ids in the package's own namespace), the
name, categories and people of a school of the demo district (app/demo/municipality_
variation.py), its own indicator values, and its own freshly generated keys, and is sealed
by the real :func:`app.sync.envelope.seal` (encrypted to the municipality when given).
"""

from __future__ import annotations

import re
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.demo.municipality_variation import Variant, district, rename, varied_target, varied_value
from app.sync.envelope import Sender, seal
from app.sync.keyring import Keyring, PeerKeys
from app.sync.manifest import DATA, SUMMARY, PackageKind, dumps
from app.sync.naming import school_package_name

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class Template:
    data: dict[str, Any]  # the snapshot's JSON form
    summary: bytes  # the annual summary PDF
    owned: frozenset[str]  # ids of the template school's rows (catalogue ids are shared)
    units: dict[str, str]  # indicator id -> unit


def make_template(today: date) -> Template:
    """The demo school's snapshot and summary, built in a temporary folder."""
    from app.data_folder import DataFolder
    from app.demo import create_demo_school
    from app.sync.outgoing import _summary_pdf, current_snapshot

    with tempfile.TemporaryDirectory(prefix="perekhod-template-") as folder:
        installation = create_demo_school(DataFolder(Path(folder) / "school"), today=today)
        try:
            data = current_snapshot(installation).to_json()
            summary = _summary_pdf(installation, today)
        finally:
            installation.close()
    owned = {data["organisation"]["id"]}
    for table in data["tables"].values():
        if "id" in table["columns"]:
            index = table["columns"].index("id")
            owned |= {row[index] for row in table["rows"]}
    return Template(data, summary, frozenset(owned), _indicator_units())


def _indicator_units() -> dict[str, str]:
    from app.indicators.catalogue import builtin_definitions
    from db.base import catalogue_id

    return {str(catalogue_id("indicator", d["code"])): d["unit"] for d in builtin_definitions()}


class GeneratedKeys(Keyring):
    """A keyring held in memory: a generated school's own key pairs."""

    def __init__(self) -> None:
        super().__init__(Path("/nonexistent"))
        self._signing = Ed25519PrivateKey.generate()
        self._exchange = X25519PrivateKey.generate()

    def signing_key(self) -> Ed25519PrivateKey:
        return self._signing

    def exchange_key(self) -> X25519PrivateKey:
        return self._exchange


def package(template: Template, variant: Variant, recipient: PeerKeys | None) -> tuple[str, bytes]:
    """(the school's name, the package's bytes) for one school of the district."""
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"perekhod-bench/{variant.seed}")
    school_id = str(uuid.uuid5(namespace, template.data["organisation"]["id"]))
    text = rename(dumps(_varied(template, variant)).decode("utf-8"), variant)
    owned = template.owned

    def new_id(match: re.Match[str]) -> str:
        found = match.group(0)
        return str(uuid.uuid5(namespace, found)) if found in owned else found

    data = UUID.sub(new_id, text).encode("utf-8")
    blob = seal(
        GeneratedKeys(),
        PackageKind.SCHOOL,
        Sender(uuid.UUID(school_id), variant.info.short_name),
        1,
        {DATA: data, SUMMARY: template.summary},
        recipient=recipient,
    )
    return variant.info.short_name, blob


def _varied(template: Template, variant: Variant) -> dict[str, Any]:
    data = dict(template.data)
    info = variant.info
    data["organisation"] = {
        **data["organisation"],
        **{name: getattr(info, name) for name in info.__slots__},
    }
    tables = dict(data["tables"])
    baselines = _baselines(tables["indicator_baseline"])
    tables["indicator_value"] = _values(tables["indicator_value"], baselines, template, variant)
    tables["indicator_baseline"] = _scaled_baselines(
        tables["indicator_baseline"], template, variant
    )
    data["tables"] = tables
    return data


def _baselines(table: dict[str, Any]) -> dict[str, float]:
    columns = table["columns"]
    at, value = columns.index("indicator_id"), columns.index("value")
    return {row[at]: row[value] for row in table["rows"]}


def _scaled_baselines(
    table: dict[str, Any], template: Template, variant: Variant
) -> dict[str, Any]:
    columns = table["columns"]
    at, value = columns.index("indicator_id"), columns.index("value")
    rows = []
    for row in table["rows"]:
        row = list(row)
        row[value] = varied_target(row[value], template.units.get(row[at], ""), variant)
        rows.append(row)
    return {"columns": columns, "rows": rows}


def _values(
    table: dict[str, Any], baselines: dict[str, float], template: Template, variant: Variant
) -> dict[str, Any]:
    columns = table["columns"]
    at, target, actual = (columns.index(c) for c in ("indicator_id", "target", "actual"))
    rows = []
    for row in table["rows"]:
        row = list(row)
        unit = template.units.get(row[at], "")
        base = baselines.get(row[at])
        if row[target] is not None:
            row[target] = varied_target(row[target], unit, variant)
        if row[actual] is not None and base is not None:
            row[actual] = varied_value(row[actual], base, unit, variant)
        rows.append(row)
    return {"columns": columns, "rows": rows}


def write_packages(
    template: Template,
    folder: Path,
    count: int,
    seed: int = 11,
    recipient: PeerKeys | None = None,
    today: date | None = None,
) -> list[Path]:
    """``count`` packages of distinct schools in ``folder`` (file names as a school's)."""
    paths = []
    for variant in district(count, seed):
        name, blob = package(template, variant, recipient)
        path = folder / school_package_name(name, today or date.today(), 1)
        path.write_bytes(blob)
        paths.append(path)
    return paths
