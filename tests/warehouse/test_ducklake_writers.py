"""Several writer processes on one lake: sharded (disjoint) or all on the same work (overlapping), 2 and 4 at
once, the final state is the serial run's and no page version or fact is there twice; a writer killed in the
middle of its transaction loses nothing committed and leaves nothing half-written."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.warehouse.lake_demo import REPO, crawl_demo_twice, lake_env, table_rows
from warehouse.db import duplicate_keys, migrate
from warehouse.facts import extract_pending
from warehouse.lake import connect_lake
from warehouse.lake_workers import run_writers
from warehouse.load import load_landing

SOURCES = ("demo", "demo_web", "demo_jpaas", "demo_trs")
KILLED = """
import sys
from pathlib import Path
from warehouse.db import open_warehouse
from warehouse.facts import extract_pending
from warehouse.load import load_landing
con = open_warehouse()
if sys.argv[1] == "load":
    load_landing(con, Path(sys.argv[2]))
else:
    extract_pending(con, batch_pages=2)
"""


@pytest.fixture(scope="module")
def landing(tmp_path_factory):
    """Two crawls of the four demo sources (every CMS family): eight landing files."""
    return crawl_demo_twice(tmp_path_factory.mktemp("writers_landing"), SOURCES).both


@pytest.fixture(scope="module")
def serial(landing, new_lake):
    """The lake one writer makes, as a dict of sorted rows per table."""
    settings = new_lake()
    con = connect_lake(settings)
    migrate(con)
    load_landing(con, landing)
    extract_pending(con, workers=1)
    state = table_rows(con)
    con.close()
    return state


@pytest.mark.parametrize(("n", "work"), [(2, "disjoint"), (4, "disjoint"), (2, "overlapping"), (4, "overlapping")])
def test_concurrent_writers_end_where_one_writer_ends(n, work, landing, serial, new_lake):
    settings = new_lake()
    shards = [(i, n) for i in range(n)] if work == "disjoint" else [(0, 1)] * n
    loads = run_writers("load", n, landing_root=landing, settings=settings, shards=shards)
    extracts = run_writers("extract", n, settings=settings, shards=shards, batch_pages=8)
    con = connect_lake(settings, read_only=True)
    assert duplicate_keys(con) == {}
    assert table_rows(con) == serial
    # every file and every page version was written by exactly one writer
    assert sum(r["files_loaded"] for r in loads) == 8 and sum(r["files_skipped"] for r in loads) == 8 * (n - 1) * (
        work == "overlapping")
    assert sum(r["pages_extracted"] for r in extracts) == len(serial["raw.page_versions"])


@pytest.mark.skipif(sys.platform == "win32", reason="process groups")
@pytest.mark.parametrize(("step", "point"), [("load", "load:before_commit"), ("extract", "extract:mid_run")])
def test_a_writer_killed_mid_transaction_loses_nothing_committed(step, point, landing, serial, new_lake, tmp_path):
    settings = new_lake()
    if step == "extract":  # the raw tables are loaded; the killed writer was extracting
        run_writers("load", 2, landing_root=landing, settings=settings)
    before = table_rows(connect_lake(settings, read_only=True)) if step == "extract" else None
    marker = tmp_path / "marker"
    env = {**lake_env(settings), "GOVWATCH_FAULTPOINT": point, "GOVWATCH_FAULTPOINT_MARKER": str(marker)}
    proc = subprocess.Popen([sys.executable, "-c", KILLED, step, str(landing)], env=env, cwd=REPO,
                            start_new_session=True)
    deadline = time.monotonic() + 180
    while not marker.exists():
        assert proc.poll() is None and time.monotonic() < deadline, f"the writer never reached {point}"
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)

    con = connect_lake(settings, read_only=True)
    state = table_rows(con)
    if step == "load":  # the file being written is not there at all
        assert all(rows == [] for rows in state.values())
    else:  # whole batches of two: the first committed, the one being written not there at all
        assert len(state["facts.extractions"]) == 2
        assert {t: rows for t, rows in state.items() if t.startswith("raw.")} == \
            {t: rows for t, rows in before.items() if t.startswith("raw.")}
        for table in ("project_mentions", "award_mentions", "target_mentions", "outcome_mentions"):
            orphans = con.execute(f"""SELECT count(*) FROM facts.{table} m WHERE NOT EXISTS (SELECT 1 FROM
                                      facts.extractions e WHERE e.page_version_id = m.page_version_id)""").fetchone()
            assert orphans == (0,), table
    con.close()
    # The next writers complete the work: the killed writer's claims went with its session.
    if step == "load":
        run_writers("load", 2, landing_root=landing, settings=settings)
    run_writers("extract", 2, settings=settings)
    con = connect_lake(settings, read_only=True)
    assert duplicate_keys(con) == {} and table_rows(con) == serial
