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
