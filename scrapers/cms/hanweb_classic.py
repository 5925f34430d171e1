"""Hanweb classic JCMS ("jpage"): records embedded in the column page, then POST {proxyUrl} (dataproxy.jsp).

design/gov-sites.md 1.1–1.2. Everything is read off the page: the list unit of the column (not a sidebar),
`param_{unitid}` as the form, `totalRecord` / `perPage` / `groupSize` / `proxyUrl` from the jpage call
(Zhejiang `/module/jpage/dataproxy.jsp`, Jiangsu/Shandong `/module/web/jpage/dataproxy.jsp`).
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from bs4 import BeautifulSoup, Tag

from scrapers.cms.base import (ColumnListing, Detection, ListSession, distrust_short_total, note_shortfall,
                               note_skipped, read_column_page, stop_if_caught_up)
from scrapers.listing import (ListingParseError, Listing, ListItem, document_base, int_or_none, item_from_link,
                              join_url, resolve_script_links)

FAMILY = "hanweb_classic"
_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)
_UNIT = re.compile(r"<div[^>]*\bid\s*=\s*['\"]?([\w-]+)['\"]?[^>]*>\s*<script[^>]*type\s*=\s*['\"]text/xml['\"][^>]*>"
                   r"\s*<datastore>(.*?)</datastore>", re.I | re.S)
_PARAM_OBJ = re.compile(r"var\s+param_([\w-]+)\s*=\s*\{(.*?)\}\s*;?", re.S)
_JPAGE = re.compile(r"(?:\$|\bjQuery)\(\s*['\"]#([\w-]+)['\"]\s*\)\s*\.jpage\(", re.S)
_JS_PAIR = re.compile(r"(\w+)\s*:\s*(?:'([^']*)'|\"([^\"]*)\"|([^,}\s][^,}]*))")
_NEXTGROUP_HREF = re.compile(r"<nextgroup>\s*<!\[CDATA\[.*?href\s*=\s*['\"]([^'\"]+)", re.S | re.I)
_TOTAL_RECORD = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>", re.I)
_TOTAL_PAGE = re.compile(r"<totalpage>\s*(\d+)\s*</totalpage>", re.I)
_COLUMN_IN_URL = re.compile(r"/col/col(\d+)/")
_BASE_TAG = re.compile(r"<base\b", re.I)
# A record's own notice: /art/YYYY/…, art_{COLID}_{ID}.html, JPaaS art_{hex}.html; a column page is /col/… without /art/.
_ARTICLE_LINK = re.compile(r"/art/|art_[0-9a-f_]+\.s?html?", re.I)
_COLUMN_LINK = re.compile(r"^(?!.*/art/)(?:[a-z]+:)?(?://[^/]*)?/?(?:[^?#]*/)?col/col\d+(?:/(?:index(?:_\d+)?\.s?html?)?)?(?:[?#]|$)",
                          re.I)
MAX_WINDOW = 120  # records per dataproxy request, whatever perPage × groupSize says


def column_url(base_url: str, column_id: str) -> str:
    return f"{base_url.rstrip('/')}/col/col{column_id}/index.html"


def _article_links(soup: BeautifulSoup) -> list[Tag]:
    """A record's links to its notices, chosen by shape: aggregate columns put a category tag first
    (`<a href="/col/col…/index.html">[政策文件]</a><a href="/art/…" title=…>`). Every /art/ or art_… href (a
    policy and its [解读] are two notices), else a link with a title attribute, else the first link; never a link
    to a column page."""
    links = [a for a in soup.find_all("a", href=True) if not _COLUMN_LINK.search(a["href"].strip())]
    articles = [a for a in links if _ARTICLE_LINK.search(a["href"])]
    if articles:
        return articles
    chosen = next((a for a in links if (a.get("title") or "").strip()), None) or (links[0] if links else None)
    return [chosen] if chosen is not None else []


def _further_title(link: Tag, first: ListItem, item: ListItem) -> str:
    """A record's further notice named by a bare tag ([解读], 【图解】) is listed under its policy's title and the tag:
    the tag alone names nothing the notice's page would show."""
    if (link.get("title") or "").strip() or len(item.title) > 8:
        return item.title
    return f"{first.title} {item.title}"


