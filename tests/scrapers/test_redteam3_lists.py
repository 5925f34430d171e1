"""Third red-team review (review-redteam3.md), list and URL items: records whose link is in script [2]."""
from __future__ import annotations

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
