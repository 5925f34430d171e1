"""The one Definitions entry point (`dagster dev` finds `defs` through [tool.dagster] in pyproject.toml).

Built when Dagster loads the code location, not at import: the dbt manifest is parsed (if the project
changed) and the registry read for the partitions then. A registry that does not load does not stop the load
(orchestration/partitions.py): the schedule and the report sensors must keep running to say so."""
from functools import cache

from dagster import Definitions, definitions

from orchestration.assets.dbt import dbt_models_asset
from orchestration.assets.facts import extracted_facts_asset
from orchestration.assets.ingest import raw_tables_asset, scraped_pages_asset
from orchestration.assets.serving import serving_copy_asset
from orchestration.checks import source_health_checks
from orchestration.jobs import extract_job, load_job, scrape_job, warehouse_job
from orchestration.pools import EXTRACT, LOAD, pool_for
from orchestration.project import prepare_environment
from orchestration.resources import RESOURCES
from orchestration.schedules import nightly_refresh
from orchestration.sensors import report_run_failure, report_unhealthy_sources, warehouse_after_scrapes


@cache
def build_definitions() -> Definitions:
    prepare_environment()
    dbt_models = dbt_models_asset()
    # load and extraction leave the one-writer pool on a DuckLake target (GOVWATCH_TARGET)
    raw_tables, extracted_facts = raw_tables_asset(pool_for(LOAD)), extracted_facts_asset(pool_for(EXTRACT))
    return Definitions(
        assets=[scraped_pages_asset(), raw_tables, extracted_facts, dbt_models, serving_copy_asset()],
        asset_checks=[source_health_checks(dbt_models)],
        jobs=[scrape_job, warehouse_job, load_job, extract_job],
        schedules=[nightly_refresh],
        sensors=[warehouse_after_scrapes, report_run_failure, report_unhealthy_sources],
        resources=RESOURCES,
    )


@definitions
def defs() -> Definitions:
    return build_definitions()
