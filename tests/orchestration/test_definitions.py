"""Load the Definitions and check what a data engineer relies on in the UI: lineage, the writer pool, the schedule."""
from pathlib import Path

import yaml
from dagster import AssetKey, DefaultScheduleStatus, DefaultSensorStatus

from orchestration.definitions import defs

REPO = Path(__file__).resolve().parents[2]
WRITER_POOL = "duckdb_writer"


def _graph():
    return defs.resolve_asset_graph()


def test_every_stage_is_an_asset():
    keys = {k.to_user_string() for k in _graph().get_all_asset_keys()}
    for expected in ["landing/scraped_pages", "raw/page_versions", "raw/fetch_log", "facts/project_mentions",
                     "facts/target_mentions", "serving/serving_copy"]:
        assert expected in keys
    assert any(k.endswith("fct_notices") for k in keys)


def test_lineage_runs_from_scrape_through_dbt_to_serving():
    graph = _graph()
    raw = AssetKey(["raw", "page_versions"])
    assert AssetKey(["landing", "scraped_pages"]) in graph.get(raw).parent_keys
    stg = next(k for k in graph.get_all_asset_keys() if k.path[-1] == "stg_raw__page_versions")
    assert raw in graph.get(stg).parent_keys
    facts_stg = [k for k in graph.get_all_asset_keys() if k.path[-1].startswith("stg_facts__")]
    assert facts_stg, "fact staging models should exist"
    assert any(p.path[0] == "facts" for k in facts_stg for p in graph.get(k).parent_keys)
    serving = graph.get(AssetKey(["serving", "serving_copy"]))
    assert any(p.path[-1] == "fct_notices" for p in serving.parent_keys)


def test_every_duckdb_writer_is_in_one_pool_of_size_one():
    graph = _graph()
    pools = {}
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        if node.is_materializable:
            pools[key.to_user_string()] = graph.assets_def_for_key(key).op.pool
    assert pools["landing/scraped_pages"] is None  # scrapers never hold the DuckDB lock
    writers = {k: v for k, v in pools.items() if k != "landing/scraped_pages"}
    assert writers and set(writers.values()) == {WRITER_POOL}
    config = yaml.safe_load((REPO / ".dagster_home" / "dagster.yaml").read_text())
    assert config["concurrency"]["pools"]["default_limit"] == 1


def test_nightly_schedule_is_0200_shanghai_and_on_by_default():
    schedule = defs.get_schedule_def("nightly_refresh")
    assert schedule.cron_schedule == "0 2 * * *"
    assert schedule.execution_timezone == "Asia/Shanghai"
    assert schedule.default_status == DefaultScheduleStatus.RUNNING


def test_sensors_are_on_by_default():
    for name in ("warehouse_after_scrapes", "report_run_failure"):
        assert defs.get_sensor_def(name).default_status == DefaultSensorStatus.RUNNING


def test_dbt_tests_are_asset_checks():
    checks = {c.name for c in _graph().asset_check_keys}
    assert any(name.startswith("unique_") for name in checks)
    assert any(name.startswith("not_null_") for name in checks)
