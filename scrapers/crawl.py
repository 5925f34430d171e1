"""Crawl one source: column listings through the source's CMS adapter, then new or changed articles."""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

import httpx

from scrapers.article import ArticleParseError, parse_article
from scrapers.article_pages import with_framed_text, with_further_pages
from scrapers.faultpoints import faultpoint
from scrapers.http import FetchAttempt, Outcome, PoliteClient
from scrapers.landing import (Journal, journal_path, landing_path, read_state, salvage_journals, write_landing_file,
                             write_state)
from scrapers import cms
from scrapers.cms.base import ColumnListing
from scrapers.listing import ListItem
from scrapers.registry import Column, Source
from scrapers.urls import canonical_url

CUT_OFF_SETTLES = 3      # runs in a row a page must come cut off the same way before it is taken as the site's
META_KEY = "__source__"  # per-source facts kept in the state file beside per-URL validators
MAX_RETRIES_KEPT = 200   # failed records of a column kept to be asked again on the next run
BLOCKING_OUTCOMES = {Outcome.BLOCKED_CHALLENGE, Outcome.BLOCKED_ROBOTS}


@dataclass
class CrawlReport:
    source_id: str
    run_id: str
    landing_file: str
    status: str = "ok"                 # ok | partial | failed | blocked
    items_listed: int = 0
    articles_new: int = 0
    articles_changed: int = 0
    articles_unchanged: int = 0
    articles_skipped: int = 0          # known, no validators: not downloaded again
    articles_deferred: int = 0         # known, checked recently or over the run's revalidation budget: not asked
    articles_fetched: int = 0          # article pages received (200) and handed to the parser
    parse_failures: int = 0
    breaker_opened: bool = False
    last_new_notice_at: str | None = None  # when this source last gave a new or changed article (any run)
    incomplete_columns: int = 0        # listings short of what the site announced, cut by an error or the cap
    listings: list[dict] = field(default_factory=list)  # per column: read, announced, complete, why not
    list_posts: int = 0                # POST requests of list paging
    requests: int = 0
    errors: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        out = asdict(self)
        out["problems"] = self.problems[:20]
        return out


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


# The fields that name a notice: a correction (更正) of its title, 文号, 索引号, issuing body or written date is a new
# version even when its text is the same
NAMING_FIELDS = ("title", "doc_no", "index_no", "publisher", "written_date")


# What a page prints anew on every visit, inside the text a template gives as the body: a visit counter (浏览次数：137次)
# or the day's date (今天是2026年12月1日 星期二). Its number is no part of the notice: a version is told without it.
_VOLATILE = re.compile(r"((?:浏览|访问|阅读|点击|查看)(?:次数|量|数)\s*[:：]\s*)\d+|(今天是\s*)[^\n|]{6,24}?(?:星期|周)[一二三四五六日天]")


def text_digest(article) -> str:
    """The hash of a notice's text, its visit counter and the day's date left out; a notice of images only (a scanned
    通知, a 图解) has no text to tell a new version by: its media do (without their query: an image URL with a
    cache-busting ?t=… is the same image)."""
    body = _VOLATILE.sub(lambda m: (m.group(1) or m.group(2)) + "#", article.body)
    return content_hash(body if body.strip() else body + "\n" + "\n".join(
        (a.get("url") or "").split("?")[0] or f"{a.get('name')}:{a.get('inline')}" for a in article.attachments))


def version_digest(article) -> str:
    """What tells a new version of a notice: its text (text_digest) and the fields that name it."""
    named = "\n".join(f"{name}={getattr(article, name) or ''}" for name in NAMING_FIELDS)
    return content_hash(text_digest(article) + "\n" + named)


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return now.strftime("%Y%m%dT%H%M%S%fZ")


