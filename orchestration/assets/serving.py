"""Publish serving.duckdb for BI after the marts have passed their tests."""
import json
from functools import cache

from dagster import AssetsDefinition, MaterializeResult, asset
from dagster_dbt import get_asset_key_for_model

from orchestration.assets.dbt import dbt_models_asset
from orchestration.nightly import NIGHTLY_FRESHNESS
from orchestration.pools import WRITER_POOL
from orchestration.project import ensure_manifest
from warehouse.paths import Paths
from warehouse.publish import BI_SCHEMAS, publish_serving_copy


def mart_models() -> list[str]:
    manifest = json.loads(ensure_manifest().read_text(encoding="utf-8"))
    return sorted(n["name"] for n in manifest["nodes"].values()
                  if n["resource_type"] == "model" and "marts" in n["fqn"])


@cache
def serving_copy_asset() -> AssetsDefinition:
    """Depends on every mart, read from the dbt manifest when the definitions are built."""
    marts = mart_models()
    dbt_models = dbt_models_asset()

    @asset(
        key=["serving", "serving_copy"],
        deps=[get_asset_key_for_model([dbt_models], name) for name in marts],
        pool=WRITER_POOL,
        group_name="serving",
        kinds={"duckdb"},
        freshness_policy=NIGHTLY_FRESHNESS,
        description="Copy what BI reads (the marts and the reference tables they join, no raw bodies) into a new "
                    "file, verify it, atomically rename it to serving.duckdb.",
    )
    def serving_copy() -> MaterializeResult:
        paths = Paths.from_env()
        result = publish_serving_copy(paths.warehouse, paths.serving, tuple(f"marts.{m}" for m in marts),
                                      schemas=BI_SCHEMAS)
        return MaterializeResult(metadata={"path": result["serving_path"], "bytes": result["bytes"],
                                           **{k: v for k, v in result["tables"].items()}})

    return serving_copy
