"""Parse a government article page (Hanweb classic, JPaaS, TRS WCM / gov.cn and unknown templates) into an Article.

Each field comes from the first rule that finds it, and Article.found_by names the rule: meta tags, then labels
(label cells or "标签：值" lines), then template selectors, then the URL; the body from a ranked list of known
containers, else the block holding the most prose (design/gov-sites.md section 2). The page is read through
scrapers.page_tree: lxml's tree, read exactly as BeautifulSoup(html, "lxml") reads it, at a fraction of the cost.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from html import unescape
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree

from scrapers.page_tree import Element, PageTree, classes

# Synonymous metadata labels on different templates → one field name. Labels are compared without spaces and
# colons, so "索 引 号：", "<b>索引号：</b>" and "索引号" are one label.
LABELS = {
    "索引号": "index_no", "信息索引号": "index_no", "统一编号": "unified_no",
    "文号": "doc_no", "文件编号": "doc_no", "发文字号": "doc_no",
    "组配分类": "category", "主题分类": "category", "分类": "category",
    "发布机构": "publisher", "发文机关": "publisher", "发布机关": "publisher", "发布单位": "publisher",
    "成文日期": "written_date", "生成日期": "written_date", "成文时间": "written_date", "发文日期": "written_date",
    "公开方式": "disclosure", "有效性": "validity",
    "标题": "title", "信息来源": "source", "文章来源": "source", "来源": "source",
    "发布时间": "published", "发布日期": "published", "公开日期": "published",
}
PUBLISHED_LABELS = ("发布时间", "发布日期", "公开日期", "成文日期", "生成日期", "发文日期")  # a written date: last resort
META_NAMES = {name.lower(): name for name in ("ArticleTitle", "PubDate", "firstpublishedtime", "ContentSource",
                                              "ColumnName", "SiteName")}
TITLE_SELECTORS = ("div.xl_title", "p.con-title", ".article-title", "h1#ti")
# Where the body lives, most specific first; the block with the most prose is the last resort.
BODY_SELECTORS = [
    "div.zoom", "div#zoom", "div.main-txt", "td.bt_content", "div.article-content", "#UCAP-CONTENT",
    "div.TRS_Editor", "div.TRS_UEDITOR", "div.content", "div.article",
]
LAYOUT_SELECTORS = {"div.content", "div.article"}  # also page-layout wrappers: a body only when holding no title
BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "ul", "ol", "blockquote"}
# A block listing a notice's files beside its body: div.xgfj "相关附件", div.fjdown, ul.fujian, #attachList …
_ATTACHMENT_BLOCK = re.compile(r"^(?:xg)?(?:fj|fujian)|fujian|attach|appendix|annex", re.I)
# A link inside script text: TRS pages write their 附件 with document.write from a JS string of <a href=…> links.
_SCRIPT_LINK = re.compile(r"""<a\b[^<>]*?\bhref\s*=\s*\\?(["'])(.*?)\\?\1[^<>]*>(.*?)</a\s*>""", re.I | re.S)
_TAG = re.compile(r"<[^<>]*>")
ATTACHMENT_EXT = re.compile(r"\.(pdf|docx?|xlsx?|wps|et|zip|rar|7z|ofd|txt|pptx?)(\b|$)", re.I)
_DATETIME = re.compile(r"(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?(?:[\sT-]+(\d{1,2}):(\d{2}))?")
_URL_DATES = ((re.compile(r"/art/(\d{4})/(\d{1,2})/(\d{1,2})/"), "url:/art/YYYY/M/D/"),
              (re.compile(r"/t(\d{4})(\d{2})(\d{2})_\d+"), "url:tYYYYMMDD"),
              (re.compile(r"/(\d{4})-(\d{2})/(\d{2})/content_"), "url:/YYYY-MM/DD/"))
_SPACE = "[\\s\u3000]*"
_LABEL_ALT = "|".join(_SPACE.join(map(re.escape, label)) for label in sorted(LABELS, key=len, reverse=True))
_LABEL_HINT = re.compile(_LABEL_ALT)
# "发布时间：2024-02-27 09:30 浏览次数： 信息来源：市府办": a value runs to the next "label：" or "【".
_LABEL_LINE = re.compile(rf"(?<![^\s|｜【\[（(])({_LABEL_ALT}){_SPACE}[：:]{_SPACE}(.*?)"
                         rf"(?=\s+(?:{_LABEL_ALT}|[^\s\d][^\s：:]{{0,7}}){_SPACE}[：:]|{_SPACE}【|$)")
_NOT_IN_LABEL = re.compile(r"[\s\u3000:：]")
# A value cell that only says "none": "—  —", "-", "/", "无" (Wuxi's empty 文件编号 prints "—&nbsp;&nbsp;—").
_PLACEHOLDER = re.compile(r"[\s\-—–－/／\\]*|[\s\-—–－]*无[\s\-—–－]*")
_INLINE_TAGS = {"span", "b", "strong", "font", "em", "i", "label", "a", "small", "u"}
# Main-text heuristic: prose (with Chinese punctuation) outweighs chrome; links, forms and chrome blocks count nil.
_TEXT_BLOCKS = {"div", "td", "article", "section", "main", "body"}
_NOT_TEXT = {"a", "script", "style", "noscript", "template", "option", "select", "button", "textarea", "title", "head"}
_CHROME = re.compile(r"foot|header|nav|menu|banner|logo|crumb|location|position|weizhi|sidebar|share|copyright|link",
                     re.I)
_PROSE = re.compile(r"[，。；！？、]")
MEDIA_TAGS = ("img", "embed", "iframe", "object", "video", "audio", "source")
# Left out of the body text with their content: scripts, and the fallback text of players and frames ("您的浏览器不支持
# video 标签", "请安装Flash播放器"), which is no part of the notice.
_NOT_SHOWN = ("script", "style", "noscript", "template", "video", "audio", "object", "iframe", "canvas")
# A page break the CMS's script turns into a pager (gov.cn/Ucap "#PAGE_BREAK#" between the pages of one article).
_PAGE_BREAK = re.compile(r"#PAGE_BREAK#", re.I)
MEDIA_ONLY = " (media only)"
_FILLER = re.compile(r"[\d\s\-/.:：年月日()（）\[\]【】|>]*")


class ArticleParseError(ValueError):
    """A page that should be an article has no body or title."""


@dataclass
class Article:
    url: str
    title: str | None
    published: str | None          # YYYY-MM-DD
    published_at: str | None       # YYYY-MM-DD HH:MM when the page gives a time
    index_no: str | None = None
    doc_no: str | None = None
    category: str | None = None
    publisher: str | None = None
    written_date: str | None = None
    disclosure: str | None = None
    source: str | None = None
    column: str | None = None
    site: str | None = None
    body: str = ""
    attachments: list[dict] = field(default_factory=list)
    found_by: dict[str, str] = field(default_factory=dict)  # field → rule: "meta:PubDate", "label:发布时间", "density"

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("published_at")
        return data


def parse_article(html: str, url: str) -> Article:
    page = PageTree(html)
    meta, labels = _meta_tags(page), _labels(page)
    body_node, body_rule = _find_body(page)
    if body_node is None:
        raise ArticleParseError(f"{url}: no article body found")
    found: dict[str, str] = {}

    def first(name: str, candidates) -> str | None:
        """The first (rule, value) with a value; found_by records the rule. Candidates are (rule, value) pairs or
        (rule, function) pairs, called only when every earlier rule came up empty."""
        for rule, value in candidates:
            if callable(value):
                value = value()
            if value:
                found[name] = rule
                return value
        return None

    def from_meta(name: str, convert=lambda v: v):
        return (f"meta:{META_NAMES[name]}", convert(meta.get(name)))

    def from_labels(key: str, convert=lambda v: v):
        return [(f"label:{label}", convert(labels.get(label))) for label, k in LABELS.items() if k == key]

    def selected(css: str):
        return lambda: page.text_of(page.select_first(css))

    def longest_h1() -> str:  # not the site's name in a logo or header <h1> (nor longer than the title)
        return max((page.text_of(h) for h in page.find_all("//h1") if not _in_chrome(h)), key=len, default="")

    title = first("title", [from_meta("articletitle"), *from_labels("title"),
                            *((f"selector:{css}", selected(css)) for css in TITLE_SELECTORS),
                            ("selector:h1", longest_h1), ("selector:title", lambda: _title_tag(page))])
    title = without_invisible(title)
    published_at = first("published", [
        from_meta("pubdate", _published), from_meta("firstpublishedtime", _published),
        *((f"label:{label}", _datetime(labels.get(label))) for label in PUBLISHED_LABELS),
        *((rule, _url_date(pattern, url)) for pattern, rule in _URL_DATES)])
    fields = {key: first(key, from_labels(key))
              for key in ("index_no", "doc_no", "category", "publisher", "disclosure")}
    written = first("written_date", from_labels("written_date", _datetime))
    source = first("source", [from_meta("contentsource"), *from_labels("source")])
    column = first("column", [from_meta("columnname")])
    site = first("site", [from_meta("sitename")])
    found["body"] = body_rule
    base = _document_base(page, url)
    media_only = body_rule.endswith(MEDIA_ONLY)
    skipped: list[str] = []
    attachments = _attachments(page, [body_node, *_attachment_blocks(page, body_node)], base, skipped)
    attachments += _media(body_node, base) if media_only else []
    if skipped:  # left out, the notice kept; the landing record says so
        found["attachments_skipped"] = f"{len(skipped)} malformed link(s): " + ", ".join(map(repr, skipped[:3]))
    return Article(
        url=url,  # the URL we fetched; the canonical meta often differs only in scheme or host alias
        title=title, published=published_at[:10] if published_at else None, published_at=published_at,
        written_date=written[:10] if written else None, source=source, column=column, site=site, **fields,
        body=_media_text(body_node) if media_only else block_text(body_node),
        attachments=attachments, found_by=found,
    )


def _meta_tags(page: PageTree) -> dict[str, str]:
    out: dict[str, str] = {}
    for tag in page.find_all("//meta"):
        name = tag.get("name")
        if name and tag.get("content") is not None:
            out.setdefault(name.strip().lower(), " ".join(tag.get("content").split()))
    return out


def _label_of(text: str) -> str:
    return _NOT_IN_LABEL.sub("", text)


def _labels(page: PageTree) -> dict[str, str]:
    """Label → value, the first non-empty one on the page: label cells (<td><b>索引号：</b></td><td>value</td>,
    dt/dd) and "label：value" lines (spans under the title, one-cell labels)."""
    out: dict[str, str] = {}
    found: dict[object, list[tuple[str, str]]] = {}
    for cell in page.find_all("//td|//th|//dt"):
        # _label_of(text) needs no word splitting: spaces go anyway (most cells are no label: a cheap test first)
        if (label := _label_of(page.joined_text(cell))) in LABELS and not page.text_longer_than(cell, 16):
            value = page.text_of(next((s for s in cell.itersiblings() if s.tag in ("td", "th", "dd")), None))
            found.setdefault(next(cell.iterancestors("table", "dl"), None), []).append((label, value))
    for pairs in found.values():
        if len(pairs) >= 2:  # a label table; one "分类" header in a body table is not one
            for label, value in pairs:
                if value and _label_of(value) not in LABELS and not _PLACEHOLDER.fullmatch(value):
                    out.setdefault(label, value)
    for string, line in page.strings(matching=_LABEL_HINT):
        while line.tag in _INLINE_TAGS and line.getparent() is not None \
                and not page.text_longer_than(line.getparent(), 200):
            line = line.getparent()
        text = page.text_of(line) if not page.text_longer_than(line, 300) else " ".join(string.split())
        for match in _LABEL_LINE.finditer(text):
            value = match.group(2).strip(" |｜/")
            if value and not _PLACEHOLDER.fullmatch(value):
                out.setdefault(_label_of(match.group(1)), value)
    return out


# zero-width and byte-order characters an editor leaves in a title (U+200B … U+200D, U+2060, U+FEFF): invisible, but
# they make two writings of one title differ
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def without_invisible(text: str | None) -> str | None:
    return text.translate(_INVISIBLE).strip() if text else text


def _title_tag(page: PageTree) -> str:
    """<title> without the site name: "标题_栏目_站点" → the longest part."""
    parts = re.split(r"\s*(?:_|--|——|\||｜|\s-\s)\s*", page.text_of(next(iter(page.find_all("//title")), None)))
    return max(parts, key=len, default="")


def _url_date(pattern: re.Pattern, url: str) -> str | None:
    m = pattern.search(url)
    return _datetime(f"{m[1]}-{m[2]}-{m[3]}") if m else None


# Dates a CMS writes for a date it does not have (the Unix epoch, a zero date in its own time zone): no date
_PLACEHOLDER_DAYS = ("1970-01-01", "1900-01-01", "1899-12-30", "1899-12-31")


def _published(value: str | None) -> str | None:
    """A meta tag's publication date; a placeholder (1970-01-01 08:00) is none, so the date the page shows is read."""
    when = _datetime(value)
    return None if when is None or when[:10] in _PLACEHOLDER_DAYS else when


def _datetime(value: str | None) -> str | None:
    if not value:
        return None
    m = _DATETIME.search(value)
    if not m:
        return None
    y, mo, d, hh, mm = m.groups()
    try:  # a typo such as 2月30日 is no date, not a crash further down the pipeline
        out = datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0))
    except ValueError:
        return None
    return out.strftime("%Y-%m-%d %H:%M") if hh else out.strftime("%Y-%m-%d")


