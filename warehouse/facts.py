"""Run the extractor over page versions it has not seen with the current version; store facts with provenance."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import duckdb

from warehouse.extract import EXTRACTOR_VERSION, extract_document
from scrapers.faultpoints import faultpoint


@dataclass
class ExtractReport:
    extractor_version: str = EXTRACTOR_VERSION
    pages_extracted: int = 0
    projects: int = 0
    awards: int = 0
    targets: int = 0
    outcomes: int = 0
    failures: list[str] = field(default_factory=list)


PENDING_SQL = """
SELECT p.page_version_id, p.url, p.title, p.body, p.published_at, p.written_date
FROM raw.page_versions p
WHERE NOT EXISTS (SELECT 1 FROM facts.extractions e
                  WHERE e.page_version_id = p.page_version_id AND e.extractor_version = ?)
ORDER BY p.fetched_at, p.page_version_id
"""


def extract_pending(con: duckdb.DuckDBPyConnection, limit: int | None = None) -> ExtractReport:
    """Incremental: only page versions not yet extracted by EXTRACTOR_VERSION. Each page in its own transaction."""
    report = ExtractReport()
    rows = con.execute(PENDING_SQL + (f" LIMIT {int(limit)}" if limit else ""), [EXTRACTOR_VERSION]).fetchall()
    for page_version_id, url, title, body, published_at, written_date in rows:
        doc_date = _document_date(published_at, written_date)
        try:
            extraction = extract_document(body, published=doc_date, url=url, title=title)
        except Exception as exc:  # a malformed notice is recorded, never stops the run
            error = f"{type(exc).__name__}: {exc}"
            report.failures.append(f"{url} ({page_version_id}): {error}")
            con.execute("INSERT OR REPLACE INTO facts.extraction_failures VALUES (?,?,?,?)",
                        [page_version_id, EXTRACTOR_VERSION, datetime.now(timezone.utc).replace(tzinfo=None), error])
            continue
        contract = extraction.to_contract()
        con.execute("BEGIN TRANSACTION")
        try:
            _replace_facts(con, page_version_id, doc_date, contract, extraction.outcomes)
            if report.pages_extracted == 3:
                faultpoint("extract:mid_run")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        report.pages_extracted += 1
        report.projects += len(contract["projects"])
        report.awards += len(contract["awards"])
        report.targets += len(contract["targets"])
        report.outcomes += len(extraction.outcomes)
    return report


def _document_date(published_at, written_date) -> date | None:
    if isinstance(published_at, datetime):
        return published_at.date()
    if isinstance(published_at, date):
        return published_at
    return written_date if isinstance(written_date, date) else None


def _replace_facts(con, pv: str, doc_date, contract: dict, outcomes) -> None:
    """Earlier facts of this page version (any extractor version) are replaced in the same transaction."""
    con.execute("DELETE FROM facts.project_milestones WHERE mention_id IN "
                "(SELECT mention_id FROM facts.project_mentions WHERE page_version_id = ?)", [pv])
    for table in ("project_mentions", "award_mentions", "target_mentions", "outcome_mentions", "extractions"):
        con.execute(f"DELETE FROM facts.{table} WHERE page_version_id = ?", [pv])
    version = contract["extractor_version"]
    for i, p in enumerate(contract["projects"]):
        mid = f"{pv}:p{i}"
        con.execute(
            "INSERT INTO facts.project_mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [mid, pv, version, i, p["name"], p.get("investment_cny"), p.get("land_mu"), p.get("floor_area_m2"),
             p.get("annual_output_cny"), p.get("capacity"), p.get("stage"), p.get("companies") or [],
             p.get("location"), json.dumps(p.get("phases") or [], ensure_ascii=False),
             json.dumps(p.get("dates") or {}, ensure_ascii=False), p["evidence"], *p["span"]],
        )
        for stage, when in (p.get("dates") or {}).items():
            con.execute("INSERT INTO facts.project_milestones VALUES (?,?,?) ON CONFLICT DO NOTHING",
                        [mid, stage, str(when)])
    for i, a in enumerate(contract["awards"]):
        con.execute(
            "INSERT INTO facts.award_mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [f"{pv}:a{i}", pv, version, i, a["award"], a.get("grade"), a.get("recipient"), a.get("level"),
             a.get("date"), a["evidence"], *a["span"]],
        )
    for i, t in enumerate(contract["targets"]):
        con.execute(
            "INSERT INTO facts.target_mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [f"{pv}:t{i}", pv, version, i, t["indicator"], t["metric"], t["value"], t.get("value_high"),
             t["unit"], t["qualifier"], t["commitment"], t.get("target_year"), t.get("subject"),
             t["evidence"], *t["span"]],
        )
    for i, o in enumerate(outcomes):
        con.execute(
            "INSERT INTO facts.outcome_mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [f"{pv}:o{i}", pv, version, i, o.indicator, o.metric, o.value, o.unit, o.period_year, o.subject,
             o.evidence, *o.span],
        )
    con.execute("DELETE FROM facts.extraction_failures WHERE page_version_id = ?", [pv])
    con.execute(
        "INSERT INTO facts.extractions VALUES (?,?,?,?,?,?,?,?)",
        [pv, version, datetime.now(timezone.utc).replace(tzinfo=None), len(contract["projects"]),
         len(contract["awards"]), len(contract["targets"]), len(outcomes), doc_date],
    )
