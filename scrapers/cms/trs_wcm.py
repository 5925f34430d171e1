"""TRS WCM (拓尔思): static list pages index.html, index_1.html, … and articles ./YYYYMM/tYYYYMMDD_N.html.

design/gov-sites.md section 3. Everything about paging is read off the page: the pager call
`createPageHTML(count, current, "index", "html")` (arguments quoted or not, or variables declared in the same
script; some templates put a div id first and the record count last), else the older `var countPage = N`
pager script. The column page's own `current` (0 or 1) says how the next pages are numbered.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from scrapers.cms.base import ColumnListing, Detection, ListSession, read_column_page, stop_if_caught_up
from scrapers.listing import (Listing, ListingParseError, ListItem, document_base, int_or_none, item_from_link,
                              join_url, record_date, resolve_script_links)

FAMILY = "trs_wcm"
ARTICLE_HREF = re.compile(r"(?:^|/)t\d{8}_\d+\.s?html?$", re.I)
_COLUMN_ARTICLE = re.compile(r"^\d{6}/t\d{8}_\d+\.s?html?$", re.I)   # ./YYYYMM/t…, relative to the column folder
_MORE_PAGES = re.compile(r"index_\d+\.s?html?|下一页|下页|尾页|末页")
_ARTICLE_STEM = re.compile(r"^t\d{8}_\d+$")                           # a multi-page article's own pager
_COLUMN_PAGE = re.compile(r"(?:^|/)(?:index|list|default)(?:_\d+)?\.s?html?$", re.I)
_PAGER_CALL = re.compile(r"(?<!function )\bcreatePageHTML\s*\(([^()]*)\)")  # a call, not the definition
_VAR = re.compile(r"\bvar\s+([\w$]+)\s*=\s*(\{[^{}]*\}|\"[^\"]*\"|'[^']*'|[^;,\n]+)")
_PAIR = re.compile(r"([\w$]+)\s*:\s*(\"[^\"]*\"|'[^']*'|[^,}]+)")
_JS_COMMENT = re.compile(r"/\*.*?\*/|(?<![:\"'\\/])//[^\n]*", re.S)
_MARKERS = re.compile(r"createPageHTML|countPage|/t\d{8}_\d+\.s?html?")
_RECORDS_TEXT = re.compile(r"共\s*(\d+)\s*条")
_RECORDS_VAR = ("record_count", "recordCount", "recordcount", "totalRecord", "nRecordCount")
# Containers whose class names the list block: row-level tags (li, tr, td) vary by stripe, so only these count.
_BLOCK_TAGS = {"div", "ul", "ol", "table", "dl", "section", "article", "main"}
_ROW_TAGS = ("li", "tr", "dd", "dt", "p")


@dataclass(frozen=True)
class Pager:
    """What a list page says about its column's pages: how many, which this is, and how they are named."""

    count: int
    current: int
    prefix: str = "index"
    suffix: str = "html"
    records: int | None = None

    def page_url(self, column_page_url: str, page: int) -> str:
        """Page `page` (0 = the column page), for the column page's pager: its `current` is 0 where index_1 is
        the second page (classic WCM) and 1 where index_2 is (pagers with a div id first)."""
        return urljoin(column_page_url, f"{self.prefix}_{page + self.current}.{self.suffix}")


def column_url(base_url: str, column_id: str) -> str:
    return f"{base_url.rstrip('/')}/{column_id.strip('/')}/index.html"


def _scripts(soup: BeautifulSoup) -> str:
    """Live script text without JS comments (templates leave old pager calls commented out)."""
    return "\n".join(_JS_COMMENT.sub("", s.get_text()) for s in soup.find_all("script"))


def _literal(raw: str) -> str:
    raw = raw.strip()
    return raw[1:-1] if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"" else raw


def _variables(script: str) -> dict[str, str]:
    """`var x = literal` and `var o = {k: literal}` (as "o.k"); the first declaration wins."""
    out: dict[str, str] = {}
    for name, value in _VAR.findall(script):
        if value.startswith("{"):
            for key, inner in _PAIR.findall(value):
                out.setdefault(f"{name}.{key}", _literal(inner))
        else:
            out.setdefault(name, _literal(value))
    return out


def read_pager(soup: BeautifulSoup, page_url: str) -> Pager | None:
    """The pager of a list page, or None when the page has none."""
    script = _scripts(soup)
    names = _variables(script)
    if call := _PAGER_CALL.search(script):
        raw = [a.strip() for a in call.group(1).split(",")]
        if raw and raw[0][:1] in "'\"" and not _literal(raw[0]).isdigit():
            raw = raw[1:]  # createPageHTML('page_div', count, current, prefix, suffix, records)
        args = [names.get(a, _literal(a)) for a in raw] + [None] * 5
        count, current, prefix, suffix, records = args[:5]
    elif "countPage" in names:  # the older pager script: var currentPage = 0; var countPage = 12
        count, current, records = names["countPage"], names.get("currentPage"), None
        stem, _, suffix = urlsplit(page_url).path.rsplit("/", 1)[-1].partition(".")
        prefix = stem if _ARTICLE_STEM.match(stem) else re.sub(r"_\d+$", "", stem)  # index_2 → index
    else:
        return None
    if int_or_none(count) is None:
        return None
    records = int_or_none(records)
    if records is None:
        records = next((int_or_none(names[v]) for v in _RECORDS_VAR if v in names), None)
    if records is None and (printed := _RECORDS_TEXT.search(soup.get_text(" "))):
        records = int(printed.group(1))
    return Pager(count=int_or_none(count), current=int_or_none(current) or 0, prefix=(prefix or "index").strip(),
                 suffix=(suffix or "html").strip(), records=records)


