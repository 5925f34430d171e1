"""Scrape (per source, no DuckDB lock) and load landing files into raw.* (the DuckDB writer pool)."""
from datetime import datetime, timezone

from dagster import (
    AssetCheckResult, AssetCheckSeverity, AssetCheckSpec, AssetExecutionContext, AssetKey, AssetSpec,
    MaterializeResult, asset, multi_asset,
)
from dagster_duckdb import DuckDBResource

from orchestration.partitions import source_partitions
from scrapers.registry import load_registry
from warehouse.paths import Paths
from scrapers.crawl import crawl_source, new_run_id
from warehouse.db import migrate
from warehouse.load import load_landing

WRITER_POOL = "duckdb_writer"
RAW_TABLES = ("page_versions", "fetch_log", "listings", "column_listings", "scrape_runs", "unlisted_pages")


SCRAPE_KEY = AssetKey(["landing", "scraped_pages"])
MAX_PARSE_FAILURE_RATE = 0.1
SOURCE_CHECKS = [
    AssetCheckSpec("items_listed", asset=SCRAPE_KEY, description="The source's columns listed at least one item."),
    AssetCheckSpec("not_blocked", asset=SCRAPE_KEY, description="No anti-bot challenge or robots.txt refusal."),
    AssetCheckSpec("listings_complete", asset=SCRAPE_KEY,
                   description="Every column listed all the records its site announced, with no paging error or cap."),
    AssetCheckSpec("parse_failure_rate", asset=SCRAPE_KEY,
                   description=f"At most {MAX_PARSE_FAILURE_RATE:.0%} of fetched pages failed to parse."),
    AssetCheckSpec("fresh", asset=SCRAPE_KEY, description="A new notice within the source's stale_after_days."),
]


@asset(
    key=SCRAPE_KEY,
    check_specs=SOURCE_CHECKS,
    partitions_def=source_partitions,
    group_name="ingest",
    kinds={"python", "httpx"},
    description="Crawl one source (column lists, then new or changed articles) into its landing file.",
)
def scraped_pages(context: AssetExecutionContext) -> MaterializeResult:
    source = load_registry().get(context.partition_key)  # read at run time: base URLs may name env vars
    report = crawl_source(source, Paths.from_env().landing, run_id=new_run_id() + "-" + context.run_id[:8])
    level = context.log.info if report.status == "ok" else context.log.warning
    level(f"{source.id}: {report.status}; {'; '.join(report.problems[:5])}")
    return MaterializeResult(check_results=source_check_results(report, source.stale_after_days), metadata={
        "status": report.status, "items_listed": report.items_listed, "articles_new": report.articles_new,
        "articles_changed": report.articles_changed, "articles_unchanged": report.articles_unchanged,
        "requests": report.requests, "errors": report.errors, "landing_file": report.landing_file,
    })


def source_check_results(report, stale_after_days: int) -> list[AssetCheckResult]:
    """Per-source health as asset checks: what a person watching the UI needs to see first."""
    rate = report.parse_failures / max(report.articles_fetched, 1)  # articles_fetched counts those that failed too
    days = None
    if report.last_new_notice_at:
        days = (datetime.now(timezone.utc) - datetime.fromisoformat(report.last_new_notice_at)).days
    return [
        AssetCheckResult(check_name="items_listed", passed=report.items_listed > 0,
                         metadata={"items_listed": report.items_listed, "status": report.status}),
        AssetCheckResult(check_name="not_blocked", passed=report.status != "blocked",
                         metadata={"status": report.status, "problems": "; ".join(report.problems[:3])}),
        AssetCheckResult(check_name="listings_complete", passed=report.incomplete_columns == 0,
                         metadata={"incomplete_columns": report.incomplete_columns, "status": report.status,
                                   "columns": "; ".join(f"{c['column_id']}: {c['items']} of {c['total']}"
                                                        + (f" ({c['reason']})" if c.get("reason") else "")
                                                        for c in report.listings)[:2000]}),
        AssetCheckResult(check_name="parse_failure_rate", passed=rate <= MAX_PARSE_FAILURE_RATE,
                         severity=AssetCheckSeverity.WARN,
                         metadata={"parse_failures": report.parse_failures, "rate": round(rate, 3)}),
        AssetCheckResult(check_name="fresh", passed=days is not None and days <= stale_after_days,
                         severity=AssetCheckSeverity.WARN,
                         metadata={"days_since_new_notice": days if days is not None else -1,
                                   "stale_after_days": stale_after_days}),
    ]


@multi_asset(
    specs=[AssetSpec(["raw", t], deps=[scraped_pages], group_name="warehouse", kinds={"duckdb"}) for t in RAW_TABLES],
    pool=WRITER_POOL,
    description="Load new landing files into raw.* (append-only, idempotent).",
)
def raw_tables(context: AssetExecutionContext, duckdb: DuckDBResource):
    with duckdb.get_connection() as con:
        migrate(con)
        report = load_landing(con, Paths.from_env().landing)
        counts = {t: con.execute(f"SELECT count(*) FROM raw.{t}").fetchone()[0] for t in RAW_TABLES}
    if report.bad_files:
        context.log.warning("unreadable landing files: " + "; ".join(report.bad_files))
    for table in RAW_TABLES:
        yield MaterializeResult(asset_key=AssetKey(["raw", table]), metadata={
            "rows": counts[table], "files_loaded": report.files_loaded,
            "page_versions_added": report.page_versions_added, "fetches_added": report.fetches_added,
            "newly_unlisted": report.newly_unlisted, "bad_files": len(report.bad_files),
        })
