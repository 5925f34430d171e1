"""Run the pipeline through Dagster on the project's instance, so CLI runs appear in the UI's run history."""
from __future__ import annotations

import os
import socket
from dataclasses import dataclass

from dagster import DagsterInstance, DagsterRunStatus, JobDefinition, RunsFilter, execute_job, reconstructable


def scrape_job_def() -> JobDefinition:
    from orchestration.definitions import build_definitions
    from orchestration.jobs import SCRAPE_JOB

    return build_definitions().resolve_job_def(SCRAPE_JOB)


def warehouse_job_def() -> JobDefinition:
    from orchestration.definitions import build_definitions
    from orchestration.jobs import WAREHOUSE_JOB

    return build_definitions().resolve_job_def(WAREHOUSE_JOB)


@dataclass
class RunOutcome:
    job: str
    run_id: str
    success: bool
    partition: str | None = None
    report: str | None = None  # the failure report, when the run failed


def _outcome(job: str, result, partition: str | None = None) -> RunOutcome:
    """CLI runs have no code-location origin, so the failure sensor does not see them: report here."""
    outcome = RunOutcome(job, result.run_id, result.success, partition)
    if not result.success:
        from orchestration.sensors import step_errors, write_failure_report

        outcome.report = str(write_failure_report(result.dagster_run, "run failed (started from the CLI)",
                                                  step_errors(result.get_step_failure_events())))
    return outcome


PID_TAG, HOST_TAG = "govwatch/pid", "govwatch/host"
# runs a command started: the sensor leaves the warehouse build after them to that command
CLI_TRIGGER = {"govwatch/trigger": "cli"}
ACTIVE = [DagsterRunStatus.STARTING, DagsterRunStatus.STARTED]


def _cli_tags() -> dict[str, str]:
    return {**CLI_TRIGGER, PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}


def release_dead_cli_runs(instance: DagsterInstance) -> list[str]:
    """A CLI run killed mid-way stays STARTED and keeps its duckdb_writer slot, which would block every later
    writer. Runs whose process on this host is gone are marked failed and their slots freed."""
    released = []
    for run in instance.get_runs(RunsFilter(statuses=ACTIVE, tags={HOST_TAG: socket.gethostname()})):
        pid = int(run.tags.get(PID_TAG, "0") or 0)
        if pid and not _alive(pid):
            instance.report_run_failed(run, f"process {pid} is gone (killed); released by govwatch")
            instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
            released.append(run.run_id)
    return released


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def run_refresh(source_ids: list[str], instance: DagsterInstance | None = None) -> list[RunOutcome]:
    """One scrape run per source, then one warehouse build: the same shape as the nightly schedule + sensor."""
    instance = instance or DagsterInstance.get()
    release_dead_cli_runs(instance)
    outcomes = []
    for source_id in source_ids:
        with execute_job(reconstructable(scrape_job_def), instance=instance,
                         tags={"dagster/partition": source_id, **_cli_tags()}) as result:
            outcomes.append(_outcome("scrape_source", result, source_id))
    with execute_job(reconstructable(warehouse_job_def), instance=instance,
                     tags=_cli_tags()) as result:
        outcomes.append(_outcome("build_warehouse", result))
    return outcomes
