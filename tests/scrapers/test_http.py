"""PoliteClient politeness and fault tolerance: hosts, robots.txt, spacing, retries, breaker, redirects.

Every site is an httpx.MockTransport; time is a fake clock whose sleep only advances it.
"""
import random
import ssl
import threading
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import pytest

from scrapers.http import FetchAttempt, Outcome, PoliteClient, Politeness

HOST = "www.lishui.gov.cn"
BASE = f"http://{HOST}"
ARTICLE = "<html><head><title>通知</title></head><body><div class='zoom'>" + "丽水市人民政府关于下达任务的通知。" * 30 + "</div></body></html>"


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def page(status=200, body=ARTICLE, headers=None):
    """A response factory: MockTransport needs a fresh Response per request."""
    headers = {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
    return lambda request: httpx.Response(status, content=body.encode("utf-8"), headers=headers)


class Site:
    """Routes by path; a list answers in turn and then repeats its last entry. Unknown paths 404."""

    def __init__(self, routes: dict) -> None:
        self.routes = {path: list(v) if isinstance(v, list) else [v] for path, v in routes.items()}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answers = self.routes.get(request.url.path) or [page(404, "not here")]
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        return answer(request)

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.url.path == path)


def make_client(site, fake: FakeTime, *, hosts=(HOST,), rng=None, on_attempt=None, **politeness):
    settings = {"min_delay_s": 0.0, **politeness}
    return PoliteClient(Politeness(**settings), hosts, transport=httpx.MockTransport(site),
                        sleep=fake.sleep, clock=fake.clock, rng=rng or random.Random(1),
                        on_attempt=on_attempt)


# -- retries and backoff ---------------------------------------------------------------------------

def test_5xx_is_retried_with_full_jitter_backoff_from_the_rng():
    site, fake = Site({"/a.html": [page(503, "busy"), page(502, "bad"), page()]}), FakeTime()
    client = make_client(site, fake, rng=random.Random(42), backoff_base_s=2.0)

    result = client.get(f"{BASE}/a.html")

    expected = random.Random(42)
    assert fake.sleeps == [expected.uniform(0, 2.0), expected.uniform(0, 4.0)]
    assert result.ok and result.attempts == 3 and site.hits("/a.html") == 3
    assert [a.outcome for a in client.attempts if a.kind == "article"] == [
        Outcome.HTTP_ERROR, Outcome.HTTP_ERROR, Outcome.OK]


def test_backoff_is_capped_and_gives_up_after_max_retries():
    site, fake = Site({"/a.html": page(500, "oops")}), FakeTime()
    client = make_client(site, fake, rng=random.Random(3), backoff_base_s=10, backoff_max_s=15,
                         max_retries=3)

    result = client.get(f"{BASE}/a.html")

    expected = random.Random(3)
    assert fake.sleeps == [expected.uniform(0, 10), expected.uniform(0, 15), expected.uniform(0, 15)]
    assert result.outcome is Outcome.HTTP_ERROR and result.status_code == 500
    assert site.hits("/a.html") == 4 and result.attempts == 4
    assert f"GET {BASE}/a.html" in result.error and "HTTP 500" in result.error and "after 4 attempts" in result.error


def test_timeouts_and_connection_errors_are_retried():
    failures = [httpx.ReadTimeout("slow"), httpx.ConnectError("refused")]

    def flaky(request):
        if failures:
            raise failures.pop(0)
        return page()(request)

    site, fake = Site({"/a.html": flaky}), FakeTime()
    client = make_client(site, fake)

    result = client.get(f"{BASE}/a.html")

    assert result.ok and result.attempts == 3
    assert [a.outcome for a in client.attempts if a.kind == "article"] == [
        Outcome.TIMEOUT, Outcome.CONNECTION_ERROR, Outcome.OK]


