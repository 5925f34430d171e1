"""Run the whole pipeline in-process against the env's warehouse; the kill-and-resume test runs and kills this."""
import sys

from dagster import materialize

from orchestration.assets.dbt import dbt_models_asset
from orchestration.assets.facts import extracted_facts
from orchestration.assets.ingest import raw_tables, scraped_pages_asset
from orchestration.assets.serving import serving_copy_asset
from orchestration.resources import RESOURCES


def run_pipeline() -> bool:
    scraped_pages, govwatch_dbt_models = scraped_pages_asset(), dbt_models_asset()
    serving_copy = serving_copy_asset()
    scrape = materialize([scraped_pages], partition_key="demo", resources=RESOURCES, raise_on_error=False)
    build = materialize([raw_tables, extracted_facts, govwatch_dbt_models, serving_copy], resources=RESOURCES,
                        raise_on_error=False)
    return scrape.success and build.success


if __name__ == "__main__":
    sys.exit(0 if run_pipeline() else 1)
