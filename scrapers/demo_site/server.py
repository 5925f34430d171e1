"""A local HTTP server (127.0.0.1) that behaves like a Hanweb classic government site, for the offline demo and tests."""
from __future__ import annotations

import hashlib
import threading
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from scrapers.demo_site.content import (
    COLUMN_NAMES, Notice, load_notices, render_article, render_column_page, render_dataproxy,
)

PER_PAGE = 15
# This column's dataproxy ignores startrecord/endrecord and honours only page=N, as some real servers do.
PAGE_ONLY_COLUMNS = {"1229430812"}
ROBOTS = "User-agent: *\nDisallow: /admin/\n"


class DemoSite:
    """Serves the demo notices. Use as a context manager; `base_url` is http://127.0.0.1:PORT."""

    def __init__(self, notices: list[Notice] | None = None, port: int = 0, host: str = "127.0.0.1"):
        self.notices = notices if notices is not None else load_notices()
        self.by_path = {n.path: n for n in self.notices}
        self.by_column = {c: [n for n in self.notices if n.column_id == c] for c in COLUMN_NAMES}
        self.requests: list[tuple[str, str]] = []  # (method, path) of every request, for tests
        handler = type("Handler", (_Handler,), {"site": self})
        self.server = ThreadingHTTPServer((host, port), handler)
        self.server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "DemoSite":
        self._thread = threading.Thread(target=self.server.serve_forever, name="demo-site", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> "DemoSite":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def serve_forever(self) -> None:
        self.server.serve_forever()


class _Handler(BaseHTTPRequestHandler):
    site: DemoSite
    server_version = "DemoHanweb/1.0"

    def log_message(self, fmt, *args):  # keep test output quiet
        pass

    def do_GET(self):
        self._route("GET")

    def do_POST(self):
        self._route("POST")

    def _route(self, method: str) -> None:
        url = urlsplit(self.path)
        self.site.requests.append((method, url.path))
        if url.path == "/robots.txt":
            return self._send(200, ROBOTS, "text/plain; charset=utf-8")
        if url.path in ("/", "/index.html"):
            links = "".join(f'<li><a href="/col/col{c}/index.html">{n}</a></li>' for c, n in COLUMN_NAMES.items())
            return self._send(200, f"<html><body><ul>{links}</ul></body></html>", "text/html; charset=utf-8")
        if url.path.startswith("/col/col") and url.path.endswith("/index.html"):
            column = url.path[len("/col/col"):-len("/index.html")]
            if column in self.site.by_column:
                return self._send(200, render_column_page(column, self.site.by_column[column], PER_PAGE),
                                  "text/html; charset=utf-8", cookie=True)
        if url.path == "/module/jpage/dataproxy.jsp" and method == "POST":
            return self._dataproxy(parse_qs(url.query))
        notice = self.site.by_path.get(url.path)
        if notice is not None:
            return self._article(notice)
        return self._send(404, "<html><body><h1>404</h1>页面不存在</body></html>", "text/html; charset=utf-8")

    def _dataproxy(self, query: dict) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode("utf-8")) if length else {}
        column = (form.get("columnid") or query.get("columnid") or [""])[0]
        notices = self.site.by_column.get(column)
        if notices is None:
            return self._send(200, "<datastore><totalrecord>0</totalrecord><recordset></recordset></datastore>",
                              "text/xml; charset=utf-8")
        per_page = int((query.get("perpage") or [PER_PAGE])[0])
        if column in PAGE_ONLY_COLUMNS or "startrecord" not in query:
            page = int((query.get("page") or form.get("page") or ["1"])[0])
            start, end = (page - 1) * per_page + 1, page * per_page
        else:
            start, end = int(query["startrecord"][0]), int(query["endrecord"][0])
        self._send(200, render_dataproxy(notices, start, end, per_page), "text/xml; charset=utf-8")

    def _article(self, notice: Notice) -> None:
        html = render_article(notice)
        etag = '"' + hashlib.sha1(html.encode("utf-8")).hexdigest()[:16] + '"'
        modified = format_datetime(datetime.strptime(notice.published, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc), usegmt=True)
        if self.headers.get("If-None-Match") == etag or (
                "If-None-Match" not in self.headers and self.headers.get("If-Modified-Since") == modified):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self._send(200, html, "text/html; charset=utf-8", extra={"ETag": etag, "Last-Modified": modified})

    def _send(self, status: int, text: str, content_type: str, extra: dict | None = None, cookie: bool = False) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if cookie:
            self.send_header("Set-Cookie", "JSESSIONID=demo0001; Path=/")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)