def _find_body(page: PageTree) -> tuple[Element | None, str | None]:
    """The first known container with text (a layout wrapper only when it holds no title), else the first known
    container holding only media (a scanned notice, a 图解: <img>/<embed>/<iframe>, no text), else the densest block.

    A media-only container is the body (its text is the images' alt text, its media are listed with the
    attachments): the densest block around it would be the page's chrome or its label table."""
    media_only = None
    for selector in BODY_SELECTORS:
        node = page.select_first(selector)
        if node is None:
            continue
        if selector in LAYOUT_SELECTORS and any(page.select_first(css, node) is not None
                                                for css in ("h1",) + TITLE_SELECTORS):
            continue
        if page.has_text(node):
            return node, f"selector:{selector}"
        if media_only is None and next(_media_elements(node), None) is not None:
            media_only = node, f"selector:{selector}{MEDIA_ONLY}"
    if media_only is not None:
        return media_only
    node = _densest_block(page)
    return (node, "density") if node is not None else (None, None)


def _densest_block(page: PageTree) -> Element | None:
    """The block holding the most prose: each visible string counts for its block, half for the block around it;
    strings in links, forms and chrome (header, nav, footer …) count nil, strings without punctuation a third."""
    scores: dict[object, float] = {}
    around: dict[object, tuple | None] = {}  # element → its two nearest text blocks (self included), None in chrome
    for string, parent in page.strings():
        text = string.strip()
        if len(text) < 4 or _FILLER.fullmatch(text):
            continue
        blocks = _blocks_around(parent, around)
        if blocks is None:  # in a link, form or chrome
            continue
        weight = len(text) * (1.0 if _PROSE.search(text) else 0.3)
        for share, block in zip((1.0, 0.5), blocks):
            scores[block] = scores.get(block, 0.0) + weight * share
    return max(scores, key=scores.__getitem__) if scores else None


