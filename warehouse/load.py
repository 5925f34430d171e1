"""Load landing files into raw.* in short transactions of one or a few files; idempotent and append-only, on either
target.

A file is read once, as a stream: each record is checked (scrapers.landing) and turned into its row as it
comes, so the page HTML is never held. Each table's rows then go in as one set (warehouse.rows), and every
insert counts what it added itself: the cost of a file follows the file, not the warehouse. What is already
there is left out by anti-joins on the natural keys (no constraint decides it), and on the lake several loader
processes run at once, each holding a claim on its source and its pages' sites while it writes
(warehouse.writers).
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import duckdb

from scrapers.faultpoints import faultpoint
from scrapers.landing import LandingFormatError, list_landing_files, read_landing_file, salvage_all_journals
from warehouse.db import memory_capped
from warehouse.rows import insert_rows, json_values, sql_list, sql_literal
from warehouse.writers import Claims, Shard, claims_for, in_shard, in_transaction

# The tables a landing file fills, in the order they are written.
FILE_TABLES = ("raw.scrape_runs", "raw.fetch_log", "raw.listings", "raw.column_listings", "raw.page_versions")


class LandingFileError(ValueError):
    """A landing file that cannot be read (truncated by a crash, or not ours)."""


@dataclass
class LoadReport:
    files_loaded: int = 0
    files_skipped: int = 0
    page_versions_added: int = 0
    fetches_added: int = 0
    listings_added: int = 0
    newly_unlisted: int = 0
    bad_files: list[str] = field(default_factory=list)
    salvaged: list[str] = field(default_factory=list)  # landing files rebuilt from a dead run's journal


@dataclass
class _FileRows:
    """What one landing file adds: rows per table, its run and the columns it listed completely."""
    run_id: str = ""
    source_id: str = ""
    n_records: int = 0
    tables: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in FILE_TABLES})
    complete_columns: set[str] = field(default_factory=set)


def page_version_id(url: str, digest: str) -> str:
    return hashlib.sha256(f"{url}\n{digest}".encode()).hexdigest()[:20]


# A night's landing files are small (one per source: fetches and listings, few pages): several of them go in as one
# transaction, each table's rows as one set, so a night costs a few statements, not a few per source. A group holds
# at most one file per source (a source's runs go in one after the other, as they happened) and stays small, so a
# backfill's large files still go in one by one and memory stays bounded by the group, not the archive.
GROUP_BYTES = 16 << 20
GROUP_FILES = 64


def load_landing(con: duckdb.DuckDBPyConnection, landing_root: Path, *, shard: Shard | None = None) -> LoadReport:
    """Every landing file not loaded yet, in short transactions of one or a few files. shard=(i, n): only the
    sources with shard_of(source_id, n) == i, so n writer processes on the lake split the sources between them."""
    with memory_capped(con):  # memory bounded by the group, not by the tables the anti-joins read
        return _load_landing(con, landing_root, shard)


def _load_landing(con: duckdb.DuckDBPyConnection, landing_root: Path, shard: Shard | None) -> LoadReport:
    report = LoadReport()
    # A scrape killed or cancelled since the last load (its journal held by no living run) lands now, status
    # interrupted: tonight's health judges the source by it. A salvage that fails (the disk is full) is said, and the
    # files that are there still load; the source's next run tries again.
    try:
        salvaged = salvage_all_journals(landing_root, lambda source_id: in_shard(source_id, shard))
        report.salvaged = [str(p.relative_to(landing_root)) for p in salvaged]
    except OSError as exc:
        report.bad_files.append(f"a dead run's journal could not be rebuilt into its landing file: {exc}")
    done = {r[0] for r in con.execute("SELECT landing_file FROM raw.landing_files").fetchall()}
    claims = claims_for(con)
    try:
        for group in _read_ahead(_groups(landing_root, shard, done, report)):
            _load_group(con, claims, group, report)
    finally:
        claims.close()
    return report


def _groups(landing_root: Path, shard: Shard | None, done: set[str], report: LoadReport):
    """The files not loaded yet, in groups that go in as one transaction each (GROUP_BYTES, GROUP_FILES, at most
    one file per source)."""
    group: list[tuple[Path, str]] = []
    size = 0
    for path in list_landing_files(landing_root):
        rel = str(path.relative_to(landing_root))
        source = path.parent.name  # landing files live in <root>/<source_id>/
        if not in_shard(source, shard):
            continue
        if rel in done:
            report.files_skipped += 1
            continue
        n_bytes = path.stat().st_size
        if group and (size + n_bytes > GROUP_BYTES or len(group) >= GROUP_FILES
                      or any(p.parent.name == source for p, _ in group)):
            yield group
            group, size = [], 0
        group.append((path, rel))
        size += n_bytes
    if group:
        yield group


@dataclass
class _ReadGroup:
    """A group's files read: the rows of each readable file, and why the others could not be read."""
    ready: list[tuple[str, _FileRows]]
    bad: list[str]


