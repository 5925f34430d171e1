"""信息公开 columns: POST /module/xxgk/search.jsp by currpage, rows of other columns dropped, against a mock
www.lishui.gov.cn. The column page is the saved tests/fixtures/pages/xxgk-column.html; module answers are made
per request in the saved answer's shape (tr.tr_main_value_odd/even rows, a 共N条 共P页 pager)."""
from __future__ import annotations

import math
from pathlib import Path
from urllib.parse import parse_qsl

import httpx
import pytest

from scrapers.cms import detect_family, hanweb_classic, xxgk
from scrapers.crawl import crawl_source
from scrapers.http import Politeness
from scrapers.landing import list_landing_files, read_landing_file
from scrapers.listing import ListingParseError
from scrapers.registry import Column, Source
from tests.scrapers.test_cms_jpaas import SiteSession, saved_pages_not_of, saved_text

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
HOST = "www.lishui.gov.cn"
BASE = f"https://{HOST}"
COLUMN, OTHER = "1229432517", "1229432519"
COLUMN_URL = f"{BASE}/col/col{COLUMN}/index.html"
SEARCH_PATH = "/module/xxgk/search.jsp"
COLUMN_PAGE = (PAGES / "xxgk-column.html").read_text(encoding="utf-8")
SAVED_ANSWER = (PAGES / "xxgk-search-mixed.html").read_text(encoding="utf-8")


def module_answer(currpage: int, columns: list[str], per_page: int = 15) -> str:
    """One search.jsp page of a module listing len(columns) documents, row n belonging to columns[n]."""
    first = (currpage - 1) * per_page
    rows = "".join(
        f'<tr class="tr_main_value_{"odd" if n % 2 == 0 else "even"}"><td>{n + 1}</td>'
        f'<td>113311000026458523/2024-{n:05d}</td>'
        f'<td><a href="/art/2024/2/{n % 28 + 1}/art_{col}_{5700000 + n}.html" target="_blank" '
        f'title="规范性文件第{n + 1}号">规范性文件第{n + 1}…</a></td><td>2024-02-{n % 28 + 1:02d}</td></tr>'
        for n, col in enumerate(columns) if first <= n < first + per_page)
    pages = math.ceil(len(columns) / per_page)
    return (f'<table class="xxgk_table">{rows}</table><table class="tb_page"><tr><td>共&nbsp;<font>{len(columns)}'
            f'</font>&nbsp;条记录&nbsp;&nbsp;共&nbsp;<font>{pages}</font>&nbsp;页&nbsp;&nbsp;当前第&nbsp;{currpage}&nbsp;页'
            f'</td></tr></table>')


def xxgk_site(columns: list[str], *, broken: dict[int, httpx.Response] | None = None, ignores_currpage=False,
              answers: dict[int, str] | None = None):
    def handle(request: httpx.Request) -> httpx.Response:
        html = {"Content-Type": "text/html;charset=UTF-8"}
        if request.url.path == f"/col/col{COLUMN}/index.html":
            return httpx.Response(200, text=COLUMN_PAGE, headers=html)
        if request.url.path == SEARCH_PATH and request.method == "POST":
            currpage = 1 if ignores_currpage else int(dict(parse_qsl(request.content.decode()))["currpage"])
            if broken and currpage in broken:
                return broken[currpage]
            text = (answers or {}).get(currpage) or module_answer(currpage, columns)
            return httpx.Response(200, text=text, headers=html)
        return httpx.Response(404, text="not here")
    return handle


def session_on(site, max_pages: int = 20) -> SiteSession:
    return SiteSession(site, host=HOST, max_pages=max_pages)


def module_posts(session: SiteSession) -> list[httpx.Request]:
    return [r for r in session.requests if r.url.path == SEARCH_PATH]


def test_a_column_announcing_33_records_over_three_pages_is_listed_whole():
    session = session_on(xxgk_site([COLUMN] * 33))
    listing = xxgk.list_column(session, BASE, COLUMN)
    assert listing.complete, listing.incomplete_reason
    assert len(listing.items) == listing.announced == 33 and listing.announced_pages == 3
    assert (listing.posts, listing.pages_read, listing.filtered_out) == (3, 4, 0)
    assert listing.items[0].title == "规范性文件第1号" and listing.items[0].date == "2024-02-01"
    posts = module_posts(session)
    forms = [dict(parse_qsl(r.content.decode(), keep_blank_values=True)) for r in posts]
    # The form is the page's: infotypeId, jdid (the webid), area and divid are read off the column page.
    assert [f["currpage"] for f in forms] == ["1", "2", "3"]
    assert {k: forms[0][k] for k in ("infotypeId", "jdid", "area", "divid", "sortfield")} == {
        "infotypeId": "A0301", "jdid": "3657", "area": "113311000026458523", "divid": "div1229432517",
        "sortfield": ",compaltedate:0"}
    assert [r.url.params["currpage"] for r in posts] == ["1", "2", "3"]  # the call's query string says it too
    assert posts[0].url.params["standardXxgk"] == "1" and posts[0].headers["Referer"] == COLUMN_URL