def _blocks_around(node: Element | None, around: dict) -> tuple | None:
    """The two nearest text blocks at or above node, or None when node is in a link, form or chrome block."""
    path = []  # node and its ancestors not yet known, nearest first (a loop: Word exports nest very deep)
    while node is not None and node not in around:
        path.append(node)
        node = node.getparent()
    outer = around[node] if node is not None else ()
    for element in reversed(path):
        if outer is not None and (element.tag in _NOT_TEXT or _is_chrome(element)):
            outer = None
        elif outer is not None and element.tag in _TEXT_BLOCKS:
            outer = ((element,) + outer)[:2]
        around[element] = outer
    return outer


def _in_chrome(node: Element) -> bool:
    """Whether node or a block around it is page chrome (header, logo, nav, footer …)."""
    return any(_is_chrome(e) for e in (node, *node.iterancestors()))


def _is_chrome(node: Element) -> bool:
    names = " ".join([node.get("id") or "", *classes(node)])
    return bool(names.strip()) and bool(_CHROME.search(names))


def block_text(node: Element) -> str:
    """Visible text with paragraph breaks: one line per block element, table cells joined by ' | '."""
    parts: list[str] = [node.text] if node.text else []
    # Per open element below node: whether its children sit in a table cell, and the separator that closes it
    # (None: left out with its content). iterwalk, not recursion: Word exports nest deep.
    in_cell: list[bool] = [False]
    closing: list[str | None] = [""]
    walker = etree.iterwalk(node, events=("start", "end", "comment", "pi"))
    next(walker)  # node itself: only its content counts
    for event, item in walker:
        if event == "start":
            if item.tag in _NOT_SHOWN:
                walker.skip_subtree()
                in_cell.append(in_cell[-1])
                closing.append(None)
                continue
            cell = item.tag in ("td", "th")
            if cell:
                parts.append(" | ")
            # Inside a table cell, paragraphs stay on the row's line.
            sep = (" " if in_cell[-1] and item.tag != "tr" else "\n") if item.tag in BLOCK_TAGS else ""
            parts.append(sep)
            if item.text:
                parts.append(item.text)
            in_cell.append(in_cell[-1] or cell)
            closing.append(sep)
            continue
        if event == "end":
            if item is node:
                break
            in_cell.pop()
            if (sep := closing.pop()) is not None:
                parts.append(sep)
        if item.tail:  # what follows an element, a comment or a processing instruction
            parts.append(item.tail)
    lines = []
    for raw in _PAGE_BREAK.sub("\n", "".join(parts)).replace("\xa0", " ").replace("\u3000", " ").split("\n"):
        line = " ".join(raw.split()).strip(" |").strip()
        if line:
            lines.append(line)
    return "\n".join(lines)


