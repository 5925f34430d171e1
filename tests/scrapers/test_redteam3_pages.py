"""Third red-team review (review-redteam3.md), page-level items: records whose link is in script [2], a placeholder
publication date [10], a TRS list that moves while its pages are read [11], a list title escaped twice [14]."""
from __future__ import annotations

import httpx

from scrapers.article import parse_article
from scrapers.cms import hanweb_classic, trs_wcm

from tests.scrapers.test_cms_jpaas import SiteSession

BASE = "http://www.rt.gov.cn"


def test_trs_records_opened_through_script_are_listed():
    """[2] Older templates write a record as href="javascript:openArticle('./…')" or href="javascript:void(0)" with
    onclick="window.open('./…')": each is a record of the list (before: dropped, the listing called complete)."""
    rows = ('<li><a href="./202402/t20240227_70.html" title="测试市第70号公告">测试市第70号公告</a><span>2024-02-27</span></li>'
            '<li><a href="javascript:void(0)" onclick="window.open(\'./202402/t20240227_71.html\')">测试市第71号公告</a>'
            '<span>2024-02-27</span></li>'
            '<li><a href="javascript:openArticle(\'./202402/t20240227_72.html\');">测试市第72号公告</a>'
            '<span>2024-02-26</span></li>'
            '<li><a href="#" onclick="showMenu(\'/nav\')">更多</a></li>')
    page = (f"<html><body><div class='list'><ul>{rows}</ul></div>"
            "<script>createPageHTML(1, 0, \"index\", \"html\");</script></body></html>")
    listing = trs_wcm.parse_list(page, f"{BASE}/tzgg/index.html")
    assert [(i.url.rsplit("/", 1)[1], i.title, i.date) for i in listing.items] == [
        ("t20240227_70.html", "测试市第70号公告", "2024-02-27"), ("t20240227_71.html", "测试市第71号公告", "2024-02-27"),
        ("t20240227_72.html", "测试市第72号公告", "2024-02-26")]


def test_a_classic_record_opened_by_onclick_is_listed():
    record = ("<record><![CDATA[<li><a href='javascript:;' "
              "onclick=\"location.href='/art/2024/2/27/art_1229000001_73.html'\" "
              "title='测试市第73号公告'>测试市第73号公告</a><span>2024-02-27</span></li>]]></record>")
    items = hanweb_classic.parse_records(record, f"{BASE}/col/col1229000001/index.html")
    assert [(i.url, i.title) for i in items] == [(f"{BASE}/art/2024/2/27/art_1229000001_73.html", "测试市第73号公告")]


def test_a_placeholder_publication_date_in_the_meta_tags_gives_way_to_the_date_the_page_shows():
    """[10] PubDate 1970-01-01 08:00 (a CMS's epoch for a date it lacks) beside 发布时间：2024-02-27 09:30: before, the
    epoch was stored as the notice's publication date."""
    page = ("<html><head><meta name='ArticleTitle' content='关于开展安全生产大检查的通知'>"
            "<meta name='PubDate' content='1970-01-01 08:00'></head><body><div class='xl_title'>关于开展安全生产大检查的通知"
            "</div><div class='xl_doc'><span>发布时间：2024-02-27 09:30</span></div><div class='zoom'><p>各单位：现将有关事项"
            "通知如下。</p></div></body></html>")
    article = parse_article(page, f"{BASE}/xxgk/a51.html")
    assert (article.published_at, article.found_by["published"]) == ("2024-02-27 09:30", "label:发布时间")


def _trs_site(move_after_first_page: int):
    """A TRS column of 30 notices, 10 a page (createPageHTML(3, k, "index", "html"), no record count). After page 1
    is served, `move_after_first_page` notices are published (> 0) or withdrawn (< 0) at the top."""
    ids = {"now": list(range(30, 0, -1)), "served": 0}

    def page(request: httpx.Request) -> httpx.Response:
        name = request.url.path.rsplit("/", 1)[1]
        k = 0 if name == "index.html" else int(name[len("index_"):-len(".html")])
        shown = ids["now"][10 * k:10 * k + 10]
        if k == 0 and not ids["served"]:
            ids["served"] = 1
            delta = move_after_first_page
            ids["now"] = list(range(31, 31 + delta))[::-1] + ids["now"] if delta > 0 else ids["now"][-delta:]
        rows = "".join(f'<li><a href="./202402/t20240201_{n}.html">第{n}号公告</a><span>2024-02-01</span></li>'
                       for n in shown)
        pager = f'<script>createPageHTML(3, {k}, "index", "html");</script>'
        return httpx.Response(200, text=f"<html><body><ul class='list'>{rows}</ul>{pager}</body></html>",
                              headers={"Content-Type": "text/html"})
    return page


def test_a_trs_list_that_moves_while_its_pages_are_read_is_no_whole_reading():
    """[11] A notice published (or withdrawn) at the top after page 1 was read moves every record by one: one is read
    twice, or one never. Before: the listing was complete and the run ok; a notice skipped this way waited for the
    next whole reading a week later. A list that stood still is read whole with one request more."""
    for moved in (1, -1):
        listing = trs_wcm.list_column(SiteSession(_trs_site(moved), host="www.rt.gov.cn"), BASE, "tzgg")
        assert not listing.complete and "changed while its 3 pages were read" in listing.incomplete_reason
    session = SiteSession(_trs_site(0), host="www.rt.gov.cn")
    still = trs_wcm.list_column(session, BASE, "tzgg")
    assert still.complete and len(still.items) == 30 and len(session.requests) == 4


def test_entities_escaped_twice_in_a_list_title_are_read_as_characters():
    """[14] title="关于&amp;ldquo;十四五&amp;rdquo;规划&amp;nbsp;…": the reader sees “十四五”; before, the listing held
    the entity names."""
    record = ('<record><![CDATA[<li><a href="/art/2024/2/27/art_1229000001_43.html" title="关于&amp;ldquo;十四五'
              '&amp;rdquo;规划中期评估的通知">…</a><span>2024-02-27</span></li>]]></record>')
    items = hanweb_classic.parse_records(record, f"{BASE}/col/col1229000001/index.html")
    assert [i.title for i in items] == ["关于“十四五”规划中期评估的通知"]
