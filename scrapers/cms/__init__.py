"""CMS adapters, one module per family; `adapter(cms)` picks one, `detect_family` tells a column page's family."""
from __future__ import annotations

from types import ModuleType

from scrapers.cms import hanweb_classic, hanweb_jpaas, trs_wcm, xxgk
from scrapers.cms.base import ColumnListing, Detection, ListSession
from scrapers.listing import Listing, ListingParseError

# Most specific first: a JPaaS shell names its build/unit API, a TRS page calls createPageHTML or links
# ./YYYYMM/tYYYYMMDD_N.html (ahead of the 信息公开 answer parser, which takes any page printing 共N条), a 信息公开
# page calls search.jsp (and may also carry a classic jpage sidebar); classic is whatever holds a <datastore> list unit.
ADAPTERS: dict[str, ModuleType] = {m.FAMILY: m for m in (hanweb_jpaas, trs_wcm, xxgk, hanweb_classic)}
FAMILIES = tuple(ADAPTERS)

__all__ = ["ADAPTERS", "FAMILIES", "ColumnListing", "Detection", "ListSession", "adapter", "detect_family",
           "parse_any_list"]


def adapter(cms: str) -> ModuleType:
    try:
        return ADAPTERS[cms]
    except KeyError:
        raise ValueError(f"unsupported cms {cms!r} (known: {', '.join(FAMILIES)})") from None


def detect_family(text: str, url: str) -> Detection | None:
    """The first family whose reading of this column page succeeds (most specific families first)."""
    for module in ADAPTERS.values():
        found = module.detect(text, url)
        if found is not None:
            return found
    return None


def parse_any_list(text: str, url: str) -> Listing:
    """A list answer of any known family (`govwatch parse-list`)."""
    errors = []
    for module in ADAPTERS.values():
        try:
            listing = module.parse_list(text, url)
        except ListingParseError as exc:
            errors.append(f"{module.FAMILY}: {exc}")
            continue
        # A column page that only says how to page (a JPaaS shell, a 信息公开 page) is a list answer too.
        if listing.items or listing.total is not None or listing.paging:
            return listing
        errors.append(f"{module.FAMILY}: no items")
    raise ListingParseError(f"{url}: not a list answer of any known family ({'; '.join(errors)})")
