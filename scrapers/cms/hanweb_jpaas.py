"""Hanweb JPaaS (2023 on): an empty column shell, then GET build/unit pages as JSON with paramJson paging.

design/gov-sites.md 1.3. Everything is read off the shell: the list API (`url="…/front/page/build/unit"`) and
its `queryData` (single-quoted pseudo-JSON: parseType, webId, tplSetId, pageType, tagId, editType, pageId).
Paging goes only through `paramJson={"pageNo":N,"pageSize":"15"}`: a bare `pageNo` always answers page 1.
"""
from __future__ import annotations

import json
import math
import re
from urllib.parse import urlencode, urlsplit

from bs4 import BeautifulSoup, Tag

from scrapers.cms.base import (ColumnListing, Detection, ListSession, distrust_short_total, note_shortfall,
                               note_skipped, read_column_page, stop_if_caught_up)
from scrapers.listing import (ListingParseError, Listing, ListItem, document_base, int_or_none, item_from_link,
                              join_url, resolve_script_links)

FAMILY = "hanweb_jpaas"
DEFAULT_PAGE_SIZE = "15"
_UNIT_API = re.compile(r"/front/page/build/unit|jpaas-publish-server", re.I)
_PSEUDO_PAIR = re.compile(r"""['"]([\w-]+)['"]\s*:\s*(?:'([^']*)'|"([^"]*)"|([^,}\s]+))""")
_ARTICLE_HREF = re.compile(r"/art/\d{4}/|art_[0-9a-f]{32}\.html|art_\d+_\d+\.html", re.I)
_COLUMN_IN_URL = re.compile(r"/col/col(\d+)/")
_LIST_TAG = re.compile(r"列表|list", re.I)
_PAGING_KEYS = {"pageNo", "pageSize", "paramJson"}  # ours to set, never the shell's
# A printed pager's box (page-box, pagination, pager, fenye, pageBar …), never a page-content/page-main wrapper.
_PAGER_NAME = re.compile(r"^(?:pag(?:e|es|er|ing|ination|inator)?(?:[-_]?(?:box|bar|nav|div|list|num|wrap|btn))?|fenye\w*"
                         r"|[\w-]*[-_](?:pag(?:e|er|es|ing|ination)|fenye))$", re.I)
_PRINTED_RECORDS = re.compile(r"共\s*(\d+)\s*条")
_PRINTED_PAGES = re.compile(r"第\s*\d+\s*/\s*(\d+)\s*页|共\s*(\d+)\s*页")


def column_url(base_url: str, column_id: str) -> str:
    return f"{base_url.rstrip('/')}/col/col{column_id}/index.html"


def _column_of(url: str) -> str | None:
    m = _COLUMN_IN_URL.search(url)
    return m.group(1) if m else None


def parse_query_data(raw: str) -> dict[str, str]:
    """`{'parseType':'bulidstatic','webId':'3185',…}` → a dict (real JSON is accepted too)."""
    try:
        data = json.loads(raw)
        if isinstance(data, dict):
            return {str(k): "" if v is None else str(v) for k, v in data.items()}
    except ValueError:
        pass
    return {m.group(1): next(g for g in m.groups()[1:] if g is not None) for m in _PSEUDO_PAIR.finditer(raw)}


def _unit_scripts(soup: BeautifulSoup) -> list[Tag]:
    return [s for s in soup.find_all("script", attrs={"url": True, "querydata": True})
            if _UNIT_API.search(s["url"])]


def _choose_unit(scripts: list[Tag], column_id: str | None) -> tuple[Tag, list[str]]:
    """The column's list unit: its queryData names this column, and its tagId says it is a list."""
    queries = [parse_query_data(s["querydata"]) for s in scripts]
    best = min(range(len(scripts)), key=lambda i: (queries[i].get("pageId") != column_id,
                                                   not _LIST_TAG.search(queries[i].get("tagId", "")), i))
    notes = [f"{len(scripts)} build/unit units on the page; listing tagId={queries[best].get('tagId')!r}"] \
        if len(scripts) > 1 else []
    return scripts[best], notes


