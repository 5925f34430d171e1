"""dbt models as assets; dbt tests become asset checks. Source tables map onto raw/* and facts/* asset keys."""
from dagster import AssetExecutionContext
from dagster_dbt import DbtCliResource, dbt_assets

from orchestration.assets.ingest import WRITER_POOL
from orchestration.project import dbt_project


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, pool=WRITER_POOL)
def govwatch_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource):
    yield from dbt.cli(["build"], context=context).stream()
