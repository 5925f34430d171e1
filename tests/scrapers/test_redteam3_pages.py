"""Third red-team review (review-redteam3.md), page-level items: records whose link is in script [2], a placeholder
publication date [10]."""
from __future__ import annotations

from scrapers.article import parse_article
from scrapers.cms import hanweb_classic, trs_wcm

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
