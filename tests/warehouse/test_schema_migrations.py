"""A warehouse created by an earlier schema version is brought up to the current one when it is next opened, on
either target (the embedded file, the lake), and keeps every row it had."""
from __future__ import annotations

import duckdb

from warehouse.db import MIGRATIONS, SCHEMA_FILE, SCHEMA_VERSION, migrate, table_ddl
from warehouse.lake import connect_lake

NEW_IN_3 = {"scrape_runs": "articles_deferred", "column_listings": "caught_up"}
V2_SCHEMA = "".join(line for line in SCHEMA_FILE.read_text(encoding="utf-8").splitlines(keepends=True)
                    if not any(line.strip().startswith(column + " ") for column in NEW_IN_3.values()))


def _make_version_2(con) -> None:
    """The schema as version 2 wrote it: scrape_runs without articles_deferred, and one run in it."""
    con.execute(table_ddl(V2_SCHEMA))
    con.execute("INSERT INTO meta.schema_version VALUES (1, now()), (2, now())")
    con.execute("INSERT INTO raw.scrape_runs (run_id, source_id, started_at, status, items_listed) "
                "VALUES ('r1', 'demo', TIMESTAMP '2026-01-01 02:00:00', 'ok', 5)")


def _columns(con, table: str = "scrape_runs") -> list[str]:
    return [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_schema = 'raw' AND table_name = ? "
                                      "ORDER BY ordinal_position", [table]).fetchall()]


def _assert_upgraded(con) -> None:
    assert not any(column in _columns(con, table) for table, column in NEW_IN_3.items())
    migrate(con)
    for table, column in NEW_IN_3.items():  # last, as in schema.sql, so both orders agree
        assert _columns(con, table)[-1] == column
    assert con.execute("SELECT max(version) FROM meta.schema_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("SELECT run_id, items_listed, articles_deferred FROM raw.scrape_runs").fetchall() == [
        ("r1", 5, None)]
    migrate(con)  # a second open changes nothing
    assert con.execute("SELECT count(*) FROM meta.schema_version").fetchone()[0] == SCHEMA_VERSION


def test_version_3_adds_its_columns_to_an_embedded_warehouse(tmp_path):
    assert 3 in MIGRATIONS and not any(column in V2_SCHEMA for column in NEW_IN_3.values())
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    _make_version_2(con)
    _assert_upgraded(con)
    fresh = _fresh(tmp_path / "new.duckdb")
    for table in NEW_IN_3:  # same columns, same order as a new one
        assert _columns(con, table) == _columns(fresh, table)


def test_version_3_adds_its_columns_to_a_lake(new_lake):
    con = connect_lake(new_lake())
    _make_version_2(con)
    _assert_upgraded(con)
    con.close()


def _fresh(path):
    con = duckdb.connect(str(path))
    migrate(con)
    return con


def test_a_version_1_warehouse_is_brought_up_although_a_later_table_is_created_new(tmp_path):
    """Version 1 had no raw.column_listings: the current DDL creates it with caught_up, so version 3's ADD COLUMN on it
    must not fail (it did: "Column with name caught_up already exists", on every run)."""
    v1 = V2_SCHEMA.replace("CREATE TABLE IF NOT EXISTS raw.column_listings", "CREATE TABLE IF NOT EXISTS raw.old_unused")
    con = duckdb.connect(str(tmp_path / "v1.duckdb"))
    con.execute(table_ddl(v1))
    con.execute("DROP TABLE raw.old_unused")
    con.execute("INSERT INTO meta.schema_version VALUES (1, now())")
    con.execute("INSERT INTO raw.scrape_runs (run_id, source_id, started_at, status, items_listed) "
                "VALUES ('r1', 'demo', TIMESTAMP '2026-01-01 02:00:00', 'ok', 5)")
    migrate(con)
    assert [v for (v,) in con.execute("SELECT version FROM meta.schema_version ORDER BY 1").fetchall()] == [1, 2, 3]
    assert "caught_up" in _columns(con, "column_listings") and "articles_deferred" in _columns(con)
    assert con.execute("SELECT run_id, items_listed FROM raw.scrape_runs").fetchall() == [("r1", 5)]
