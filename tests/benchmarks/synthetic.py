"""Synthetic landing archives of N notices, cloned deterministically from the demo site's notices.

Each clone of the 137 demo notices moves to another place (丽水 → 衢州 …), tags its project names, scales its
amounts and shifts its years, so projects repeat across the notices of a clone (the demo's storylines) and
across years, and fact density stays that of the demo. Bodies are padded with paragraphs of the next notices
of the same column to 2–8 KB, the size of real notices. Clones are spread over sources of six columns (one
per CMS family of the demo); each source lands 24 runs: a backfill of half its notices, then the rest in
order, every run listing its columns (up to 300 items, as max_pages_per_column=20 allows), revalidating
every listed article (304) and re-fetching a few edited ones as new versions.
"""
from __future__ import annotations

import dataclasses
import hashlib
import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from scrapers.demo_site.columns import COLUMN_NAMES_ALL
from scrapers.demo_site.content import SITE_NAME, Notice, load_notices, render_article
from scrapers.demo_site.server import ARTICLE_TEMPLATES
from scrapers.landing import landing_path, write_landing_file
from scrapers.registry import Source

PLACES = ["丽水", "衢州", "台州", "金华", "温州", "湖州", "嘉兴", "绍兴", "舟山", "宁波", "杭州"]
TAG_FIRST = "东南西北新华金银海江山云星瑞恒泰宏嘉盛鼎"
TAG_SECOND = "创达源科丰通远辰晟合信安康德润立材能芯光"
AMOUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?=\s*(?:亿|万|亩|平方米|%|％))")
YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?=\s*年)")
RUNS_PER_SOURCE = 24
NOTICES_PER_SOURCE = 1000
FIRST_PAGE, WINDOW = 15, 45  # a Hanweb column page embeds 15 records; each dataproxy POST answers a window of 45
LIST_CAP = FIRST_PAGE + Source.__dataclass_fields__["max_pages_per_column"].default * WINDOW
EDITED_EVERY = 50       # one notice in 50 is edited later and fetched again as a new page version
# Known articles a run asks again (a 304 each), as the crawler does with its default budget (scrapers.crawl.choose_due)
REVALIDATIONS_PER_RUN = Source.__dataclass_fields__["max_revalidations_per_run"].default
# What shapes an archive: a kept archive made with other values is made again (scale.Warehouse.fresh).
GENERATOR = {"runs_per_source": RUNS_PER_SOURCE, "notices_per_source": NOTICES_PER_SOURCE, "list_cap": LIST_CAP,
             "nights_read_until_known": True,
             "edited_every": EDITED_EVERY, "revalidations_per_run": REVALIDATIONS_PER_RUN}


@dataclass(frozen=True)
class Archive:
    root: Path
    notices: int
    sources: int
    files: int
    page_records: int
    bytes: int


