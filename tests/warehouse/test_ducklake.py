"""The DuckLake target's foundation: a project-local PostgreSQL catalog, extensions loaded from their wheels,
several writer processes committing at once, readers that only ever see whole snapshots, time travel."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from warehouse.lake import connect_lake, snapshots

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def lake(new_lake):
    settings = new_lake()
    con = connect_lake(settings)
    con.execute("CREATE SCHEMA IF NOT EXISTS raw")
    con.execute("CREATE TABLE raw.items (writer INTEGER, n INTEGER, payload VARCHAR)")
    con.close()
    return settings


WRITER = textwrap.dedent("""
    import sys
    from warehouse.lake import LakeSettings, connect_lake
    settings = LakeSettings(sys.argv[1], sys.argv[2])
    writer, batches = int(sys.argv[3]), int(sys.argv[4])
    con = connect_lake(settings)
    for b in range(batches):
        for attempt in range(20):  # a conflicting commit is retried, never lost
            try:
                con.execute("BEGIN")
                con.execute("INSERT INTO raw.items SELECT ?, range, repeat('x', 200) FROM range(?, ? + 50)",
                            [writer, b * 50, b * 50])
                con.execute("COMMIT")
                break
            except Exception:
                con.execute("ROLLBACK")
        else:
            raise SystemExit(f"writer {writer} batch {b} never committed")
""")


def test_concurrent_writer_processes_commit_everything_and_readers_see_whole_snapshots(lake):
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, lake.catalog_dsn, lake.data_path, str(w), "6"],
                              cwd=REPO) for w in range(4)]
    seen = set()
    reader = connect_lake(lake, read_only=True)
    while any(p.poll() is None for p in procs):
        count = reader.execute("SELECT count(*) FROM raw.items").fetchone()[0]
        seen.add(count)
    assert all(p.wait(timeout=120) == 0 for p in procs)
    assert all(c % 50 == 0 for c in seen)  # only whole committed batches, never half of one
    final = connect_lake(lake, read_only=True)
    assert final.execute("SELECT count(*), count(DISTINCT (writer, n)) FROM raw.items").fetchone() == (1200, 1200)


def test_time_travel_reads_an_earlier_snapshot(lake):
    con = connect_lake(lake)
    before = snapshots(con)[-1][0]
    count_before = con.execute("SELECT count(*) FROM raw.items").fetchone()[0]
    con.execute("INSERT INTO raw.items VALUES (9, 0, 'later')")
    assert con.execute(f"SELECT count(*) FROM raw.items AT (VERSION => {before})").fetchone()[0] == count_before
    pinned = connect_lake(lake, snapshot=before)
    assert pinned.execute("SELECT count(*) FROM raw.items").fetchone()[0] == count_before


def test_a_lake_refuses_the_constraints_the_embedded_schema_uses(lake):
    con = connect_lake(lake)
    with pytest.raises(Exception, match="not supported in DuckLake"):
        con.execute("CREATE TABLE raw.keyed (a INTEGER PRIMARY KEY)")
