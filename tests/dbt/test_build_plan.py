"""A night's dbt build rebuilds what is downstream of a change and nothing else (warehouse/dbt_builds.py), and
what it leaves as it is equals what a whole build would make: the synthetic warehouse is built whole, then
nights with nothing at all, with only fetches and listings, and with everything a night can bring
(test_incremental.second_load) are built by plan, and every model is compared with a `--full-refresh` build."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from tests.dbt.synthetic_warehouse import build_warehouse
from tests.dbt.test_fact_marts import DBT, REPO
from tests.dbt.test_incremental import _fetches, dbt, differences, model_tables, second_load
from warehouse.db import migrate
from warehouse.dbt_builds import last_build, load_manifest, plan_build, record_build

MANIFEST_DIR = "manifest"


def manifest(work: Path) -> dict:
    """The project's manifest as dbt parses it (what Dagster's asset plans from)."""
    target = work / MANIFEST_DIR
    subprocess.run([str(DBT), "parse", "--project-dir", "dbt_project", "--profiles-dir", "dbt_project",
                    "--target-path", str(target), "--log-path", str(target)], cwd=REPO, check=True,
                   env={**os.environ, "GOVWATCH_DB": str(work / "parse.duckdb")}, capture_output=True, timeout=300)
    return load_manifest(target / "manifest.json")


def planned_build(db: Path, work: Path, project: dict) -> tuple[dict, object]:
    """Plan from the warehouse, build with the plan's arguments, record: as the Dagster asset does."""
    with duckdb.connect(str(db)) as con:
        migrate(con)
        plan = plan_build(con, project)
    results = dbt(db, work, "build", *plan.dbt_args())
    with duckdb.connect(str(db)) as con:
        record_build(con, plan)
    return results, plan


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory):
    work = tmp_path_factory.mktemp("dbt_plan")
    project = manifest(work)
    db = work / "warehouse.duckdb"
    build_warehouse(db)
    first, first_plan = planned_build(db, work / "first", project)
    quiet, quiet_plan = planned_build(db, work / "quiet", project)
    with duckdb.connect(str(db)) as con:
        _fetches(con, "run-9", 2)
    fetches, fetch_plan = planned_build(db, work / "fetches", project)
    second_load(db)
    busy, busy_plan = planned_build(db, work / "busy", project)
    full = work / "full.duckdb"
    shutil.copyfile(db, full)
    dbt(full, work / "full", "build", "--exclude-resource-type", "test", "--full-refresh")
    return {"db": db, "full": full, "project": project, "work": work,
            "first": (first, first_plan), "quiet": (quiet, quiet_plan), "fetches": (fetches, fetch_plan),
            "busy": (busy, busy_plan)}


def test_the_first_build_is_whole_and_recorded(nights) -> None:
    results, plan = nights["first"]
    assert plan.everything and plan.dbt_args() == []
    assert "fct_awards" in results and "dim_projects" in results
    with duckdb.connect(str(nights["db"]), read_only=True) as con:
        assert con.execute("SELECT count(*), count(*) FILTER (whole_build) FROM meta.dbt_builds").fetchone() == (4, 1)


def test_a_night_with_nothing_at_all_rebuilds_only_the_clock_mart(nights) -> None:
    results, plan = nights["quiet"]
    assert set(results) == {"fct_source_health"}  # it judges freshness by the clock
    assert plan.changed_sources == ()


def test_fetches_and_listings_rebuild_their_staging_and_the_health_mart_only(nights) -> None:
    results, plan = nights["fetches"]
    assert set(plan.changed_sources) == {"raw.fetch_log", "raw.listings"}
    assert {"stg_raw__fetch_log", "stg_raw__listings", "fct_source_health"} <= set(results) <= {
        "stg_raw__fetch_log", "stg_raw__listings", "stg_raw__column_listings", "fct_source_health"}
    assert not {"fct_awards", "dim_projects", "int_project_mentions", "fct_notices"} & set(results)


