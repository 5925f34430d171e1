"""Red-team review items on list and article reading (review-redteam.md #1, #3b, #5, #10, #11).

Fixtures are written here, modelled on design/gov-sites.md: Hanweb classic <datastore> units with a jpage call and
dataproxy.jsp, JPaaS shells and build/unit JSON, TRS createPageHTML lists, 信息公开 search.jsp rows, and the Lishui
article template (xxgk_article label table, xl_title, div.zoom). Sites are httpx.MockTransport handlers.
"""
from __future__ import annotations

import json

import httpx
from bs4 import BeautifulSoup

from scrapers.article import parse_article
from scrapers.cms import hanweb_classic, hanweb_jpaas, trs_wcm, xxgk
from scrapers.crawl import crawl_source
from scrapers.http import Politeness
from scrapers.landing import list_landing_files, read_landing_file
from scrapers.listing import item_from_link, join_url
from scrapers.registry import Column, Source

from tests.scrapers.test_cms_jpaas import SiteSession as _SiteSession

HOST = "www.rt.gov.cn"
BASE = f"http://{HOST}"
COL = "1229000001"
COL_PATH = f"/col/col{COL}/index.html"
BAD = "http://[www.rt.gov.cn/art/2024/2/27/art_1229000001_9.html"  # a host typo urlsplit reads as broken IPv6
HTML = {"Content-Type": "text/html; charset=utf-8"}
JSON = {"Content-Type": "application/json;charset=UTF-8"}
XML = {"Content-Type": "text/xml;charset=UTF-8"}


def SiteSession(handler, max_pages: int = 20) -> _SiteSession:  # noqa: N802 (stands in for the class)
    """The ListSession crawl.py hands an adapter, over PoliteClient on a MockTransport site of this host."""
    return _SiteSession(handler, host=HOST, max_pages=max_pages)


def routes(table: dict):
    def handle(request: httpx.Request) -> httpx.Response:
        got = table.get(request.url.path)
        if callable(got):
            return got(request)
        if got is None:
            return httpx.Response(404, text="not here")
        headers, body = got
        return httpx.Response(200, text=body, headers=headers)
    return handle


# -- Hanweb classic fixtures ---------------------------------------------------------------------------------------

def art(n: int) -> str:
    return f"/art/2024/2/{n % 28 + 1}/art_{COL}_{n}.html"


def record(href: str, title: str, date: str = "2024-02-27", before: str = "") -> str:
    return (f'<record><![CDATA[<li>{before}<a href="{href}" title="{title}" target="_blank">{title[:10]}…</a>'
            f"<span>{date}</span></li>]]></record>")


def classic_column(records: list[str], *, total: int | None = None, jpage: str | None = "$('#4001')",
                   nextgroup: bool = True, head: str = "") -> str:
    nextg = (f"<nextgroup><![CDATA[<a href=\"/module/jpage/dataproxy.jsp?page=1&appid=1&webid=3001&path=/&"
             f"columnid={COL}&unitid=4001&webname=测试市&permissiontype=0\"></a>]]></nextgroup>") if nextgroup else ""
    total_js = f"totalRecord:{total}," if total is not None else ""
    call = (f"{jpage}.jpage({{containerid:'4001',{total_js}perPage:15,groupSize:3,"
            f"proxyUrl:'/module/jpage/dataproxy.jsp',ajaxParam:param_4001}});") if jpage else ""
    return (f"<html><head><meta charset='utf-8'>{head}<title>通知公告</title></head><body><div id='4001'>"
            f"<script type='text/xml'><datastore>{nextg}<recordset>{''.join(records)}</recordset></datastore>"
            f"</script></div><script>var param_4001 = {{col:1,appid:'1',webid:3001,path:'/',columnid:{COL},"
            f"sourceContentType:1,unitid:'4001',webname:'测试市',permissiontype:0}};{call}</script></body></html>")