class _Crawl:
    def __init__(self, source: Source, client: PoliteClient, run_id: str, state: dict[str, dict], now: datetime,
                 journal: Journal | None = None):
        self.source, self.client, self.run_id, self.state = source, client, run_id, state
        self.now = (now if now.tzinfo else now.replace(tzinfo=timezone.utc)).astimezone(timezone.utc).isoformat()
        self.revalidations_left = source.max_revalidations_per_run
        self.due: set[str] = set()  # known articles this run asks again, chosen per column by `choose_due`
        self.head_only: set[str] = set()  # columns read whole recently: their lists are read until known records
        self.new_here = 0  # records of the latest column reading the source did not hold when it was read
        self.meta = state.setdefault(META_KEY, {})
        self.columns_state: dict[str, dict] = self.meta.setdefault("columns", {})
        self.records: list[dict] = _Journalled(journal)
        self.report: CrawlReport | None = None
        self.stopped: str | None = None  # why the rest of this run's articles are left for the next run
        self.offsite: list[str] = []  # listed articles on hosts the source may not fetch (or redirected there)

    def problem(self, text: str) -> None:
        self.report.errors += 1
        self.report.problems.append(text)

    # -- the ListSession an adapter reads a column through --------------------------------------------

    @property
    def max_pages(self) -> int:
        return self.source.max_pages_per_column

    def get(self, url: str, *, kind: str = "list", expect: str = "html", headers: dict | None = None):
        return self.client.get(url, kind=kind, expect=expect, headers=headers)

    def post(self, url: str, data: dict, *, kind: str = "list", expect: str = "xml", headers: dict | None = None):
        return self.client.post(url, data=data, kind=kind, headers=headers, expect=expect)

    def caught_up(self, column_id: str, items: list[ListItem]) -> bool:
        """A list page of records all held already, in a column read whole within `relist_after_days`."""
        return column_id in self.head_only and all(
            canonical_url(i.url, self.source.base_url, self.source.allowed_hosts) in self.state for i in items)

    def parse_failure(self, url: str, kind: str, message: str) -> None:
        self.report.parse_failures += 1
        self.records.append({"type": "parse_failure", "url": url, "kind": kind, "error": message})

    def listing(self, column: Column) -> list[ListItem]:
        """The column through its family's adapter; what the site announced is recorded beside what was read.

        A column read whole (to its last page, every record listed then attempted) within `relist_after_days` is
        read newest first only until a page of records already held: a night costs the pages of what is new. The
        whole list is read again when that time has passed (it is what tells a notice has left the list), and
        whenever the last reading fell short."""
        known = self.columns_state.get(column.id, {})
        whole_at = known.get("whole_at")  # (one later than now, from a clock that ran ahead, is no reading: read whole)
        cutoff = datetime.fromisoformat(self.now) - timedelta(days=self.source.relist_after_days)
        # (a column not listed newest first on its last whole reading is read whole every time: its new records
        # are not at the top, and a page of known records says nothing of the pages after it)
        if whole_at and cutoff < datetime.fromisoformat(whole_at) <= datetime.fromisoformat(self.now) \
                and known.get("newest_first", True):
            self.head_only.add(column.id)
        result = self._read_column(column)
        if result.caught_up and self._grew_below(known, result):
            # (the site announces more records than the last whole reading, plus the new ones found since, account
            # for: one was added below the pages read, an old date on a late notice; read the column whole now)
            self.head_only.discard(column.id)
            result = self._read_column(column)
        self.last_listing = result
        for error in result.errors:
            self.problem(error)
        if result.capped:
            self.problem(f"column {column.id}: {result.incomplete_reason} (max_pages_per_column="
                         f"{self.source.max_pages_per_column})")
        self._record_listing(result)
        self.report.list_posts += result.posts
        return result.items

    def _record_listing(self, result: ColumnListing) -> None:
        record = result.to_record()
        self.report.listings.append({k: record[k] for k in ("column_id", "items", "total", "complete", "reason")})
        if not result.settled:
            self.report.incomplete_columns += 1
        self.records.append({"type": "column_listing", **record})

    def column_failed(self, column: Column, exc: Exception) -> None:
        """A column whose listing raised: reported, counted incomplete, read whole next run; the others go on."""
        failed = ColumnListing(column.id, errors=[f"column {column.id}: listing failed ({type(exc).__name__}: {exc})"])
        self.problem(failed.errors[0])
        self.columns_state.pop(column.id, None)
        self._record_listing(failed)

    def _read_column(self, column: Column):
        result = cms.adapter(self.source.cms).list_column(self, self.source.base_url, column.id)
        canonical: dict[str, ListItem] = {}
        for item in result.items:
            url = canonical_url(item.url, self.source.base_url, self.source.allowed_hosts)
            canonical.setdefault(url, ListItem(url=url, title=item.title, date=item.date))
        result.items = list(canonical.values())
        self.new_here = sum(i.url not in self.state for i in result.items)  # not held when read
        return result

    def _grew_below(self, known: dict, result) -> bool:
        """More records announced than the last whole reading announced plus those found new since."""
        before = known.get("announced")
        return result.announced is not None and before is not None \
            and result.announced > before + known.get("added", 0) + self.new_here

    def column_done(self, column: Column, items: list[ListItem], every_item_attempted: bool) -> None:
        """Remember whether this column's older records are all held: read whole and every record attempted
        (none left by the article budget or a stop) lets later runs read only its new records; a listing that
        fell short makes the next run read it whole. Records whose fetch failed are kept to be asked again next
        run, wherever the list then shows them (a caught-up reading may not reach their page)."""
        listing = self.last_listing
        retry = [i.to_json() for i in items if i.url not in self.state][:MAX_RETRIES_KEPT]
        # (a reading stopped only by max_pages_per_column read all it ever can: the records past the cap stay
        # unread whatever the night does, so it counts as whole for the nights after it, and is itself reported
        # incomplete; without this a column longer than the cap would be read to the cap every night)
        read_all_it_can = listing.complete or (listing.capped and not listing.errors and bool(listing.items))
        if read_all_it_can and every_item_attempted:
            self.columns_state[column.id] = {"whole_at": self.now, "newest_first": newest_first(listing.items),
                                             "announced": listing.announced, "added": 0, "retry": retry}
        elif not listing.settled or not every_item_attempted:
            self.columns_state.pop(column.id, None)
        elif column.id in self.columns_state:  # caught up: the same whole reading holds, with what was new since
            state = self.columns_state[column.id]
            state["retry"], state["added"] = retry, state.get("added", 0) + self.new_here

    def to_retry(self, column: Column, items: list[ListItem]) -> list[ListItem]:
        """A caught-up column's records that failed on an earlier run and are not on the pages read this run."""
        if column.id not in self.head_only:
            return []
        listed = {i.url for i in items}
        return [ListItem(**r) for r in self.columns_state.get(column.id, {}).get("retry", [])
                if r["url"] not in listed and r["url"] not in self.state]

    def _record_parse_failure(self, url: str, kind: str, message: str) -> None:
        self.parse_failure(url, kind, message)
        self.problem(f"parse error {url}: {message}")

    def choose_due(self, items: list[ListItem], columns_left: int = 1) -> None:
        """Which known articles of a column are asked again this run. A published notice rarely changes, so a
        night need not ask the site about every article its lists show: only those last checked at least
        `revalidate_after_days` ago (never checked, or checked "later" than now by a clock that ran ahead, counts as
        longest ago), least recently checked first, up to the column's share of the run's
        `max_revalidations_per_run` (what is left, over the columns left: a long first column does not take it all).
        The others wait for a later run; new articles are never held back."""
        cutoff = (datetime.fromisoformat(self.now) - timedelta(days=self.source.revalidate_after_days)).isoformat()
        candidates = []
        for item in items:
            known = self.state.get(item.url)
            # (an article served without validators is asked again too, in full, and its text compared: a 更正 of a
            # notice on a site that sends no ETag or Last-Modified would otherwise never be seen)
            if known and item.url not in self.due:
                checked = known.get("checked") or ""
                checked = "" if checked > self.now else checked
                if checked <= cutoff:
                    candidates.append((checked, item.url))
        share = -(-max(0, self.revalidations_left) // max(1, columns_left))
        chosen = [url for _, url in sorted(candidates)[:share]]
        self.revalidations_left -= len(chosen)
        self.due.update(chosen)

    def article(self, item: ListItem, column: Column) -> None:
        known = self.state.get(item.url)
        if known and (known.get("cut_off") or known.get("pages_missing")):
            pass  # stored cut off, or without some of its pages, last time: asked again until the whole notice comes
        elif known and not (known.get("etag") or known.get("last_modified")) and item.url not in self.due:
            self.report.articles_skipped += 1
            return
        elif known and item.url not in self.due:
            self.report.articles_deferred += 1
            return
        res = self.client.get(item.url, kind="article", expect="html",
                              etag=(known or {}).get("etag"), last_modified=(known or {}).get("last_modified"))
        if res.outcome == Outcome.NOT_MODIFIED:
            self.state[item.url] = {**known, "checked": self.now}
            self.report.articles_unchanged += 1
            return
        if not res.ok:
            if res.outcome == Outcome.HOST_NOT_ALLOWED and "invalid URL" not in (res.error or ""):
                # a notice of another site the column links to (a province's notice under a county's column): that
                # site's to crawl, not this source's; counted in the run's message, not a fault of this run
                self.offsite.append(item.url)
            else:
                self.problem(f"article {item.url}: {res.outcome.value}: {res.error}")
            if res.outcome == Outcome.RATE_LIMITED:
                # The server asked us to come back later (Retry-After beyond our budget): leave the whole
                # host alone for this run rather than only this URL.
                self.stopped = f"rate limited (Retry-After {res.retry_after_s or '?'} s): stopped this source"
            return
        self.report.articles_fetched += 1
        if _left_the_article(item.url, res.final_url):
            # a withdrawn notice redirected to the home page or a column page: that page is no notice
            self._record_parse_failure(item.url, "article", f"not an article: redirected to {res.final_url}")
            return
        try:
            article = parse_article(res.text, res.final_url)
        except (ArticleParseError, RecursionError) as exc:  # RecursionError: absurdly nested markup
            self._record_parse_failure(item.url, "article", str(exc) or type(exc).__name__)
            return
        except Exception as exc:  # a parser bug on one page must not lose the whole run's record
            self._record_parse_failure(item.url, "article", f"{type(exc).__name__}: {exc}")
            return
        if not _names_the_listed_title(item.title, article):
            # a soft 404: the site answers the withdrawn notice's URL with its home page (200, no redirect); a page
            # that never names the notice it was listed as is not it (asked again next run)
            self._record_parse_failure(item.url, "article", f"not the listed notice: the page never names "
                                                            f"{item.title!r} (title {article.title!r})")
            return
        # a notice printed over several pages (正文分页: t…_5.html, t…_5_1.html …) is the text of them all
        # (and one whose text is framed, <iframe src=…> its body's only content, is the frame's text)
        get = lambda url: self.client.get(url, kind="article", expect="html")  # noqa: E731
        article, missing = with_further_pages(get, res, article)
        article, missing_frame = with_framed_text(get, article)
        missing += missing_frame
        if article.found_by.get("attachments_skipped"):  # the notice kept, a link no URL parser reads left out
            self.parse_failure(item.url, "attachment", f"attachments left out: {article.found_by['attachments_skipped']}")
        digest = version_digest(article)
        validators = {"etag": res.etag, "last_modified": res.last_modified, "hash": digest, "checked": self.now,
                      "named": True}
        if missing:  # what came is stored (it may be most of the notice), never as whole: asked again next run
            self.problem(f"article {item.url}: {len(missing)} of its further pages not read ({missing[0]}): stored "
                         f"without them, asked again next run")  # (a framed page counts as one)
            validators["pages_missing"] = True
        if _cut_off(res.text):
            # the markup stops before </body></html> (a page the server cut off, Content-Length and all): what came is
            # stored, since it may be all the notice there is, and the page is asked again every run until it ends;
            # the same cut bytes CUT_OFF_SETTLES runs in a row are the page as the site has it: settled, said once
            same = (known or {}).get("cut_off", 0) + 1 if (known or {}).get("hash") == digest else 1
            if same >= CUT_OFF_SETTLES:
                self.parse_failure(item.url, "article", f"the page ends before </body></html> on {same} runs in a "
                                                        f"row: kept as the site serves it, no longer asked every run")
            else:
                self.problem(f"article {item.url}: the page ends before </body></html> (cut off?): stored as it came, "
                             f"asked again next run")
                validators["cut_off"] = same
        # (a page stored before the version digest named the notice's fields is compared on its text, once)
        earlier = (known or {}).get("hash")
        if known and (earlier == digest or not known.get("named") and earlier == text_digest(article)):
            self.state[item.url] = validators
            self.report.articles_unchanged += 1
            return
        if known:
            self.report.articles_changed += 1
        else:
            self.report.articles_new += 1
        if self.report.articles_new == 5:
            faultpoint("scrape:mid_run")
        self.meta["last_new_at"] = _now()
        page = asdict(article)
        page.update(type="page", url=item.url, final_url=res.final_url, column_id=column.id,
                    content_hash=digest, fetched_at=_now(), etag=res.etag, last_modified=res.last_modified,
                    list_title=item.title, html=res.text)
        self.records.append(page)
        self.state[item.url] = validators


# a site's home page, a column's page or its index: where a withdrawn notice's link is sent, never a notice itself
# (a directory, /tzgg/, is a column's page too; an article's own shape — /art/, art_…, t20240227_1.html, content_1 —
# never is, wherever it lives: a JPaaS site moves its articles under /col/colN/art/…)
_INDEX_PATH = re.compile(r"/$|^$|/(?:index|default|main)(?:_\d+)?\.(?:s?html?|jsp|aspx?|php)$|/col/col\d+$", re.I)
_ARTICLE_PATH = re.compile(r"/art/|art_\d|/t\d{8}_\d+|content_\d+|/\d{4}/\d{1,2}/\d{1,2}/", re.I)


def _left_the_article(listed: str, final: str | None) -> bool:
    """The listed article redirected to a home, column or index page."""
    if not final or final == listed:
        return False
    try:
        listed_path, final_path = urlsplit(listed).path, urlsplit(final).path
    except ValueError:
        return False
    return bool(_INDEX_PATH.search(final_path)) and not _INDEX_PATH.search(listed_path) \
        and not _ARTICLE_PATH.search(final_path)


_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _names_the_listed_title(listed: str | None, article) -> bool:
    """Whether the page names the notice its list gave: half of the listed title's character pairs in its title or
    text. A page built as an article (its body found by the template's selectors or its meta) always counts: only a
    page read by text density alone (no template recognised, as a home page) is held to its list title. A list title
    of fewer than 8 Chinese characters tells too little to judge by."""
    if not listed or not article.found_by.get("body", "").startswith("density") or "title" in article.found_by \
            and str(article.found_by["title"]).startswith("meta"):
        return True
    runs = _HAN.findall(listed)
    pairs = {run[i:i + 2] for run in runs for i in range(len(run) - 1)}
    if sum(map(len, runs)) < 8 or not pairs:
        return True
    page = (article.title or "") + (article.body or "")
    return sum(p in page for p in pairs) >= 0.5 * len(pairs)


def _cut_off(markup: str) -> bool:
    """An HTML page whose markup stops in the middle of its text: neither </body> nor </html> anywhere after its last
    script, and the page ends inside text, not after a tag. HTML5 lets a page leave </body></html> out, and such a
    page ends on a closing tag of its own; a page the server cut off ends wherever the bytes ran out, most often in
    the middle of a paragraph. (A cut that falls exactly after a tag cannot be told from a page that ends there.)"""
    lowered = markup.lower()
    after_scripts = lowered[lowered.rfind("</script"):] if "</script" in lowered else lowered
    if "</html" in after_scripts or "</body" in after_scripts or "<" not in lowered:
        return False
    return not lowered.rstrip().endswith(">")


def newest_first(items: list[ListItem]) -> bool:
    """Whether a list shows its records newest first, as caught-up readings assume: nine in ten of its dated
    neighbours in order (a few pinned 置顶 records at the top do not count against it); undated lists are taken
    to be, as government columns are."""
    dates = [i.date for i in items if i.date]
    pairs = list(zip(dates, dates[1:]))
    return not pairs or sum(a >= b for a, b in pairs) >= 0.9 * len(pairs)


def crawl_source(
    source: Source,
    landing_root: Path,
    *,
    run_id: str | None = None,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] | None = None,
    columns: list[str] | None = None,
    now: datetime | None = None,
) -> CrawlReport:
    """Crawl a source and write its landing file. Never raises for site problems: they are recorded."""
    run_id = run_id or new_run_id()
    path = landing_path(landing_root, source.id, run_id)
    salvaged = salvage_journals(landing_root, source.id)  # runs of this source killed before their landing file
    state = read_state(landing_root, source.id)
    started = _now()
    journal = Journal(journal_path(landing_root, source.id, run_id),
                      {"run_id": run_id, "source_id": source.id, "started_at": started})
    try:
        report, fetches, records = _crawl_source(source, path, state, run_id, journal, transport, sleep, columns, now)
    except BaseException:
        journal.handle.close()  # kept: the next run of the source rebuilds this one from it
        raise
    if salvaged:  # said in the run's message, without making this run partial
        report.problems.append(f"{len(salvaged)} earlier run(s) stopped before they finished; their landing files "
                               f"were rebuilt from their journals: {', '.join(p.name for p in salvaged)}")
    header = {"type": "run", "run_id": run_id, "source_id": source.id, "started_at": started,
              "finished_at": _now(), **{k: v for k, v in report.summary().items() if k not in ("source_id", "run_id")}}
    write_landing_file(path, [header, *fetches, *records])
    write_state(landing_root, source.id, state)
    journal.close()
    return report