def _page_size(query: dict[str, str]) -> str:
    """pageSize as the site gives it (in queryData or a paramJson in it), else 15."""
    if query.get("pageSize"):
        return query["pageSize"]
    try:
        given = json.loads(query.get("paramJson") or "{}")
    except ValueError:
        given = {}
    return str(given.get("pageSize") or DEFAULT_PAGE_SIZE) if isinstance(given, dict) else DEFAULT_PAGE_SIZE


def unit_page_url(api_url: str, query: dict[str, str], page_no: int, page_size: str) -> str:
    """The build/unit request for one page: the shell's queryData, paged through paramJson only."""
    params = {k: v for k, v in query.items() if k not in _PAGING_KEYS}
    params["paramJson"] = json.dumps({"pageNo": page_no, "pageSize": page_size}, separators=(",", ":"))
    return f"{api_url}?{urlencode(params)}"


def _list_items(fragment: Tag, page_url: str, column_id: str | None = None,
                skipped: list[str] | None = None, secondary: set[str] | None = None) -> list[ListItem]:
    """Article links of a list fragment (old /art/… and protocol-relative links urljoined against page_url, the
    base the fragment's links resolve against); with a column id, only that column's articles (a shell's chrome
    links elsewhere)."""
    items: list[ListItem] = []
    scopes: set[int] = set()
    for link in fragment.find_all("a", href=True):
        href = link["href"].strip()
        if not _ARTICLE_HREF.search(href):
            continue
        if column_id and f"/col{column_id}/" not in href and f"art_{column_id}_" not in href:
            continue
        scope = link.find_parent(["li", "tr", "dd"]) or link.parent
        item = item_from_link(link, scope, page_url, skipped)
        if item is not None:
            if id(scope) in scopes and secondary is not None and scope.name in ("li", "tr", "dd"):
                secondary.add(item.url)  # a record's further notice (its [解读]): listed, not a record of its own
            scopes.add(id(scope))
            items.append(item)
    return items


def _pager_boxes(fragment: Tag) -> list[Tag]:
    """Elements named as a pager (by a class or id token) that hold no article link: the pager, never a wrapper of
    the records, whose text (a summary saying 共5条措施) is no count."""
    def named(tag: Tag) -> bool:
        tokens = list(tag.get("class") or []) + ([tag["id"]] if isinstance(tag.get("id"), str) else [])
        return any(_PAGER_NAME.match(t) for t in tokens)
    return [t for t in fragment.find_all(named)
            if not any(_ARTICLE_HREF.search(a["href"]) for a in t.find_all("a", href=True))]


def _pagination(fragment: Tag, data: dict | None = None) -> tuple[int | None, int | None]:
    """(count, pages) from <table class="pagination" count=… rows=…>, else the answer's data.total, else a
    printed pager (共N条, 第1/N页, 共N页); (None, None) without any of them."""
    table = fragment.find(class_="pagination", attrs={"count": True})
    if table is not None:
        count, rows = int_or_none(table.get("count")), int_or_none(table.get("rows"))
        if count is not None:
            return count, (math.ceil(count / rows) if rows else None)
    # Only a pager's own text: a record's text (共5条措施) is never the column's count.
    text = " ".join(t.get_text(" ") for t in _pager_boxes(fragment))
    count = int_or_none(data.get("total")) if isinstance(data, dict) else None
    if count is None and (m := _PRINTED_RECORDS.search(text)):
        count = int(m.group(1))
    pages = next((int(g) for m in [_PRINTED_PAGES.search(text)] if m for g in m.groups() if g is not None), None)
    return count, pages