def _read_group(files: list[tuple[Path, str]]) -> _ReadGroup:
    ready, bad = [], []
    for path, rel in files:
        rows, error = _read_file(path)
        if error is None:
            ready.append((rel, rows))
        else:
            bad.append(f"{rel}: {error}")
    return _ReadGroup(ready, bad)


def _read_ahead(groups):
    """Each group read, the next one read in a thread while the caller writes this one: decoding a landing file is
    Python's work and a write is DuckDB's, which lets go of the interpreter while it runs, so the two overlap.
    At most two groups are held at once (the one written and the one read), so memory stays bounded by groups."""
    from concurrent.futures import ThreadPoolExecutor

    groups = iter(groups)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="landing-reader") as reader:
        first = next(groups, None)
        pending = reader.submit(_read_group, first) if first is not None else None
        while pending is not None:
            current = pending.result()
            following = next(groups, None)  # (listing the files is the caller's thread's: report counts stay there)
            pending = reader.submit(_read_group, following) if following is not None else None
            yield current


def _load_group(con, claims: Claims, group: _ReadGroup, report: LoadReport) -> None:
    """The files' rows in one transaction; if that fails, each file on its own, so that one bad file is set aside
    (reported, retried next run) and never blocks the others."""
    report.bad_files += group.bad
    ready = group.ready
    if len(ready) > 1:
        keys = sorted({k for _, rows in ready for k in _claim_keys(rows)})
        claims.take(keys)
        try:
            added = in_transaction(con, lambda: _write_files(con, ready), what=f"loading {len(ready)} landing files")
        except (duckdb.Error, ValueError, KeyError, TypeError):
            added = None  # told below, file by file
        finally:
            claims.release(keys)
        if added is not None:
            loaded, counts = added
            report.files_loaded += loaded
            report.files_skipped += len(ready) - loaded
            _count(report, counts)
            return
    for rel, rows in ready:
        _load_file(con, claims, rel, rows, report)


