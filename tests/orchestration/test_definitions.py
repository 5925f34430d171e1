"""Load the Definitions and check what a data engineer relies on in the UI: lineage, the writer pool, the schedule,
dbt grouped by layer, the Launchpad switches, freshness policies, and one snapshot of the whole graph."""
import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml
from dagster import AssetKey, DefaultScheduleStatus, DefaultSensorStatus

from orchestration.assets.dbt import DbtBuildConfig, dbt_build_args, health_clock
from orchestration.definitions import build_definitions
from orchestration.jobs import WAREHOUSE_JOB

REPO = Path(__file__).resolve().parents[2]
WRITER_POOL = "duckdb_writer"
SNAPSHOT = Path(__file__).with_name("definitions_snapshot.json")


@pytest.fixture(scope="module")
def defs():
    return build_definitions()


def _graph(defs):
    return defs.resolve_asset_graph()


def test_every_stage_is_an_asset(defs):
    keys = {k.to_user_string() for k in _graph(defs).get_all_asset_keys()}
    for expected in ["landing/scraped_pages", "raw/page_versions", "raw/fetch_log", "raw/sources",
                     "facts/project_mentions", "facts/target_mentions", "serving/serving_copy"]:
        assert expected in keys
    assert any(k.endswith("fct_notices") for k in keys)


def test_lineage_runs_from_scrape_through_dbt_to_serving(defs):
    graph = _graph(defs)
    raw = AssetKey(["raw", "page_versions"])
    assert AssetKey(["landing", "scraped_pages"]) in graph.get(raw).parent_keys
    stg = next(k for k in graph.get_all_asset_keys() if k.path[-1] == "stg_raw__page_versions")
    assert raw in graph.get(stg).parent_keys
    facts_stg = [k for k in graph.get_all_asset_keys() if k.path[-1].startswith("stg_facts__")]
    assert facts_stg, "fact staging models should exist"
    assert any(p.path[0] == "facts" for k in facts_stg for p in graph.get(k).parent_keys)
    serving = graph.get(AssetKey(["serving", "serving_copy"]))
    assert any(p.path[-1] == "fct_notices" for p in serving.parent_keys)
    health = next(k for k in graph.get_all_asset_keys() if k.path[-1] == "fct_source_health")
    assert any(p.path[-1] == "stg_raw__sources" for p in graph.get(health).parent_keys)


def test_every_duckdb_writer_is_in_one_pool_of_size_one(defs):
    graph = _graph(defs)
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


def test_nightly_schedule_is_0200_shanghai_and_on_by_default(defs):
    schedule = defs.get_schedule_def("nightly_refresh")
    assert schedule.cron_schedule == "0 2 * * *"
    assert schedule.execution_timezone == "Asia/Shanghai"
    assert schedule.default_status == DefaultScheduleStatus.RUNNING


def test_sensors_are_on_by_default(defs):
    for name in ("warehouse_after_scrapes", "report_run_failure", "report_unhealthy_sources"):
        assert defs.get_sensor_def(name).default_status == DefaultSensorStatus.RUNNING


def test_dbt_tests_are_asset_checks(defs):
    checks = {c.name for c in _graph(defs).asset_check_keys}
    assert any(name.startswith("unique_") for name in checks)
    assert any(name.startswith("not_null_") for name in checks)


def test_dbt_assets_are_grouped_by_layer_with_owners_and_kinds(defs):
    graph = _graph(defs)
    by_prefix = {"stg_": "staging", "int_": "intermediate", "fct_": "marts", "dim_": "marts"}
    dbt_keys = [k for k in graph.get_all_asset_keys() if "dbt" in graph.get(k).kinds]
    assert dbt_keys
    for key in dbt_keys:
        node = graph.get(key)
        expected = next((g for p, g in by_prefix.items() if key.path[-1].startswith(p)), "seeds")
        assert node.group_name == expected, key
        assert "team:warehouse" in node.owners, key
        assert node.kinds >= {"dbt", "duckdb"} and node.kinds & {"table", "csv"}, key
    assert "default" not in {graph.get(k).group_name for k in graph.get_all_asset_keys()}


def test_the_marts_and_serving_copy_must_be_fresh_every_morning(defs):
    graph = _graph(defs)
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        policy = node.freshness_policy
        if node.group_name in ("marts", "serving"):
            assert policy is not None and policy.deadline_cron == "0 8 * * *", key
            assert policy.timezone == "Asia/Shanghai"
        else:
            assert policy is None, key


def test_launchpad_switches_are_off_by_default(defs):
    config = defs.resolve_job_def(WAREHOUSE_JOB).run_config
    assert config["ops"]["extracted_facts"]["config"] == {"reextract_all": False}
    assert config["ops"]["govwatch_dbt_models"]["config"] == {"full_refresh": False, "health_as_of": ""}


def test_dbt_build_args_carry_full_refresh_and_the_clock_goes_by_environment():
    now = datetime(2026, 1, 31, 2, 0, tzinfo=timezone.utc)
    assert dbt_build_args(DbtBuildConfig()) == ["build"]  # no --vars: a var that changes each night reparses all
    frozen = DbtBuildConfig(full_refresh=True, health_as_of="2025-06-01T00:00:00")
    assert dbt_build_args(frozen) == ["build", "--full-refresh"]
    assert health_clock(DbtBuildConfig(), now) == "2026-01-31T02:00:00"
    assert health_clock(frozen, now) == "2025-06-01T00:00:00"
    assert health_clock(DbtBuildConfig(health_as_of="2025-06-01T10:00:00+08:00"), now) == "2025-06-01T02:00:00"
    with pytest.raises(ValueError):  # only a timestamp reaches the SQL
        health_clock(DbtBuildConfig(health_as_of="2025-06-01'; drop table raw.sources; --"), now)


