"""Two jobs: scrape one source (a partition), and build the warehouse from whatever landed."""
from dagster import AssetSelection, define_asset_job, in_process_executor

from orchestration.assets.ingest import scraped_pages

SCRAPE_JOB = "scrape_source"
WAREHOUSE_JOB = "build_warehouse"

scrape_job = define_asset_job(
    SCRAPE_JOB, selection=AssetSelection.assets(scraped_pages),
    executor_def=in_process_executor, description="Crawl one source into its landing file.",
)
warehouse_job = define_asset_job(
    WAREHOUSE_JOB,
    selection=AssetSelection.assets(scraped_pages).downstream(include_self=False),
    executor_def=in_process_executor,
    description="Load landing files, extract facts, dbt build (tests as checks), publish the serving copy.",
)