def test_timeout_every_time_ends_as_timeout():
    def hang(request):
        raise httpx.ConnectTimeout("no answer")

    site, fake = Site({"/a.html": hang}), FakeTime()
    result = make_client(site, fake, max_retries=2).get(f"{BASE}/a.html")
    assert result.outcome is Outcome.TIMEOUT and site.hits("/a.html") == 3
    assert "timed out" in result.error


@pytest.mark.parametrize("status", [404, 410])
def test_gone_pages_are_not_found_and_not_retried(status):
    site, fake = Site({"/gone.html": page(status, "Not Found")}), FakeTime()
    result = make_client(site, fake).get(f"{BASE}/gone.html")
    assert result.outcome is Outcome.NOT_FOUND and result.status_code == status
    assert site.hits("/gone.html") == 1 and fake.sleeps == []


def test_other_4xx_is_an_http_error_without_retry():
    site, fake = Site({"/a.html": page(403, "Forbidden")}), FakeTime()
    result = make_client(site, fake).get(f"{BASE}/a.html")
    assert result.outcome is Outcome.HTTP_ERROR and "HTTP 403" in result.error
    assert site.hits("/a.html") == 1


def test_tls_failure_is_tls_error_and_not_retried():
    def bad_certificate(request):
        try:
            raise ssl.SSLCertVerificationError("certificate verify failed: unable to get local issuer")
        except ssl.SSLError as exc:
            raise httpx.ConnectError("handshake failed") from exc

    site, fake = Site({"/a.html": bad_certificate}), FakeTime()
    result = make_client(site, fake).get(f"{BASE}/a.html")
    assert result.outcome is Outcome.TLS_ERROR and site.hits("/a.html") == 1
    assert "TLS" in result.error


# -- Retry-After --------------------------------------------------------------------------------

def test_retry_after_seconds_is_honoured_on_429():
    site, fake = Site({"/a.html": [page(429, "slow down", {"Retry-After": "7"}), page()]}), FakeTime()
    result = make_client(site, fake).get(f"{BASE}/a.html")
    assert result.ok and fake.sleeps == [7.0]


def test_retry_after_http_date_is_honoured_on_503():
    server_now = datetime(2024, 2, 27, 9, 30, tzinfo=timezone.utc)
    headers = {"Date": format_datetime(server_now, usegmt=True),
               "Retry-After": format_datetime(server_now + timedelta(seconds=30), usegmt=True)}
    site, fake = Site({"/a.html": [page(503, "maintenance", headers), page()]}), FakeTime()
    result = make_client(site, fake).get(f"{BASE}/a.html")
    assert result.ok and fake.sleeps == [30.0]


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_longer_than_backoff_max_gives_up_as_rate_limited(status):
    site, fake = Site({"/a.html": page(status, "later", {"Retry-After": "3600"})}), FakeTime()
    client = make_client(site, fake, backoff_max_s=60)
    result = client.get(f"{BASE}/a.html")
    assert result.outcome is Outcome.RATE_LIMITED and result.retry_after_s == 3600
    assert site.hits("/a.html") == 1 and fake.sleeps == []
    assert "3600" in result.error and client.attempts[-1].outcome is Outcome.RATE_LIMITED


def test_429_until_retries_run_out_is_rate_limited():
    site, fake = Site({"/a.html": page(429, "slow down")}), FakeTime()
    result = make_client(site, fake, max_retries=2).get(f"{BASE}/a.html")
    assert result.outcome is Outcome.RATE_LIMITED and site.hits("/a.html") == 3


# -- circuit breaker ------------------------------------------------------------------------------

def test_breaker_opens_after_consecutive_failures_and_then_sends_nothing():
    site, fake = Site({"/a.html": page(500, "down")}), FakeTime()
    client = make_client(site, fake, max_retries=0, breaker_threshold=3)

    outcomes = [client.get(f"{BASE}/a.html").outcome for _ in range(3)]
    refused = client.get(f"{BASE}/b.html")

    assert outcomes == [Outcome.HTTP_ERROR] * 3 and client.circuit_open
    assert refused.outcome is Outcome.CIRCUIT_OPEN and refused.attempts == 0
    assert site.hits("/b.html") == 0
    last = client.attempts[-1]
    assert (last.outcome, last.status_code, last.bytes, last.url) == (Outcome.CIRCUIT_OPEN, None, 0, f"{BASE}/b.html")


