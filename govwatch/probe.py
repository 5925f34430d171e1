"""`govwatch probe`: tell a column page's CMS family and print the sources.toml entry that crawls it."""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from scrapers.cms import detect_family


class ProbeError(ValueError):
    """The page is of no known family, or could not be fetched."""


def probe_page(text: str, url: str, *, today: date | None = None) -> dict:
    """The family, its parameters as read off the page, and the registry entry to add."""
    found = detect_family(text, url)
    if found is None:
        raise ProbeError(f"{url}: no known CMS family (hanweb_classic, hanweb_jpaas, trs_wcm, hanweb_xxgk) "
                         "recognises this page; is it a column (list) page?")
    parts = urlsplit(url)
    base_url = f"{parts.scheme}://{parts.netloc}"
    soup = BeautifulSoup(text, "lxml")
    site = _meta(soup, "sitename") or (soup.title.get_text(strip=True).split("_")[-1] if soup.title else "") or parts.netloc
    column_name = _meta(soup, "columnname") or ""
    column_id = found.column_id or _column_from_path(parts.path)
    result = found.to_json()
    result.update(base_url=base_url, site_name=site, column_name=column_name, column_id=column_id)
    result["sources_toml"] = registry_entry(result, url, today or date.today())
    return result


def registry_entry(found: dict, url: str, today: date) -> str:
    host = urlsplit(url).hostname or ""
    source_id = re.sub(r"[^a-z0-9]+", "_", host.removeprefix("www.").removesuffix(".gov.cn")).strip("_") or "site"
    hosts = [host, host.removeprefix("www.")] if host.startswith("www.") else [host]
    lines = [
        "[[source]]",
        f'id = "{source_id}"',
        f'name = "{found["site_name"]}"',
        f'cms = "{found["family"]}"',
        f'base_url = "{found["base_url"]}"',
        f"allowed_hosts = [{', '.join(repr(h).replace(chr(39), chr(34)) for h in hosts)}]",
    ]
    if found.get("site_id") and str(found["site_id"]).isdigit():
        lines.append(f"webid = {found['site_id']}")
    lines.append(f'columns = [{{ id = "{found["column_id"]}", name = "{found["column_name"]}" }}]')
    announced = found.get("announced")
    lines.append(f"# probed {today.isoformat()} from {url}: {found['first_page_items']} records on the first page"
                 + (f", {announced} announced" if announced is not None else ", no total announced"))
    if found.get("paging"):
        lines.append("# paging read off the page: " + ", ".join(f"{k}={v}" for k, v in found["paging"].items()
                                                             if v not in (None, "", {})))
    return "\n".join(lines)


def _meta(soup: BeautifulSoup, name: str) -> str | None:
    for tag in soup.find_all("meta"):
        if (tag.get("name") or "").strip().lower() == name and tag.get("content"):
            return " ".join(tag["content"].split())
    return None


def _column_from_path(path: str) -> str:
    m = re.search(r"/col/col(\d+)/", path)
    if m:
        return m.group(1)
    return re.sub(r"/?index(?:_\d+)?\.s?html?$", "", path).strip("/")
