"""Nightly refresh at 02:00 Asia/Shanghai: one scrape run per source; the sensor then builds the warehouse."""
from dagster import DefaultScheduleStatus, RunRequest, ScheduleEvaluationContext, schedule

from orchestration.jobs import scrape_job
from orchestration.partitions import REGISTRY

NIGHTLY_CRON = "0 2 * * *"
TIMEZONE = "Asia/Shanghai"


@schedule(job=scrape_job, cron_schedule=NIGHTLY_CRON, execution_timezone=TIMEZONE,
          default_status=DefaultScheduleStatus.RUNNING, name="nightly_refresh")
def nightly_refresh(context: ScheduleEvaluationContext):
    stamp = context.scheduled_execution_time.strftime("%Y%m%d")
    for source in REGISTRY.sources:
        if source.nightly:
            yield RunRequest(run_key=f"{stamp}-{source.id}", partition_key=source.id)
