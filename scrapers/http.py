"""PoliteClient: the one way scrapers talk to a government site.

Polite (allowed hosts, robots.txt, per-host spacing, backoff, circuit breaker) and fault
tolerant: every network or content problem becomes an Outcome in a FetchResult, and every
request sent or refused becomes a FetchAttempt. Only programming errors raise.
"""

from __future__ import annotations

import dataclasses
import logging
import random
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx

from scrapers.detect import EXPECTS
from scrapers.http_deadline import ResponseDeadline
from scrapers.http_pacing import CircuitBreaker, HostThrottle, backoff_delay
from scrapers.http_response import Answer, classify_response, read_body, redirect_answer
from scrapers.http_types import FetchAttempt, FetchResult, Outcome, Politeness
from scrapers.robots import RobotsPolicy, policy_from_response, robots_url
from scrapers.urls import bare_host

__all__ = ["FetchAttempt", "FetchResult", "Outcome", "PoliteClient", "Politeness"]

log = logging.getLogger(__name__)

_ACCEPT = {"html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
           "xml": "application/xml,text/xml;q=0.9,*/*;q=0.8",
           "json": "application/json,text/javascript;q=0.9,*/*;q=0.8",
           "any": "*/*"}


@dataclass
class _Call:
    """One get()/post() call: what was asked, and how many requests it has sent so far."""
    method: str
    url: str
    kind: str
    expect: str
    headers: dict[str, str]
    data: dict | None
    started: float
    sent: int = 0


