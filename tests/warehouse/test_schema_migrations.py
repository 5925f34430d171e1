"""A warehouse created by an earlier schema version is brought up to the current one when it is next opened, on
either target (the embedded file, the lake), and keeps every row it had."""
from __future__ import annotations

import duckdb

from warehouse.db import MIGRATIONS, SCHEMA_FILE, SCHEMA_VERSION, migrate, table_ddl
from warehouse.lake import connect_lake

V2_SCHEMA = SCHEMA_FILE.read_text(encoding="utf-8").replace(
    next(line for line in SCHEMA_FILE.read_text(encoding="utf-8").splitlines() if "articles_deferred" in line) + "\n",
    "")


def _make_version_2(con) -> None:
    """The schema as version 2 wrote it: scrape_runs without articles_deferred, and one run in it."""
    con.execute(table_ddl(V2_SCHEMA))
    con.execute("INSERT INTO meta.schema_version VALUES (1, now()), (2, now())")
    con.execute("INSERT INTO raw.scrape_runs (run_id, source_id, started_at, status, items_listed) "
                "VALUES ('r1', 'demo', TIMESTAMP '2026-01-01 02:00:00', 'ok', 5)")


def _columns(con) -> list[str]:
    return [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_schema = 'raw' AND table_name = 'scrape_runs' "
                                      "ORDER BY ordinal_position").fetchall()]


def _assert_upgraded(con) -> None:
    assert "articles_deferred" not in _columns(con)
    migrate(con)
    assert _columns(con)[-1] == "articles_deferred"  # last, as in schema.sql, so both orders agree
    assert con.execute("SELECT max(version) FROM meta.schema_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("SELECT run_id, items_listed, articles_deferred FROM raw.scrape_runs").fetchall() == [
        ("r1", 5, None)]
    migrate(con)  # a second open changes nothing
    assert con.execute("SELECT count(*) FROM meta.schema_version").fetchone()[0] == SCHEMA_VERSION


def test_version_3_adds_the_deferred_count_to_an_embedded_warehouse(tmp_path):
    assert 3 in MIGRATIONS and "articles_deferred" not in V2_SCHEMA
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    _make_version_2(con)
    _assert_upgraded(con)
    assert _columns(con) == _columns(_fresh(tmp_path / "new.duckdb"))  # same columns, same order as a new one


def test_version_3_adds_the_deferred_count_to_a_lake(new_lake):
    con = connect_lake(new_lake())
    _make_version_2(con)
    _assert_upgraded(con)
    con.close()


def _fresh(path):
    con = duckdb.connect(str(path))
    migrate(con)
    return con
