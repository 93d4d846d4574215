"""Hub import benchmark: N demo school packages into PostgreSQL with one importer and with
two at once, against the same files into SQLite; then the consolidated views over them.

Packages: the seeded generator (tests/bench/package_factory.py), signed and encrypted to
the municipality's exchange key, with their summary PDFs. Making 1,500 takes about a minute
(and ~900 MB), so they are kept in a cache folder in the temp directory and reused by the
next run with the same ``--schools`` and ``--seed`` (``--fresh`` makes them again). The
cache keeps the X25519 key they are encrypted to; each new installation below is given
that key (keys/exchange.key) in place of the one it generated — the only liberty taken.

Measured, each in fresh installations, each importer a real ``perekhod import-package``
process started with its files after the process is up (the time runs from the start
signal until the last importer exits):

- SQLite: one importer, every file, into a new municipality (the floor);
- PostgreSQL, 1 importer: every file into a new hub (``init municipality --database-url``);
- PostgreSQL, 2 importers: a new hub with a second PC (``export-key --private`` /
  ``import-key``); each PC imports its own half of the stack, as two methodologists with
  their own USB sticks do;
- consolidated views on PostgreSQL over the N schools (the 2-importer hub): every view of
  «Сводные данные» opened as the user waits for it — the section
  (ui/municipality/consolidated_section.py, offscreen) asked for the view, its worker
  reading it, its table models filled and columns fitted — first opening and the median of
  three more; beside it, the data alone (``consolidated_view``, median of three); see
  tests/bench/hub_views.py.

The PostgreSQL server is our own (tests/postgres/server.py: a temp folder, fsync off — the
same for every database here). Budgets for 1,500 packages: PostgreSQL with 2 importers
≤ 5 minutes and ≤ 1.5 × SQLite; every consolidated view ≤ 2 s.
Last line of a full run: ``ratio <PostgreSQL with 2 importers / SQLite>``.

    uv run python tests/bench/import_postgres.py [--schools 1500] [--seed 11] [--fresh]
        [--keep-server DIR [--views-only]]

``--keep-server DIR``: the PostgreSQL server's data folder (DIR/pg) and the 2-importer
hub's data folders (DIR/hub/pc1, pc2) are kept in DIR after the run (the server stopped),
to work on the views over a full hub without importing again; a full run replaces the hub
kept there. DIR's parent folders must let the ``postgres`` user pass (as under /tmp); DIR
itself is made passable.
``--views-only`` (with ``--keep-server``): no imports; the server kept in DIR is started
again and only the consolidated views over its hub are timed (no ratio line then).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.data_folder import DataFolder  # noqa: E402
from app.sync.keyring import EXCHANGE_KEY, PeerKeys  # noqa: E402
from tests.bench.hub_views import (  # noqa: E402
    KEPT_HUB,
    KeptServer,
    consolidated_times,
    keep_hub,
    kept_hub,
    print_views,
)
from tests.postgres.server import PostgresServer  # noqa: E402
from tests.postgres.together import timed_together  # noqa: E402

TODAY = date(2026, 11, 23)
CACHE_FORMAT = 1
PASSPHRASE = "бенчмарк центра 2026"
TIMEOUT = 3600


# -- packages ------------------------------------------------------------------------------


def _schema_head() -> str:
    from db.migrate import script_directory

    return "-".join(sorted(script_directory().get_heads()))


def cached_packages(schools: int, seed: int, fresh: bool) -> tuple[Path, list[Path]]:
    """(the cache folder, its package files): made now unless a complete cache exists."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from app.sync.crypto import raw_public
    from tests.bench.package_factory import make_template, write_packages

    name = f"perekhod-bench-import-postgres-{CACHE_FORMAT}-{_schema_head()}-{schools}-{seed}"
    cache = Path(tempfile.gettempdir()) / name
    done = cache / "complete.json"
    if done.exists() and not fresh:
        files = [cache / "stack" / n for n in json.loads(done.read_text(encoding="utf-8"))]
        if all(f.exists() for f in files):
            print(f"packages: {len(files)} reused from {cache}")
            return cache, files
    shutil.rmtree(cache, ignore_errors=True)
    (cache / "stack").mkdir(parents=True)
    started = time.perf_counter()
    key = X25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    (cache / EXCHANGE_KEY).write_bytes(pem)
    recipient = PeerKeys(
        organisation_id=str(uuid.uuid4()),
        name="Отдел образования района",
        kind="municipality",
        signing_key="00" * 32,
        exchange_key=raw_public(key).hex(),
    )
    files = write_packages(make_template(TODAY), cache / "stack", schools, seed, recipient, TODAY)
    done.write_text(json.dumps([f.name for f in files]), encoding="utf-8")
    size = sum(f.stat().st_size for f in files) / 2**20
    took = time.perf_counter() - started
    print(f"packages: {len(files)} made in {took:.1f} s ({size:.0f} MB), cached in {cache}")
    return cache, files


def give_key(cache: Path, folder: Path) -> None:
    """The installation in ``folder`` decrypts with the key the packages were sealed to."""
    shutil.copyfile(cache / EXCHANGE_KEY, folder / "keys" / EXCHANGE_KEY)


# -- processes -----------------------------------------------------------------------------


def cli(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", "from app.cli import main; raise SystemExit(main())", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} failed: {done.stderr.strip()[-2000:]}")
    return done.stdout


