"""Crawl efficiency against the local demo site (scrapers.demo_site.server.DemoSite, delays zero): requests per
new article, POSTs per column, and a second run with nothing new, which must download no article."""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from scrapers.crawl import crawl_source
from scrapers.demo_site.server import DemoSite
from scrapers.landing import read_landing_file
from scrapers.registry import load_registry
from tests.benchmarks.figures import Figure


def _crawl_all(site: DemoSite, landing: Path) -> dict:
    """One run of every demo source; what the site saw and what the crawl reports say."""
    os.environ["GOVWATCH_DEMO_URL"] = site.base_url
    registry = load_registry()
    seen_before = len(site.requests)
    started = time.perf_counter()
    reports = [crawl_source(registry.get(source_id), landing) for source_id in registry.demo_ids]
    seconds = time.perf_counter() - started
    requests = site.requests[seen_before:]
    columns = [r for rep in reports for r in read_landing_file(Path(rep.landing_file)) if r["type"] == "column_listing"]
    return {"seconds": seconds, "requests": len(requests), "posts": sum(m == "POST" for m, _ in requests),
            "article_requests": sum(p.split("?")[0] in site.by_path for _, p in requests),
            "list_requests": sum(p.split("?")[0] not in site.by_path and "robots" not in p for _, p in requests),
            "new": sum(r.articles_new + r.articles_changed for r in reports),
            "downloads": sum(r.articles_fetched for r in reports),
            "listed": sum(r.items_listed for r in reports), "columns": columns,
            "statuses": {r.source_id: r.status for r in reports}}


def figures(quick: bool) -> list[Figure]:
    previous = os.environ.get("GOVWATCH_DEMO_URL")
    try:
        with tempfile.TemporaryDirectory(prefix="govwatch-bench-crawl-") as tmp, DemoSite() as site:
            first = _crawl_all(site, Path(tmp) / "landing")
            second = _crawl_all(site, Path(tmp) / "landing")
    finally:
        if previous is None:
            os.environ.pop("GOVWATCH_DEMO_URL", None)
        else:
            os.environ["GOVWATCH_DEMO_URL"] = previous
    posting = [c for c in first["columns"] if c.get("posts")]
    paged = [c for c in first["columns"] if (c.get("announced_pages") or 0) > 1]
    extra_pages = sum(max(0, (c.get("announced_pages") or 1) - 1) for c in first["columns"])
    statuses = ", ".join(f"{k} {v}" for k, v in first["statuses"].items())
    return [
        Figure("crawl", "requests per new article (first run)", first["requests"] / max(1, first["new"]),
               "req/article", 1.0, "one GET per article", "<=", 1.25,
               note=f"{first['requests']} requests for {first['new']} new articles in {first['seconds']:.1f} s; "
                    f"{statuses}"),
        Figure("crawl", "list POSTs per column", first["posts"] / max(1, len(first["columns"])), "POSTs/column",
               extra_pages / max(1, len(first["columns"])), "announced list pages after the first", "<=", 1.0,
               note=f"{first['posts']} POSTs over {len(first['columns'])} columns ({len(posting)} POST, "
                    f"{len(paged)} with more than one page)"),
        Figure("crawl", "second run: article downloads", second["downloads"], "pages", first["downloads"],
               "first run downloads", "==", 0, goal_on="ours",
               note=f"{second['requests']} requests for {second['listed']} listed items, {second['new']} new"),
        Figure("crawl", "second run: article requests", second["article_requests"], "requests", first["listed"],
               "one conditional GET per article, as before the budget", "==", 0, goal_on="ours",
               note=f"articles checked this run are asked again after revalidate_after_days, at most "
                    f"max_revalidations_per_run a run; {second['requests']} requests in all (list pages, robots)"),
        Figure("crawl", "second run: list requests", second["list_requests"], "requests", first["list_requests"],
               "the first run's (every list read whole)", "<=", 0.5,
               note=f"{second['listed']} records listed against {first['listed']}: each column read until records "
                    f"already held (caught up)"),
    ]