def _join(base: str, href: str) -> str | None:
    """href resolved against base, or None when it is no URL (`http://[www.…`: urlsplit raises ValueError)."""
    try:
        return urljoin(base, href)
    except ValueError:
        return None


def _bare_host(url: str) -> str | None:
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    return (host[4:] if host.startswith("www.") else host) or None


def honoured_base(page_url: str, href: str | None) -> str:
    """What a page's relative links resolve against, given its <base href> (an element of the document, never
    text in a comment or script): the base when it is http(s) on the page's own site (bare host equal, www.
    aside), else the page URL. A template's stale base naming another host, a foreign or file: base would send
    every link of the page off-site."""
    href = (href or "").strip()
    if not href:
        return page_url
    base = _join(page_url, href)
    if base is None or urlsplit(base).scheme.lower() not in ("http", "https"):
        return page_url
    host = _bare_host(base)
    return base if host is not None and host == _bare_host(page_url) else page_url


def _document_base(page: PageTree, page_url: str) -> str:
    """What the page's relative links resolve against: its <base href> on its own site, else its URL."""
    base = next((b.get("href").strip() for b in page.find_all("//base[@href]") if b.get("href").strip()), None)
    return honoured_base(page_url, base)


def _media_elements(node: Element):
    return (e for e in node.iterdescendants(*MEDIA_TAGS) if (e.get("data") if e.tag == "object" else e.get("src")))


