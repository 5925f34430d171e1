"""A local HTTP server (127.0.0.1) that behaves like government sites of each CMS family, for the offline demo and tests.

The storyline's three Hanweb classic columns (`DemoSite.notices` / `by_column`) and, on the same port, one
column per other family (`DemoSite.family_notices` / `by_family_column`): FAMILY_COLUMNS names them and
COLUMN_NOTICES says how many notices each lists.
"""
from __future__ import annotations

import hashlib
import json
import threading
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from scrapers.demo_site import templates_jpaas, templates_trs, templates_web
from scrapers.demo_site.columns import (
    COLUMN_NAMES_ALL, FAMILY_COLUMNS, HANWEB_CLASSIC, HANWEB_CLASSIC_WEB, HANWEB_JPAAS, JPAAS_PAGE_SIZE,
    JPAAS_TPLSET_ID, JPAAS_WEB_ID, TRS_WCM, WEB_SIDEBAR_COLUMN, WEB_SIDEBAR_RECORDS, WEB_SIDEBAR_SOURCE,
    column_path, family_of,
)
from scrapers.demo_site.content import (
    COLUMN_NAMES, Notice, load_family_notices, load_notices, render_article, render_column_page, render_dataproxy,
)

PER_PAGE = 15
# This column's dataproxy ignores startrecord/endrecord and honours only page=N, as some real servers do.
PAGE_ONLY_COLUMNS = {"1229430812"}
ROBOTS = "User-agent: *\nDisallow: /admin/\n"
# Notices each column lists (the files in notices/; tests/scrapers/test_demo_site.py keeps these true).
COLUMN_NOTICES = {"1229430799": 21, "1229430812": 34, "1229430826": 17,
                  "1229430841": 25, "1229430873": 20, "zwgk/gsgg": 20}
# List pages a crawler walks per new column: web 20 per page=N, JPaaS 15 per pageNo, TRS 8 per index_N.html.
COLUMN_PAGES = {"1229430841": 2, "1229430873": 2, "zwgk/gsgg": 3}
NOT_FOUND = "<html><body><h1>404</h1>页面不存在</body></html>"
HTML, XML, JSON = "text/html; charset=utf-8", "text/xml; charset=utf-8", "application/json; charset=utf-8"
ARTICLE_TEMPLATES = {HANWEB_JPAAS: templates_jpaas.render_article, TRS_WCM: templates_trs.render_article}


