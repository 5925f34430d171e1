"""Extract projects, awards, targets and outcomes from raw page versions into facts.*."""
from dagster import AssetExecutionContext, AssetKey, AssetSpec, MaterializeResult, multi_asset
from dagster_duckdb import DuckDBResource

from orchestration.assets.ingest import WRITER_POOL
from warehouse.db import migrate
from warehouse.facts import extract_pending

FACT_TABLES = ("extractions", "extraction_failures", "project_mentions", "project_milestones", "award_mentions", "target_mentions",
               "outcome_mentions")


@multi_asset(
    specs=[AssetSpec(["facts", t], deps=[AssetKey(["raw", "page_versions"])], group_name="warehouse",
                     kinds={"python", "duckdb"}) for t in FACT_TABLES],
    pool=WRITER_POOL,
    description="Incremental extraction: page versions not yet extracted by the current extractor version.",
)
def extracted_facts(context: AssetExecutionContext, duckdb: DuckDBResource):
    with duckdb.get_connection() as con:
        migrate(con)
        report = extract_pending(con)
        counts = {t: con.execute(f"SELECT count(*) FROM facts.{t}").fetchone()[0] for t in FACT_TABLES}
    for failure in report.failures:
        context.log.warning(f"extraction failed: {failure}")
    added = {"project_mentions": report.projects, "award_mentions": report.awards,
             "target_mentions": report.targets, "outcome_mentions": report.outcomes,
             "extractions": report.pages_extracted}
    for table in FACT_TABLES:
        yield MaterializeResult(asset_key=AssetKey(["facts", table]), metadata={
            "rows": counts[table], "added": added.get(table, 0), "pages_extracted": report.pages_extracted,
            "projects_added": report.projects, "awards_added": report.awards, "targets_added": report.targets,
            "failures": len(report.failures), "extractor_version": report.extractor_version,
        })
