"""Run the extractor over page versions it has not seen with the current version; store facts with provenance.

Pending page versions are taken in batches: their bodies are read a batch at a time, extracted in worker
processes (extract_document is pure), and each batch is written in one transaction that replaces the facts
of its pages; a page the extractor cannot read is recorded in the same transaction. Memory follows the
batch size, and a killed run leaves whole batches: committed, or not there at all. On the lake several such
writers run at once (shards, claims and conflict retries: warehouse.writers).
"""
from __future__ import annotations

import json
import logging
import multiprocessing
import os
from collections import deque
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import duckdb

from scrapers.faultpoints import faultpoint
from warehouse.extract import EXTRACTOR_VERSION, extract_document
from warehouse.rows import insert_rows, sql_list
from warehouse.writers import NO_CLAIMS, Shard, claims_for, in_shard, in_transaction

log = logging.getLogger(__name__)
BATCH_PAGES = 64          # pages per worker task and per write transaction
PARALLEL_FROM = 200       # fewer pending pages than this are extracted in this process: a pool costs ~0.5 s
FACT_TABLES = ("project_mentions", "project_milestones", "award_mentions", "target_mentions", "outcome_mentions")


@dataclass
class ExtractReport:
    extractor_version: str = EXTRACTOR_VERSION
    pages_extracted: int = 0
    projects: int = 0
    awards: int = 0
    targets: int = 0
    outcomes: int = 0
    failures: list[str] = field(default_factory=list)


@dataclass
class PageFacts:
    """One page version read by the extractor: its fact rows per table, or the error that stopped it."""
    page_version_id: str
    url: str
    document_date: date | None
    rows: dict[str, list[dict]] = field(default_factory=dict)
    counts: tuple[int, int, int, int] = (0, 0, 0, 0)   # projects, awards, targets, outcomes
    error: str | None = None


PENDING_IDS_SQL = """
SELECT p.page_version_id
FROM raw.page_versions p
WHERE NOT EXISTS (SELECT 1 FROM facts.extractions e
                  WHERE e.page_version_id = p.page_version_id AND e.extractor_version = ?)
ORDER BY p.fetched_at, p.page_version_id
"""
# Pending pages that already have rows in facts (an earlier extractor version, a failure, or re-extraction of
# the current version): only their facts need deleting before the new ones go in.
PENDING_WITH_FACTS_SQL = """
SELECT DISTINCT page_version_id FROM (
    SELECT page_version_id FROM facts.extractions UNION ALL
    SELECT page_version_id FROM facts.extraction_failures UNION ALL
    SELECT page_version_id FROM facts.project_mentions UNION ALL
    SELECT page_version_id FROM facts.award_mentions UNION ALL
    SELECT page_version_id FROM facts.target_mentions UNION ALL
    SELECT page_version_id FROM facts.outcome_mentions) f
WHERE NOT EXISTS (SELECT 1 FROM facts.extractions e
                  WHERE e.page_version_id = f.page_version_id AND e.extractor_version = ?)
"""
PAGES_SQL = """
SELECT page_version_id, url, title, body, published_at, written_date
FROM raw.page_versions WHERE page_version_id IN ({})
"""


def extract_pending(con: duckdb.DuckDBPyConnection, limit: int | None = None, *, workers: int | None = None,
                    batch_pages: int = BATCH_PAGES, shard: Shard | None = None) -> ExtractReport:
    """Incremental: only page versions not yet extracted by EXTRACTOR_VERSION, in order of fetching.

    workers: extractor processes; by default one per core, or none (this process) for fewer than PARALLEL_FROM
    pages or when this is one of several writers (shard given). batch_pages: pages per worker task and per write
    transaction. shard=(i, n): only the page versions with shard_of(page_version_id, n) == i. On the lake each
    batch is claimed before it is read, so writers whose work overlaps never extract a page version twice."""
    report = ExtractReport()
    pending = [r[0] for r in con.execute(PENDING_IDS_SQL + (f" LIMIT {int(limit)}" if limit else ""),
                                         [EXTRACTOR_VERSION]).fetchall() if in_shard(r[0], shard)]
    batches = [pending[i:i + batch_pages] for i in range(0, len(pending), batch_pages)]
    with_facts = set()
    if pending:
        with_facts = {r[0] for r in con.execute(PENDING_WITH_FACTS_SQL, [EXTRACTOR_VERSION]).fetchall()}
    if workers is None:
        workers = (os.cpu_count() or 1) if len(pending) >= PARALLEL_FROM and shard is None else 1
    claims = _BatchClaims(con)
    written: set[int] = set()
    try:
        if workers > 1 and len(batches) > 1:
            try:
                with ProcessPoolExecutor(max_workers=min(workers, len(batches)), mp_context=_worker_context()) as pool:
                    for index, results in _in_order(pool, con, claims, batches, window=2 * workers):
                        _write_batch(con, results, report, with_facts)
                        claims.release(index)
                        written.add(index)
            except BrokenProcessPool as exc:  # e.g. a host whose main module a worker cannot import again
                log.warning("extraction workers failed (%s); extracting the rest in this process", exc)
        for index, ids in enumerate(batches):
            if index not in written and (ids := claims.claim(index, ids)):
                _write_batch(con, extract_pages(_read_pages(con, ids)), report, with_facts)
                claims.release(index)
    finally:
        claims.close()
    return report


