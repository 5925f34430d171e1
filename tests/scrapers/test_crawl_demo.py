"""Crawl the demo site: embedded first page + dataproxy paging in both styles, then conditional re-fetching."""
import json

from scrapers.crawl import crawl_source
from scrapers.demo_site.server import PAGE_ONLY_COLUMNS, PER_PAGE, DemoSite
from scrapers.landing import list_landing_files, read_landing_file
from scrapers.registry import load_registry


def _demo_source(site, monkeypatch):
    monkeypatch.setenv("GOVWATCH_DEMO_URL", site.base_url)
    return load_registry().get("demo")


def test_every_column_is_listed_whole_in_both_paging_styles(tmp_path, monkeypatch):
    with DemoSite() as site:
        report = crawl_source(_demo_source(site, monkeypatch), tmp_path)
        posts = [p for m, p in site.requests if m == "POST"]
    assert report.status == "ok" and report.items_listed == len(site.notices) == report.articles_new
    records = list(read_landing_file(list_landing_files(tmp_path)[0]))
    for column, notices in site.by_column.items():
        listed = {r["url"] for r in records if r["type"] == "listing" and r["column_id"] == column}
        assert listed == {site.base_url + n.path for n in notices}, column
        complete = next(r for r in records if r["type"] == "column_listing" and r["column_id"] == column)
        assert complete["complete"] and complete["total"] == len(notices)
    assert any(c in PAGE_ONLY_COLUMNS for c in site.by_column)  # the page=N-only server style is exercised
    # Windows of perPage × groupSize (15 × 3) records; a page=N-only server walks its pages one POST each.
    window = {c: PER_PAGE if c in PAGE_ONLY_COLUMNS else PER_PAGE * 3 for c in site.by_column}
    assert len(posts) == sum(-(-len(n) // window[c]) for c, n in site.by_column.items())
    listing = next(r for r in records if r["type"] == "listing")
    assert listing["title"] and "…" not in listing["title"] and listing["date"]  # full titles from title=


def test_second_run_revalidates_and_downloads_nothing_new(tmp_path, monkeypatch):
    with DemoSite() as site:
        source = _demo_source(site, monkeypatch)
        crawl_source(source, tmp_path)
        second = crawl_source(source, tmp_path)
    assert second.articles_new == second.articles_changed == 0
    assert second.articles_unchanged == len(site.notices)
    fetches = [r for r in read_landing_file(list_landing_files(tmp_path)[-1]) if r["type"] == "fetch"]
    assert {f["outcome"] for f in fetches if f["kind"] == "article"} == {"not_modified"}
    assert second.requests == len(fetches)
    state = json.loads((tmp_path / "demo" / "_state.json").read_text(encoding="utf-8"))
    assert all(v.get("etag") for k, v in state.items() if k.startswith("http"))
