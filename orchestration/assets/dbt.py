"""dbt models as assets; dbt tests become asset checks. Source tables map onto raw/* and facts/* asset keys."""
import tempfile
from pathlib import Path

from dagster import AssetExecutionContext
from dagster_dbt import DbtCliResource, dbt_assets

from orchestration.assets.ingest import WRITER_POOL
from orchestration.project import dbt_project
from scrapers.faultpoints import faultpoint


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, pool=WRITER_POOL)
def govwatch_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource):
    faultpoint("dbt:started", pause=False)  # lets the kill-and-resume test kill the run while dbt works
    # dagster-dbt would keep a target folder per run (hundreds of MB a month for a nightly job): use a
    # scratch folder and drop it once the results have been streamed.
    with tempfile.TemporaryDirectory(prefix="govwatch-dbt-") as target:
        yield from dbt.cli(["build"], context=context, target_path=Path(target)).stream()
