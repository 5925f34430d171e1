"""`govwatch scale-demo`: the offline demo on the DuckLake target, through Dagster on PostgreSQL, with workers in
parallel, on this machine.

A project-local PostgreSQL (warehouse/pgcluster.py, in <data dir>/postgres on a loopback port) holds both the
DuckLake catalog and the Dagster instance's storage (deploy/dagster-postgres.yaml). A code server, the webserver
and the daemon share that instance; every run is queued and launched by the daemon as its own worker process:
the scrapes of the demo's sources (at most two at once, the deploy file's tag limit), the load and the
extraction each as N shard runs writing the lake at once (pools lake_load / lake_extract of limit N), then one
build of the warehouse (dbt and the health checks, one at a time)."""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

LAKE_DB, DAGSTER_DB = "govwatch_lake", "dagster"
LOCATION = "govwatch"  # the code location's name, as in pyproject.toml
RUN_TIMEOUT_S = 1800


@dataclass
class Stage:
    name: str
    runs: list  # RunOutcome, in submission order
    workers_at_once: int  # run worker processes alive together
    steps_at_once: int  # steps executing together (for load and extract: writers on the lake)
    seconds: float


def add_arguments(parser) -> None:
    parser.add_argument("--workers", type=int, default=2,
                        help="load and extract shard runs that write the lake at once (default 2)")
    parser.add_argument("--source", action="append", dest="demo_sources", metavar="ID",
                        help="scrape only this demo source (repeatable; default: all four)")
    parser.add_argument("--port", type=int, default=8765, help="the demo site's port")
    parser.add_argument("--keep-ui", action="store_true",
                        help="keep PostgreSQL and the Dagster webserver up after the summary, until Ctrl-C")


