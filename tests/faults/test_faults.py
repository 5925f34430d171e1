"""One fault per article URL, next to normal articles of the same column, through the real crawl + load.

For every case a user should see: the run finishes (no exception), raw.fetch_log shows the fault URL
with the expected outcome per request, no bad page became a row of raw.page_versions, and the
normal articles of the same column are stored all the same.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Callable

import pytest

from scrapers.article import parse_article
from scrapers.crawl import version_digest
from scrapers.demo_site.content import render_article
from scrapers.http import Outcome, PoliteClient

from tests.faults import fault_server as fs
from tests.faults.fault_server import COLUMN, FaultSite, LinkedNotice, column_path, fault_notice, good_notices
from tests.faults.harness import fast_politeness, run_site

ART = None  # in an expected row: the fault article's own URL
GBK_TITLE = "王堃、朱镕等同志获评丽水经开区2024年度优秀共产党员"  # 堃 and 镕 are GBK, not GB2312
REFUSED = {"redirect_loop", "host_not_allowed", "blocked_robots", "circuit_open"}  # recorded, never sent
BAD_BODY_MARKERS = ("$_ts", "__jsl_clearance", "页面不存在", "eval(", "%PDF", "Too Many Requests")


@dataclass
class Case:
    name: str
    faults: Callable[[str], dict[str, list[fs.Reply]]]       # article path -> {path: replies}
    expect: list[tuple[str | None, str, int | None]]          # (url or path, outcome, status) in order
    stored: bool = False
    status: str = "partial"
    hits: int | None = None                                   # requests reaching the article path
    politeness: dict = field(default_factory=dict)
    robots: Callable[[str], str] | None = None
    title: str | None = None
    retry_sleeps: list[float] | None = None                   # exact retry waits the client took


def on_article(replies: list[fs.Reply]) -> Callable[[str], dict]:
    return lambda art: {art: replies}


CASES = [
    # 1. anti-bot challenges: a page of script instead of the article, never retried, never stored
    Case("challenge_412_ruishu", on_article(fs.challenge_412()), [(ART, "blocked_challenge", 412)]),
    Case("challenge_521_jsl_clearance", on_article(fs.challenge_521()), [(ART, "blocked_challenge", 521)]),
    Case("challenge_202_script_only", on_article(fs.challenge_202()), [(ART, "blocked_challenge", 202)]),
    Case("challenge_200_x_via_jsl", on_article(fs.challenge_jsl_200()), [(ART, "blocked_challenge", 200)]),
    # 2. error pages served with status 200
    Case("error_page_200_not_exist", on_article([fs.Reply(200, fs.NOT_FOUND_PAGE)]), [(ART, "error_page", 200)]),
    Case("error_page_200_near_empty", on_article([fs.Reply(200, fs.EMPTY_PAGE)]), [(ART, "error_page", 200)]),
    # 3. gone: one request, no retry
    Case("not_found_404", on_article(fs.status(404)), [(ART, "not_found", 404)]),
    Case("gone_410", on_article(fs.status(410)), [(ART, "not_found", 410)]),
    # 4. transient server errors: retried, then stored
    Case("http_500_twice_then_ok", on_article(fs.fail_then_ok(500, 2)),
         [(ART, "http_error", 500), (ART, "http_error", 500), (ART, "ok", 200)], stored=True, status="ok"),
    # 5. permanent server errors: retries exhausted (1 + max_retries requests)
    Case("http_503_forever", on_article(fs.status(503)), [(ART, "http_error", 503)] * 3),
    Case("http_500_forever", on_article(fs.status(500)), [(ART, "http_error", 500)] * 3),
    # 6. rate limits: Retry-After 0 honoured (waited exactly 0 s, not a backoff), too long a wait is final
    Case("rate_limited_retry_after_0_then_ok", on_article(fs.rate_limited_then_ok("0")),
         [(ART, "rate_limited", 429), (ART, "ok", 200)], stored=True, status="ok", retry_sleeps=[0.0]),
    # 7. slower than timeout_s: every attempt times out
    Case("slow_response_timeout", on_article(fs.slow(2.0)), [(ART, "timeout", None)] * 3,
         politeness={"timeout_s": 0.5}),
    # 8. a PDF where an HTML article was expected
    Case("pdf_instead_of_html", on_article(fs.pdf()), [(ART, "wrong_content_type", 200)]),
    # 9. above max_bytes=50_000: announced by Content-Length, or only noticed while streaming
    Case("too_large_content_length", on_article(fs.huge(200_000)), [(ART, "too_large", 200)]),
    Case("too_large_streamed", on_article(fs.huge(200_000, send_length=False)), [(ART, "too_large", 200)]),
    # 10. Content-Length larger than what is sent, then close: retried like a network fault
    Case("truncated_body", on_article(fs.truncated()), [(ART, "truncated", 200)] * 3),
    # 11. redirects: A -> B -> A, and a redirect to a host the source may not visit
    Case("redirect_loop", lambda art: {art: fs.redirect("/loop/b.html"), "/loop/b.html": fs.redirect(art)},
         [(ART, "ok", 302), ("/loop/b.html", "ok", 302), (ART, "redirect_loop", None)]),
    Case("redirect_to_other_host", on_article(fs.redirect("http://example.invalid/art/x.html")),
         [(ART, "ok", 302), ("http://example.invalid/art/x.html", "host_not_allowed", None)], status="ok"),
    # 13. GBK pages decode to the same text as the UTF-8 page (GB18030 decoding)
    Case("gbk_charset_header", on_article(fs.gbk("text/html; charset=gbk", "gbk")), [(ART, "ok", 200)],
         stored=True, status="ok", title=GBK_TITLE),
    Case("gb2312_meta_only", on_article(fs.gbk("text/html", "gb2312")), [(ART, "ok", 200)],
         stored=True, status="ok", title=GBK_TITLE),
    Case("latin1_header_gb2312_meta", on_article(fs.gbk("text/html; charset=ISO-8859-1", "gb2312")),
         [(ART, "ok", 200)], stored=True, status="ok", title=GBK_TITLE),
    # 14. robots.txt disallows the article: refused before sending
    Case("robots_disallow", lambda art: {}, [(ART, "blocked_robots", None)], hits=0,
         robots=lambda art: f"User-agent: *\nDisallow: {art}\n"),
]


def _site_for(case: Case) -> tuple[FaultSite, list, object]:
    good = good_notices(4)
    bad = fault_notice(1, good[1], before=good[1])
    if case.title:
        bad = dataclasses.replace(bad, title=case.title)
    site = FaultSite(good + [bad], faults=case.faults(bad.path),
                     robots=case.robots(bad.path) if case.robots else fs.DEFAULT_ROBOTS)
    return site, good, bad


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_article_fault(case: Case, tmp_path):
    site, good, bad = _site_for(case)
    with site:
        pipeline, run = run_site(tmp_path, site, fast_politeness(**case.politeness))
        fault_url = site.url(bad.path)
        report = run.report

        # The run finished, was loaded, and says how it went.
        assert run.load.files_loaded == 1 and not run.load.bad_files
        assert report.status == case.status, report.problems
        assert pipeline.status(report.run_id) == case.status
        assert report.items_listed == 5

        # raw.fetch_log: exactly the expected requests for the fault URL (and where it led).
        wanted = {fault_url} | {site.url(w) if w.startswith("/") else w for w, _, _ in case.expect if w}
        rows = [(url, outcome, code, attempt) for url, _, kind, code, attempt, outcome, _ in pipeline.fetches()
                if url in wanted and kind == "article"]
        expected = [(fault_url if w is None else (site.url(w) if w.startswith("/") else w), outcome, code, i)
                    for i, (w, outcome, code) in enumerate(case.expect, start=1)]
        assert rows == expected
        sent = sum(1 for w, outcome, _ in case.expect if w is None and outcome not in REFUSED)
        assert site.hits[bad.path] == (case.hits if case.hits is not None else sent)

        # raw.page_versions: the normal articles are stored; the fault article only if it ended well.
        stored = pipeline.stored_urls()
        assert {site.url(n.path) for n in good} <= stored
        assert (fault_url in stored) is case.stored
        assert len(stored) == 4 + case.stored
        bodies = " ".join(r[0] for r in pipeline.q("SELECT body || title FROM raw.page_versions"))
        assert not any(marker in bodies for marker in BAD_BODY_MARKERS)
        if not case.stored:
            assert any(fault_url in p for p in report.problems) or case.status == "ok"

        if case.retry_sleeps is not None:
            assert run.sleeps == case.retry_sleeps
        if case.title:  # decoded text is exactly what the UTF-8 page gives
            title, body, digest = pipeline.q("SELECT title, body, content_hash FROM raw.page_versions "
                                             "WHERE url = ?", [fault_url])[0]
            reference = parse_article(render_article(bad), fault_url)
            assert title == GBK_TITLE == reference.title
            assert body == reference.body and digest == version_digest(reference)
            assert "\ufffd" not in body
        pipeline.close()


def test_list_items_on_other_hosts_are_recorded_never_fetched(tmp_path, loopback_only):
    """A list item linking to another host: host_not_allowed in raw.fetch_log, no request, no DNS lookup."""
    good = good_notices(3)
    with FaultSite([]) as decoy:  # another server on loopback, reached as "localhost": not an allowed host
        template = good[1]
        links = [
            LinkedNotice(**{**fault_notice(1, template, good[1]).__dict__,
                            "href": f"http://localhost:{decoy.server.server_address[1]}/art/2025/1/1/art_{COLUMN}_1.html"}),
            LinkedNotice(**{**fault_notice(2, template, good[1]).__dict__,
                            "href": f"http://www.zj.gov.cn/art/2025/1/2/art_{COLUMN}_2.html"}),
        ]
        with FaultSite(good, links=links) as site:
            pipeline, run = run_site(tmp_path, site)
        assert decoy.requests == []
    assert run.report.status == "ok" and run.report.items_listed == 5
    # not a fault of this run, but said in its message: a column whose notices moved to another host shows it
    assert any("2 listed notices are on hosts outside allowed_hosts" in p for p in run.report.problems)
    assert "outside allowed_hosts" in pipeline.one("SELECT message FROM raw.scrape_runs")
    for link in links:
        assert pipeline.fetches(url=link.href) == [
            (link.href, "GET", "article", None, 1, "host_not_allowed",
             pipeline.fetches(url=link.href)[0][6])]
        assert "not among the source's allowed hosts" in pipeline.fetches(url=link.href)[0][6]
    assert pipeline.stored_urls() == {site.url(n.path) for n in good}
    listed = {r[0] for r in pipeline.q("SELECT url FROM raw.listings")}
    assert {link.href for link in links} <= listed  # the list said so; we recorded it
    assert loopback_only == []  # www.zj.gov.cn was never even looked up


# -- faults on the column page and the list endpoint ---------------------------------------------------

COLUMN_CASES = [
    ("column_challenge_412", {column_path(): fs.challenge_412()}, "blocked", [("blocked_challenge", 412)]),
    ("column_challenge_521", {column_path(): fs.challenge_521()}, "blocked", [("blocked_challenge", 521)]),
    ("column_500_forever", {column_path(): fs.status(500)}, "failed", [("http_error", 500)] * 3),
    ("column_error_page_200", {column_path(): [fs.Reply(200, fs.NOT_FOUND_PAGE)]}, "failed",
     [("error_page", 200)]),
    ("column_redesigned_no_list", {column_path(): [fs.Reply(200, "<html><head><title>经开区</title></head><body>"
                                                            + "<p>新版网站</p>" * 100 + "</body></html>")]},
     "failed", [("ok", 200)]),
    ("column_timeout", {column_path(): fs.slow(2.0)}, "failed", [("timeout", None)] * 3),
]


@pytest.mark.parametrize("name,faults,status,expect", COLUMN_CASES, ids=[c[0] for c in COLUMN_CASES])
def test_column_fault(name, faults, status, expect, tmp_path):
    good = good_notices(4)
    with FaultSite(good, faults=faults) as site:
        politeness = fast_politeness(timeout_s=0.5) if "timeout" in name else fast_politeness()
        pipeline, run = run_site(tmp_path, site, politeness)
        col_url = site.url(column_path())
    assert run.report.status == status and pipeline.status(run.report.run_id) == status
    assert [(r[5], r[3]) for r in pipeline.fetches(url=col_url)] == expect
    assert run.report.items_listed == 0 and pipeline.stored_urls() == set()
    assert not [p for m, p in site.requests if p.startswith("/art/")]  # nothing fetched blindly
    assert run.report.problems and run.load.files_loaded == 1


def test_dataproxy_page_failing_keeps_the_first_page(tmp_path):
    """Page 1 comes embedded in the column page; dataproxy.jsp 500 forever loses only the rest."""
    good = good_notices(6)
    with FaultSite(good, per_page=2, faults={fs.DATAPROXY: fs.status(500)}) as site:
        pipeline, run = run_site(tmp_path, site)
    assert run.report.status == "partial" and run.report.items_listed == 2
    assert [(r[1], r[2], r[5]) for r in pipeline.fetches() if r[2] == "list"] == [("POST", "list", "http_error")] * 3
    assert pipeline.stored_urls() == {site.url(n.path) for n in good[:2]}


# -- circuit breaker -------------------------------------------------------------------------------

def test_breaker_opens_after_consecutive_failures_and_stops_the_source(tmp_path):
    good = good_notices(4)
    bad = [fault_notice(k, good[0], before=good[0]) for k in range(1, 4)]  # listed right after good[0]
    with FaultSite(good + bad, faults={b.path: fs.status(503) for b in bad}) as site:
        pipeline, run = run_site(tmp_path, site, fast_politeness(breaker_threshold=3))
        report = run.report
        assert report.status == "failed" and report.breaker_opened  # the source stopped: FAILING in health
        assert any("circuit breaker open" in p for p in report.problems)
        # 3 failing articles x 3 attempts, then nothing more reaches the server
        assert [site.hits[b.path] for b in bad] == [3, 3, 3]
        assert all(site.hits[n.path] == 0 for n in good[1:])
        assert pipeline.stored_urls() == {site.url(good[0].path)}
        article_rows = [r for r in pipeline.fetches() if r[2] == "article"]
        assert [r[5] for r in article_rows] == ["ok"] + ["http_error"] * 9
        # the rest are listed (and will be fetched by a later run), but were not requested
        listed = {r[0] for r in pipeline.q("SELECT url FROM raw.listings")}
        assert {site.url(n.path) for n in good} <= listed

        # The same breaker on a client: once open, a call is refused without a request.
        attempts = []
        with PoliteClient(fast_politeness(breaker_threshold=3), ["127.0.0.1"], on_attempt=attempts.append) as client:
            for b in bad:
                assert client.get(site.url(b.path)).outcome is Outcome.HTTP_ERROR
            assert client.circuit_open
            before = sum(site.hits.values())
            result = client.get(site.url(good[2].path))
        assert result.outcome is Outcome.CIRCUIT_OPEN and result.attempts == 0
        assert sum(site.hits.values()) == before and site.hits[good[2].path] == 0
        assert attempts[-1].outcome is Outcome.CIRCUIT_OPEN and attempts[-1].status_code is None


def test_deeply_nested_article_is_parsed_without_crashing(tmp_path):
    """1500 unclosed <font> tags (Word exports): the body text is read without recursion, and stored."""
    good = good_notices(4)
    bad = fault_notice(1, good[1], before=good[1])
    with FaultSite(good + [bad], faults={bad.path: fs.nested(1500)}) as site:
        pipeline, run = run_site(tmp_path, site)
    url = site.url(bad.path)
    assert run.report.status == "ok" and run.load.files_loaded == 1
    assert [(r[5], r[3]) for r in pipeline.fetches(url=url)] == [("ok", 200)]
    assert pipeline.stored_urls() == {site.url(n.path) for n in good} | {url}
    body = pipeline.q("SELECT body FROM raw.page_versions WHERE url = ?", [url])[0][0]
    assert body.startswith("丽水经开区召开重点项目推进会") and body.count("深") == 1500


def test_the_loopback_guard_itself_refuses_the_outside_world(loopback_only):
    """If a host check ever failed, the request would die here, not reach the internet."""
    with PoliteClient(fast_politeness(respect_robots=False, max_retries=0), ["www.zj.gov.cn"]) as client:
        result = client.get("http://www.zj.gov.cn/art/2025/1/1/art_1_1.html")
    assert result.outcome is Outcome.CONNECTION_ERROR
    assert loopback_only == ["www.zj.gov.cn"]
    loopback_only.clear()


def test_every_article_challenged_while_the_list_answers_is_blocked(tmp_path):
    """A common 瑞数 setup: the column page is served, every article gets a 412 challenge."""
    good = good_notices(3)
    with FaultSite(good, faults={n.path: fs.challenge_412() for n in good}) as site:
        pipeline, run = run_site(tmp_path, site)
    assert run.report.items_listed == 3 and run.report.status == "blocked"
    assert pipeline.stored_urls() == set()


def test_a_long_retry_after_leaves_the_whole_source_until_the_next_run(tmp_path):
    """429 with Retry-After: 120 (beyond the backoff budget): no retry, and no more requests to that host."""
    good = good_notices(4)
    bad = fault_notice(1, good[0], before=good[0])  # listed right after good[0]
    with FaultSite(good + [bad], faults={bad.path: fs.rate_limited_then_ok("120")}) as site:
        pipeline, run = run_site(tmp_path, site)
    assert site.hits[bad.path] == 1 and all(site.hits[n.path] == 0 for n in good[1:])
    assert [r[5] for r in pipeline.fetches(url=site.url(bad.path))] == ["rate_limited"]
    assert run.report.status == "partial" and any("Retry-After" in p for p in run.report.problems)
    assert pipeline.stored_urls() == {site.url(good[0].path)}  # the rest is picked up next run
