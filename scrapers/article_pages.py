"""A notice whose text is on other pages than its own: printed over several pages (正文分页), or framed.

TRS WCM splits a long article into t20240227_5.html, t20240227_5_1.html, … and writes the article's own pager,
`createPageHTML(3, 0, "t20240227_5", "html")`, under the text; other templates print 第1页 / 下一页 / 尾页 links to
the same `<stem>_N` files, or to the article's URL with a page parameter (`?pageNo=2`). Only links of those two
shapes count, relative to the listed article itself: a link to another notice is never taken for a page of this one.
"""
from __future__ import annotations

import dataclasses
import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from scrapers.article import ATTACHMENT_EXT, MEDIA_ONLY, Article, parse_article
from scrapers.http_types import FetchResult
from scrapers.page_tree import PageTree
from scrapers.urls import bare_host

MAX_ARTICLE_PAGES = 30  # pages of one notice read at most (the first included)
# createPageHTML(count, current, "stem", "ext"), a template's div id first in some pagers
_PAGER_CALL = re.compile(r"(?<!function )\bcreatePageHTML\s*\(\s*(?:['\"][^'\"\d][^'\"]*['\"]\s*,\s*)?"
                         r"['\"]?(\d+)['\"]?\s*,\s*['\"]?\d+['\"]?\s*,\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]")
_JS_COMMENT = re.compile(r"/\*.*?\*/|(?<![:\"'\\/])//[^\n]*", re.S)
PAGE_KEYS = frozenset({"page", "pageno", "pagenum", "pageindex", "curpage", "currpage", "currentpage", "pn"})
_PAGE_PARAM = re.compile(r"[?&;](?:" + "|".join(PAGE_KEYS) + r")=\d", re.I)


class PagedArticle:
    """The listed article's URL, and what a further page of it looks like."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.url = url
        self.folder = urljoin(url, "./")
        name = parts.path.rsplit("/", 1)[-1]
        self.stem, _, self.ext = name.rpartition(".") if "." in name else (name, "", "")
        self.stem = re.sub(r"_\d+$", "", self.stem) if re.search(r"^t\d{8}_\d+_\d+$", self.stem) else self.stem
        self.path, self.query = parts.path, _query(parts.query)
        self._file = re.compile(rf"^{re.escape(self.stem)}_(\d+)\.{re.escape(self.ext)}$", re.I) if self.stem else None

    def page_number(self, url: str) -> int | None:
        """N when url is page N of this article (its `<stem>_N` file, or its URL with a page parameter), else None."""
        try:
            parts = urlsplit(url)
        except ValueError:
            return None
        if self._file is not None and url.startswith(self.folder) and "/" not in url[len(self.folder):].split("?")[0]:
            if m := self._file.match(url[len(self.folder):].split("?")[0].split("#")[0]):
                return int(m.group(1)) + 1  # t…_5_1.html is the second page
        if parts.path == self.path and parts.query:
            query = _query(parts.query)
            extra = {k: v for k, v in query.items() if self.query.get(k) != v}
            if len(extra) == 1 and (key := next(iter(extra))).lower() in PAGE_KEYS and extra[key].isdigit():
                return int(extra[key])
        return None

    def further_pages(self, html: str, page_url: str) -> dict[str, int]:
        """URL → page number of the article's other pages this page names (its pager call, its pager links)."""
        found: dict[str, int] = {}
        scripts = _JS_COMMENT.sub("", " ".join(re.findall(r"<script\b[^>]*>(.*?)</script\s*>", html, re.I | re.S)))
        for count, stem, ext in _PAGER_CALL.findall(scripts):
            if stem.lower() == self.stem.lower():
                for k in range(1, min(int(count), MAX_ARTICLE_PAGES)):
                    found[urljoin(self.folder, f"{stem}_{k}.{ext}")] = k + 1
        if self.stem and f"{self.stem}_".lower() in html.lower() or _PAGE_PARAM.search(html):  # (cheap test first)
            for link in PageTree(html).find_all("//a[@href]"):
                href = link.get("href").strip()
                if not href or href.lower().startswith(("javascript:", "mailto:", "#")):
                    continue
                try:
                    url = urljoin(page_url, href).split("#")[0]
                except ValueError:
                    continue
                if (number := self.page_number(url)) is not None and url != self.url:
                    found.setdefault(url, number)
        return found


