"""Which concurrency pool each warehouse step runs in, chosen by the warehouse target (GOVWATCH_TARGET).

The embedded DuckDB file allows one writing process, so every step that opens it (load, extract, dbt, publish,
the health checks) shares `duckdb_writer`, limit 1. A DuckLake catalog takes concurrent commits: load and
extraction get pools of their own whose limits are the number of workers; dbt and publish stay one at a time."""
from __future__ import annotations

from warehouse.lake import target

WRITER_POOL = "duckdb_writer"
LOAD, EXTRACT = "load", "extract"
LAKE_POOLS = {LOAD: "lake_load", EXTRACT: "lake_extract"}


def pool_for(stage: str, warehouse_target: str | None = None) -> str:
    """The pool of a warehouse step (`load`, `extract`, or any other writer) on the given or configured target."""
    if (warehouse_target or target()) == "ducklake":
        return LAKE_POOLS.get(stage, WRITER_POOL)
    return WRITER_POOL


def lake_pool_limits(load_workers: int, extract_workers: int) -> dict[str, int]:
    """The limits `dagster instance concurrency set` would store for the lake's pools."""
    if load_workers < 1 or extract_workers < 1:
        raise ValueError(f"workers must be at least 1 (load {load_workers}, extract {extract_workers})")
    return {LAKE_POOLS[LOAD]: load_workers, LAKE_POOLS[EXTRACT]: extract_workers}
