"""A Hanweb classic site on 127.0.0.1 that misbehaves on purpose, per path, switchable at run time.

It renders with the demo site's own templates (scrapers.demo_site.content) and reuses the demo
handler's article (ETag / Last-Modified / 304) and dataproxy code, so a column lists normal
articles and fault articles side by side. A fault is a list of Replies for one path: request N
gets reply N, the last one repeats. ``NORMAL`` means "serve this path as the demo site would".
``recover()`` empties the fault table, so everything is served normally from then on.
"""
from __future__ import annotations

import dataclasses
import socket
import threading
from collections import Counter
from datetime import datetime, timedelta
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from scrapers.demo_site.content import (
    COLUMN_NAMES, Notice, load_notices, render_article, render_column_page,
)
from scrapers.demo_site.server import _Handler

COLUMN = "1229430826"          # 荣誉表彰: short column of real demo notices
DATAPROXY = "/module/jpage/dataproxy.jsp"
DEFAULT_ROBOTS = "User-agent: *\nDisallow: /admin/\n"


def column_path(column_id: str = COLUMN) -> str:
    return f"/col/col{column_id}/index.html"


@dataclass(frozen=True)
class Reply:
    """One scripted answer. body=None renders the path's notice (article) as the demo site would,
    encoded with `encoding`; `meta_charset` rewrites the page's <meta> charset declaration."""
    status: int = 200
    body: str | bytes | None = None
    content_type: str | None = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    delay_s: float = 0.0                   # sleep before answering (timeouts)
    content_length: int | None = None      # announce this many bytes (truncation)
    send_length: bool = True               # False: no Content-Length, the body ends at close
    encoding: str = "utf-8"
    meta_charset: str | None = None
    chunks: int = 1                        # send the body in this many pieces ...
    chunk_delay_s: float = 0.0             # ... with this pause before each (a drip-feed)
    header_drip_s: float = 0.0             # send the status line and headers a byte at a time, this far apart


NORMAL = Reply()  # marker: serve the path normally (article with ETag/304, column, dataproxy)


@dataclass(frozen=True)
class LinkedNotice(Notice):
    """A list entry whose href is an absolute URL (another host); never served by this site."""
    href: str = ""

    @property
    def path(self) -> str:  # render_record() links to notice.path
        return self.href


# -- fault vocabulary -----------------------------------------------------------------------------

RUISHU_SCRIPT = ("<html><head><meta charset=\"utf-8\"><script type=\"text/javascript\">"
                 "$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=48391;$_ts.cd=\"qErqrrAlDGq\";"
                 "</script><script src=\"/abcXyZ/uB8ftd2l.js\" r=\"m\"></script></head><body></body></html>")
JSL_SCRIPT = ("<html><script>document.cookie='__jsl_clearance=1700000000.123|0|"
              "8OsCQMpqcFVzb2wYTfaA3JtQ9bE%3D;max-age=3600;path=/';"
              "location.href=location.pathname+location.search</script></html>")
JSL_EVAL_SCRIPT = ("<html><body><script>var x=\"@@@\";eval(function(p,a,c,k){return p}"
                   "('0 1=2',3,3,'a|b|c'.split('|')));</script></body></html>")
NOT_FOUND_PAGE = ("<html><head><meta charset=\"utf-8\"><title>页面不存在</title></head><body>"
                  "<div class=\"err\"><h2>抱歉，您访问的页面不存在或已被删除！</h2>"
                  "<p>请检查网址是否正确，或返回<a href=\"/\">首页</a>。</p></div></body></html>")
EMPTY_PAGE = "<html><head><title></title></head><body>\n&nbsp;\n</body></html>"


def challenge_412() -> list[Reply]:
    return [Reply(412, RUISHU_SCRIPT)]


def challenge_521() -> list[Reply]:
    return [Reply(521, JSL_SCRIPT)]


def challenge_202() -> list[Reply]:
    return [Reply(202, RUISHU_SCRIPT)]


def challenge_jsl_200() -> list[Reply]:
    return [Reply(200, JSL_EVAL_SCRIPT, headers=(("X-Via-JSL", "c3e7a94,-"),))]


def status(code: int, body: str = "<html><body><h1>Error</h1></body></html>", **kw) -> list[Reply]:
    return [Reply(code, body, **kw)]


def fail_then_ok(code: int, times: int) -> list[Reply]:
    return [Reply(code, f"<html><body><h1>{code}</h1></body></html>")] * times + [NORMAL]


def rate_limited_then_ok(retry_after: str = "0") -> list[Reply]:
    return [Reply(429, "<html><body>Too Many Requests</body></html>",
                  headers=(("Retry-After", retry_after),)), NORMAL]


def slow(seconds: float) -> list[Reply]:
    return [dataclasses.replace(NORMAL, delay_s=seconds)]