def parse_unit_answer(text: str, url: str, base: str | None = None) -> Listing:
    """A build/unit answer: {"success":true,"data":{"html":"<ul><li>…</li></ul><table class=pagination …>"}}.

    Its HTML is shown inside the column page: with `base` (the column page's link base) relative links resolve as
    the page resolves them, not against the API URL."""
    try:
        answer = json.loads(text)
    except ValueError as exc:
        raise ListingParseError(f"{url}: build/unit answer is not JSON ({exc})") from None
    if not isinstance(answer, dict) or "success" not in answer:
        raise ListingParseError(f"{url}: not a build/unit answer (no 'success' key)")
    if answer.get("success") is not True:
        raise ListingParseError(f"{url}: build/unit answered success={answer.get('success')!r} "
                                f"(code {answer.get('code')!r}: {answer.get('message') or answer.get('msg') or ''})")
    data = answer.get("data")
    html = data.get("html") if isinstance(data, dict) else data
    if not isinstance(html, str):
        raise ListingParseError(f"{url}: build/unit answer has no data.html")
    soup = BeautifulSoup(html, "lxml")
    resolve_script_links(soup)
    total, pages = _pagination(soup, data if isinstance(data, dict) else None)
    skipped: list[str] = []
    secondary: set[str] = set()
    return Listing(items=_list_items(soup, base or url, skipped=skipped, secondary=secondary), total=total,
                   pages=pages, family=FAMILY, skipped=skipped, secondary=secondary)


def parse_column_shell(html: str, page_url: str, column_id: str | None = None) -> Listing:
    """A JPaaS column page: the list API and its parameters, and any first records built into the page."""
    column_id = column_id or _column_of(page_url)
    # Cheap first: most pages are no shells, and XML answers must not reach lxml's HTML parser.
    soup = BeautifulSoup(html, "lxml") if "querydata" in html.lower() else None
    scripts = _unit_scripts(soup) if soup is not None else []
    if not scripts:
        raise ListingParseError(f"{page_url}: no JPaaS build/unit script (url=… queryData=…) on the page")
    script, notes = _choose_unit(scripts, column_id)
    query = parse_query_data(script["querydata"])
    if not query.get("webId") or not query.get("pageId"):
        raise ListingParseError(f"{page_url}: queryData lacks webId or pageId: {script['querydata']!r}")
    total, pages = _pagination(soup)
    base = document_base(soup, page_url)
    api_url = join_url(page_url, script["url"].strip())
    if api_url is None:
        raise ListingParseError(f"{page_url}: the build/unit script's url is no URL: {script['url']!r}")
    skipped: list[str] = []
    secondary: set[str] = set()
    return Listing(items=_list_items(soup, base, query.get("pageId") or column_id, skipped, secondary), total=total,
                   pages=pages, family=FAMILY, skipped=skipped, secondary=secondary, paging={"api_url": api_url, "query": query,
                                                           "page_size": _page_size(query), "notes": notes,
                                                           "link_base": base})


def parse_list(text: str, url: str) -> Listing:
    """A build/unit JSON answer or a column shell, told apart by their first character."""
    if text.lstrip("\ufeff \t\r\n").startswith("{"):
        return parse_unit_answer(text, url)
    return parse_column_shell(text, url)


def detect(text: str, url: str) -> Detection | None:
    try:
        shell = parse_column_shell(text, url)
    except ListingParseError:
        return None
    query = shell.paging["query"]
    return Detection(family=FAMILY, column_id=query.get("pageId") or _column_of(url), site_id=query.get("webId"),
                     announced=shell.total, first_page_items=len(shell.items),
                     paging={k: v for k, v in shell.paging.items() if k not in ("notes", "link_base")},
                     notes=shell.paging["notes"])


