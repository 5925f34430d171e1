"""Nightly refresh at 02:00 Asia/Shanghai: one scrape run per source; the sensor then builds the warehouse."""
from dagster import DefaultScheduleStatus, RunRequest, ScheduleEvaluationContext, schedule

from orchestration.jobs import scrape_job
from orchestration.nightly import NIGHTLY_CRON, TIMEZONE
from scrapers.registry import load_registry


@schedule(job=scrape_job, cron_schedule=NIGHTLY_CRON, execution_timezone=TIMEZONE,
          default_status=DefaultScheduleStatus.RUNNING, name="nightly_refresh")
def nightly_refresh(context: ScheduleEvaluationContext):
    stamp = context.scheduled_execution_time.strftime("%Y%m%d")
    for source in load_registry().sources:  # read at tick time: the registry may have changed
        if source.nightly:
            yield RunRequest(run_key=f"{stamp}-{source.id}", partition_key=source.id)
