"""The one Definitions entry point (`dagster dev` from the repo root finds it through pyproject.toml)."""
from dagster import Definitions

from orchestration.assets.dbt import govwatch_dbt_models
from orchestration.assets.facts import extracted_facts
from orchestration.assets.ingest import raw_tables, scraped_pages
from orchestration.assets.serving import serving_copy
from orchestration.jobs import scrape_job, warehouse_job
from orchestration.resources import RESOURCES
from orchestration.schedules import nightly_refresh
from orchestration.sensors import report_run_failure, warehouse_after_scrapes

defs = Definitions(
    assets=[scraped_pages, raw_tables, extracted_facts, govwatch_dbt_models, serving_copy],
    jobs=[scrape_job, warehouse_job],
    schedules=[nightly_refresh],
    sensors=[warehouse_after_scrapes, report_run_failure],
    resources=RESOURCES,
)
