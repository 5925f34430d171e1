"""Parse a government article page (Hanweb classic, JPaaS, TRS WCM / gov.cn and unknown templates) into an Article.

Each field comes from the first rule that finds it, and Article.found_by names the rule: meta tags, then labels
(label cells or "标签：值" lines), then template selectors, then the URL; the body from a ranked list of known
containers, else the block holding the most prose (design/gov-sites.md section 2).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from bs4 import BeautifulSoup, NavigableString, Tag

# Synonymous metadata labels on different templates → one field name. Labels are compared without spaces and
# colons, so "索 引 号：", "<b>索引号：</b>" and "索引号" are one label.
LABELS = {
    "索引号": "index_no", "信息索引号": "index_no", "统一编号": "unified_no",
    "文号": "doc_no", "文件编号": "doc_no", "发文字号": "doc_no",
    "组配分类": "category", "主题分类": "category", "分类": "category",
    "发布机构": "publisher", "发文机关": "publisher", "发布机关": "publisher", "发布单位": "publisher",
    "成文日期": "written_date", "生成日期": "written_date", "成文时间": "written_date",
    "公开方式": "disclosure", "有效性": "validity",
    "标题": "title", "信息来源": "source", "文章来源": "source", "来源": "source",
    "发布时间": "published", "发布日期": "published", "公开日期": "published",
}
PUBLISHED_LABELS = ("发布时间", "发布日期", "公开日期", "成文日期", "生成日期")  # a written date is the last resort
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
_INLINE_TAGS = {"span", "b", "strong", "font", "em", "i", "label", "a", "small", "u"}
# Main-text heuristic: prose (with Chinese punctuation) outweighs chrome; links, forms and chrome blocks count nil.
_TEXT_BLOCKS = {"div", "td", "article", "section", "main", "body"}
_NOT_TEXT = {"a", "script", "style", "noscript", "template", "option", "select", "button", "textarea", "title", "head"}
_CHROME = re.compile(r"foot|header|nav|menu|banner|crumb|location|position|weizhi|sidebar|share|copyright|link", re.I)
_PROSE = re.compile(r"[，。；！？、]")
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
    soup = BeautifulSoup(html, "lxml")
    meta, labels = _meta_tags(soup), _labels(soup)
    body_node, body_rule = _find_body(soup)
    if body_node is None:
        raise ArticleParseError(f"{url}: no article body found")
    found: dict[str, str] = {}

    def first(name: str, candidates) -> str | None:
        """The first (rule, value) with a value; found_by records the rule."""
        for rule, value in candidates:
            if value:
                found[name] = rule
                return value
        return None

    def from_meta(name: str, convert=lambda v: v):
        return (f"meta:{META_NAMES[name]}", convert(meta.get(name)))

    def from_labels(key: str, convert=lambda v: v):
        return [(f"label:{label}", convert(labels.get(label))) for label, k in LABELS.items() if k == key]

    title = first("title", [from_meta("articletitle"), *from_labels("title"),
                            *((f"selector:{css}", _text_of(soup.select_one(css))) for css in TITLE_SELECTORS),
                            ("selector:h1", max((_text_of(h) for h in soup.find_all("h1")), key=len, default="")),
                            ("selector:title", _title_tag(soup))])  # a logo <h1> is shorter than the title
    published_at = first("published", [
        from_meta("pubdate", _datetime), from_meta("firstpublishedtime", _datetime),
        *((f"label:{label}", _datetime(labels.get(label))) for label in PUBLISHED_LABELS),
        *((rule, _url_date(pattern, url)) for pattern, rule in _URL_DATES)])
    fields = {key: first(key, from_labels(key))
              for key in ("index_no", "doc_no", "category", "publisher", "disclosure")}
    written = first("written_date", from_labels("written_date", _datetime))
    source = first("source", [from_meta("contentsource"), *from_labels("source")])
    column = first("column", [from_meta("columnname")])
    site = first("site", [from_meta("sitename")])
    found["body"] = body_rule
    return Article(
        url=url,  # the URL we fetched; the canonical meta often differs only in scheme or host alias
        title=title, published=published_at[:10] if published_at else None, published_at=published_at,
        written_date=written[:10] if written else None, source=source, column=column, site=site, **fields,
        body=block_text(body_node), attachments=_attachments(body_node, url), found_by=found,
    )


def _meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    out: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        name = tag.get("name")
        if name and tag.get("content") is not None:
            out.setdefault(name.strip().lower(), " ".join(tag["content"].split()))
    return out


def _label_of(text: str) -> str:
    return re.sub(r"[\s\u3000:：]", "", text)


def _labels(soup: BeautifulSoup) -> dict[str, str]:
    """Label → value, the first non-empty one on the page: label cells (<td><b>索引号：</b></td><td>value</td>,
    dt/dd) and "label：value" lines (spans under the title, one-cell labels)."""
    out: dict[str, str] = {}
    found: dict[int, list[tuple[str, str]]] = {}
    for cell in soup.find_all(["td", "th", "dt"]):
        text = _text_of(cell)
        if len(text) <= 16 and (label := _label_of(text)) in LABELS:
            value = _text_of(cell.find_next_sibling(["td", "th", "dd"]))
            found.setdefault(id(cell.find_parent(["table", "dl"])), []).append((label, value))
    for pairs in found.values():
        if len(pairs) >= 2:  # a label table; one "分类" header in a body table is not one
            for label, value in pairs:
                if value and _label_of(value) not in LABELS:
                    out.setdefault(label, value)
    for string in soup.find_all(string=_LABEL_HINT):
        if type(string) is not NavigableString:  # comments, script and style text
            continue
        line = string.parent
        while line.name in _INLINE_TAGS and line.parent is not None and len(_text_of(line.parent)) <= 200:
            line = line.parent
        text = _text_of(line) if len(_text_of(line)) <= 300 else " ".join(string.split())
        for match in _LABEL_LINE.finditer(text):
            value = match.group(2).strip(" |｜/")
            if value:
                out.setdefault(_label_of(match.group(1)), value)
    return out


def _title_tag(soup: BeautifulSoup) -> str:
    """<title> without the site name: "标题_栏目_站点" → the longest part."""
    parts = re.split(r"\s*(?:_|--|——|\||｜|\s-\s)\s*", _text_of(soup.title))
    return max(parts, key=len, default="")


def _url_date(pattern: re.Pattern, url: str) -> str | None:
    m = pattern.search(url)
    return _datetime(f"{m[1]}-{m[2]}-{m[3]}") if m else None


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


def _find_body(soup: BeautifulSoup) -> tuple[Tag | None, str | None]:
    """The first known container with text (a layout wrapper only when it holds no title), else the densest block."""
    for selector in BODY_SELECTORS:
        node = soup.select_one(selector)
        if node is None or not node.get_text(strip=True):
            continue
        if selector in LAYOUT_SELECTORS and node.select_one(", ".join(("h1",) + TITLE_SELECTORS)):
            continue
        return node, f"selector:{selector}"
    node = _densest_block(soup)
    return (node, "density") if node is not None else (None, None)


def _densest_block(soup: BeautifulSoup) -> Tag | None:
    """The block holding the most prose: each visible string counts for its block, half for the block around it;
    strings in links, forms and chrome (header, nav, footer …) count nil, strings without punctuation a third."""
    scores: dict[int, float] = {}
    nodes: dict[int, Tag] = {}
    chrome: dict[int, bool] = {}
    for string in soup.find_all(string=True):
        text = string.strip()
        if type(string) is not NavigableString or len(text) < 4 or _FILLER.fullmatch(text):
            continue
        blocks = []
        for parent in string.parents:
            if parent.name in _NOT_TEXT or _is_chrome(parent, chrome):
                break
            if parent.name in _TEXT_BLOCKS:
                blocks.append(parent)
        else:  # no link, form or chrome around it
            weight = len(text) * (1.0 if _PROSE.search(text) else 0.3)
            for share, block in zip((1.0, 0.5), blocks):
                nodes[id(block)] = block
                scores[id(block)] = scores.get(id(block), 0.0) + weight * share
    return nodes[max(scores, key=scores.__getitem__)] if scores else None


def _is_chrome(node: Tag, seen: dict[int, bool]) -> bool:
    if id(node) not in seen:
        names = " ".join([node.get("id") or "", *(node.get("class") or [])])
        seen[id(node)] = bool(names.strip()) and bool(_CHROME.search(names))
    return seen[id(node)]


def block_text(node: Tag) -> str:
    """Visible text with paragraph breaks: one line per block element, table cells joined by ' | '."""
    parts: list[str] = []
    # An explicit stack, not recursion: Word exports nest thousands of unclosed tags.
    stack: list[tuple[object, bool]] = [(child, False) for child in reversed(list(node.children))]
    while stack:
        item, in_cell = stack.pop()
        if isinstance(item, str) and not isinstance(item, NavigableString):
            parts.append(item)  # a separator pushed below
        elif isinstance(item, NavigableString):
            if item.__class__.__name__ not in ("Comment", "CData", "ProcessingInstruction", "Doctype"):
                parts.append(str(item))
        elif isinstance(item, Tag) and item.name not in ("script", "style", "noscript", "template"):
            cell = item.name in ("td", "th")
            if cell:
                parts.append(" | ")
            # Inside a table cell, paragraphs stay on the row's line.
            sep = (" " if in_cell and item.name != "tr" else "\n") if item.name in BLOCK_TAGS else ""
            parts.append(sep)
            stack.append((sep, in_cell))
            stack.extend((child, in_cell or cell) for child in reversed(list(item.children)))
    lines = []
    for raw in "".join(parts).replace("\xa0", " ").replace("\u3000", " ").split("\n"):
        line = " ".join(raw.split()).strip(" |").strip()
        if line:
            lines.append(line)
    return "\n".join(lines)


def _attachments(node: Tag, page_url: str) -> list[dict]:
    out, seen = [], set()
    for link in node.find_all("a", href=True):
        href = link["href"].strip()
        name = link.get_text(" ", strip=True) or link.get("title") or href.rsplit("/", 1)[-1]
        if not (ATTACHMENT_EXT.search(href) or "downfile" in href or ATTACHMENT_EXT.search(name)):
            continue
        url = urljoin(page_url, href)
        if url not in seen:
            seen.add(url)
            out.append({"name": name, "url": url})
    return out


def _text_of(node: Tag | None) -> str:
    return " ".join(node.get_text(" ", strip=True).split()) if node is not None else ""
