"""robots.txt rules for one host, built from whatever the host answered.

The client fetches /robots.txt once per host (kind "robots") and keeps the RobotsPolicy.
A missing file allows everything; an unreachable one also allows everything, with a note,
because gov sites that are down for robots.txt are usually down for everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from protego import Protego


@dataclass(frozen=True)
class RobotsPolicy:
    host: str
    parser: Protego | None = None  # None: allow everything
    note: str | None = None        # why the rules are "allow all", when that was not the file's say

    def allows(self, url: str, user_agent: str) -> bool:
        return self.parser is None or self.parser.can_fetch(url, user_agent)

    def delay_s(self, user_agent: str) -> float | None:
        """Crawl-delay, or the interval implied by Request-rate, whichever is longer."""
        if self.parser is None:
            return None
        delays = [self.parser.crawl_delay(user_agent) or 0.0]
        rate = self.parser.request_rate(user_agent)
        if rate is not None and rate.requests > 0:
            delays.append(rate.seconds / rate.requests)
        return max(delays) or None


def robots_url(url: str) -> str:
    """The robots.txt URL for the scheme and host of url."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def policy_from_response(host: str, status_code: int | None, text: str | None,
                         problem: str | None = None) -> RobotsPolicy:
    """Rules from a robots.txt answer: 2xx parses, 4xx allows all, 5xx disallows all (RFC 9309), no answer
    allows all + note (the pages' own requests then record the outage)."""
    if status_code is None:
        return RobotsPolicy(host, note=f"robots.txt unreachable ({problem or 'no answer'}); allowing all")
    if 200 <= status_code < 300:
        if problem:
            return RobotsPolicy(host, note=f"robots.txt unusable ({problem}); allowing all")
        return RobotsPolicy(host, parser=Protego.parse(text or ""))
    if 400 <= status_code < 500:
        note = None if status_code in (404, 410) else f"robots.txt answered HTTP {status_code}; allowing all"
        return RobotsPolicy(host, note=note)
    # RFC 9309 §2.3.1.4: a server error on robots.txt means "assume complete disallow" for now.
    return RobotsPolicy(host, parser=Protego.parse("User-agent: *\nDisallow: /\n"),
                        note=f"robots.txt answered HTTP {status_code}"
                        + (f" ({problem})" if problem else "") + "; nothing fetched from this host this run")