def test_a_success_resets_the_breaker_count():
    site, fake = Site({"/bad.html": page(500, "down"), "/good.html": page()}), FakeTime()
    client = make_client(site, fake, max_retries=0, breaker_threshold=3)
    for path in ["/bad.html", "/bad.html", "/good.html", "/bad.html", "/bad.html"]:
        client.get(f"{BASE}{path}")
    assert not client.circuit_open
    assert client.get(f"{BASE}/good.html").ok


# -- robots.txt -----------------------------------------------------------------------------------

def robots(text):
    return lambda request: httpx.Response(200, text=text, headers={"Content-Type": "text/plain"})


def test_robots_disallow_blocks_without_a_request_and_robots_is_fetched_once():
    site = Site({"/robots.txt": robots("User-agent: *\nDisallow: /private/\n"), "/a.html": page()})
    client = make_client(site, FakeTime())

    blocked = client.get(f"{BASE}/private/x.html")
    allowed = client.get(f"{BASE}/a.html")

    assert blocked.outcome is Outcome.BLOCKED_ROBOTS and blocked.attempts == 0
    assert "robots.txt" in blocked.error
    assert allowed.ok
    assert site.hits("/private/x.html") == 0 and site.hits("/robots.txt") == 1
    assert [a.kind for a in client.attempts] == ["robots", "article", "article"]


def test_robots_group_for_our_user_agent_applies():
    site = Site({"/robots.txt": robots("User-agent: govwatch\nDisallow: /\n\nUser-agent: *\nAllow: /\n")})
    result = make_client(site, FakeTime()).get(f"{BASE}/a.html")
    assert result.outcome is Outcome.BLOCKED_ROBOTS


def test_robots_applies_to_post_requests_too():
    site = Site({"/robots.txt": robots("User-agent: *\nDisallow: /module/\n")})
    result = make_client(site, FakeTime()).post(f"{BASE}/module/jpage/dataproxy.jsp", data={"col": "1"})
    assert result.outcome is Outcome.BLOCKED_ROBOTS and site.hits("/module/jpage/dataproxy.jsp") == 0


def test_crawl_delay_raises_the_per_host_delay():
    site = Site({"/robots.txt": robots("User-agent: *\nCrawl-delay: 5\n"), "/a.html": page()})
    fake = FakeTime()
    client = make_client(site, fake, min_delay_s=1.0)
    for _ in range(3):
        assert client.get(f"{BASE}/a.html").ok
    assert fake.sleeps == [5.0, 5.0, 5.0]  # robots, then three pages 5 s apart


def test_missing_robots_allows_everything_quietly():
    site = Site({"/robots.txt": page(404, "nope"), "/a.html": page()})
    client = make_client(site, FakeTime())
    assert client.get(f"{BASE}/a.html").ok
    assert client.robots_notes == {}


def test_unreachable_robots_allows_everything_with_a_note_and_no_retry():
    def timeout(request):
        raise httpx.ReadTimeout("slow")

    site = Site({"/robots.txt": timeout, "/a.html": page()})
    client = make_client(site, FakeTime())
    assert client.get(f"{BASE}/a.html").ok
    assert site.hits("/robots.txt") == 1
    assert HOST in client.robots_notes and "allowing all" in client.robots_notes[HOST]


def test_robots_server_error_means_complete_disallow():
    """RFC 9309 §2.3.1.4: a 5xx on robots.txt — assume the site wants nothing crawled for now."""
    site = Site({"/robots.txt": page(503, "busy"), "/a.html": page()})
    client = make_client(site, FakeTime())
    assert client.get(f"{BASE}/a.html").outcome is Outcome.BLOCKED_ROBOTS
    assert site.hits("/a.html") == 0 and "HTTP 503" in client.robots_notes[HOST]


