"""JPaaS columns: the shell's build/unit API paged through paramJson, against a mock fzggw.zj.gov.cn.

The column shell is the saved page tests/fixtures/pages/jpaas-column-shell.html; build/unit answers are made
per request in the saved answers' shape (<li class="clearfix"><a class="bt-left" title=…> + table.pagination).
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from scrapers.cms import detect_family, hanweb_jpaas
from scrapers.decoding import decode_body
from scrapers.http import PoliteClient, Politeness
from scrapers.listing import ListingParseError

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
HOST = "fzggw.zj.gov.cn"
BASE = f"https://{HOST}"
COLUMN = "1229565788"
SHELL_URL = f"{BASE}/col/col{COLUMN}/index.html"
UNIT_PATH = "/api-gateway/jpaas-publish-server/front/page/build/unit"
SHELL = (PAGES / "jpaas-column-shell.html").read_text(encoding="utf-8")


class SiteSession:
    """What crawl.py hands an adapter (a ListSession), over PoliteClient on an httpx.MockTransport site."""

    def __init__(self, site, host: str = HOST, max_pages: int = 20) -> None:
        self.requests: list[httpx.Request] = []
        self.failures: list[tuple[str, str, str]] = []
        self.max_pages = max_pages

        def record(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return site(request)

        self.client = PoliteClient(Politeness(min_delay_s=0, max_retries=0, respect_robots=False), [host],
                                   transport=httpx.MockTransport(record))

    def get(self, url, *, kind="list", expect="html", headers=None):
        return self.client.get(url, kind=kind, expect=expect, headers=headers)

    def post(self, url, data, *, kind="list", expect="xml", headers=None):
        return self.client.post(url, data=data, kind=kind, expect=expect, headers=headers)

    def parse_failure(self, url, kind, message):
        self.failures.append((url, kind, message))


def unit_answer(page_no: int, count: int, rows: int = 15, table: bool = True) -> str:
    first = (page_no - 1) * rows
    lis = "".join(
        f'<li class="clearfix"><a class="bt-left" title="通知公告第{n + 1}条" '
        f'href="/col/col{COLUMN}/art/2026/art_{n + 1:032x}.html" target="_blank">通知公告第{n + 1}…</a>'
        f'<span class="bt-right">2026-05-{n % 28 + 1:02d}</span></li>'
        for n in range(first, min(first + rows, count)))
    pager = (f'<table class="pagination" count="{count}" rows="{rows}" pageNo="{page_no}"><tr><td>'
             f'<a href="javascript:;">下一页</a></td></tr></table>') if table else ""
    return json.dumps({"success": True, "code": "200", "data": {"html": f"<ul>{lis}</ul>{pager}"}}, ensure_ascii=False)


def jpaas_site(count: int, *, shell: str = SHELL, table: bool = True, broken: dict[int, httpx.Response] | None = None,
               ignores_paramjson: bool = False):
    """The shell at the column URL; build/unit honouring only paramJson (a bare pageNo gives page 1)."""
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == f"/col/col{COLUMN}/index.html":
            return httpx.Response(200, text=shell, headers={"Content-Type": "text/html; charset=utf-8"})
        if request.url.path == UNIT_PATH:
            param = json.loads(request.url.params.get("paramJson") or "{}")
            page_no = 1 if ignores_paramjson else int(param.get("pageNo", 1))
            if broken and page_no in broken:
                return broken[page_no]
            rows = int(param.get("pageSize", 15))
            return httpx.Response(200, text=unit_answer(page_no, count, rows, table),
                                  headers={"Content-Type": "application/json;charset=UTF-8"})
        return httpx.Response(404, text="not here")
    return handle


def unit_requests(session: SiteSession) -> list[httpx.Request]:
    return [r for r in session.requests if r.url.path == UNIT_PATH]


def test_a_column_announcing_40_records_over_three_pages_is_listed_whole():
    session = SiteSession(jpaas_site(40))
    listing = hanweb_jpaas.list_column(session, BASE, COLUMN)
    assert listing.complete, listing.incomplete_reason
    assert len(listing.items) == listing.announced == 40 and listing.announced_pages == 3
    assert listing.pages_read == 4 and listing.posts == 0  # the shell, then three GETs
    assert listing.items[0].title == "通知公告第1条" and listing.items[0].date == "2026-05-01"
    requests = unit_requests(session)
    assert [json.loads(r.url.params["paramJson"]) for r in requests] == [
        {"pageNo": n, "pageSize": "15"} for n in (1, 2, 3)]
    # Every other parameter is the shell's queryData, read off the page (the list unit, not the sidebar's).
    assert {k: v for k, v in requests[0].url.params.items() if k != "paramJson"} == {
        "parseType": "bulidstatic", "webId": "3185", "tplSetId": "fZ7kQ2wLx9Rb4TnP1cVhD", "pageType": "column",
        "tagId": "信息列表", "editType": "null", "pageId": COLUMN}
    assert requests[0].headers["Referer"] == SHELL_URL


def test_a_bare_pageno_is_never_sent():
    session = SiteSession(jpaas_site(100))
    hanweb_jpaas.list_column(session, BASE, COLUMN)
    for request in unit_requests(session):
        params = dict(parse_qsl(urlsplit(str(request.url)).query))
        assert "pageNo" not in params and "pageSize" not in params, request.url
        assert set(json.loads(params["paramJson"])) == {"pageNo", "pageSize"}


def test_a_page_failing_with_500_leaves_the_column_incomplete_with_the_reason():
    session = SiteSession(jpaas_site(40, broken={2: httpx.Response(500, text="Internal Server Error")}))
    listing = hanweb_jpaas.list_column(session, BASE, COLUMN)
    assert not listing.complete and len(listing.items) == 15 and listing.announced == 40
    assert "list page 2" in listing.incomplete_reason and "500" in listing.incomplete_reason


def test_the_paging_cap_stops_the_column_and_says_so():
    session = SiteSession(jpaas_site(100), max_pages=2)
    listing = hanweb_jpaas.list_column(session, BASE, COLUMN)
    assert listing.capped and not listing.complete and len(listing.items) == 30
    assert len(unit_requests(session)) == 2
    assert "paging cap" in listing.incomplete_reason and "30 of 100" in listing.incomplete_reason


@pytest.mark.parametrize("body, why", [
    ('{"success":false,"code":"500","message":"系统异常，请稍后再试"}', "success=False"),
    ('{"success":true,"code":"200","data":{"html":"<ul><li>', "not JSON"),
    ('{"success":true,"code":"200","data":{}}', "no data.html"),
], ids=["success-false", "truncated-json", "no-html"])
def test_an_answer_that_is_not_a_list_is_a_parse_failure(body, why):
    session = SiteSession(jpaas_site(40, broken={1: httpx.Response(200, text=body, headers={
        "Content-Type": "application/json"})}))
    listing = hanweb_jpaas.list_column(session, BASE, COLUMN)
    assert not listing.complete and why in listing.incomplete_reason
    assert len(session.failures) == 1 and session.failures[0][1] == "list"


def test_a_server_ignoring_paramjson_is_caught_not_looped():
    session = SiteSession(jpaas_site(40, ignores_paramjson=True))
    listing = hanweb_jpaas.list_column(session, BASE, COLUMN)
    assert len(unit_requests(session)) == 2 and len(listing.items) == 15
    assert not listing.complete and "page 2 repeated" in listing.incomplete_reason


def test_an_empty_page_before_the_announced_end_is_a_shortfall():
    empty = httpx.Response(200, text='{"success":true,"data":{"html":"<ul></ul>"}}')
    listing = hanweb_jpaas.list_column(SiteSession(jpaas_site(40, broken={2: empty})), BASE, COLUMN)
    assert not listing.complete and "listed 15 of 40" in listing.incomplete_reason
    assert "page 2 was empty" in listing.incomplete_reason


def test_a_small_column_without_pagination_table_is_one_page():
    session = SiteSession(jpaas_site(4, table=False))
    listing = hanweb_jpaas.list_column(session, BASE, COLUMN)
    assert listing.complete and len(listing.items) == 4 and listing.announced is None
    assert len(unit_requests(session)) == 1


@pytest.mark.parametrize("given", ["'pageSize':'20'", "'paramJson':'{&quot;pageNo&quot;:1,&quot;pageSize&quot;:&quot;20&quot;}'"],
                         ids=["pageSize", "paramJson"])
def test_the_page_size_the_site_gives_is_the_one_sent(given):
    shell = SHELL.replace("'pageId':'1229565788'}\"></script>\n    </div>",
                          f"'pageId':'1229565788',{given}}}\"></script>\n    </div>")
    assert shell != SHELL
    session = SiteSession(jpaas_site(45, shell=shell))
    listing = hanweb_jpaas.list_column(session, BASE, COLUMN)
    assert listing.complete and len(listing.items) == 45 and listing.announced_pages == math.ceil(45 / 20)
    assert [json.loads(r.url.params["paramJson"])["pageSize"] for r in unit_requests(session)] == ["20"] * 3


def test_a_shell_fetch_failing_is_reported():
    session = SiteSession(lambda request: httpx.Response(503, text="busy"))
    listing = hanweb_jpaas.list_column(session, BASE, COLUMN)
    assert not listing.complete and listing.incomplete_reason.startswith(f"column {COLUMN}: http_error")


def test_the_saved_shell_is_detected_with_its_list_unit():
    found = hanweb_jpaas.detect(SHELL, SHELL_URL)
    assert found.family == "hanweb_jpaas" and found.column_id == COLUMN and found.site_id == "3185"
    assert found.paging["api_url"] == BASE + UNIT_PATH and found.paging["page_size"] == "15"
    assert found.paging["query"]["tagId"] == "信息列表"  # not the 热点推荐 unit in the sidebar
    assert found.first_page_items == 0  # the sidebar links to other columns' articles
    assert detect_family(SHELL, SHELL_URL).family == "hanweb_jpaas"


def test_saved_answers_give_the_page_count_and_absolute_old_links():
    first = hanweb_jpaas.parse_list((PAGES / "jpaas-unit-first.json").read_text(encoding="utf-8"), BASE + UNIT_PATH)
    last = hanweb_jpaas.parse_list((PAGES / "jpaas-unit-last.json").read_text(encoding="utf-8"), BASE + UNIT_PATH)
    assert (first.total, first.pages, len(first.items)) == (388, 26, 15)
    assert (last.total, last.pages, len(last.items)) == (388, 26, 388 - 25 * 15)
    assert all(i.url.startswith(f"{BASE}/") for i in first.items + last.items)
    assert any("/art/2019/12/31/art_1229565788_" in i.url for i in last.items)  # was //fzggw.zj.gov.cn/art/…


def saved_pages_not_of(family: str) -> list[Path]:
    """Every saved page (articles and list answers) whose golden JSON names another family, or none."""
    cases = sorted(PAGES.glob("*.expected.json"))
    others = [c.name.removesuffix(".expected.json") for c in cases
              if json.loads(c.read_text(encoding="utf-8")).get("family") != family]
    return [p for name in others for p in PAGES.glob(f"{name}.*") if not p.name.endswith((".meta.json", ".expected.json"))]


def saved_text(page: Path) -> str:
    return decode_body(page.read_bytes(), None)[0]


@pytest.mark.parametrize("page", saved_pages_not_of("hanweb_jpaas"), ids=lambda p: p.name)
def test_pages_of_other_families_are_not_read_as_jpaas(page):
    with pytest.raises(ListingParseError):
        hanweb_jpaas.parse_list(saved_text(page), f"{BASE}/{page.name}")
    assert hanweb_jpaas.detect(saved_text(page), f"{BASE}/{page.name}") is None
