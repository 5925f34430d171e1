"""The unattended night when something is off: a registry that does not load, a source added while the code server
runs, a source found unhealthy by a successful build, and how many scrapes the embedded instance runs at once.
Each leaves the definitions loadable and a report in data/reports/; no network."""
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from dagster import (
    AssetCheckSpec,
    AssetKey,
    DagsterEventType,
    DagsterInstance,
    MaterializeResult,
    SkipReason,
    asset,
    build_run_status_sensor_context,
    build_schedule_context,
    materialize,
)

from orchestration import partitions, schedules
from orchestration.partitions import SourceIds, load_source_ids
from scrapers.registry import load_registry

REPO = Path(__file__).resolve().parents[2]
NIGHT = datetime(2026, 11, 26, 2, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
GOOD = (REPO / "sources.toml").read_text(encoding="utf-8")
NEW_SOURCE = '''
[[source]]
id = "newsite"
name = "new site"
cms = "hanweb_classic"
base_url = "https://www.newsite.gov.cn"
allowed_hosts = ["www.newsite.gov.cn"]
webid = 1
columns = [{ id = "1" }]
'''
BAD_REGISTRIES = {
    "typo": GOOD.replace("stale_after_days = 30", "stale_afer_days = 30", 1),
    "unknown_cms": GOOD.replace('cms = "hanweb_classic"', 'cms = "trs_wmc"', 1),
    "duplicate_id": GOOD + NEW_SOURCE + NEW_SOURCE,
    "broken_toml": GOOD + "\n[[source]\nid = \n",
}


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVWATCH_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def _registry(tmp_path, monkeypatch, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("GOVWATCH_SOURCES", str(path))
    return path


@pytest.mark.parametrize("kind", sorted(BAD_REGISTRIES))
def test_a_bad_registry_falls_back_to_the_last_good_one(kind, tmp_path, monkeypatch, data_dir):
    assert load_source_ids() == SourceIds(tuple(load_registry(REPO / "sources.toml").ids))  # remembered
    _registry(tmp_path, monkeypatch, BAD_REGISTRIES[kind])
    loaded = load_source_ids()
    assert loaded.error and loaded.origin.startswith("last good registry")
    assert loaded.ids == tuple(load_registry(REPO / "sources.toml").ids)
    (data_dir / partitions.LAST_GOOD_FILE).unlink()  # none kept: no source at all, still the error
    assert load_source_ids() == SourceIds((), loaded.error, "none")


@pytest.fixture
def fresh_definitions():
    """build_definitions and the scrape asset are built once per process: rebuild them, and again afterwards."""
    from orchestration.assets.ingest import scraped_pages_asset
    from orchestration.definitions import build_definitions

    def clear():
        for cached in (build_definitions, scraped_pages_asset, partitions.loaded_sources):
            cached.cache_clear()

    clear()
    yield build_definitions
    clear()


def test_the_definitions_load_with_a_broken_registry_and_say_so(tmp_path, monkeypatch, data_dir, fresh_definitions):
    _registry(tmp_path, monkeypatch, BAD_REGISTRIES["unknown_cms"])
    defs = fresh_definitions()  # raised RegistryError before: the schedule and report sensors went down with it
    assert defs.get_schedule_def("nightly_refresh") and defs.get_sensor_def("report_run_failure")
    scrape = defs.resolve_assets_def(AssetKey(["landing", "scraped_pages"]))
    assert scrape.partitions_def.get_partition_keys() == []
    assert "trs_wmc" in scrape.descriptions_by_key[scrape.key]
    # the night's tick skips, names the error, and leaves a report where run failures leave theirs
    result = schedules.nightly_refresh(build_schedule_context(scheduled_execution_time=NIGHT))
    assert isinstance(result, SkipReason) and "trs_wmc" in result.skip_message
    report = (data_dir / "reports" / "registry-20261126.md").read_text(encoding="utf-8")
    assert "trs_wmc" in report and "scrapes requested: none" in report


def test_a_source_added_since_the_load_waits_for_a_reload(tmp_path, monkeypatch, data_dir):
    from orchestration.definitions import build_definitions

    monkeypatch.delenv("GOVWATCH_SOURCES", raising=False)
    repository = build_definitions().get_repository_def()  # as the code server loaded it: sources.toml
    known = partitions.loaded_sources().ids
    _registry(tmp_path, monkeypatch, GOOD + NEW_SOURCE)  # then a source is added; nobody reloads
    context = build_schedule_context(scheduled_execution_time=NIGHT, repository_def=repository)
    data = schedules.nightly_refresh.evaluate_tick(context)  # raised DagsterUnknownPartitionError: no scrape at all
    keys = [r.partition_key for r in data.run_requests]
    assert keys == [s.id for s in load_registry(REPO / "sources.toml").sources if s.nightly]  # not all or nothing
    assert "newsite" not in keys and set(keys) <= set(known)
    report = (data_dir / "reports" / "registry-20261126.md").read_text(encoding="utf-8")
    assert "newsite" in report and "reload" in report


def test_a_broken_registry_at_tick_time_skips_the_night_with_a_report(tmp_path, monkeypatch, data_dir):
    monkeypatch.setattr(schedules, "loaded_sources", lambda: SourceIds(("lishui",)))
    _registry(tmp_path, monkeypatch, BAD_REGISTRIES["broken_toml"])
    data = schedules.nightly_refresh.evaluate_tick(build_schedule_context(scheduled_execution_time=NIGHT))
    assert not data.run_requests and "not valid TOML" in data.skip_message
    assert "not valid TOML" in (data_dir / "reports" / "registry-20261126.md").read_text(encoding="utf-8")


def test_a_build_that_finds_a_source_unhealthy_leaves_a_report(data_dir):
    from orchestration.checks import source_health_check_results
    from orchestration.sensors import report_unhealthy_sources

    rows = [{"source_id": "lishui", "status": "OK"},
            {"source_id": "down", "status": "FAILING", "last_run_message": "connection refused (127.0.0.1:9)"}]

    health = ["marts", "fct_source_health"]

    @asset(key=health, check_specs=[AssetCheckSpec(n, asset=health) for n in ("sources_healthy", "sources_fresh")])
    def fct_source_health():
        return MaterializeResult(check_results=source_health_check_results(rows))

    instance = DagsterInstance.ephemeral()
    result = materialize([fct_source_health], instance=instance)
    assert result.success  # an unhealthy source does not fail the run: report_run_failure never fires
    success = next(e for e in result.all_events if e.event_type == DagsterEventType.RUN_SUCCESS)
    context = build_run_status_sensor_context(sensor_name="report_unhealthy_sources", dagster_event=success,
                                              dagster_instance=instance, dagster_run=result.dagster_run)
    report_unhealthy_sources(context)
    report = (data_dir / "reports" / f"unhealthy-{result.run_id}.md").read_text(encoding="utf-8")
    assert "down: FAILING" in report and "connection refused" in report and "lishui" not in report

    rows[1]["status"] = "OK"  # a healthy night writes nothing
    healthy = materialize([fct_source_health], instance=instance)
    success = next(e for e in healthy.all_events if e.event_type == DagsterEventType.RUN_SUCCESS)
    report_unhealthy_sources(build_run_status_sensor_context(
        sensor_name="report_unhealthy_sources", dagster_event=success, dagster_instance=instance,
        dagster_run=healthy.dagster_run))
    assert not (data_dir / "reports" / f"unhealthy-{healthy.run_id}.md").exists()


def test_the_embedded_instance_runs_at_most_as_many_scrapes_as_the_deploy_file(tmp_path):
    deploy = yaml.safe_load((REPO / "deploy" / "dagster-postgres.yaml").read_text(encoding="utf-8"))
    expected = deploy["concurrency"]["runs"]["tag_concurrency_limits"]
    assert {"key": "govwatch/stage", "value": "scrape", "limit": 2} in expected
    # and one run per source: two runs of one partition (a UI re-execution during the night) never crawl at once
    assert {"key": "dagster/partition", "value": {"applyLimitPerUniqueValue": True}, "limit": 1} in expected
    home = tmp_path / "home"  # load a copy: the real .dagster_home keeps its run history
    home.mkdir()
    (home / "dagster.yaml").write_text((REPO / ".dagster_home" / "dagster.yaml").read_text(encoding="utf-8"))
    with DagsterInstance.from_config(str(home)) as instance:
        queue = instance.get_concurrency_config().run_queue_config
        assert [dict(limit) for limit in queue.tag_concurrency_limits] == expected
