"""DuckDB connections, the schema migration, and the schema without constraints that both targets create.

schema.sql declares each table's natural key (PRIMARY KEY / UNIQUE): that is the documentation of what must be
unique. Tables are created without them (`table_ddl`): DuckLake refuses constraints, and on the embedded file
the primary-key ART indexes of the big raw tables made loading grow faster than linear and hold memory. The
writers keep the keys unique themselves (anti-joins on the key, warehouse.rows), and `duplicate_keys` proves it.
A warehouse created before keeps its constraints; the same constraint-free SQL runs on it unchanged.
"""
from __future__ import annotations

import os
import re
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

import duckdb

SCHEMA_FILE = Path(__file__).with_name("schema.sql")
SCHEMA_VERSION = 3
# Changes CREATE TABLE IF NOT EXISTS cannot make to a warehouse created by an earlier version.
MIGRATIONS = {
    2: [  # targets stated as a relation (与经济增长同步) have no value and no unit
        "ALTER TABLE facts.target_mentions ALTER COLUMN value DROP NOT NULL",
        "ALTER TABLE facts.target_mentions ALTER COLUMN unit DROP NOT NULL",
    ],
    3: [  # the crawler's revalidation budget (articles a run did not ask about) and lists read until known records
        "ALTER TABLE raw.scrape_runs ADD COLUMN articles_deferred INTEGER",
        "ALTER TABLE raw.column_listings ADD COLUMN caught_up BOOLEAN",
    ],
}

_TABLE = re.compile(r"CREATE TABLE IF NOT EXISTS\s+([\w.]+)\s*\((.*?)\);[ \t]*$", re.S | re.M)
_INLINE_KEY = re.compile(r"^\s*(\w+)\s+[^,]*?\s+PRIMARY KEY\b", re.M)   # `id VARCHAR PRIMARY KEY, -- …`
_TABLE_KEY = re.compile(r"^\s*(?:PRIMARY KEY|UNIQUE)\s*\(([^)]*)\)\s*,?[ \t]*(?:--[^\n]*)?\n?", re.M)


def table_ddl(ddl: str) -> str:
    """The DDL with every PRIMARY KEY and UNIQUE constraint removed (a key column stays NOT NULL)."""
    ddl = _TABLE_KEY.sub("", ddl)
    ddl = re.sub(r"\bPRIMARY KEY\b(?!\s*\()", "NOT NULL", ddl)
    return re.sub(r",(\s*(?:--[^\n]*)?\s*)\n\);", r"\1\n);", ddl)  # a comma left before the closing parenthesis


def declared_keys(ddl: str) -> dict[str, tuple[str, ...]]:
    """Each table's natural key as the DDL declares it (the primary key, else the first UNIQUE)."""
    keys = {}
    for table, body in _TABLE.findall(ddl):
        inline = _INLINE_KEY.search(body)
        listed = [tuple(c.strip() for c in cols.split(",")) for cols in _TABLE_KEY.findall(body)]
        if inline:
            keys[table] = (inline.group(1),)
        elif listed:
            keys[table] = listed[0]
    return keys


@cache
def schema_keys() -> dict[str, tuple[str, ...]]:
    """The natural keys of the warehouse tables (schema.sql and raw.sources)."""
    from warehouse.registry_table import SOURCES_DDL

    return {**declared_keys(SCHEMA_FILE.read_text(encoding="utf-8")), **declared_keys(SOURCES_DDL)}


