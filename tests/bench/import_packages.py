"""Import benchmark: N distinct signed, encrypted school packages into an empty municipality.

Packages come from the seeded generator (tests/bench/package_factory.py: one demo school's
snapshot with new ids, names, people and values per school; its time is not measured).
Floor, measured in the same run on the same files: reading each file, verifying it (zip,
manifest, sha256 of the members, Ed25519 signature), decrypting it and parsing its data
JSON — what any import must do. Import: :func:`app.sync.receive.receive` of every file,
the municipality's real path (checks, validation, one transaction per package).
Budget: ≤ 30 s for 500 packages and ratio ≤ 10. Last line: ``ratio <import/floor>``.

    uv run python tests/bench/import_packages.py [--packages 500] [--seed 11]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.data_folder import DataFolder
from app.installation import Installation, MunicipalityInfo, create_municipality
from app.sync.container import read_package_file
from app.sync.crypto import raw_public
from app.sync.envelope import open_package
from app.sync.keyring import Keyring, PeerKeys
from app.sync.manifest import DATA
from app.sync.receive import Outcome, receive
from tests.bench.package_factory import make_template, write_packages

TODAY = date(2026, 11, 23)


def municipality_keys(installation: Installation) -> PeerKeys:
    keyring = Keyring(installation.folder.keys)
    return PeerKeys(
        organisation_id=str(installation.scope.school_id),
        name=installation.state.display_name,
        kind="municipality",
        signing_key=raw_public(keyring.signing_key()).hex(),
        exchange_key=raw_public(keyring.exchange_key()).hex(),
    )


def floor(files: list[Path], keyring: Keyring) -> int:
    """Read, verify, decrypt and parse every file, one at a time; the rows seen."""
    rows = 0
    for path in files:
        opened = open_package(read_package_file(path), keyring)
        data = json.loads(opened.members[DATA])
        rows += sum(len(t["rows"]) for t in data["tables"].values())
    return rows


def school_count(installation: Installation) -> int:
    from sqlalchemy import func, select

    from db.base import Base

    table = Base.metadata.tables["organisation"]
    with installation.db.engine.connect() as connection:
        query = select(func.count()).where(table.c.kind == "school")
        return connection.scalar(query.where(table.c.is_own.is_(False)))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", type=int, default=500)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="perekhod-bench-") as temporary:
        root = Path(temporary)
        started = time.perf_counter()
        template = make_template(TODAY)
        municipality = create_municipality(
            DataFolder(root / "municipality"), MunicipalityInfo(name="Отдел образования района")
        )
        stick = root / "stick"
        stick.mkdir()
        files = write_packages(
            template, stick, args.packages, args.seed, municipality_keys(municipality), TODAY
        )
        size = sum(p.stat().st_size for p in files) / len(files) / 1024
        print(f"generator: {len(files)} packages of {size:.0f} KB on average")
        print(f"generator: {time.perf_counter() - started:.2f} s (not measured)")

        keyring = Keyring(municipality.folder.keys)
        started = time.perf_counter()
        rows = floor(files, keyring)
        floor_time = time.perf_counter() - started
        print(f"floor (read, verify, decrypt, parse): {floor_time:.3f} s, {rows} rows")

        before = peak_mb()
        started = time.perf_counter()
        verdicts = receive(municipality, files)
        import_time = time.perf_counter() - started
        refused = [v for v in verdicts if v.outcome is not Outcome.ACCEPTED]
        if refused:
            print(f"refused: {refused[0].file.name}: {refused[0].reason}", file=sys.stderr)
            return 1
        held = school_count(municipality)
        municipality.close()
        if held != len(files):
            print(f"the municipality holds {held} schools, not {len(files)}", file=sys.stderr)
            return 1
        each = import_time / len(files) * 1000
        print(f"import: {import_time:.3f} s, {held} schools, {each:.1f} ms each")
        print(f"peak memory: {before:.0f} MB before the import, {peak_mb():.0f} MB after")
        print(f"ratio {import_time / floor_time:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
