"""Reading source health. It is decided once, in the mart marts.fct_source_health (dbt); the Dagster checks,
`govwatch status` and `govwatch refresh` read it through here and never judge a source themselves."""
from __future__ import annotations

import duckdb

HEALTH_TABLE = "marts.fct_source_health"
# Statuses that mean the latest run did not deliver: `govwatch refresh` exits 1 and the sources_healthy check
# fails. STALE is a warning: the site may simply have published nothing new. OVERDUE: a nightly source had no
# run in the last night, so nothing of it is current.
RUN_PROBLEM_STATUSES = ("FAILING", "BLOCKED", "PARTIAL", "EMPTY", "OVERDUE")
STALE = "STALE"


def read_source_health(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every row of the health mart as a dict, by source id."""
    cursor = con.execute(f"SELECT * FROM {HEALTH_TABLE} ORDER BY source_id")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def why(row: dict) -> str:
    """What a person needs to read about a source's status: the incomplete columns, else the run's problems."""
    return row.get("incomplete_reasons") or row.get("last_run_message") or ""