def test_robots_can_be_switched_off():
    site = Site({"/robots.txt": robots("User-agent: *\nDisallow: /\n"), "/a.html": page()})
    assert make_client(site, FakeTime(), respect_robots=False).get(f"{BASE}/a.html").ok
    assert site.hits("/robots.txt") == 0


# -- spacing and concurrency ------------------------------------------------------------------------

def test_min_delay_spaces_request_starts_per_host():
    site, fake = Site({"/a.html": page()}), FakeTime()
    client = make_client(site, fake, min_delay_s=2.0, respect_robots=False)
    client.get(f"{BASE}/a.html")
    fake.now += 0.5  # parsing took half a second
    client.get(f"{BASE}/a.html")
    client.get(f"{BASE}/a.html")
    assert fake.sleeps == [1.5, 2.0]


def test_hosts_are_spaced_independently():
    site, fake = Site({"/a.html": page()}), FakeTime()
    client = make_client(site, fake, hosts=(HOST, "fzggw.zj.gov.cn"), min_delay_s=3.0,
                         respect_robots=False)
    client.get(f"{BASE}/a.html")
    client.get("http://fzggw.zj.gov.cn/a.html")
    assert fake.sleeps == []


@pytest.mark.parametrize("limit", [1, 2])
def test_max_concurrency_caps_requests_in_flight_per_host(limit):
    lock, state = threading.Lock(), {"now": 0, "max": 0}

    def slow(request):
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        time.sleep(0.01)
        with lock:
            state["now"] -= 1
        return page()(request)

    client = PoliteClient(Politeness(min_delay_s=0, max_concurrency=limit, respect_robots=False),
                          [HOST], transport=httpx.MockTransport(slow))
    threads = [threading.Thread(target=client.get, args=(f"{BASE}/a.html",)) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert 1 <= state["max"] <= limit and client.requests_sent == 6


# -- hosts and redirects ----------------------------------------------------------------------------

def test_other_hosts_are_refused_without_a_request():
    site, fake = Site({}), FakeTime()
    client = make_client(site, fake)
    result = client.get("https://evil.example.com/a.html")
    assert result.outcome is Outcome.HOST_NOT_ALLOWED and site.requests == []
    assert "evil.example.com" in result.error
    (attempt,) = client.attempts
    assert (attempt.status_code, attempt.bytes, attempt.outcome) == (None, 0, Outcome.HOST_NOT_ALLOWED)


def test_host_match_ignores_case_and_port():
    site = Site({"/a.html": page()})
    client = make_client(site, FakeTime(), hosts=["WWW.Lishui.GOV.cn"], respect_robots=False)
    assert client.get("http://www.lishui.gov.cn:8080/a.html").ok


@pytest.mark.parametrize("url", ["//www.lishui.gov.cn/a.html", "ftp://www.lishui.gov.cn/a", "not a url"])
def test_unusable_urls_are_refused_not_raised(url):
    site = Site({})
    result = make_client(site, FakeTime()).get(url)
    assert result.outcome is Outcome.HOST_NOT_ALLOWED and site.requests == []


def test_redirect_within_allowed_hosts_is_followed():
    site = Site({"/old.html": page(301, "", {"Location": "/new.html"}), "/new.html": page()})
    client = make_client(site, FakeTime(), respect_robots=False)
    result = client.get(f"{BASE}/old.html")
    assert result.ok and result.final_url == f"{BASE}/new.html" and result.attempts == 2
    assert [(a.status_code, a.outcome) for a in client.attempts] == [(301, Outcome.OK), (200, Outcome.OK)]


def test_redirect_to_another_host_is_refused():
    seen_hosts = []

    def handler(request):
        seen_hosts.append(request.url.host)
        return httpx.Response(302, headers={"Location": "https://evil.example.com/phish"})

    client = PoliteClient(Politeness(min_delay_s=0, respect_robots=False), [HOST],
                          transport=httpx.MockTransport(handler), sleep=FakeTime().sleep)
    result = client.get(f"{BASE}/a.html")
    assert result.outcome is Outcome.HOST_NOT_ALLOWED and seen_hosts == [HOST]
    assert result.final_url == "https://evil.example.com/phish"
    assert f"GET {BASE}/a.html" in result.error


def test_a_redirect_between_www_and_the_bare_domain_is_followed():
    """www.lishui.gov.cn and lishui.gov.cn are one site (as canonical_url has it): a site moving to its bare domain
    must not lose every article to host_not_allowed under a green status; another site is still refused."""
    seen = []

    def handler(request):
        seen.append(request.url.host)
        if request.url.host == HOST:
            return httpx.Response(301, headers={"Location": f"https://{HOST[4:]}{request.url.path}"})
        return httpx.Response(200, content=ARTICLE.encode(), headers={"Content-Type": "text/html; charset=utf-8"})

    client = PoliteClient(Politeness(min_delay_s=0, respect_robots=False), [HOST],
                          transport=httpx.MockTransport(handler), sleep=FakeTime().sleep)
    result = client.get(f"{BASE}/art/1.html")
    assert result.ok and seen == [HOST, HOST[4:]]
    assert client.get("https://lishui.gov.cn.evil.example/art/1.html").outcome is Outcome.HOST_NOT_ALLOWED


def test_redirect_loop_is_detected():
    site = Site({"/a": page(302, "", {"Location": "/b"}), "/b": page(302, "", {"Location": f"{BASE}/a"})})
    result = make_client(site, FakeTime(), respect_robots=False).get(f"{BASE}/a")
    assert result.outcome is Outcome.REDIRECT_LOOP and site.hits("/a") == 1 and site.hits("/b") == 1


def test_too_many_redirects_is_a_redirect_loop():
    site = Site({f"/r{i}": page(302, "", {"Location": f"/r{i + 1}"}) for i in range(10)})
    result = make_client(site, FakeTime(), respect_robots=False, max_redirects=2).get(f"{BASE}/r0")
    assert result.outcome is Outcome.REDIRECT_LOOP and len(site.requests) == 3
    assert "max_redirects=2" in result.error


@pytest.mark.parametrize("headers", [{}, {"Location": "http://[::1"}])
def test_redirect_without_a_usable_location_is_an_http_error(headers):
    site = Site({"/a": page(302, "", headers)})
    result = make_client(site, FakeTime(), respect_robots=False).get(f"{BASE}/a")
    assert result.outcome is Outcome.HTTP_ERROR and site.hits("/a") == 1 and "Location" in result.error


def test_post_answered_by_303_continues_as_get():
    site = Site({"/search.jsp": page(303, "", {"Location": "/result.jsp"}),
                 "/result.jsp": page(200, "<datastore><totalrecord>0</totalrecord></datastore>",
                                     {"Content-Type": "text/xml"})})
    result = make_client(site, FakeTime(), respect_robots=False).post(f"{BASE}/search.jsp", data={"a": "1"})
    assert result.ok and [r.method for r in site.requests] == ["POST", "GET"]


# -- conditional GET, cookies, headers ---------------------------------------------------------------

def test_conditional_get_sends_validators_and_304_is_not_modified():
    site = Site({"/a.html": page(304, "", {"ETag": '"v2"'})})
    client = make_client(site, FakeTime(), respect_robots=False)
    result = client.get(f"{BASE}/a.html", etag='"v1"', last_modified="Tue, 27 Feb 2024 01:30:00 GMT")
    request = site.requests[0]
    assert request.headers["If-None-Match"] == '"v1"'
    assert request.headers["If-Modified-Since"] == "Tue, 27 Feb 2024 01:30:00 GMT"
    assert result.outcome is Outcome.NOT_MODIFIED and result.text is None and not result.ok
    assert result.etag == '"v2"' and result.last_modified == "Tue, 27 Feb 2024 01:30:00 GMT"
    assert result.error is None


def test_validators_of_a_fresh_page_are_returned():
    headers = {"ETag": 'W/"65d3"', "Last-Modified": "Tue, 27 Feb 2024 01:30:00 GMT"}
    site = Site({"/a.html": page(200, ARTICLE, headers)})
    result = make_client(site, FakeTime(), respect_robots=False).get(f"{BASE}/a.html")
    assert (result.etag, result.last_modified) == ('W/"65d3"', "Tue, 27 Feb 2024 01:30:00 GMT")


def test_session_cookies_from_the_column_page_go_with_the_list_post():
    column = lambda request: httpx.Response(  # noqa: E731
        200, text=ARTICLE, headers={"Content-Type": "text/html",
                                    "Set-Cookie": "JSESSIONID=ABC123; Path=/; HttpOnly"})
    xml = "<datastore><totalrecord>1</totalrecord></datastore>"
    site = Site({"/col/col1229283449/index.html": column,
                 "/module/jpage/dataproxy.jsp": page(200, xml, {"Content-Type": "text/html;charset=UTF-8"})})
    client = make_client(site, FakeTime(), respect_robots=False)

    client.get(f"{BASE}/col/col1229283449/index.html", kind="column")
    result = client.post(f"{BASE}/module/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15",
                         data={"col": "1", "webid": "3657", "columnid": "1229283449"},
                         headers={"Referer": f"{BASE}/col/col1229283449/index.html"})

    post = site.requests[-1]
    assert result.ok and result.text == xml
    assert "JSESSIONID=ABC123" in post.headers["Cookie"]
    assert post.headers["Referer"] == f"{BASE}/col/col1229283449/index.html"
    assert post.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert b"columnid=1229283449" in post.content


def test_user_agent_carries_the_contact():
    site = Site({"/a.html": page()})
    make_client(site, FakeTime(), respect_robots=False, contact="ops@example.org").get(f"{BASE}/a.html")
    assert site.requests[0].headers["User-Agent"] == "govwatch/0.1 (+mailto:ops@example.org)"


# -- the attempt log --------------------------------------------------------------------------------

def test_on_attempt_is_called_once_per_request_with_its_outcome():
    seen: list[FetchAttempt] = []
    site = Site({"/robots.txt": page(404, "nope"), "/a.html": [page(503, "busy"), page()],
                 "/gone.html": page(404, "nope")})
    client = make_client(site, FakeTime(), on_attempt=seen.append)

    client.get(f"{BASE}/a.html")
    client.get(f"{BASE}/gone.html")
    client.get("http://other.example.com/x")

    assert seen == client.attempts
    assert [(a.kind, a.url.removeprefix(BASE), a.attempt, a.status_code, a.outcome) for a in seen] == [
        ("robots", "/robots.txt", 1, 404, Outcome.NOT_FOUND),
        ("article", "/a.html", 1, 503, Outcome.HTTP_ERROR),
        ("article", "/a.html", 2, 200, Outcome.OK),
        ("article", "/gone.html", 1, 404, Outcome.NOT_FOUND),
        ("article", "http://other.example.com/x", 1, None, Outcome.HOST_NOT_ALLOWED),
    ]
    assert client.requests_sent == 4 == len(site.requests)
    assert all(a.requested_at.tzinfo is timezone.utc for a in seen)
    assert seen[2].bytes == len(ARTICLE.encode("utf-8"))


def test_politeness_rejects_nonsense_settings():
    with pytest.raises(ValueError, match="max_concurrency"):
        Politeness(max_concurrency=0)
    with pytest.raises(ValueError, match="allowed host"):
        PoliteClient(Politeness(), [])