def pdf() -> list[Reply]:
    return [Reply(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 40,
                  content_type="application/pdf")]


def huge(n_bytes: int = 200_000, *, send_length: bool = True) -> list[Reply]:
    filler = "<p>" + "丽水经开区重点项目建设情况。" * 40 + "</p>\n"
    body = "<html><head><meta charset=\"utf-8\"><title>大页面</title></head><body><div class=\"zoom\">"
    while len(body.encode("utf-8")) < n_bytes:
        body += filler
    return [Reply(200, body + "</div></body></html>", send_length=send_length)]


def truncated(announce: int = 20_000) -> list[Reply]:
    return [Reply(200, None, content_length=announce)]


def drip(chunks: int, every_s: float) -> list[Reply]:
    """The normal article, sent in `chunks` pieces `every_s` apart: each read is quick, the whole is slow."""
    return [Reply(200, None, chunks=chunks, chunk_delay_s=every_s)]


def drip_headers(every_s: float) -> list[Reply]:
    """A tarpit: the status line and a long header sent one byte every `every_s`; the headers never end soon."""
    return [Reply(200, None, header_drip_s=every_s)]


def nested(depth: int = 1500) -> list[Reply]:
    """An article whose body has `depth` unclosed <font> tags (Word-exported pages do this)."""
    body = ('<html><head><meta charset="utf-8"><title>嵌套很深的页面</title></head><body><div class="zoom">'
            + "<p>丽水经开区召开重点项目推进会，部署下一阶段工作。</p>" * 20
            + '<font face="宋体">深' * depth + "</div></body></html>")
    return [Reply(200, body)]


def redirect(location: str, code: int = 302) -> list[Reply]:
    return [Reply(code, "", headers=(("Location", location),))]


def gbk(content_type: str | None = "text/html; charset=gbk", meta_charset: str | None = "gbk",
        encoding: str = "gbk") -> list[Reply]:
    return [Reply(200, None, content_type=content_type, encoding=encoding, meta_charset=meta_charset)]


def billion_laughs(depth: int = 9) -> str:
    """A dataproxy answer whose DTD would expand to 10**depth 'lol's, used inside and outside CDATA."""
    ents = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, depth + 1)]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE datastore [\n' + "\n".join(ents) + "\n]>\n"
            f"<datastore><totalrecord>&lol{depth};</totalrecord><totalpage>1</totalpage><recordset>\n"
            f'<record><![CDATA[<li><a href="/art/2020/1/1/art_{COLUMN}_1.html" title="&lol{depth};">'
            f"&lol{depth};</a><span>2020-01-01</span></li>]]></record>\n"
            f"<record>&lol{depth};</record>\n</recordset></datastore>")


def external_entity(target: str = "file:///etc/passwd") -> str:
    return ('<?xml version="1.0"?>\n<!DOCTYPE datastore [<!ENTITY xxe SYSTEM "' + target + '">]>\n'
            "<datastore><totalrecord>1</totalrecord><recordset>"
            f'<record><![CDATA[<li><a href="/art/2020/1/2/art_{COLUMN}_2.html" title="&xxe;">&xxe;</a>'
            "<span>2020-01-02</span></li>]]></record><record>&xxe;</record></recordset></datastore>")


# -- the site ---------------------------------------------------------------------------------------

class FaultSite:
    """Serves `notices` (their columns) on 127.0.0.1 with a per-path fault table. Context manager."""

    def __init__(self, notices: list[Notice], *, faults: dict[str, list[Reply]] | None = None,
                 links: list[LinkedNotice] = (), robots: str | None = DEFAULT_ROBOTS, per_page: int = 15,
                 port: int = 0) -> None:
        self.notices = sorted(notices, key=lambda n: (n.published, n.art_id), reverse=True)
        self.by_path = {n.path: n for n in self.notices}
        self.links = list(links)
        self.robots = robots
        self.per_page = per_page
        self.hidden: set[str] = set()          # paths left off the column lists (still served)
        self.requests: list[tuple[str, str]] = []
        self.hits: Counter[str] = Counter()
        self._faults: dict[str, list[Reply]] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        for path, replies in (faults or {}).items():
            self.set_fault(path, replies)
        handler = type("FaultHandler", (_FaultHandler,), {"site": self})
        self.server = _QuietServer(("127.0.0.1", port), handler)
        self.server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- the knobs tests turn
    def set_fault(self, path: str, replies: list[Reply]) -> None:
        if not replies:
            raise ValueError("a fault needs at least one reply")
        with self._lock:
            self._faults[path] = list(replies)
            self.hits[path] = 0  # replies count from the moment the fault is set

    def recover(self, path: str | None = None) -> None:
        """Serve normally from now on: every path, or just one."""
        with self._lock:
            if path is None:
                self._faults.clear()
            else:
                self._faults.pop(path, None)

    def hide(self, path: str) -> None:
        self.hidden.add(path)

    def unhide(self, path: str) -> None:
        self.hidden.discard(path)

    @property
    def by_column(self) -> dict[str, list[Notice]]:
        """What each column lists right now (DemoSite's attribute, read by the demo dataproxy handler)."""
        listed = [n for n in self.notices if n.path not in self.hidden] + self.links
        listed.sort(key=lambda n: (n.published, n.art_id), reverse=True)
        return {c: [n for n in listed if n.column_id == c] for c in COLUMN_NAMES}

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def host(self) -> str:
        return self.server.server_address[0]

    def url(self, path: str) -> str:
        return self.base_url + path

    def next_reply(self, path: str) -> Reply | None:
        with self._lock:
            self.hits[path] += 1
            replies = self._faults.get(path)
            if replies is None:
                return None
            return replies[min(self.hits[path], len(replies)) - 1]

    def wait(self, seconds: float) -> None:
        self._stopping.wait(seconds)

    def start(self) -> "FaultSite":
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02},
                                        name="fault-site", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> "FaultSite":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # a client that timed out and hung up is part of the test, not noise


