"""Sensors: build the warehouse once scrapes have landed; write a clear report when any run fails."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from dagster import (
    AssetKey,
    DagsterRunStatus,
    DefaultSensorStatus,
    RunFailureSensorContext,
    RunRequest,
    RunsFilter,
    SensorEvaluationContext,
    SkipReason,
    run_failure_sensor,
    sensor,
)

from orchestration.jobs import SCRAPE_JOB, warehouse_job
from warehouse.paths import Paths

SCRAPED = AssetKey(["landing", "scraped_pages"])
LOADED = AssetKey(["raw", "page_versions"])
STUCK_AFTER_HOURS = 6
ACTIVE = [DagsterRunStatus.QUEUED, DagsterRunStatus.NOT_STARTED, DagsterRunStatus.STARTING, DagsterRunStatus.STARTED]


@sensor(job=warehouse_job, minimum_interval_seconds=60, default_status=DefaultSensorStatus.RUNNING)
def warehouse_after_scrapes(context: SensorEvaluationContext):
    """One warehouse build after the latest batch of scrapes, once none is still running."""
    instance = context.instance
    scraped = instance.fetch_materializations(SCRAPED, limit=1).records
    if not scraped:
        return SkipReason("nothing scraped yet")
    loaded = instance.fetch_materializations(LOADED, limit=1).records
    if loaded and loaded[0].storage_id > scraped[0].storage_id:
        return SkipReason("warehouse is up to date with the latest scrape")
    run = instance.get_run_by_id(scraped[0].run_id)
    if run is not None and run.tags.get("govwatch/trigger") == "cli":
        return SkipReason("the latest scrape came from the CLI, which builds the warehouse itself")
    # A scrape "running" for hours was killed; it must not hold the warehouse back forever.
    recent = datetime.now(timezone.utc) - timedelta(hours=STUCK_AFTER_HOURS)
    if instance.get_runs_count(RunsFilter(job_name=SCRAPE_JOB, statuses=ACTIVE, created_after=recent)):
        return SkipReason("scrapes still running")
    return RunRequest(run_key=f"after-scrape-{scraped[0].storage_id}")


def _root_cause(error) -> str:
    """Dagster wraps user errors; the innermost cause is what a person needs to read."""
    while getattr(error, "cause", None) is not None:
        error = error.cause
    return error.message.strip()


def write_failure_report(run, message: str, step_errors: list[tuple[str, str]]) -> Path:
    """Nobody watches the nightly run: leave a readable report in data/reports/ (sensor and CLI alike)."""
    lines = [f"# govwatch run failed: {run.job_name}", "",
             f"* run id: {run.run_id}", f"* partition: {run.tags.get('dagster/partition', '-')}",
             f"* trigger: {run.tags.get('govwatch/trigger', 'dagster')}",
             f"* at: {datetime.now(timezone.utc).isoformat()}", f"* message: {message}", "", "## Failed steps"]
    lines += [f"* {step}: {text}" for step, text in step_errors] or ["* (no step failed: see the run's logs)"]
    lines += ["", "Next: open the run in the Dagster UI for its logs; `govwatch status` shows each source's health."]
    reports = Paths.from_env().data_dir / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    path = reports / f"run-failure-{run.run_id}.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def step_errors(failure_events) -> list[tuple[str, str]]:
    out = []
    for event in failure_events:
        error = event.event_specific_data.error if event.event_specific_data else None
        out.append((event.step_key, _root_cause(error) if error else event.message))
    return out


@run_failure_sensor(default_status=DefaultSensorStatus.RUNNING, name="report_run_failure")
def report_run_failure(context: RunFailureSensorContext):
    path = write_failure_report(context.dagster_run, context.failure_event.message,
                                step_errors(context.get_step_failure_events()))
    context.log.error(f"run {context.dagster_run.run_id} failed; report written to {path}")
