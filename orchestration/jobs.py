"""Two jobs: scrape one source (a partition), and build the warehouse from whatever landed."""
from dagster import AssetSelection, RunConfig, define_asset_job, in_process_executor

from orchestration.assets.dbt import DBT_ASSETS_NAME, DbtBuildConfig
from orchestration.assets.facts import ExtractConfig
from orchestration.assets.ingest import SCRAPE_KEY

SCRAPE_JOB = "scrape_source"
WAREHOUSE_JOB = "build_warehouse"

scrape_job = define_asset_job(
    SCRAPE_JOB, selection=AssetSelection.assets(SCRAPE_KEY),
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
