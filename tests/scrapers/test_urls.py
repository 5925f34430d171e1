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