def run(args) -> int:
    from scrapers.registry import RegistryError, load_registry
    from warehouse.paths import Paths
    from warehouse.pgcluster import LocalPostgres, PostgresUnavailable

    if args.workers < 1:
        print("govwatch scale-demo: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        demo_ids = load_registry().demo_ids
    except RegistryError as exc:
        print(f"govwatch scale-demo: {exc}", file=sys.stderr)
        return 2
    sources = args.demo_sources or demo_ids
    unknown = sorted(set(sources) - set(demo_ids))
    if unknown:
        print(f"govwatch scale-demo: not a demo source: {', '.join(unknown)} (demo sources: {', '.join(demo_ids)})",
              file=sys.stderr)
        return 2
    paths = Paths.from_env()
    try:
        pg = LocalPostgres(paths.data_dir / "postgres").start()
    except PostgresUnavailable as exc:
        print(f"govwatch scale-demo: {exc} (bash run.sh scale-demo installs it when run as root)", file=sys.stderr)
        return 2
    try:
        pg.create_database(LAKE_DB)
        pg.create_database(DAGSTER_DB)
        os.environ.update(_scale_env(pg, paths.data_dir))  # this process reads the same instance and lake
        return _run_on_instance(args, pg, paths.data_dir, sources)
    finally:
        pg.stop()


def _run_on_instance(args, pg, data_dir: Path, sources: list[str]) -> int:
    from dagster import DagsterInstance

    from govwatch.cli import _demo_site
    from govwatch.reports import print_demo_summary
    from orchestration.pg_instance import set_pool_limits
    from orchestration.pools import lake_pool_limits
    from orchestration.project import ensure_manifest
    from orchestration.services import DagsterServices

    ensure_manifest(force=True)  # parsed once here, not by each process at once
    create_lake()
    logs = data_dir / "logs" / f"scale-demo-{time.strftime('%Y%m%d-%H%M%S')}"
    with DagsterInstance.get() as instance, _demo_site(args.port) as site:
        os.environ["GOVWATCH_DEMO_URL"] = site.base_url
        limits = set_pool_limits(instance, lake_pool_limits(args.workers, args.workers))
        print(f"demo site: {site.base_url}, scraping {', '.join(sources)}\n{_target_line()}", flush=True)
        print(f"Dagster instance: PostgreSQL database {DAGSTER_DB!r} on 127.0.0.1:{pg.port}, queued run coordinator, "
              f"DAGSTER_HOME {os.environ['DAGSTER_HOME']}", flush=True)
        with DagsterServices(("-m", "orchestration.definitions"), LOCATION, dict(os.environ), logs) as services:
            print(f"Dagster webserver {services.url} on the same instance; scrape workers {_scrape_limit(instance)}, "
                  f"pool limits {limits}; process logs in {logs}", flush=True)
            stages, ok = _run_stages(services, instance, sources, args.workers)
            _print_stages(stages)
            print_demo_summary()
            print(f"\n{_target_line(with_snapshot=True)}")
            if args.keep_ui:
                _hold(services, stages)
    return 0 if ok else 1


def create_lake() -> None:
    """The DuckLake catalog and the warehouse schema, made once before the workers start: writers that first
    attach a new catalog at the same moment would race to create its metadata tables."""
    from warehouse.db import open_warehouse

    open_warehouse().close()


def _scale_env(pg, data_dir: Path) -> dict[str, str]:
    """The lake as the warehouse target and the Postgres instance, for this process and every Dagster process."""
    from orchestration.pg_instance import connection_env, prepare_home

    home = prepare_home(data_dir / "dagster-postgres")
    return {"GOVWATCH_TARGET": "ducklake", "GOVWATCH_LAKE_CATALOG": pg.dsn(LAKE_DB),
            "GOVWATCH_LAKE_DATA": str(data_dir / "lake"), "DAGSTER_HOME": str(home),
            "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
            **connection_env("127.0.0.1", pg.port, pg.user, DAGSTER_DB)}


def _target_line(with_snapshot: bool = False) -> str:
    from warehouse.lake import LakeSettings, connect_lake, current_snapshot

    settings = LakeSettings.from_env()
    line = f"warehouse target: DuckLake, catalog {settings.catalog_dsn!r}, data path {settings.data_path}"
    if with_snapshot:
        con = connect_lake(settings, read_only=True)
        try:
            line += f"; BI reads snapshot {current_snapshot(con)} (attach it READ_ONLY)"
        finally:
            con.close()
    return line


def _run_stages(services, instance, sources: list[str], n: int) -> tuple[list[Stage], bool]:
    """Scrapes, then n load shards, then n extract shards, then the build; stops after a stage with a failure."""
    from orchestration.jobs import EXTRACT_JOB, LOAD_JOB, SCRAPE_JOB, WAREHOUSE_JOB
    from orchestration.runner import CLI_TRIGGER
    from orchestration.shards import shard_tags

    shards = [(f"shard {i}/{n}", shard_tags(i, n)) for i in range(n)]
    plan = [("scrape", SCRAPE_JOB, [(s, {"dagster/partition": s}) for s in sources]),
            ("load", LOAD_JOB, shards), ("extract", EXTRACT_JOB, shards), ("build", WAREHOUSE_JOB, [(None, {})])]
    stages = []
    for name, job, runs in plan:
        # tagged as started from the CLI: the sensor leaves the warehouse build to this command
        stage = _stage(services, instance, name, job, [(label, {**CLI_TRIGGER, **tags}) for label, tags in runs])
        stages.append(stage)
        print(f"{name:<8} {len(stage.runs)} run(s), at most {stage.workers_at_once} worker(s) and "
              f"{stage.steps_at_once} step(s) at once, {stage.seconds:.0f} s", flush=True)
        if not all(o.success for o in stage.runs):
            return stages, False
    return stages, True


def _stage(services, instance, name: str, job: str, runs: list[tuple[str | None, dict]]) -> Stage:
    from orchestration.runner import RunOutcome
    from orchestration.services import most_at_once, run_intervals, step_intervals

    started = time.monotonic()
    ids = [services.submit(job, tags=tags) for _, tags in runs]
    finished = services.wait(instance, ids, timeout=RUN_TIMEOUT_S)
    records = {r.dagster_run.run_id: r for r in finished}
    outcomes = []
    for (label, _), run_id in zip(runs, ids, strict=True):
        run = records[run_id].dagster_run
        outcome = RunOutcome(job, run_id, run.is_success, label)
        if not run.is_success:
            outcome.report = str(_failure_report(instance, run))
        outcomes.append(outcome)
    return Stage(name, outcomes, most_at_once(run_intervals(finished)), most_at_once(step_intervals(instance, ids)),
                 time.monotonic() - started)


def _failure_report(instance, run) -> Path:
    from dagster import DagsterEventType

    from orchestration.sensors import step_errors, write_failure_report

    failures = instance.get_records_for_run(run.run_id, of_type=DagsterEventType.STEP_FAILURE).records
    return write_failure_report(run, f"run {run.status.value} (started by govwatch scale-demo)",
                                step_errors([r.event_log_entry.dagster_event for r in failures]))


def _scrape_limit(instance) -> str:
    from orchestration.jobs import SCRAPE_STAGE, STAGE_TAG

    limits = instance.get_concurrency_config().run_queue_config.tag_concurrency_limits or []
    found = [str(lim["limit"]) for lim in limits if lim.get("key") == STAGE_TAG and lim.get("value") == SCRAPE_STAGE]
    return found[0] if found else "unlimited"


def _print_stages(stages: list[Stage]) -> None:
    from govwatch.cli import _print_runs

    print("\n== Runs (each its own worker process, queued and launched by the daemon) ==")
    outcomes = [o for stage in stages for o in stage.runs]
    _print_runs(outcomes, None)
    for failed in (o for o in outcomes if o.report):
        print(f"\n{Path(failed.report).read_text(encoding='utf-8').strip()}")


def _hold(services, stages: list[Stage]) -> None:
    print(f"\nDagster UI: {services.url} shows these {sum(len(s.runs) for s in stages)} runs and their logs; "
          "Ctrl-C stops it and PostgreSQL", flush=True)
    try:
        while True:
            services.check_alive()
            time.sleep(2.0)
    except KeyboardInterrupt:
        pass
