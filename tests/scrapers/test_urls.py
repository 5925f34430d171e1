"""Notice identity: scheme, a host's www. alias and tracking query strings never make a second notice."""
from scrapers.urls import canonical_url

BASE, HOSTS = "https://www.lishui.gov.cn", ("www.lishui.gov.cn", "lishui.gov.cn")
ART = "/art/2024/2/27/art_1229430799_57400123.html"


def test_scheme_alias_and_tracking_queries_give_one_url():
    variants = [f"http://lishui.gov.cn{ART}", f"https://www.lishui.gov.cn{ART}?utm_source=wechat&spm=a.b",
                f"http://WWW.lishui.gov.cn{ART}#zoom", f"https://lishui.gov.cn{ART}?from=timeline&isappinstalled=0"]
    assert {canonical_url(u, BASE, HOSTS) for u in variants} == {BASE + ART}


def test_a_query_that_selects_a_page_is_kept_and_sorted():
    url = "http://www.lishui.gov.cn/module/xxgk/search.jsp?infotypeId=2&currpage=3&utm_medium=x"
    assert canonical_url(url, BASE, HOSTS) == BASE + "/module/xxgk/search.jsp?currpage=3&infotypeId=2"


def test_other_sites_keep_their_host_and_scheme():
    url = "http://fgw.lishui.gov.cn/art/2023/12/1/art_1229436587_5682518.html?spm=1"
    assert canonical_url(url, BASE, HOSTS) == "http://fgw.lishui.gov.cn/art/2023/12/1/art_1229436587_5682518.html"
    assert canonical_url("javascript:void(0)", BASE, HOSTS) == "javascript:void(0)"


def test_a_session_id_in_the_path_or_query_is_no_part_of_the_notice():
    base = "https://www.lishui.gov.cn"
    one = canonical_url("http://www.lishui.gov.cn/art/2024/2/27/art_1229_1.html;jsessionid=A1B2C3", base)
    two = canonical_url("https://lishui.gov.cn/art/2024/2/27/art_1229_1.html;JSESSIONID=ZZ9?jsessionid=77", base)
    assert one == two == "https://www.lishui.gov.cn/art/2024/2/27/art_1229_1.html"
    # a query that selects the page stays (id, page), and a key that merely contains "sid" is not a session
    assert canonical_url("https://www.lishui.gov.cn/show.jsp?id=5&sid=3", base) == \
        "https://www.lishui.gov.cn/show.jsp?id=5&sid=3"


def test_a_link_no_url_parser_reads_is_returned_as_written_not_raised():
    assert canonical_url(" http://[www.lishui.gov.cn/art/1.html ", "https://www.lishui.gov.cn") == \
        "http://[www.lishui.gov.cn/art/1.html"


def test_a_bare_sessionid_query_key_may_select_a_record_and_is_kept():
    url = "https://www.lishui.gov.cn/show.jsp?sessionid=42"
    assert canonical_url(url, "https://www.lishui.gov.cn") == url


def test_one_path_spelled_many_ways_is_one_notice():
    """review-redteam3 #9: a Chinese file name raw one night and percent-encoded the next (escapes in either case),
    ./.. segments, doubled slashes: one file on the server, one notice (before: a second page version, and the first
    URL marked no longer listed)."""
    raw = "https://www.lishui.gov.cn/xxgk/通知公告/2024/防汛通知.html"
    escaped = "/xxgk/%E9%80%9A%E7%9F%A5%E5%85%AC%E5%91%8A/2024/%E9%98%B2%E6%B1%9B%E9%80%9A%E7%9F%A5.html"
    variants = [raw, f"https://www.lishui.gov.cn{escaped}", f"http://lishui.gov.cn{escaped.lower()}",
                "https://www.lishui.gov.cn/xxgk/通知公告/2024/../2024/./防汛通知.html",
                "https://www.lishui.gov.cn/xxgk//通知公告/2024/防汛通知.html?nsukey=Zx9"]
    assert len({canonical_url(u, BASE, HOSTS) for u in variants}) == 1
    # a GBK escape (no UTF-8) stays as written, upper-cased; an escaped unreserved character is written plainly
    assert canonical_url(f"{BASE}/a/%cd%a8%41.html", BASE, HOSTS) == f"{BASE}/a/%CD%A8A.html"
    assert canonical_url(BASE + ART, BASE, HOSTS) == BASE + ART  # an ASCII path is kept as it is