class _BatchClaims:
    """The batches this writer has claimed (warehouse.writers): a claimed page version is still pending when the
    claim is granted, and stays ours until its batch is committed."""

    def __init__(self, con):
        self.con, self.claims, self.held = con, claims_for(con), {}

    def claim(self, index: int, ids: list[str]) -> list[str]:
        """The batch's page versions this writer may extract: none that another writer holds or has done."""
        if self.claims is NO_CLAIMS:
            return ids
        if index not in self.held:
            got = self.claims.try_take(ids)
            done = {r[0] for r in self.con.execute(
                f"SELECT page_version_id FROM facts.extractions WHERE extractor_version = ? "
                f"AND page_version_id IN ({sql_list(got)})", [EXTRACTOR_VERSION]).fetchall()} \
                if got else set()
            self.claims.release(done)
            self.held[index] = [pv for pv in ids if pv in set(got) - done]
        return self.held[index]

    def release(self, index: int) -> None:
        self.claims.release(self.held.pop(index, []))

    def close(self) -> None:
        self.claims.close()  # the session ends: PostgreSQL drops whatever claims are left


def _in_order(pool: Executor, con, claims: _BatchClaims, batches: list[list[str]], window: int):
    """(index, results) of each claimed batch in pending order, with at most `window` batches read and not yet
    written."""
    queue: deque[tuple[int, Future]] = deque()
    for index, ids in enumerate(batches):
        if not (ids := claims.claim(index, ids)):
            continue
        queue.append((index, pool.submit(extract_pages, _read_pages(con, ids))))
        if len(queue) >= window:
            index, future = queue.popleft()
            yield index, future.result()
    while queue:
        index, future = queue.popleft()
        yield index, future.result()


