"""Nightly refresh at 02:00 Asia/Shanghai: one scrape run per source; the sensor then builds the warehouse.

The registry is read again at tick time (a source may have been switched off), but a run can only be asked for a
partition the loaded definitions know: a source added since the code location loaded waits for a reload, and the
tick says so. A registry that does not load skips the night and says why. Both leave a report in data/reports/."""
from __future__ import annotations

from datetime import datetime, timezone

from dagster import DefaultScheduleStatus, RunRequest, ScheduleEvaluationContext, SkipReason, schedule

from orchestration.jobs import scrape_job
from orchestration.nightly import NIGHTLY_CRON, TIMEZONE
from orchestration.partitions import loaded_sources
from orchestration.sensors import write_report
from scrapers.registry import RegistryError, load_registry

RELOAD_HINT = ("reload the code location (Dagster UI: Deployment → Reload, or restart `dagster dev` / the code "
               "server) once sources.toml is right")


def write_registry_report(stamp: str, problems: list[str], requested: list[str]) -> str:
    lines = ["# govwatch nightly refresh: source registry problem", "",
             f"* night: {stamp}", f"* at: {datetime.now(timezone.utc).isoformat()}",
             f"* scrapes requested: {', '.join(requested) if requested else 'none'}", "", "## Problems"]
    lines += [f"* {problem}" for problem in problems]
    lines += ["", f"Next: fix the registry (GOVWATCH_SOURCES or sources.toml) if it is broken, then {RELOAD_HINT}."]
    return str(write_report(f"registry-{stamp}.md", lines))


@schedule(job=scrape_job, cron_schedule=NIGHTLY_CRON, execution_timezone=TIMEZONE,
          default_status=DefaultScheduleStatus.RUNNING, name="nightly_refresh")
def nightly_refresh(context: ScheduleEvaluationContext):
    stamp = context.scheduled_execution_time.strftime("%Y%m%d")
    loaded = loaded_sources()  # the scrape asset's partitions, fixed when the definitions were built
    known = set(loaded.ids)
    problems = []
    if loaded.error:
        problems.append(f"the definitions were built while the registry did not load ({loaded.error}); "
                        f"partitions came from: {loaded.origin}")
    try:
        registry = load_registry()  # read at tick time: the registry may have changed
    except RegistryError as exc:
        problems.insert(0, f"source registry does not load, nothing scraped tonight: {exc}")
        path = write_registry_report(stamp, problems, [])
        context.log.error(f"{problems[0]} (report: {path})")
        return SkipReason(f"{problems[0]} (report: {path})")
    nightly = [s.id for s in registry.sources if s.nightly]
    requested = [i for i in nightly if i in known]
    waiting = [i for i in nightly if i not in known]
    if waiting:
        problems.append(f"new sources wait for a reload of the code location (no partition yet): "
                        f"{', '.join(waiting)}")
    if problems and (waiting or not requested):
        path = write_registry_report(stamp, problems, requested)
        context.log.warning(f"{'; '.join(problems)} (report: {path})")
    elif problems:
        context.log.warning("; ".join(problems))
    if not requested:
        return SkipReason("no nightly source to scrape" + (f": {'; '.join(problems)}" if problems else ""))
    return [RunRequest(run_key=f"{stamp}-{i}", partition_key=i) for i in requested]
