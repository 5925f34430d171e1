"""What every CMS adapter gives the crawl: the column URL, a complete-or-not column listing, a list parser, detection.

One module per CMS family under scrapers/cms/ owns everything family-specific (design/gov-sites.md);
crawl.py picks the adapter by the source's `cms` and never looks inside a list answer itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Protocol

from scrapers.http_types import FetchResult
from scrapers.listing import Listing, ListingParseError, ListItem


class ListSession(Protocol):
    """The crawl's side of a column listing: polite fetches, and a place to record what went wrong."""

    max_pages: int  # list requests allowed per column after the first page (the source's max_pages_per_column)

    def get(self, url: str, *, kind: str = "list", expect: str = "html",
            headers: dict | None = None) -> FetchResult: ...

    def post(self, url: str, data: dict, *, kind: str = "list", expect: str = "xml",
             headers: dict | None = None) -> FetchResult: ...

    def parse_failure(self, url: str, kind: str, message: str) -> None: ...

    def caught_up(self, column_id: str, items: list[ListItem]) -> bool:
        """Optional: True when a page's records are all held already and the column's older records were read
        whole on an earlier run, so paging further would only read what is known (see `stop_if_caught_up`)."""
        ...


@dataclass
class ColumnListing:
    """One column as read in one run, beside what the site announced for it."""

    column_id: str
    items: list[ListItem] = field(default_factory=list)
    announced: int | None = None        # records the site says the column holds (totalRecord, count, …)
    announced_pages: int | None = None  # pages the site says it has, when it says so
    pages_read: int = 0                 # list answers read, the column page included
    posts: int = 0                      # POST requests sent for this column
    capped: bool = False                # stopped by max_pages_per_column before the end
    caught_up: bool = False             # stopped at a page of records already held; the rest was read before
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the reading met that is no fault (records no notice …)
    not_notices: set[str] = field(default_factory=set)  # records that link a column/专题 page, not a notice
    secondary: set[str] = field(default_factory=set)    # URLs of records' further notices (a policy's [解读])
    last_added: list[ListItem] = field(default_factory=list, repr=False)  # what the latest `add` added

    def add(self, items: list[ListItem]) -> int:
        """Add items not seen yet (by URL); return how many were new."""
        known = {i.url for i in self.items}
        fresh = [i for i in items if i.url not in known and not known.add(i.url)]
        self.items.extend(fresh)
        self.last_added = fresh
        return len(fresh)

    def note_records(self, listing: Listing) -> None:
        """What a list answer says beside its items: records that are no notice, and records' further notices."""
        self.secondary |= listing.secondary
        for url in listing.not_notices:
            if url not in self.not_notices:
                self.not_notices.add(url)
                self.notes.append(f"column {self.column_id}: a record links {url}, a column or special-topic page, "
                                  "not a notice: counted as a record, not listed")

    @property
    def records(self) -> int:
        """Records read: the notices listed (a record's [解读] beside its policy is one record) and the records
        that are no notice (a 专题 column linked as a record); what the site's count counts."""
        return len({i.url for i in self.items} - self.secondary) + len(self.not_notices)

    @property
    def shortfall(self) -> int | None:
        """Announced records not read (0 when all were, or when the listing caught up with records already held),
        or None when the site announced nothing."""
        if self.announced is None:
            return None
        return 0 if self.caught_up and not self.errors else max(0, self.announced - self.records)

    @property
    def complete(self) -> bool:
        """Read to its end: without error, not capped, not stopped at records already held, non-empty, and every
        announced record seen.

        Only a complete listing may mark notices missing from it as no longer listed (a caught-up one never: when the
        site announces no total, nothing else would tell it from a whole reading)."""
        return (not self.errors and not self.capped and not self.caught_up and bool(self.items)
                and (self.announced is None or self.records >= self.announced))

    @property
    def settled(self) -> bool:
        """Nothing missing: read whole, or read until records already held (a caught-up night's listing)."""
        return self.complete or (self.caught_up and not self.errors and bool(self.items))

    @property
    def incomplete_reason(self) -> str | None:
        if self.settled:
            return None
        if self.errors:
            return "; ".join(self.errors[:3])
        if self.capped:
            return (f"stopped at the paging cap after {self.pages_read} pages: "
                    f"{len(self.items)} of {self.announced if self.announced is not None else '?'} records")
        if not self.items:
            return "no records listed"
        return f"listed {self.records} of {self.announced} announced records"

    def to_record(self) -> dict:
        return {"column_id": self.column_id, "items": len(self.items), "total": self.announced,
                "announced_pages": self.announced_pages, "pages_read": self.pages_read, "posts": self.posts,
                "capped": self.capped, "complete": self.complete, "caught_up": self.caught_up and self.settled,
                "shortfall": self.shortfall,
                "not_notices": len(self.not_notices), "notes": self.notes, "reason": self.incomplete_reason}