class _FaultHandler(_Handler):
    site: FaultSite
    server_version = "FaultHanweb/1.0"

    def _route(self, method: str) -> None:
        url = urlsplit(self.path)
        path = url.path
        self.site.requests.append((method, path))
        reply = self.site.next_reply(path)
        if reply is not None and reply is not NORMAL:
            return self._reply(path, reply)
        if path == "/robots.txt":
            if self.site.robots is None:
                return self._send(404, "not found", "text/plain; charset=utf-8")
            return self._send(200, self.site.robots, "text/plain; charset=utf-8")
        if path.startswith("/col/col") and path.endswith("/index.html"):
            column = path[len("/col/col"):-len("/index.html")]
            if column in COLUMN_NAMES:
                page = render_column_page(column, self.site.by_column[column], self.site.per_page)
                return self._send(200, page, "text/html; charset=utf-8", cookie=True)
        if path == DATAPROXY and method == "POST":
            return self._dataproxy(parse_qs(url.query))
        notice = self.site.by_path.get(path)
        if notice is not None:
            return self._article(notice)
        return self._send(404, "<html><body><h1>404</h1>页面不存在</body></html>", "text/html; charset=utf-8")

    def _reply(self, path: str, reply: Reply) -> None:
        if reply.delay_s:
            self.site.wait(reply.delay_s)
        if reply.header_drip_s:
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nX-Pad: " + b"a" * 50_000
            try:
                for byte in head:
                    self.site.wait(reply.header_drip_s)
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
            except OSError:  # the client gave up: what the test expects
                pass
            self.close_connection = True
            return
        body = reply.body
        if body is None:  # the notice itself, maybe re-encoded
            notice = self.site.by_path[path]
            html = render_article(notice)
            if reply.meta_charset is not None:
                html = html.replace('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
                                    f'<meta charset="{reply.meta_charset}">')
            body = html
        data = body.encode(reply.encoding) if isinstance(body, str) else body
        self.send_response(reply.status)
        if reply.content_type:
            self.send_header("Content-Type", reply.content_type)
        if reply.content_length is not None:
            self.send_header("Content-Length", str(reply.content_length))
            data = data[: max(0, min(len(data), reply.content_length - 1))]
        elif reply.send_length:
            self.send_header("Content-Length", str(len(data)))
        for key, value in reply.headers:
            self.send_header(key, value)
        self.send_header("Connection", "close")
        self.end_headers()
        size = -(-len(data) // max(1, reply.chunks)) or 1
        try:
            for start in range(0, len(data), size):
                if reply.chunk_delay_s:
                    self.site.wait(reply.chunk_delay_s)
                self.wfile.write(data[start:start + size])
                self.wfile.flush()
        except OSError:
            pass
        self.close_connection = True


# -- helpers for building a site's notices ------------------------------------------------------------

def good_notices(n: int = 4, column: str = COLUMN) -> list[Notice]:
    """The newest n real demo notices of a column."""
    return [x for x in load_notices() if x.column_id == column][:n]


def fault_notice(k: int, template: Notice, before: Notice) -> Notice:
    """A synthetic article of the template's column, listed right after `before` (k orders several)."""
    when = datetime.strptime(before.published, "%Y-%m-%d %H:%M") - timedelta(minutes=k + 1)
    return dataclasses.replace(
        template, art_id=9_000_000 + k, title=f"故障注入测试文章{k:02d}：{template.title}",
        published=when.strftime("%Y-%m-%d %H:%M"),
        paragraphs=(f"这是第{k}号测试文章，用于检验抓取流程遇到异常页面时的行为。", *template.paragraphs))


def closed_port() -> int:
    """A 127.0.0.1 port nobody listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
