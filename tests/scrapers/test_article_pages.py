"""Where a notice printed over several pages (正文分页) has its further pages (review-redteam3 #1)."""
from __future__ import annotations

from scrapers.article_pages import PagedArticle

URL = "http://www.rt.gov.cn/art/2024/2/27/art_1229000001_7.html"


def test_pager_links_of_the_article_itself_are_its_pages_and_links_to_other_notices_are_not():
    html = ("<div class='zoom'><p>正文</p><a href='art_1229000001_7_1.html'>2</a> <a href='?pageNo=3'>下一页</a>"
            "<a href='art_1229000001_71.html'>相关：关于某事项的通知</a><a href='/art/2024/2/27/art_1229000001_8.html'>下一篇</a>"
            "<a href='art_1229000001_7.html?id=5'>打印</a><a href='javascript:void(0)'>关闭</a></div>")
    assert PagedArticle(URL).further_pages(html, URL) == {
        "http://www.rt.gov.cn/art/2024/2/27/art_1229000001_7_1.html": 2,
        "http://www.rt.gov.cn/art/2024/2/27/art_1229000001_7.html?pageNo=3": 3}


def test_the_trs_article_pager_call_names_every_page_and_a_commented_out_one_none():
    url = "http://www.rt.gov.cn/tzgg/202402/t20240227_5.html"
    live = '<script>createPageHTML(3, 0, "t20240227_5", "html");</script>'
    folder = "http://www.rt.gov.cn/tzgg/202402/"
    assert PagedArticle(url).further_pages(live, url) == {f"{folder}t20240227_5_1.html": 2,
                                                          f"{folder}t20240227_5_2.html": 3}
    commented = '<script>// createPageHTML(3, 0, "t20240227_5", "html");</script>'
    assert PagedArticle(url).further_pages(commented, url) == {}
    # a list's pager (prefix index) on an article page names no page of the article
    assert PagedArticle(url).further_pages('<script>createPageHTML(9, 0, "index", "html");</script>', url) == {}
