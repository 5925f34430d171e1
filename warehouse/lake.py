"""The warehouse target `ducklake`: a DuckLake catalog in PostgreSQL with data files under a data path.

One setting switches it (GOVWATCH_TARGET=ducklake, default `duckdb` = the embedded file) for the loader, the
extractor and dbt (dbt_project/profiles.yml reads the same variables). The same SQL runs on both: tables come
from warehouse/schema.sql without constraints (warehouse.db.table_ddl), and rows are kept unique by anti-joins
on their natural keys (warehouse.rows), never by ON CONFLICT. The extensions come from the PyPI wheels pinned
for DuckDB 1.5.5 and are loaded from their files (runtime INSTALL cannot reach its server here):
`duckdb-extension-ducklake` and `duckdb-extension-postgres-scanner`.

Settings (environment):
  GOVWATCH_TARGET          duckdb (default) | ducklake
  GOVWATCH_LAKE_CATALOG    libpq DSN of the catalog database, e.g. "dbname=govwatch_lake host=127.0.0.1 port=5433"
  GOVWATCH_LAKE_DATA       data path: a local folder here; object storage (s3://bucket/prefix) in production

Interface for the orchestration (each call is one writer process; any number may run at once on the lake):
  con = warehouse.db.open_warehouse()                    the selected target, migrated (the lake: connect_lake());
                                                         migrate once before starting writers (a race to create
                                                         the tables is retried, but costs every writer a retry)
  warehouse.load.load_landing(con, root, shard=(i, n))   landing → raw for the sources with shard_of(source, n) == i
  warehouse.facts.extract_pending(con, shard=(i, n))     facts for the page versions of shard i of n
  warehouse.lake_workers.run_writers("load" | "extract", n, landing_root=…)   n such processes, their reports
Work that overlaps (two writers on the same shard, or without shards) is claimed first (PostgreSQL advisory
locks in the catalog database), so nothing is written twice; a DuckLake commit conflict re-runs that one
transaction; a writer killed mid-transaction leaves its transaction uncommitted and its claims released
(warehouse.writers). publish_serving_copy is a no-op on this target: BI attaches the lake READ_ONLY and reads
the last committed snapshot (`connect_lake(read_only=True)`), or an earlier one (`snapshot=` /
`AT (VERSION => n)`). `govwatch migrate` copies between the targets (warehouse.migrate).
"""
from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

import duckdb

LAKE = "lake"  # the catalog name every connection attaches the lake as


class LakeConfigError(RuntimeError):
    """The ducklake target is selected but its catalog or data path is not set, or an extension is missing."""


def extension_file(package: str, name: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise LakeConfigError(f"{package} is not installed (pip install {package.replace('_', '-')}==1.5.5)")
    root = Path(list(spec.submodule_search_locations)[0])
    found = sorted(root.glob(f"extensions/v{duckdb.__version__}/{name}.duckdb_extension")) \
        or sorted(root.glob(f"extensions/*/{name}.duckdb_extension"))
    if not found:
        raise LakeConfigError(f"no {name}.duckdb_extension for DuckDB {duckdb.__version__} in {root}")
    return found[0]


def load_extensions(con: duckdb.DuckDBPyConnection) -> None:
    for package, name in (("duckdb_extension_postgres_scanner", "postgres_scanner"),
                          ("duckdb_extension_ducklake", "ducklake")):
        con.execute(f"LOAD '{extension_file(package, name)}'")


@dataclass(frozen=True)
class LakeSettings:
    catalog_dsn: str
    data_path: str

    @classmethod
    def from_env(cls) -> "LakeSettings":
        dsn, data = os.environ.get("GOVWATCH_LAKE_CATALOG"), os.environ.get("GOVWATCH_LAKE_DATA")
        if not dsn or not data:
            raise LakeConfigError("GOVWATCH_TARGET=ducklake needs GOVWATCH_LAKE_CATALOG (a libpq DSN) and "
                                  "GOVWATCH_LAKE_DATA (a folder or an object-store URL)")
        return cls(dsn, data)

    def attach_sql(self, read_only: bool = False) -> str:
        options = [f"DATA_PATH '{self.data_path}'"] + (["READ_ONLY"] if read_only else [])
        return f"ATTACH 'ducklake:postgres:{self.catalog_dsn}' AS {LAKE} ({', '.join(options)})"


def target() -> str:
    value = (os.environ.get("GOVWATCH_TARGET") or "duckdb").lower()
    if value not in ("duckdb", "ducklake"):
        raise LakeConfigError(f"GOVWATCH_TARGET must be duckdb or ducklake, not {value!r}")
    return value


def connect_lake(settings: LakeSettings | None = None, *, read_only: bool = False,
                 snapshot: int | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake attached and selected; `snapshot` pins a reader to an earlier version."""
    settings = settings or LakeSettings.from_env()
    if settings.data_path and "://" not in settings.data_path:
        Path(settings.data_path).mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    load_extensions(con)
    sql = settings.attach_sql(read_only=read_only or snapshot is not None)
    if snapshot is not None:
        sql = sql[:-1] + f", SNAPSHOT_VERSION {int(snapshot)})"
    con.execute(sql)
    con.execute(f"USE {LAKE}")
    return con


def current_snapshot(con: duckdb.DuckDBPyConnection) -> int:
    """The id of the lake's latest committed snapshot (what a new reader sees)."""
    return con.execute(f"SELECT id FROM {LAKE}.current_snapshot()").fetchone()[0]


def snapshots(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """(snapshot_id, snapshot_time, changes) of the lake, oldest first."""
    return con.execute(f"SELECT snapshot_id, snapshot_time, changes FROM {LAKE}.snapshots() ORDER BY snapshot_id").fetchall()