def _signature(link: Tag) -> tuple:
    """The link's place in the page: the chain of block containers with their classes (rows excluded)."""
    return tuple((p.name, tuple(sorted(p.get("class") or ()))) if p.name in _BLOCK_TAGS else (p.name,)
                 for p in link.parents if p.name not in ("[document]", "tbody"))


def _column_folder(page_url: str) -> str:
    return urljoin(page_url, "./")


def _is_column_article(url: str, folder: str) -> bool:
    return url.startswith(folder) and bool(_COLUMN_ARTICLE.match(url[len(folder):].split("?")[0]))


def list_links(soup: BeautifulSoup, page_url: str) -> list[Tag]:
    # page_url: the base the page's links resolve against (its <base href> when it has one)
    """The links of the list block. Links are grouped by their place in the page; the group with the most links
    to this column's articles (./YYYYMM/t…) wins. A group without any must be a dated list of article links
    (a column aggregating its sub-columns), so an undated 热点 sidebar never stands in for an empty list."""
    folder, host = _column_folder(page_url), urlsplit(page_url).netloc
    groups: dict[tuple, list[Tag]] = {}
    for link in soup.find_all("a", href=True):
        if (url := join_url(page_url, link["href"].strip())) is None:
            continue  # no URL at all (`http://[www…`): parse_items reports it when it sits in the list block
        if ARTICLE_HREF.search(_path(link)) or urlsplit(url).netloc == host:
            groups.setdefault(_signature(link), []).append(link)

    def score(links: list[Tag]) -> tuple[int, int]:
        articles = [a for a in links if ARTICLE_HREF.search(_path(a))]
        in_column = sum(_is_column_article(join_url(page_url, a["href"].strip()) or "", folder) for a in articles)
        if not in_column and sum(record_date(_row(a)) is not None for a in articles) * 2 < len(articles):
            return 0, 0
        return in_column, len(articles)

    best = max(groups.values(), key=score, default=[])
    # In the list block: links of article form, and other links to the same site (a PDF, a special page).
    return best if score(best)[1] else []


def _row(link: Tag) -> Tag:
    return link.find_parent(_ROW_TAGS) or link.parent


def _path(link: Tag) -> str:
    try:
        return urlsplit(link["href"].strip()).path
    except ValueError:  # `http://[www…`: no URL
        return ""


def _bad_links(soup: BeautifulSoup, page_url: str) -> list[Tag]:
    """Links of article form that are no URL (`http://[www.…/t20240227_1.html`): list records to report."""
    out = []
    for link in soup.find_all("a", href=True):
        href = link["href"].strip()
        if join_url(page_url, href) is None and ARTICLE_HREF.search(href.split("?")[0].split("#")[0]):
            out.append(link)
    return out


def parse_items(soup: BeautifulSoup, page_url: str, skipped: list[str] | None = None) -> list[ListItem]:
    """The list block's items. Relative links resolve against the page's <base href> when it has one. In a row
    holding a link of article form, the row's other links (a [政策文件] category tag to a column page, a PDF) are
    no records of their own."""
    base = document_base(soup, page_url)
    items: dict[str, ListItem] = {}
    links = list_links(soup, base)
    rows_with_article = {id(row) for a in links if ARTICLE_HREF.search(_path(a))
                         and (row := a.find_parent(_ROW_TAGS)) is not None}
    for link in links:
        if not ARTICLE_HREF.search(_path(link)) and id(link.find_parent(_ROW_TAGS)) in rows_with_article:
            continue
        item = item_from_link(link, _row(link), base)
        if item is not None and (item.url not in items or not items[item.url].title):
            items[item.url] = item
    for link in _bad_links(soup, base):
        item_from_link(link, _row(link), base, skipped)
    return [i for i in items.values() if i.title]


