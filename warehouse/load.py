"""Load landing files into raw.* in one short transaction per file; idempotent and append-only."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from scrapers.landing import LandingFormatError, list_landing_files, read_landing_file
from scrapers.faultpoints import faultpoint
from warehouse.rows import insert_rows


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


def page_version_id(url: str, digest: str) -> str:
    return hashlib.sha256(f"{url}\n{digest}".encode("utf-8")).hexdigest()[:20]


def load_landing(con: duckdb.DuckDBPyConnection, landing_root: Path) -> LoadReport:
    report = LoadReport()
    done = {r[0] for r in con.execute("SELECT landing_file FROM raw.landing_files").fetchall()}
    for path in list_landing_files(landing_root):
        rel = str(path.relative_to(landing_root))
        if rel in done:
            report.files_skipped += 1
            continue
        try:
            records = list(read_landing_file(path))
            _check(records, path)
        except (LandingFileError, LandingFormatError, json.JSONDecodeError, UnicodeDecodeError) as exc:
            report.bad_files.append(f"{rel}: {exc}")
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            _load_records(con, rel, records, report)
            faultpoint("load:before_commit")
            con.execute("COMMIT")
        except (duckdb.Error, ValueError, KeyError, TypeError) as exc:
            # One bad file is set aside (reported, retried next run), never blocks the files after it.
            con.execute("ROLLBACK")
            report.bad_files.append(f"{rel}: {type(exc).__name__}: {exc}")
            continue
        report.files_loaded += 1
    return report


def _check(records: list[dict], path: Path) -> None:
    if not records or records[0].get("type") != "run":
        raise LandingFileError(f"{path}: first record is not a run header")


def _count(con, sql: str, params=()) -> int:
    return con.execute(sql, params).fetchone()[0]


def _load_records(con, rel: str, records: list[dict], report: LoadReport) -> None:
    run = records[0]
    run_id, source_id = run["run_id"], run["source_id"]
    insert_rows(con, "raw.scrape_runs", [{
        "run_id": run_id, "source_id": source_id, "started_at": _ts(run["started_at"]),
        "finished_at": _ts(run.get("finished_at")), "status": run["status"],
        "items_listed": run.get("items_listed"), "articles_new": run.get("articles_new"),
        "articles_changed": run.get("articles_changed"), "articles_unchanged": run.get("articles_unchanged"),
        "requests": run.get("requests"), "errors": run.get("errors"),
        "message": "; ".join(run.get("problems") or [])[:4000] or None,
    }])
    report.fetches_added += insert_rows(con, "raw.fetch_log", [{
        "fetch_id": f"{run_id}:{source_id}:{f['seq']}", "run_id": run_id, "source_id": source_id,
        "url": f["url"], "method": f["method"], "kind": f["kind"], "requested_at": _ts(f["requested_at"]),
        "status_code": f.get("status_code"), "elapsed_ms": f.get("elapsed_ms"), "bytes": f.get("bytes"),
        "attempt": f.get("attempt") or 1, "outcome": f["outcome"], "error": f.get("error"),
    } for f in records if f["type"] == "fetch"])
    report.listings_added += insert_rows(con, "raw.listings", [{
        "run_id": run_id, "source_id": source_id, "column_id": r["column_id"], "url": r["url"],
        "title": r.get("title"), "list_date": r.get("date"), "seen_at": _ts(r["seen_at"]),
    } for r in records if r["type"] == "listing"])
    insert_rows(con, "raw.column_listings", [{
        "run_id": run_id, "source_id": source_id, "column_id": r["column_id"], "items_read": r.get("items") or 0,
        "announced": r.get("total"), "announced_pages": r.get("announced_pages"), "pages_read": r.get("pages_read"),
        "posts": r.get("posts"), "capped": r.get("capped"), "complete": bool(r.get("complete")),
        "shortfall": r.get("shortfall"), "reason": r.get("reason"),
    } for r in records if r["type"] == "column_listing"])
    report.page_versions_added += insert_rows(con, "raw.page_versions", [{
        "page_version_id": page_version_id(p["url"], p["content_hash"]), "url": p["url"],
        "content_hash": p["content_hash"], "source_id": source_id, "column_id": p.get("column_id"),
        "run_id": run_id, "fetched_at": _ts(p["fetched_at"]), "title": p.get("title"),
        "published_at": _ts(p.get("published_at") or p.get("published")), "index_no": p.get("index_no"),
        "doc_no": p.get("doc_no"), "category": p.get("category"), "publisher": p.get("publisher"),
        "written_date": p.get("written_date"), "disclosure": p.get("disclosure"),
        "content_source": p.get("source"), "column_name": p.get("column"), "site_name": p.get("site"),
        "body": p["body"], "attachments": json.dumps(p.get("attachments") or [], ensure_ascii=False),
        "http_etag": p.get("etag"), "http_last_modified": p.get("last_modified"),
    } for p in records if p["type"] == "page"])

    # Only a column whose listing was read completely can tell that a notice left it.
    complete = sorted({r["column_id"] for r in records if r["type"] == "column_listing" and r.get("complete")})
    if complete:
        report.newly_unlisted += _mark_unlisted(con, run_id, source_id, complete)
    insert_rows(con, "raw.landing_files", [{
        "landing_file": rel, "source_id": source_id, "run_id": run_id,
        "loaded_at": datetime.now(timezone.utc).replace(tzinfo=None), "n_records": len(records)}],
        skip_existing=False)


def _mark_unlisted(con, run_id: str, source_id: str, column_ids: list[str]) -> int:
    """A complete listing run: pages of these columns seen before but not now are marked, never deleted."""
    placeholders = ",".join("?" * len(column_ids))
    # Pages listed again are no longer "unlisted".
    con.execute(
        "DELETE FROM raw.unlisted_pages WHERE source_id = ? AND url IN "
        "(SELECT url FROM raw.listings WHERE run_id = ? AND source_id = ?)",
        [source_id, run_id, source_id],
    )
    before = _count(con, "SELECT count(*) FROM raw.unlisted_pages WHERE source_id = ?", [source_id])
    con.execute(
        f"""INSERT INTO raw.unlisted_pages
            SELECT source_id, url, arg_max(run_id, seen_at), ?, now()::timestamp
            FROM raw.listings
            WHERE source_id = ? AND column_id IN ({placeholders}) AND run_id <> ?
              AND url NOT IN (SELECT url FROM raw.listings WHERE run_id = ? AND source_id = ?)
            GROUP BY source_id, url
            ON CONFLICT DO NOTHING""",
        [run_id, source_id, *column_ids, run_id, run_id, source_id],
    )
    return _count(con, "SELECT count(*) FROM raw.unlisted_pages WHERE source_id = ?", [source_id]) - before


def _ts(value: str | None) -> datetime | None:
    if not value:
        return None
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt.astimezone(timezone.utc).replace(tzinfo=None) if dt.tzinfo else dt
