"""dbt models as assets; dbt tests become asset checks. Source tables map onto raw/* and facts/* asset keys."""
from dagster import AssetExecutionContext
from dagster_dbt import DbtCliResource, dbt_assets

from orchestration.assets.ingest import WRITER_POOL
from orchestration.project import dbt_project
from scrapers.faultpoints import faultpoint


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, pool=WRITER_POOL)
def govwatch_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource):
    faultpoint("dbt:started", pause=False)  # lets the kill-and-resume test kill the run while dbt works
    yield from dbt.cli(["build"], context=context).stream()
