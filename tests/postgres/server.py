"""A throw-away PostgreSQL server on a temp folder and a free port, for tests and benchmarks.

No pytest here: ``tests/bench`` scripts use it too. Typical use::

    with PostgresServer() as server:
        server.create_database("demo")
        url = server.url("demo")

initdb and pg_ctl refuse to run as root: as root every server command runs as the
``postgres`` user (``runuser -u postgres --``) on a folder that user owns. A server is
stopped by :meth:`PostgresServer.stop`, at interpreter exit, and — should the process be
killed outright — by a small watchdog process that notices its parent is gone.

``PEREKHOD_TEST_PG_BINDIR`` names the folder of the server binaries (initdb, pg_ctl,
postgres) instead of looking for them; a folder without them makes the tests skip.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BINDIR_VARIABLE = "PEREKHOD_TEST_PG_BINDIR"
SERVER_USER = "postgres"
HOST = "127.0.0.1"
_NEEDED = ("initdb", "pg_ctl", "postgres")
_SETTINGS = {
    "listen_addresses": f"'{HOST}'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "100",
    "shared_buffers": "64MB",
    "log_min_messages": "warning",
    "logging_collector": "off",
}

# Runs beside the test process with a pipe from it: end of file without a "done" line
# means the parent died, so the server is shut down (SIGQUIT = immediate) and removed.
_WATCHDOG = r"""
import os, shutil, signal, sys, time
folder = sys.argv[1]
if sys.stdin.read().strip() == "done":
    sys.exit(0)
try:
    with open(os.path.join(folder, "data", "postmaster.pid")) as handle:
        pid = int(handle.readline())
    os.kill(pid, signal.SIGQUIT)
    for _ in range(100):  # until it is gone or a zombie (then its files are closed)
        with open(f"/proc/{pid}/stat") as stat:
            if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                break
        time.sleep(0.1)
except (OSError, ValueError, IndexError):
    pass