def timed_imports(stacks: list[tuple[Path, list[Path]]], signals: Path) -> float:
    """Run ``import-package`` once per (data folder, files), all released at once when
    every process is up; seconds until the last one ends. Every file must be accepted."""
    commands = [
        ["import-package", "--data-dir", str(folder), *map(str, files)] for folder, files in stacks
    ]
    outputs, took = timed_together(commands, signals, TIMEOUT)
    for done, (_folder, files) in zip(outputs, stacks, strict=True):
        accepted = sum(line.endswith(": принят") for line in done.stdout.splitlines())
        if done.returncode != 0 or accepted != len(files):
            refused = [line for line in done.stdout.splitlines() if not line.endswith(": принят")]
            raise RuntimeError(
                f"{accepted} of {len(files)} accepted: {refused[:3]} {done.stderr[-1000:]}"
            )
    return took


def school_count(folder: DataFolder) -> int:
    from sqlalchemy import func, select

    from app.installation import open_installation
    from db.lean_tables import organisation

    installation = open_installation(folder)
    try:
        with installation.db.engine.connect() as connection:
            query = select(func.count()).where(organisation.c.kind == "school")
            return connection.scalar(query)
    finally:
        installation.close()


# -- installations -------------------------------------------------------------------------


def sqlite_municipality(root: Path, cache: Path) -> Path:
    folder = root / "sqlite"
    cli("init", "municipality", "--data-dir", str(folder), "--name", "Отдел образования района")
    give_key(cache, folder)
    return folder


def hub(server: PostgresServer, root: Path, cache: Path, pcs: int) -> list[Path]:
    """A new hub database with ``pcs`` PCs (data folders) set up as an administrator does."""
    url = server.create_database(root.name)
    first = root / "pc1"
    cli("init", "municipality", "--data-dir", str(first), "--name", "Отдел образования района",
        "--database-url", url)  # fmt: skip
    folders = [first]
    if pcs > 1:
        env = {**os.environ, "PEREKHOD_KEY_PASSPHRASE": PASSPHRASE}
        stick = root / "stick"
        stick.mkdir()
        key_file = cli(
            "export-key", "--data-dir", str(first), "--to", str(stick), "--private", env=env
        ).strip()
        for number in range(2, pcs + 1):
            folder = root / f"pc{number}"
            cli("--database-url", url, "import-key", "--data-dir", str(folder), key_file, env=env)
            folders.append(folder)
    for folder in folders:
        give_key(cache, folder)
    return folders


def views_only(keep: Path) -> int:
    if not (keep / KEPT_HUB).exists():
        print(f"no hub kept in {keep}: run with --keep-server {keep} first", file=sys.stderr)
        return 1
    with KeptServer(keep / "pg") as server:
        folder = kept_hub(keep, server)
        print(f"PostgreSQL {server.version}; the hub kept in {keep}: "
              f"{school_count(folder)} schools, {os.cpu_count()} CPUs")  # fmt: skip
        print_views(consolidated_times(folder, TODAY))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--fresh", action="store_true", help="make the packages again")
    parser.add_argument(
        "--keep-server",
        type=Path,
        metavar="DIR",
        help="keep the PostgreSQL server and the 2-importer hub in DIR",
    )
    parser.add_argument(
        "--views-only",
        action="store_true",
        help="only time the views over the hub kept by --keep-server DIR",
    )
    args = parser.parse_args(argv)
    if args.views_only and args.keep_server is None:
        parser.error("--views-only needs --keep-server DIR")
    reason = PostgresServer.available()
    if reason:
        print(f"cannot start PostgreSQL: {reason}", file=sys.stderr)
        return 1
    keep = args.keep_server.resolve() if args.keep_server else None
    if args.views_only:
        return views_only(keep)
    cache, files = cached_packages(args.schools, args.seed, args.fresh)
    half = len(files) // 2
    server = KeptServer(keep / "pg") if keep else PostgresServer()
    with tempfile.TemporaryDirectory(prefix="perekhod-bench-") as temporary, server:
        root = Path(temporary)
        print(f"PostgreSQL {server.version}; {len(files)} packages, {os.cpu_count()} CPUs")
        if keep:  # the hub kept by a previous run is replaced
            (keep / KEPT_HUB).unlink(missing_ok=True)
            for name in ("hub_one", "hub_two"):
                server.drop_database(name)

        folder = sqlite_municipality(root, cache)
        sqlite_time = timed_imports([(folder, files)], root / "signals")
        assert school_count(DataFolder(folder)) == len(files)
        print(f"SQLite, 1 importer: {sqlite_time:.1f} s")

        (single,) = hub(server, root / "hub_one", cache, pcs=1)
        one_time = timed_imports([(single, files)], root / "signals")
        assert school_count(DataFolder(single)) == len(files)
        print(f"PostgreSQL, 1 importer: {one_time:.1f} s")

        first, second = hub(server, root / "hub_two", cache, pcs=2)
        stacks = [(first, files[:half]), (second, files[half:])]
        two_time = timed_imports(stacks, root / "signals")
        assert school_count(DataFolder(first)) == len(files)
        print(f"PostgreSQL, 2 importers (a half each): {two_time:.1f} s")

        print_views(consolidated_times(DataFolder(first), TODAY))
        if keep:
            server.drop_database("hub_one")
            keep_hub(keep, root / "hub_two", len(files))
            print(f"the server and the hub are kept in {keep}")
    print(f"ratio {two_time / sqlite_time:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
