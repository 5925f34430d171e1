"""TRS WCM columns: index.html, index_1.html, … up to the page count createPageHTML announces.

The column is the saved kjt.ah.gov.cn 通知公告 pages in tests/fixtures/pages (trs-list-first = index.html,
trs-list-page-1 = index_1.html, trs-list-page = index_2.html; 共 52 条 over 3 pages), served by a fake
ListSession; pager variants are the saved first page with its pager script swapped for another template's.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scrapers.cms import detect_family, parse_any_list, trs_wcm
from scrapers.decoding import decode_body
from scrapers.http_types import FetchResult, Outcome
from scrapers.listing import ListingParseError

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
BASE = "https://kjt.ah.gov.cn"
COLUMN = "kjzx/tzgg"
FOLDER = f"{BASE}/{COLUMN}/"
SAVED_PAGES = {"index.html": "trs-list-first", "index_1.html": "trs-list-page-1", "index_2.html": "trs-list-page"}
PAGER = 'createPageHTML(countPage, currentPage, "index", "html");'
SAVED_PAGER = re.compile(r"var countPage = 3;.*?" + re.escape(PAGER), re.S)  # the saved page's pager script


def saved(name: str) -> str:
    return decode_body((PAGES / f"{name}.html").read_bytes(), None)[0]


def golden_items(name: str) -> list[dict]:
    return json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))["items"]


def fetch_result(url: str, kind: str, text: str | None, outcome: Outcome = Outcome.OK) -> FetchResult:
    ok = outcome is Outcome.OK
    return FetchResult(url=url, final_url=url, method="GET", kind=kind, status_code=200 if ok else None,
                       outcome=outcome, text=text if ok else None, content_type="text/html; charset=utf-8",
                       encoding="utf-8" if ok else None, bytes=len((text or "").encode()), elapsed_ms=1.0,
                       attempts=1, etag=None, last_modified=None,
                       error=None if ok else f"GET {url}: {outcome.value}", retry_after_s=None)


class FakeSession:
    """A ListSession over a dict of URL → page text (or an Outcome for a failed fetch); unknown URLs are 404."""

    def __init__(self, pages: dict[str, str | Outcome], max_pages: int = 20) -> None:
        self.pages, self.max_pages = pages, max_pages
        self.gets: list[tuple[str, str]] = []
        self.failures: list[tuple[str, str, str]] = []

    def get(self, url, *, kind="list", expect="html", headers=None) -> FetchResult:
        self.gets.append((url, kind))
        page = self.pages.get(url, Outcome.NOT_FOUND)
        return fetch_result(url, kind, None, page) if isinstance(page, Outcome) else fetch_result(url, kind, page)

    def post(self, url, data, *, kind="list", expect="xml", headers=None) -> FetchResult:
        raise AssertionError(f"a TRS column is read with GETs only, got POST {url}")

    def parse_failure(self, url, kind, message) -> None:
        self.failures.append((url, kind, message))


def with_pager(page: str, script: str) -> str:
    """The saved page with its pager script replaced by another template's."""
    return SAVED_PAGER.sub(lambda _: script, page)


def saved_column(**replace: str | Outcome) -> dict[str, str | Outcome]:
    pages = {FOLDER + file: saved(name) for file, name in SAVED_PAGES.items()}
    pages.update({FOLDER + file: page for file, page in replace.items()})
    return pages


def test_three_page_column_lists_every_announced_record_with_three_gets():
    session = FakeSession(saved_column())
    listing = trs_wcm.list_column(session, BASE, COLUMN)
    assert session.gets == [(FOLDER + "index.html", "column"), (FOLDER + "index_1.html", "list"),
                            (FOLDER + "index_2.html", "list")]
    assert [i.to_json() for i in listing.items] == [i for n in SAVED_PAGES.values() for i in golden_items(n)]
    assert (listing.announced, listing.announced_pages, len(listing.items), listing.pages_read) == (52, 3, 52, 3)
    assert listing.complete and listing.incomplete_reason is None and listing.shortfall == 0
    assert not any("/kjdt/" in i.url or "/mtbd/" in i.url for i in listing.items)  # the 热点 sidebar's links


def test_a_failed_page_leaves_the_column_incomplete_and_stops_paging():
    session = FakeSession(saved_column(**{"index_1.html": Outcome.TIMEOUT}))
    listing = trs_wcm.list_column(session, BASE, COLUMN)
    assert not listing.complete and len(listing.items) == 20
    assert "page 2 of 3" in listing.incomplete_reason and "index_1.html" in listing.incomplete_reason
    assert "timeout" in listing.incomplete_reason
    assert [url for url, _ in session.gets] == [FOLDER + "index.html", FOLDER + "index_1.html"]


def test_the_paging_cap_stops_early_and_says_so():
    session = FakeSession(saved_column(), max_pages=1)
    listing = trs_wcm.list_column(session, BASE, COLUMN)
    assert listing.capped and not listing.complete and len(session.gets) == 2
    assert listing.incomplete_reason == "stopped at the paging cap after 2 pages: 40 of 52 records"


def test_an_announced_page_without_records_is_not_a_complete_column():
    """An empty list block: the 热点 sidebar (undated links to other columns) must not stand in for it."""
    empty = re.sub(r'(<ul class="doc-list">).*?(</ul>)', r"\1\2", saved("trs-list-page"), flags=re.S)
    assert trs_wcm.parse_list(empty, FOLDER + "index_2.html").items == []
    listing = trs_wcm.list_column(FakeSession(saved_column(**{"index_2.html": empty})), BASE, COLUMN)
    assert not listing.complete and "page 3 of 3" in listing.incomplete_reason
    assert "no records" in listing.incomplete_reason


