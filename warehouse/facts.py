"""Run the extractor over page versions it has not seen with the current version; store facts with provenance."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import duckdb

from warehouse.extract import EXTRACTOR_VERSION, extract_document
from scrapers.faultpoints import faultpoint
from warehouse.rows import insert_rows


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
    base = {"page_version_id": pv, "extractor_version": version}

    def provenance(kind: str, i: int, fact) -> dict:
        evidence, span = (fact["evidence"], fact["span"]) if isinstance(fact, dict) else (fact.evidence, fact.span)
        return {"mention_id": f"{pv}:{kind}{i}", **base, "ordinal": i,
                "evidence": evidence, "span_start": span[0], "span_end": span[1]}

    projects = contract["projects"]
    insert_rows(con, "facts.project_mentions", [{
        **provenance("p", i, p), "name": p["name"], "investment_cny": p.get("investment_cny"),
        "land_mu": p.get("land_mu"), "floor_area_m2": p.get("floor_area_m2"),
        "annual_output_cny": p.get("annual_output_cny"), "capacity": p.get("capacity"), "stage": p.get("stage"),
        "companies": p.get("companies") or [], "location": p.get("location"),
        "phases": json.dumps(p.get("phases") or [], ensure_ascii=False),
        "dates": json.dumps(p.get("dates") or {}, ensure_ascii=False),
    } for i, p in enumerate(projects)], skip_existing=False)
    insert_rows(con, "facts.project_milestones", [
        {"mention_id": f"{pv}:p{i}", "stage": stage, "date_text": str(when)}
        for i, p in enumerate(projects) for stage, when in (p.get("dates") or {}).items()])
    insert_rows(con, "facts.award_mentions", [{
        **provenance("a", i, a), "award": a["award"], "grade": a.get("grade"), "recipient": a.get("recipient"),
        "level": a.get("level"), "date_text": a.get("date"),
    } for i, a in enumerate(contract["awards"])], skip_existing=False)
    insert_rows(con, "facts.target_mentions", [{
        **provenance("t", i, t), "indicator": t["indicator"], "metric": t["metric"], "value": t["value"],
        "value_high": t.get("value_high"), "unit": t["unit"], "qualifier": t["qualifier"],
        "commitment": t["commitment"], "target_year": t.get("target_year"), "subject": t.get("subject"),
    } for i, t in enumerate(contract["targets"])], skip_existing=False)
    insert_rows(con, "facts.outcome_mentions", [{
        **provenance("o", i, o), "indicator": o.indicator, "metric": o.metric, "value": o.value, "unit": o.unit,
        "period_year": o.period_year, "subject": o.subject,
    } for i, o in enumerate(outcomes)], skip_existing=False)
    con.execute("DELETE FROM facts.extraction_failures WHERE page_version_id = ?", [pv])
    insert_rows(con, "facts.extractions", [{
        **base, "extracted_at": datetime.now(timezone.utc).replace(tzinfo=None), "n_projects": len(projects),
        "n_awards": len(contract["awards"]), "n_targets": len(contract["targets"]), "n_outcomes": len(outcomes),
        "document_date": doc_date}], skip_existing=False)
