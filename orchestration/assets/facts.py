"""Extract projects, awards, targets and outcomes from raw page versions into facts.*."""
from functools import cache

from dagster import AssetExecutionContext, AssetKey, AssetsDefinition, AssetSpec, Config, MaterializeResult, multi_asset
from dagster_duckdb import DuckDBResource
from pydantic import Field

from orchestration.assets.ingest import table_counts
from orchestration.pools import WRITER_POOL
from orchestration.shards import run_shard
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


@cache
def extracted_facts_asset(pool: str = WRITER_POOL) -> AssetsDefinition:
    """The extraction asset in `pool`: the definitions pick it from the warehouse target (orchestration/pools.py)."""
    return multi_asset(
        specs=[AssetSpec(["facts", t], deps=[AssetKey(["raw", "page_versions"])], group_name="warehouse",
                         kinds={"python", "duckdb"}) for t in FACT_TABLES],
        name="extracted_facts",
        pool=pool,
        description="Incremental extraction: page versions not yet extracted by the current extractor version "
                    "(all of them with reextract_all).",
    )(extract_facts)


def extract_facts(context: AssetExecutionContext, duckdb: DuckDBResource, config: ExtractConfig):
    with duckdb.get_connection() as con:
        migrate(con)
        if config.reextract_all:
            context.log.info(f"re-extracting {forget_current_extractions(con)} page versions")
        report = extract_pending(con, shard=run_shard(context.run.tags))
        counts = table_counts(con, "facts", FACT_TABLES)
    for failure in report.failures:
        context.log.warning(f"extraction failed: {failure}")
    added = {"project_mentions": report.projects, "award_mentions": report.awards,
             "target_mentions": report.targets, "outcome_mentions": report.outcomes,
             "extractions": report.pages_extracted}
    for table in FACT_TABLES:
        yield MaterializeResult(asset_key=AssetKey(["facts", table]), metadata={
            **counts[table], "added": added.get(table, 0), "pages_extracted": report.pages_extracted,
            "projects_added": report.projects, "awards_added": report.awards, "targets_added": report.targets,
            "failures": len(report.failures), "extractor_version": report.extractor_version,
        })


extracted_facts = extracted_facts_asset()  # the embedded target's pool: what tests materialize directly