def test_a_missing_column_page_is_an_error_not_an_empty_column():
    listing = trs_wcm.list_column(FakeSession({}), BASE, COLUMN)
    assert not listing.complete and listing.items == [] and "not_found" in listing.incomplete_reason


@pytest.mark.parametrize("name", sorted(p.stem for p in PAGES.glob("trs-*.html")))
def test_detect_reads_every_saved_trs_page(name):
    url = json.loads((PAGES / f"{name}.meta.json").read_text())["url"]
    found = detect_family(saved(name), url)
    assert found is not None and found.family == trs_wcm.FAMILY
    assert found.column_id == url.split("/", 3)[3].rsplit("/", 1)[0]
    assert found.first_page_items == len(golden_items(name)) and found.paging["pages"] >= 3
    assert found.paging["prefix"] == "index" and found.paging["suffix"] == "html"


@pytest.mark.parametrize("pager, pages, current, prefix, suffix, records", [
    ("var countPage = 3;//共多少页\nvar currentPage = 0;\n" + PAGER, 3, 0, "index", "html", 52),  # variables
    ('createPageHTML("12","0","index","shtml");', 12, 0, "index", "shtml", 52),  # quoted numbers
    ("createPageHTML(12, 0, 'list', 'htm');", 12, 0, "list", "htm", 52),
    ("var pageInfo = {count: 9, current: 0, name: 'index'};\ncreatePageHTML(pageInfo.count, pageInfo.current, "
     "pageInfo.name, \"html\");", 9, 0, "index", "html", 52),                  # a var object
    ("createPageHTML('page_div', 4, 1, 'index', 'shtml', 57);", 4, 1, "index", "shtml", 57),  # div id first
    ("var countPage = 17//共多少页", 17, 0, "index", "html", 52),              # the older pager script only
])
def test_pager_variants_are_read_off_the_page(pager, pages, current, prefix, suffix, records):
    page = with_pager(saved("trs-list-first"), pager)
    found = trs_wcm.read_pager(BeautifulSoup(page, "lxml"), FOLDER + "index.html")
    assert (found.count, found.current, found.prefix, found.suffix, found.records) == (
        pages, current, prefix, suffix, records)


def test_a_pager_counting_from_one_pages_index_2_next():
    """createPageHTML('page_div', count, 1, …): the column page is page 1, the next is index_2, not index_1."""
    one_based = {FOLDER + f: with_pager(saved(n), f"createPageHTML('page_div', 3, {i + 1}, 'index', 'html', 52);")
                 for i, (f, n) in enumerate(SAVED_PAGES.items())}
    pages = {FOLDER + "index.html": one_based[FOLDER + "index.html"],
             FOLDER + "index_2.html": one_based[FOLDER + "index_1.html"],
             FOLDER + "index_3.html": one_based[FOLDER + "index_2.html"]}
    session = FakeSession(pages)
    listing = trs_wcm.list_column(session, BASE, COLUMN)
    assert [u for u, _ in session.gets] == [FOLDER + "index.html", FOLDER + "index_2.html", FOLDER + "index_3.html"]
    assert listing.complete and len(listing.items) == 52


def test_a_commented_out_pager_call_and_the_pager_definition_are_not_the_pager():
    text = saved("trs-list-table-rows")
    assert "//createPageHTML(6,0,'index','html');" in text and "function createPageHTML(" in text
    pager = trs_wcm.read_pager(BeautifulSoup(text, "lxml"), "http://www.ordos.gov.cn/xxgk/tzgg/index.html")
    assert (pager.count, pager.current, pager.records) == (7, 0, None)  # no 共N条 on this template


def test_a_page_without_pager_that_links_further_pages_is_listed_but_never_complete():
    page = with_pager(saved("trs-list-first"), "") + '<a href="index_1.html">下一页</a>'
    listing = trs_wcm.list_column(FakeSession({FOLDER + "index.html": page}), BASE, COLUMN)
    assert len(listing.items) == 20 and not listing.complete
    assert "no page count" in listing.incomplete_reason


def test_a_small_column_without_pager_or_next_page_is_one_complete_page():
    page = re.sub(r"index_\d+\.html|下一页|下页|尾页|末页", "", with_pager(saved("trs-list-first"), ""))
    listing = trs_wcm.list_column(FakeSession({FOLDER + "index.html": page}), BASE, COLUMN)
    assert len(listing.items) == 20 and listing.complete and listing.announced_pages == 1


def test_a_trs_article_page_is_not_a_list():
    """Article pages carry a pager too (multi-page articles: var countPage = 1, paging t20240315_1068123_N)."""
    url = "https://www.mee.gov.cn/xxgk2018/xxgk/xxgk06/202403/t20240315_1068123.html"
    text = saved("article-trs-ministry")
    assert trs_wcm.detect(text, url) is None
    with pytest.raises(ListingParseError, match="article"):
        trs_wcm.parse_list(text, url)


def test_parse_list_names_the_family_and_other_families_pages_are_refused():
    assert parse_any_list(saved("trs-list-first"), FOLDER + "index.html").family == trs_wcm.FAMILY
    with pytest.raises(ListingParseError, match="createPageHTML"):
        trs_wcm.parse_list(saved("column-classic-li"), "https://www.lishui.gov.cn/col/col1229218391/index.html")
