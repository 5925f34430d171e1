"""raw.sources: the source registry as the warehouse sees it, so the marts judge each source by its own settings.

Written from the registry on every load (Dagster's raw_tables asset), replacing the previous rows in one
transaction: it is configuration, not history. fct_source_health reads stale_after_days from it."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

import duckdb

from warehouse.db import table_ddl
from warehouse.rows import insert_rows
from warehouse.writers import in_transaction

if TYPE_CHECKING:  # the loader reads SOURCES_DDL and need not import the scrapers
    from scrapers.registry import Registry

SOURCES_DDL = """
CREATE SCHEMA IF NOT EXISTS raw;
CREATE TABLE IF NOT EXISTS raw.sources (
    source_id        VARCHAR PRIMARY KEY,
    source_name      VARCHAR NOT NULL,
    cms              VARCHAR NOT NULL,
    stale_after_days INTEGER NOT NULL,  -- STALE after this many days without a new notice
    nightly          BOOLEAN NOT NULL,  -- part of the 02:00 refresh
    registry_file    VARCHAR NOT NULL,
    loaded_at        TIMESTAMP NOT NULL
);
"""


def write_sources_table(con: duckdb.DuckDBPyConnection, registry: Registry) -> int:
    """Replace raw.sources with the registry's sources; returns how many were written."""
    con.execute(table_ddl(SOURCES_DDL))  # no PRIMARY KEY: DuckLake refuses it; the registry's ids are unique
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    rows = [{"source_id": s.id, "source_name": s.name, "cms": s.cms, "stale_after_days": s.stale_after_days,
             "nightly": s.nightly, "registry_file": str(registry.path), "loaded_at": now}
            for s in registry.sources]
    def replace() -> None:
        con.execute("DELETE FROM raw.sources")
        insert_rows(con, "raw.sources", rows, skip_existing=False)

    in_transaction(con, replace, what="writing raw.sources")  # on the lake, retried if another writer conflicts
    return len(rows)