class DemoSite:
    """Serves the demo notices. Use as a context manager; `base_url` is http://127.0.0.1:PORT."""

    def __init__(self, notices: list[Notice] | None = None, port: int = 0, host: str = "127.0.0.1",
                 family_notices: list[Notice] | None = None):
        self.notices = notices if notices is not None else load_notices()
        self.by_column = {c: [n for n in self.notices if n.column_id == c] for c in COLUMN_NAMES}
        self.family_notices = family_notices if family_notices is not None else load_family_notices()
        self.by_family_column = {c: [n for n in self.family_notices if n.column_id == c]
                                 for family, columns in FAMILY_COLUMNS.items() if family != HANWEB_CLASSIC
                                 for c in columns}
        self.by_path = {n.path: n for n in self.notices + self.family_notices}
        self.requests: list[tuple[str, str]] = []  # (method, path) of every request, for tests
        handler = type("Handler", (_Handler,), {"site": self})
        self.server = ThreadingHTTPServer((host, port), handler)
        self.server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def column_url(self, column_id: str) -> str:
        return self.base_url + column_path(column_id)

    def web_sidebar(self) -> list[Notice]:
        """What the web column page's 热点新闻 unit lists: the newest classic news."""
        return [n for n in self.notices if n.column_id == WEB_SIDEBAR_SOURCE][:WEB_SIDEBAR_RECORDS]

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
            columns = [*COLUMN_NAMES, *self.site.by_family_column]
            links = "".join(f'<li><a href="{column_path(c)}">{COLUMN_NAMES_ALL[c]}</a></li>' for c in columns)
            return self._send(200, f"<html><body><ul>{links}</ul></body></html>", "text/html; charset=utf-8")
        if url.path.startswith("/col/col") and url.path.endswith("/index.html"):
            column = url.path[len("/col/col"):-len("/index.html")]
            if column in self.site.by_column:
                return self._send(200, render_column_page(column, self.site.by_column[column], PER_PAGE),
                                  "text/html; charset=utf-8", cookie=True)
            if column in self.site.by_family_column:
                return self._family_column_page(column)
        if url.path == "/module/jpage/dataproxy.jsp" and method == "POST":
            return self._dataproxy(parse_qs(url.query))
        if url.path == templates_web.WEB_PROXY and method == "POST":
            return self._web_dataproxy(parse_qs(url.query))
        if url.path == templates_jpaas.LIST_API and method == "GET":
            return self._jpaas_list(parse_qs(url.query))
        folder, _, page = (url.path.strip("/") + "/").rpartition("/") if url.path.endswith("/") \
            else url.path.lstrip("/").rpartition("/")
        if family_of(folder) == TRS_WCM and folder in self.site.by_family_column:
            return self._trs_list_page(folder, page)
        notice = self.site.by_path.get(url.path)
        if notice is not None:
            return self._article(notice)
        return self._send(404, NOT_FOUND, "text/html; charset=utf-8")

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

    def _host(self) -> str:
        return urlsplit(self.site.base_url).netloc

    def _family_column_page(self, column: str) -> None:
        notices = self.site.by_family_column[column]
        if family_of(column) == HANWEB_CLASSIC_WEB:
            page = templates_web.render_column_page(column, notices, WEB_SIDEBAR_COLUMN, self.site.web_sidebar(),
                                                    self._host())
        else:
            page = templates_jpaas.render_column_page(column)
        return self._send(200, page, HTML, cookie=True)

    def _web_dataproxy(self, query: dict) -> None:
        """Jiangsu/Shandong style: only page=N counts (query or form); startrecord/endrecord/perpage are ignored."""
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode("utf-8")) if length else {}
        column = (form.get("columnid") or query.get("columnid") or [""])[0]
        if column == WEB_SIDEBAR_COLUMN:
            notices = self.site.web_sidebar()
        else:
            notices = self.site.by_family_column.get(column) if family_of(column) == HANWEB_CLASSIC_WEB else None
        if notices is None:
            return self._send(200, "<datastore><totalrecord>0</totalrecord><recordset></recordset></datastore>", XML)
        page = _positive_int((query.get("page") or form.get("page") or ["1"])[0])
        self._send(200, templates_web.render_dataproxy(column, notices, page, self._host()), XML)

    def _jpaas_list(self, query: dict) -> None:
        """Paging only through paramJson={"pageNo":N,"pageSize":"15"}: a bare pageNo answers page 1."""
        column = (query.get("pageId") or [""])[0]
        if family_of(column) != HANWEB_JPAAS or column not in self.site.by_family_column:
            return self._send(200, templates_jpaas.render_refusal(f"栏目 {column} 未发布"), JSON)
        if (query.get("webId") or [""])[0] != JPAAS_WEB_ID or (query.get("tplSetId") or [""])[0] != JPAAS_TPLSET_ID:
            return self._send(200, templates_jpaas.render_refusal("参数校验未通过"), JSON)
        try:
            params = json.loads((query.get("paramJson") or ["{}"])[0])
        except ValueError:
            params = {}
        params = params if isinstance(params, dict) else {}
        page_no = _positive_int(params.get("pageNo", 1))
        page_size = _positive_int(params.get("pageSize", JPAAS_PAGE_SIZE))
        self._send(200, templates_jpaas.render_list(self.site.by_family_column[column], page_no, page_size), JSON)

    def _trs_list_page(self, column: str, page: str) -> None:
        notices = self.site.by_family_column[column]
        names = [templates_trs.page_name(i) for i in range(templates_trs.page_count(notices))]
        if page == "":
            page = "index.html"
        if page not in names:
            return self._send(404, NOT_FOUND, HTML)
        self._send(200, templates_trs.render_list_page(column, notices, names.index(page)), HTML)

    def _article(self, notice: Notice) -> None:
        html = ARTICLE_TEMPLATES.get(notice.family, render_article)(notice)
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


def _positive_int(value, default: int = 1) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if number >= 1 else default