def test_rows_of_other_columns_are_dropped_and_counted_not_errors():
    module = [OTHER if n % 4 == 3 else COLUMN for n in range(40)]
    listing = xxgk.list_column(session_on(xxgk_site(module)), BASE, COLUMN)
    assert len(listing.items) == 30 and listing.filtered_out == 10
    assert all(f"art_{COLUMN}_" in i.url for i in listing.items)
    # The module's total (40) is not the column's: nothing is announced for the column, and reading every
    # module page is what makes the listing complete.
    assert listing.complete and listing.announced is None and listing.announced_pages == 3
    assert listing.notes == [f"kept 30 rows of column {COLUMN}; dropped 10 rows of other columns listed by the "
                             "信息公开 module"]
    assert listing.to_record()["filtered_out"] == 10


def test_the_saved_mixed_answer_keeps_only_this_columns_rows():
    session = session_on(xxgk_site([], answers={1: SAVED_ANSWER}), max_pages=1)
    listing = xxgk.list_column(session, BASE, COLUMN)
    assert (len(listing.items), listing.filtered_out, listing.announced_pages) == (12, 3, 5)
    assert listing.capped and "paging cap" in listing.incomplete_reason


def test_a_page_failing_with_500_leaves_the_column_incomplete_with_the_reason():
    session = session_on(xxgk_site([COLUMN] * 33, broken={2: httpx.Response(500, text="Internal Server Error")}))
    listing = xxgk.list_column(session, BASE, COLUMN)
    assert not listing.complete and len(listing.items) == 15
    assert "module page 2" in listing.incomplete_reason and "500" in listing.incomplete_reason


def test_the_paging_cap_stops_the_column_and_says_so():
    session = session_on(xxgk_site([COLUMN] * 100), max_pages=2)
    listing = xxgk.list_column(session, BASE, COLUMN)
    assert listing.capped and len(listing.items) == 30 and len(module_posts(session)) == 2
    assert "paging cap" in listing.incomplete_reason


def test_a_module_ignoring_currpage_is_caught_not_looped():
    session = session_on(xxgk_site([COLUMN] * 33, ignores_currpage=True))
    listing = xxgk.list_column(session, BASE, COLUMN)
    assert len(module_posts(session)) == 2 and not listing.complete
    assert "listed 15 of 33" in listing.incomplete_reason and "page 2 repeated" in listing.incomplete_reason


def test_an_answer_that_is_no_module_page_is_a_parse_failure():
    session = session_on(xxgk_site([COLUMN] * 33, answers={2: "<html><body><p>请稍候</p></body></html>"}))
    listing = xxgk.list_column(session, BASE, COLUMN)
    assert not listing.complete and "not a 信息公开 search answer" in listing.incomplete_reason
    assert [kind for _, kind, _ in session.failures] == ["list"]


def test_the_saved_column_page_is_detected_as_the_module_not_its_classic_sidebar():
    found = xxgk.detect(COLUMN_PAGE, COLUMN_URL)
    assert found.family == "hanweb_xxgk" and found.column_id == COLUMN and found.site_id == "3657"
    assert found.paging["search_url"].startswith(f"{BASE}{SEARCH_PATH}?standardXxgk=1")
    assert found.paging["form"]["divid"] == "div1229432517" and found.paging["form"]["infotypeId"] == "A0301"
    # The 最新公开 sidebar is a classic jpage unit, so the classic reading also succeeds: order decides.
    assert hanweb_classic.detect(COLUMN_PAGE, COLUMN_URL) is not None
    assert detect_family(COLUMN_PAGE, COLUMN_URL).family == "hanweb_xxgk"


def test_the_module_call_alone_gives_the_parameters():
    """A page with the loadDynamic call and no search form (the form is optional chrome)."""
    start, end = COLUMN_PAGE.index("<form"), COLUMN_PAGE.index("</form>") + len("</form>")
    page = xxgk.parse_list(COLUMN_PAGE[:start] + COLUMN_PAGE[end:], COLUMN_URL)
    assert {k: page.paging["form"][k] for k in ("infotypeId", "jdid", "divid", "area", "sortfield")} == {
        "infotypeId": "A0301", "jdid": "3657", "divid": "div1229432517", "area": "113311000026458523",
        "sortfield": ",compaltedate:0"}
    assert page.paging["search_url"].startswith(f"{BASE}{SEARCH_PATH}?standardXxgk=1")


@pytest.mark.parametrize("page", saved_pages_not_of("hanweb_xxgk"), ids=lambda p: p.name)
def test_pages_of_other_families_are_not_read_as_xxgk(page):
    with pytest.raises(ListingParseError):
        xxgk.parse_list(saved_text(page), f"{BASE}/{page.name}")
    assert xxgk.detect(saved_text(page), f"{BASE}/{page.name}") is None


def test_the_crawl_records_what_was_dropped(tmp_path):
    module = [OTHER if n % 5 == 0 else COLUMN for n in range(20)]
    source = Source(id="lishui_xxgk", name="丽水 信息公开", cms="hanweb_xxgk", base_url=BASE, allowed_hosts=(HOST,),
                    columns=(Column(COLUMN),), politeness=Politeness(min_delay_s=0, max_retries=0, respect_robots=False),
                    max_articles_per_run=0)
    report = crawl_source(source, tmp_path, transport=httpx.MockTransport(xxgk_site(module)), sleep=lambda s: None)
    assert report.items_listed == 16 and report.incomplete_columns == 0
    record = next(r for r in read_landing_file(list_landing_files(tmp_path)[0]) if r["type"] == "column_listing")
    assert record["complete"] and record["filtered_out"] == 4 and "dropped 4 rows" in record["notes"][0]