def _worker_context():
    """A fork server: workers start from a clean process that has imported the extractor, never from a copy of
    this one (it may hold DuckDB and Dagster threads)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["warehouse.facts"])
    return context


def _read_pages(con, ids: list[str]) -> list[tuple]:
    rows = con.execute(PAGES_SQL.format(sql_list(ids))).fetchall()
    order = {pv: i for i, pv in enumerate(ids)}
    return sorted(rows, key=lambda row: order[row[0]])


def extract_pages(pages: list[tuple]) -> list[PageFacts]:
    """Pure: the fact rows of each page (page_version_id, url, title, body, published_at, written_date)."""
    out = []
    for page_version_id, url, title, body, published_at, written_date in pages:
        doc_date = _document_date(published_at, written_date)
        try:
            extraction = extract_document(body, published=doc_date, url=url, title=title)
            contract = extraction.to_contract()
        except Exception as exc:  # a malformed notice is recorded, never stops the run
            out.append(PageFacts(page_version_id, url, doc_date, error=f"{type(exc).__name__}: {exc}"))
            continue
        out.append(PageFacts(page_version_id, url, doc_date, _fact_rows(page_version_id, contract, extraction.outcomes),
                             (len(contract["projects"]), len(contract["awards"]), len(contract["targets"]),
                              len(extraction.outcomes))))
    return out


def _document_date(published_at, written_date) -> date | None:
    if isinstance(published_at, datetime):
        return published_at.date()
    if isinstance(published_at, date):
        return published_at
    return written_date if isinstance(written_date, date) else None


def _fact_rows(pv: str, contract: dict, outcomes) -> dict[str, list[dict]]:
    version = contract["extractor_version"]
    base = {"page_version_id": pv, "extractor_version": version}

    def provenance(kind: str, i: int, fact) -> dict:
        evidence, span = (fact["evidence"], fact["span"]) if isinstance(fact, dict) else (fact.evidence, fact.span)
        return {"mention_id": f"{pv}:{kind}{i}", **base, "ordinal": i,
                "evidence": evidence, "span_start": span[0], "span_end": span[1]}

    projects = contract["projects"]
    return {
        "project_mentions": [{
            **provenance("p", i, p), "name": p["name"], "investment_cny": p.get("investment_cny"),
            "land_mu": p.get("land_mu"), "floor_area_m2": p.get("floor_area_m2"),
            "annual_output_cny": p.get("annual_output_cny"), "capacity": p.get("capacity"), "stage": p.get("stage"),
            "companies": p.get("companies") or [], "location": p.get("location"),
            "phases": json.dumps(p.get("phases") or [], ensure_ascii=False),
            "dates": json.dumps(p.get("dates") or {}, ensure_ascii=False),
        } for i, p in enumerate(projects)],
        "project_milestones": [{"mention_id": f"{pv}:p{i}", "stage": stage, "date_text": str(when)}
                               for i, p in enumerate(projects) for stage, when in (p.get("dates") or {}).items()],
        "award_mentions": [{
            **provenance("a", i, a), "award": a["award"], "grade": a.get("grade"), "recipient": a.get("recipient"),
            "level": a.get("level"), "date_text": a.get("date"),
        } for i, a in enumerate(contract["awards"])],
        "target_mentions": [{
            **provenance("t", i, t), "indicator": t["indicator"], "metric": t["metric"], "value": t["value"],
            "value_high": t.get("value_high"), "unit": t["unit"], "qualifier": t["qualifier"],
            "commitment": t["commitment"], "target_year": t.get("target_year"), "subject": t.get("subject"),
        } for i, t in enumerate(contract["targets"])],
        "outcome_mentions": [{
            **provenance("o", i, o), "indicator": o.indicator, "metric": o.metric, "value": o.value, "unit": o.unit,
            "period_year": o.period_year, "subject": o.subject,
        } for i, o in enumerate(outcomes)],
        "extractions": [{
            **base, "n_projects": len(projects), "n_awards": len(contract["awards"]),
            "n_targets": len(contract["targets"]), "n_outcomes": len(outcomes)}],
    }


def _write_batch(con, results: list[PageFacts], report: ExtractReport, with_facts: set[str]) -> None:
    """One transaction (run again on a lake conflict): earlier facts of the batch's pages (any extractor
    version; with_facts says which have any) replaced by the new ones, and the pages the extractor could not
    read recorded."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    done = [r for r in results if r.error is None]
    failed = [r for r in results if r.error is not None]

    def write() -> None:
        if failed:
            _record_failures(con, failed, now, [r.page_version_id for r in failed if r.page_version_id in with_facts])
        if done:
            _replace_facts(con, done, now, [r.page_version_id for r in done if r.page_version_id in with_facts])
        before = report.pages_extracted
        if before <= 3 < before + len(done):
            faultpoint("extract:mid_run")

    in_transaction(con, write, what=f"writing the facts of {len(results)} page versions")
    for r in failed:
        report.failures.append(f"{r.url} ({r.page_version_id}): {r.error}")
    for r in done:
        report.pages_extracted += 1
        report.projects += r.counts[0]
        report.awards += r.counts[1]
        report.targets += r.counts[2]
        report.outcomes += r.counts[3]


def _record_failures(con, pages: list[PageFacts], now: datetime, stale: list[str]) -> None:
    """The latest error of each page: an earlier one of this extractor version is replaced."""
    if stale:
        con.execute(f"DELETE FROM facts.extraction_failures WHERE extractor_version = ? "
                    f"AND page_version_id IN ({sql_list(stale)})", [EXTRACTOR_VERSION])
    insert_rows(con, "facts.extraction_failures", [
        {"page_version_id": r.page_version_id, "extractor_version": EXTRACTOR_VERSION, "failed_at": now,
         "error": r.error} for r in pages])


def _replace_facts(con, pages: list[PageFacts], now: datetime, stale: list[str]) -> None:
    if stale:
        among = f"page_version_id IN ({sql_list(stale)})"
        con.execute("DELETE FROM facts.project_milestones WHERE mention_id IN "
                    f"(SELECT mention_id FROM facts.project_mentions WHERE {among})")
        for table in ("project_mentions", "award_mentions", "target_mentions", "outcome_mentions", "extractions",
                      "extraction_failures"):
            con.execute(f"DELETE FROM facts.{table} WHERE {among}")
    for table in FACT_TABLES:
        insert_rows(con, f"facts.{table}", [row for r in pages for row in r.rows[table]],
                    skip_existing=table == "project_milestones")
    insert_rows(con, "facts.extractions", [
        {**r.rows["extractions"][0], "extracted_at": now, "document_date": r.document_date} for r in pages],
        skip_existing=False)
