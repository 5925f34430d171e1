"""Load landing files into raw.* in one short transaction per file; idempotent and append-only."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from scrapers.landing import list_landing_files, read_landing_file
from scrapers.faultpoints import faultpoint


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
        except (LandingFileError, json.JSONDecodeError, UnicodeDecodeError) as exc:
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
    con.execute(
        """INSERT INTO raw.scrape_runs VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING""",
        [run_id, source_id, _ts(run["started_at"]), _ts(run.get("finished_at")), run["status"],
         run.get("items_listed"), run.get("articles_new"), run.get("articles_changed"),
         run.get("articles_unchanged"), run.get("requests"), run.get("errors"),
         "; ".join(run.get("problems") or [])[:4000] or None],
    )
    fetches = [r for r in records if r["type"] == "fetch"]
    before = _count(con, "SELECT count(*) FROM raw.fetch_log")
    if fetches:
        con.executemany(
            "INSERT INTO raw.fetch_log VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
            [[f"{run_id}:{source_id}:{f['seq']}", run_id, source_id, f["url"], f["method"], f["kind"], _ts(f["requested_at"]),
              f.get("status_code"), f.get("elapsed_ms"), f.get("bytes"), f.get("attempt") or 1, f["outcome"],
              f.get("error")] for f in fetches],
        )
    report.fetches_added += _count(con, "SELECT count(*) FROM raw.fetch_log") - before

    listings = [r for r in records if r["type"] == "listing"]
    before = _count(con, "SELECT count(*) FROM raw.listings")
    if listings:
        con.executemany(
            "INSERT INTO raw.listings VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
            [[run_id, source_id, r["column_id"], r["url"], r.get("title"), r.get("date"), _ts(r["seen_at"])]
             for r in listings],
        )
    report.listings_added += _count(con, "SELECT count(*) FROM raw.listings") - before

    pages = [r for r in records if r["type"] == "page"]
    before = _count(con, "SELECT count(*) FROM raw.page_versions")
    if pages:
        con.executemany(
            """INSERT INTO raw.page_versions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
               ON CONFLICT DO NOTHING""",
            [[page_version_id(p["url"], p["content_hash"]), p["url"], p["content_hash"], source_id,
              p.get("column_id"), run_id, _ts(p["fetched_at"]), p.get("title"),
              _ts(p.get("published_at") or p.get("published")), p.get("index_no"), p.get("doc_no"),
              p.get("category"), p.get("publisher"), p.get("written_date"), p.get("disclosure"),
              p.get("source"), p.get("column"), p.get("site"), p["body"],
              json.dumps(p.get("attachments") or [], ensure_ascii=False), p.get("etag"), p.get("last_modified")]
             for p in pages],
        )
    report.page_versions_added += _count(con, "SELECT count(*) FROM raw.page_versions") - before

    # Only a column whose listing was read completely can tell that a notice left it.
    complete = sorted({r["column_id"] for r in records if r["type"] == "column_listing" and r.get("complete")})
    if complete:
        report.newly_unlisted += _mark_unlisted(con, run_id, source_id, complete)
    con.execute("INSERT INTO raw.landing_files VALUES (?,?,?,?,?)",
                [rel, source_id, run_id, datetime.now(timezone.utc).replace(tzinfo=None), len(records)])


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
