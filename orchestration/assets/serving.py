"""Publish serving.duckdb for BI after the marts have passed their tests."""
import json

from dagster import MaterializeResult, asset
from dagster_dbt import get_asset_key_for_model

from orchestration.assets.dbt import govwatch_dbt_models
from orchestration.assets.ingest import WRITER_POOL
from orchestration.project import dbt_project
from warehouse.paths import Paths
from warehouse.publish import publish_serving_copy


def mart_models() -> list[str]:
    manifest = json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))
    return sorted(n["name"] for n in manifest["nodes"].values()
                  if n["resource_type"] == "model" and "marts" in n["fqn"])


MARTS = mart_models()


@asset(
    key=["serving", "serving_copy"],
    deps=[get_asset_key_for_model([govwatch_dbt_models], name) for name in MARTS],
    pool=WRITER_POOL,
    group_name="serving",
    kinds={"duckdb"},
    description="Checkpoint the warehouse, copy it, verify the copy, atomically rename it to serving.duckdb.",
)
def serving_copy() -> MaterializeResult:
    paths = Paths.from_env()
    result = publish_serving_copy(paths.warehouse, paths.serving, tuple(f"marts.{m}" for m in MARTS))
    return MaterializeResult(metadata={"path": result["serving_path"], "bytes": result["bytes"],
                                       **{k: v for k, v in result["tables"].items()}})
