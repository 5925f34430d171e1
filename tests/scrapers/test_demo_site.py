"""The demo site serves one column per CMS family on one port, each listing exactly what it announces."""
import json
import re
from urllib.parse import urljoin, urlsplit

import httpx
import pytest

from scrapers.demo_site import chrome
from scrapers.demo_site.columns import JPAAS_COLUMN, TRS_COLUMN, WEB_COLUMN, WEB_SIDEBAR_COLUMN
from scrapers.demo_site.server import COLUMN_NOTICES, COLUMN_PAGES, FAMILY_COLUMNS, DemoSite

RECORD = re.compile(r"<record><!\[CDATA\[(.*?)\]\]></record>", re.S)
HREF = re.compile(r"""href\s*=\s*(['"])(.*?)\1""")
CHROME_MUST_NOT_SAY = ("页面不存在", "页面未找到", "找不到", "404", "系统繁忙", "服务器繁忙", "项目", "亿元", "目标")


@pytest.fixture(scope="module")
def site():
    with DemoSite() as running:
        yield running


@pytest.fixture(scope="module")
def client(site):
    with httpx.Client(base_url=site.base_url, timeout=10) as c:
        yield c


def paths(site, hrefs, page_url):
    """Links as paths on the demo site (protocol-relative and ./relative hrefs resolved like a browser)."""
    out = []
    for href in hrefs:
        url = urljoin(site.base_url + page_url, href)
        assert url.startswith(site.base_url), href
        out.append(urlsplit(url).path)
    return out


def test_columns_are_announced_with_their_notice_counts(site):
    assert list(site.by_column) == FAMILY_COLUMNS["hanweb_classic"]  # the classic demo source, unchanged
    assert len(site.notices) == 72 and all(n.family == "hanweb_classic" for n in site.notices)
    new = [c for family, cols in FAMILY_COLUMNS.items() if family != "hanweb_classic" for c in cols]
    assert list(site.by_family_column) == new
    served = {c: len(n) for c, n in {**site.by_column, **site.by_family_column}.items()}
    assert served == COLUMN_NOTICES
    assert len(site.by_path) == len(site.notices) + len(site.family_notices)  # every path is its own notice


def test_web_path_column_page_has_a_sidebar_unit_before_its_own(site, client):
    page = client.get(f"/col/col{WEB_COLUMN}/index.html").text
    sidebar, own = re.findall(r'<div id="(\d+)"><script type="text/xml">(.*?)</script>', page, re.S)
    assert f"columnid:'{WEB_SIDEBAR_COLUMN}'" in page and f"columnid:'{WEB_COLUMN}'" in page
    assert len(RECORD.findall(sidebar[1])) == 5 and len(RECORD.findall(own[1])) == 20
    assert f"totalRecord:{COLUMN_NOTICES[WEB_COLUMN]}, perPage:20, groupSize:3" in page
    assert "proxyUrl:'/module/web/jpage/dataproxy.jsp'" in page
    record = RECORD.findall(own[1])[0]
    assert re.match(r"<a href='//127\.0\.0\.1:\d+/art/\d{4}/\d+/\d+/art_\d+_\d+\.html' title='[^']+'", record)
    assert "<span>" in record and "…</span><i>20" in record  # cut title, date in <i>


def test_web_path_dataproxy_honours_only_page_n(site, client):
    def post(query):
        text = client.post(f"/module/web/jpage/dataproxy.jsp?{query}", data={"columnid": WEB_COLUMN}).text
        assert f"<totalrecord>{COLUMN_NOTICES[WEB_COLUMN]}</totalrecord>" in text
        return paths(site, [HREF.search(r).group(2) for r in RECORD.findall(text)], "/module/web/jpage/")

    pages = [post(f"startrecord=1&endrecord=60&perpage=15&page={n}") for n in (1, 2, 3)]
    assert [len(p) for p in pages] == [20, 5, 0]
    assert pages[0] + pages[1] == [n.path for n in site.by_family_column[WEB_COLUMN]]
    assert post("startrecord=21&endrecord=40&perpage=20") == pages[0]  # no page=N: page 1, whatever the window