def duplicate_keys(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows beyond the first per natural key, per table that has any: {} means every key is unique."""
    out = {}
    present = {f"{s}.{t}" for s, t in con.execute(
        "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()}
    for table, key in schema_keys().items():
        if table not in present:
            continue
        cols = ", ".join(key)
        extra = con.execute(f"SELECT count(*) - count(DISTINCT ({cols})) FROM {table}").fetchone()[0]
        if extra:
            out[table] = extra
    return out


def content_fingerprint(con: duckdb.DuckDBPyConnection, relation: str) -> tuple[int, int]:
    """Row count and the sum of the rows' hashes of a table (`relation` is ours, qualified as needed, never input):
    equal for equal contents in any order, different after nearly any change."""
    return con.execute(f"SELECT count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM {relation} AS t").fetchone()


# DuckDB's buffer pool takes up to 80% of the machine by default, so the loader's memory grew with the tables it read
# (1.4 GB at 100,000 notices). Capped while loading, DuckDB spills what does not fit and memory follows the batch, not
# the archive (the whole load of 100,000 notices: peak 1.42 GB uncapped, 0.72 GB at 512 MB, no slower). Only the load
# is capped: extraction at 100,000 ran 60% slower under the same cap (3,000 pages: 32.4 s against 20.4 s).
LOAD_MEMORY_LIMIT = "512MB"


@contextmanager
def memory_capped(con: duckdb.DuckDBPyConnection, limit: str | None = None):
    """DuckDB's memory cap for this block (GOVWATCH_LOAD_MEMORY_LIMIT overrides the default), the instance's own
    setting restored after it: SET, not a connect option, which would keep other connections to the same file in the
    process from opening."""
    before = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    con.execute("SET memory_limit = ?", [limit or os.environ.get("GOVWATCH_LOAD_MEMORY_LIMIT") or LOAD_MEMORY_LIMIT])
    try:
        yield con
    finally:  # the default again if it was the default (its text, 18.8 GiB, does not read back to the same bytes)
        con.execute("RESET memory_limit")
        if con.execute("SELECT current_setting('memory_limit')").fetchone()[0] != before:
            con.execute("SET memory_limit = ?", [before])


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(path), read_only=read_only)


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Create what is missing; never drops or rewrites data. Runs on either target (the connection's default
    catalog): the embedded file or the lake, where writers starting together may race to create the tables
    (one transaction, run again on a conflict)."""
    from warehouse.writers import in_transaction

    in_transaction(con, lambda: _migrate(con), what="migrating the warehouse schema")


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(table_ddl(SCHEMA_FILE.read_text(encoding="utf-8")))
    applied = {row[0] for row in con.execute("SELECT version FROM meta.schema_version").fetchall()}
    for version in range(1, SCHEMA_VERSION + 1):
        if version in applied:
            continue
        if applied:  # an older warehouse: bring it up; a new one was created at the current version
            for statement in MIGRATIONS.get(version, []):
                _apply(con, statement)
        con.execute("INSERT INTO meta.schema_version SELECT ?, ? WHERE NOT EXISTS "
                    "(SELECT 1 FROM meta.schema_version WHERE version = ?)",
                    [version, datetime.now(timezone.utc).replace(tzinfo=None), version])


_ADD_COLUMN = re.compile(r"ALTER TABLE (\w+)\.(\w+) ADD COLUMN (\w+)", re.I)


def _apply(con: duckdb.DuckDBPyConnection, statement: str) -> None:
    """One migration statement. A column it adds that is there already is left alone: a warehouse older than the
    table got the table from this version's DDL just now, with the column in it (a version 1 warehouse has no
    raw.column_listings until the DDL above creates it, caught_up included)."""
    added = _ADD_COLUMN.match(statement)
    if added and con.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_catalog = current_database() "
            "AND table_schema = ? AND table_name = ? AND column_name = ?", list(added.groups())).fetchone()[0]:
        return
    con.execute(statement)


def open_warehouse(path: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """The warehouse of the selected target (GOVWATCH_TARGET), migrated: the embedded file at `path`, or the lake
    (path is then not used)."""
    from warehouse.lake import connect_lake, target

    if target() == "ducklake":
        con = connect_lake()
    else:
        if path is None:
            from warehouse.paths import Paths

            path = Paths.from_env().warehouse
        con = connect(path)
    migrate(con)
    return con
