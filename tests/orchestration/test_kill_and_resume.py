"""Kill the pipeline process at each stage; the warehouse stays consistent and the next run completes without
duplicates."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from scrapers.demo_site.server import DemoSite

CHILD = Path(__file__).with_name("pipeline_child.py")
REPO = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path, base_url: str, faultpoint: str | None) -> dict:
    env = dict(os.environ)
    env.update(GOVWATCH_DATA_DIR=str(tmp_path), GOVWATCH_DB=str(tmp_path / "warehouse.duckdb"),
               GOVWATCH_LANDING=str(tmp_path / "landing"), GOVWATCH_SERVING=str(tmp_path / "serving.duckdb"),
               GOVWATCH_DEMO_URL=base_url, GOVWATCH_FAULTPOINT_MARKER=str(tmp_path / "marker"),
               PYTHONPATH=str(REPO))
    env.pop("GOVWATCH_FAULTPOINT", None)
    if faultpoint:
        env["GOVWATCH_FAULTPOINT"] = faultpoint
    return env


def _run_and_kill(tmp_path: Path, base_url: str, faultpoint: str, linger_s: float) -> None:
    marker = tmp_path / "marker"
    marker.unlink(missing_ok=True)
    proc = subprocess.Popen([sys.executable, str(CHILD)], env=_env(tmp_path, base_url, faultpoint), cwd=REPO,
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while not marker.exists():
        assert proc.poll() is None, f"pipeline ended before reaching {faultpoint}"
        assert time.monotonic() < deadline, f"pipeline never reached {faultpoint}"
        time.sleep(0.1)
    time.sleep(linger_s)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole group: dbt's subprocess too
    proc.wait(timeout=30)


def _consistency(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        q = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "page_versions": q("SELECT count(*) FROM raw.page_versions"),
            "distinct_urls": q("SELECT count(DISTINCT url) FROM raw.page_versions"),
            "loaded_twice": q("SELECT count(*) FROM (SELECT run_id FROM raw.landing_files GROUP BY run_id "
                              "HAVING count(*) > 1)"),
            "extracted": q("SELECT count(*) FROM facts.extractions"),
            "orphan_mentions": q("""SELECT count(*) FROM facts.project_mentions m WHERE NOT EXISTS
                                    (SELECT 1 FROM facts.extractions e WHERE e.page_version_id = m.page_version_id)"""),
            "project_mentions": q("SELECT count(*) FROM facts.project_mentions"),
            "target_mentions": q("SELECT count(*) FROM facts.target_mentions"),
            "award_mentions": q("SELECT count(*) FROM facts.award_mentions"),
            "notices_mart": q("SELECT count(*) FROM marts.fct_notices"),
        }
    finally:
        con.close()


def _expected_fact_counts(db: Path) -> dict:
    """What extraction of every stored page version gives, computed afresh: facts must match it exactly."""
    from warehouse.extract import extract_document
    from warehouse.facts import _document_date

    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT body, published_at, written_date, url, title FROM raw.page_versions").fetchall()
    con.close()
    totals = {"project_mentions": 0, "target_mentions": 0, "award_mentions": 0}
    for body, published_at, written_date, url, title in rows:
        contract = extract_document(body, published=_document_date(published_at, written_date), url=url,
                                    title=title).to_contract()
        totals["project_mentions"] += len(contract["projects"])
        totals["target_mentions"] += len(contract["targets"])
        totals["award_mentions"] += len(contract["awards"])
    return totals


def test_killed_at_every_stage_in_turn_then_resumed(tmp_path):
    """Kill during scraping, then loading, then extraction, then dbt — each run resuming the last — then finish."""
    with DemoSite() as site:
        n_notices = len(site.notices)
        for faultpoint, linger_s in [("scrape:mid_run", 0.0), ("load:before_commit", 0.0),
                                     ("extract:mid_run", 0.0), ("dbt:started", 4.0)]:
            _run_and_kill(tmp_path, site.base_url, faultpoint, linger_s)
            db = tmp_path / "warehouse.duckdb"
            if db.exists():  # opening it replays the WAL: whatever committed is there, nothing half-done
                state = _consistency_raw(db)
                assert state["loaded_twice"] == 0 and state["orphan_mentions"] == 0, faultpoint
        result = subprocess.run([sys.executable, str(CHILD)], env=_env(tmp_path, site.base_url, None), cwd=REPO,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr[-3000:]
    final = _consistency(tmp_path / "warehouse.duckdb")
    with duckdb.connect(str(tmp_path / "serving.duckdb"), read_only=True) as serving:  # what BI reads was published
        assert serving.execute("SELECT count(*) FROM marts.fct_notices").fetchone()[0] == n_notices
    assert final["page_versions"] == final["distinct_urls"] == final["notices_mart"] == n_notices
    assert final["extracted"] == n_notices
    assert final["loaded_twice"] == 0 and final["orphan_mentions"] == 0
    expected = _expected_fact_counts(tmp_path / "warehouse.duckdb")
    assert {k: final[k] for k in expected} == expected  # every page's facts once, none doubled or lost


def _consistency_raw(db: Path) -> dict:
    con = duckdb.connect(str(db))
    try:
        from warehouse.db import migrate

        migrate(con)
        q = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "loaded_twice": q("SELECT count(*) FROM (SELECT run_id FROM raw.landing_files GROUP BY run_id "
                              "HAVING count(*) > 1)"),
            "orphan_mentions": q("""SELECT count(*) FROM facts.project_mentions m WHERE NOT EXISTS
                                    (SELECT 1 FROM facts.extractions e WHERE e.page_version_id = m.page_version_id)"""),
        }
    finally:
        con.close()
