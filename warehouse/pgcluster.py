"""A PostgreSQL cluster of the project's own, in a folder of the data dir, on a loopback port.

The DuckLake catalog (warehouse/lake.py) and the Dagster instance on Postgres need a server; this starts
Debian's PostgreSQL (`apt-get install postgresql`, installed by run.sh scale-demo and .ci/run) without touching
the system cluster: `initdb` into <data dir>/postgres, listen on 127.0.0.1 only, trust auth for the local user.
PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine (install Debian's `postgresql`)."""


class PostgresFailed(RuntimeError):
    """PostgreSQL is installed but a command of the cluster (initdb, pg_ctl) failed; its output is the message."""


def server_bin_dir() -> Path:
    """Where initdb / pg_ctl / postgres live (Debian puts them in /usr/lib/postgresql/<major>/bin)."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    if not candidates:
        raise PostgresUnavailable("PostgreSQL is not installed (apt-get install postgresql)")
    return Path(candidates[0]).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LocalPostgres:
    """initdb (once), start, create a database, stop. `dsn(db)` is what DuckLake and dagster-postgres take."""

    directory: Path
    port: int = 0
    user: str = "govwatch"

    def __post_init__(self) -> None:
        self.directory = Path(self.directory)
        self.bin = server_bin_dir()
        self.port = self.port or self._saved_port() or free_port()
        self._as_root = os.geteuid() == 0

    @property
    def data(self) -> Path:
        return self.directory / "data"

    def dsn(self, dbname: str) -> str:
        return f"dbname={dbname} host=127.0.0.1 port={self.port} user={self.user}"

    def url(self, dbname: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def _saved_port(self) -> int | None:
        saved = self.directory / "port"
        return int(saved.read_text()) if saved.exists() else None

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self._as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if check and run.returncode != 0:
            raise PostgresFailed(f"{' '.join(args[:1])} in {self.directory} failed ({run.returncode}): "
                                      f"{(run.stderr or run.stdout).strip()[-2000:]}")
        return run

    def init(self) -> None:
        if (self.data / "PG_VERSION").exists():
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        if self._as_root:
            shutil.chown(self.directory, "postgres", "postgres")
            self._make_reachable()
        self._run("initdb", "-D", str(self.data), "-U", self.user, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        (self.directory / "port").write_text(str(self.port))
        if self._as_root:
            shutil.chown(self.directory / "port", "postgres", "postgres")

    def _make_reachable(self) -> None:
        """The server user must be able to walk down to its folder: add search (x) permission where missing."""
        for parent in reversed(self.directory.resolve().parents):
            mode = parent.stat().st_mode
            if not mode & 0o001:
                os.chmod(parent, mode | 0o001)

    def running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def start(self) -> "LocalPostgres":
        self.init()
        if not self.running():
            options = f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories='{self.directory}'" \
                      " -c max_connections=100 -c fsync=on"
            self._run("pg_ctl", "-D", str(self.data), "-l", str(self.directory / "server.log"), "-o", options,
                      "-w", "-t", "60", "start")
        self._wait()
        return self

    def _wait(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.2)
        raise PostgresUnavailable(f"PostgreSQL in {self.directory} did not listen on 127.0.0.1:{self.port}")

    def create_database(self, dbname: str) -> None:
        exists = self._psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{dbname}'")
        if exists.strip() != "1":
            self._psql("postgres", f'CREATE DATABASE "{dbname}"')

    def _psql(self, dbname: str, sql: str) -> str:
        psql = shutil.which("psql") or str(self.bin / "psql")
        run = subprocess.run([psql, "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, "-d", dbname,
                              "-tAc", sql], capture_output=True, text=True, timeout=60)
        if run.returncode != 0:
            raise PostgresUnavailable(f"psql {sql!r}: {run.stderr.strip()}")
        return run.stdout

    def stop(self) -> None:
        if self.running():
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)

    def __enter__(self) -> "LocalPostgres":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
