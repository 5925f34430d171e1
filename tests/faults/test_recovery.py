"""Runs over time against the fault site: recovery without duplicates, unlisted notices, one failing
source among several, and a hostile list answer (entity expansion)."""
from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from scrapers.registry import load_registry
from warehouse.load import load_landing

from tests.faults import fault_server as fs
from tests.faults.fault_server import FaultSite, closed_port, fault_notice, good_notices
from tests.faults.harness import Pipeline, make_source

# Faults that a later, healthy run must get past (the article is simply fetched again as new).
RECOVERABLE = {
    "challenge_412": fs.challenge_412(),
    "challenge_521": fs.challenge_521(),
    "error_page_200": [fs.Reply(200, fs.NOT_FOUND_PAGE)],
    "near_empty_200": [fs.Reply(200, fs.EMPTY_PAGE)],
    "not_found_404": fs.status(404),
    "http_503_forever": fs.status(503),
    "truncated": fs.truncated(),
    "pdf": fs.pdf(),
    "too_large": fs.huge(200_000),
}


def _invariants(pipeline: Pipeline) -> None:
    """Nothing is ever doubled: one row per page version, per listing and per request."""
    assert pipeline.one("SELECT count(*) - count(DISTINCT fetch_id) FROM raw.fetch_log") == 0
    assert pipeline.one("SELECT count(*) - count(DISTINCT (url, content_hash)) FROM raw.page_versions") == 0
    assert pipeline.one("SELECT count(*) - count(DISTINCT (run_id, column_id, url)) FROM raw.listings") == 0
    assert pipeline.one("SELECT count(*) - count(DISTINCT run_id) FROM raw.scrape_runs") == 0


def test_failed_articles_are_stored_once_the_site_recovers_and_never_twice(tmp_path):
    good = good_notices(4)
    bad = [fault_notice(k, good[k % 4], before=good[k % 4]) for k in range(len(RECOVERABLE))]
    faults = {b.path: replies for b, replies in zip(bad, RECOVERABLE.values())}
    loop = fault_notice(50, good[2], before=good[2])  # and a redirect loop through a non-article path
    faults[loop.path] = fs.redirect("/loop/b.html")
    faults["/loop/b.html"] = fs.redirect(loop.path)
    bad.append(loop)
    n_listed = len(good) + len(bad)
    with FaultSite(good + bad, faults=faults) as site:
        pipeline = Pipeline(tmp_path)
        source = make_source(site.base_url)
        bad_urls = {site.url(b.path) for b in bad}
        good_urls = {site.url(n.path) for n in good}

        first = pipeline.run(source)
        assert first.report.status == "partial" and first.report.items_listed == n_listed
        assert pipeline.stored_urls() == good_urls
        final = {r[0]: r[5] for r in pipeline.fetches(first.report.run_id) if r[2] == "article"}
        assert {u: final[u] for u in bad_urls} == {
            **{site.url(b.path): o for b, o in zip(bad, ["blocked_challenge", "blocked_challenge", "error_page",
                                                        "error_page", "not_found", "http_error", "truncated",
                                                        "wrong_content_type", "too_large"])},
            site.url(loop.path): "redirect_loop"}

        site.recover()
        second = pipeline.run(source)
        assert second.report.status == "ok", second.report.problems
        assert second.report.articles_new == len(bad)          # the failed ones, fetched again as new
        assert second.report.articles_deferred == len(good)    # the good ones, checked a run ago: not asked again
        assert pipeline.stored_urls() == good_urls | bad_urls
        assert pipeline.one("SELECT count(*) FROM raw.page_versions") == n_listed
        assert {r[5] for r in pipeline.fetches(second.report.run_id) if r[2] == "article"} == {"ok"}

        hits_before = sum(site.hits.values())
        third = pipeline.run(source)
        assert third.report.status == "ok"
        assert third.load.page_versions_added == 0 and third.report.articles_new == 0
        assert third.report.articles_deferred == n_listed and third.report.articles_unchanged == 0
        assert sum(site.hits.values()) - hits_before == 1 + 1  # robots and the column: no article asked again
    assert pipeline.one("SELECT count(*) FROM raw.page_versions") == n_listed
    per_run = pipeline.q("SELECT run_id, count(*) FROM raw.listings GROUP BY run_id ORDER BY run_id")
    assert [n for _, n in per_run] == [n_listed] * 3
    assert pipeline.q("SELECT status FROM raw.scrape_runs ORDER BY run_id") == [("partial",), ("ok",), ("ok",)]
    _invariants(pipeline)
    # Loading the same landing files again changes nothing.
    again = load_landing(pipeline.con, pipeline.landing)
    assert again.files_loaded == 0 and again.files_skipped == 3 and again.page_versions_added == 0
    _invariants(pipeline)


