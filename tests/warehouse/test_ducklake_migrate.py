"""`govwatch migrate`: an embedded warehouse into the lake and the lake back into one DuckDB file, every table
verified; running it again adds nothing; a destination it must not overwrite is refused."""
from __future__ import annotations

import duckdb
import pytest

from govwatch.cli import main
from tests.warehouse.lake_demo import crawl_demo_twice, table_rows, use_lake
from warehouse.db import duplicate_keys, open_warehouse
from warehouse.facts import extract_pending
from warehouse.lake import connect_lake
from warehouse.load import load_landing
from warehouse.migrate import MigrationError, copy_to_lake, export_to_duckdb

SCHEMAS = ("raw", "facts", "meta")


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    """An embedded warehouse of two crawls of the demo site, extracted."""
    work = tmp_path_factory.mktemp("migrate")
    landing = crawl_demo_twice(work / "landing").both
    con = open_warehouse(work / "warehouse.duckdb")
    load_landing(con, landing)
    extract_pending(con, workers=1)
    rows = table_rows(con, SCHEMAS)
    con.close()
    return work / "warehouse.duckdb", rows


def test_round_trip_through_the_lake_keeps_every_row(embedded, new_lake, monkeypatch, tmp_path, capsys):
    source, rows = embedded
    lake = new_lake()
    use_lake(monkeypatch, lake)
    assert main(["migrate", "--to", "ducklake", "--from", str(source)]) == 0
    printed = capsys.readouterr().out
    assert "every table verified" in printed and "raw.page_versions" in printed
    con = connect_lake(lake, read_only=True)
    assert table_rows(con, SCHEMAS) == rows and duplicate_keys(con) == {}
    con.close()

    again = copy_to_lake(source, lake)  # a second migration adds nothing, and says so per table
    assert {t.table for t in again.tables} == set(rows) and all(t.added == 0 for t in again.tables)

    out = tmp_path / "laptop.duckdb"
    report = export_to_duckdb(out, lake)
    assert {t.table: t.destination_rows for t in report.tables} == {t: len(r) for t, r in rows.items()}
    laptop = duckdb.connect(str(out), read_only=True)
    assert table_rows(laptop, SCHEMAS) == rows
    laptop.close()
    with pytest.raises(MigrationError, match="exists"):
        export_to_duckdb(out, lake)
    assert main(["migrate", "--to", "duckdb"]) == 2  # --file is required
    assert main(["migrate", "--to", "ducklake", "--from", str(tmp_path / "missing.duckdb")]) == 1
