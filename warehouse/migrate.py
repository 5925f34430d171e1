"""Move a warehouse between the targets, verified table by table.

    govwatch migrate --to ducklake [--from data/warehouse.duckdb]   the embedded file's raw.*, facts.*, meta.*
                                                                     into the lake (dbt rebuilds the rest there)
    govwatch migrate --to duckdb --file out.duckdb                   the whole lake (marts too) into one new file

Both copy in one transaction (all or nothing) and only rows whose natural key the destination lacks, so a
migration run again adds nothing. Then every table is verified: each source row's key is in the destination
and the counts agree; a table that does not is a MigrationError, never reported as done.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from warehouse.db import migrate, schema_keys
from warehouse.lake import LAKE, LakeSettings, connect_lake, load_extensions
from warehouse.writers import in_transaction

SOURCE = "migration_source"
COPIED_TO_LAKE = ("raw", "facts", "meta")  # the rest (dbt's schemas) is rebuilt from these by `dbt build`


class MigrationError(RuntimeError):
    """A table did not arrive whole; the message names it and its counts."""


@dataclass
class TableCopy:
    table: str
    source_rows: int
    destination_rows: int
    added: int


@dataclass
class MigrationReport:
    source: str
    destination: str
    tables: list[TableCopy] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [f"{t.table:<34} {t.source_rows:>10,} → {t.destination_rows:>10,}  (+{t.added:,})" for t in self.tables]


def copy_to_lake(source_file: Path, settings: LakeSettings | None = None) -> MigrationReport:
    """The embedded warehouse's raw, facts and meta tables into the lake (created there if missing)."""
    source_file = Path(source_file)
    if not source_file.exists():
        raise MigrationError(f"no embedded warehouse at {source_file}")
    settings = settings or LakeSettings.from_env()
    con = connect_lake(settings)
    try:
        migrate(con)
        con.execute(f"ATTACH '{_quoted(source_file)}' AS {SOURCE} (READ_ONLY)")
        report = _copy(con, SOURCE, LAKE, COPIED_TO_LAKE)
        report.source, report.destination = str(source_file), f"ducklake {settings.catalog_dsn}"
        return report
    finally:
        con.close()


def export_to_duckdb(out_file: Path, settings: LakeSettings | None = None) -> MigrationReport:
    """Every table of the lake's latest snapshot into a new DuckDB file (written aside, renamed when verified)."""
    out_file = Path(out_file)
    if out_file.exists():
        raise MigrationError(f"{out_file} exists; give a new file name")
    settings = settings or LakeSettings.from_env()
    out_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_file.with_name(f".{out_file.name}.migrating")
    tmp.unlink(missing_ok=True)
    try:
        con = duckdb.connect(str(tmp))
        try:
            migrate(con)
            load_extensions(con)
            con.execute(settings.attach_sql(read_only=True))
            destination = con.execute("SELECT current_database()").fetchone()[0]
            report = _copy(con, LAKE, destination, None)
            report.source, report.destination = f"ducklake {settings.catalog_dsn}", str(out_file)
            con.execute(f"DETACH {LAKE}")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, out_file)
    except BaseException:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
        raise
    return report


def _copy(con, source: str, destination: str, schemas: tuple[str, ...] | None) -> MigrationReport:
    tables = _tables(con, source, schemas)
    before = {t: _count(con, destination, t) for t in tables}

    def copy() -> dict[str, int]:
        return {t: _copy_table(con, source, destination, t) for t in tables}

    added = in_transaction(con, copy, what=f"copying {len(tables)} tables from {source} to {destination}")
    report = MigrationReport(source, destination)
    for table in tables:
        copied = TableCopy(table, _count(con, source, table), _count(con, destination, table), added[table])
        missing = _missing(con, source, destination, table)
        if missing or copied.destination_rows != before[table] + copied.added \
                or (before[table] == 0 and copied.destination_rows != copied.source_rows):
            raise MigrationError(f"{table}: {copied.source_rows} rows in {source}, {copied.destination_rows} in "
                                 f"{destination} ({before[table]} before, {copied.added} added), {missing} missing")
        report.tables.append(copied)
    return report


def _tables(con, database: str, schemas: tuple[str, ...] | None) -> list[str]:
    rows = con.execute("SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = ? "
                       "ORDER BY schema_name, table_name", [database]).fetchall()
    return [f"{s}.{t}" for s, t in rows if schemas is None or s in schemas]


def _count(con, database: str, table: str) -> int:
    if not _columns(con, database, table):  # not there (yet)
        return 0
    return con.execute(f"SELECT count(*) FROM {database}.{table}").fetchone()[0]


def _copy_table(con, source: str, destination: str, table: str) -> int:
    """Rows of source.table whose key destination.table lacks (every row for a table without a declared key and
    not there yet); the destination table is created like the source's when missing."""
    schema = table.split(".")[0]
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {destination}.{schema}")
    if not _columns(con, destination, table):
        return con.execute(f"CREATE TABLE {destination}.{table} AS SELECT * FROM {source}.{table}").fetchone()[0]
    columns = ", ".join(f'"{c}"' for c in _columns(con, destination, table) if c in _columns(con, source, table))
    return con.execute(f"INSERT INTO {destination}.{table} ({columns}) SELECT {columns} FROM {source}.{table} s"
                       + _absent(destination, table)).fetchone()[0]


def _absent(destination: str, table: str) -> str:
    key = schema_keys().get(table)
    if not key:
        return ""
    match = " AND ".join(f'd."{c}" = s."{c}"' for c in key)
    return f" WHERE NOT EXISTS (SELECT 1 FROM {destination}.{table} d WHERE {match})"


def _missing(con, source: str, destination: str, table: str) -> int:
    """Source rows the destination lacks: by key, or by whole row for a table without a declared key."""
    key = schema_keys().get(table)
    if key:
        return con.execute(f"SELECT count(*) FROM {source}.{table} s" + _absent(destination, table)).fetchone()[0]
    columns = ", ".join(f'"{c}"' for c in _columns(con, source, table))
    return con.execute(f"SELECT count(*) FROM (SELECT {columns} FROM {source}.{table} "
                       f"EXCEPT ALL SELECT {columns} FROM {destination}.{table})").fetchone()[0]


def _columns(con, database: str, table: str) -> list[str]:
    schema, name = table.split(".")
    return [c for (c,) in con.execute("SELECT column_name FROM duckdb_columns() WHERE database_name = ? AND "
                                      "schema_name = ? AND table_name = ? ORDER BY column_index",
                                      [database, schema, name]).fetchall()]


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
