"""Insert rows by column name: a column added to schema.sql later never shifts values into the wrong place.

Rows go in as one set per statement: Python serialises them to one JSON text, DuckDB reads it back with
from_json and the INSERT casts each column to the table's type (strictly: a value the column cannot hold
fails the statement, as a row-at-a-time insert would). The INSERT counts what it added itself, so no
statement scans the table to learn it.
"""
from __future__ import annotations

import json
from datetime import date, datetime, time

import duckdb

ROWS_PER_STATEMENT = 20_000


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict], *, skip_existing: bool = True,
                conflict_key: str | None = None) -> int:
    """Insert dict rows (keys are column names; `table` is ours, never input). Returns how many were added:
    with skip_existing, rows whose key is already there (or repeated among `rows`: the first wins) are not.

    conflict_key names the column whose unique index decides a conflict, for a table with a second unique
    constraint that follows from it (DuckDB checks a conflict against every index otherwise, slowly)."""
    if not rows:
        return 0
    columns = list(rows[0])
    on_conflict = ""
    if skip_existing:
        on_conflict = f" ON CONFLICT ({conflict_key}) DO NOTHING" if conflict_key else " ON CONFLICT DO NOTHING"
    added = 0
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        added += _insert_set(con, table, columns, rows[start:start + ROWS_PER_STATEMENT], on_conflict)
    return added


def _insert_set(con, table: str, columns: list[str], rows: list[dict], on_conflict: str) -> int:
    values = {c: [row[c] for row in rows] for c in columns}
    try:
        payload = json.dumps(values, ensure_ascii=False, allow_nan=False, default=_json_value)
    except (ValueError, TypeError):  # NaN, infinity or a type JSON cannot carry: this set goes in row by row
        return _insert_one_by_one(con, table, columns, rows, on_conflict)
    structure = {c: "VARCHAR[][]" if any(isinstance(v, (list, tuple)) for v in vs) else "VARCHAR[]"
                 for c, vs in values.items()}
    names = ", ".join(f'"{c}"' for c in columns)
    lists = ", ".join(f'unnest(r."{c}")' for c in columns)  # zipped: every list has one value per row
    sql = (f"INSERT INTO {table} ({names}) SELECT {lists} FROM (SELECT from_json($1, '{json.dumps(structure)}') AS r)"
           + on_conflict)
    return con.execute(sql, [payload]).fetchone()[0]


def _insert_one_by_one(con, table: str, columns: list[str], rows: list[dict], on_conflict: str) -> int:
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))}){on_conflict}"
    return sum(con.execute(sql, [row[c] for c in columns]).fetchone()[0] for row in rows)


def _json_value(value):
    """Dates and times as the ISO text DuckDB casts back exactly."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    raise TypeError(f"no JSON text for a {type(value).__name__}")

