"""Extraction in batches on worker processes: the same facts as one page at a time in one process, bodies read a
batch at a time, and a run killed in the middle of a batch leaves whole batches that the next run completes."""
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

import warehouse.facts as facts
from scrapers.demo_site.content import load_notices
from warehouse.db import open_warehouse
from warehouse.load import page_version_id
from warehouse.rows import insert_rows

REPO = Path(__file__).resolve().parents[2]
TABLES = ("extractions", "project_mentions", "project_milestones", "award_mentions", "target_mentions",
          "outcome_mentions", "extraction_failures")
KILLED_RUN = """
import sys
from warehouse.db import open_warehouse
from warehouse.facts import extract_pending
extract_pending(open_warehouse(sys.argv[1]), workers=2, batch_pages=2)
"""


def _warehouse(path: Path):
    """Every demo notice (all CMS families) as one stored page version."""
    con = open_warehouse(path)
    rows = [{"page_version_id": page_version_id(f"http://127.0.0.1{n.path}", str(n.art_id)),
             "url": f"http://127.0.0.1{n.path}", "content_hash": str(n.art_id), "source_id": "demo", "run_id": "r1",
             "fetched_at": datetime(2026, 1, 1, 0, 0, i % 60), "title": n.title,
             "published_at": datetime.strptime(n.published, "%Y-%m-%d %H:%M"), "written_date": n.written_date,
             "body": n.body} for i, n in enumerate(load_notices(columns=None))]
    insert_rows(con, "raw.page_versions", rows)
    return con


def _facts(con) -> dict[str, list[tuple]]:
    out = {}
    for table in TABLES:
        columns = [c for (c,) in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'facts' AND table_name = ? "
            "AND column_name NOT IN ('extracted_at', 'failed_at')", [table]).fetchall()]
        out[table] = sorted(con.execute(f"SELECT {', '.join(columns)} FROM facts.{table}").fetchall(), key=repr)
    return out


def test_worker_processes_write_the_facts_one_process_writes(tmp_path):
    one = _warehouse(tmp_path / "one.duckdb")
    many = _warehouse(tmp_path / "many.duckdb")
    alone = facts.extract_pending(one, workers=1, batch_pages=1)
    together = facts.extract_pending(many, workers=2, batch_pages=16)
    assert alone == together and together.pages_extracted == len(load_notices(columns=None))
    assert _facts(one) == _facts(many)
    assert facts.extract_pending(many, workers=2).pages_extracted == 0


def test_bodies_are_read_a_batch_at_a_time(tmp_path, monkeypatch):
    con = _warehouse(tmp_path / "w.duckdb")
    read, real = [], facts._read_pages
    monkeypatch.setattr(facts, "_read_pages", lambda c, ids: read.append(len(ids)) or real(c, ids))
    report = facts.extract_pending(con, workers=2, batch_pages=10)
    assert max(read) == 10 and sum(read) == report.pages_extracted


@pytest.mark.skipif(sys.platform == "win32", reason="process groups")
def test_a_run_killed_in_a_batch_leaves_whole_batches_and_the_next_run_completes_them(tmp_path):
    db = tmp_path / "w.duckdb"
    _warehouse(db).close()
    marker = tmp_path / "marker"
    env = {**os.environ, "GOVWATCH_FAULTPOINT": "extract:mid_run", "GOVWATCH_FAULTPOINT_MARKER": str(marker),
           "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(db)], env=env, cwd=REPO, start_new_session=True)
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert proc.poll() is None and time.monotonic() < deadline, "the run never reached extract:mid_run"
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)  # the workers too
    proc.wait(timeout=30)

    con = open_warehouse(db)
    # batches of two: the first committed, the one holding the fourth page was being written when killed
    assert con.execute("SELECT count(*) FROM facts.extractions").fetchone()[0] == 2
    for table in ("project_mentions", "award_mentions", "target_mentions", "outcome_mentions"):
        orphans = con.execute(f"""SELECT count(*) FROM facts.{table} m WHERE NOT EXISTS (SELECT 1 FROM
                                  facts.extractions e WHERE e.page_version_id = m.page_version_id)""").fetchone()[0]
        assert orphans == 0, table
    rest = facts.extract_pending(con, workers=2)
    assert rest.pages_extracted == len(load_notices(columns=None)) - 2
    reference = _warehouse(tmp_path / "reference.duckdb")
    facts.extract_pending(reference, workers=1)
    assert _facts(con) == _facts(reference)