def _query(query: str) -> dict[str, str]:
    return dict(parse_qsl(query, keep_blank_values=True))


def _joined(attachments: list[dict], more: list[dict]) -> list[dict]:
    """The attachments of a notice's other page (or its frame) after its own, each once."""
    return attachments + [a for a in more if a not in attachments]


def with_further_pages(get, first: FetchResult, article: Article) -> tuple[Article, list[str]]:
    """The notice with the text of all its pages, in page order, and what could not be read of it.

    `get(url)` fetches one page (the crawl's polite client). Pages are followed as each page names them (a printed
    pager may show a few numbers at a time), up to MAX_ARTICLE_PAGES; a page whose text repeats one already read
    (a 首页 link, a 0-based page parameter) adds nothing."""
    paged = PagedArticle(first.final_url)
    named = paged.further_pages(first.text, first.final_url)
    if not named:
        return article, []
    parts: list[tuple[int, Article]] = []
    tried: set[str] = set()
    missing: list[str] = []
    while todo := sorted((n, u) for u, n in named.items() if u not in tried):
        number, url = todo[0]
        if len(tried) + 1 >= MAX_ARTICLE_PAGES:
            missing.append(f"{len(todo)} pages past the first {MAX_ARTICLE_PAGES} (from {url})")
            break
        tried.add(url)
        res = get(url)
        if not res.ok:
            missing.append(f"page {number} {url}: {res.outcome.value}: {res.error}")
            continue
        try:
            part = parse_article(res.text, res.final_url)
        except Exception as exc:  # (ArticleParseError, or a parser bug on one page)
            missing.append(f"page {number} {url}: {type(exc).__name__}: {exc}")
            continue
        parts.append((number, part))
        for further, n in paged.further_pages(res.text, res.final_url).items():
            named.setdefault(further, n)
    bodies = [article.body]
    attachments = list(article.attachments)
    for _, part in sorted(parts, key=lambda p: p[0]):
        if part.body and part.body not in bodies:
            bodies.append(part.body)
        attachments = _joined(attachments, part.attachments)
    read = len(bodies)
    found_by = {**article.found_by, "pages": f"{read} pages" + (f", {len(missing)} not read" if missing else "")}
    return dataclasses.replace(article, body="\n".join(bodies), attachments=attachments, found_by=found_by), missing


_FRAMED_MEDIA = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|svg|mp4|flv|swf|mp3)(?:$|\?)", re.I)


def framed_page(article: Article) -> str | None:
    """The page a framed article's text lives in: its body container holds nothing but an <iframe> of a page of the
    same site (not a file: a PDF viewer's ?file=….pdf, an image or a video stay media)."""
    if not article.found_by.get("body", "").endswith(MEDIA_ONLY):
        return None
    frames = [a["url"] for a in article.attachments if a.get("kind") == "iframe" and a.get("url")]
    for url in frames:
        try:
            same_site = bare_host(urlsplit(url).hostname or "") == bare_host(urlsplit(article.url).hostname or "")
        except ValueError:
            continue
        if same_site and urlsplit(url).scheme in ("http", "https") and not ATTACHMENT_EXT.search(url) \
                and not _FRAMED_MEDIA.search(url):
            return url
    return None


def with_framed_text(get, article: Article) -> tuple[Article, list[str]]:
    """A framed article with its frame's text as its body (its own title, date and labels kept), and what could not
    be read. A frame that is no article (no text in it) leaves the notice as it was, media only."""
    url = framed_page(article)
    if url is None:
        return article, []
    res = get(url)
    if not res.ok:
        return article, [f"the framed page {url}: {res.outcome.value}: {res.error}"]
    try:
        framed = parse_article(res.text, res.final_url)
    except Exception:  # (no body in the frame: a player, a map) the notice stays as it came
        return article, []
    if not framed.body.strip():
        return article, []
    attachments = _joined([a for a in article.attachments if a.get("url") != url], framed.attachments)
    return dataclasses.replace(article, body=framed.body, attachments=attachments,
                               found_by={**article.found_by, "body": f"frame:{url} {framed.found_by.get('body')}"}), []
