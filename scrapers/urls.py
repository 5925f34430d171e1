"""Notice identity: one canonical URL per notice, whatever scheme, host alias or tracking query a link carries."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

# Query keys that only say where a click came from; they never select a different notice.
TRACKING_KEYS = frozenset({"spm", "from", "isappinstalled", "share", "share_token", "scene", "timestamp",
                           "_t", "clicktime", "enterid", "wfr", "sharer_sharetime", "sharer_shareid",
                           "fbclid", "gclid", "div", "nsukey"})
TRACKING_PREFIXES = ("utm_",)
# Servlet containers that rewrite URLs put the visitor's session in them: a path parameter (Tomcat's ;jsessionid=, a
# new one every run under dataproxy.jsp lists) or a query key. It never selects a different notice; kept, every night
# would list every notice under a new URL.
SESSION_KEYS = frozenset({"jsessionid", "phpsessid", "aspsessionid"})  # (a bare "sessionid" may select a record)
_SESSION_PARAM = re.compile(r";(?:jsessionid|phpsessid|sessionid)=[^/?#;]*", re.I)


# One spelling of a path: a link may write a Chinese file name raw or percent-encoded, its escapes in either case,
# with ./.. segments or doubled slashes; the server reads them all as one file (RFC 3986 6.2.2).
_ESCAPE = re.compile(r"%([0-9a-fA-F]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PATH_SAFE = "/;:@!$&'()*+,=-._~%"


def normal_path(path: str) -> str:
    """The path with raw non-ASCII characters percent-encoded as UTF-8, every escape in upper case (an escaped
    unreserved character written plainly), no dot segments and no empty segments."""
    path = _ESCAPE.sub(lambda m: chr(int(m[1], 16)) if chr(int(m[1], 16)) in _UNRESERVED else f"%{m[1].upper()}",
                       path)
    path = quote(path, safe=_PATH_SAFE)
    if "//" in path or "/." in path:
        segments: list[str] = []
        parts = path.split("/")
        for i, segment in enumerate(parts):
            last = i == len(parts) - 1
            if segment == "..":
                if len(segments) > 1:
                    segments.pop()
                if last:
                    segments.append("")
            elif segment == ".":
                if last:
                    segments.append("")
            elif segment or not segments or last:
                segments.append(segment)
        path = "/".join(segments) if segments[:1] == [""] else "/" + "/".join(segments)
    return path


def bare_host(host: str) -> str:
    """The host without case, trailing dot or www.: www.lishui.gov.cn and lishui.gov.cn are one site."""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def canonical_url(url: str, base_url: str, allowed_hosts: tuple[str, ...] = ()) -> str:
    """The source's own scheme and host for any alias of its host (lishui.gov.cn ≡ www.lishui.gov.cn,
    http ≡ https), the path in one spelling (normal_path), the query without tracking keys (sorted), no fragment.

    Hosts of other sites keep their own name; only the scheme and tracking query are normalised for them.
    A session id in the path (;jsessionid=…) or the query is no part of a notice's identity. A link no URL parser
    can read (http://[www.… , an editor's slip) is returned as written: fetching it fails and is recorded."""
    try:
        return _canonical(url, base_url, allowed_hosts)
    except ValueError:
        return url.strip()


def _canonical(url: str, base_url: str, allowed_hosts: tuple[str, ...]) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return url
    base = urlsplit(base_url)
    host = parts.hostname.lower()
    if bare_host(host) == bare_host(base.hostname or "") or (host in allowed_hosts and bare_host(host) in
                                                      {bare_host(h) for h in allowed_hosts if h != host}):
        scheme, netloc = base.scheme.lower(), base.netloc.lower()
    else:
        port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
        scheme, netloc = parts.scheme.lower(), host + port
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if k.lower() not in TRACKING_KEYS and k.lower() not in SESSION_KEYS
                   and not k.lower().startswith(TRACKING_PREFIXES))
    return urlunsplit((scheme, netloc, normal_path(_SESSION_PARAM.sub("", parts.path)) or "/", urlencode(query), ""))
