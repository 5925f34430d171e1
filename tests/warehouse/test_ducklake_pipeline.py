"""The demo site to the marts on the DuckLake target, chosen by GOVWATCH_TARGET alone: the same anchor notice,
facts and marts as on the embedded file, nothing duplicated by a second run, BI readers that only ever see
whole snapshots while dbt rebuilds, time travel, and no serving copy."""
from __future__ import annotations

import time

import pytest

from scrapers.registry import load_registry
from tests.warehouse.demo_expectations import assert_anchor_notice_and_marts, stable_counts
from tests.warehouse.lake_demo import crawl_demo_twice, dbt_build, use_lake
from warehouse.db import duplicate_keys, open_warehouse
from warehouse.dbt_builds import load_manifest, plan_build, record_build
from warehouse.facts import extract_pending
from warehouse.lake import connect_lake, current_snapshot
from warehouse.load import load_landing
from warehouse.publish import publish_serving_copy
from warehouse.registry_table import write_sources_table


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return crawl_demo_twice(tmp_path_factory.mktemp("demo_landing"))


def _load_and_extract(landing):
    con = open_warehouse()  # the lake: GOVWATCH_TARGET=ducklake
    try:
        loaded = load_landing(con, landing)
        extracted = extract_pending(con)
        write_sources_table(con, load_registry())
        return loaded, extracted
    finally:
        con.close()


def _built(proc, work) -> None:
    assert proc.wait(timeout=1200) == 0, (work / "dbt.out").read_text(encoding="utf-8")[-6000:]


def test_demo_site_to_marts_on_the_lake_and_again_without_duplicates(demo, new_lake, monkeypatch, tmp_path):
    lake = new_lake()
    use_lake(monkeypatch, lake)
    loaded, extracted = _load_and_extract(demo.first)
    assert (loaded.files_loaded, loaded.page_versions_added, extracted.pages_extracted) == (1, demo.n_notices,
                                                                                             demo.n_notices)
    _built(dbt_build(lake, tmp_path), tmp_path)
    reader = connect_lake(lake, read_only=True)
    assert_anchor_notice_and_marts(reader, demo.n_notices)
    first, first_snapshot = stable_counts(reader), current_snapshot(reader)

    # The second night: every notice revalidated, nothing new; a BI reader polls while dbt rebuilds.
    loaded, extracted = _load_and_extract(demo.both)
    assert (loaded.files_loaded, loaded.files_skipped, loaded.page_versions_added) == (1, 1, 0)
    assert extracted.pages_extracted == 0
    build, seen, errors = dbt_build(lake, tmp_path), set(), []
    while build.poll() is None:
        try:
            seen.add(reader.execute("SELECT (SELECT count(*) FROM marts.fct_notices), "
                                    "(SELECT count(*) FROM marts.fct_project_timeline)").fetchone())
        except Exception as exc:  # a table missing in the middle of a rebuild would be a half-built snapshot
            errors.append(str(exc))
        time.sleep(0.2)
    _built(build, tmp_path)
    assert errors == [] and seen <= {(first["marts.fct_notices"], first["marts.fct_project_timeline"])}
    assert stable_counts(reader) == first and duplicate_keys(reader) == {}
    per_run = [n for (n,) in reader.execute("SELECT count(*) FROM raw.listings GROUP BY run_id ORDER BY run_id")
                                  .fetchall()]
    # the first run lists every notice once; the second reads each list only until notices already held
    assert per_run[0] == demo.n_notices and 0 < per_run[1] < demo.n_notices

    # The nightly build's plan reads the lake as it reads the file: once a build is recorded, a night with
    # nothing new rebuilds only the mart that reads the clock (warehouse/dbt_builds.py).
    manifest = load_manifest(tmp_path / "target" / "manifest.json")
    writer = connect_lake(lake)
    record_build(writer, plan_build(writer, manifest))
    quiet = plan_build(writer, manifest)
    writer.close()
    assert not quiet.everything and quiet.changed_sources == ()
    assert {manifest["nodes"][uid]["name"] for uid in quiet.build} == {"fct_source_health"}

    # Time travel: the snapshot BI saw after the first night still holds one run's listings.
    assert reader.execute(f"SELECT count(*) FROM raw.listings AT (VERSION => {first_snapshot})").fetchone() == (
        demo.n_notices,)
    pinned = connect_lake(lake, snapshot=first_snapshot)
    assert pinned.execute("SELECT count(*) FROM raw.scrape_runs").fetchone() == (1,)

    # No serving copy on this target: publishing names the snapshot BI reads and copies nothing.
    serving = tmp_path / "serving.duckdb"
    published = publish_serving_copy(tmp_path / "unused.duckdb", serving, ("marts.fct_notices",))
    assert published["snapshot"] == current_snapshot(reader) and not serving.exists()
    assert published["tables"] == {"marts.fct_notices": demo.n_notices}
