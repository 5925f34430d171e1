"""Parse Hanweb classic column listings: the <datastore> embedded in a column page and dataproxy.jsp answers."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin

from bs4 import BeautifulSoup

_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)
_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_TOTAL_RECORD = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>", re.I)
_DATASTORE_UNIT = re.compile(r"<div[^>]*\bid=['\"]?(\w+)['\"]?[^>]*>\s*<script[^>]*type=['\"]text/xml['\"][^>]*>\s*<datastore>", re.I)
_PARAM_OBJ = re.compile(r"var\s+param_(\w+)\s*=\s*\{(.*?)\}\s*;", re.S)
_JPAGE_CALL = re.compile(r"\.jpage\(\s*\{(.*?)\}\s*\)", re.S)
_JS_PAIR = re.compile(r"(\w+)\s*:\s*(?:'([^']*)'|\"([^\"]*)\"|([^,}\s][^,}]*))")


class ListingParseError(ValueError):
    """A page that should be a column listing has no recognisable list."""


@dataclass(frozen=True)
class ListItem:
    url: str
    title: str
    date: str | None  # YYYY-MM-DD as shown on the list

    def to_json(self) -> dict:
        return {"url": self.url, "title": self.title, "date": self.date}


@dataclass
class Listing:
    items: list[ListItem]
    total: int | None = None
    per_page: int | None = None
    proxy_url: str | None = None          # absolute URL of dataproxy.jsp
    proxy_form: dict[str, str] = field(default_factory=dict)  # the param_{unitid} object, as form fields

    def to_json(self) -> dict:
        return {"items": [i.to_json() for i in self.items], "total": self.total}


def parse_records(text: str, page_url: str) -> list[ListItem]:
    """Every <record><![CDATA[…]]></record> fragment, parsed as HTML (links live inside script text)."""
    items: list[ListItem] = []
    for fragment in _RECORD.findall(text):
        item = _parse_record(fragment, page_url)
        if item is not None:
            items.append(item)
    return items


def _parse_record(fragment: str, page_url: str) -> ListItem | None:
    soup = BeautifulSoup(fragment, "lxml")
    link = soup.find("a", href=True)
    if link is None:
        return None
    href = link["href"].strip()
    if not href or href.lower().startswith(("javascript:", "#", "mailto:")):
        return None
    date = _record_date(soup)
    # The title attribute carries the full title; anchor text is often cut with "…".
    title = (link.get("title") or "").strip()
    if not title:
        for tag in link.find_all(["span", "i", "em", "font"]):
            if _DATE.fullmatch(tag.get_text(strip=True).strip("[]()（）")):
                tag.extract()
        title = link.get_text(" ", strip=True)
    return ListItem(url=urljoin(page_url, href), title=" ".join(title.split()), date=date)


def _record_date(soup: BeautifulSoup) -> str | None:
    """The list date: an element whose whole text is a date, else the last date (titles often contain dates)."""
    for tag in soup.find_all(["span", "i", "em", "td", "font", "div", "b"]):
        match = _DATE.fullmatch(tag.get_text(strip=True).strip("[]()（）"))
        if match:
            return _iso(match)
    matches = list(_DATE.finditer(soup.get_text(" ")))
    return _iso(matches[-1]) if matches else None


def _iso(match: re.Match) -> str | None:
    y, m, d = match.groups()
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:  # 2月30日 in a list is no date
        return None


def _js_object(body: str) -> dict[str, str]:
    return {m.group(1): next(g for g in m.groups()[1:] if g is not None).strip() for m in _JS_PAIR.finditer(body)}


def parse_column_page(html: str, page_url: str) -> Listing:
    """A classic column page: first records from the embedded <datastore>, paging parameters from the script."""
    items = parse_records(html, page_url)
    unit = _DATASTORE_UNIT.search(html)
    if unit is None and not items:
        raise ListingParseError(f"{page_url}: no <datastore> list unit found")
    unit_id = unit.group(1) if unit else None
    form: dict[str, str] = {}
    for match in _PARAM_OBJ.finditer(html):
        if unit_id is None or match.group(1) == unit_id:
            form = _js_object(match.group(2))
            unit_id = match.group(1)
            break
    jpage = {}
    for match in _JPAGE_CALL.finditer(html):
        jpage = _js_object(match.group(1))
        break
    proxy = jpage.get("proxyUrl")
    if not proxy:
        nextgroup = re.search(r"<nextgroup>\s*<!\[CDATA\[.*?href=['\"]([^'\"?]+)", html, re.S)
        proxy = nextgroup.group(1) if nextgroup else None
    return Listing(
        items=items,
        total=_int_or_none(jpage.get("totalRecord")),
        per_page=_int_or_none(jpage.get("perPage")),
        proxy_url=urljoin(page_url, proxy) if proxy else None,
        proxy_form=form,
    )


def parse_dataproxy(xml_text: str, page_url: str) -> Listing:
    """A dataproxy.jsp answer: <datastore><totalrecord>…<recordset><record>…"""
    if "<datastore" not in xml_text.lower() and "<record" not in xml_text.lower():
        raise ListingParseError(f"{page_url}: not a dataproxy answer (no <datastore>)")
    total = _TOTAL_RECORD.search(xml_text)
    return Listing(items=parse_records(xml_text, page_url), total=int(total.group(1)) if total else None)


def parse_listing(text: str, page_url: str) -> Listing:
    """Either kind of listing, told apart by its shape."""
    if text.lstrip().startswith("<?xml") or text.lstrip().lower().startswith("<datastore"):
        return parse_dataproxy(text, page_url)
    return parse_column_page(text, page_url)


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(str(value).strip("'\" ")) if value is not None else None
    except ValueError:
        return None
