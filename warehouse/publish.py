"""Publish the serving copy BI tools read: checkpoint, copy, verify, atomic rename.

The pipeline publishes with schemas=BI_SCHEMAS: the copy holds only what BI reads (the marts and the reference
data they join, no raw bodies and none of dbt's working schemas, which repeat every body), a new file built table
by table with each table's own DDL, so its size and time follow the marts, not the archive. raw.* and facts.* are
read from the warehouse itself (govwatch's summary does). Without schemas the copy is the whole warehouse file.
When a serving copy is already there, the new one starts as a byte copy of it and only the tables whose DDL, row count
or sum of row hashes differ from the warehouse's are written again (a quiet night rewrites the health mart only).

On the ducklake target there is no serving copy: every committed transaction is a snapshot, and BI attaches the
lake READ_ONLY and reads the last committed one (warehouse.lake). Publishing then copies nothing; it checks that
the marts are there in the latest snapshot and says which snapshot BI sees.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import duckdb

from warehouse.db import content_fingerprint

BI_SCHEMAS = ("marts", "reference")
COPY_CATALOG = "serving_copy"
SPARSE_BYTES = 4 << 20  # free space a last copy may hold, whatever its size, and still be started from


class PublishError(RuntimeError):
    """The copy could not be verified; the previous serving copy stays in place."""


class SparseCopy(Exception):
    """The last serving copy holds too much free space to start from."""


def publish_serving_copy(warehouse: Path, serving: Path, required_tables: tuple[str, ...] = (),
                         schemas: tuple[str, ...] | None = None) -> dict:
    """Readers holding the old serving file keep their snapshot; new connections open the new file."""
    from warehouse.lake import target

    if target() == "ducklake":
        return _lake_snapshot(required_tables)
    serving.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(serving)
    fd, tmp = tempfile.mkstemp(prefix=f".{serving.name}.", suffix=".tmp", dir=serving.parent)
    os.close(fd)
    try:
        con = _connect_waiting(warehouse)
        try:
            con.execute("CHECKPOINT")
            if schemas is not None:
                Path(tmp).unlink()  # DuckDB creates the file it attaches
                if not (serving.exists() and _update_copy(con, serving, tmp, schemas)):
                    _copy_schemas(con, tmp, schemas)
        finally:
            con.close()
        if schemas is None:
            shutil.copyfile(warehouse, tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        counts = _verify(Path(tmp), required_tables)
        _set_wal_aside(serving)
        os.replace(tmp, serving)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
        raise
    published = _verify(serving, required_tables)  # what a new reader sees, now under the serving name
    if published != counts:
        raise PublishError(f"the published copy {serving} reads {published}, not the {counts} verified before the "
                           f"rename: something beside it changed it")
    return {"serving_path": str(serving), "bytes": serving.stat().st_size, "tables": counts}


LOCK_WAITS_S = (1, 2, 4, 8, 16, 32)


def _connect_waiting(warehouse: Path, waits: tuple[float, ...] = LOCK_WAITS_S) -> duckdb.DuckDBPyConnection:
    """The warehouse, read-write; while another process holds its lock (a reader, `govwatch status`) the publish
    waits and tries again, about a minute in all, as the load and dbt steps do, rather than failing at once."""
    for wait in (*waits, None):
        try:
            return duckdb.connect(str(warehouse))
        except duckdb.IOException as exc:
            if wait is None or "lock" not in str(exc).lower():
                raise
            time.sleep(wait)
    raise AssertionError("unreachable")


def _set_wal_aside(serving: Path) -> None:
    """A BI session that opened the serving copy read-write (DBeaver's default) leaves serving.duckdb.wal beside it;
    DuckDB would replay that log onto the new copy for every reader after the rename (its scratch tables, its
    deletes), night after night. It belongs to the old file: moved aside under a name no reader opens (a live
    session keeps writing to it through its open handle)."""
    wal = Path(f"{serving}.wal")
    if wal.exists():
        stamp = f"{time.time():.0f}"
        os.replace(wal, wal.with_name(f"{wal.name}.stale-{stamp}"))


LEFTOVER_AGE_S = 6 * 3600


def _remove_leftovers(serving: Path) -> None:
    """Temporary copies a killed publish left (.serving.duckdb.*.tmp and their .wal), once old enough that no running
    publish can own them (publishes hold the writer pool; none runs for hours)."""
    cutoff = time.time() - LEFTOVER_AGE_S
    for path in serving.parent.glob(f".{serving.name}.*.tmp*"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
        except OSError:
            pass  # gone meanwhile, or not ours to remove: the next publish tries again


def _lake_snapshot(required_tables: tuple[str, ...]) -> dict:
    """The no-op publish of the lake: the snapshot BI reads, with the required tables' counts in it."""
    from warehouse.lake import connect_lake, current_snapshot

    con = connect_lake(read_only=True)
    try:
        snapshot = current_snapshot(con)
        counts = _counts(con, required_tables, f"lake snapshot {snapshot}")
    finally:
        con.close()
    return {"serving_path": f"ducklake snapshot {snapshot} (no serving copy on this target: BI reads snapshots)",
            "bytes": 0, "snapshot": snapshot, "tables": counts}


def _bi_tables(con: duckdb.DuckDBPyConnection, database: str, schemas: tuple[str, ...]) -> dict[tuple[str, str], str]:
    """(schema, table) -> DDL of every table of these schemas in one attached database."""
    marks = ",".join("?" * len(schemas))
    return {(schema, table): ddl for schema, table, ddl in con.execute(
        f"""SELECT schema_name, table_name, sql FROM duckdb_tables()
            WHERE database_name = ? AND schema_name IN ({marks}) ORDER BY 1, 2""", [database, *schemas]).fetchall()}


def _copy_table(con: duckdb.DuckDBPyConnection, source: str, schema: str, table: str, ddl: str) -> None:
    """One table into the attached copy (in use), with its own DDL: schema-qualified, so it lands in the copy's
    schema of that name."""
    con.execute(ddl)
    con.execute(f'INSERT INTO "{schema}"."{table}" SELECT * FROM "{source}"."{schema}"."{table}"')


def _copy_schemas(con: duckdb.DuckDBPyConnection, path: str, schemas: tuple[str, ...],
                  last: Path | None = None) -> None:
    """Every table of these schemas into a new database file, with its own DDL (constraints kept). With `last` (the
    serving copy now published) the file starts as a byte copy of it, and only the tables whose DDL, row count or sum
    of row hashes differ from the warehouse's are written again; tables gone from the warehouse are dropped. A night
    that rebuilt one mart copies one mart."""
    source = con.execute("SELECT current_database()").fetchone()[0]
    if last is not None:
        shutil.copyfile(last, path)
    con.execute(f"ATTACH '{path}' AS {COPY_CATALOG}")  # a temp path we made: no quote in it
    if last is not None:
        used = con.execute("SELECT used_blocks * block_size FROM pragma_database_size() WHERE database_name = ?",
                           [COPY_CATALOG]).fetchone()[0]
        if Path(path).stat().st_size > 1.5 * used + SPARSE_BYTES:  # rewritten tables left a third of it free
            raise SparseCopy(f"the last serving copy holds {used:,} bytes in a {Path(path).stat().st_size:,}-byte file")
    try:
        wanted, held = _bi_tables(con, source, schemas), _bi_tables(con, COPY_CATALOG, schemas)
        con.execute(f"USE {COPY_CATALOG}")
        for schema, table in sorted(set(held) - set(wanted)):
            con.execute(f'DROP TABLE "{schema}"."{table}"')
        for schema in sorted({s for s, _ in wanted}):
            con.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        for (schema, table), ddl in wanted.items():
            if (schema, table) in held:
                copied, built = (f'"{db}"."{schema}"."{table}"' for db in (COPY_CATALOG, source))
                if held[(schema, table)] == ddl and content_fingerprint(con, copied) == content_fingerprint(con, built):
                    continue
                con.execute(f'DROP TABLE "{schema}"."{table}"')
            _copy_table(con, source, schema, table, ddl)
    finally:
        con.execute(f'USE "{source}"')
    con.execute(f"CHECKPOINT {COPY_CATALOG}")
    con.execute(f"DETACH {COPY_CATALOG}")


def _update_copy(con: duckdb.DuckDBPyConnection, serving: Path, path: str, schemas: tuple[str, ...]) -> bool:
    """_copy_schemas from the last serving copy; False (and no file at `path`) when that copy cannot be read or
    updated, or has grown a third free: the caller builds the copy anew."""
    try:
        _copy_schemas(con, path, schemas, last=serving)
    except (OSError, duckdb.Error, SparseCopy):
        con.execute(f"DETACH DATABASE IF EXISTS {COPY_CATALOG}")
        Path(path).unlink(missing_ok=True)
        Path(f"{path}.wal").unlink(missing_ok=True)
        return False
    return True


def _verify(path: Path, required_tables: tuple[str, ...]) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return _counts(con, required_tables, f"serving copy {path}")
    finally:
        con.close()


def _counts(con, required_tables: tuple[str, ...], what: str) -> dict[str, int]:
    counts = {}
    for table in required_tables:
        try:
            counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # names are ours, not input
        except duckdb.Error as exc:
            raise PublishError(f"{what} lacks {table}: {exc}") from exc
    return counts