def _media(node: Element, base: str) -> list[dict]:
    """The media of a media-only body, as attachments: name from alt/title, else the file name."""
    out, seen = [], set()
    for element in _media_elements(node):
        src = (element.get("data") if element.tag == "object" else element.get("src")).strip()
        url = _join(base, src)
        if url is None or url in seen or src.lower().startswith(("data:", "javascript:")):
            continue
        seen.add(url)
        name = (element.get("alt") or element.get("title") or "").strip() or src.rsplit("/", 1)[-1].split("?")[0]
        out.append({"name": name, "url": url, "kind": element.tag})
    return out


def _media_text(node: Element) -> str:
    """A media-only body's text: its images' alt texts, one a line (often empty)."""
    return "\n".join(alt for e in _media_elements(node) if (alt := " ".join((e.get("alt") or "").split())))


def _attachment_blocks(page: PageTree, body: Element) -> list[Element]:
    """Blocks outside the body named for attachments (id or class: fujian, xgfj, fjdown, attach…), outermost only."""
    blocks = []
    for element in page.find_all("//*[@id or @class]"):
        names = [element.get("id") or "", *classes(element)]
        if not any(_ATTACHMENT_BLOCK.search(name) for name in names if name) or element.tag in ("a", "script"):
            continue
        if element is body or body in element.iterancestors() or element in body.iterancestors():
            continue  # the body itself, a block inside it, or a wrapper around it: the body's links are read anyway
        if not any(b in element.iterancestors() for b in blocks):
            blocks.append(element)
    return blocks


