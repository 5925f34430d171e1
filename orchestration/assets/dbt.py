"""dbt seeds and models as assets, grouped by layer; dbt tests become asset checks. Source tables map onto
raw/* and facts/* asset keys (meta.dagster.asset_key in the dbt sources)."""
import tempfile
from collections.abc import Mapping
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any

from dagster import AssetExecutionContext, AssetsDefinition, AssetSpec, Config, Output
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets
from pydantic import Field

from orchestration.assets.ingest import WRITER_POOL
from orchestration.nightly import NIGHTLY_FRESHNESS
from orchestration.project import (
    HEALTH_CLOCK_ENV,
    dbt_project,
    ensure_manifest,
    environ,
    prepare_environment,
    reused_parse,
)
from orchestration.resources import WarehouseResource
from scrapers.faultpoints import faultpoint
from warehouse.dbt_builds import BuildPlan, load_manifest, plan_build, record_build

DBT_ASSETS_NAME = "govwatch_dbt_models"
LAYERS = ("staging", "intermediate", "marts")
SEEDS_GROUP = "seeds"


class DbtBuildConfig(Config):
    full_refresh: bool = Field(default=False, description="dbt build --full-refresh: reload the seeds and rebuild "
                                                          "the incremental models from scratch (needed once after "
                                                          "an incremental model's columns change: the build says "
                                                          "so and stops).")
    health_as_of: str = Field(default="", description="Judge source freshness in fct_source_health as of this UTC "
                                                      "time (ISO, e.g. 2026-01-31T02:00:00) instead of now.")


def dbt_build_args(config: DbtBuildConfig) -> list[str]:
    """The dbt command line for one build (the plan's selection is added to it)."""
    return ["build", "--full-refresh"] if config.full_refresh else ["build"]


def health_clock(config: DbtBuildConfig, now: datetime) -> str:
    """The UTC time source health is judged by: the config's, else `now`. Parsed, so only a timestamp reaches the
    SQL (the mart casts it)."""
    clock = datetime.fromisoformat(config.health_as_of) if config.health_as_of else now
    if clock.tzinfo is not None:
        clock = clock.astimezone(timezone.utc).replace(tzinfo=None)
    return clock.isoformat(timespec="seconds")


def dbt_layer(props: Mapping[str, Any]) -> str | None:
    """staging / intermediate / marts from the model's folder; seeds for seeds; None for sources."""
    if props["resource_type"] == "seed":
        return SEEDS_GROUP
    fqn = props.get("fqn") or []
    return fqn[1] if props["resource_type"] == "model" and len(fqn) > 2 and fqn[1] in LAYERS else None


class GovwatchDbtTranslator(DagsterDbtTranslator):
    """Groups by layer, owners from each layer's meta.dagster.owners (dbt_project.yml), a `table` or `csv`
    kind beside dbt and duckdb, and the nightly freshness policy on the marts."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return dbt_layer(dbt_resource_props) or super().get_group_name(dbt_resource_props)

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        layer = dbt_layer(self.get_resource_props(manifest, unique_id))
        if layer is None:
            return spec
        spec = spec.merge_attributes(kinds={"csv"} if layer == SEEDS_GROUP else {"table"})
        return spec.replace_attributes(freshness_policy=NIGHTLY_FRESHNESS) if layer == "marts" else spec


@cache
def dbt_models_asset() -> AssetsDefinition:
    """The dbt assets, from a manifest parsed now if the project changed (not at import)."""
    prepare_environment()  # dbt's profile and log folder follow GOVWATCH_* like every other writer

    manifest_path = ensure_manifest()
    translator = GovwatchDbtTranslator()

    @dbt_assets(manifest=manifest_path, project=dbt_project(), pool=WRITER_POOL, name=DBT_ASSETS_NAME,
                dagster_dbt_translator=translator)
    def govwatch_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource, duckdb: WarehouseResource,
                            config: DbtBuildConfig):
        faultpoint("dbt:started", pause=False)  # lets the kill-and-resume test kill the run while dbt works
        manifest = load_manifest(manifest_path)
        # A whole-project run builds what changed since the last build (warehouse/dbt_builds.py); a subset
        # picked in the UI is built as asked, and recorded as nothing.
        plan = None
        if context.selected_asset_keys == context.assets_def.keys:
            with duckdb.get_connection() as con:
                plan = plan_build(con, manifest, full_refresh=config.full_refresh)
            context.log.info(f"dbt build: {plan.summary()}")
            # first, as a multi-asset yields in dependency order: nothing left as it is reads a rebuilt model
            yield from unchanged_outputs(context, manifest, translator, plan)
        # dagster-dbt would keep a target folder per run (hundreds of MB a month for a nightly job): use a
        # scratch folder and drop it once the results have been streamed.
        # dbt's cache of the last parse goes in and comes back out (orchestration/project.py).
        with tempfile.TemporaryDirectory(prefix="govwatch-dbt-") as target, reused_parse(Path(target)):
            args = dbt_build_args(config) + (plan.dbt_args() if plan else [])
            with environ(**{HEALTH_CLOCK_ENV: health_clock(config, datetime.now(timezone.utc))}):
                invocation = dbt.cli(args, context=context, target_path=Path(target))  # starts dbt with this env
            yield from invocation.stream()
        if plan is not None:  # only a build that succeeded gets here (a failed dbt command raises)
            with duckdb.get_connection() as con:
                record_build(con, plan)

    return govwatch_dbt_models


def unchanged_outputs(context: AssetExecutionContext, manifest: Mapping[str, Any],
                      translator: DagsterDbtTranslator, plan: BuildPlan):
    """The models and seeds the plan left as they are, reported as current: their inputs have not changed since
    the build that made them, so the nightly freshness policy holds without rebuilding them."""
    since = plan.reason
    for uid in plan.skipped_in_order(manifest):
        key = translator.get_asset_spec(manifest, uid, None).key
        yield Output(None, output_name=context.assets_def.get_output_name_for_asset_key(key),
                     metadata={"govwatch/rebuilt": False, "govwatch/inputs_unchanged": since,
                               "unique_id": uid})