class Cloner:
    """Turns the demo notices into clone number c: place, project names, amounts and years varied."""

    def __init__(self) -> None:
        self.base = load_notices(columns=None)
        self.by_column: dict[str, list[Notice]] = {}
        for notice in self.base:
            self.by_column.setdefault(notice.column_id, []).append(notice)
        names = sorted(_project_names(self.base), key=len, reverse=True)
        self.names = re.compile("|".join(map(re.escape, names))) if names else None

    def text(self, text: str, c: int) -> str:
        place = PLACES[c % len(PLACES)]
        tag = TAG_FIRST[c % 20] + TAG_SECOND[(c // 20) % 20]
        shift = (c // len(PLACES)) % 5
        factor = 1 + ((c * 7) % 20) / 100
        if self.names is not None and c:
            text = self.names.sub(lambda m: tag + m.group(0), text)
        if place != "丽水":
            text = text.replace("丽水", place)
        if c:
            text = AMOUNT.sub(lambda m: _scaled(m.group(1), factor), text)
        if shift:
            text = YEAR.sub(lambda m: str(int(m.group(1)) - shift), text)
        return text

    def notice(self, i: int, size: int) -> Notice:
        """Notice i of the archive: clone i // 137 of demo notice i % 137, its body padded to `size` bytes."""
        base, c = self.base[i % len(self.base)], i // len(self.base)
        column = self.by_column[base.column_id]
        paragraphs = list(base.paragraphs)
        k = column.index(base)
        while sum(len(p.encode()) for p in paragraphs) < size and len(paragraphs) < 400:
            k = (k + 1) % len(column)
            paragraphs.extend(column[k].paragraphs)
        while len(paragraphs) > 1 and sum(len(p.encode()) for p in paragraphs) > max(size, 8192):
            paragraphs.pop()
        shift = (c // len(PLACES)) % 5
        prefix, _, number = (base.index_no or "").partition("/")
        return dataclasses.replace(
            base, art_id=base.art_id + c * 10_000_000, title=self.text(base.title, c),
            published=_shift_date(base.published, shift), written_date=_shift_date(base.written_date, shift),
            index_no=f"{prefix}/{int(number[:4]) - shift}-{(int(number[5:] or 0) + 97 * c) % 100000:05d}"
            if number[:4].isdigit() else base.index_no,
            paragraphs=tuple(self.text(p, c) for p in paragraphs))


def _project_names(notices: list[Notice]) -> set[str]:
    from warehouse.extract import extract_document

    names = set()
    for notice in notices:
        contract = extract_document(notice.body, published=None, title=notice.title).to_contract()
        names.update(p["name"] for p in contract["projects"] if len(p["name"]) >= 4)
    return names


def _scaled(number: str, factor: float) -> str:
    decimals = len(number.partition(".")[2])
    value = round(float(number) * factor, decimals)
    return f"{value:.{decimals}f}"


def _shift_date(value: str | None, years: int) -> str | None:
    if not value or not years:
        return value
    year, rest = int(value[:4]) - years, value[4:]
    if rest.startswith("-02-29"):
        rest = "-02-28" + rest[6:]
    return f"{year}{rest}"


def body_size(i: int) -> int:
    """2–8 KB, spread evenly and deterministically."""
    return 2048 + int.from_bytes(hashlib.sha256(str(i).encode()).digest()[:4], "big") % 6144


def build_archive(root: Path, n: int, cloner: Cloner | None = None) -> Archive:
    """Write the landing files of n notices under root (one folder per source, 24 runs each)."""
    cloner = cloner or Cloner()
    sources = max(1, math.ceil(n / NOTICES_PER_SOURCE))
    per_source: list[list[Notice]] = [[] for _ in range(sources)]
    for i in range(n):
        per_source[(i // len(cloner.base)) % sources].append(cloner.notice(i, body_size(i)))
    files = pages = 0
    for s, notices in enumerate(per_source):
        notices.sort(key=lambda x: (x.published, x.art_id))
        half = len(notices) // 2
        batches = [notices[:half]] + _split(notices[half:], RUNS_PER_SOURCE - 1)
        landed: list[Notice] = []
        run_at = None
        for r, new in enumerate(batches):
            latest = max((_published(x) for x in new), default=None) or run_at
            run_at = latest + timedelta(days=1) if run_at is None else max(latest + timedelta(days=1),
                                                                           run_at + timedelta(hours=1))
            edited = [x for x in landed if (x.art_id * 31 + r) % (EDITED_EVERY * (RUNS_PER_SOURCE - 1)) == 0]
            landed.extend(new)
            pages += write_run(root, f"bench{s:03d}", s, run_at, landed, new, edited)
            files += 1
    size = sum(p.stat().st_size for p in root.rglob("*.jsonl"))
    return Archive(root, n, sources, files, pages, size)


def _caught_up(known: list[Notice], fresh_ids: set[int]) -> int:
    """How many records a caught-up reading lists (scrapers.cms.base.stop_if_caught_up): the column page, then
    windows of the dataproxy until one adds no record that is new or edited."""
    listed = min(FIRST_PAGE, len(known))
    added = known[:listed]
    while listed < len(known) and any(x.art_id in fresh_ids for x in added):
        added = known[listed:WINDOW * math.ceil((listed + 1) / WINDOW)]
        listed += len(added)
    return listed


def write_run(root: Path, source_id: str, s: int, run_at: datetime, landed: list[Notice], new: list[Notice],
              edited: list[Notice], whole: bool = True) -> int:
    """One run's landing file: header, fetches, column listings, listings and the new or edited pages. `whole`:
    each column read to its end (a first reading, or relist_after_days since the last); else read as a night reads
    it, newest first until the records are known."""
    base_url = f"https://bench{s:03d}.example.gov.cn"
    run_id = run_at.replace(microsecond=s).strftime("%Y%m%dT%H%M%S%fZ")
    stamp = run_at.replace(tzinfo=timezone.utc).isoformat()
    new_ids = {x.art_id for x in new}
    edited_ids = {x.art_id for x in edited}
    fetches, listings, columns, pages = [_fetch(base_url + "/robots.txt", "GET", "robots", stamp)], [], [], []
    revalidations = REVALIDATIONS_PER_RUN
    for column_id in COLUMN_NAMES_ALL:
        known = sorted((x for x in landed if x.column_id == column_id), key=lambda x: x.published, reverse=True)
        if not known:
            continue
        listed = known[:LIST_CAP] if whole else known[:_caught_up(known, new_ids | edited_ids)]
        caught_up = not whole and len(listed) < len(known)
        posts = math.ceil(max(0, len(listed) - FIRST_PAGE) / WINDOW)
        fetches.append(_fetch(f"{base_url}/col/col{column_id}/index.html", "GET", "column", stamp))
        fetches += [_fetch(f"{base_url}/module/jpage/dataproxy.jsp", "POST", "list", stamp) for _ in range(posts)]
        capped = whole and len(known) > LIST_CAP
        columns.append({"type": "column_listing", "column_id": column_id, "items": len(listed), "total": len(known),
                        "announced_pages": math.ceil(len(known) / FIRST_PAGE), "pages_read": 1 + posts,
                        "posts": posts, "capped": capped, "complete": not capped and not caught_up,
                        "caught_up": caught_up, "shortfall": len(known) - len(listed) if capped else 0,
                        "reason": "max_pages_per_column reached" if capped else None})
        for x in listed:
            url = base_url + x.path
            listings.append({"type": "listing", "column_id": column_id, "url": url, "title": x.title,
                             "date": x.date, "seen_at": stamp})
            fresh = x.art_id in new_ids or x.art_id in edited_ids
            if not fresh and revalidations <= 0:
                continue  # deferred to a later run
            revalidations -= not fresh
            fetches.append(_fetch(url, "GET", "article", stamp, 200 if fresh else 304,
                                  "ok" if fresh else "not_modified"))
            if fresh:
                pages.append(_page(x, url, column_id, stamp, edited=x.art_id in edited_ids and x.art_id not in new_ids))
    header = {"type": "run", "run_id": run_id, "source_id": source_id, "started_at": stamp, "finished_at": stamp,
              "status": "ok" if all(c["complete"] or c["caught_up"] for c in columns) else "partial", "items_listed": len(listings),
              "articles_new": len(new), "articles_changed": len(pages) - len(new),
              "articles_unchanged": REVALIDATIONS_PER_RUN - revalidations, "requests": len(fetches), "errors": 0, "problems": []}
    records = [header, *({"seq": i, **f} for i, f in enumerate(fetches)), *columns, *listings, *pages]
    write_landing_file(landing_path(root, source_id, run_id), records)
    return len(pages)


def _fetch(url: str, method: str, kind: str, stamp: str, status: int = 200, outcome: str = "ok") -> dict:
    return {"type": "fetch", "url": url, "method": method, "kind": kind, "requested_at": stamp,
            "status_code": status, "elapsed_ms": 12.5, "bytes": 40_000 if status == 200 else 0, "attempt": 1,
            "outcome": outcome, "error": None}


def _page(notice: Notice, url: str, column_id: str, stamp: str, edited: bool) -> dict:
    if edited:
        notice = dataclasses.replace(notice, paragraphs=notice.paragraphs + ("（本文于发布后更新。）",))
    body = notice.body
    html = ARTICLE_TEMPLATES.get(notice.family, render_article)(notice)
    return {"type": "page", "url": url, "title": notice.title, "published": notice.published[:10],
            "index_no": notice.index_no, "doc_no": notice.doc_no, "category": notice.category,
            "publisher": notice.publisher, "written_date": notice.written_date, "disclosure": notice.disclosure,
            "source": notice.source, "column": COLUMN_NAMES_ALL[column_id], "site": SITE_NAME, "body": body,
            "attachments": [{"name": a["name"], "url": url.rsplit("/", 1)[0] + "/" + a["href"].lstrip("/")}
                            for a in notice.attachments],
            "found_by": {"title": "meta:ArticleTitle", "body": "selector:div.zoom"}, "final_url": url,
            "column_id": column_id, "content_hash": hashlib.sha256(body.encode("utf-8")).hexdigest(),
            "fetched_at": stamp, "etag": '"' + hashlib.sha1(body.encode()).hexdigest()[:16] + '"',
            "last_modified": None, "list_title": notice.title, "html": html}


def _published(notice: Notice) -> datetime:
    return datetime.strptime(notice.published, "%Y-%m-%d %H:%M")


def _split(items: list, parts: int) -> list[list]:
    size = math.ceil(len(items) / parts) if items else 0
    return [items[k * size:(k + 1) * size] for k in range(parts)]


def add_night(root: Path, n_base: int, n_before: int, n_new: int, cloner: Cloner | None = None) -> int:
    """One more night for every source of an archive built with n_base notices, after nights that added
    notices n_base .. n_before-1: notices n_before .. n_before+n_new-1 are new, spread over the sources."""
    cloner = cloner or Cloner()
    sources = max(1, math.ceil(n_base / NOTICES_PER_SOURCE))
    per_source: list[list[Notice]] = [[] for _ in range(sources)]
    for i in range(n_base):
        per_source[(i // len(cloner.base)) % sources].append(cloner.notice(i, body_size(i)))
    first_night = max(_published(x) for notices in per_source for x in notices) + timedelta(days=1)
    last_run = max(p.stem for p in root.glob("bench*/*.jsonl"))
    run_at = max(first_night, datetime.strptime(last_run[:15], "%Y%m%dT%H%M%S") + timedelta(days=1))
    fresh: list[list[Notice]] = [[] for _ in range(sources)]
    for i in range(n_base, n_before + n_new):
        notice = cloner.notice(i, body_size(i))
        published = (first_night - timedelta(hours=1 + i % 20)).strftime("%Y-%m-%d %H:%M")
        (fresh if i >= n_before else per_source)[i % sources].append(dataclasses.replace(notice, published=published))
    added = 0
    for s in range(sources):
        added += write_run(root, f"bench{s:03d}", s, run_at, per_source[s] + fresh[s], fresh[s], [], whole=False)
    return added
