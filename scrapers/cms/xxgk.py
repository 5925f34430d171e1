"""Hanweb 信息公开 module: the column page calls POST /module/xxgk/search.jsp, which answers HTML rows by currpage.

design/gov-sites.md 1.4. The column page carries the module's search form (infotypeId, jdid = webid, divid,
area, sortfield, …) and the call that loads it; everything is read off the page. The module lists an
open-government category, not always one column: only links to this column's articles (art_{COLID}_) are kept,
and how many were dropped is noted on the listing.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from html import unescape
from urllib.parse import parse_qsl, urlencode, urlsplit

from bs4 import BeautifulSoup

from scrapers.cms.base import ColumnListing, Detection, ListSession, note_skipped, read_column_page, stop_if_caught_up
from scrapers.listing import (ListingParseError, Listing, ListItem, document_base, item_from_link, join_url,
                              resolve_script_links)

FAMILY = "hanweb_xxgk"
_SEARCH_PATH = re.compile(r"/module/xxgk/search\.jsp", re.I)
_MODULE_URL = re.compile(r"""(['"])([^'"]*/module/xxgk/search\.jsp[^'"]*)\1""", re.I)
# loadDynamic('…/search.jsp?…', divid, infotypeId, …, …, jdid) with literal arguments, as public crawlers read it.
_LOAD_DYNAMIC = re.compile(r"""loadDynamic\(\s*((?:(['"])[^'"]*\2\s*,\s*)*(['"])[^'"]*\3)\s*\)""")
_LITERAL = re.compile(r"'([^']*)'|\"([^\"]*)\"")
_CALL_POSITIONS = {1: "divid", 2: "infotypeId", 5: "jdid"}
_JS_ASSIGN = re.compile(r"""(?<![&?\w])(infotypeId|jdid|divid|area)\s*[:=]\s*['"]([^'"+]*)['"]""")
_ARTICLE_HREF = re.compile(r"/art/\d{4}/|art_\d+_\d+\.html", re.I)
_COLUMN_IN_URL = re.compile(r"/col/col(\d+)/")
_RECORDS = re.compile(r"共\s*(\d+)\s*条")
_PAGES = re.compile(r"共\s*(\d+)\s*页|第\s*\d+\s*/\s*(\d+)\s*页")
_SCRIPT_RECORDS = re.compile(r"\b(?:totalRecord|recordCount|totalCount)\s*[=:]\s*['\"]?(\d+)", re.I)
_SCRIPT_PAGES = re.compile(r"\b(?:totalPage|pageCount)\s*[=:]\s*['\"]?(\d+)", re.I)
_TAGS = re.compile(r"<script\b.*?</script>|<[^>]+>", re.I | re.S)


@dataclass
class ModuleColumnListing(ColumnListing):
    """A column read through the 信息公开 module, which may also list other columns' documents."""

    filtered_out: int = 0               # module rows of other columns, dropped
    notes: list[str] = field(default_factory=list)

    def to_record(self) -> dict:
        return {**super().to_record(), "filtered_out": self.filtered_out, "notes": self.notes}


@dataclass
class ModulePaging:
    """What the module itself said and gave over the pages read, all columns together."""

    total: int | None = None            # 共N条
    rows: int = 0                       # distinct rows read
    stopped: str = ""                   # why paging stopped


def column_url(base_url: str, column_id: str) -> str:
    return f"{base_url.rstrip('/')}/col/col{column_id}/index.html"


def _column_of(url: str) -> str | None:
    m = _COLUMN_IN_URL.search(url)
    return m.group(1) if m else None


def of_column(url: str, column_id: str) -> bool:
    return f"art_{column_id}_" in url or f"/col{column_id}/" in url


def _module_form(soup: BeautifulSoup) -> tuple[str | None, dict[str, str]]:
    """The search form posting to search.jsp: (its action, its fields)."""
    form = soup.find("form", action=_SEARCH_PATH)
    if form is None:
        return None, {}
    fields = {i["name"]: i.get("value", "") for i in form.find_all("input", attrs={"name": True})
              if (i.get("type") or "text").lower() not in ("submit", "button", "image", "reset")}
    return form["action"], fields


def parse_column_page(html: str, page_url: str, column_id: str | None = None) -> Listing:
    """A column page hosting the module: the search.jsp URL and the form it is posted with."""
    column_id = column_id or _column_of(page_url)
    if not _SEARCH_PATH.search(html):
        raise ListingParseError(f"{page_url}: no 信息公开 module (no /module/xxgk/search.jsp on the page)")
    soup = BeautifulSoup(html, "lxml")
    action, form = _module_form(soup)
    scripts = unescape(" ".join(s.get_text() for s in soup.find_all("script")))
    search, arguments = _module_call(scripts)
    search = search or action
    if search is None:
        raise ListingParseError(f"{page_url}: no 信息公开 module (form or call to /module/xxgk/search.jsp)")
    query = dict(parse_qsl(urlsplit(search).query, keep_blank_values=True))
    # The call's query string, its arguments and the script's own assignments fill what the form leaves out.
    merged = _filled(query, arguments, dict(_JS_ASSIGN.findall(scripts)), form)
    if not merged.get("jdid") or not (merged.get("infotypeId") or merged.get("area")):
        raise ListingParseError(f"{page_url}: 信息公开 module call lacks jdid or infotypeId/area: {merged}")
    base = document_base(soup, page_url)
    skipped: list[str] = []
    items = [i for i in _rows(soup, base, skipped) if not column_id or of_column(i.url, column_id)]
    search_url = join_url(page_url, search)
    if search_url is None:
        raise ListingParseError(f"{page_url}: the 信息公开 module's search.jsp URL is no URL: {search!r}")
    return Listing(items=items, family=FAMILY, skipped=skipped, paging={
        "search_url": search_url, "form": merged, "link_base": base})


def _module_call(scripts: str) -> tuple[str | None, dict[str, str]]:
    """The search.jsp URL the page's script loads, and the parameters a literal loadDynamic(…) call passes."""
    for call in _LOAD_DYNAMIC.finditer(scripts):
        args = [m.group(1) if m.group(1) is not None else m.group(2) for m in _LITERAL.finditer(call.group(1))]
        if _SEARCH_PATH.search(args[0]):
            return args[0], {name: args[i] for i, name in _CALL_POSITIONS.items() if i < len(args)}
    found = _MODULE_URL.search(scripts)
    return (found.group(2), {}) if found else (None, {})


def _filled(*layers: dict[str, str]) -> dict[str, str]:
    """Later layers win, except that an empty value never hides a filled one."""
    out: dict[str, str] = {}
    for layer in layers:
        out.update({k: v for k, v in layer.items() if v or k not in out})
    return out


def _rows(soup: BeautifulSoup, page_url: str, skipped: list[str] | None = None) -> list[ListItem]:
    """Rows' article links, resolved against page_url (the base of the page the rows are shown in)."""
    items: list[ListItem] = []
    for link in soup.find_all("a", href=_ARTICLE_HREF):
        item = item_from_link(link, link.find_parent(["tr", "li"]) or link.parent, page_url, skipped)
        if item is not None:
            items.append(item)
    return items


def _number(patterns: tuple[re.Pattern, ...], *texts: str) -> int | None:
    for pattern, text in zip(patterns, texts):
        if m := pattern.search(text):
            return int(next(g for g in m.groups() if g is not None))
    return None


def parse_search_answer(text: str, url: str, base: str | None = None) -> Listing:
    """A search.jsp answer: rows (tr.tr_main_value_odd/even or li) of <a href=/art/… title=…> with a date cell,
    and a pager saying 共N条 / 共N页 (in text or a script). The rows are shown inside the column page: with `base`
    (its link base) relative links resolve as there, not against search.jsp."""
    head = text.lstrip("\ufeff \t\r\n")[:200].lower()
    if head.startswith(("{", "<?xml", "<datastore")) or "<datastore" in text.lower():
        raise ListingParseError(f"{url}: not a 信息公开 search answer (JSON or XML)")
    visible = re.sub(r"\s+", " ", unescape(_TAGS.sub(" ", text)))
    total = _number((_RECORDS, _SCRIPT_RECORDS), visible, text)
    pages = _number((_PAGES, _SCRIPT_PAGES), visible, text)
    skipped: list[str] = []
    soup = BeautifulSoup(text, "lxml")
    resolve_script_links(soup)
    rows = _rows(soup, base or document_base(soup, url), skipped)
    # Module rows are tr.tr_main_value_*; other templates count only with a pager and Hanweb /art/ links (a
    # TRS list also prints 共N条), or as an empty module (共0条).
    if "tr_main_value_" not in text and not ((total is not None or pages is not None) and (rows or total == 0)):
        raise ListingParseError(f"{url}: not a 信息公开 search answer (no tr_main_value rows, no 共N条 pager "
                                f"over /art/ links)")
    return Listing(items=rows, total=total, pages=pages, family=FAMILY, skipped=skipped)


def parse_list(text: str, url: str) -> Listing:
    """The column page hosting the module, or a search.jsp answer."""
    try:
        return parse_column_page(text, url)
    except ListingParseError:
        return parse_search_answer(text, url)


def detect(text: str, url: str) -> Detection | None:
    try:
        page = parse_column_page(text, url)
    except ListingParseError:
        return None
    form = page.paging["form"]
    return Detection(family=FAMILY, column_id=_column_of(url), site_id=form.get("jdid") or None,
                     first_page_items=len(page.items), paging={k: v for k, v in page.paging.items() if k != "link_base"},
                     notes=[f"信息公开 module infotypeId={form.get('infotypeId', '')!r} area={form.get('area', '')!r}: "
                            f"rows are kept only when they link to art_{_column_of(url) or '{COLID}'}_"])


def search_request(page: Listing, currpage: int) -> tuple[str, dict[str, str]]:
    """(URL, form) for one module page: currpage in both, as the page's own script sends it."""
    parts = urlsplit(page.paging["search_url"])
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    if "currpage" in query:
        query["currpage"] = str(currpage)
    url = parts._replace(query=urlencode(query, safe=",:")).geturl()
    return url, {**page.paging["form"], "currpage": str(currpage)}


def list_column(session: ListSession, base_url: str, column_id: str) -> ModuleColumnListing:
    out = ModuleColumnListing(column_id)
    col_url = column_url(base_url, column_id)
    got = read_column_page(session, out, col_url, lambda text, url: parse_column_page(text, url, column_id))
    if got is None:
        return out
    page = got[0]
    out.add(page.items)
    module = _page(session, out, page, col_url)
    if out.filtered_out:
        out.notes.append(f"kept {len(out.items)} rows of column {column_id}; dropped {out.filtered_out} rows of "
                         f"other columns listed by the 信息公开 module")
    else:  # every row was this column's: the module's total is the column's
        out.announced = module.total
    if (module.total is not None and module.rows < module.total and not out.errors and not out.capped
            and not out.caught_up):
        out.errors.append(f"column {column_id}: the 信息公开 module listed {module.rows} of {module.total} "
                          f"announced records ({module.stopped})")
    return out


def _page(session: ListSession, out: ModuleColumnListing, page: Listing, col_url: str) -> ModulePaging:
    """currpage 1, 2, … until the announced last page, an empty page, a page that repeats earlier ones, or the cap."""
    parts = urlsplit(col_url)
    headers = {"Referer": col_url, "Origin": f"{parts.scheme}://{parts.netloc}", "X-Requested-With": "XMLHttpRequest"}
    module = ModulePaging()
    seen: set[str] = set()
    dropped: set[str] = set()
    per_page = None
    for currpage in range(1, session.max_pages + 1):
        url, form = search_request(page, currpage)
        res = session.post(url, data=form, kind="list", expect="html", headers=headers)
        out.posts += 1
        if not res.ok:
            out.errors.append(f"column {out.column_id} module page {currpage}: {res.outcome.value}: {res.error}")
            module.stopped = f"page {currpage} failed"
            return module
        try:
            answer = parse_search_answer(res.text, url, page.paging.get("link_base"))
        except ListingParseError as exc:
            session.parse_failure(url, "list", str(exc))
            out.errors.append(str(exc))
            module.stopped = f"page {currpage} unreadable"
            return module
        out.pages_read += 1
        note_skipped(session, out, answer, url)
        urls = {i.url for i in answer.items}
        per_page = per_page or len(urls) or None
        module.total = answer.total if answer.total is not None else module.total
        pages = answer.pages or (math.ceil(module.total / per_page) if module.total is not None and per_page else None)
        out.announced_pages = pages or out.announced_pages
        if not urls:
            module.stopped = f"page {currpage} was empty"
            return module
        if urls <= seen:
            module.stopped = f"page {currpage} repeated earlier pages"
            return module
        seen |= urls
        module.rows = len(seen)
        mine = [i for i in answer.items if of_column(i.url, out.column_id)]
        dropped |= urls - {i.url for i in mine}
        out.filtered_out = len(dropped)
        out.add(mine)
        if pages is not None and currpage >= pages:
            module.stopped = f"page {currpage} was the last"
            return module
        if stop_if_caught_up(session, out):
            module.stopped = f"page {currpage} held only records read before"
            return module
    out.capped = True
    module.stopped = f"capped at {session.max_pages} pages"
    return module
