"""Run the pipeline through Dagster on the project's instance, so CLI runs appear in the UI's run history."""
from __future__ import annotations

from dataclasses import dataclass

from dagster import DagsterInstance, JobDefinition, execute_job, reconstructable


def scrape_job_def() -> JobDefinition:
    from orchestration.definitions import defs
    from orchestration.jobs import SCRAPE_JOB

    return defs.get_job_def(SCRAPE_JOB)


def warehouse_job_def() -> JobDefinition:
    from orchestration.definitions import defs
    from orchestration.jobs import WAREHOUSE_JOB

    return defs.get_job_def(WAREHOUSE_JOB)


@dataclass
class RunOutcome:
    job: str
    run_id: str
    success: bool
    partition: str | None = None


def run_refresh(source_ids: list[str], instance: DagsterInstance | None = None) -> list[RunOutcome]:
    """One scrape run per source, then one warehouse build: the same shape as the nightly schedule + sensor."""
    instance = instance or DagsterInstance.get()
    outcomes = []
    for source_id in source_ids:
        with execute_job(reconstructable(scrape_job_def), instance=instance,
                         tags={"dagster/partition": source_id, "govwatch/trigger": "cli"}) as result:
            outcomes.append(RunOutcome("scrape_source", result.run_id, result.success, source_id))
    with execute_job(reconstructable(warehouse_job_def), instance=instance,
                     tags={"govwatch/trigger": "cli"}) as result:
        outcomes.append(RunOutcome("build_warehouse", result.run_id, result.success))
    return outcomes
