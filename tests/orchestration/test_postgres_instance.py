"""The Dagster instance on PostgreSQL (deploy/dagster-postgres.yaml): a local cluster, a code server, the webserver
and the daemon share it; runs submitted through the webserver are queued, and the daemon's run workers honour
each pool's limit. The pools the govwatch definitions use follow the warehouse target.

The module is also the small code location the test's code server loads (`defs` below)."""
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from dagster import (
    AssetExecutionContext,
    DagsterEventType,
    DagsterInstance,
    DagsterRunStatus,
    Definitions,
    asset,
    define_asset_job,
)

PROBE_DIR = "GOVWATCH_PROBE_DIR"
SOLO_POOL, PAIR_POOL = "probe_solo", "probe_pair"
PARTNER_WAIT_S = 60  # a bound, not a timing claim: a pair step waits this long at most for its partner


def _hold_slot(pool: str, wait_for: int) -> int:
    """Mark this step running, wait (bounded) until `wait_for` steps of the pool have run at once, hold briefly;
    returns the most steps of the pool this one saw running together."""
    folder = Path(os.environ[PROBE_DIR]) / pool
    folder.mkdir(parents=True, exist_ok=True)
    me = folder / f"running-{os.getpid()}"
    me.touch()
    seen = 0
    try:
        deadline = time.monotonic() + PARTNER_WAIT_S
        while True:
            seen = max(seen, len(list(folder.glob("running-*"))))
            (folder / f"peak-{os.getpid()}").write_text(str(seen))
            peaks = [int(p.read_text() or 0) for p in folder.glob("peak-*")]
            if max(peaks) >= wait_for or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        time.sleep(1.0)
        seen = max(seen, len(list(folder.glob("running-*"))))
        (folder / f"peak-{os.getpid()}").write_text(str(seen))
    finally:
        me.unlink()
    return seen


@asset(pool=SOLO_POOL)
def solo_probe(context: AssetExecutionContext) -> None:
    context.log.info(f"saw {_hold_slot(SOLO_POOL, wait_for=1)} running together")


@asset(pool=PAIR_POOL)
def pair_probe(context: AssetExecutionContext) -> None:
    context.log.info(f"saw {_hold_slot(PAIR_POOL, wait_for=2)} running together")


defs = Definitions(assets=[solo_probe, pair_probe],
                   jobs=[define_asset_job("solo_job", [solo_probe]), define_asset_job("pair_job", [pair_probe])])


@pytest.fixture
def scratch_outside_pytest():
    """A folder under /tmp itself: as root PostgreSQL runs as `postgres`, which must reach its folder, and pytest
    makes its own temp root private again whenever another pytest session starts."""
    path = Path(tempfile.mkdtemp(prefix="govwatch-pg-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def postgres(scratch_outside_pytest):
    from warehouse.pgcluster import LocalPostgres, PostgresUnavailable

    try:
        pg = LocalPostgres(scratch_outside_pytest / "pg").start()
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            raise  # .ci/run installs PostgreSQL: in CI this runs, it never skips
        pytest.skip(str(exc))
    yield pg
    pg.stop()


@pytest.fixture
def pg_instance(postgres, tmp_path, monkeypatch):
    """DAGSTER_HOME with deploy/dagster-postgres.yaml, its connection in the environment; the instance."""
    from orchestration.pg_instance import connection_env, prepare_home

    postgres.create_database("dagster")
    home = prepare_home(tmp_path / "dagster_home")
    env = {"DAGSTER_HOME": str(home), PROBE_DIR: str(tmp_path / "probe"),
           **connection_env("127.0.0.1", postgres.port, postgres.user, "dagster")}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with DagsterInstance.get() as instance:
        yield instance, env


def test_the_deploy_config_puts_every_storage_in_postgres_behind_the_queue(pg_instance):
    from dagster._core.run_coordinator import QueuedRunCoordinator
    from dagster_postgres import PostgresEventLogStorage, PostgresRunStorage, PostgresScheduleStorage

    instance, _ = pg_instance
    assert isinstance(instance.run_storage, PostgresRunStorage)
    assert isinstance(instance.event_log_storage, PostgresEventLogStorage)
    assert isinstance(instance.schedule_storage, PostgresScheduleStorage)
    assert isinstance(instance.run_coordinator, QueuedRunCoordinator)
    queue = instance.get_concurrency_config().run_queue_config
    assert [(limit["key"], limit["value"], limit["limit"]) for limit in queue.tag_concurrency_limits] == [
        ("govwatch/stage", "scrape", 2), ("dagster/partition", {"applyLimitPerUniqueValue": True}, 1)]
    assert instance.get_concurrency_config().pool_config.default_pool_limit == 1


def test_queued_runs_from_the_webserver_honour_each_pools_limit(pg_instance, tmp_path):
    from orchestration.pg_instance import set_pool_limits
    from orchestration.services import DagsterServices, most_at_once, step_intervals

    instance, env = pg_instance
    assert set_pool_limits(instance, {SOLO_POOL: 1, PAIR_POOL: 2}) == {SOLO_POOL: 1, PAIR_POOL: 2}
    services = DagsterServices(("-m", "tests.orchestration.test_postgres_instance", "-a", "defs"), "probes",
                               {**os.environ, **env}, tmp_path / "logs")
    with services:
        solo = [services.submit("solo_job", tags={"probe": str(i)}) for i in range(2)]
        pair = [services.submit("pair_job", tags={"probe": str(i)}) for i in range(3)]
        records = services.wait(instance, solo + pair, timeout=300)

    assert [r.dagster_run.status for r in records] == [DagsterRunStatus.SUCCESS] * 5
    for run_id in solo + pair:  # submitted runs wait in the queue; the daemon launched them
        assert instance.get_records_for_run(run_id, of_type=DagsterEventType.RUN_ENQUEUED).records, run_id
        assert instance.get_records_for_run(run_id, of_type=DagsterEventType.RUN_START).records, run_id
    # the pool of limit 1 never ran two steps at once; the pool of limit 2 ran two, never three
    assert most_at_once(step_intervals(instance, solo)) == 1
    assert most_at_once(step_intervals(instance, pair)) == 2
    peaks = {pool: max(int(p.read_text()) for p in (tmp_path / "probe" / pool).glob("peak-*"))
             for pool in (SOLO_POOL, PAIR_POOL)}
    assert peaks == {SOLO_POOL: 1, PAIR_POOL: 2}


def test_pools_follow_the_warehouse_target(monkeypatch):
    """Embedded: every writer in duckdb_writer. DuckLake: load and extraction in their own pools, dbt and the
    serving copy still one at a time. The same asset definitions, built with the target's pools."""
    from orchestration.definitions import build_definitions

    def pools(target: str) -> dict[str, set[str]]:
        monkeypatch.setenv("GOVWATCH_TARGET", target)
        graph = build_definitions.__wrapped__().resolve_asset_graph()  # not the cached build of another target
        found: dict[str, set[str]] = {}
        for key in graph.get_all_asset_keys():
            if graph.get(key).is_materializable:
                found.setdefault(key.path[0], set()).add(graph.assets_def_for_key(key).op.pool)
        return found

    embedded, lake = pools("duckdb"), pools("ducklake")
    assert set(embedded) == set(lake)  # the same assets on both targets
    assert embedded["raw"] == embedded["facts"] == embedded["serving"] == {"duckdb_writer"}
    assert lake["raw"] == {"lake_load"} and lake["facts"] == {"lake_extract"}
    assert lake["serving"] == {"duckdb_writer"}
    assert embedded["landing"] == lake["landing"] == {None}  # scrapes hold no pool