def parse_records(text: str, page_url: str, skipped: list[str] | None = None,
                  not_notices: list[str] | None = None, secondary: set[str] | None = None) -> list[ListItem]:
    """Every <record><![CDATA[…]]></record> fragment, parsed as HTML (an HTML parser sees script text only).

    page_url is the base the records' relative links resolve against (the column page's, <base href> included).
    A record with several notices (a policy and its [解读]) lists each; the further ones go in `secondary` (the site
    counts the record once). A record whose only links are column pages (a 专题 linked as a record) lists nothing
    and goes in `not_notices` (the site counts it as a record)."""
    items: list[ListItem] = []
    for fragment in _RECORD.findall(text):
        soup = BeautifulSoup(fragment, "lxml")
        resolve_script_links(soup)
        links = _article_links(soup)
        if not links:
            columns = [a["href"].strip() for a in soup.find_all("a", href=True)]
            if columns and not_notices is not None:
                not_notices.append(join_url(page_url, columns[0]) or columns[0])
            continue
        first: ListItem | None = None
        here: set[str] = set()
        for link in links:
            item = item_from_link(link, soup, page_url, skipped)
            if item is None or item.url in here:
                continue
            here.add(item.url)
            if first is None:
                first = item
            else:
                item = ListItem(url=item.url, title=_further_title(link, first, item), date=item.date or first.date)
                if secondary is not None:
                    secondary.add(item.url)
            items.append(item)
    return items


def _base_of(html: str, page_url: str) -> str:
    """The column page's <base href> element (never one in a comment or script), when http(s) on the page's own
    site, else the page URL: what its records' relative links resolve against."""
    if not _BASE_TAG.search(html):
        return page_url
    return document_base(BeautifulSoup(html, "lxml"), page_url)


def _js_object(body: str) -> dict[str, str]:
    return {m.group(1): next(g for g in m.groups()[1:] if g is not None).strip() for m in _JS_PAIR.finditer(body)}


def _call_body(text: str, open_paren: int) -> str:
    """The argument text of a call, braces and quotes balanced (a config may hold nested objects)."""
    depth, quote, i = 0, None, open_paren
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in "({[":
            depth += 1
        elif ch in ")}]":
            depth -= 1
            if depth == 0:
                return text[open_paren + 1:i]
        i += 1
    return text[open_paren + 1:]


def _jpage_configs(html: str) -> dict[str, dict[str, str]]:
    """unitid → the jpage call's settings (totalRecord, perPage, groupSize, proxyUrl …)."""
    out: dict[str, dict[str, str]] = {}
    for match in _JPAGE.finditer(html):
        body = _call_body(html, match.end() - 1).strip()
        if body.startswith("{") and body.endswith("}"):
            body = body[1:-1]
        # Top-level keys only: a nested object's own keys (an ajaxParam literal) must not shadow the call's.
        while (flat := re.sub(r"\{[^{}]*\}", "null", body)) != body:
            body = flat
        out[match.group(1)] = _js_object(body)
    return out


def _units(html: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _UNIT.finditer(html)]


def _column_of(url: str) -> str | None:
    m = _COLUMN_IN_URL.search(url)
    return m.group(1) if m else None


def _choose_unit(html: str, page_url: str, column_id: str | None) -> tuple[str | None, str]:
    """The list unit of this column: its param object names the column, or its links do; else the largest."""
    units = _units(html)
    if not units:
        return None, html
    if len(units) == 1:
        return units[0]
    params = {u: _js_object(body) for u, body in _PARAM_OBJ.findall(html)}
    if column_id:
        for unit, store in units:
            if str(params.get(unit, {}).get("columnid", "")).strip("'\"") == column_id:
                return unit, store
        for unit, store in units:
            if f"art_{column_id}_" in store or f"/col{column_id}/" in store:
                return unit, store
    return max(units, key=lambda u: len(_RECORD.findall(u[1])))