def test_a_run_starts_from_the_last_parse_and_leaves_its_own(tmp_path, monkeypatch):
    from orchestration import project

    saved = tmp_path / "state" / "partial_parse.msgpack"
    monkeypatch.setattr(project, "PARTIAL_PARSE", saved)
    with project.reused_parse(tmp_path / "run1"):  # none yet: dbt parses everything and writes its own
        assert not (tmp_path / "run1" / saved.name).exists()
        (tmp_path / "run1" / saved.name).write_bytes(b"parse 1")
    assert saved.read_bytes() == b"parse 1"
    with project.reused_parse(tmp_path / "run2"):
        assert (tmp_path / "run2" / saved.name).read_bytes() == b"parse 1"
        (tmp_path / "run2" / saved.name).write_bytes(b"parse 2")
    assert saved.read_bytes() == b"parse 2"
    with project.environ(GOVWATCH_HEALTH_AS_OF="2026-01-31T02:00:00"):
        assert os.environ["GOVWATCH_HEALTH_AS_OF"] == "2026-01-31T02:00:00"
    assert "GOVWATCH_HEALTH_AS_OF" not in os.environ


def _snapshot(defs) -> dict:
    graph = _graph(defs)
    assets = {}
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        policy = node.freshness_policy
        assets[key.to_user_string()] = {
            "group": node.group_name, "kinds": sorted(node.kinds), "owners": sorted(node.owners),
            "partitioned": node.partitions_def is not None, "materializable": node.is_materializable,
            "freshness": f"{policy.deadline_cron} {policy.timezone}" if policy else None,
        }
    return {
        "assets": assets,
        "asset_checks": sorted(c.to_user_string() for c in graph.asset_check_keys),
        "jobs": {job.name: {"launchpad_config": sorted((job.run_config or {}).get("ops", {}))} for job in
                 (defs.resolve_job_def(name) for name in ("scrape_source", "build_warehouse"))},
        "schedules": {s.name: {"cron": s.cron_schedule, "timezone": s.execution_timezone, "job": s.job_name,
                               "default_status": s.default_status.value} for s in defs.schedules},
        "sensors": {s.name: {"default_status": s.default_status.value} for s in defs.sensors},
    }


def test_definitions_snapshot(defs):
    """One file to review when the graph changes. Regenerate: GOVWATCH_UPDATE_SNAPSHOT=1 pytest this test."""
    current = _snapshot(defs)
    if os.environ.get("GOVWATCH_UPDATE_SNAPSHOT"):
        SNAPSHOT.write_text(json.dumps(current, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    assert current == json.loads(SNAPSHOT.read_text(encoding="utf-8")), (
        "the asset graph changed: review the difference, then regenerate definitions_snapshot.json "
        "with GOVWATCH_UPDATE_SNAPSHOT=1")


def test_importing_orchestration_does_no_work(tmp_path):
    """No registry read, no env var exported, no `dbt parse`, no file of the dbt project read at import."""
    script = """
import os, subprocess, sys
import dagster, dagster_dbt, dagster_duckdb  # third-party imports may probe the platform; ours may not
def refuse(*a, **k):
    raise AssertionError(f"subprocess at import: {a}")
subprocess.run = subprocess.Popen = refuse
import builtins
real_open = builtins.open
def guarded_open(file, *a, **k):
    name = str(file)
    if "dbt_project" in name or name.endswith("sources.toml"):
        raise AssertionError(f"read at import: {name}")
    return real_open(file, *a, **k)
builtins.open = guarded_open
import orchestration.definitions, orchestration.assets.serving, orchestration.partitions, orchestration.runner
builtins.open = real_open
leaked = [v for v in ("GOVWATCH_DB", "GOVWATCH_DATA_DIR", "DBT_LOG_PATH") if v in os.environ]
assert not leaked, leaked
print("ok")
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOVWATCH_", "DBT_"))}
    env["GOVWATCH_SOURCES"] = str(tmp_path / "missing.toml")  # reading it would fail
    env["PYTHONPATH"] = str(REPO)
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-3000:]


def test_dagster_dev_loads_the_code_location_named_in_pyproject():
    from dagster._core.workspace.autodiscovery import loadable_targets_from_python_module
    from dagster._core.workspace.load_target import PyProjectFileTarget

    (origin,) = PyProjectFileTarget(str(REPO / "pyproject.toml")).create_origins()
    assert origin.location_name == "govwatch"
    assert origin.loadable_target_origin.module_name == "orchestration.definitions"
    (target,) = loadable_targets_from_python_module("orchestration.definitions", str(REPO))
    assert target.attribute == "defs"


def test_govwatch_ui_lets_dagster_dev_read_pyproject(monkeypatch, tmp_path):
    """`bash run.sh ui` → `govwatch ui` → `dagster dev` in the repo root with no -m/-f, so [tool.dagster] names
    the code location."""
    import orchestration.project
    from govwatch import cli

    calls = []

    def fake_execv(path, argv):
        calls.append((os.getcwd(), argv))
        raise SystemExit(0)

    monkeypatch.chdir(REPO / "tests")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    monkeypatch.setattr(orchestration.project, "ensure_manifest", lambda force=False: None)
    monkeypatch.setattr(cli.os, "execv", fake_execv)
    with pytest.raises(SystemExit):
        cli.main(["ui", "--port", "3999"])
    (cwd, argv), = calls
    assert Path(cwd) == REPO and argv[1:2] == ["dev"]
    assert not {"-m", "-f", "-w", "--module-name", "--python-file", "--workspace"} & set(argv)