@dataclass
class Detection:
    """What `govwatch probe` learns from one column page: enough to write the sources.toml entry."""

    family: str
    column_id: str | None
    site_id: str | None = None          # webid / webId / site code
    announced: int | None = None
    first_page_items: int = 0
    paging: dict = field(default_factory=dict)   # family-specific parameters read off the page
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"family": self.family, "column_id": self.column_id, "site_id": self.site_id,
                "announced": self.announced, "first_page_items": self.first_page_items,
                "paging": self.paging, "notes": self.notes}


class CmsAdapter(Protocol):
    """One CMS family. Implementations: scrapers/cms/<family>.py, registered in scrapers/cms/__init__.py."""

    family: str

    def column_url(self, base_url: str, column_id: str) -> str:
        """The page a person opens for this column."""

    def detect(self, text: str, url: str) -> Detection | None:
        """This family's reading of a column page, or None when the page is not of this family."""

    def parse_list(self, text: str, url: str) -> Listing:
        """Any list answer of this family (column page or paging answer) → items and announced total."""

    def list_column(self, session: ListSession, base_url: str, column_id: str) -> ColumnListing:
        """Read the whole column: first page, then paging, until the announced total or the cap."""


def read_column_page(session: ListSession, out: ColumnListing, url: str, parse: Callable[[str, str], Listing],
                     *, kind: str = "column", where: str | None = None) -> tuple[Listing, str] | None:
    """GET one list page and parse it: (listing, final URL), or None with the failure recorded on `out`
    (a fetch error in out.errors; a parse error also as a parse failure of the run)."""
    res = session.get(url, kind=kind, expect="html")
    if not res.ok:
        out.errors.append(f"{where or f'column {out.column_id}'}: {res.outcome.value}: {res.error}")
        return None
    try:
        listing = parse(res.text, res.final_url)
    except ListingParseError as exc:
        session.parse_failure(url, kind, str(exc))
        out.errors.append(str(exc))
        return None
    out.pages_read += 1
    note_skipped(session, out, listing, url)
    return listing, res.final_url


def note_skipped(session: ListSession, out: ColumnListing, listing: Listing, url: str) -> None:
    """Records a list answer left out because their link is no readable URL: each is a parse failure of the run
    and an error of the listing (a notice the list shows was not listed, so the listing is not whole)."""
    out.note_records(listing)
    for why in listing.skipped:
        error = f"column {out.column_id}: {why}"
        if error in out.errors:  # the same record again in a later answer (pinned records, overlapping windows)
            continue
        session.parse_failure(url, "list", why)
        out.errors.append(error)


def stop_if_caught_up(session: ListSession, out: ColumnListing) -> bool:
    """After a list page: whether to stop paging because the session already holds every record the page added to
    the listing and read the column whole before (lists are newest first, so what follows is known too).
    Sets out.caught_up."""
    check = getattr(session, "caught_up", None)  # sessions that hold nothing (probe, tests) never catch up
    if out.last_added and check is not None and check(out.column_id, out.last_added):
        out.caught_up = True
    return out.caught_up


def distrust_short_total(out: ColumnListing) -> bool:
    """An announced total smaller than the records already read is no total (a 共5条 read off the wrong text, a
    stale count): the count is taken as unknown (noted), and the reading must prove the column's end itself.
    Returns whether it dropped one."""
    if out.announced is None or out.records <= out.announced:
        return False
    out.notes.append(f"column {out.column_id}: announced {out.announced} records but {out.records} were read: "
                     "the count is no total, taken as unknown")
    out.announced = out.announced_pages = None
    return True


def note_shortfall(out: ColumnListing, why: str = "") -> None:
    """A listing that ended without error short of what the site announced says so (it is incomplete)."""
    distrust_short_total(out)
    if (out.announced is not None and out.records < out.announced and not out.errors and not out.capped
            and not out.caught_up):
        out.errors.append(f"column {out.column_id}: listed {out.records} of {out.announced} announced records"
                          + (f" ({why})" if why else ""))
