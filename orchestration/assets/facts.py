"""Extract projects, awards, targets and outcomes from raw page versions into facts.*."""
from dagster import AssetExecutionContext, AssetKey, AssetSpec, Config, MaterializeResult, multi_asset
from dagster_duckdb import DuckDBResource
from pydantic import Field

from orchestration.assets.ingest import WRITER_POOL
from warehouse.db import migrate
from warehouse.extract import EXTRACTOR_VERSION
from warehouse.facts import extract_pending

FACT_TABLES = ("extractions", "extraction_failures", "project_mentions", "project_milestones", "award_mentions",
               "target_mentions", "outcome_mentions")


class ExtractConfig(Config):
    reextract_all: bool = Field(
        default=False,
        description="Re-extract every page version with the current extractor, not only those it has not seen "
                    "(after a rule fix that kept EXTRACTOR_VERSION).")


def forget_current_extractions(con) -> int:
    """Make every page version pending again. extract_pending then replaces each page's facts in one
    transaction; until it reaches a page, that page's old rows have no extraction row, so the marts skip them."""
    n = con.execute("SELECT count(*) FROM facts.extractions WHERE extractor_version = ?",
                    [EXTRACTOR_VERSION]).fetchone()[0]
    con.execute("DELETE FROM facts.extractions WHERE extractor_version = ?", [EXTRACTOR_VERSION])
    return n


@multi_asset(
    specs=[AssetSpec(["facts", t], deps=[AssetKey(["raw", "page_versions"])], group_name="warehouse",
                     kinds={"python", "duckdb"}) for t in FACT_TABLES],
    pool=WRITER_POOL,
    description="Incremental extraction: page versions not yet extracted by the current extractor version "
                "(all of them with reextract_all).",
)
def extracted_facts(context: AssetExecutionContext, duckdb: DuckDBResource, config: ExtractConfig):
    with duckdb.get_connection() as con:
        migrate(con)
        if config.reextract_all:
            context.log.info(f"re-extracting {forget_current_extractions(con)} page versions")
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
