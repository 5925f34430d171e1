"""Insert rows by column name: a column added to schema.sql later never shifts values into the wrong place."""
from __future__ import annotations

import duckdb


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict], *, skip_existing: bool = True) -> int:
    """Insert dict rows (keys are column names; `table` is ours, never input). Returns how many were added."""
    if not rows:
        return 0
    columns = list(rows[0])
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
           + (" ON CONFLICT DO NOTHING" if skip_existing else ""))
    values = [[row[c] for c in columns] for row in rows]
    if not skip_existing:
        con.executemany(sql, values)
        return len(rows)
    before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    con.executemany(sql, values)
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before
