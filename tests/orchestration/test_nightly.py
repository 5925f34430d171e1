"""The unattended path: the 02:00 schedule asks for one scrape per source; the sensor then builds the warehouse once."""
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from dagster import DagsterInstance, RunRequest, SkipReason, build_schedule_context, build_sensor_context, materialize

from orchestration.assets.ingest import raw_tables, scraped_pages_asset
from orchestration.resources import RESOURCES
from orchestration.schedules import nightly_refresh
from orchestration.sensors import warehouse_after_scrapes
from scrapers.demo_site.server import DemoSite
from scrapers.registry import load_registry


def test_schedule_requests_one_scrape_per_source():
    when = datetime(2026, 11, 26, 2, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    requests = list(nightly_refresh(build_schedule_context(scheduled_execution_time=when)))
    nightly = [s.id for s in load_registry().sources if s.nightly]
    assert [r.partition_key for r in requests] == nightly and "lishui" in nightly and "demo" not in nightly
    assert len({r.run_key for r in requests}) == len(requests)  # one per source per night


def test_the_health_mart_knows_when_the_nightly_tick_is():
    """fct_source_health calls a nightly source OVERDUE when its last scrape is older than the latest tick: the dbt
    var must be the schedule's hour (02:00 Asia/Shanghai) in UTC, the zone the runs and the clock are stored in."""
    import yaml

    from orchestration.nightly import NIGHTLY_CRON, TIMEZONE

    minute, hour = NIGHTLY_CRON.split()[:2]
    tick = datetime(2026, 12, 7, int(hour), int(minute), tzinfo=ZoneInfo(TIMEZONE)).astimezone(ZoneInfo("UTC"))
    dbt_vars = yaml.safe_load((Path(__file__).resolve().parents[2] / "dbt_project/dbt_project.yml").read_text())["vars"]
    assert (dbt_vars["nightly_tick_utc_hour"], tick.minute) == (tick.hour, 0)


def test_sensor_builds_the_warehouse_once_after_scrapes(tmp_path, monkeypatch):
    for var, name in [("GOVWATCH_DATA_DIR", ""), ("GOVWATCH_DB", "warehouse.duckdb"),
                      ("GOVWATCH_LANDING", "landing"), ("GOVWATCH_SERVING", "serving.duckdb")]:
        monkeypatch.setenv(var, str(tmp_path / name) if name else str(tmp_path))
    instance = DagsterInstance.ephemeral()
    assert isinstance(warehouse_after_scrapes(build_sensor_context(instance=instance)), SkipReason)
    with DemoSite() as site:
        monkeypatch.setenv("GOVWATCH_DEMO_URL", site.base_url)
        scrape = materialize([scraped_pages_asset()], partition_key="demo", resources=RESOURCES, instance=instance)
        assert scrape.success
    request = warehouse_after_scrapes(build_sensor_context(instance=instance))
    assert isinstance(request, RunRequest)
    assert materialize([raw_tables], resources=RESOURCES, instance=instance).success
    assert isinstance(warehouse_after_scrapes(build_sensor_context(instance=instance)), SkipReason)  # up to date


def test_a_failed_run_leaves_a_readable_report(tmp_path, monkeypatch):
    from dagster import DagsterEventType, build_run_status_sensor_context, job, op

    from orchestration.sensors import report_run_failure

    monkeypatch.setenv("GOVWATCH_DATA_DIR", str(tmp_path))

    @op
    def fetch_column_listing():
        raise RuntimeError("www.lishui.gov.cn answered 521 (加速乐 challenge)")

    @job
    def nightly_like():
        fetch_column_listing()

    instance = DagsterInstance.ephemeral()
    result = nightly_like.execute_in_process(instance=instance, raise_on_error=False)
    failure = next(e for e in result.all_events if e.event_type == DagsterEventType.RUN_FAILURE)
    context = build_run_status_sensor_context(sensor_name="report_run_failure", dagster_event=failure,
                                              dagster_instance=instance,
                                              dagster_run=result.dagster_run).for_run_failure()
    report_run_failure(context)
    report = (tmp_path / "reports" / f"run-failure-{result.run_id}.md").read_text(encoding="utf-8")
    assert "nightly_like" in report and "fetch_column_listing" in report and "521" in report
