"""Start the demo site, materialize every asset in-process on a temp warehouse, check DuckDB and the marts; twice."""
from contextlib import contextmanager

import duckdb
import pytest
from dagster import materialize

import orchestration.assets.dbt as dbt_assets
from orchestration.assets.dbt import dbt_models_asset
from orchestration.assets.facts import extracted_facts
from orchestration.assets.ingest import raw_tables, scraped_pages_asset
from orchestration.assets.serving import serving_copy_asset
from orchestration.checks import source_health_checks
from orchestration.resources import RESOURCES
from scrapers.demo_site.server import DemoSite
from tests.warehouse.demo_expectations import assert_anchor_notice_and_marts, stable_counts


@pytest.fixture
def warehouse_env(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVWATCH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("GOVWATCH_DB", str(tmp_path / "warehouse.duckdb"))
    monkeypatch.setenv("GOVWATCH_LANDING", str(tmp_path / "landing"))
    monkeypatch.setenv("GOVWATCH_SERVING", str(tmp_path / "serving.duckdb"))
    return tmp_path


def _run_pipeline():
    scrape = materialize([scraped_pages_asset()], partition_key="demo", resources=RESOURCES)
    assert scrape.success
    dbt_models = dbt_models_asset()
    build = materialize([raw_tables, extracted_facts, dbt_models, serving_copy_asset(),
                         source_health_checks(dbt_models)], resources=RESOURCES)
    assert build.success
    return scrape, build


def _counts(path):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return stable_counts(con)
    finally:
        con.close()


def _spy_on_the_parse_cache(monkeypatch) -> list[tuple[bool, bytes]]:
    """What each dbt build of a run started from: whether the last parse was in its target folder, and what that
    folder held for dbt's parse cache once dbt had run (the file carried back for the next run)."""
    seen = []
    real = dbt_assets.reused_parse

    @contextmanager
    def spy(target, saved=None):
        with real(target, saved):
            carried_in = (target / "partial_parse.msgpack").exists()
            yield
            seen.append((carried_in, (target / "partial_parse.msgpack").read_bytes()))
    monkeypatch.setattr(dbt_assets, "reused_parse", spy)
    return seen


def test_demo_site_to_marts_and_again_without_duplicates(warehouse_env, monkeypatch, capsys):
    parses = _spy_on_the_parse_cache(monkeypatch)
    with DemoSite() as site:
        monkeypatch.setenv("GOVWATCH_DEMO_URL", site.base_url)
        n_notices = len(site.notices)
        _, build = _run_pipeline()
        # source health is read from the mart by the checks on it, not judged again
        checks = {e.check_name: e.passed for e in build.get_asset_check_evaluations()}
        assert checks["sources_healthy"] and checks["sources_fresh"]
        first = _counts(warehouse_env / "warehouse.duckdb")

        con = duckdb.connect(str(warehouse_env / "warehouse.duckdb"), read_only=True)
        assert_anchor_notice_and_marts(con, n_notices)
        con.close()
        _assert_serving_holds_the_marts_only(warehouse_env)

        requests_before = len(site.requests)
        _, night = _run_pipeline()
        second = _counts(warehouse_env / "warehouse.duckdb")
        _assert_the_night_rebuilt_only_what_changed(night, warehouse_env / "warehouse.duckdb")
        # The night's dbt started from the first build's parse, and left its own where the next night finds it.
        assert len(parses) == 2 and parses[1][0]
        from orchestration.project import PARTIAL_PARSE
        assert PARTIAL_PARSE.read_bytes() == parses[1][1]
        assert second == first  # nothing duplicated
        article_gets = [p for m, p in site.requests[requests_before:] if p.startswith("/art/")]
        assert not article_gets  # checked a run ago: not asked again (scrapers.crawl choose_due)
        con = duckdb.connect(str(warehouse_env / "warehouse.duckdb"), read_only=True)
        per_run = [n for (n,) in con.execute("SELECT count(*) FROM raw.listings WHERE source_id = 'demo' "
                                             "GROUP BY run_id ORDER BY run_id").fetchall()]
        # the first run lists every notice once; the night reads each list only until notices already held
        assert per_run[0] == n_notices and 0 < per_run[1] < n_notices
        health = con.execute("SELECT status, items_listed, articles_new, articles_unchanged, articles_deferred, "
                             "errors, columns_incomplete, records_short, columns_caught_up "
                             "FROM marts.fct_source_health "
                             "WHERE source_id = 'demo'").fetchone()
        # the second run: nothing new, every listed article deferred, no column short: OK
        assert health[:-1] == ("OK", per_run[1], 0, 0, per_run[1], 0, 0, 0) and health[-1] > 0
        con.close()
    from govwatch.reports import print_demo_summary, print_status

    capsys.readouterr()
    assert print_status() == 0
    status = capsys.readouterr().out
    assert "demo" in status and "OK" in status
    assert "stale after" in status and "health as of" in status  # the mart's threshold and clock, not now
    # the night read its lists until known notices: said, not shown as short
    header, demo_row = (next(line for line in status.splitlines() if line.startswith(s)) for s in ("source ", "demo "))
    assert int(demo_row[header.index("caught up"):].split()[0]) == health[-1]
    assert print_demo_summary() == 0
    summary = capsys.readouterr().out
    con = duckdb.connect(str(warehouse_env / "serving.duckdb"), read_only=True)
    latest_year = con.execute("SELECT max(target_year) FROM marts.fct_targets").fetchone()[0]
    latest_indicators = [i for (i,) in con.execute(
        "SELECT indicator FROM marts.fct_targets WHERE target_year = ?", [latest_year]).fetchall()]
    richest = con.execute("""SELECT list(DISTINCT stage) FROM marts.fct_project_timeline GROUP BY project_id
                             QUALIFY count(DISTINCT stage) = max(count(DISTINCT stage)) OVER ()""").fetchall()
    con.close()
    # The summary shows what the marts hold, not a hard-coded project or year.
    assert f"Targets set for {latest_year}" in summary and all(i in summary for i in latest_indicators)
    timeline = summary.split("== Timeline of the project with the most stages (")[1].split("== Targets")[0]
    assert len(richest[0][0]) >= 5 and any(all(stage in timeline for stage in stages) for (stages,) in richest)


def _assert_serving_holds_the_marts_only(warehouse_env) -> None:
    """BI's copy: the marts and reference tables, with the warehouse's rows; no raw bodies, no dbt working schemas."""
    with duckdb.connect(str(warehouse_env / "serving.duckdb"), read_only=True) as serving:
        tables = serving.execute("SELECT schema_name, table_name FROM duckdb_tables()").fetchall()
        assert {schema for schema, _ in tables} == {"marts", "reference"}
        copied = {f"{s}.{t}": serving.execute(f"SELECT count(*) FROM {s}.{t}").fetchone()[0] for s, t in tables}
    with duckdb.connect(str(warehouse_env / "warehouse.duckdb"), read_only=True) as warehouse:
        marts = {f"{s}.{t}" for s, t in warehouse.execute("""SELECT schema_name, table_name FROM duckdb_tables()
                                                   WHERE schema_name IN ('marts', 'reference')""").fetchall()}
        assert set(copied) == marts
        assert copied == {t: warehouse.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in marts}


def _assert_the_night_rebuilt_only_what_changed(night, warehouse) -> None:
    """A night with nothing new (warehouse/dbt_builds.py): the scrape added fetches and listings, so their staging
    models and the health mart are rebuilt; every fact model and mart is reported current, not rebuilt."""
    rebuilt = {}
    for event in night.get_asset_materialization_events():
        metadata = event.materialization.metadata
        if "unique_id" in metadata:
            rebuilt[event.asset_key.path[-1]] = "govwatch/rebuilt" not in metadata
    assert rebuilt["fct_source_health"] and rebuilt["stg_raw__fetch_log"] and rebuilt["stg_raw__listings"]
    assert not any(rebuilt[name] for name in ("fct_awards", "dim_projects", "fct_targets", "fct_project_timeline",
                                              "int_project_mentions", "stg_facts__extractions", "fct_notices"))
    with duckdb.connect(str(warehouse), read_only=True) as con:
        builds = con.execute("SELECT whole_build, models_skipped > 0 FROM meta.dbt_builds ORDER BY built_at").fetchall()
    assert builds == [(True, False), (False, True)]