def jpaas_query(page: str) -> dict:
    data = re.search(r'queryData="([^"]+)"', page).group(1)
    return json.loads(data.replace("'", '"'))


def test_jpaas_shell_and_list_api(site, client):
    page = client.get(f"/col/col{JPAAS_COLUMN}/index.html").text
    assert "/art/" not in page and 'url="/api-gateway/jpaas-publish-server/front/page/build/unit"' in page
    query = jpaas_query(page)
    assert query["parseType"] == "bulidstatic" and query["pageId"] == JPAAS_COLUMN

    def get(**extra):
        answer = client.get("/api-gateway/jpaas-publish-server/front/page/build/unit", params={**query, **extra}).json()
        assert answer["success"] is True and answer["code"] == "200"
        html = answer["data"]["html"]
        return html, [h for _, h in HREF.findall(html)]

    seen = []
    for n in (1, 2):
        html, links = get(paramJson=json.dumps({"pageNo": n, "pageSize": "15"}))
        assert f'count="{COLUMN_NOTICES[JPAAS_COLUMN]}" rows="15" pageNo="{n}"' in html
        assert all(re.fullmatch(rf"/col/col{JPAAS_COLUMN}/art/\d{{4}}/art_[0-9a-f]{{32}}\.html", h) for h in links)
        seen += links
    assert seen == [n.path for n in site.by_family_column[JPAAS_COLUMN]]
    assert COLUMN_PAGES[JPAAS_COLUMN] == 2
    assert get(pageNo="2")[1] == seen[:15]  # a bare pageNo is ignored, as on the real platform


def test_trs_list_pages(site, client):
    seen, pages = [], COLUMN_PAGES[TRS_COLUMN]
    for index in range(pages):
        name = "index.html" if index == 0 else f"index_{index}.html"
        page = client.get(f"/{TRS_COLUMN}/{name}").text
        assert f'createPageHTML({pages}, {index}, "index", "html")' in page
        assert f"共{COLUMN_NOTICES[TRS_COLUMN]}条" in page
        links = [h for h in re.findall(r'<li><a href="(\./\d{6}/t\d{8}_\d+\.html)"', page)]
        seen += paths(site, links, f"/{TRS_COLUMN}/{name}")
    assert seen == [n.path for n in site.by_family_column[TRS_COLUMN]]
    assert client.get(f"/{TRS_COLUMN}/index_{pages}.html").status_code == 404


def test_every_article_is_full_size_and_revalidates(site, client):
    for notice in site.notices + site.family_notices:
        first = client.get(notice.path)
        assert first.status_code == 200 and len(first.content) >= 40_000, notice.path
        etag = first.headers["ETag"]
        assert client.get(notice.path).headers["ETag"] == etag
        assert client.get(notice.path, headers={"If-None-Match": etag}).status_code == 304


def test_articles_are_the_same_bytes_on_another_run(site, client):
    with DemoSite() as other, httpx.Client(base_url=other.base_url) as again:
        for notice in [ns[0] for ns in site.by_family_column.values()] + site.notices[:1]:
            assert again.get(notice.path).content == client.get(notice.path).content


def test_short_notices_are_served_as_notices(site, client):
    short = [n for n in site.family_notices if len(n.paragraphs) == 1 and n.attachments]
    assert len(short) >= 4 and {n.column_id for n in short} == set(site.by_family_column)
    for notice in short:
        page = client.get(notice.path).text
        assert notice.title in page and re.search(r"发布(时间|日期)：\d{4}-\d{2}-\d{2}", page)
        assert notice.paragraphs[0] in page
        assert re.search(r'href="[^"]+\.(pdf|doc)"', page), notice.path


@pytest.mark.parametrize("link", [chrome.hanweb_link, chrome.trs_link])
def test_chrome_is_large_and_says_nothing(link):
    text = chrome.head() + chrome.header(link) + chrome.sidebar(link) + chrome.footer(link) + chrome.share_bar()
    assert len(text.encode("utf-8")) >= 40_000
    assert [w for w in CHROME_MUST_NOT_SAY if w in text] == []
    for selector_class in ('class="zoom"', 'id="zoom"', "main-txt", "TRS_Editor", "article-content", 'class="content"'):
        assert selector_class not in text  # article parsers must find the text, not the menus
