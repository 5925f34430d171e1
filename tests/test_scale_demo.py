"""`govwatch scale-demo` end to end on two of the demo's sources: a project-local PostgreSQL holds the DuckLake
catalog and the Dagster instance; the scrapes, two load shards, two extract shards and the build run as queued
runs through the daemon; the summary names the target; the lake holds every notice once and each extract shard
did its own share."""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from dagster import AssetKey, DagsterEventType, DagsterInstance, DagsterRunStatus

REPO = Path(__file__).resolve().parent.parent
SOURCES = ("demo_jpaas", "demo_trs")  # 20 notices each (scrapers/demo_site)
N_NOTICES = 40


@pytest.fixture(scope="module")
def scale_demo():
    from warehouse.pgcluster import PostgresUnavailable, server_bin_dir

    try:
        server_bin_dir()
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            raise  # .ci/run installs PostgreSQL: in CI this runs, it never skips
        pytest.skip(str(exc))
    # under /tmp itself: as root PostgreSQL runs as `postgres`, which must reach the data dir, and pytest makes
    # its own temp root private again whenever another pytest session starts
    data = Path(tempfile.mkdtemp(prefix="govwatch-scale-"))
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GOVWATCH_", "DAGSTER_", "DBT_")) or k == "GOVWATCH_SOURCES"}
    env["GOVWATCH_DATA_DIR"] = str(data)
    args = [arg for source in SOURCES for arg in ("--source", source)]
    run = subprocess.run([sys.executable, "-m", "govwatch", "scale-demo", *args, "--port", "0"], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=1800)
    yield data, run
    shutil.rmtree(data, ignore_errors=True)


def test_the_demo_runs_on_the_lake_through_queued_runs_and_prints_the_summary(scale_demo):
    data, run = scale_demo
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]
    out = run.stdout
    assert "warehouse target: DuckLake, catalog 'dbname=govwatch_lake host=127.0.0.1" in out
    assert f"data path {data / 'lake'}" in out
    assert "Dagster instance: PostgreSQL database 'dagster'" in out and "queued run coordinator" in out
    runs = [line.split() for line in out.splitlines() if " run " in line and line.split()[0] in
            ("scrape_source", "load_landing", "extract_facts", "build_warehouse")]
    assert sorted((r[0], r[-3]) for r in runs) == sorted(
        [("scrape_source", "ok")] * 2 + [("load_landing", "ok")] * 2 + [("extract_facts", "ok")] * 2
        + [("build_warehouse", "ok")])
    # the same summary as `govwatch demo`, read from the lake
    assert "== What landed and what the marts hold ==" in out and "== Sources: one per CMS family" in out
    counts = dict(line.split() for line in out.splitlines()
                  if line.startswith(("marts.fct_notices ", "raw.page_versions ")))
    assert counts == {"marts.fct_notices": str(N_NOTICES), "raw.page_versions": str(N_NOTICES)}
    assert "BI reads snapshot" in out


def test_the_lake_holds_each_notice_once_and_the_instance_kept_every_run(scale_demo, monkeypatch):
    from orchestration.pg_instance import connection_env
    from warehouse.db import duplicate_keys
    from warehouse.lake import LakeSettings, connect_lake
    from warehouse.pgcluster import LocalPostgres

    data, run = scale_demo
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]
    with LocalPostgres(data / "postgres") as pg:  # the demo's cluster, on the port it kept
        lake = connect_lake(LakeSettings(pg.dsn("govwatch_lake"), str(data / "lake")), read_only=True)
        assert duplicate_keys(lake) == {}
        assert lake.execute("SELECT count(*), count(DISTINCT page_version_id) FROM facts.extractions").fetchone() \
            == (N_NOTICES, N_NOTICES)
        assert lake.execute("SELECT count(*) FROM raw.scrape_runs").fetchone() == (len(SOURCES),)
        lake.close()

        for key, value in {"DAGSTER_HOME": str(data / "dagster-postgres"),
                           **connection_env("127.0.0.1", pg.port, pg.user, "dagster")}.items():
            monkeypatch.setenv(key, value)
        with DagsterInstance.get() as instance:
            runs = instance.get_runs()
            assert {r.status for r in runs} == {DagsterRunStatus.SUCCESS} and len(runs) == 7
            extract_runs = [r for r in runs if r.job_name == "extract_facts"]
            assert sorted(r.tags["govwatch/shard"] for r in extract_runs) == ["0/2", "1/2"]
            shares = []
            for r in extract_runs:
                assert instance.get_records_for_run(r.run_id, of_type=DagsterEventType.RUN_ENQUEUED).records
                (m,) = [e.event_log_entry.asset_materialization for e in instance.get_records_for_run(
                    r.run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION).records
                    if e.event_log_entry.asset_materialization.asset_key == AssetKey(["facts", "extractions"])]
                shares.append(m.metadata["pages_extracted"].value)
            # each shard extracted its own share, together every notice once
            assert all(share > 0 for share in shares) and sum(shares) == N_NOTICES
