"""Crawl the demo site: embedded first page + dataproxy paging in both styles, then conditional re-fetching."""
import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone

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


def test_second_run_asks_only_the_lists_and_downloads_nothing_new(tmp_path, monkeypatch):
    """Articles checked within `revalidate_after_days` are not asked again: a night with nothing new costs the
    list pages only."""
    with DemoSite() as site:
        source = _demo_source(site, monkeypatch)
        crawl_source(source, tmp_path)
        before = len(site.requests)
        second = crawl_source(source, tmp_path)
        asked = [p for _, p in site.requests[before:]]
    assert second.status == "ok" and second.incomplete_columns == 0
    assert second.articles_new == second.articles_changed == second.articles_unchanged == 0
    assert second.articles_deferred == second.items_listed
    assert not [p for p in asked if p.startswith("/art/")] and asked  # list pages only
    fetches = [r for r in read_landing_file(list_landing_files(tmp_path)[-1]) if r["type"] == "fetch"]
    assert not [f for f in fetches if f["kind"] == "article"] and second.requests == len(fetches)
    state = json.loads((tmp_path / "demo" / "_state.json").read_text(encoding="utf-8"))
    assert all(v.get("etag") and v.get("checked") for k, v in state.items() if k.startswith("http"))


def test_revalidation_is_budgeted_least_recently_checked_first(tmp_path, monkeypatch):
    """Once checks are older than `revalidate_after_days`, a run asks again (conditional GET, 304) at most
    `max_revalidations_per_run` of them, the least recently checked first, so every article comes round in turn
    and a night's requests stay bounded by the budget, not by the archive."""
    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with DemoSite() as site:
        # Lists read whole every run (relist_after_days = 0), so every article is listed each night.
        source = replace(_demo_source(site, monkeypatch), revalidate_after_days=7, max_revalidations_per_run=10,
                         relist_after_days=0)
        crawl_source(source, tmp_path, now=t0)
        n = len(site.notices)
        asked: list[set[str]] = []
        for night in range(1, 4):
            before = len(site.requests)
            report = crawl_source(source, tmp_path, now=t0 + timedelta(days=7 + night))
            asked.append({p for _, p in site.requests[before:] if p.startswith("/art/")})
            assert report.articles_unchanged == len(asked[-1]) == 10
            assert report.articles_deferred == n - 10 and report.articles_new == 0 and report.status == "ok"
        assert not (asked[0] & asked[1]) and not (asked[1] & asked[2])  # the next ten each night
        # Checked a day ago is not due again, whatever the budget.
        before = len(site.requests)
        report = crawl_source(replace(source, revalidate_after_days=7, max_revalidations_per_run=3 * n),
                              tmp_path, now=t0 + timedelta(days=11))
        again = {p for _, p in site.requests[before:] if p.startswith("/art/")}
        assert len(again) == n - 30 and not again & (asked[0] | asked[1] | asked[2])
        # revalidate_after_days = 0 asks about every listed article, as the crawler did before budgets.
        report = crawl_source(replace(source, revalidate_after_days=0, max_revalidations_per_run=3 * n),
                              tmp_path, now=t0 + timedelta(days=11, hours=1))
        assert report.articles_unchanged == n and report.articles_deferred == 0
