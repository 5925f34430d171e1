"""Sanity checks before parsing: challenges, error pages served as 200, content types, safe XML."""
import pytest

from scrapers.detect import (UnsafeXMLError, XMLParseError, challenge_reason, content_type_reason,
                             error_page_reason, parse_xml_safely, visible_text)

REAL_PAGE = "fixtures/pages/lishui-classic-article-2023-10-23.html"
ARTICLE = ("<html><head><title>关于下达2024年重大项目计划的通知</title><script src='/jquery.js'></script>"
           "<script>document.cookie='visited=1';</script></head><body><div class='zoom'>"
           + "各县（市、区）人民政府，市直各单位：现将2024年重大项目计划下达给你们，请认真贯彻执行。" * 8
           + "</div></body></html>")
JSL = "<script>document.cookie=('__jsl_clear'+'ance=1700000000.1|0|abc');location.href=location.pathname</script>"
OBFUSCATED = "<html><head><script>eval(function(p,a,c,k,e,d){return p}('x',1,1,'x'.split('|'),0,{}))</script></head><body></body></html>"


# -- challenges ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("status", [412, 521, 202])
def test_challenge_statuses_with_a_script_only_page(status):
    assert "challenge" in challenge_reason(status, {}, JSL)


def test_jsl_clearance_in_a_cookie_header_or_in_the_page():
    assert "__jsl_clearance" in challenge_reason(200, {"set-cookie": "__jsl_clearance=1|0|x; Path=/"}, ARTICLE)
    assert "__jsl_clearance" in challenge_reason(200, {}, "<script>var c='__jsl_clearance=';</script>")


def test_x_via_jsl_with_a_script_only_page():
    reason = challenge_reason(200, {"X-Via-JSL": "8b7a3c0,-"}, "<html><script src='/a.js'></script></html>")
    assert "X-Via-JSL" in reason


def test_script_only_200_page_that_evals_is_a_challenge():
    assert "eval(" in challenge_reason(200, {}, OBFUSCATED)


@pytest.mark.parametrize("status, headers, text", [
    (200, {}, ARTICLE),                               # scripts with document.cookie, but real text
    (200, {"X-Via-JSL": "8b7a3c0,-"}, ARTICLE),       # a page served through 加速乐 that passed
    (412, {}, "<html><body><h1>Precondition Failed</h1></body></html>"),
    (200, {}, "<html><body>short but not a script</body></html>"),
    (200, {}, None),
])
def test_ordinary_pages_are_not_challenges(status, headers, text):
    assert challenge_reason(status, headers, text) is None


def test_the_real_lishui_article_is_neither_a_challenge_nor_an_error_page(shared_dir):
    html = (shared_dir / REAL_PAGE).read_bytes().decode("utf-8")
    assert challenge_reason(200, {"content-type": "text/html"}, html) is None
    assert error_page_reason(html) is None
    assert "丽水市人民政府关于下达2023年" in visible_text(html)


# -- error pages ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, marker", [
    ("<html><title>页面不存在</title><body>" + "导航 " * 2000 + "</body></html>", "页面不存在"),
    ("<html><body><p>对不起，您访问的页面不存在！</p></body></html>", "您访问的页面不存在"),
    ("<html><body><h1>404 Not Found</h1></body></html>", "404 Not Found"),
    ("<html><body>系统繁忙，请稍后再试</body></html>", "系统繁忙"),
])
def test_error_markers(text, marker):
    assert marker in error_page_reason(text)


def test_a_long_article_that_quotes_a_marker_in_its_body_is_fine():
    long_article = ARTICLE.replace("</div>", "市民反映12345热线系统繁忙的问题已解决。" + "正文" * 2000 + "</div>")
    assert error_page_reason(long_article) is None


def test_near_empty_article_pages_but_not_list_answers():
    empty = "<html><head><title>通知</title><script>var a=1;</script></head><body>  </body></html>"
    assert "near-empty" in error_page_reason(empty, expect="html", kind="article", min_body_chars=200)
    assert error_page_reason(empty, expect="html", kind="column", min_body_chars=200) is None
    assert error_page_reason("<datastore/>", expect="xml", kind="list") is None


def test_visible_text_drops_scripts_styles_comments_and_tags():
    markup = "<style>p{}</style><!-- x --><script>var a='<p>';</script><p>通知&nbsp;正文</p>"
    assert visible_text(markup) == "通知 正文"


# -- content types ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("content_type, expect", [
    ("text/html; charset=utf-8", "html"), (None, "html"), ("text/plain", "html"),
    ("text/html;charset=UTF-8", "xml"), ("text/xml", "xml"), ("application/rss+xml", "xml"),
    ("application/json", "json"), ("text/html", "json"), ("application/octet-stream", "any"),
])
def test_accepted_content_types(content_type, expect):
    assert content_type_reason(content_type, expect, b"<html>") is None


