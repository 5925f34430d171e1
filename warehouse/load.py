"""Load landing files into raw.* in one short transaction per file; idempotent and append-only, on either target.

A file is read once, as a stream: each record is checked (scrapers.landing) and turned into its row as it
comes, so the page HTML is never held. Each table's rows then go in as one set (warehouse.rows), and every
insert counts what it added itself: the cost of a file follows the file, not the warehouse. What is already
there is left out by anti-joins on the natural keys (no constraint decides it), and on the lake several loader
processes run at once, each holding a claim on its source and its pages' sites while it writes
(warehouse.writers).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import duckdb

from scrapers.faultpoints import faultpoint
from scrapers.landing import LandingFormatError, list_landing_files, read_landing_file
from warehouse.rows import insert_rows
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


def load_landing(con: duckdb.DuckDBPyConnection, landing_root: Path, *, shard: Shard | None = None) -> LoadReport:
    """Every landing file not loaded yet, one transaction each. shard=(i, n): only the sources with
    shard_of(source_id, n) == i, so n writer processes on the lake split the sources between them."""
    report = LoadReport()
    done = {r[0] for r in con.execute("SELECT landing_file FROM raw.landing_files").fetchall()}
    claims = claims_for(con)
    try:
        for path in list_landing_files(landing_root):
            rel = str(path.relative_to(landing_root))
            if not in_shard(path.parent.name, shard):  # landing files live in <root>/<source_id>/
                continue
            if rel in done:
                report.files_skipped += 1
                continue
            _load_file(con, claims, path, rel, report)
    finally:
        claims.close()
    return report


def _load_file(con, claims: Claims, path: Path, rel: str, report: LoadReport) -> None:
    try:
        rows, row_error = _read_rows(path)
    except (LandingFileError, LandingFormatError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        report.bad_files.append(f"{rel}: {exc}")
        return
    if row_error is not None:  # a record of the right shape with a value no row can hold
        report.bad_files.append(f"{rel}: {type(row_error).__name__}: {row_error}")
        return
    # What another writer could write too: this source's rows, and page versions of the same sites.
    keys = [f"source:{rows.source_id}"] + [f"host:{urlsplit(p['url']).hostname}"
                                           for p in rows.tables["raw.page_versions"]]
    claims.take(keys)
    try:
        added = in_transaction(con, lambda: _write_rows(con, rel, rows), what=f"loading {rel}")
    except (duckdb.Error, ValueError, KeyError, TypeError) as exc:
        # One bad file is set aside (reported, retried next run), never blocks the files after it.
        report.bad_files.append(f"{rel}: {type(exc).__name__}: {exc}")
        return
    finally:
        claims.release(keys)
    if added is None:  # another writer loaded it meanwhile
        report.files_skipped += 1
        return
    report.files_loaded += 1
    for name, n in added.items():
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
        "requests": r.get("requests"), "errors": r.get("errors"),
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


def _write_rows(con, rel: str, rows: _FileRows) -> dict[str, int] | None:
    """The file's rows in the open transaction; what each count of the report gains, or None when the file is
    already loaded (read in this transaction's snapshot)."""
    if con.execute("SELECT 1 FROM raw.landing_files WHERE landing_file = ?", [rel]).fetchone():
        return None
    tables = rows.tables
    insert_rows(con, "raw.scrape_runs", tables["raw.scrape_runs"])
    added = {"fetches_added": insert_rows(con, "raw.fetch_log", tables["raw.fetch_log"]),
             "listings_added": insert_rows(con, "raw.listings", tables["raw.listings"])}
    insert_rows(con, "raw.column_listings", tables["raw.column_listings"])
    added["page_versions_added"] = insert_rows(con, "raw.page_versions", tables["raw.page_versions"])
    # Only a column whose listing was read completely can tell that a notice left it.
    added["newly_unlisted"] = _mark_unlisted(con, rows.run_id, rows.source_id, sorted(rows.complete_columns)) \
        if rows.complete_columns else 0
    insert_rows(con, "raw.landing_files", [{
        "landing_file": rel, "source_id": rows.source_id, "run_id": rows.run_id,
        "loaded_at": datetime.now(timezone.utc).replace(tzinfo=None), "n_records": rows.n_records}],
        skip_existing=False)
    faultpoint("load:before_commit")
    return added


def _mark_unlisted(con, run_id: str, source_id: str, column_ids: list[str]) -> int:
    """A complete listing run: pages of these columns seen before but not now are marked, never deleted."""
    placeholders = ",".join("?" * len(column_ids))
    # Pages listed again are no longer "unlisted".
    con.execute(
        "DELETE FROM raw.unlisted_pages WHERE source_id = ? AND url IN "
        "(SELECT url FROM raw.listings WHERE run_id = ? AND source_id = ?)",
        [source_id, run_id, source_id],
    )
    return con.execute(
        f"""INSERT INTO raw.unlisted_pages
            SELECT source_id, url, arg_max(run_id, seen_at), ?, now()::timestamp
            FROM raw.listings l
            WHERE source_id = ? AND column_id IN ({placeholders}) AND run_id <> ?
              AND url NOT IN (SELECT url FROM raw.listings WHERE run_id = ? AND source_id = ?)
              AND NOT EXISTS (SELECT 1 FROM raw.unlisted_pages u WHERE u.source_id = l.source_id AND u.url = l.url)
            GROUP BY source_id, url""",
        [run_id, source_id, *column_ids, run_id, run_id, source_id],
    ).fetchone()[0]


def _ts(value: str | None) -> datetime | None:
    if not value:
        return None
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt.astimezone(timezone.utc).replace(tzinfo=None) if dt.tzinfo else dt