def _crawl_source(source: Source, path: Path, state: dict, run_id: str, journal: Journal,
                  transport: httpx.BaseTransport | None, sleep: Callable[[float], None] | None,
                  columns: list[str] | None, now: datetime | None) -> tuple[CrawlReport, list[dict], list[dict]]:
    """The crawl itself: its report, its fetch records and its other records (each also in the journal as made)."""
    attempts: list[FetchAttempt] = []

    def attempted(a: FetchAttempt) -> None:
        journal.add({"type": "fetch", "seq": len(attempts), **_attempt_json(a)})
        attempts.append(a)

    kwargs = {"transport": transport, "on_attempt": attempted}
    if sleep is not None:
        kwargs["sleep"] = sleep
    with PoliteClient(source.politeness, source.allowed_hosts, **kwargs) as client:
        crawl = _Crawl(source, client, run_id, state, now or datetime.now(timezone.utc), journal)
        crawl.report = report = CrawlReport(source.id, run_id, str(path))
        wanted = [c for c in source.columns if not columns or c.id in columns]
        budget = source.max_articles_per_run
        for k, column in enumerate(wanted):
            try:
                items = crawl.listing(column)
            except Exception as exc:  # an adapter's bug on one column's answer costs that column, not the run's record
                crawl.column_failed(column, exc)
                continue
            report.items_listed += len(items)
            for item in items:
                crawl.records.append({"type": "listing", "column_id": column.id, **item.to_json(), "seen_at": _now()})
            items = items + crawl.to_retry(column, items)
            crawl.choose_due(items, columns_left=len(wanted) - k)
            attempted = 0
            for item in items:
                if budget <= 0:
                    break
                before = report.articles_new + report.articles_changed
                crawl.article(item, column)
                attempted += 1
                budget -= (report.articles_new + report.articles_changed) - before
                if client.circuit_open or crawl.stopped:
                    break
            left = [i for i in items[attempted:] if i.url not in crawl.state] if budget <= 0 else []
            if left:  # the backlog goes on next run; this run is not the whole of it
                crawl.problem(f"column {column.id}: {len(left)} listed notices left for the next run "
                              f"(max_articles_per_run={source.max_articles_per_run})")
            # known articles the stop left unasked are deferred to a later run, and counted as such
            report.articles_deferred += sum(1 for i in items[attempted:] if i.url in crawl.state)
            crawl.column_done(column, items, attempted == len(items) and not client.circuit_open and not crawl.stopped)
            if crawl.stopped:
                report.problems.append(crawl.stopped)
                break
            if client.circuit_open:
                report.breaker_opened = True
                report.problems.append("circuit breaker open: stopped this source for this run")
                break
    report.requests = client.requests_sent  # sent on the wire; refusals (robots, hosts) are in the fetch log only
    report.problems += [f"robots.txt {host}: {note}" for host, note in client.robots_notes.items()]
    if crawl.offsite:  # said in the run's message, without making the run partial (FAULTS.md, note 1)
        report.problems.append(f"{len(crawl.offsite)} listed notices are on hosts outside allowed_hosts, not fetched "
                               f"(e.g. {crawl.offsite[0]})")
    report.last_new_notice_at = state.get(META_KEY, {}).get("last_new_at")
    report.status = _status(report, attempts)
    fetches = [{"type": "fetch", "seq": i, **_attempt_json(a)} for i, a in enumerate(attempts)]
    return report, fetches, list(crawl.records)


class _Journalled(list):
    """The run's records: each also written to the run's journal as it is appended (records are never changed after)."""

    def __init__(self, journal: Journal | None) -> None:
        super().__init__()
        self.journal = journal

    def append(self, record: dict) -> None:
        if self.journal is not None:
            self.journal.add(record)
        super().append(record)


def _status(report: CrawlReport, attempts: list[FetchAttempt]) -> str:
    outcomes = [a.outcome for a in attempts if a.kind != "robots"]
    articles_through = any(a.kind == "article" and a.outcome in (Outcome.OK, Outcome.NOT_MODIFIED)
                           for a in attempts)
    # A challenge on the list, or on every article while the list itself answers (a common 瑞数 setup).
    if any(o in BLOCKING_OUTCOMES for o in outcomes) and (report.items_listed == 0 or not articles_through):
        return "blocked"
    if (report.items_listed == 0 and report.errors) or report.breaker_opened:
        return "failed"
    return "partial" if report.errors or report.incomplete_columns else "ok"


def _attempt_json(a: FetchAttempt) -> dict:
    out = asdict(a)
    out["outcome"] = a.outcome.value
    return out


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()