def dataproxy_handler(count: int, with_total: bool = True):
    """POST dataproxy.jsp: records startrecord..endrecord of `count` (1-based, inclusive)."""
    def handle(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        start, end = int(params["startrecord"]), int(params["endrecord"])
        recs = "".join(record(art(n), f"通知第{n}条") for n in range(start, min(end, count) + 1))
        total = f"<totalrecord>{count}</totalrecord>" if with_total else ""
        return httpx.Response(200, headers=XML, text=f"<?xml version='1.0' encoding='UTF-8'?><datastore>{total}"
                                                      f"<recordset>{recs}</recordset></datastore>")
    return handle


# -- #1 a malformed href in a list record, or in an attachment ------------------------------------------------------

def test_item_from_link_skips_a_malformed_href_and_notes_it():
    soup = BeautifulSoup(f'<li><a href="{BAD}" title="关于另一项工作的通知">关于…</a><span>2024-02-27</span></li>', "lxml")
    skipped: list[str] = []
    assert item_from_link(soup.a, soup.li, BASE + COL_PATH, skipped) is None
    assert len(skipped) == 1 and "malformed link" in skipped[0] and "[www.rt.gov.cn" in skipped[0]


def test_a_classic_record_with_a_malformed_href_is_skipped_and_the_listing_says_so():
    page = classic_column([record(art(1), "关于开展安全生产检查的通知"), record(BAD, "关于另一项工作的通知")], total=2)
    session = SiteSession(routes({COL_PATH: (HTML, page), "/module/jpage/dataproxy.jsp": dataproxy_handler(0)}))
    listing = hanweb_classic.list_column(session, BASE, COL)
    assert [i.url for i in listing.items] == [BASE + art(1)]
    assert not listing.complete and "malformed link" in listing.incomplete_reason
    assert [(kind, "malformed link" in why) for _, kind, why in session.failures] == [("list", True)]


def test_list_answers_of_every_family_skip_a_malformed_href_without_raising():
    good_trs, bad_trs = "./202402/t20240227_1.html", "http://[www.rt.gov.cn/tzgg/202402/t20240227_2.html"
    trs = (f"<html><body><ul class='list'><li><a href='{good_trs}' title='通知一'>通知一</a><span>2024-02-27</span></li>"
           f"<li><a href='{bad_trs}' title='通知二'>通知二</a><span>2024-02-27</span></li></ul>"
           "<script>createPageHTML(1, 0, \"index\", \"html\");</script></body></html>")
    got = trs_wcm.parse_list(trs, f"{BASE}/tzgg/index.html")
    assert [i.url for i in got.items] == [f"{BASE}/tzgg/202402/t20240227_1.html"] and len(got.skipped) == 1

    lis = (f'<li class="clearfix"><a class="bt-left" title="通知一" href="/col/col{COL}/art/2026/art_{1:032x}.html">'
           f'通知一</a><span class="bt-right">2026-05-01</span></li>'
           f'<li class="clearfix"><a class="bt-left" title="通知二" href="http://[www.rt.gov.cn/col/col{COL}/art/2026/'
           f'art_{2:032x}.html">通知二</a><span class="bt-right">2026-05-02</span></li>')
    answer = json.dumps({"success": True, "data": {"html": f"<ul>{lis}</ul>"}}, ensure_ascii=False)
    got = hanweb_jpaas.parse_unit_answer(answer, BASE + JPAAS_UNIT)
    assert len(got.items) == 1 and len(got.skipped) == 1

    rows = (f"<table><tr class='tr_main_value_odd'><td><a href='{art(1)}' title='通知一'>通知一</a></td><td>2024-02-27</td></tr>"
            f"<tr class='tr_main_value_even'><td><a href='http://[www.rt.gov.cn{art(2)}' title='通知二'>通知二</a></td>"
            "<td>2024-02-27</td></tr></table><div>共2条 共1页</div>")
    got = xxgk.parse_search_answer(rows, f"{BASE}/module/xxgk/search.jsp")
    assert [i.url for i in got.items] == [BASE + art(1)] and len(got.skipped) == 1

    got = hanweb_classic.parse_dataproxy(f"<datastore><totalrecord>2</totalrecord><recordset>{record(art(1), '通知一')}"
                                         f"{record(BAD, '通知二')}</recordset></datastore>", BASE + "/module/jpage/dataproxy.jsp")
    assert len(got.items) == 1 and len(got.skipped) == 1


def _article(title: str, body_html: str, *, head: str = "", meta: bool = True) -> str:
    """The Lishui classic template (design/gov-sites.md 2.2), with site chrome around it."""
    metas = (f"<meta name='ArticleTitle' content='{title}'><meta name='PubDate' content='2024-02-27 09:30'>"
             "<meta name='ContentSource' content='市政府办公室'>") if meta else ""
    chrome = ("<div class='header'><a href='/'>首页</a><a href='/col/col1/index.html'>政务公开</a>"
              "<span>今天是：2024年2月27日 星期二 欢迎访问测试市人民政府门户网站，本站提供政务公开、政务服务等内容。</span></div>"
              "<div class='location'>当前位置：首页 &gt; 通知公告</div>")
    footer = "<div class='footer'>主办单位：测试市人民政府办公室，承办单位：测试市大数据发展管理局。联系电话：0578-1234567。</div>"
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}<title>{title}_通知公告_测试市人民政府</title>"
            f"{metas}</head><body>{chrome}<div class='xl_con'><table class='xxgk_article'>"
            "<tr><td>索引号</td><td>113300000000000000/2024-00001</td><td>文号</td><td></td></tr>"
            "<tr><td>组配分类</td><td>通知公告</td><td>发布机构</td><td>市政府办公室</td></tr>"
            "<tr><td>成文日期</td><td>2024-02-27</td><td>公开方式</td><td>主动公开</td></tr></table>"
            f"<div class='xl_title'>{title}</div><div class='xl_doc'><span>发布时间：2024-02-27 09:30</span>"
            f"<span>信息来源：市政府办公室</span></div><div class='zoom'>{body_html}</div></div>{footer}</body></html>")


