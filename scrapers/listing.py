"""The shared types of column listings (ListItem, Listing) and the record-fragment helpers every family uses.

Everything family-specific (where the list is, how it pages, what "complete" means) lives in scrapers/cms/.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin

from bs4 import Tag

from scrapers.article import honoured_base, without_invisible

_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_PUBLISHED_HEADER = re.compile(r"^(?:发布|公开)(?:日期|时间)$")


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
    """One list answer: its items, what it announces, and the family's paging parameters read off it."""

    items: list[ListItem]
    total: int | None = None                  # records the site announces for the column
    pages: int | None = None                  # pages the site announces, when it does
    family: str | None = None
    paging: dict = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # records left out because their link cannot be read
    not_notices: list[str] = field(default_factory=list)  # records linking only a column/专题 page: no notice
    secondary: set[str] = field(default_factory=set)  # URLs of a record's further notices (its [解读]): no record

    def to_json(self) -> dict:
        out = {"items": [i.to_json() for i in self.items], "total": self.total}
        if self.family is not None:
            out["family"] = self.family
        return out


def join_url(base: str, href: str) -> str | None:
    """href resolved against base, or None when either is no URL urllib can read (`http://[www.…`: a host typo
    read as a broken IPv6 literal raises ValueError in urlsplit)."""
    try:
        return urljoin(base, href)
    except ValueError:
        return None


def document_base(soup, page_url: str) -> str:
    """The base relative links of this document resolve against: its <base href> element (a parsed element: never
    one in a comment or script) when http(s) on the page's own site, else the page URL (article.honoured_base)."""
    tag = soup.find("base", href=True) if soup is not None else None
    return honoured_base(page_url, tag.get("href") if tag is not None else None)


# A record whose link is in script: href="javascript:openArticle('./202402/t20240227_5.html')", or href="javascript:;"
# with onclick="window.open('…')" / "location.href='…'" (older county templates). The first quoted string that reads as
# a page's address (a file of a page type, .html/.jsp/…, relative or absolute) is the record's link.
_SCRIPT_URL = re.compile(r"""['"]((?:https?://|/|\.{1,2}/)?[^'"\s<>();]+\.(?:s?html?|jsp|aspx?|php)"""
                         r"""(?:\?[^'"\s<>]*)?)['"]""", re.I)


def script_link(link: Tag) -> str | None:
    """The address a link opens through script (its javascript: href or its onclick), or None."""
    href = (link.get("href") or "").strip()
    if href and not href.lower().startswith(("javascript:", "#")):
        return None
    script = href[len("javascript:"):] if href.lower().startswith("javascript:") else ""
    script += " " + (link.get("onclick") or "")
    match = _SCRIPT_URL.search(script)
    return match.group(1) if match else None


def resolve_script_links(soup) -> None:
    """Give every link that opens its page through script that page as its href, so list parsing sees the record."""
    for link in soup.find_all("a"):
        if (url := script_link(link)) is not None:
            link["href"] = url


def item_from_link(link: Tag, scope: Tag, page_url: str, skipped: list[str] | None = None) -> ListItem | None:
    """A list item from one <a>: the full title from its title attribute, the date from the record around it.

    page_url is the base relative links resolve against (the document's <base href> when it has one). A link
    that is no readable URL gives None, and a note of it in `skipped` when given."""
    href = (link.get("href") or "").strip()
    if not href or href.lower().startswith(("javascript:", "#", "mailto:")):
        return None
    url = join_url(page_url, href)
    if url is None:
        if skipped is not None:
            skipped.append(f"list record skipped: malformed link {href[:200]!r} "
                           f"({' '.join(link.get_text(' ', strip=True).split())[:80] or 'no text'})")
        return None
    when = record_date(scope)  # before the title is read: that takes date tags out of the link
    # The title attribute carries the full title; anchor text is often cut with "…".
    title = (link.get("title") or "").strip()
    if not title:
        for tag in link.find_all(["span", "i", "em", "font"]):
            if DATE.fullmatch(tag.get_text(strip=True).strip("[]()（）")):
                tag.extract()
        title = link.get_text(" ", strip=True)
    if _ENTITY.search(title):  # escaped twice by the template (&amp;ldquo;): what a reader sees is the character
        title = html.unescape(title)
    return ListItem(url=url, title=" ".join(without_invisible(title).split()), date=when)


def record_date(scope: Tag) -> str | None:
    """The list date: in a table row under a header, the cell of the 发布日期 column (信息公开 tables also show a 成文日期);
    else an element whose whole text is a date, else the last date (titles often contain dates)."""
    if (cell := _published_cell(scope)) is not None and (match := DATE.search(cell.get_text(" "))):
        return iso_date(match)
    for tag in scope.find_all(["span", "i", "em", "td", "font", "div", "b", "p"]):
        match = DATE.fullmatch(tag.get_text(strip=True).strip("[]()（）"))
        if match:
            return iso_date(match)
    matches = list(DATE.finditer(scope.get_text(" ")))
    return iso_date(matches[-1]) if matches else None


def _published_cell(row: Tag) -> Tag | None:
    """The cell of row in the column its table's header names 发布日期 / 公开日期 / 发布时间 (cells counted plainly: a
    header with merged cells names no column), or None."""
    table = row.find_parent("table") if row.name == "tr" else None
    if table is None:
        return None
    header = next((tr for tr in table.find_all("tr") if tr.find("th") is not None), None)
    if header is None or header is row:
        return None
    names = [c.get_text("", strip=True) for c in header.find_all(["th", "td"], recursive=False)]
    cells = row.find_all(["td", "th"], recursive=False)
    column = next((i for i, name in enumerate(names) if _PUBLISHED_HEADER.search(name)), None)
    return cells[column] if column is not None and len(cells) == len(names) else None


def iso_date(match: re.Match) -> str | None:
    y, m, d = match.groups()[:3]
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:  # 2月30日 in a list is no date
        return None


def int_or_none(value) -> int | None:
    try:
        return int(str(value).strip("'\" ")) if value is not None else None
    except ValueError:
        return None
