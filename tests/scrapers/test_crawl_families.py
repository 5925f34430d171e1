"""Each CMS family on the demo site, crawled through its adapter: a column announcing N records lands N
notices; a column cut short is incomplete, the run partial, and the warehouse's source health PARTIAL."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from scrapers.crawl import crawl_source
from scrapers.demo_site.server import DemoSite
from scrapers.landing import list_landing_files, read_landing_file
from scrapers.registry import load_registry
from warehouse.db import open_warehouse
from warehouse.load import load_landing

REPO = Path(__file__).resolve().parents[2]
FAMILY_SOURCES = ["demo", "demo_web", "demo_jpaas", "demo_trs"]


@pytest.fixture(scope="module")
def site():
    with DemoSite() as running:
        yield running


def _source(site, source_id, monkeypatch):
    monkeypatch.setenv("GOVWATCH_DEMO_URL", site.base_url)
    return load_registry().get(source_id)


def _served(site, column_id):
    return site.by_column.get(column_id) or site.by_family_column.get(column_id) or []


@pytest.mark.parametrize("source_id", FAMILY_SOURCES)
def test_a_column_announcing_n_records_lands_n_notices(site, source_id, tmp_path, monkeypatch):
    source = _source(site, source_id, monkeypatch)
    report = crawl_source(source, tmp_path)
    records = list(read_landing_file(list_landing_files(tmp_path)[0]))
    assert report.status == "ok", report.problems
    for column in source.columns:
        served = _served(site, column.id)
        listing = next(r for r in records if r["type"] == "column_listing" and r["column_id"] == column.id)
        assert listing["complete"] and listing["items"] == len(served) > 0, listing
        if listing["total"] is not None:  # every family here announces its total, and it is honoured
            assert listing["total"] == len(served)
    pages = [r for r in records if r["type"] == "page"]
    assert len(pages) == report.articles_new == sum(len(_served(site, c.id)) for c in source.columns)
    assert all(p["body"] and p["title"] for p in pages)  # short genuine notices are notices, not error pages
    fetches = [r for r in records if r["type"] == "fetch" and r["kind"] == "article"]
    assert {f["outcome"] for f in fetches} == {"ok"}


def test_a_column_cut_short_is_partial_all_the_way_to_source_health(site, tmp_path, monkeypatch):
    source = dataclasses.replace(_source(site, "demo_web", monkeypatch), max_pages_per_column=0)
    report = crawl_source(source, tmp_path / "landing")
    assert report.status == "partial" and report.incomplete_columns == 1
    listing = report.listings[0]
    assert not listing["complete"] and listing["items"] < listing["total"] and "cap" in listing["reason"]

    db = tmp_path / "warehouse.duckdb"
    con = open_warehouse(db)
    load_landing(con, tmp_path / "landing")
    row = con.execute("SELECT complete, shortfall, reason FROM raw.column_listings").fetchone()
    con.close()
    assert row[0] is False and row[1] == listing["total"] - listing["items"] and row[2]

    dbt = Path(sys.executable).with_name("dbt")
    run = subprocess.run([str(dbt), "build", "--select", "+fct_source_health", "--indirect-selection", "cautious",
                          "--project-dir", "dbt_project",
                          "--profiles-dir", "dbt_project", "--target-path", str(tmp_path / "target"),
                          "--log-path", str(tmp_path / "logs")],
                         cwd=REPO, env={**os.environ, "GOVWATCH_DB": str(db)}, capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stdout[-4000:]
    with duckdb.connect(str(db), read_only=True) as con:
        status, short, reasons = con.execute(
            "SELECT status, records_short, incomplete_reasons FROM marts.fct_source_health").fetchone()
    assert status == "PARTIAL" and short == listing["total"] - listing["items"] and "1229430841" in reasons