def test_a_malformed_attachment_href_is_left_out_and_the_article_kept():
    body = ("<p>现将有关事项通知如下，请认真贯彻执行。</p>"
            "<p><a href='http://[www.rt.gov.cn/module/download/downfile.jsp?filename=a.pdf'>附件1.pdf</a></p>"
            "<p><a href='/module/download/downfile.jsp?filename=b.pdf'>附件2.pdf</a></p>")
    got = parse_article(_article("关于开展安全生产检查的通知", body), BASE + art(1))
    assert got.title == "关于开展安全生产检查的通知" and "认真贯彻执行" in got.body
    assert got.attachments == [{"name": "附件2.pdf", "url": f"{BASE}/module/download/downfile.jsp?filename=b.pdf"}]
    assert "1 malformed link" in got.found_by["attachments_skipped"]


def _source(cms: str = "hanweb_classic", columns=(COL,)) -> Source:
    return Source(id="rt", name="rt", cms=cms, base_url=BASE, allowed_hosts=(HOST,),
                  columns=tuple(Column(c) for c in columns),
                  politeness=Politeness(min_delay_s=0, max_retries=0, respect_robots=False))


def test_a_source_run_survives_a_malformed_list_href_and_keeps_the_other_notices(tmp_path):
    page = classic_column([record(art(1), "关于开展安全生产检查的通知"), record(BAD, "关于另一项工作的通知")], total=2)
    site = routes({COL_PATH: (HTML, page), art(1): (HTML, _article("关于开展安全生产检查的通知", "<p>现将有关事项通知如下。</p>")),
                   "/module/jpage/dataproxy.jsp": dataproxy_handler(1)})
    report = crawl_source(_source(), tmp_path, transport=httpx.MockTransport(site))
    assert report.status == "partial" and report.articles_new == 1 and report.parse_failures == 1
    assert any("malformed link" in p for p in report.problems)
    records = list(read_landing_file(list_landing_files(tmp_path)[0]))
    assert [r["url"] for r in records if r["type"] == "page"] == [BASE + art(1)]


# -- #3b a record's first link is a category tag --------------------------------------------------------------------

def test_a_classic_record_is_read_by_its_article_link_not_its_category_tag():
    tag = '<a href="/col/col1229000002/index.html">[政策文件]</a>'
    untitled = '<li><a href="/col/col1229000003/">[政策解读]</a><a href="/art/2024/2/27/art_1229000001_3.html">' \
               '关于公布名录的通知</a><span>2024-02-27</span></li>'
    text = (f"<datastore><recordset>{record(art(1), '关于进一步优化营商环境的若干意见', before=tag)}"
            f"<record><![CDATA[{untitled}]]></record>"
            f"<record><![CDATA[<li>{tag}<a href='/module/x.jsp?id=4' title='关于专题的说明'>专题</a></li>]]></record>"
            "<record><![CDATA[<li><a href='/col/col1229000002/index.html'>[政策文件]</a></li>]]></record>"
            "</recordset></datastore>")
    items = hanweb_classic.parse_records(text, BASE + COL_PATH)
    assert [(i.url, i.title) for i in items] == [
        (BASE + art(1), "关于进一步优化营商环境的若干意见"),
        (f"{BASE}/art/2024/2/27/art_1229000001_3.html", "关于公布名录的通知"),
        (f"{BASE}/module/x.jsp?id=4", "关于专题的说明"),  # no article-shaped link: the titled one, never the tag
    ]


def test_a_trs_row_with_a_category_tag_lists_only_its_article():
    page = ("<html><body><ul class='list'>"
            "<li><a href='../zcwj/index.html'>[政策文件]</a><a href='./202402/t20240227_1.html' title='通知一'>通知一</a>"
            "<span>2024-02-27</span></li>"
            "<li><a href='../zcjd/index.html'>[政策解读]</a><a href='./202402/t20240226_2.html' title='通知二'>通知二</a>"
            "<span>2024-02-26</span></li></ul><script>createPageHTML(1, 0, \"index\", \"html\");</script></body></html>")
    got = trs_wcm.parse_list(page, f"{BASE}/tzgg/index.html")
    assert [i.url for i in got.items] == [f"{BASE}/tzgg/202402/t20240227_1.html", f"{BASE}/tzgg/202402/t20240226_2.html"]