@pytest.mark.parametrize("content_type, expect, head", [
    ("application/pdf", "html", b""), ("image/png", "html", b""),
    ("application/octet-stream", "xml", b""), ("application/json", "html", b"{"),
    ("text/html", "html", b"%PDF-1.5"), (None, "xml", b"PK\x03\x04"),
])
def test_refused_content_types(content_type, expect, head):
    assert "expected" in content_type_reason(content_type, expect, head)


def test_unknown_expect_is_a_programming_error():
    with pytest.raises(ValueError, match="expect"):
        content_type_reason("text/html", "pdf")


# -- XML ------------------------------------------------------------------------------------------------

def test_dataproxy_answer_parses_with_cdata_and_a_declaration():
    xml = ('\ufeff\n  <?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>6163</totalrecord>'
           '<recordset><record><![CDATA[<li><a href="/art/2024/2/27/art_1_2.html">通知</a></li>]]></record>'
           '</recordset></datastore>')
    root = parse_xml_safely(xml)
    assert root.findtext("totalrecord") == "6163"
    assert root.find("recordset/record").text.startswith("<li><a href=")


@pytest.mark.parametrize("xml", [
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>',
    '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>&xxe;</a>',
])
def test_entity_tricks_are_refused(xml):
    with pytest.raises(UnsafeXMLError):
        parse_xml_safely(xml)


def test_malformed_xml_is_a_parse_error():
    with pytest.raises(XMLParseError, match="malformed"):
        parse_xml_safely("<datastore><record></datastore>")


# a host firewall's page served with 200, and near misses that must stay notices (written for these tests)
_WAF = ("<html><head><title>网站防火墙</title></head><body><h1>网站防火墙</h1><p>您的请求带有不合法参数，已被网站管理员设置拦截！"
        "</p><p>拦截时间：2024-02-27 10:02:11</p></body></html>")
_ARTICLE_META = ("<meta name='ArticleTitle' content='{t}'><meta name='PubDate' content='2024-02-27 09:30'>")


def _article(title: str, body: str) -> str:
    return (f"<html><head><title>{title}</title>{_ARTICLE_META.format(t=title)}</head><body><h1>{title}</h1>"
            f"<div class='zoom'>{body}</div></body></html>")


def test_a_firewall_block_page_served_with_200_is_a_challenge():
    assert "firewall" in challenge_reason(200, {}, _WAF)


def test_a_notice_about_firewalls_is_no_block_page():
    notice = _article("关于采购网站防火墙设备的公告", "<p>本项目采购网站防火墙一套，用于拦截恶意访问，预算20万元。</p>")
    assert challenge_reason(200, {}, notice) is None and error_page_reason(notice) is None
    # a notice built as an article that quotes the firewall's own words is still a notice
    quoting = _article("关于网站安全检查情况的通报", "<p>检查中部分用户反映访问时提示“已被网站管理员设置拦截”，已整改。</p>")
    assert challenge_reason(200, {}, quoting) is None


@pytest.mark.parametrize("body", ["<p>抽查发现，个别网站存在部分链接页面不存在等问题。</p>",
                                  "<p>经核查，相关错误内容已删除。</p>", "<p>期间如遇系统繁忙请稍后再试。</p>"])
def test_a_short_page_built_as_an_article_is_a_notice_whatever_error_phrase_it_quotes(body):
    assert error_page_reason(_article("关于有关情况的说明", body)) is None


def test_the_sites_404_template_with_the_days_date_in_its_header_is_still_an_error_page():
    page = ("<html><head><title>页面不存在 - 某市人民政府</title></head><body><div class='top'>2024年2月27日 星期二</div>"
            "<h2>抱歉，您访问的页面不存在！</h2></body></html>")
    assert "页面不存在" in error_page_reason(page)
    # built as an article but headed by the error itself: still an error page
    assert error_page_reason(_article("页面不存在", "<p>请返回首页。</p>"))


def test_a_deleted_article_the_template_still_renders_is_an_error_page():
    """The CMS keeps ArticleTitle/PubDate (or an empty label table) for a deleted article: its text is the error."""
    assert "该信息已删除" in error_page_reason(_article("关于某事项的通知", "<p>对不起，该信息已删除或不存在！</p>"))


def test_firewall_words_quoted_in_a_notices_text_leave_it_a_notice_but_a_refusal_page_is_a_block():
    quoting = ("<html><head><title>关于近期网络安全风险的提示</title></head><body><div class='title'>关于近期网络安全风险的提示"
               "</div><p>发布日期：2024-02-27</p><div class='TRS_Editor'><p>部分单位网站遭受疑似黑客攻击，访问时提示"
               "“您的请求疑似攻击行为”，请及时自查。</p></div></body></html>")
    assert challenge_reason(200, {}, quoting) is None
    unknown = ("<html><head><title>访问被拒绝</title></head><body><h1>访问被拒绝</h1><p>您的请求已被安全策略阻止。</p>"
               "<p>事件ID：8f2a11c0  时间：2024-02-27 10:02:11</p></body></html>")
    assert "访问被拒绝" in challenge_reason(200, {}, unknown)
