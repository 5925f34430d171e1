"""Faults found while writing the fault tests, now handled (see FAULTS.md): each test guards its fix."""
from __future__ import annotations

import threading

from scrapers.crawl import crawl_source
from warehouse.load import load_landing

from tests.faults import fault_server as fs
from tests.faults.fault_server import FaultSite, fault_notice, good_notices
from tests.faults.harness import Pipeline, fast_politeness, make_source


def test_drip_fed_body_times_out(tmp_path):
    good = good_notices(2)
    bad = fault_notice(1, good[0], before=good[0])
    with FaultSite(good + [bad], faults={bad.path: fs.drip(8, 0.2)}) as site:  # 1.6 s in all, 0.2 s a piece
        pipeline = Pipeline(tmp_path)
        run = pipeline.run(make_source(site.base_url, fast_politeness(timeout_s=0.4, max_retries=0)))
    outcomes = [r[5] for r in pipeline.fetches(url=site.url(bad.path))]
    assert outcomes == ["timeout"], f"{outcomes} after {run.seconds:.1f} s with timeout_s=0.4"


def test_sources_sharing_a_run_id_keep_all_their_fetch_rows(tmp_path):
    with FaultSite(good_notices(2)) as site:
        pipeline = Pipeline(tmp_path)
        reports = [crawl_source(make_source(site.base_url, source_id=sid), pipeline.landing,
                                run_id="20250101T000000000000Z-shared") for sid in ("one", "two")]
        load_landing(pipeline.con, pipeline.landing)
    logged = dict(pipeline.q("SELECT source_id, count(*) FROM raw.fetch_log GROUP BY source_id"))
    assert logged == {r.source_id: r.requests for r in reports}


def test_complete_listing_marks_unlisted_despite_a_broken_article(tmp_path):
    good = good_notices(5)
    dead = fault_notice(1, good[0], before=good[0])  # still listed, always 404
    with FaultSite(good + [dead], faults={dead.path: fs.status(404)}) as site:
        pipeline = Pipeline(tmp_path)
        source = make_source(site.base_url)
        assert pipeline.run(source).report.items_listed == 6
        site.hide(good[3].path)
        second = pipeline.run(source)
        assert second.report.items_listed == 5  # the listing itself was complete
    assert pipeline.q("SELECT url FROM raw.unlisted_pages") == [(site.url(good[3].path),)]


def test_drip_fed_headers_time_out_at_the_response_deadline(tmp_path):
    # a tarpit sends its status line and headers a byte at a time: every read is quick, the headers never end; the
    # body's deadline never started, and one article held the crawl for hours (review-redteam3 #3)
    good = good_notices(2)
    bad = fault_notice(1, good[0], before=good[0])
    runs = []
    with FaultSite(good + [bad], faults={bad.path: fs.drip_headers(0.05)}) as site:
        pipeline = Pipeline(tmp_path)
        source = make_source(site.base_url, fast_politeness(timeout_s=0.4, max_retries=0))
        crawl = threading.Thread(target=lambda: runs.append(pipeline.run(source)), daemon=True)
        crawl.start()
        crawl.join(10)  # (the site's exit below releases a crawl still held, so the test ends either way)
        held = crawl.is_alive()
    crawl.join(30)
    assert not held, "the crawl was still on one article 10 s later with timeout_s=0.4"
    outcomes = [r[5] for r in pipeline.fetches(url=site.url(bad.path))]
    assert outcomes == ["timeout"], f"{outcomes} after {runs[0].seconds:.1f} s with timeout_s=0.4"