def list_column(session: ListSession, base_url: str, column_id: str) -> ColumnListing:
    out = ColumnListing(column_id)
    col_url = column_url(base_url, column_id)
    got = read_column_page(session, out, col_url, lambda text, url: parse_column_shell(text, url, column_id))
    if got is None:
        return out
    shell = got[0]
    out.announced, out.announced_pages = shell.total, shell.pages
    out.add(shell.items)
    distrust_short_total(out)
    if out.announced_pages is not None and out.announced_pages > 1 and stop_if_caught_up(session, out):
        return out
    stopped, end_proved = _page(session, out, shell, col_url)
    note_shortfall(out, stopped)
    if (out.announced is None and out.announced_pages is None and not end_proved and not out.errors
            and not out.capped and not out.caught_up and out.items):
        # No count anywhere (no pagination table, data.total, 共N条 or 第1/N页) and paging that could not be followed
        # to a short or empty page (a server ignoring paramJson repeats page 1): what was read is kept; it must not
        # mark notices missing from it as unlisted.
        out.errors.append(f"column {out.column_id}: no record or page count announced (no pagination table, "
                          f"data.total or printed pager); read {len(out.items)} records until {stopped}: "
                          "the column's length is unknown")
    elif out.announced is None and out.announced_pages is None and end_proved:
        out.notes.append(f"column {out.column_id}: no record or page count announced; read whole: {stopped}")
    return out


def _page(session: ListSession, out: ColumnListing, shell: Listing, col_url: str) -> tuple[str, bool]:
    """build/unit pages 1, 2, … until the announced last page, an empty page, a page that repeats an earlier
    one, or the cap. Without any count, a page shorter than pageSize or an empty page after distinct pages is the
    column's end (proved by paging: the same rule as classic's dataproxy); a full one is no proof of the end, so
    the next page is asked, and a repeated page proves nothing (a server ignoring paramJson). Returns why it
    stopped, and whether paging proved the column's end."""
    parts = urlsplit(col_url)
    headers = {"Referer": col_url, "Origin": f"{parts.scheme}://{parts.netloc}", "X-Requested-With": "XMLHttpRequest"}
    seen: set[str] = set()
    distrusted = out.announced is None and shell.total is not None  # the shell's count was dropped already
    size = int_or_none(shell.paging["page_size"]) or int(DEFAULT_PAGE_SIZE)
    for page_no in range(1, session.max_pages + 1):
        url = unit_page_url(shell.paging["api_url"], shell.paging["query"], page_no, shell.paging["page_size"])
        res = session.get(url, kind="list", expect="json", headers=headers)
        if not res.ok:
            out.errors.append(f"column {out.column_id} list page {page_no}: {res.outcome.value}: {res.error}")
            return f"page {page_no} failed", False
        try:
            answer = parse_unit_answer(res.text, url, shell.paging.get("link_base"))
        except ListingParseError as exc:
            session.parse_failure(url, "list", str(exc))
            out.errors.append(str(exc))
            return f"page {page_no} unreadable", False
        out.pages_read += 1
        note_skipped(session, out, answer, url)
        if not distrusted:  # once a count fell below the records read, no page's count is taken (noted once)
            if answer.total is not None:
                out.announced = answer.total
            if answer.pages is not None or answer.total is not None:
                out.announced_pages = answer.pages or math.ceil(answer.total / size)
        urls = {i.url for i in answer.items}
        if not urls:
            return f"page {page_no} was empty", page_no > 1
        if urls <= seen:
            return f"page {page_no} repeated earlier pages", False
        seen |= urls
        out.add(answer.items)
        distrusted = distrust_short_total(out) or distrusted
        if out.announced_pages is not None:
            if page_no >= out.announced_pages:
                return f"page {page_no} was the last", False
        elif len(answer.items) - len(answer.secondary) + len(answer.skipped) < size:
            # No pager and a short page: the column's end (on page 1, a small column's whole)
            return f"page {page_no} was short ({len(answer.items)} of {size}) with no pager", True
        if stop_if_caught_up(session, out):
            return f"page {page_no} held only records read before", False
    out.capped = True
    return f"capped at {session.max_pages} pages", False