def _read_file(path: Path) -> tuple[_FileRows | None, str | None]:
    """The file's rows, or None and the reason it cannot be loaded."""
    try:
        rows, row_error = _read_rows(path)
    except (LandingFileError, LandingFormatError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        return None, str(exc)
    if row_error is not None:  # a record of the right shape with a value no row can hold
        return None, f"{type(row_error).__name__}: {row_error}"
    return rows, None


def _claim_keys(rows: _FileRows) -> list[str]:
    """What another writer could write too: this source's rows, and page versions of the same sites."""
    return [f"source:{rows.source_id}"] + [f"host:{urlsplit(p['url']).hostname}"
                                           for p in rows.tables["raw.page_versions"]]


def _load_file(con, claims: Claims, rel: str, rows: _FileRows, report: LoadReport) -> None:
    keys = _claim_keys(rows)
    claims.take(keys)
    try:
        added = in_transaction(con, lambda: _write_files(con, [(rel, rows)]), what=f"loading {rel}")
    except (duckdb.Error, ValueError, KeyError, TypeError) as exc:
        # One bad file is set aside (reported, retried next run), never blocks the files after it.
        report.bad_files.append(f"{rel}: {type(exc).__name__}: {exc}")
        return
    finally:
        claims.release(keys)
    loaded, counts = added
    if not loaded:  # another writer loaded it meanwhile
        report.files_skipped += 1
        return
    report.files_loaded += 1
    _count(report, counts)


def _count(report: LoadReport, counts: dict[str, int]) -> None:
    for name, n in counts.items():
        setattr(report, name, getattr(report, name) + n)


def _read_rows(path: Path) -> tuple[_FileRows, Exception | None]:
    """The file's rows; the whole file is checked first, so a format error anywhere is told as one, before
    the first value that could not be turned into a row (returned, not raised)."""
    rows, row_error = _FileRows(), None
    for record in read_landing_file(path):
        rows.n_records += 1
        if row_error is not None:
            continue
        try:
            if rows.n_records == 1:  # the run header (read_landing_file checks that it is one)
                rows.run_id, rows.source_id = record["run_id"], record["source_id"]
                _add_run(rows, record)
            else:
                _add_record(rows, record)
        except (ValueError, KeyError, TypeError) as exc:
            row_error = exc
    if rows.n_records == 0:
        raise LandingFileError(f"{path}: first record is not a run header")
    return rows, row_error


def _add_run(rows: _FileRows, r: dict) -> None:
    rows.tables["raw.scrape_runs"].append({
        "run_id": rows.run_id, "source_id": rows.source_id, "started_at": _ts(r["started_at"]),
        "finished_at": _ts(r.get("finished_at")), "status": r["status"],
        "items_listed": r.get("items_listed"), "articles_new": r.get("articles_new"),
        "articles_changed": r.get("articles_changed"), "articles_unchanged": r.get("articles_unchanged"),
        "articles_deferred": r.get("articles_deferred"), "requests": r.get("requests"), "errors": r.get("errors"),
        "message": "; ".join(r.get("problems") or [])[:4000] or None,
    })


def _add_record(rows: _FileRows, r: dict) -> None:
    run_id, source_id, kind = rows.run_id, rows.source_id, r["type"]
    if kind == "fetch":
        rows.tables["raw.fetch_log"].append({
            "fetch_id": f"{run_id}:{source_id}:{r['seq']}", "run_id": run_id, "source_id": source_id,
            "url": r["url"], "method": r["method"], "kind": r["kind"], "requested_at": _ts(r["requested_at"]),
            "status_code": r.get("status_code"), "elapsed_ms": r.get("elapsed_ms"), "bytes": r.get("bytes"),
            "attempt": r.get("attempt") or 1, "outcome": r["outcome"], "error": r.get("error"),
        })
    elif kind == "listing":
        rows.tables["raw.listings"].append({
            "run_id": run_id, "source_id": source_id, "column_id": r["column_id"], "url": r["url"],
            "title": r.get("title"), "list_date": r.get("date"), "seen_at": _ts(r["seen_at"]),
        })
    elif kind == "column_listing":
        rows.tables["raw.column_listings"].append({
            "run_id": run_id, "source_id": source_id, "column_id": r["column_id"], "items_read": r.get("items") or 0,
            "announced": r.get("total"), "announced_pages": r.get("announced_pages"),
            "pages_read": r.get("pages_read"), "posts": r.get("posts"), "capped": r.get("capped"),
            "complete": bool(r.get("complete")), "shortfall": r.get("shortfall"), "reason": r.get("reason"),
            "caught_up": bool(r.get("caught_up")),
        })
        if r.get("complete"):
            rows.complete_columns.add(r["column_id"])
    elif kind == "page":
        rows.tables["raw.page_versions"].append({
            "page_version_id": page_version_id(r["url"], r["content_hash"]), "url": r["url"],
            "content_hash": r["content_hash"], "source_id": source_id, "column_id": r.get("column_id"),
            "run_id": run_id, "fetched_at": _ts(r["fetched_at"]), "title": r.get("title"),
            "published_at": _ts(r.get("published_at") or r.get("published")), "index_no": r.get("index_no"),
            "doc_no": r.get("doc_no"), "category": r.get("category"), "publisher": r.get("publisher"),
            "written_date": r.get("written_date"), "disclosure": r.get("disclosure"),
            "content_source": r.get("source"), "column_name": r.get("column"), "site_name": r.get("site"),
            "body": r["body"], "attachments": json.dumps(r.get("attachments") or [], ensure_ascii=False),
            "http_etag": r.get("etag"), "http_last_modified": r.get("last_modified"),
        })


def _write_files(con, files: list[tuple[str, _FileRows]]) -> tuple[int, dict[str, int]]:
    """The files' rows in the open transaction, each table's rows as one set (files of distinct sources, in the
    order given): how many files were loaded, and what each count of the report gains. A file already loaded
    (read in this transaction's snapshot: another writer was faster) is left out."""
    rels = [rel for rel, _ in files]
    loaded = {r[0] for r in con.execute(
        f"SELECT landing_file FROM raw.landing_files WHERE landing_file IN ({sql_list(rels)})").fetchall()}
    files = [(rel, rows) for rel, rows in files if rel not in loaded]
    if not files:
        return 0, {}
    merged = {t: [row for _, rows in files for row in rows.tables[t]] for t in FILE_TABLES}
    # A run's fetches and listings go in with its scrape_runs row, in this transaction: for runs the table has not
    # seen (every run but one landed twice under two names), none of their rows can be there yet.
    runs = json_values([(rows.run_id, rows.source_id) for _, rows in files], "run_id VARCHAR, source_id VARCHAR")
    absent = not con.execute(f"SELECT count(*) FROM raw.scrape_runs r JOIN {runs[0]} f USING (run_id, source_id)",
                             [runs[1]]).fetchone()[0]
    insert_rows(con, "raw.scrape_runs", merged["raw.scrape_runs"])
    added = {"fetches_added": insert_rows(con, "raw.fetch_log", merged["raw.fetch_log"], absent=absent),
             "listings_added": insert_rows(con, "raw.listings", merged["raw.listings"], absent=absent)}
    insert_rows(con, "raw.column_listings", merged["raw.column_listings"], absent=absent)
    added["page_versions_added"] = insert_rows(con, "raw.page_versions", merged["raw.page_versions"])
    # Only a column whose listing was read completely can tell that a notice left it.
    added["newly_unlisted"] = _mark_unlisted(con, [(rows.source_id, rows.run_id, column) for _, rows in files
                                                   for column in sorted(rows.complete_columns)])
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    insert_rows(con, "raw.landing_files", [
        {"landing_file": rel, "source_id": rows.source_id, "run_id": rows.run_id, "loaded_at": now,
         "n_records": rows.n_records} for rel, rows in files], skip_existing=False)
    faultpoint("load:before_commit")
    return len(files), added


# A page listed in an earlier complete listing of its column and missing from a later one was marked then: the pages to
# compare are those listed since the last complete listing before this run (a day's margin for clocks), not every
# night the archive holds. Each night relists every column, so that is the difference between ~2 nights of listings
# and a year of them.
WINDOW_MARGIN = "1 day"


def _mark_unlisted(con, complete: list[tuple[str, str, str]]) -> int:
    """Complete listings (source, run, column; one run per source): pages of these columns seen before but not in
    their source's run are marked, never deleted; pages listed again are no longer unlisted. One statement each for
    every source of a group, reading the listings since the columns' last complete listing."""
    if not complete:
        return 0
    columns, payload = json_values(complete, "source_id VARCHAR, run_id VARCHAR, column_id VARCHAR")
    runs = f"(SELECT DISTINCT source_id, run_id FROM {columns})"
    con.execute(
        f"""DELETE FROM raw.unlisted_pages u WHERE EXISTS (
                SELECT 1 FROM raw.listings l JOIN {runs} r ON l.run_id = r.run_id AND l.source_id = r.source_id
                WHERE l.source_id = u.source_id AND l.url = u.url)""", [payload])
    windows = con.execute(
        f"""SELECT c.source_id, c.run_id, c.column_id, max(pr.started_at) - INTERVAL '{WINDOW_MARGIN}'
            FROM {columns} c
            JOIN raw.scrape_runs cr ON cr.run_id = c.run_id AND cr.source_id = c.source_id
            LEFT JOIN raw.column_listings p ON p.source_id = c.source_id AND p.column_id = c.column_id AND p.complete
                                            AND p.run_id <> c.run_id
            LEFT JOIN raw.scrape_runs pr ON pr.run_id = p.run_id AND pr.source_id = p.source_id
                                        AND pr.started_at < cr.started_at
            GROUP BY ALL""", [payload]).fetchall()
    if len(windows) != len(complete):  # a run without its header row cannot be placed in time: no window
        windows = [(*row, None) for row in complete]
    # The earliest start as a constant lets DuckDB skip the row groups of older nights; each column then keeps its own.
    starts = [w[3] for w in windows]
    run_ids = sorted({run_id for _, run_id, _ in complete})  # tonight's runs as constants: their row groups only
    since = "" if None in starts else f"AND l.seen_at >= TIMESTAMP {sql_literal(min(starts).isoformat())}"
    columns, payload = json_values(windows, "source_id VARCHAR, run_id VARCHAR, column_id VARCHAR, since TIMESTAMP")
    return con.execute(
        f"""INSERT INTO raw.unlisted_pages
            SELECT l.source_id, l.url, arg_max(l.run_id, l.seen_at), c.run_id, now()::timestamp
            FROM raw.listings l
            JOIN {columns} c
              ON l.source_id = c.source_id AND l.column_id = c.column_id AND l.run_id <> c.run_id
                 AND (c.since IS NULL OR l.seen_at >= c.since)
            WHERE NOT EXISTS (SELECT 1 FROM raw.listings n
                              WHERE n.run_id = c.run_id AND n.source_id = c.source_id AND n.url = l.url
                                AND n.run_id IN ({sql_list(run_ids)}))
              AND NOT EXISTS (SELECT 1 FROM raw.unlisted_pages u WHERE u.source_id = l.source_id AND u.url = l.url)
              {since}
            GROUP BY l.source_id, l.url, c.run_id""", [payload]).fetchone()[0]


@functools.lru_cache(maxsize=4096)  # a run's records share a few stamps: a night's 200,000 rows, a few dozen values
def _ts(value: str | None) -> datetime | None:
    if not value:
        return None
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt.astimezone(timezone.utc).replace(tzinfo=None) if dt.tzinfo else dt
