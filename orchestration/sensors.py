"""Sensors: build the warehouse once scrapes have landed; write a clear report when any run fails, and when a
build finds a source unhealthy (the sources_healthy check fails: the run itself succeeds)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from dagster import (
    AssetKey,
    DagsterEventType,
    DagsterRunStatus,
    DefaultSensorStatus,
    RunFailureSensorContext,
    RunRequest,
    RunsFilter,
    SensorEvaluationContext,
    SkipReason,
    run_failure_sensor,
    run_status_sensor,
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
    return write_report(f"run-failure-{run.run_id}.md", lines)


def write_report(name: str, lines: list[str]) -> Path:
    """One Markdown file in data/reports/, where a person looks after a night nobody watched."""
    reports = Paths.from_env().data_dir / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    path = reports / name
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
    unhealthy = write_unhealthy_report(context.instance, context.dagster_run)
    if unhealthy is not None:
        context.log.error(f"run {context.dagster_run.run_id} found unhealthy sources; report written to {unhealthy}")


HEALTH_CHECK = "sources_healthy"


def failed_health_checks(instance, run_id: str) -> list:
    """The run's failed sources_healthy evaluations (AssetCheckEvaluation), if the run evaluated that check."""
    records = instance.get_records_for_run(run_id=run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION).records
    evaluations = [r.event_log_entry.dagster_event.event_specific_data for r in records
                   if r.event_log_entry.dagster_event is not None]
    return [e for e in evaluations if e.check_name == HEALTH_CHECK and not e.passed]


def _meta(evaluation, key: str):
    value = evaluation.metadata.get(key)
    return getattr(value, "value", value)


def write_unhealthy_report(instance, run) -> Path | None:
    """A build whose sources_healthy check failed: the run is a SUCCESS, so no failure report; write this one."""
    failed = failed_health_checks(instance, run.run_id)
    if not failed:
        return None
    lines = [f"# govwatch sources unhealthy: {run.job_name}", "",
             f"* run id: {run.run_id}", f"* trigger: {run.tags.get('govwatch/trigger', 'dagster')}",
             f"* at: {datetime.now(timezone.utc).isoformat()}", "", "## Unhealthy sources"]
    for evaluation in failed:
        lines.append(f"* check {evaluation.asset_key.to_user_string()}:{evaluation.check_name}: "
                     f"{_meta(evaluation, 'unhealthy')} of {_meta(evaluation, 'sources')} sources")
        details = _meta(evaluation, "details") or ""
        lines += [f"  * {part.strip()}" for part in str(details).split("; ") if part.strip()]
    lines += ["", "Next: `govwatch status` shows each source's health; open the run in the Dagster UI for its logs."]
    return write_report(f"unhealthy-{run.run_id}.md", lines)


@run_status_sensor(run_status=DagsterRunStatus.SUCCESS, default_status=DefaultSensorStatus.RUNNING,
                   name="report_unhealthy_sources",
                   description="Writes data/reports/unhealthy-<run id>.md when a successful run's sources_healthy "
                               "check failed (failed runs: report_run_failure).")
def report_unhealthy_sources(context):
    path = write_unhealthy_report(context.instance, context.dagster_run)
    if path is not None:
        context.log.error(f"run {context.dagster_run.run_id}: sources unhealthy; report written to {path}")
