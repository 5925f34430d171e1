"""How hard the client may push a host: spacing, concurrency, backoff, Retry-After, circuit breaker."""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapers.http_types import Outcome

# Outcomes that say the source is unwell (or unwilling); per-URL problems and refusals are neutral.
BREAKER_FAILURES = frozenset({
    Outcome.TIMEOUT, Outcome.CONNECTION_ERROR, Outcome.TLS_ERROR, Outcome.HTTP_ERROR,
    Outcome.RATE_LIMITED, Outcome.BLOCKED_CHALLENGE, Outcome.ERROR_PAGE, Outcome.TRUNCATED,
})
BREAKER_SUCCESSES = frozenset({Outcome.OK, Outcome.NOT_MODIFIED, Outcome.NOT_FOUND})


class HostThrottle:
    """Spaces request starts to one host by its delay and caps requests in flight per host."""

    def __init__(self, min_delay_s: float, max_concurrency: int, *,
                 sleep: Callable[[float], None], clock: Callable[[], float]) -> None:
        self._min_delay_s = min_delay_s
        self._max_concurrency = max_concurrency
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()
        self._delays: dict[str, float] = {}
        self._last_start: dict[str, float] = {}  # reserved start of the latest request per host
        self._slots: dict[str, threading.BoundedSemaphore] = {}

    def delay_for(self, host: str) -> float:
        return self._delays.get(host, self._min_delay_s)

    def raise_delay(self, host: str, delay_s: float) -> None:
        """Slow down for one host (robots.txt Crawl-delay); never speeds up."""
        with self._lock:
            self._delays[host] = max(self.delay_for(host), delay_s)

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Wait for a free slot and for the host's delay since the previous start, then go."""
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.BoundedSemaphore(self._max_concurrency))
        with semaphore:
            with self._lock:
                now = self._clock()
                start = max(now, self._last_start.get(host, -math.inf) + self.delay_for(host))
                self._last_start[host] = start
            if start > now:
                self._sleep(start - now)
            yield


def backoff_delay(retry_number: int, base_s: float, max_s: float, rng: random.Random) -> float:
    """Exponential backoff with full jitter: uniform(0, min(max, base * 2**(n-1))) for retry n >= 1."""
    return rng.uniform(0.0, min(max_s, base_s * 2 ** min(retry_number - 1, 60)))


def retry_after_seconds(value: str | None, date_header: str | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (delta-seconds or HTTP date), None if unreadable.

    An HTTP date is measured from the response's own Date header when there is one, so a
    server whose clock is off still gets the wait it meant.
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = _http_date(value)
    if when is None:
        return None
    now = _http_date(date_header) or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


def _http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


class CircuitBreaker:
    """Opens after `threshold` consecutive failed fetches; stays open for the client's life (one run)."""

    def __init__(self, threshold: int) -> None:
        self.threshold = threshold
        self.consecutive_failures = 0
        self.last_failure: str | None = None
        self._lock = threading.Lock()

    @property
    def is_open(self) -> bool:
        return self.consecutive_failures >= self.threshold

    def record(self, outcome: Outcome, error: str | None) -> None:
        with self._lock:
            if self.is_open:
                return
            if outcome in BREAKER_FAILURES:
                self.consecutive_failures += 1
                self.last_failure = error
            elif outcome in BREAKER_SUCCESSES:
                self.consecutive_failures = 0
