"""What the polite HTTP client is told (Politeness) and what it reports (FetchAttempt, FetchResult)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class Outcome(str, enum.Enum):
    OK = "ok"
    NOT_MODIFIED = "not_modified"
    NOT_FOUND = "not_found"
    HTTP_ERROR = "http_error"
    TIMEOUT = "timeout"
    CONNECTION_ERROR = "connection_error"
    TLS_ERROR = "tls_error"
    RATE_LIMITED = "rate_limited"
    BLOCKED_CHALLENGE = "blocked_challenge"
    BLOCKED_ROBOTS = "blocked_robots"
    ERROR_PAGE = "error_page"
    WRONG_CONTENT_TYPE = "wrong_content_type"
    TOO_LARGE = "too_large"
    TRUNCATED = "truncated"
    REDIRECT_LOOP = "redirect_loop"
    HOST_NOT_ALLOWED = "host_not_allowed"
    DECODE_ERROR = "decode_error"
    CIRCUIT_OPEN = "circuit_open"


@dataclass(frozen=True)
class Politeness:
    user_agent: str = "govwatch/0.1 (+contact)"
    contact: str | None = None       # put into the User-Agent as "(+mailto:…)"
    min_delay_s: float = 1.0         # per host, between request starts
    max_concurrency: int = 1         # per host
    timeout_s: float = 20.0
    max_retries: int = 3
    backoff_base_s: float = 1.0
    backoff_max_s: float = 60.0
    max_bytes: int = 5_000_000
    verify_tls: bool = True
    proxy: str | None = None
    respect_robots: bool = True
    breaker_threshold: int = 5       # consecutive failed fetches before the source's circuit opens
    max_redirects: int = 5
    min_body_chars: int = 200        # visible text an article page must have

    def __post_init__(self) -> None:
        for name in ("min_delay_s", "timeout_s", "backoff_base_s", "backoff_max_s", "max_retries",
                     "max_redirects"):
            if getattr(self, name) < 0:
                raise ValueError(f"Politeness.{name} must be >= 0, got {getattr(self, name)!r}")
        for name in ("max_concurrency", "max_bytes", "breaker_threshold"):
            if getattr(self, name) < 1:
                raise ValueError(f"Politeness.{name} must be >= 1, got {getattr(self, name)!r}")

    @property
    def user_agent_header(self) -> str:
        """The User-Agent sent: the contact replaces a "(+contact)" placeholder or is appended."""
        if not self.contact:
            return self.user_agent
        address = self.contact if ":" in self.contact else f"mailto:{self.contact}"
        if "(+contact)" in self.user_agent:
            return self.user_agent.replace("(+contact)", f"(+{address})")
        return f"{self.user_agent} (+{address})"


@dataclass
class FetchAttempt:
    """One HTTP request sent, or one refused before sending (status_code None, bytes 0)."""
    url: str
    method: str
    kind: str                 # robots | column | list | article
    requested_at: datetime    # UTC
    status_code: int | None
    elapsed_ms: float
    bytes: int
    attempt: int              # 1-based, counts every request of one get()/post() call
    outcome: Outcome
    error: str | None


@dataclass
class FetchResult:
    """The answer to one get()/post() call, after retries and redirects."""
    url: str
    final_url: str
    method: str
    kind: str
    status_code: int | None
    outcome: Outcome
    text: str | None          # decoded body, only when outcome is OK
    content_type: str | None
    encoding: str | None
    bytes: int                # body bytes of the final answer
    elapsed_ms: float         # whole call, waits and retries included
    attempts: int             # HTTP requests sent for this call (0 when refused)
    etag: str | None
    last_modified: str | None
    error: str | None         # "<METHOD> <url>: <reason>" when outcome is not OK
    retry_after_s: float | None

    @property
    def ok(self) -> bool:
        """True only for OK: NOT_MODIFIED has no text to parse."""
        return self.outcome is Outcome.OK
