"""What one HTTP response means for a fetch: read the body within the cap, then classify it."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

import httpx

from scrapers.decoding import UndecodableBody, decode_body
from scrapers.detect import challenge_reason, content_type_reason, error_page_reason, soft_redirect
from scrapers.http_pacing import retry_after_seconds
from scrapers.http_types import Outcome

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_RETRYABLE = frozenset({Outcome.TIMEOUT, Outcome.CONNECTION_ERROR, Outcome.TRUNCATED,
                        Outcome.RATE_LIMITED})
ReadProblem = tuple[Outcome, str]


@dataclass
class Answer:
    """What one request came to, before the call decides to follow, retry or stop."""
    outcome: Outcome
    error: str | None = None           # the reason alone; the caller adds method and URL
    status_code: int | None = None
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    text: str | None = None
    encoding: str | None = None
    bytes: int = 0
    location: str | None = None        # absolute target of a redirect to follow
    retry_after_s: float | None = None
    final: bool = False                # the server said not to come back soon: no retry

    @property
    def retryable(self) -> bool:
        return not self.final and (self.outcome in _RETRYABLE or (
            self.outcome is Outcome.HTTP_ERROR and (self.status_code or 0) >= 500))


# A page pasted from Word carries its pictures inline as base64 (`<img src="data:image/png;base64,…">`): megabytes of
# payload around a notice of a few KB. Such a page may run to this many times max_bytes; the payloads are dropped
# (the notice keeps its text and the pictures' media types) and what is left must fit max_bytes.
INLINE_MEDIA_CEILING = 8
_INLINE_MEDIA = re.compile(rb"(data:[\w.+-]+/[\w.+-]+;base64,)[A-Za-z0-9+/=\s]{256,}")
_INLINE_MEDIA_MARK = b";base64,"


def without_inline_media(body: bytes) -> bytes:
    """The page with each inline base64 payload emptied (`data:image/png;base64,`), everything else as it came."""
    return _INLINE_MEDIA.sub(rb"\1", body) if _INLINE_MEDIA_MARK in body else body


def read_body(response: httpx.Response, max_bytes: int,
              deadline: float | None = None) -> tuple[bytes, ReadProblem | None]:
    """The streamed body up to max_bytes, and what went wrong reading it (None if nothing).

    httpx's timeout bounds each socket read; `deadline` (time.monotonic) bounds the whole body, so a server
    that drips bytes just under the read timeout cannot hold a crawl forever. A body over max_bytes whose excess is
    inline base64 media is read on to INLINE_MEDIA_CEILING × max_bytes and kept without the payloads when the rest
    fits (a genuine notice pasted from Word, once refused every night)."""
    ceiling = max_bytes * INLINE_MEDIA_CEILING
    declared = _content_length(response.headers)
    if declared is not None and declared > ceiling:
        return b"", (Outcome.TOO_LARGE, f"Content-Length {declared} exceeds max_bytes={max_bytes}")
    chunks: list[bytes] = []
    total = 0
    over = False  # past max_bytes: going on only while the page is one with inline media
    try:
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > max_bytes and not over:
                over = True
                head = b"".join(chunks) + chunk
                if _INLINE_MEDIA_MARK not in head:
                    return head[:max_bytes], (Outcome.TOO_LARGE, f"body exceeds max_bytes={max_bytes}")
            if total > ceiling:
                return b"".join(chunks), (Outcome.TOO_LARGE, f"body exceeds max_bytes={max_bytes} even with its "
                                                             f"inline media (over {ceiling} bytes)")
            chunks.append(chunk)
            if deadline is not None and time.monotonic() > deadline:
                return b"".join(chunks), (Outcome.TIMEOUT, f"body still arriving after the deadline ({total} bytes)")
    except httpx.TimeoutException:
        return b"".join(chunks), (Outcome.TIMEOUT, "timed out while reading the body")
    except httpx.DecodingError as exc:
        return b"".join(chunks), (Outcome.DECODE_ERROR, f"bad Content-Encoding: {exc}")
    except (httpx.HTTPError, OSError) as exc:  # RemoteProtocolError: incomplete read
        return b"".join(chunks), (Outcome.TRUNCATED, f"body cut off after {total} bytes ({exc})")
    # Without Content-Encoding the bytes we counted are the bytes on the wire.
    if (declared is not None and total < declared and response.status_code not in (204, 304)
            and "content-encoding" not in response.headers):
        return b"".join(chunks), (Outcome.TRUNCATED, f"body has {total} of the {declared} "
                                  f"bytes announced by Content-Length")
    body = b"".join(chunks)
    if over:
        body = without_inline_media(body)
        if len(body) > max_bytes:
            return body[:max_bytes], (Outcome.TOO_LARGE, f"body exceeds max_bytes={max_bytes} without its inline "
                                                         f"media ({len(body)} bytes)")
    return body, None


def redirect_answer(response: httpx.Response) -> Answer | None:
    """The redirect to follow, an error for a redirect without a usable Location, or None."""
    location = (response.headers.get("location") or "").strip()
    if response.status_code not in REDIRECT_STATUSES or not location:
        return None
    base = {"status_code": response.status_code, "headers": response.headers}
    try:
        return Answer(Outcome.OK, location=str(response.url.join(location)), **base)
    except httpx.InvalidURL as exc:
        return Answer(Outcome.HTTP_ERROR, f"redirect to an unusable Location {location!r} ({exc})", **base)


def classify_response(response: httpx.Response, body: bytes, read_problem: ReadProblem | None, *,
                      expect: str, kind: str, min_body_chars: int, max_wait_s: float) -> Answer:
    """Status, headers and body → outcome (design/gov-sites.md section 4). Challenges first:
    they come as 412/521/202 and as 200, and must never pass for content or for an outage."""
    status, headers = response.status_code, response.headers
    content_type = headers.get("content-type")
    success = 200 <= status < 300
    wrong_type = content_type_reason(content_type, expect, body[:8])
    text, encoding, decode_problem = None, None, None
    if body and not wrong_type and not (success and read_problem):
        try:
            text, encoding = decode_body(body, content_type)
        except UndecodableBody as exc:
            decode_problem = str(exc)
    wire_bytes = response.num_bytes_downloaded or len(body)  # 0 when the body was pre-loaded
    base = {"status_code": status, "headers": headers, "bytes": wire_bytes}
    retry_after = (retry_after_seconds(headers.get("retry-after"), headers.get("date"))
                   if status in (429, 503) else None)
    status_text = f"HTTP {status} {response.reason_phrase}".rstrip()

    if reason := challenge_reason(status, headers, text):
        return Answer(Outcome.BLOCKED_CHALLENGE, reason, **base)
    if status == 304:
        return Answer(Outcome.NOT_MODIFIED, None, **base)
    if status in (404, 410):
        return Answer(Outcome.NOT_FOUND, status_text, **base)
    if retry_after is not None and retry_after > max_wait_s:
        return Answer(Outcome.RATE_LIMITED, f"{status_text}; server asks to retry after "
                      f"{retry_after:.0f} s, more than backoff_max_s={max_wait_s:g}",
                      retry_after_s=retry_after, final=True, **base)
    if status == 429:
        return Answer(Outcome.RATE_LIMITED, status_text, retry_after_s=retry_after, **base)
    if 300 <= status < 400:
        return Answer(Outcome.HTTP_ERROR, f"{status_text} without a Location to follow", **base)
    if not success:
        return Answer(Outcome.HTTP_ERROR, status_text, retry_after_s=retry_after, **base)
    if read_problem:
        return Answer(*read_problem, **base)
    if wrong_type:
        return Answer(Outcome.WRONG_CONTENT_TYPE, wrong_type, **base)
    if decode_problem:
        return Answer(Outcome.DECODE_ERROR, decode_problem, **base)
    if expect == "html" and kind == "article" and (soft := soft_redirect(text or "")) is not None:
        # an article page that only sends the reader on (meta refresh, location=…, its only frame) is followed as a
        # redirect would be (a column page's frame or script is its list machinery: never)
        target, how = soft
        try:
            location = str(response.url.join(target))
        except httpx.InvalidURL:
            location = None
        if location and location.split("#")[0] != str(response.url).split("#")[0]:
            return Answer(Outcome.OK, f"soft redirect ({how}) to {location}", location=location, **base)
    if reason := error_page_reason(text or "", expect=expect, kind=kind,
                                   min_body_chars=min_body_chars):
        return Answer(Outcome.ERROR_PAGE, reason, **base)
    return Answer(Outcome.OK, None, text=text or "", encoding=encoding or "utf-8", **base)


def _content_length(headers: httpx.Headers) -> int | None:
    try:
        return int(headers["content-length"])
    except (KeyError, ValueError):
        return None