def test_a_notice_removed_from_the_list_is_marked_unlisted_never_deleted(tmp_path):
    good = good_notices(7)
    gone = good[4]  # on the third dataproxy page (3 per page)
    with FaultSite(good, per_page=3) as site:
        pipeline = Pipeline(tmp_path)
        source = replace(make_source(site.base_url), relist_after_days=0)  # every run reads the list whole
        first = pipeline.run(source)
        assert first.report.status == "ok" and first.report.items_listed == 7
        assert ("POST", fs.DATAPROXY) in site.requests  # the list was paged, not only page 1

        site.hide(gone.path)
        requests_before = len(site.requests)
        second = pipeline.run(source)
        assert second.report.status == "ok" and second.report.items_listed == 6
        assert second.load.newly_unlisted == 1
        assert ("GET", gone.path) not in site.requests[requests_before:]
        assert pipeline.q("SELECT url, last_listed_run_id, first_missing_run_id FROM raw.unlisted_pages") == [
            (site.url(gone.path), first.report.run_id, second.report.run_id)]
        assert pipeline.one("SELECT count(*) FROM raw.page_versions WHERE url = ?", [site.url(gone.path)]) == 1
        assert pipeline.one("SELECT count(*) FROM raw.page_versions") == 7

        site.unhide(gone.path)  # listed again: no longer marked
        third = pipeline.run(source)
        assert third.report.status == "ok"
        assert pipeline.q("SELECT url FROM raw.unlisted_pages") == []
        assert pipeline.one("SELECT count(*) FROM raw.page_versions") == 7
    _invariants(pipeline)


def test_a_removal_is_found_when_the_list_is_next_read_whole(tmp_path):
    """Nights read the list only until records already held, which cannot tell that an older notice left it; the
    whole list is read again after relist_after_days, and the removal is marked then."""
    good = good_notices(7)
    gone = good[4]  # on the third dataproxy page (3 per page)
    t0 = datetime(2026, 3, 1, 2, 0, tzinfo=timezone.utc)
    with FaultSite(good, per_page=3) as site:
        pipeline = Pipeline(tmp_path)
        source = make_source(site.base_url)  # relist_after_days = 7
        assert pipeline.run(source, now=t0).report.status == "ok"
        site.hide(gone.path)
        requests_before = len(site.requests)
        night = pipeline.run(source, now=t0 + timedelta(days=1))
        assert night.report.status == "ok" and night.report.items_listed == 3 and night.report.incomplete_columns == 0
        assert night.load.newly_unlisted == 0 and ("POST", fs.DATAPROXY) not in site.requests[requests_before:]
        week = pipeline.run(source, now=t0 + timedelta(days=8))
        assert week.report.status == "ok" and week.report.items_listed == 6 and week.load.newly_unlisted == 1
        assert pipeline.q("SELECT url, first_missing_run_id FROM raw.unlisted_pages") == [
            (site.url(gone.path), week.report.run_id)]
        assert pipeline.one("SELECT count(*) FROM raw.page_versions") == 7
    _invariants(pipeline)


