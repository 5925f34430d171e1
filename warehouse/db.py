"""DuckDB connections and the schema migration."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import duckdb

SCHEMA_FILE = Path(__file__).with_name("schema.sql")
SCHEMA_VERSION = 1


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(path), read_only=read_only)


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Create what is missing; never drops or rewrites data."""
    con.execute(SCHEMA_FILE.read_text(encoding="utf-8"))
    con.execute(
        "INSERT INTO meta.schema_version VALUES (?, ?) ON CONFLICT DO NOTHING",
        [SCHEMA_VERSION, datetime.now(timezone.utc).replace(tzinfo=None)],
    )


def open_warehouse(path: str | Path) -> duckdb.DuckDBPyConnection:
    con = connect(path)
    migrate(con)
    return con
