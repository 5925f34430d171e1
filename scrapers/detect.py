"""Sanity checks on a response before anything parses it (design/gov-sites.md section 4).

Pure functions of status, headers and text. Each returns None when the response looks fine,
or a short reason that ends up in FetchResult.error: a challenge page or a "页面不存在" page
served with status 200 must never be stored as a notice.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping

import defusedxml
import defusedxml.ElementTree as defused_et

EXPECTS = ("html", "xml", "json", "any")  # "any": any text, e.g. robots.txt
CHALLENGE_STATUSES = frozenset({202, 412, 521})  # 瑞数 answers 412 / 202, 加速乐 521
# A challenge page is a script and next to no visible text.
MAX_CHALLENGE_TEXT_CHARS = 80
MAX_CHALLENGE_BYTES = 300_000
# Scripts that compute a cookie or unpack code: what 加速乐 and 瑞数 pages do.
_CHALLENGE_SCRIPT_MARKERS = ("document.cookie", "eval(", "$_ts")
ERROR_MARKERS = ("您访问的页面不存在", "页面不存在", "页面未找到", "找不到页面", "页面找不到",
                 "404 Not Found", "404 - 找不到文件或目录", "系统繁忙", "服务器繁忙",
                 "该信息已删除", "信息已被删除", "文章已删除", "内容已删除", "该文章不存在", "信息不存在或已删除",
                 "栏目不存在", "该页面已删除")
# The error's own phrasing: no notice says these of itself
ERROR_SPEECH = ("您访问的页面不存在", "该信息已删除", "信息已被删除", "该文章不存在", "信息不存在或已删除", "该页面已删除",
                "栏目不存在", "404 Not Found", "404 - 找不到文件或目录", "信息已删除或不存在", "该信息不存在", "信息已撤销",
                "该信息已撤销", "文章不存在或已删除", "页面已被删除")
# Error pages often wear the full site template; markers count anywhere only on short pages,
# and in <title>/<h1..3> on any page. A page built as an article (the CMS's ArticleTitle and PubDate meta tags, or an
# open-government label table) is a notice whatever its text says (政府网站抽查通报: …部分链接页面不存在…; 核查说明:
# 相关错误内容已删除; 12345 notice: 如遇系统繁忙…): on it a marker counts only as a short heading, the error's own words
# (页面不存在 - 丽水市人民政府), never inside a notice's title or body.
SHORT_PAGE_CHARS = 3000
MAX_ERROR_HEADING_CHARS = 24
# Host firewalls (安全狗, 云锁, 宝塔 and the like) answer a request they refuse with HTTP 200 and a page of their own:
# it has a title and a date (拦截时间), so it passes for an article unless its wording is known. Specific phrases only:
# a notice about buying a firewall names none of them.
WAF_MARKERS = ("已被网站管理员设置拦截", "您的请求带有不合法参数", "您的访问请求可能对网站造成安全威胁", "网站防火墙拦截",
               "已被网站防火墙", "本页面为网站安全防护系统自动生成", "云锁拦截", "您的访问被阻断",
               "由于您访问的URL有可能对网站造成安全威胁", "您的请求疑似攻击行为")
# the shape of a block page whatever its words: a title or heading that is only a refusal, and the firewall's own
# bookkeeping on a short page (an event id, the time or address it blocked)
_REFUSAL_HEADING = re.compile(r"^(?:网站防火墙|访问被拒绝|访问拒绝|拒绝访问|禁止访问|访问受限|访问被拦截|请求被拦截|"
                              r"Access Denied|403 Forbidden|安全拦截|安全提示)[!！。.]?$", re.I)
_WAF_BOOKKEEPING = re.compile(r"(?:拦截时间|拦截地址|事件ID|Event ID|请求ID|Request ID|您的IP|访问IP)\s*[:：]", re.I)
_BINARY_MAGIC = ((b"%PDF-", "a PDF"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
                 (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP/Office file"),
                 (b"\xd0\xcf\x11\xe0", "an old Office file"))

_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)(?:</script\s*>|$)", re.I | re.S)
_INVISIBLE = re.compile(r"<(style|noscript|template)\b.*?(?:</\1\s*>|$)|<!--.*?(?:-->|$)", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_HEADINGS = re.compile(r"<(title|h[1-3])\b[^>]*>(.*?)</\1\s*>", re.I | re.S)


class XMLParseError(ValueError):
    """A list answer that is not well-formed XML."""


class UnsafeXMLError(XMLParseError):
    """XML with a DTD, entity declarations or external references: refused, never expanded."""


def challenge_reason(status_code: int, headers: Mapping[str, str], text: str | None) -> str | None:
    """Why this response is an anti-bot challenge (瑞数 / 加速乐), or None."""
    lowered = {key.lower(): value for key, value in headers.items()}
    if "__jsl_clearance" in lowered.get("set-cookie", ""):
        return "加速乐 challenge: response sets the __jsl_clearance cookie"
    text = text or ""
    if "__jsl_clearance" in text:
        return "加速乐 challenge: page script computes the __jsl_clearance cookie"
    script_only = _is_script_only(text)
    if "x-via-jsl" in lowered and (status_code in CHALLENGE_STATUSES or script_only):
        return f"加速乐 challenge: X-Via-JSL header on HTTP {status_code} with a script-only page"
    if status_code in CHALLENGE_STATUSES and script_only:
        return f"anti-bot challenge: HTTP {status_code} with a script-only page ({len(text)} chars)"
    waf = _waf_marker(text)
    if waf:
        return f"firewall block page (HTTP {status_code}): contains {waf!r}"
    if script_only:
        scripts = " ".join(_SCRIPT.findall(text))
        marker = next((m for m in _CHALLENGE_SCRIPT_MARKERS if m in scripts), None)
        if marker:
            return f"JS challenge: script-only page using {marker} (HTTP {status_code})"
    return None


def error_page_reason(text: str, *, expect: str = "html", kind: str = "article",
                      min_body_chars: int = 200) -> str | None:
    """Why this 2xx answer is really an error page ("页面不存在", "系统繁忙", empty), or None.

    Error pages are recognised by what they are (their signatures), never by length alone: a page with
    article structure (a title and a date, or an open-government label table) is a notice however short."""
    visible = visible_text(text) if expect == "html" else _SPACE.sub(" ", text).strip()
    heading_texts = [visible_text(inner) for _, inner in _HEADINGS.findall(text)]
    if expect == "html" and built_as_article(text, visible):
        # a template keeps its meta tags and label table for a deleted article: the error's own phrasing (该信息已删除,
        # 您访问的页面不存在 …) still counts in a short page's text; the words a notice may say (页面不存在, 系统繁忙,
        # 内容已删除) count only as a short heading
        strong = next((m for m in ERROR_SPEECH if m in visible), None) if len(visible) < SHORT_PAGE_CHARS else None
        if strong:
            return f"error page served as success: contains {strong!r}"
        searched = " ".join(h for h in heading_texts if len(h) <= MAX_ERROR_HEADING_CHARS)
    else:
        searched = visible if len(visible) < SHORT_PAGE_CHARS else " ".join(heading_texts)
    marker = next((m for m in ERROR_MARKERS if m in searched), None)
    if marker:
        return f"error page served as success: contains {marker!r}"
    if expect == "html" and kind == "article" and len(visible) < min_body_chars \
            and not has_article_structure(text, visible):
        return (f"near-empty page with no article structure (no title with a date or label table): "
                f"{len(visible)} characters of text")
    return None


_META_TITLE = re.compile(r"<meta[^>]+name\s*=\s*['\"]?(?:ArticleTitle|title)['\"]?[^>]*content\s*=\s*['\"]\s*[^'\"\s]", re.I)
_META_DATE = re.compile(r"<meta[^>]+name\s*=\s*['\"]?(?:PubDate|publishdate|firstpublishedtime)['\"]?[^>]*content\s*=\s*['\"]?\s*\d{4}",
                        re.I)
_VISIBLE_DATE = re.compile(r"(19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_LABELS = ("索引号", "发布机构", "成文日期", "生成日期", "文号", "发文机关", "发文字号", "文件编号")


def has_article_structure(markup: str, visible: str | None = None) -> bool:
    """A title and a date (in meta tags or the visible text), or an open-government label table."""
    visible = visible_text(markup) if visible is None else visible
    if sum(label in visible for label in _LABELS) >= 2:
        return True
    titled = bool(_META_TITLE.search(markup)) or any(
        visible_text(inner).strip() for tag, inner in _HEADINGS.findall(markup) if tag.lower() != "title") \
        or bool(re.search(r"<title\b[^>]*>\s*[^<\s][^<]{3,}</title", markup, re.I))
    dated = bool(_META_DATE.search(markup)) or bool(_VISIBLE_DATE.search(visible))
    return titled and dated


def built_as_article(markup: str, visible: str | None = None) -> bool:
    """The CMS built this page for an article: its ArticleTitle and PubDate meta tags, or an open-government label
    table. (A title and a date alone are not enough here: a site's 404 template shows the day's date in its header.)"""
    visible = visible_text(markup) if visible is None else visible
    return (bool(_META_TITLE.search(markup)) and bool(_META_DATE.search(markup))) \
        or sum(label in visible for label in _LABELS) >= 2


def _waf_marker(text: str) -> str | None:
    """The firewall's own page: a short page, not built by the CMS as an article, with the firewall's wording in its
    title or headings, or a refusal for its heading and the firewall's bookkeeping (拦截时间, 事件ID …) in its text.
    A notice that quotes such words in its text is a notice."""
    if not text or len(text) > MAX_CHALLENGE_BYTES:
        return None
    headings = [visible_text(inner) for _, inner in _HEADINGS.findall(text)]
    worded = next((m for m in WAF_MARKERS for h in headings if m in h), None)
    refusal = next((h for h in headings if _REFUSAL_HEADING.match(h.strip())), None)
    if worded is None and refusal is None:
        return None
    visible = visible_text(text)
    if len(visible) >= SHORT_PAGE_CHARS or built_as_article(text, visible):
        return None
    if worded:
        return worded
    booked = _WAF_BOOKKEEPING.search(visible) or next((m for m in WAF_MARKERS if m in visible), None)
    return refusal if booked else None


# A page that only sends the reader on (a Hanweb 外链 article, a moved notice): <meta http-equiv="refresh"
# content="0;url=…"> or a script that sets location. Followed as a redirect when the page has nothing of its own.
MAX_REFRESH_DELAY_S = 5
_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_HTTP_EQUIV_REFRESH = re.compile(r"http-equiv\s*=\s*['\"]?\s*refresh\b", re.I)
_CONTENT_ATTR = re.compile(r"\bcontent\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)
_REFRESH_VALUE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[;,]?\s*(?:url\s*=\s*)?['\"]?\s*([^'\"\s][^'\"]*?)\s*['\"]?\s*$",
                            re.I)
_SCRIPT_LOCATION = re.compile(r"\blocation(?:\.href)?\s*=\s*['\"]([^'\"]+)['\"]"
                              r"|\blocation\.(?:replace|assign)\(\s*['\"]([^'\"]+)['\"]")
MAX_SOFT_REDIRECT_TEXT_CHARS = 500
_IFRAME_SRC = re.compile(r"<iframe\b[^>]*?\bsrc\s*=\s*['\"]?([^'\"\s>]+)", re.I)
_FILE_LIKE = re.compile(r"\.(?:pdf|docx?|xlsx?|ofd|jpe?g|png|gif|mp4|flv|swf)\b", re.I)  # a file in a frame: media


def soft_redirect(text: str) -> tuple[str, str] | None:
    """(target, how) when this HTML page only sends the reader to another page, else None: a meta refresh within
    MAX_REFRESH_DELAY_S, a script setting location, or one frame (not of a file) holding the page's text, on a short
    page not built as an article (an article that reloads itself every few minutes, or sends phones to a mobile page,
    is an article)."""
    if not text or len(text) > MAX_CHALLENGE_BYTES:
        return None
    target = how = None
    for tag in _META_TAG.findall(text[:20_000]):
        if _HTTP_EQUIV_REFRESH.search(tag) and (content := _CONTENT_ATTR.search(tag)):
            value = _REFRESH_VALUE.match(next(g for g in content.groups() if g is not None))
            if value and float(value.group(1)) <= MAX_REFRESH_DELAY_S:
                target, how = value.group(2), "meta refresh"
                break
    if target is None:
        scripts = " ".join(_SCRIPT.findall(text))
        if (m := _SCRIPT_LOCATION.search(scripts)) is not None:
            target, how = m.group(1) or m.group(2), "script location"
    if target is None and len(frames := _IFRAME_SRC.findall(_INVISIBLE.sub(" ", text))) == 1 \
            and not _FILE_LIKE.search(frames[0]):
        target, how = frames[0], "the page's only frame"  # a framed article on a page of its own
    if target is None or target.lower().startswith(("javascript:", "#", "about:", "data:")):
        return None
    visible = visible_text(text)
    limit = SHORT_PAGE_CHARS if how == "meta refresh" else MAX_SOFT_REDIRECT_TEXT_CHARS
    if len(visible) >= limit or built_as_article(text, visible):
        return None
    return html.unescape(target.strip()), how


def content_type_reason(content_type: str | None, expect: str, head: bytes = b"") -> str | None:
    """Why a response with this Content-Type (and first bytes) is not the expected kind, or None."""
    if expect not in EXPECTS:
        raise ValueError(f"expect must be one of {EXPECTS}, got {expect!r}")
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            return f"expected {expect}, got {what} (Content-Type {content_type!r})"
    media = (content_type or "").split(";")[0].strip().lower()
    if not media or expect == "any":
        return None  # the bytes decide, and they did not look binary
    if expect == "html":
        accepted = media in ("text/html", "application/xhtml+xml", "text/plain")
    else:  # list answers: JSP servers label XML and JSON as text/html all the time
        accepted = _is_textual(media)
    return None if accepted else f"expected {expect}, got Content-Type {media!r}"


def visible_text(markup: str) -> str:
    """Text a reader would see: no scripts, styles, comments or tags; whitespace collapsed."""
    without_code = _INVISIBLE.sub(" ", _SCRIPT.sub(" ", markup))
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", without_code))).strip()


def parse_xml_safely(text: str) -> ET.Element:
    """Parse an XML list answer without DTDs or entity expansion."""
    try:
        return defused_et.fromstring(text.lstrip("\ufeff \t\r\n"), forbid_dtd=True)
    except defusedxml.DefusedXmlException as exc:
        raise UnsafeXMLError(f"refused unsafe XML ({type(exc).__name__}): {exc}") from exc
    except ET.ParseError as exc:
        raise XMLParseError(f"malformed XML: {exc}") from exc


def _is_script_only(text: str) -> bool:
    if not text or len(text) > MAX_CHALLENGE_BYTES or "<script" not in text.lower():
        return False
    return len(visible_text(text)) <= MAX_CHALLENGE_TEXT_CHARS


def _is_textual(media: str) -> bool:
    if media.startswith("text/"):
        return True
    return media in ("application/xml", "application/json", "application/javascript",
                     "application/x-javascript", "application/xhtml+xml") \
        or media.endswith(("+xml", "+json"))
