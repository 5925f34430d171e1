"""The serving copy: the whole warehouse file by default; with BI_SCHEMAS only the marts and reference tables,
with their rows and constraints; a copy that lacks a required table is never published."""
import duckdb
import pytest

from warehouse.db import open_warehouse
from warehouse.publish import BI_SCHEMAS, PublishError, publish_serving_copy


@pytest.fixture
def warehouse(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    con = open_warehouse(path)
    con.execute("""INSERT INTO raw.page_versions (page_version_id, url, content_hash, source_id, run_id, fetched_at,
                   body) VALUES ('pv1', 'http://127.0.0.1/a.html', 'h', 'demo', 'r1', now()::timestamp, '正文')""")
    for schema in ("staging", "marts", "reference"):
        con.execute(f"CREATE SCHEMA {schema}")
    con.execute("CREATE TABLE staging.stg_raw__page_versions AS SELECT * FROM raw.page_versions")
    con.execute("CREATE TABLE marts.fct_notices (notice_url VARCHAR PRIMARY KEY, title VARCHAR, n INTEGER NOT NULL)")
    con.execute("INSERT INTO marts.fct_notices VALUES ('http://x/a', '通知', 1), ('http://x/b', NULL, 2)")
    con.execute("CREATE TABLE reference.project_stages AS SELECT 'signed' AS stage, 1 AS stage_order")
    con.close()
    return path


def _tables(path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {f"{s}.{t}": con.execute(f'SELECT count(*) FROM "{s}"."{t}"').fetchone()[0]
                for s, t in con.execute("SELECT schema_name, table_name FROM duckdb_tables()").fetchall()}


def test_the_bi_copy_holds_the_marts_and_reference_data_only(warehouse, tmp_path):
    serving = tmp_path / "serving.duckdb"
    result = publish_serving_copy(warehouse, serving, ("marts.fct_notices",), schemas=BI_SCHEMAS)
    assert result["tables"] == {"marts.fct_notices": 2}
    assert _tables(serving) == {"marts.fct_notices": 2, "reference.project_stages": 1}
    with duckdb.connect(str(serving), read_only=True) as con:
        ddl = con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = 'fct_notices'").fetchone()[0]
        assert "NOT NULL" in ddl and "PRIMARY KEY" in ddl
        assert con.execute("SELECT title FROM marts.fct_notices ORDER BY n").fetchall() == [("通知",), (None,)]
    assert not list(tmp_path.glob(".serving.duckdb.*"))


def test_by_default_the_whole_warehouse_is_copied(warehouse, tmp_path):
    serving = tmp_path / "serving.duckdb"
    publish_serving_copy(warehouse, serving, ("marts.fct_notices",))
    assert _tables(serving) == _tables(warehouse)


def test_a_copy_without_a_required_table_leaves_the_old_one_in_place(warehouse, tmp_path):
    serving = tmp_path / "serving.duckdb"
    publish_serving_copy(warehouse, serving, ("marts.fct_notices",), schemas=BI_SCHEMAS)
    before = serving.read_bytes()
    with pytest.raises(PublishError, match="raw.page_versions"):
        publish_serving_copy(warehouse, serving, ("raw.page_versions",), schemas=BI_SCHEMAS)
    assert serving.read_bytes() == before and not list(tmp_path.glob(".serving.duckdb.*"))


def test_a_second_copy_rewrites_only_the_tables_that_changed(warehouse, tmp_path, monkeypatch):
    import warehouse.publish as publishing

    serving = tmp_path / "serving.duckdb"
    publish_serving_copy(warehouse, serving, ("marts.fct_notices",), schemas=BI_SCHEMAS)
    con = open_warehouse(warehouse)
    con.execute("INSERT INTO marts.fct_notices VALUES ('http://x/c', '公告', 3)")  # a mart rebuilt with a new row
    con.execute("CREATE TABLE marts.fct_new AS SELECT 1 AS n")  # a new mart
    con.execute("ALTER TABLE reference.project_stages ADD COLUMN label VARCHAR")  # same rows, new shape
    con.close()
    written = []
    copy_table = publishing._copy_table
    monkeypatch.setattr(publishing, "_copy_table", lambda c, s, schema, table, ddl: written.append(
        f"{schema}.{table}") or copy_table(c, s, schema, table, ddl))
    publish_serving_copy(warehouse, serving, ("marts.fct_notices",), schemas=BI_SCHEMAS)
    assert sorted(written) == ["marts.fct_new", "marts.fct_notices", "reference.project_stages"]
    assert _tables(serving) == {"marts.fct_notices": 3, "marts.fct_new": 1, "reference.project_stages": 1}
    with duckdb.connect(str(serving), read_only=True) as con:
        assert "label" in [c for (c,) in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'project_stages'").fetchall()]
    written.clear()
    con = open_warehouse(warehouse)
    con.execute("DROP TABLE marts.fct_new")
    con.close()
    publish_serving_copy(warehouse, serving, ("marts.fct_notices",), schemas=BI_SCHEMAS)
    assert written == [] and _tables(serving) == {"marts.fct_notices": 3, "reference.project_stages": 1}


def test_a_last_copy_that_cannot_be_read_is_replaced_by_a_new_one(warehouse, tmp_path):
    serving = tmp_path / "serving.duckdb"
    serving.write_bytes(b"not a database" * 1000)
    publish_serving_copy(warehouse, serving, ("marts.fct_notices",), schemas=BI_SCHEMAS)
    assert _tables(serving) == {"marts.fct_notices": 2, "reference.project_stages": 1}
    assert not list(tmp_path.glob(".serving.duckdb.*"))


def test_a_last_copy_grown_a_third_free_is_not_started_from(warehouse, tmp_path, monkeypatch):
    import warehouse.publish as publishing

    serving = tmp_path / "serving.duckdb"
    publish_serving_copy(warehouse, serving, ("marts.fct_notices",), schemas=BI_SCHEMAS)
    with open(serving, "ab") as handle:  # what nights of rewritten tables leave behind: space the tables do not use
        handle.truncate(serving.stat().st_size + (8 << 20))
    written = []
    copy_table = publishing._copy_table
    monkeypatch.setattr(publishing, "_copy_table", lambda c, s, schema, table, ddl: written.append(
        f"{schema}.{table}") or copy_table(c, s, schema, table, ddl))
    publish_serving_copy(warehouse, serving, ("marts.fct_notices",), schemas=BI_SCHEMAS)
    assert sorted(written) == ["marts.fct_notices", "reference.project_stages"]  # built anew, every table
    assert serving.stat().st_size < 8 << 20
    assert _tables(serving) == {"marts.fct_notices": 2, "reference.project_stages": 1}


def test_a_log_a_read_write_bi_session_left_beside_the_copy_is_never_replayed_onto_the_next_one(warehouse, tmp_path):
    """An analyst opened serving.duckdb read-write (DBeaver's default), deleted a row and the session died before a
    checkpoint: serving.duckdb.wal stays beside the file. The next publish must be read as verified, not with that
    log replayed onto it (it was, by every reader, night after night)."""
    import subprocess
    import sys

    serving = tmp_path / "serving.duckdb"
    publish_serving_copy(warehouse, serving, ("marts.fct_notices",), schemas=BI_SCHEMAS)
    session = ("import duckdb, os, sys; con = duckdb.connect(sys.argv[1]); "
               "con.execute('SET checkpoint_threshold = \"1GB\"'); "
               "con.execute(\"DELETE FROM marts.fct_notices WHERE notice_url = 'http://x/a'\"); os._exit(0)")
    subprocess.run([sys.executable, "-c", session, str(serving)], check=True)
    assert (tmp_path / "serving.duckdb.wal").exists()  # the analyst's delete, never checkpointed
    with duckdb.connect(str(warehouse)) as con:
        con.execute("INSERT INTO marts.fct_notices VALUES ('http://x/c', '公告', 3)")
    result = publish_serving_copy(warehouse, serving, ("marts.fct_notices",), schemas=BI_SCHEMAS)
    assert result["tables"] == {"marts.fct_notices": 3}
    assert _tables(serving)["marts.fct_notices"] == 3 and not (tmp_path / "serving.duckdb.wal").exists()
    assert list(tmp_path.glob("serving.duckdb.wal.stale-*"))  # kept aside, not deleted


def test_temporary_copies_a_killed_publish_left_are_removed_once_old(warehouse, tmp_path):
    import os
    import time

    serving = tmp_path / "serving.duckdb"
    old, fresh = tmp_path / ".serving.duckdb.abc123.tmp", tmp_path / ".serving.duckdb.def456.tmp.wal"
    for path in (old, fresh):
        path.write_bytes(b"x" * 100)
    os.utime(old, (time.time() - 7 * 3600,) * 2)
    publish_serving_copy(warehouse, serving, ("marts.fct_notices",), schemas=BI_SCHEMAS)
    assert not old.exists() and fresh.exists()  # (a recent one may belong to a publish still running)


def test_a_publish_waits_for_a_reader_holding_the_warehouse_instead_of_failing_at_once(warehouse, tmp_path):
    """Another process (an analyst, `govwatch status`) holds warehouse.duckdb read-only for a moment: the publish
    waits for it, as the load step does (it failed in 0.02 s)."""
    import subprocess
    import sys
    import time

    serving = tmp_path / "serving.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1], "
                               "read_only=True); print('held', flush=True); time.sleep(2.5)", str(warehouse)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        result = publish_serving_copy(warehouse, serving, ("marts.fct_notices",), schemas=BI_SCHEMAS)
        assert result["tables"] == {"marts.fct_notices": 2} and time.monotonic() - started >= 1
    finally:
        holder.wait(timeout=30)