def parse_column_page(html: str, page_url: str, column_id: str | None = None) -> Listing:
    """A classic column page: the first records of the column's unit, and its paging parameters."""
    column_id = column_id or _column_of(page_url)
    unit_id, store = _choose_unit(html, page_url, column_id)
    base = _base_of(html, page_url)
    skipped: list[str] = []
    not_notices: list[str] = []
    secondary: set[str] = set()
    items = parse_records(store, base, skipped, not_notices, secondary)
    if unit_id is None and not items and not not_notices:
        raise ListingParseError(f"{page_url}: no <datastore> list unit found")
    params = {u: _js_object(body) for u, body in _PARAM_OBJ.findall(html)}
    form = params.get(unit_id or "", {})
    if not form and len(params) == 1:
        form = next(iter(params.values()))
    configs = _jpage_configs(html)
    jpage = configs.get(unit_id or "") or (next(iter(configs.values())) if len(configs) == 1 else {})
    nextgroup = _NEXTGROUP_HREF.search(store)
    proxy = jpage.get("proxyUrl") or (nextgroup.group(1).split("?")[0] if nextgroup else None)
    if not form and nextgroup:  # the nextgroup link carries the same parameters as a query string
        form = {k: v for k, v in parse_qsl(urlsplit(nextgroup.group(1)).query) if k != "page"}
    total = int_or_none(jpage.get("totalRecord"))
    if total is None and (m := _TOTAL_RECORD.search(store)):
        total = int(m.group(1))
    per_page = int_or_none(jpage.get("perPage"))
    group = int_or_none(jpage.get("groupSize"))
    pages = -(-total // per_page) if total is not None and per_page else None
    return Listing(items=items, total=total, pages=pages, family=FAMILY, skipped=skipped, not_notices=not_notices,
                   secondary=secondary, paging={
        "unitid": unit_id, "proxy_url": join_url(page_url, proxy) if proxy else None,
        "per_page": per_page, "group_size": group, "form": form, "link_base": base})


def parse_dataproxy(xml_text: str, page_url: str, base: str | None = None) -> Listing:
    """A dataproxy.jsp answer: <datastore><totalrecord>…<recordset><record>…

    Its records are shown inside the column page: with `base` (the column page's link base) their relative links
    resolve as the page resolves them, not against the proxy URL."""
    lowered = xml_text.lower()
    if "<datastore" not in lowered and "<record" not in lowered:
        raise ListingParseError(f"{page_url}: not a dataproxy answer (no <datastore>)")
    total, pages = _TOTAL_RECORD.search(xml_text), _TOTAL_PAGE.search(xml_text)
    skipped: list[str] = []
    not_notices: list[str] = []
    secondary: set[str] = set()
    return Listing(items=parse_records(xml_text, base or page_url, skipped, not_notices, secondary),
                   total=int(total.group(1)) if total else None,
                   pages=int(pages.group(1)) if pages else None, family=FAMILY, skipped=skipped,
                   not_notices=not_notices, secondary=secondary)


def parse_list(text: str, url: str) -> Listing:
    """Either kind of classic list answer, told apart by its shape."""
    head = text.lstrip()[:200].lower()
    if head.startswith("<?xml") or head.startswith("<datastore"):
        return parse_dataproxy(text, url)
    return parse_column_page(text, url)


def detect(text: str, url: str) -> Detection | None:
    if "<datastore" not in text.lower() and ".jpage(" not in text:
        return None
    try:
        listing = parse_column_page(text, url)
    except ListingParseError:
        return None
    form = listing.paging.get("form") or {}
    column = str(form.get("columnid") or _column_of(url) or "") or None
    return Detection(family=FAMILY, column_id=column, site_id=str(form.get("webid") or "") or None,
                     announced=listing.total, first_page_items=len(listing.items),
                     paging={k: v for k, v in listing.paging.items() if k not in ("form", "link_base")})


def _window(listing: Listing) -> tuple[int, int]:
    per = listing.paging.get("per_page") or 15
    group = listing.paging.get("group_size") or 3
    return per, max(per, min(per * group, MAX_WINDOW))


def list_column(session: ListSession, base_url: str, column_id: str) -> ColumnListing:
    out = ColumnListing(column_id)
    col_url = column_url(base_url, column_id)
    got = read_column_page(session, out, col_url, lambda text, url: parse_column_page(text, url, column_id))
    if got is None:
        return out
    first = got[0]
    out.announced, out.announced_pages = first.total, first.pages
    out.add(first.items)
    distrust_short_total(out)
    proxy = first.paging.get("proxy_url")
    per, _ = _window(first)
    end: str | None = None  # how paging proved the column's end, when it did
    stopped = ""
    if proxy and (out.announced is None or out.records < out.announced) and not stop_if_caught_up(session, out):
        stopped, proved = _page(session, out, first, col_url, column_id)
        end = stopped if proved else None
    elif not proxy and out.announced is None and not out.errors:
        shown = out.records + len(first.skipped)
        if shown < per:
            # No paging endpoint and no total, and fewer records than a page holds: the unit is the whole column
            # (JPaaS reads a short page without a pager the same way)
            end = f"the column page holds {shown} records, fewer than a page ({per}), and no pager"
        else:
            # a full page and no pager to follow: an unrecognised pager may hold more pages; what was read is kept,
            # but nothing says it is the whole column (it must not mark notices missing from it as unlisted)
            out.errors.append(f"column {column_id}: no jpage call or nextgroup proxy and no total on {col_url}: "
                              f"{len(out.items)} records on the column page, the column's length unknown")
    note_shortfall(out, stopped)
    if out.announced is None and not out.errors and not out.capped and not out.caught_up and out.items:
        if end:
            out.notes.append(f"column {column_id}: no record count announced; read whole: {end}")
        elif proxy:
            out.errors.append(f"column {column_id}: no record count announced; read {len(out.items)} records until "
                              f"{stopped}: the column's length is unknown")
    return out


def _page(session: ListSession, out: ColumnListing, first: Listing, col_url: str, column_id: str) -> tuple[str, bool]:
    """Windows of perPage × groupSize records. Both paging styles go in every request (startrecord/endrecord
    and page=N), so a server that honours only page=N walks its pages one by one; stop on the announced total,
    an empty or short answer (fewer new records than perPage: the column's end, proved by paging), or an answer
    that repeats what earlier answers gave (a server ignoring our paging: no proof of the end). Returns why it
    stopped and whether paging proved the column's end."""
    per, window = _window(first)
    form = dict(first.paging.get("form") or {}) or {"col": "1", "appid": "1", "columnid": column_id,
                                                    "unitid": first.paging.get("unitid") or "", "path": "/",
                                                    "sourceContentType": "1", "permissiontype": "0"}
    parts = urlsplit(col_url)
    headers = {"Referer": col_url, "Origin": f"{parts.scheme}://{parts.netloc}", "X-Requested-With": "XMLHttpRequest"}
    answered: set[str] = set()
    distrusted = out.announced is None and first.total is not None  # the page's count was dropped already
    for request in range(1, session.max_pages + 1):
        start, end = (request - 1) * window + 1, request * window
        url = f"{first.paging['proxy_url']}?startrecord={start}&endrecord={end}&perpage={per}&page={request}"
        res = session.post(url, data=form, kind="list", headers=headers, expect="xml")
        out.posts += 1
        if not res.ok:
            out.errors.append(f"column {column_id} list request {request}: {res.outcome.value}: {res.error}")
            return f"request {request} failed", False
        try:
            answer = parse_dataproxy(res.text, url, first.paging.get("link_base"))
        except ListingParseError as exc:
            session.parse_failure(url, "list", str(exc))
            out.errors.append(str(exc))
            return f"request {request} unreadable", False
        out.pages_read += 1
        note_skipped(session, out, answer, url)
        if answer.total is not None and not distrusted:
            out.announced = answer.total
        shown = (len({i.url for i in answer.items} - answer.secondary) + len(answer.not_notices)
                 + len(answer.skipped))  # the records this answer holds
        fresh = [i for i in answer.items if i.url not in answered]
        fresh_others = set(answer.not_notices) - answered
        answered.update(i.url for i in fresh)
        answered.update(fresh_others)
        if not shown:
            return f"request {request} was empty", True
        if not fresh and not fresh_others:
            return f"request {request} repeated earlier answers", False
        out.add(fresh)
        distrusted = distrust_short_total(out) or distrusted
        if out.announced is not None and out.records >= out.announced:
            return f"request {request} reached the announced total", False
        if shown < per:
            return f"request {request} was short ({shown} records, fewer than a page of {per})", True
        if stop_if_caught_up(session, out):
            return f"request {request} held only records read before", False
    out.capped = True
    return f"capped at {session.max_pages} requests", False