# -- #5 a pager the adapter does not recognise ----------------------------------------------------------------------

JPAAS_UNIT = "/api-gateway/jpaas-publish-server/front/page/build/unit"


def jpaas_shell(head: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'>{head}<title>通知公告</title></head><body><div class='list'>"
            f"<script src='/js/unitbuild.js' url='{JPAAS_UNIT}' queryData=\"{{'parseType':'bulidstatic',"
            f"'webId':'3001','tplSetId':'abc','pageType':'column','tagId':'信息列表','editType':'null',"
            f"'pageId':'{COL}'}}\"></script></div></body></html>")


def jpaas_site(count: int, pager: str, *, href=lambda n: f"/col/col{COL}/art/2026/art_{n:032x}.html", shell=None,
               ignores_paging: bool = False):
    """build/unit pages of 15; `pager`: 'box' (共N条 第i/N页 div), 'total' (data.total only), 'none'."""
    def unit(request: httpx.Request) -> httpx.Response:
        page_no = 1 if ignores_paging else json.loads(request.url.params["paramJson"])["pageNo"]
        pages = -(-count // 15)
        lis = "".join(f'<li class="clearfix"><a class="bt-left" title="通知第{n}条" href="{href(n)}">通知第{n}…</a>'
                      f'<span class="bt-right">2026-05-{n % 28 + 1:02d}</span></li>'
                      for n in range((page_no - 1) * 15 + 1, min(page_no * 15, count) + 1))
        box = (f"<div class='page-box'><span>共 {count} 条</span><span>第{page_no}/{pages}页</span>"
               "<a href='javascript:;'>下一页</a></div>") if pager == "box" else ""
        data = {"html": f"<ul>{lis}</ul>{box}"}
        if pager == "total":
            data["total"] = count
        return httpx.Response(200, headers=JSON, text=json.dumps({"success": True, "data": data}, ensure_ascii=False))
    return routes({COL_PATH: (HTML, shell or jpaas_shell()), JPAAS_UNIT: unit})


def test_jpaas_reads_a_printed_pager_as_the_count_and_pages_to_its_end():
    session = SiteSession(jpaas_site(40, "box"))
    listing = hanweb_jpaas.list_column(session, BASE, COL)
    assert listing.complete and len(listing.items) == listing.announced == 40 and listing.announced_pages == 3


def test_jpaas_reads_data_total_as_the_count():
    listing = hanweb_jpaas.list_column(SiteSession(jpaas_site(40, "total")), BASE, COL)
    assert listing.complete and len(listing.items) == listing.announced == 40 and listing.announced_pages == 3


def test_jpaas_without_any_count_asks_past_a_full_page_and_ends_at_a_short_page():
    """Round 2 #10: paging to a page shorter than pageSize proves the column's end (it was partial for ever)."""
    session = SiteSession(jpaas_site(40, "none"))
    listing = hanweb_jpaas.list_column(session, BASE, COL)
    assert len(listing.items) == 40 and listing.announced is None and listing.pages_read == 4
    assert listing.complete and "read whole: page 3 was short" in listing.notes[0]


def test_jpaas_without_any_count_and_a_server_repeating_page_one_is_not_complete():
    listing = hanweb_jpaas.list_column(SiteSession(jpaas_site(40, "none", ignores_paging=True)), BASE, COL)
    assert len(listing.items) == 15 and not listing.complete and "repeated" in listing.incomplete_reason


def test_classic_accepts_a_jquery_jpage_call_without_nextgroup():
    page = classic_column([record(art(n), f"通知第{n}条") for n in range(1, 16)], jpage='jQuery("#4001")',
                          nextgroup=False, total=None)
    session = SiteSession(routes({COL_PATH: (HTML, page), "/module/jpage/dataproxy.jsp": dataproxy_handler(40)}))
    listing = hanweb_classic.list_column(session, BASE, COL)
    assert listing.complete and len(listing.items) == listing.announced == 40


def test_classic_with_neither_proxy_nor_total_is_not_complete():
    page = classic_column([record(art(n), f"通知第{n}条") for n in range(1, 16)], jpage=None, nextgroup=False)
    listing = hanweb_classic.list_column(SiteSession(routes({COL_PATH: (HTML, page)})), BASE, COL)
    assert len(listing.items) == 15 and not listing.complete and not listing.settled
    assert "length unknown" in listing.incomplete_reason


# -- #11 <base href> ------------------------------------------------------------------------------------------------

def test_trs_list_links_resolve_against_base_href():
    page = (f"<html><head><base href='{BASE}/xxgk/tzgg/'></head><body><ul class='list'>"
            + "".join(f"<li><a href='./202402/t2024022{n}_{n}.html' title='通知{n}'>通知{n}</a><span>2024-02-2{n}</span></li>"
                      for n in (5, 4, 3))
            + "</ul><script>createPageHTML(1, 0, \"index\", \"html\");</script></body></html>")
    got = trs_wcm.parse_list(page, f"{BASE}/tzgg/index.html")
    assert [i.url for i in got.items] == [f"{BASE}/xxgk/tzgg/202402/t2024022{n}_{n}.html" for n in (5, 4, 3)]


def test_classic_records_and_dataproxy_answers_resolve_against_the_column_page_base():
    rel = f"art/2024/2/27/art_{COL}_1.html"
    page = classic_column([record(rel, "通知第1条")], total=2, head=f"<base href='{BASE}/zwgk/'>")
    answer = (f"<datastore><totalrecord>2</totalrecord><recordset>{record(rel, '通知第1条')}"
              f"{record(f'art/2024/2/27/art_{COL}_2.html', '通知第2条')}</recordset></datastore>")
    session = SiteSession(routes({COL_PATH: (HTML, page), "/module/jpage/dataproxy.jsp": (XML, answer)}))
    listing = hanweb_classic.list_column(session, BASE, COL)
    assert [i.url for i in listing.items] == [f"{BASE}/zwgk/art/2024/2/27/art_{COL}_{n}.html" for n in (1, 2)]
    assert listing.complete


def test_jpaas_unit_answers_resolve_against_the_shell_base():
    shell = jpaas_shell(head=f"<base href='{BASE}/sub/'>")
    site = jpaas_site(3, "total", shell=shell, href=lambda n: f"art/2026/art_{n:032x}.html")
    listing = hanweb_jpaas.list_column(SiteSession(site), BASE, COL)
    assert [i.url for i in listing.items] == [f"{BASE}/sub/art/2026/art_{n:032x}.html" for n in (1, 2, 3)]


def test_xxgk_rows_resolve_against_the_column_page_base():
    column = (f"<html><head><base href='{BASE}/xxgk/'></head><body>"
              "<form action='/module/xxgk/search.jsp' method='post'><input name='infotypeId' value='A01'>"
              "<input name='jdid' value='3001'><input name='divid' value='div1'></form></body></html>")
    rows = (f"<table><tr class='tr_main_value_odd'><td><a href='art/2024/2/27/art_{COL}_1.html' title='通知一'>通知一"
            "</a></td><td>2024-02-27</td></tr></table><div>共1条 共1页</div>")
    session = SiteSession(routes({COL_PATH: (HTML, column), "/module/xxgk/search.jsp": (HTML, rows)}))
    listing = xxgk.list_column(session, BASE, COL)
    assert [i.url for i in listing.items] == [f"{BASE}/xxgk/art/2024/2/27/art_{COL}_1.html"]
    assert listing.complete, listing.incomplete_reason


def test_article_attachments_resolve_against_base_href():
    page = _article("关于印发管理办法的通知", "<p>现印发给你们，请认真贯彻执行。</p><p><a href='./P020240227.pdf'>管理办法.pdf</a></p>",
                    head=f"<base href='{BASE}/xxgk/tzgg/202402/'>")
    got = parse_article(page, f"{BASE}/tzgg/202402/t20240227_1.html")
    assert got.attachments == [{"name": "管理办法.pdf", "url": f"{BASE}/xxgk/tzgg/202402/P020240227.pdf"}]


# -- #10 image-only notices -----------------------------------------------------------------------------------------

def test_an_image_only_body_is_the_body_and_its_images_are_kept():
    body = "<p style='text-align:center'><img src='/picture/0/2402271.jpg'></p><p><img src='/picture/0/2402272.jpg'></p>"
    got = parse_article(_article("2024年政府工作报告图解", body), BASE + art(2))
    assert got.body == "" and got.found_by["body"] == "selector:div.zoom (media only)"
    assert [a["url"] for a in got.attachments] == [f"{BASE}/picture/0/2402271.jpg", f"{BASE}/picture/0/2402272.jpg"]


def test_an_image_only_jpaas_body_without_meta_is_not_replaced_by_chrome():
    page = ("<html><head><meta charset='utf-8'><title>一图读懂2024年民生实事项目</title></head><body>"
            "<div class='header'><span>今天是：2024年2月27日 欢迎访问测试市人民政府门户网站，本站提供政务公开、政务服务等内容。</span></div>"
            "<p class='con-title'>一图读懂2024年民生实事项目</p><div class='small-title'><span>发布日期：2024-02-27</span>"
            "<span>信息来源：市发改委</span></div><div id='zoom' class='main-txt'>"
            "<img src='/picture/0/x.png' alt='2024年民生实事项目图解'><embed src='/picture/0/x.pdf'></div>"
            "<div class='footer'>主办单位：测试市人民政府办公室，承办单位：测试市大数据发展管理局。</div></body></html>")
    got = parse_article(page, BASE + art(3))
    assert got.body == "2024年民生实事项目图解" and "media only" in got.found_by["body"]
    assert [(a["name"], a["url"]) for a in got.attachments] == [
        ("2024年民生实事项目图解", f"{BASE}/picture/0/x.png"), ("x.pdf", f"{BASE}/picture/0/x.pdf")]
    assert got.title == "一图读懂2024年民生实事项目" and got.published == "2024-02-27"


def test_a_text_body_keeps_its_images_out_of_the_attachments():
    got = parse_article(_article("关于开展检查的通知", "<p>现将有关事项通知如下。</p><p><img src='/a.jpg'></p>"), BASE + art(4))
    assert got.found_by["body"] == "selector:div.zoom" and got.attachments == []


def test_invisible_characters_are_taken_out_of_titles():
    """U+FEFF and zero-width spaces an editor left in a title make two writings of one title differ."""
    page = ("<html><head><meta name='ArticleTitle' content='\ufeff关于\u200b开展检查的通知'>"
            "<meta name='PubDate' content='2024-02-27'></head><body><div class='zoom'><p>正文。</p></div></body></html>")
    assert parse_article(page, f"{BASE}/art/1.html").title == "关于开展检查的通知"
    link = BeautifulSoup("<li><a href='/art/1.html' title='关于\u200d开展检查的通知\ufeff'>x</a></li>", "html.parser").a
    assert item_from_link(link, link, BASE).title == "关于开展检查的通知"


# == Round 2 (review-redteam2.md) ====================================================================================

# -- #2 JPaaS: 共N条 only from the pager, and a total below the records read is no total ----------------------------

def _jpaas_summary_site(count: int, *, wrap: str | None, summary_total: bool = False):
    """build/unit pages of 15 with no pager and no data.total; the newest record's summary says 本方案共5条措施.
    `wrap`: a class around the list (page-content, as JPaaS themes draw the main area). `summary_total`: the
    answer's pager-less data also carries a total of 5 (a count below the records read)."""
    def unit(request: httpx.Request) -> httpx.Response:
        page_no = json.loads(request.url.params["paramJson"])["pageNo"]
        lis = "".join(
            f'<li><a title="通知第{n}条" href="/col/col{COL}/art/2026/art_{n:032x}.html">通知第{n}条</a>'
            f"<span>2026-05-{n % 28 + 1:02d}</span><p class='zy'>"
            f"{'本方案共5条措施，涉及稳就业、促消费等方面。' if n == count else '摘要：请各单位认真贯彻落实。'}</p></li>"
            for n in range(count - (page_no - 1) * 15, max(count - page_no * 15, 0), -1))
        html = f"<ul>{lis}</ul>"
        if wrap:
            html = f"<div class='{wrap}'>{html}</div>"
        data = {"html": html, **({"total": 5} if summary_total else {})}
        return httpx.Response(200, headers=JSON, text=json.dumps({"success": True, "data": data}, ensure_ascii=False))
    return routes({COL_PATH: (HTML, jpaas_shell()), JPAAS_UNIT: unit})


def test_jpaas_never_reads_a_count_from_a_records_text():
    for wrap in ("page-content", None):
        listing = hanweb_jpaas.list_column(SiteSession(_jpaas_summary_site(40, wrap=wrap)), BASE, COL)
        assert len(listing.items) == 40 and listing.announced is None, wrap
        assert listing.complete, listing.incomplete_reason


def test_jpaas_reads_a_pager_box_inside_a_page_content_wrapper():
    html = ("<div class='page-content'><ul><li><a href='/col/col1/art/2026/art_1.html'>通知</a><p>本方案共5条措施</p></li>"
            "</ul><div class='page-box'><span>共 40 条</span><span>第1/3页</span></div></div>")
    assert hanweb_jpaas._pagination(BeautifulSoup(html, "lxml")) == (40, 3)


def test_jpaas_takes_an_announced_total_below_the_records_read_as_no_total():
    listing = hanweb_jpaas.list_column(SiteSession(_jpaas_summary_site(40, wrap=None, summary_total=True)), BASE, COL)
    assert len(listing.items) == 40 and listing.announced is None and listing.pages_read == 4  # shell + 3
    assert listing.complete and any("the count is no total" in n for n in listing.notes)


def test_a_classic_total_below_the_records_read_is_no_total():
    page = classic_column([record(art(n), f"通知第{n}条") for n in range(1, 16)], total=5)
    session = SiteSession(routes({COL_PATH: (HTML, page),
                                  "/module/jpage/dataproxy.jsp": dataproxy_handler(40, with_total=False)}))
    listing = hanweb_classic.list_column(session, BASE, COL)
    assert len(listing.items) == 40 and listing.announced is None and listing.complete
    assert any("the count is no total" in n for n in listing.notes)


# -- #3 <base href>: a real element, http(s), on the page's own site ----------------------------------------------

_RECS = [record(f"art/2024/2/27/art_{COL}_{n}.html", f"通知第{n}条") for n in (1, 2)]


def test_classic_ignores_a_base_href_in_a_comment_or_script():
    for head in ("<!-- <base href='http://old.rt.gov.cn/zwgk/'> -->",
                 "<script>document.write(\"<base href='http://old.rt.gov.cn/zwgk/'>\");</script>"):
        got = hanweb_classic.parse_column_page(classic_column(_RECS, total=2, head=head), BASE + COL_PATH, COL)
        assert [i.url for i in got.items] == [f"{BASE}/col/col{COL}/art/2024/2/27/art_{COL}_{n}.html" for n in (1, 2)]


def test_a_foreign_or_non_http_base_is_ignored_and_a_same_site_one_honoured():
    page_url = BASE + COL_PATH
    for href, want in (("http://evil.example/", page_url), ("file:///etc/", page_url),
                       ("javascript:void(0)", page_url), ("//old.rt.gov.cn/", page_url),
                       ("http://rt.gov.cn/zwgk/", "http://rt.gov.cn/zwgk/"),          # www. aside
                       ("https://www.rt.gov.cn/zwgk/", "https://www.rt.gov.cn/zwgk/"), ("/zwgk/", f"{BASE}/zwgk/")):
        head = f"<base href='{href}'>"
        got = hanweb_classic.parse_column_page(classic_column(_RECS, total=2, head=head), page_url, COL)
        assert got.paging["link_base"] == want, href
        trs = trs_wcm.parse_list(f"<html><head>{head}</head><body><ul class='list'><li><a href='./t20240205_5.html' "
                                 "title='通知'>通知</a><span>2024-02-05</span></li></ul></body></html>", f"{BASE}/tzgg/")
        assert trs.items[0].url == join_url(want if want != page_url else f"{BASE}/tzgg/", "./t20240205_5.html"), href
        art_page = _article("关于印发管理办法的通知", "<p>现印发给你们。</p><p><a href='P1.pdf'>管理办法.pdf</a></p>", head=head)
        got_art = parse_article(art_page, f"{BASE}/tzgg/t1.html")
        assert got_art.attachments[0]["url"] == join_url(want if want != page_url else f"{BASE}/tzgg/t1.html",
                                                         "P1.pdf"), href


# -- #8 a classic record linking a column/专题 page is a record, not a notice -----------------------------------------

def test_a_classic_record_linking_a_column_page_counts_as_a_record_not_a_notice():
    recs = [record(art(1), "关于第1项工作的通知"), record("/col/col99/index.html", "2024年全国两会专题"),
            record(art(2), "关于第2项工作的通知")]
    answer = f"<datastore><totalrecord>3</totalrecord><recordset>{''.join(recs)}</recordset></datastore>"
    session = SiteSession(routes({COL_PATH: (HTML, classic_column(recs, total=3)),
                                  "/module/jpage/dataproxy.jsp": (XML, answer)}))
    listing = hanweb_classic.list_column(session, BASE, COL)
    assert [i.url for i in listing.items] == [BASE + art(1), BASE + art(2)]
    assert listing.complete, listing.incomplete_reason
    record_ = listing.to_record()
    assert record_["not_notices"] == 1 and record_["shortfall"] == 0
    assert len(listing.notes) == 1 and "/col/col99/index.html" in listing.notes[0] and "not a notice" in listing.notes[0]


# -- #9 a record with a policy and its [解读] lists both ---------------------------------------------------------------

def test_a_classic_record_with_a_policy_and_its_interpretation_lists_both():
    rec = (f'<record><![CDATA[<li><a href="{art(21)}" title="关于印发测试市促进消费若干措施的通知">关于印发…</a>'
           f'<a href="{art(22)}" class="jd">[解读]</a><span>2024-02-27</span></li>]]></record>')
    session = SiteSession(routes({COL_PATH: (HTML, classic_column([rec, record(art(3), "关于第3项工作的通知")], total=2)),
                                  "/module/jpage/dataproxy.jsp": (XML, "<datastore></datastore>")}))
    listing = hanweb_classic.list_column(session, BASE, COL)
    assert [(i.url, i.title, i.date) for i in listing.items] == [
        (BASE + art(21), "关于印发测试市促进消费若干措施的通知", "2024-02-27"),
        (BASE + art(22), "关于印发测试市促进消费若干措施的通知 [解读]", "2024-02-27"),
        (BASE + art(3), "关于第3项工作的通知", "2024-02-27")]
    # the site counts 2 records: the 解读 is no record of its own, so the count stays a total
    assert listing.announced == 2 and listing.records == 2 and listing.complete


def test_a_jpaas_record_with_its_interpretation_counts_once():
    lis = (f"<li><a title='关于印发若干措施的通知' href='/col/col{COL}/art/2026/art_{1:032x}.html'>关于印发若干措施的通知</a>"
           f"<a href='/col/col{COL}/art/2026/art_{2:032x}.html'>[解读]</a><span>2026-05-02</span></li>"
           f"<li><a title='通知3' href='/col/col{COL}/art/2026/art_{3:032x}.html'>通知3</a></li>")
    answer = json.dumps({"success": True, "data": {"html": f"<ul>{lis}</ul>", "total": 2}}, ensure_ascii=False)
    listing = hanweb_jpaas.list_column(SiteSession(routes({COL_PATH: (HTML, jpaas_shell()),
                                                            JPAAS_UNIT: (JSON, answer)})), BASE, COL)
    assert len(listing.items) == 3 and listing.announced == 2 and listing.complete


# -- #10 a column with no count: paging to a short or empty page reads it whole; classic and JPaaS agree ----------

def test_jpaas_without_a_count_ending_on_an_empty_page_is_complete():
    listing = hanweb_jpaas.list_column(SiteSession(jpaas_site(30, "none")), BASE, COL)
    assert len(listing.items) == 30 and listing.complete and "page 3 was empty" in listing.notes[0]


def test_classic_without_jpage_or_proxy_and_a_short_page_is_the_whole_column():
    page = classic_column([record(art(n), f"通知第{n}条") for n in range(1, 9)], jpage=None, nextgroup=False)
    listing = hanweb_classic.list_column(SiteSession(routes({COL_PATH: (HTML, page)})), BASE, COL)
    assert len(listing.items) == 8 and listing.complete and "read whole" in listing.notes[0]


def test_classic_without_a_count_pages_to_an_empty_or_short_answer_and_is_complete():
    for count in (45, 52):  # ends on an empty window / on a short window
        page = classic_column([record(art(n), f"通知第{n}条") for n in range(1, 16)], total=None)
        session = SiteSession(routes({COL_PATH: (HTML, page),
                                      "/module/jpage/dataproxy.jsp": dataproxy_handler(count, with_total=False)}))
        listing = hanweb_classic.list_column(session, BASE, COL)
        assert len(listing.items) == count and listing.complete, (count, listing.incomplete_reason)


def test_classic_without_a_count_and_a_proxy_ignoring_paging_is_not_complete():
    page = classic_column([record(art(n), f"通知第{n}条") for n in range(1, 16)], total=None)
    answer = f"<datastore><recordset>{''.join(record(art(n), f'通知第{n}条') for n in range(1, 46))}</recordset></datastore>"
    session = SiteSession(routes({COL_PATH: (HTML, page), "/module/jpage/dataproxy.jsp": (XML, answer)}))
    listing = hanweb_classic.list_column(session, BASE, COL)
    assert len(listing.items) == 45 and not listing.complete and "length is unknown" in listing.incomplete_reason


# -- #13 attachments: no data: payload, no javascript: link --------------------------------------------------------

def test_data_and_javascript_attachment_links_are_never_stored_as_urls():
    payload = "JVBERi0xLjQg" + "eHh4" * 20000
    body = ("<p>现将第一批名录予以公布。</p>"
            f"<p><a href='data:application/pdf;base64,{payload}' download='附件1.pdf'>附件1.pdf</a></p>"
            "<p><a href='javascript:void(0)' onclick='down(3)'>征求意见稿.pdf</a></p>"
            "<p><a href='/module/download/downfile.jsp?filename=b.pdf&v=2'>附件2.pdf</a></p>")
    got = parse_article(_article("关于公布第一批名录的通知", body), BASE + art(1))
    assert got.attachments == [
        {"name": "附件1.pdf", "inline": "application/pdf"},
        {"name": "附件2.pdf", "url": f"{BASE}/module/download/downfile.jsp?filename=b.pdf&v=2"}]
    assert "base64" not in json.dumps(got.attachments) and "javascript" not in json.dumps(got.attachments)