def parse_list(text: str, url: str) -> Listing:
    """A TRS WCM list page: its items and what its pager announces."""
    if not _MARKERS.search(text):
        raise ListingParseError(f"{url}: no createPageHTML/countPage pager and no ./YYYYMM/tYYYYMMDD_N links")
    soup = BeautifulSoup(text, "lxml")
    resolve_script_links(soup)
    pager = read_pager(soup, url)
    if pager is not None and _ARTICLE_STEM.match(pager.prefix):
        raise ListingParseError(f"{url}: a TRS article page (its pager pages {pager.prefix}), not a list")
    skipped: list[str] = []
    items = parse_items(soup, url, skipped)
    if pager is None and not items and not skipped:
        raise ListingParseError(f"{url}: no createPageHTML/countPage pager and no ./YYYYMM/tYYYYMMDD_N links")
    paging = {} if pager is None else {"prefix": pager.prefix, "suffix": pager.suffix, "current": pager.current}
    if pager is None:  # no pager script: is there any sign of a next page (a link to index_1, 下一页, 尾页)?
        paging["more_pages_linked"] = bool(_MORE_PAGES.search(text))
    return Listing(items=items, total=pager.records if pager else None, pages=pager.count if pager else None,
                   family=FAMILY, paging=paging, skipped=skipped)


def _column_of(url: str) -> str | None:
    path = urlsplit(url).path
    folder = path.rsplit("/", 1)[0] if _COLUMN_PAGE.search(path) else path
    return folder.strip("/") or None


def detect(text: str, url: str) -> Detection | None:
    """A column page of this family: a TRS pager, or links to this column's ./YYYYMM/tYYYYMMDD_N.html articles."""
    try:
        listing = parse_list(text, url)
    except ListingParseError:
        return None
    folder = _column_folder(url)
    if listing.pages is None and not any(_is_column_article(i.url, folder) for i in listing.items):
        return None
    site = BeautifulSoup(text, "lxml").find("meta", attrs={"name": re.compile("^siteidcode$", re.I)})
    notes = [] if listing.pages is not None else ["no createPageHTML/countPage pager: only the first page is known"]
    return Detection(family=FAMILY, column_id=_column_of(url), site_id=(site.get("content") if site else None) or None,
                     announced=listing.total, first_page_items=len(listing.items),
                     paging={**listing.paging, "pages": listing.pages}, notes=notes)


def list_column(session: ListSession, base_url: str, column_id: str) -> ColumnListing:
    """index.html, then index_N pages up to the announced page count, an empty or repeated page, or the cap.

    Without a pager, a column page that links no further page is one page; one that does cannot be known
    complete: its first page is kept and the listing says why."""
    out = ColumnListing(column_id)
    col_url = column_url(base_url, column_id)
    if (got := _read(session, out, col_url, "column", f"column {column_id}")) is None:
        return out
    first, first_url = got
    out.announced, out.announced_pages = first.total, first.pages
    out.add(first.items)
    if first.pages is None:
        if first.paging.get("more_pages_linked"):
            out.errors.append(f"column {column_id}: no page count (createPageHTML / countPage) on {col_url}, "
                              "but it links further pages")
        else:
            out.announced_pages = 1  # a small column: one page, no pager, no link to a next page
        return out
    if first.pages > 1 and stop_if_caught_up(session, out):
        return out
    pager = Pager(first.pages, first.paging["current"], first.paging["prefix"], first.paging["suffix"])
    for page in range(1, first.pages):
        if page > session.max_pages:
            out.capped = True
            break
        url = pager.page_url(first_url, page)
        where = f"column {column_id} page {page + 1} of {first.pages} ({url})"
        if (got := _read(session, out, url, "list", where)) is None:
            break
        if not got[0].items:
            out.errors.append(f"{where}: no records on a page the pager announced")
            break
        if not out.add(got[0].items):
            out.errors.append(f"{where}: repeats records of earlier pages")
            break
        if page + 1 < first.pages and stop_if_caught_up(session, out):
            break
    else:
        _check_still(session, out, col_url, first, column_id)
    return out


def _check_still(session: ListSession, out: ColumnListing, col_url: str, first: Listing, column_id: str) -> None:
    """After reading every page of a pager that gives no record count: the column page once more. Pages are numbered
    from the newest record, so a notice published or withdrawn while they were read moves every later record by one
    across the page boundaries: one is read twice, or one never (and the oldest falls onto a page the pager did not
    announce). A first page that changed meanwhile makes the reading no whole one (read whole again next run). (A
    record withdrawn further down the list moves only the pages after it, and is not seen this way.)"""
    if first.pages < 2 or out.announced is not None or out.errors or out.capped or out.caught_up:
        return  # (a pager that counts the records shows such a move as a shortfall)
    scratch = ColumnListing(column_id)
    again = _read(session, scratch, col_url, "list", f"column {column_id} (read again)")
    if again is None:
        out.errors.extend(scratch.errors)
        return
    out.pages_read += 1
    if [i.url for i in again[0].items] != [i.url for i in first.items]:
        out.errors.append(f"column {column_id}: its first page changed while its {first.pages} pages were read: "
                          "records may have moved across pages unseen; read whole again next run")


def _read(session: ListSession, out: ColumnListing, url: str, kind: str, where: str) -> tuple[Listing, str] | None:
    """One list page and the URL it came from, or None with the reason recorded."""
    return read_column_page(session, out, url, parse_list, kind=kind, where=where)
