"""Scrape (per source, no DuckDB lock) and load landing files into raw.* (the DuckDB writer pool)."""
from functools import cache

from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetKey,
    AssetsDefinition,
    AssetSpec,
    MaterializeResult,
    asset,
    multi_asset,
)
from dagster_duckdb import DuckDBResource

from orchestration.partitions import loaded_sources, source_partitions
from orchestration.pools import WRITER_POOL
from orchestration.shards import run_shard
from scrapers.crawl import crawl_source, new_run_id
from scrapers.registry import load_registry
from warehouse.db import migrate
from warehouse.load import load_landing
from warehouse.paths import Paths
from warehouse.registry_table import write_sources_table

# raw.sources is the registry as the warehouse sees it (warehouse/registry_table.py); the rest are loaded files.
RAW_TABLES = ("page_versions", "fetch_log", "listings", "column_listings", "scrape_runs", "unlisted_pages", "sources")

SCRAPE_KEY = AssetKey(["landing", "scraped_pages"])
MAX_PARSE_FAILURE_RATE = 0.1
# Whether a source is healthy (listed, not blocked, complete, fresh) is decided once, in the mart
# fct_source_health, and checked there (orchestration/checks.py). This run-level check is about the
# parser, which the mart does not judge.
SCRAPE_CHECKS = [
    AssetCheckSpec("parse_failure_rate", asset=SCRAPE_KEY,
                   description=f"At most {MAX_PARSE_FAILURE_RATE:.0%} of fetched pages failed to parse."),
]


@cache
def scraped_pages_asset() -> AssetsDefinition:
    """The scrape asset, partitioned by the registry's sources (read here, when definitions are built)."""
    sources = loaded_sources()
    description = "Crawl one source (column lists, then new or changed articles) into its landing file."
    if sources.error:  # the definitions still load (the schedule reports it each night); say so in the UI
        description += (f"\n\nSOURCE REGISTRY FAILED TO LOAD: {sources.error}\nPartitions are from: "
                        f"{sources.origin}. Fix the registry, then reload the code location.")

    @asset(
        key=SCRAPE_KEY,
        check_specs=SCRAPE_CHECKS,
        partitions_def=source_partitions(sources),
        group_name="ingest",
        kinds={"python", "httpx"},
        description=description,
        metadata={"registry_error": sources.error or "", "partitions_from": sources.origin},
    )
    def scraped_pages(context: AssetExecutionContext) -> MaterializeResult:
        source = load_registry().get(context.partition_key)  # read at run time: base URLs may name env vars
        report = crawl_source(source, Paths.from_env().landing, run_id=new_run_id() + "-" + context.run.run_id[:8])
        level = context.log.info if report.status == "ok" else context.log.warning
        level(f"{source.id}: {report.status}; {'; '.join(report.problems[:5])}")
        return MaterializeResult(check_results=scrape_check_results(report), metadata={
            "status": report.status, "items_listed": report.items_listed, "articles_new": report.articles_new,
            "articles_changed": report.articles_changed, "articles_unchanged": report.articles_unchanged,
            "articles_deferred": report.articles_deferred, "requests": report.requests, "errors": report.errors,
            "landing_file": report.landing_file,
            "incomplete_columns": report.incomplete_columns,
        })

    return scraped_pages


def scrape_check_results(report) -> list[AssetCheckResult]:
    rate = report.parse_failures / max(report.articles_fetched, 1)  # articles_fetched counts those that failed too
    return [
        AssetCheckResult(check_name="parse_failure_rate", passed=rate <= MAX_PARSE_FAILURE_RATE,
                         severity=AssetCheckSeverity.WARN,
                         metadata={"parse_failures": report.parse_failures, "rate": round(rate, 3)}),
    ]


@cache
def raw_tables_asset(pool: str = WRITER_POOL) -> AssetsDefinition:
    """The load asset in `pool`: the definitions pick it from the warehouse target (orchestration/pools.py)."""
    return multi_asset(
        specs=[AssetSpec(["raw", t], deps=[SCRAPE_KEY], group_name="warehouse", kinds={"duckdb"})
               for t in RAW_TABLES],
        name="raw_tables",
        pool=pool,
        description="Load new landing files into raw.* (append-only, idempotent); write the registry to "
                    "raw.sources.",
    )(load_raw_tables)


def load_raw_tables(context: AssetExecutionContext, duckdb: DuckDBResource):
    shard = run_shard(context.run.tags)
    with duckdb.get_connection() as con:
        migrate(con)
        report = load_landing(con, Paths.from_env().landing, shard=shard)
        # one writer replaces raw.sources: concurrent shards would only conflict over the same rows
        n_sources = write_sources_table(con, load_registry()) if shard is None or shard[0] == 0 else 0
        counts = table_counts(con, "raw", RAW_TABLES)
    if report.bad_files:
        context.log.warning("unreadable landing files: " + "; ".join(report.bad_files))
    if report.salvaged:
        context.log.warning("scrapes that stopped before they finished, rebuilt from their journals (status "
                            "interrupted): " + ", ".join(report.salvaged))
    for table in RAW_TABLES:
        yield MaterializeResult(asset_key=AssetKey(["raw", table]), metadata={
            **counts[table], "files_loaded": report.files_loaded,
            "page_versions_added": report.page_versions_added, "fetches_added": report.fetches_added,
            "newly_unlisted": report.newly_unlisted, "bad_files": len(report.bad_files), "sources": n_sources,
            "interrupted_runs_salvaged": len(report.salvaged),
        })


def table_counts(con, schema: str, tables: tuple[str, ...]) -> dict[str, dict[str, int]]:
    """{"rows": n} per table that exists: on a new lake another shard may not have created raw.sources yet."""
    present = {name for (name,) in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = ?",
        [schema]).fetchall()}
    return {t: {"rows": con.execute(f"SELECT count(*) FROM {schema}.{t}").fetchone()[0]} if t in present else {}
            for t in tables}  # names are ours, not input


raw_tables = raw_tables_asset()  # the embedded target's pool: what tests materialize directly
