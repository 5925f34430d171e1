"""Parse a government article page (Hanweb classic, JPaaS and common county templates) into an Article."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from bs4 import BeautifulSoup, NavigableString, Tag

# Synonymous metadata labels on different templates → one field name.
LABELS = {
    "索引号": "index_no", "统一编号": "unified_no",
    "文号": "doc_no", "文件编号": "doc_no", "发文字号": "doc_no",
    "组配分类": "category", "主题分类": "category",
    "发布机构": "publisher", "发文机关": "publisher", "发布单位": "publisher",
    "成文日期": "written_date", "生成日期": "written_date", "成文时间": "written_date",
    "公开方式": "disclosure", "有效性": "validity",
}
# Where the body lives, most specific first; a main-text heuristic is the last resort.
BODY_SELECTORS = [
    "div.zoom", "div#zoom", "div.main-txt", "td.bt_content", "div.article-content",
    "div.TRS_Editor", "#UCAP-CONTENT", "div.content", "div.article",
]
BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "ul", "ol", "blockquote"}
ATTACHMENT_EXT = re.compile(r"\.(pdf|docx?|xlsx?|wps|et|zip|rar|7z|ofd|txt|pptx?)(\b|$)", re.I)
_DATETIME = re.compile(r"(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?(?:\s+(\d{1,2}):(\d{2}))?")
_URL_DATE = re.compile(r"/art/(\d{4})/(\d{1,2})/(\d{1,2})/")


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

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("published_at")
        return data


def parse_article(html: str, url: str) -> Article:
    soup = BeautifulSoup(html, "lxml")
    meta = _meta_tags(soup)
    fields = _label_table(soup)
    body_node = _find_body(soup)
    if body_node is None:
        raise ArticleParseError(f"{url}: no article body found")
    title = meta.get("articletitle") or _text_of(soup.select_one("div.xl_title, p.con-title, .article-title")) \
        or max((_text_of(h) for h in soup.find_all("h1")), key=len, default="")  # a logo <h1> is shorter
    doc_info = _doc_line(soup)
    published_at = _datetime(meta.get("pubdate")) or _datetime(doc_info.get("发布时间") or doc_info.get("发布日期"))
    if published_at is None and (m := _URL_DATE.search(url)):
        published_at = f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    written = _datetime(fields.get("written_date"))
    return Article(
        url=url,  # the URL we fetched; the canonical meta often differs only in scheme or host alias
        title=title or None,
        published=published_at[:10] if published_at else None,
        published_at=published_at,
        index_no=fields.get("index_no") or None,
        doc_no=fields.get("doc_no") or None,
        category=fields.get("category") or None,
        publisher=fields.get("publisher") or None,
        written_date=written[:10] if written else None,
        disclosure=fields.get("disclosure") or None,
        source=meta.get("contentsource") or doc_info.get("信息来源") or doc_info.get("来源") or None,
        column=meta.get("columnname") or None,
        site=meta.get("sitename") or None,
        body=block_text(body_node),
        attachments=_attachments(body_node, url),
    )


def _meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    out: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        name = tag.get("name")
        if name and tag.get("content") is not None:
            out.setdefault(name.strip().lower(), " ".join(tag["content"].split()))
    return out


def _label_table(soup: BeautifulSoup) -> dict[str, str]:
    """Label/value cells of the open-government table (索引号 | value | 文号 | value …)."""
    out: dict[str, str] = {}
    for table in soup.select("table.xxgk_article, table.xxgktab, table.xxgk_table, div.xxgk_table table"):
        cells = [c for c in table.find_all(["td", "th"])]
        for i, cell in enumerate(cells):
            label = _text_of(cell).rstrip("：:").replace(" ", "").replace("\u3000", "")
            key = LABELS.get(label)
            if key is None:
                # Some templates put "索引号：value" into one cell.
                m = re.match(r"^([^：:]{2,5})[：:]\s*(.+)$", _text_of(cell))
                if m and LABELS.get(m.group(1).strip()):
                    out.setdefault(LABELS[m.group(1).strip()], m.group(2).strip())
                continue
            if i + 1 < len(cells) and key not in out:
                value = _text_of(cells[i + 1])
                out[key] = "" if LABELS.get(value.rstrip("：:")) else value
    return out


def _doc_line(soup: BeautifulSoup) -> dict[str, str]:
    """发布时间：… / 信息来源：… spans under the title (scripts such as the view counter are not text)."""
    out: dict[str, str] = {}
    for box in soup.select("div.xl_doc, div.small-title, div.xl_doc1, div.info, div.article-info"):
        for node in box.find_all("script"):
            node.decompose()
        text = box.get_text(" ", strip=True)
        for m in re.finditer(r"(发布时间|发布日期|信息来源|来源)[：:]\s*(.*?)(?=\s+\S{2,4}[：:]|$)", text):
            out.setdefault(m.group(1), m.group(2).strip())
    return out


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


def _find_body(soup: BeautifulSoup) -> Tag | None:
    for selector in BODY_SELECTORS:
        node = soup.select_one(selector)
        if node is not None and node.get_text(strip=True):
            return node
    # Last resort: the block with the most paragraph text.
    best, best_len = None, 0
    for node in soup.find_all(["div", "td", "article"]):
        length = sum(len(p.get_text(strip=True)) for p in node.find_all("p", recursive=False))
        if length > best_len:
            best, best_len = node, length
    return best


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