def test_a_partial_run_does_not_mark_anything_unlisted(tmp_path):
    """Only a complete listing may declare a notice gone: a list page failing is not a deletion."""
    good = good_notices(7)
    with FaultSite(good, per_page=3) as site:
        pipeline = Pipeline(tmp_path)
        source = replace(make_source(site.base_url), relist_after_days=0)  # every run reads the list whole
        assert pipeline.run(source).report.status == "ok"
        site.set_fault(fs.DATAPROXY, fs.status(500))
        second = pipeline.run(source)
        assert second.report.status == "partial" and second.report.items_listed == 3
        assert pipeline.q("SELECT url FROM raw.unlisted_pages") == []
        assert pipeline.one("SELECT count(*) FROM raw.page_versions") == 7


def test_one_failing_source_never_stops_the_others(tmp_path):
    good = good_notices(4)
    with FaultSite(good) as site:
        toml = tmp_path / "sources.toml"
        toml.write_text(f"""
[defaults]
min_delay_s = 0.0
timeout_s = 3.0
max_retries = 2
backoff_base_s = 0.01
backoff_max_s = 0.05
[[source]]
id = "down"
name = "关闭的端口"
cms = "hanweb_classic"
base_url = "http://127.0.0.1:{closed_port()}"
columns = ["{fs.COLUMN}"]
[[source]]
id = "up"
name = "正常的站点"
cms = "hanweb_classic"
base_url = "{site.base_url}"
columns = ["{fs.COLUMN}"]
""", encoding="utf-8")
        registry = load_registry(toml)
        assert registry.ids == ["down", "up"]
        pipeline = Pipeline(tmp_path)
        reports = []
        for source in registry.sources:  # in sequence, as a scheduled run does
            reports.append(pipeline.run(source).report)
    down, up = reports
    assert (down.status, up.status) == ("failed", "ok")
    assert pipeline.q("SELECT source_id, status FROM raw.scrape_runs ORDER BY source_id") == [
        ("down", "failed"), ("up", "ok")]
    down_rows = [(r[2], r[5]) for r in pipeline.fetches(down.run_id)]
    assert down_rows == [("robots", "connection_error")] + [("column", "connection_error")] * 3
    assert pipeline.one("SELECT count(*) FROM raw.page_versions WHERE source_id = 'up'") == 4
    assert pipeline.one("SELECT count(*) FROM raw.page_versions WHERE source_id = 'down'") == 0


@pytest.mark.parametrize("answer,forbidden", [
    (fs.billion_laughs(9), "lollol"),
    (fs.external_entity("file:///etc/passwd"), "root:"),
], ids=["billion_laughs", "external_entity"])
def test_hostile_xml_from_dataproxy_is_never_expanded(answer, forbidden, tmp_path):
    good = good_notices(4)
    with FaultSite(good, per_page=2,
                   faults={fs.DATAPROXY: [fs.Reply(200, answer, content_type="text/xml; charset=utf-8")]}) as site:
        pipeline = Pipeline(tmp_path)
        started = time.monotonic()
        run = pipeline.run(make_source(site.base_url))
        elapsed = time.monotonic() - started
    assert elapsed < 10
    assert run.report.status == "partial"  # the list promised 4, the hostile pages gave 1 more
    list_rows = [r[5] for r in pipeline.fetches() if r[2] == "list"]
    assert list_rows and set(list_rows) == {"ok"}  # read as text, parsed by regex: no DTD processing
    texts = pipeline.q("""SELECT coalesce(title, '') || url FROM raw.listings
                          UNION ALL SELECT body || coalesce(title, '') FROM raw.page_versions
                          UNION ALL SELECT coalesce(error, '') FROM raw.fetch_log""")
    assert not any(forbidden in t for (t,) in texts)
    assert max(len(t) for (t,) in texts) < 20_000
    hostile = pipeline.q("SELECT title FROM raw.listings WHERE url LIKE '%/art/2020/%'")
    assert len(hostile) == 1 and len(hostile[0][0]) < 20  # the entity reference stays a literal
    # the two items on the column page itself are stored; nothing comes from the hostile answer
    assert pipeline.stored_urls() == {site.url(n.path) for n in good[:2]}
