"""DuckDB connections and the schema migration."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import duckdb

SCHEMA_FILE = Path(__file__).with_name("schema.sql")
SCHEMA_VERSION = 2
# Changes CREATE TABLE IF NOT EXISTS cannot make to a warehouse created by an earlier version.
MIGRATIONS = {
    2: [  # targets stated as a relation (与经济增长同步) have no value and no unit
        "ALTER TABLE facts.target_mentions ALTER COLUMN value DROP NOT NULL",
        "ALTER TABLE facts.target_mentions ALTER COLUMN unit DROP NOT NULL",
    ],
}


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(path), read_only=read_only)


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Create what is missing; never drops or rewrites data."""
    con.execute(SCHEMA_FILE.read_text(encoding="utf-8"))
    applied = {row[0] for row in con.execute("SELECT version FROM meta.schema_version").fetchall()}
    for version in range(1, SCHEMA_VERSION + 1):
        if version in applied:
            continue
        if applied:  # an older warehouse: bring it up; a new one was created at the current version
            for statement in MIGRATIONS.get(version, []):
                con.execute(statement)
        con.execute("INSERT INTO meta.schema_version VALUES (?, ?) ON CONFLICT DO NOTHING",
                    [version, datetime.now(timezone.utc).replace(tzinfo=None)])


def open_warehouse(path: str | Path) -> duckdb.DuckDBPyConnection:
    con = connect(path)
    migrate(con)
    return con
