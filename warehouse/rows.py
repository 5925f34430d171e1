"""Insert rows by column name: a column added to schema.sql later never shifts values into the wrong place.

Rows go in as one set per statement: Python serialises them to one JSON text, DuckDB reads it back with
from_json and the INSERT casts each column to the table's type (strictly: a value the column cannot hold
fails the statement, as a row-at-a-time insert would). The INSERT counts what it added itself.

No constraint decides what is new (DuckLake has none, and the embedded tables are created without them,
warehouse.db): a row whose natural key is already in the table, or repeated among the rows (the first wins),
is left out by an anti-join on the key. The same SQL runs on both targets.
"""
from __future__ import annotations

import json
from datetime import date, datetime, time

import duckdb

ROWS_PER_STATEMENT = 20_000


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict], *, skip_existing: bool = True,
                absent: bool = False) -> int:
    """Insert dict rows (keys are column names; `table` is ours, never input). Returns how many were added:
    with skip_existing, rows whose natural key is already there (or repeated among `rows`) are not.
    absent: the caller knows that the table holds none of these keys (rows of a scrape run loaded for the first
    time): only repeats among the rows are left out, and the table is not read."""
    if not rows:
        return 0
    columns = list(rows[0])
    key = table_key(con, table) if skip_existing else ()
    text_key = tuple(c for c in key if c in _text_columns(con, table))
    added = 0
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        # a later statement's rows may repeat keys the first one added: those are read in the table
        added += _insert_set(con, table, columns, rows[start:start + ROWS_PER_STATEMENT], key, text_key,
                             absent and start == 0)
    return added


_TEXT_COLUMNS: dict[str, frozenset[str]] = {}


def _text_columns(con: duckdb.DuckDBPyConnection, table: str) -> frozenset[str]:
    """The VARCHAR columns of a table; asked once per process for the warehouse's own tables (schema.sql fixes
    them), every time for any other."""
    from warehouse.db import schema_keys

    if table in _TEXT_COLUMNS:
        return _TEXT_COLUMNS[table]
    schema, _, name = table.rpartition(".")
    found = frozenset(r[0] for r in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = coalesce(?, current_schema()) AND table_name = ? AND data_type = 'VARCHAR'",
        [schema or None, name]).fetchall())
    if found and table in schema_keys():
        _TEXT_COLUMNS[table] = found
    return found


def table_key(con: duckdb.DuckDBPyConnection, table: str) -> tuple[str, ...]:
    """The natural key schema.sql declares for a warehouse table, else the table's own primary key."""
    from warehouse.db import schema_keys

    if table in schema_keys():
        return schema_keys()[table]
    schema, _, name = table.rpartition(".")
    found = con.execute("""SELECT constraint_column_names FROM duckdb_constraints()
                           WHERE database_name = current_database() AND schema_name = coalesce(?, current_schema())
                             AND table_name = ? AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')
                           ORDER BY constraint_type = 'UNIQUE' LIMIT 1""", [schema or None, name]).fetchone()
    if found is None:
        raise ValueError(f"{table} has no natural key in schema.sql and no primary key: say skip_existing=False")
    return tuple(found[0])


def _new_rows_only(table: str, key: tuple[str, ...], bounds: dict[str, tuple] | None = None,
                   absent: bool = False) -> str:
    """Keep the first row per key, and none whose key the table already holds (s: the rows, _row: their order).
    `bounds`: the lowest and highest value of key columns among the rows, written as constants so that DuckDB skips
    the row groups that cannot hold a match (a night's listings are one source's: its row groups, not the archive).
    absent: the table holds none of the keys; only the rows' repeats are dropped."""
    if not key:
        return ""
    cols = ", ".join(f's."{c}"' for c in key)
    first = f" QUALIFY row_number() OVER (PARTITION BY {cols} ORDER BY s._row) = 1"
    if absent:
        return first
    within = [f't."{c}" BETWEEN {sql_literal(lo)} AND {sql_literal(hi)}' for c, (lo, hi) in (bounds or {}).items()]
    match = " AND ".join([f't."{c}" = s."{c}"' for c in key] + within)
    return f" WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE {match})" + first


def _insert_set(con, table: str, columns: list[str], rows: list[dict], key: tuple[str, ...],
                text_key: tuple[str, ...] = (), absent: bool = False) -> int:
    values = {c: [row[c] for row in rows] for c in columns}
    try:
        payload = json.dumps(values, ensure_ascii=False, allow_nan=False, default=_json_value)
    except (ValueError, TypeError):  # NaN, infinity or a type JSON cannot carry: this set goes in row by row
        return _insert_one_by_one(con, table, columns, rows, key)
    structure = {c: "VARCHAR[][]" if any(issubclass(t, (list, tuple)) for t in set(map(type, vs))) else "VARCHAR[]"
                 for c, vs in values.items()}
    names = ", ".join(f'"{c}"' for c in columns)
    lists = ", ".join(f'unnest(r."{c}") AS "{c}"' for c in columns)  # zipped: every list has one value per row
    sql = (f"INSERT INTO {table} ({names}) SELECT {names} FROM (SELECT {lists}, unnest(range({len(rows)})) AS _row "
           f"FROM (SELECT from_json($1, '{json.dumps(structure)}') AS r)) s"
           + _new_rows_only(table, key, _bounds(values, text_key), absent))
    return con.execute(sql, [payload]).fetchone()[0]


def _insert_one_by_one(con, table: str, columns: list[str], rows: list[dict], key: tuple[str, ...]) -> int:
    names = ", ".join(f'"{c}"' for c in columns)
    sql = (f"INSERT INTO {table} ({names}) SELECT {names} FROM (SELECT *, 0 AS _row FROM "
           f"(VALUES ({', '.join('?' * len(columns))})) v({names})) s" + _new_rows_only(table, key))
    return sum(con.execute(sql, [row[c] for c in columns]).fetchone()[0] for row in rows)


def _bounds(values: dict[str, list], key: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """Lowest and highest value of each VARCHAR key column, compared as DuckDB compares text (by code point, as
    Python does); a column with a null or a non-text value gets no bounds."""
    out = {}
    for c in key:
        column = values.get(c) or []
        if column and all(isinstance(v, str) for v in column):
            out[c] = (min(column), max(column))
    return out


def json_values(rows: list[tuple], columns: str) -> tuple[str, str]:
    """A VALUES list bound as one JSON parameter: (the subquery, its parameter). `columns` names and types each
    value, e.g. "source_id VARCHAR, since TIMESTAMP"; values travel as text (dates as ISO text) and are cast back.
    DuckDB's Python client pays for every parameter it binds (without pandas it tries to import it, twice per
    value), so a few hundred scalars cost more than the statement; one text costs one."""
    pairs = [c.split() for c in columns.split(",")]
    payload = json.dumps([[None if v is None else v if isinstance(v, str) else _json_value(v) for v in row]
                          for row in rows], ensure_ascii=False)
    cols = ", ".join(f'v[{i + 1}]::{t} AS "{n}"' for i, (n, t) in enumerate(pairs))
    return f"""(SELECT {cols} FROM (SELECT unnest(from_json(?, '[["VARCHAR"]]')) AS v))""", payload


def sql_list(values) -> str:
    """Text values as a list of SQL constants for IN (...): the same plan as one parameter each (DuckDB can still
    prune row groups by them) without binding them one by one (see json_values)."""
    return ", ".join(map(sql_literal, values))


def sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _json_value(value):
    """Dates and times as the ISO text DuckDB casts back exactly."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    raise TypeError(f"no JSON text for a {type(value).__name__}")
