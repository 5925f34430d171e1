"""Scrape one source (a partition); build the warehouse from whatever landed; and, for several workers, the load
and the extraction alone, each run doing the share its govwatch/shard tag names (orchestration/shards.py)."""
from dagster import AssetSelection, RunConfig, define_asset_job, in_process_executor

from orchestration.assets.dbt import DBT_ASSETS_NAME, DbtBuildConfig
from orchestration.assets.facts import ExtractConfig
from orchestration.assets.ingest import SCRAPE_KEY

SCRAPE_JOB = "scrape_source"
WAREHOUSE_JOB = "build_warehouse"
LOAD_JOB, EXTRACT_JOB = "load_landing", "extract_facts"

# deploy/dagster-postgres.yaml limits how many runs with this tag run at once (the scrape workers)
STAGE_TAG, SCRAPE_STAGE = "govwatch/stage", "scrape"

scrape_job = define_asset_job(
    SCRAPE_JOB, selection=AssetSelection.assets(SCRAPE_KEY), tags={STAGE_TAG: SCRAPE_STAGE},
    executor_def=in_process_executor, description="Crawl one source into its landing file.",
)
warehouse_job = define_asset_job(
    WAREHOUSE_JOB,
    # everything but the scrape: raw, facts, the dbt seeds and models (tests as checks), the serving copy
    selection=AssetSelection.all() - AssetSelection.assets(SCRAPE_KEY),
    executor_def=in_process_executor,
    # the Launchpad shows these switches, off by default
    config=RunConfig(ops={"extracted_facts": ExtractConfig(), DBT_ASSETS_NAME: DbtBuildConfig()}),
    description="Load landing files, extract facts, dbt build (tests as checks), publish the serving copy. "
                "Launchpad: extracted_facts.reextract_all, govwatch_dbt_models.full_refresh.",
)

load_job = define_asset_job(
    LOAD_JOB, selection=AssetSelection.key_prefixes("raw"), executor_def=in_process_executor,
    description="Load new landing files into raw.*; with the run tag govwatch/shard=i/n only shard i of n of the "
                "sources (on the lake, one run per shard at once).",
)
extract_job = define_asset_job(
    EXTRACT_JOB, selection=AssetSelection.key_prefixes("facts"), executor_def=in_process_executor,
    description="Extract facts from pending page versions; with the run tag govwatch/shard=i/n only shard i of n "
                "(on the lake, one run per shard at once).",
)
