"""Source health as asset checks on the mart that decides it (marts/fct_source_health): read, not re-judged."""
from __future__ import annotations

from dagster import (
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetsDefinition,
    multi_asset_check,
)
from dagster_dbt import get_asset_key_for_model
from dagster_duckdb import DuckDBResource

from orchestration.pools import WRITER_POOL
from warehouse.health import RUN_PROBLEM_STATUSES, STALE, read_source_health, why

HEALTH_MODEL = "fct_source_health"


def source_health_check_results(rows: list[dict]) -> list[AssetCheckResult]:
    """sources_healthy: no source's latest run failed, was blocked, came back empty or partial.
    sources_fresh: no source is STALE by its own stale_after_days."""
    problems = [r for r in rows if r["status"] in RUN_PROBLEM_STATUSES]
    stale = [r for r in rows if r["status"] == STALE]
    return [
        AssetCheckResult(check_name="sources_healthy", passed=not problems, severity=AssetCheckSeverity.ERROR,
                         metadata={"sources": len(rows), "unhealthy": len(problems),
                                   "details": "; ".join(f"{r['source_id']}: {r['status']}"
                                                        + (f" ({why(r)[:200]})" if why(r) else "")
                                                        for r in problems)[:2000]}),
        AssetCheckResult(check_name="sources_fresh", passed=not stale, severity=AssetCheckSeverity.WARN,
                         metadata={"sources": len(rows), "stale": len(stale),
                                   "details": "; ".join(_stale_line(r) for r in stale)[:2000]}),
    ]


def _stale_line(row: dict) -> str:
    days = row.get("days_since_new_notice")
    if days is None:
        return f"{row['source_id']}: no notice stored yet"
    return f"{row['source_id']}: {days} days without a new notice (stale after {row.get('stale_after_days')})"


def source_health_checks(dbt_models: AssetsDefinition) -> AssetChecksDefinition:
    health_key = get_asset_key_for_model([dbt_models], HEALTH_MODEL)

    @multi_asset_check(
        specs=[
            AssetCheckSpec("sources_healthy", asset=health_key,
                           description="No source's latest run failed, was blocked, listed nothing or was "
                                       "incomplete (status in fct_source_health)."),
            AssetCheckSpec("sources_fresh", asset=health_key,
                           description="No source went longer than its own stale_after_days without a new notice."),
        ],
        pool=WRITER_POOL,  # a read, but DuckDB lets no other process open the file while a writer has it
    )
    def source_health(duckdb: DuckDBResource):
        with duckdb.get_connection() as con:
            rows = read_source_health(con)
        yield from source_health_check_results(rows)

    return source_health