def test_a_busy_night_rebuilds_the_fact_chain_and_equals_a_full_refresh(nights) -> None:
    results, plan = nights["busy"]
    assert {"int_project_mentions", "dim_projects", "fct_awards", "fct_targets", "fct_notices"} <= set(results)
    tables = model_tables(nights["db"])
    assert "marts.fct_awards" in tables
    # what the nights left as they are and what they rebuilt, together, are what a whole build makes
    assert {t: differences(nights["db"], nights["full"], t) for t in tables} == {t: (0, 0) for t in tables}


def test_a_test_that_joins_a_rebuilt_model_to_an_unchanged_one_still_runs(nights) -> None:
    _, plan = nights["fetches"]
    nodes = nights["project"]["nodes"]
    rebuilt = {nodes[uid]["name"] for uid in plan.build}
    for uid in plan.tests:  # every test run reads something rebuilt or a changed source
        parents = set(nodes[uid]["depends_on"]["nodes"])
        assert rebuilt & {nodes[p]["name"] for p in parents if p in nodes} or \
            {p for p in parents if p.startswith("source.")}
    joining = [uid for uid, node in nodes.items() if node["resource_type"] == "test"
               and len(node["depends_on"]["nodes"]) > 1
               and set(node["depends_on"]["nodes"]) & plan.build and set(node["depends_on"]["nodes"]) - plan.build]
    assert all(uid in plan.tests for uid in joining)
    assert "--indirect-selection" in plan.dbt_args()  # excluding a model must not drop such a test


def test_a_changed_project_a_missing_table_and_a_failed_build(nights) -> None:
    db, project = nights["db"], nights["project"]
    with duckdb.connect(str(db)) as con:
        quiet = plan_build(con, project)
        assert not quiet.everything
        # a new release of one model's SQL: the project's fingerprint changes, everything is rebuilt
        changed = json.loads(json.dumps(project))
        uid = next(u for u, n in changed["nodes"].items() if n["name"] == "fct_awards")
        changed["nodes"][uid]["raw_code"] += "\n-- changed"
        assert plan_build(con, changed).everything
        assert plan_build(con, project, full_refresh=True).everything
        # a model's table dropped by hand: it and what reads it are rebuilt, nothing else
        con.execute("DROP TABLE marts.fct_awards")
        missing = plan_build(con, project)
        names = {project["nodes"][u]["name"] for u in missing.build}
        assert {"fct_awards", "fct_awards_by_year_level", "fct_source_health"} == names
        # a failed build records nothing: the next plan still sees the same change
        before = last_build(con)
        assert plan_build(con, project).build == missing.build and last_build(con) == before



def test_an_append_only_table_is_fingerprinted_by_its_count_and_any_other_by_its_content():
    from warehouse.dbt_builds import APPEND_ONLY, source_fingerprints

    con = duckdb.connect()
    con.execute("CREATE SCHEMA raw")
    con.execute("CREATE TABLE raw.fetch_log AS SELECT 'r1:0' AS fetch_id, 200 AS status_code")
    con.execute("CREATE TABLE raw.sources AS SELECT 'demo' AS source_id, 7 AS stale_after_days")
    assert "raw.fetch_log" in APPEND_ONLY and "raw.sources" not in APPEND_ONLY
    tables = ["raw.fetch_log", "raw.sources", "raw.not_there"]
    before = source_fingerprints(con, tables)
    assert before["raw.not_there"] == "missing"
    con.execute("UPDATE raw.sources SET stale_after_days = 3")  # rewritten in place: same count, new content
    con.execute("INSERT INTO raw.fetch_log VALUES ('r2:0', 304)")  # appended: a new count
    after = source_fingerprints(con, tables)
    assert after["raw.sources"] != before["raw.sources"] and after["raw.fetch_log"] != before["raw.fetch_log"]
    assert after["raw.fetch_log"] == "2:appended"