class PoliteClient:
    """HTTP for one source and one run. Keeps cookies; safe to share between threads."""

    def __init__(self, politeness: Politeness, allowed_hosts: Iterable[str], *,
                 transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic,
                 rng: random.Random | None = None,
                 on_attempt: Callable[[FetchAttempt], None] | None = None) -> None:
        self.politeness = politeness
        self.allowed_hosts = frozenset(_host_name(host) for host in allowed_hosts)
        self._allowed_bare = frozenset(bare_host(host) for host in self.allowed_hosts)
        if not self.allowed_hosts:
            raise ValueError("PoliteClient needs at least one allowed host")
        self.attempts: list[FetchAttempt] = []
        self.requests_sent = 0
        self._sleep, self._clock = sleep, clock
        self._rng = rng or random.Random()
        self._on_attempt = on_attempt
        self._throttle = HostThrottle(politeness.min_delay_s, politeness.max_concurrency,
                                      sleep=sleep, clock=clock)
        self._breaker = CircuitBreaker(politeness.breaker_threshold)
        self._robots: dict[str, RobotsPolicy] = {}
        self._robots_lock = threading.RLock()
        self._record_lock = threading.Lock()
        # Over the network, each request keeps to its deadline in every socket read, headers included (a swapped-in
        # transport, as a test's MockTransport, has no sockets: it is used as given)
        self._deadline = ResponseDeadline()
        proxy = politeness.proxy
        if transport is None:
            transport = self._deadline.transport(verify=politeness.verify_tls, proxy=proxy, trust_env=False)
            proxy = None
        self._http = httpx.Client(
            headers={"User-Agent": politeness.user_agent_header,
                     "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5"},
            timeout=httpx.Timeout(politeness.timeout_s), verify=politeness.verify_tls,
            proxy=proxy, transport=transport, follow_redirects=False,
            # Proxies come from the source's own `proxy` setting only: an environment HTTP_PROXY must not
            # carry loopback (demo, tests) or government traffic somewhere the registry did not say.
            trust_env=False,
        )

    # -- public surface -----------------------------------------------------------------------

    def get(self, url: str, *, kind: str = "article", headers: dict | None = None,
            etag: str | None = None, last_modified: str | None = None,
            expect: str = "html") -> FetchResult:
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        result = self._fetch("GET", url, kind, {**conditional, **(headers or {})}, None, expect)
        if result.outcome is Outcome.NOT_MODIFIED:  # a 304 need not repeat the validators
            result = dataclasses.replace(result, etag=result.etag or etag,
                                         last_modified=result.last_modified or last_modified)
        return result

    def post(self, url: str, data: dict, *, kind: str = "list", headers: dict | None = None,
             expect: str = "xml") -> FetchResult:
        return self._fetch("POST", url, kind, dict(headers or {}), data, expect)

    @property
    def circuit_open(self) -> bool:
        return self._breaker.is_open

    @property
    def robots_notes(self) -> dict[str, str]:
        """Hosts whose robots.txt could not be read (so everything was allowed), and why."""
        return {host: policy.note for host, policy in self._robots.items() if policy.note}

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- one call: refusals, redirects, retries ---------------------------------------------------

    def _fetch(self, method: str, url: str, kind: str, headers: dict, data: dict | None,
               expect: str) -> FetchResult:
        if expect not in EXPECTS:
            raise ValueError(f"expect must be one of {EXPECTS}, got {expect!r}")
        call = _Call(method, url, kind, expect, headers, data, started=self._clock())
        if self._breaker.is_open:
            return self._refuse(call, url, Outcome.CIRCUIT_OPEN,
                                f"circuit open after {self._breaker.consecutive_failures} consecutive "
                                f"failures (last: {self._breaker.last_failure})")
        result = self._run(call, check_robots=self.politeness.respect_robots,
                           max_retries=self.politeness.max_retries)
        self._breaker.record(result.outcome, result.error)
        return result

    def _run(self, call: _Call, *, check_robots: bool, max_retries: int) -> FetchResult:
        url, method, data = call.url, call.method, call.data
        seen, retries = {url}, 0
        while True:
            refusal = self._refusal(url, check_robots)
            if refusal:
                return self._refuse(call, url, *refusal, method=method)
            answer = self._send(call, method, url, data)
            if answer.location is not None:
                if len(seen) > self.politeness.max_redirects or answer.location in seen:
                    why = "loops back" if answer.location in seen else \
                        f"exceeds max_redirects={self.politeness.max_redirects}"
                    return self._refuse(call, answer.location, Outcome.REDIRECT_LOOP,
                                        f"redirect chain {why} at {answer.location}", method=method)
                seen.add(answer.location)
                url = answer.location
                if answer.status_code == 303 or (method == "POST" and answer.status_code in (301, 302)):
                    method, data = "GET", None
                continue
            wait = self._retry_wait(answer, retries, max_retries)
            if wait is None:
                return self._result(call, url, answer)
            retries += 1
            self._sleep(wait)

    def _retry_wait(self, answer: Answer, retries_done: int, max_retries: int) -> float | None:
        """Seconds to wait before trying again, or None to stop with this answer."""
        if not answer.retryable or retries_done >= max_retries:
            return None
        if answer.retry_after_s is not None:  # already known to be within backoff_max_s
            return answer.retry_after_s
        return backoff_delay(retries_done + 1, self.politeness.backoff_base_s,
                             self.politeness.backoff_max_s, self._rng)

    def _refusal(self, url: str, check_robots: bool) -> tuple[Outcome, str] | None:
        """Why this URL must not be requested at all, or None."""
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as exc:
            return Outcome.HOST_NOT_ALLOWED, f"invalid URL ({exc})"
        if parsed.scheme not in ("http", "https") or not parsed.host:
            return Outcome.HOST_NOT_ALLOWED, "not an absolute http(s) URL"
        host = _url_host(parsed)
        if host not in self.allowed_hosts and bare_host(host) not in self._allowed_bare:
            # (www.x.gov.cn and x.gov.cn are one site, as canonical_url has it: a redirect between them is followed)
            return Outcome.HOST_NOT_ALLOWED, f"host {host} is not among the source's allowed hosts"
        if check_robots and not self._robots_policy(url, host).allows(
                url, self.politeness.user_agent_header):
            return Outcome.BLOCKED_ROBOTS, f"disallowed by the robots.txt of {host}"
        return None

    def _robots_policy(self, url: str, host: str) -> RobotsPolicy:
        with self._robots_lock:
            if host not in self._robots:
                call = _Call("GET", robots_url(url), "robots", "any", {}, None, started=self._clock())
                result = self._run(call, check_robots=False, max_retries=0)
                readable = result.outcome in (Outcome.OK, Outcome.NOT_FOUND, Outcome.HTTP_ERROR)
                policy = policy_from_response(host, result.status_code, result.text,
                                              None if readable else result.error)
                if policy.note:
                    log.warning("%s", policy.note)
                delay = policy.delay_s(self.politeness.user_agent_header)
                if delay:
                    self._throttle.raise_delay(host, delay)
                self._robots[host] = policy
            return self._robots[host]

    # -- one request ---------------------------------------------------------------------------

    def _send(self, call: _Call, method: str, url: str, data: dict | None) -> Answer:
        headers = {"Accept": _ACCEPT[call.expect], **call.headers}
        with self._throttle.slot(_url_host(url)):
            requested_at = datetime.now(timezone.utc)
            started = self._clock()
            with self._record_lock:
                self.requests_sent += 1
            answer = self._exchange(call, method, url, headers, data)
            elapsed_ms = (self._clock() - started) * 1000
        call.sent += 1
        self._record(call, url, method, answer, requested_at, elapsed_ms)
        return answer

    def _exchange(self, call: _Call, method: str, url: str, headers: dict, data: dict | None) -> Answer:
        # The whole response gets twice the per-read timeout (connect and headers, then the body).
        deadline = time.monotonic() + 2 * self.politeness.timeout_s
        with self._deadline.until(deadline):
            return self._exchange_until(call, method, url, headers, data, deadline)

    def _exchange_until(self, call: _Call, method: str, url: str, headers: dict, data: dict | None,
                        deadline: float) -> Answer:
        try:
            request = self._http.build_request(method, url, headers=headers, data=data)
            response = self._http.send(request, stream=True)
        except httpx.TimeoutException as exc:
            if time.monotonic() >= deadline:  # the headers still coming a byte at a time (a tarpit)
                return Answer(Outcome.TIMEOUT, f"no complete response headers within the response deadline "
                                                f"({2 * self.politeness.timeout_s:g} s)")
            return Answer(Outcome.TIMEOUT, f"timed out after {self.politeness.timeout_s:g} s "
                                            f"({type(exc).__name__})")
        except (httpx.HTTPError, httpx.InvalidURL, OSError) as exc:
            if "location header" in str(exc).lower():  # httpx parses Location even unfollowed
                return Answer(Outcome.HTTP_ERROR, f"redirect to an unusable Location ({exc})", final=True)
            if _is_tls_error(exc):
                return Answer(Outcome.TLS_ERROR, f"TLS failure: {exc}")
            return Answer(Outcome.CONNECTION_ERROR, f"{type(exc).__name__}: {exc}")
        try:
            if redirect := redirect_answer(response):
                return redirect
            body, read_problem = read_body(response, self.politeness.max_bytes, deadline)
            return classify_response(response, body, read_problem, expect=call.expect, kind=call.kind,
                                     min_body_chars=self.politeness.min_body_chars,
                                     max_wait_s=self.politeness.backoff_max_s)
        finally:
            response.close()

    # -- bookkeeping ---------------------------------------------------------------------------

    def _record(self, call: _Call, url: str, method: str, answer: Answer,
                requested_at: datetime, elapsed_ms: float) -> None:
        attempt = FetchAttempt(url=url, method=method, kind=call.kind, requested_at=requested_at,
                               status_code=answer.status_code, elapsed_ms=elapsed_ms,
                               bytes=answer.bytes, attempt=call.sent, outcome=answer.outcome,
                               error=answer.error)
        with self._record_lock:
            self.attempts.append(attempt)
        if self._on_attempt is not None:
            self._on_attempt(attempt)

    def _refuse(self, call: _Call, url: str, outcome: Outcome, reason: str, *,
                method: str | None = None) -> FetchResult:
        """Record a request that was never sent, and answer the call with it."""
        answer = Answer(outcome, reason)
        self._record(dataclasses.replace(call, sent=call.sent + 1), url, method or call.method, answer,
                     datetime.now(timezone.utc), 0.0)
        return self._result(call, url, answer)

    def _result(self, call: _Call, final_url: str, answer: Answer) -> FetchResult:
        error = None
        if answer.outcome not in (Outcome.OK, Outcome.NOT_MODIFIED):
            where = "" if final_url == call.url else f" (at {final_url})"
            tries = f" after {call.sent} attempts" if call.sent > 1 else ""
            error = f"{call.method} {call.url}{where}: {answer.error}{tries}"
        ok = answer.outcome is Outcome.OK
        return FetchResult(
            url=call.url, final_url=final_url, method=call.method, kind=call.kind,
            status_code=answer.status_code, outcome=answer.outcome,
            text=answer.text if ok else None, content_type=answer.headers.get("content-type"),
            encoding=answer.encoding if ok else None, bytes=answer.bytes,
            elapsed_ms=(self._clock() - call.started) * 1000, attempts=call.sent,
            etag=answer.headers.get("etag"), last_modified=answer.headers.get("last-modified"),
            error=error, retry_after_s=answer.retry_after_s)


def _host_name(value: str) -> str:
    """Lower-case host name without port or trailing dot, from a host, host:port or URL."""
    value = value.strip()
    host = httpx.URL(value if "://" in value else f"http://{value}").host
    return host.lower().rstrip(".")


def _url_host(url: str | httpx.URL) -> str:
    return httpx.URL(url).host.lower().rstrip(".")


def _is_tls_error(exc: BaseException | None) -> bool:
    message = str(exc).lower()
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, ssl.SSLError):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return "[ssl" in message or "certificate verify failed" in message