shutil.rmtree(folder, ignore_errors=True)
"""


def _has_server(folder: Path) -> bool:
    return all(os.access(folder / name, os.X_OK) for name in _NEEDED)


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", Path(path).parent.name)) or (0,)


def find_bindir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None.

    ``PEREKHOD_TEST_PG_BINDIR`` if set (and only it), else ``pg_config --bindir`` (which
    may belong to libpq-dev alone, without a server), else the newest
    /usr/lib/postgresql/*/bin, else the PATH.
    """
    forced = os.environ.get(BINDIR_VARIABLE)
    if forced:
        return Path(forced) if _has_server(Path(forced)) else None
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True
            ).stdout.strip()
            if out:
                candidates.append(Path(out))
    candidates += [
        Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key)[::-1]
    ]
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    return next((c for c in candidates if _has_server(c)), None)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class PostgresServer:
    """One PostgreSQL server of our own: ``start()``, ``url(name)``, databases, ``stop()``."""

    def __init__(self, bindir: Path | None = None) -> None:
        self.bindir = bindir or find_bindir()
        self.folder: Path | None = None
        self.port: int | None = None
        self.version: int | None = None  # server_version_num, e.g. 150013
        self._watchdog: subprocess.Popen | None = None

    @classmethod
    def available(cls, bindir: Path | None = None) -> str | None:
        """None when a server can be started here; otherwise why not (a skip reason)."""
        bindir = bindir or find_bindir()
        if bindir is None:
            hidden = os.environ.get(BINDIR_VARIABLE)
            where = (
                f"{BINDIR_VARIABLE}={hidden}" if hidden else "pg_config, /usr/lib/postgresql, PATH"
            )
            return f"no PostgreSQL server binaries (initdb, pg_ctl, postgres) found in {where}"
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                return "running as root but runuser is missing (initdb refuses root)"
            try:
                import pwd

                pwd.getpwnam(SERVER_USER)
            except KeyError:
                return f"running as root and there is no '{SERVER_USER}' user to run initdb as"
        try:
            import psycopg  # noqa: F401
        except ImportError:
            return "psycopg 3 is not installed"
        return None

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> PostgresServer:
        """initdb on a new temp folder and start the server; returns self."""
        reason = self.available(self.bindir)
        if reason:
            raise RuntimeError(reason)
        if self.folder is not None:
            return self
        self.folder = Path(tempfile.mkdtemp(prefix="perekhod-pg-", dir="/tmp"))
        atexit.register(self.stop)
        self._start_watchdog(_WATCHDOG)
        self._boot(fresh=True)
        return self

    def _boot(self, fresh: bool) -> None:
        """initdb a ``fresh`` folder, start the server on it and read its version; a
        failure stops it again."""
        assert self.folder is not None
        try:
            if os.geteuid() == 0:
                shutil.chown(self.folder, SERVER_USER, SERVER_USER)
            if fresh:
                self._initdb()
                self._configure()
            self._pg_ctl_start()
            self.version = self._query_version()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the server at once (its data is thrown away) and remove the folder."""
        folder, self.folder = self.folder, None
        if folder is None:
            return
        if (folder / "data" / "postmaster.pid").exists():
            result = self._run(
                [self._bin("pg_ctl"), "stop", "-D", str(folder / "data"), "-m", "immediate", "-w"],
                check=False,
                cwd=folder,
            )
            if result.returncode != 0:
                self._kill_postmaster(folder)
        shutil.rmtree(folder, ignore_errors=True)
        self._end_watchdog()
        self.port = None
        with contextlib.suppress(Exception):
            atexit.unregister(self.stop)

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- databases ----------------------------------------------------------------------

    def url(self, dbname: str) -> str:
        """The SQLAlchemy URL of ``dbname`` on this server (psycopg 3, trust auth)."""
        self._require_started()
        return f"postgresql+psycopg://{SERVER_USER}@{HOST}:{self.port}/{dbname}"

    def connect(self, dbname: str = "postgres"):
        """A plain psycopg connection in autocommit mode (close it yourself)."""
        import psycopg

        self._require_started()
        return psycopg.connect(
            host=HOST, port=self.port, user=SERVER_USER, dbname=dbname, autocommit=True
        )

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create ``name`` (a copy of ``template`` if given: nobody may be connected to
        the template meanwhile); returns its URL."""
        from psycopg import sql

        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        with self.connect() as conn:
            conn.execute(statement)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop ``name`` if it exists, ending its sessions first (PostgreSQL 13+)."""
        from psycopg import sql

        statement = sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name))
        if (self.version or 0) >= 130000:
            statement += sql.SQL(" WITH (FORCE)")
        with self.connect() as conn:
            conn.execute(statement)

    # -- internals ----------------------------------------------------------------------

    def _require_started(self) -> None:
        if self.folder is None or self.port is None:
            raise RuntimeError("the PostgreSQL server is not started")

    def _bin(self, name: str) -> str:
        assert self.bindir is not None
        return str(self.bindir / name)

    def _run(
        self, command: list[str], *, check: bool = True, cwd: Path | None = None
    ) -> subprocess.CompletedProcess:
        if os.geteuid() == 0:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        env = {**os.environ, "LC_MESSAGES": "C"}
        env.pop("PGDATA", None)
        result = subprocess.run(
            command,
            cwd=cwd or self.folder,  # postgres may not enter the caller's folder
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if check and result.returncode != 0:
            raise RuntimeError(
                f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
            )
        return result

    def _initdb(self) -> None:
        assert self.folder is not None
        base = [self._bin("initdb"), "-D", str(self.folder / "data"), "-U", SERVER_USER]
        base += ["--auth=trust", "-E", "UTF8", "--no-sync"]
        # C.UTF-8 lets lower()/upper() handle Cyrillic; machines without it get plain C.
        result = self._run([*base, "--locale=C.UTF-8"], check=False)
        if result.returncode != 0:
            shutil.rmtree(self.folder / "data", ignore_errors=True)
            self._run([*base, "--no-locale"])

    def _configure(self) -> None:
        assert self.folder is not None
        settings = {**_SETTINGS, "unix_socket_directories": f"'{self.folder}'"}
        lines = "".join(f"{key} = {value}\n" for key, value in settings.items())
        with open(self.folder / "data" / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("\n# perekhod tests\n" + lines)

    def _pg_ctl_start(self) -> None:
        assert self.folder is not None
        data, log = self.folder / "data", self.folder / "server.log"
        last_error = ""
        for _attempt in range(5):  # another process may take the free port first
            port = _free_port()
            command = [self._bin("pg_ctl"), "start", "-w", "-t", "60", "-D", str(data)]
            command += ["-l", str(log), "-o", f"-p {port}"]
            result = self._run(command, check=False)
            if result.returncode == 0:
                self.port = port
                return
            last_error = result.stdout + result.stderr
            with contextlib.suppress(OSError):
                last_error += log.read_text(encoding="utf-8", errors="replace")[-2000:]
            if "could not bind" not in last_error and "already in use" not in last_error:
                break
        raise RuntimeError(f"pg_ctl start failed:\n{last_error}")

    def _query_version(self) -> int:
        with self.connect() as conn:
            return conn.info.server_version

    def _start_watchdog(self, script: str) -> None:
        """``script`` runs beside this process and acts on the server should it die."""
        assert self.folder is not None
        self._watchdog = subprocess.Popen(
            [sys.executable, "-c", script, str(self.folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # outlives a kill of the test run's process group
        )

    def _end_watchdog(self) -> None:
        """The server is stopped: tell the watchdog it has nothing to do."""
        if self._watchdog is None:
            return
        with contextlib.suppress(OSError):
            self._watchdog.stdin.write(b"done\n")
            self._watchdog.stdin.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._watchdog.wait(timeout=5)
        self._watchdog = None

    @staticmethod
    def _kill_postmaster(folder: Path) -> None:
        with contextlib.suppress(OSError, ValueError):
            pid = int((folder / "data" / "postmaster.pid").read_text().split("\n", 1)[0])
            os.kill(pid, signal.SIGQUIT)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                os.kill(pid, 0)
                time.sleep(0.1)