def _link_candidates(page: PageTree, node: Element):
    """(href, text) of the links under node: its <a> elements, then <a href> written by its scripts."""
    for link in node.iterdescendants("a"):
        if link.get("href") is not None:
            text = " ".join(s.strip() for s in page.strings_of(link) if s.strip()) or (link.get("title") or "").strip()
            yield link.get("href"), text
    for script in node.iterdescendants("script"):
        for match in _SCRIPT_LINK.finditer(script.text or ""):
            yield match.group(2), " ".join(unescape(_TAG.sub(" ", match.group(3))).split())


def _attachments(page: PageTree, nodes: list[Element], base: str, skipped: list[str] | None = None) -> list[dict]:
    """Attachment links in the body and the attachment blocks beside it, resolved against base (the page's <base
    href> or URL); a link that is no URL is left out (noted in `skipped`), never the article."""
    out, seen = [], set()
    for href, text in (candidate for node in nodes for candidate in _link_candidates(page, node)):
        href = href.strip()
        scheme = href.split(":", 1)[0].strip().lower() if ":" in href else ""
        if scheme == "javascript":  # no link at all (javascript:void(0) under a file name)
            continue
        if scheme == "data":
            # the file inline in the page: its name and media type only, never the payload (megabytes of base64)
            media_type = href[5:].split(",", 1)[0].split(";", 1)[0].strip().lower() or "text/plain"
            key = f"data:{media_type}:{text}"
            if (ATTACHMENT_EXT.search(text) or media_type.startswith("application/")) and key not in seen:
                seen.add(key)
                out.append({"name": text or media_type, "inline": media_type})
            continue
        name = text or href.rsplit("/", 1)[-1]
        if not (ATTACHMENT_EXT.search(href) or "downfile" in href or ATTACHMENT_EXT.search(name)):
            continue
        url = _join(base, href)
        if url is None:
            if skipped is not None:
                skipped.append(href[:200])
            continue
        if url not in seen:
            seen.add(url)
            out.append({"name": name, "url": url})
    return out
