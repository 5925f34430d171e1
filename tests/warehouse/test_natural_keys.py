"""The warehouse tables are created without constraints (DuckLake refuses them; on the embedded file their
indexes made loading grow faster than linear), so the writers keep every natural key unique themselves:
loading the same records again under another file name adds none of them, and duplicate_keys finds any
duplicate there is."""
import shutil

import duckdb

from scrapers.landing import landing_path, write_landing_file
from warehouse.db import SCHEMA_FILE, declared_keys, duplicate_keys, open_warehouse, table_ddl
from warehouse.load import load_landing

RUN = {"type": "run", "source_id": "demo", "run_id": "20240227T010000000000Z", "started_at": "2024-02-27T01:00:00Z",
       "status": "ok"}


def _records(n: int) -> list[dict]:
    pages = [{"type": "page", "url": f"http://127.0.0.1/art/{i}.html", "content_hash": f"h{i}", "body": f"通知{i}",
              "fetched_at": "2024-02-27T01:02:03Z", "column_id": "1"} for i in range(n)]
    fetches = [{"type": "fetch", "seq": i, "url": p["url"], "method": "GET", "kind": "article",
                "requested_at": "2024-02-27T01:01:00Z", "outcome": "ok"} for i, p in enumerate(pages)]
    listings = [{"type": "listing", "column_id": "1", "url": p["url"], "seen_at": "2024-02-27T01:00:30Z"}
                for p in pages]
    column = {"type": "column_listing", "column_id": "1", "items": n, "complete": True}
    return [RUN, *fetches, column, *listings, *pages]


def test_the_schema_without_constraints_keeps_every_column_and_names_each_key():
    ddl = SCHEMA_FILE.read_text(encoding="utf-8")
    stripped = table_ddl(ddl)
    assert "PRIMARY KEY" not in stripped and "UNIQUE" not in stripped
    keys = declared_keys(ddl)
    assert keys["raw.page_versions"] == ("page_version_id",) and keys["raw.listings"] == (
        "run_id", "source_id", "column_id", "url")
    assert len(keys) == ddl.count("CREATE TABLE")  # every table has its key
    columns = []
    for text in (ddl, stripped):
        con = duckdb.connect()
        con.execute(text)
        columns.append(con.execute("SELECT schema_name, table_name, column_name, data_type FROM duckdb_columns() "
                                   "WHERE NOT internal ORDER BY ALL").fetchall())
        nullable = {(s, t, c) for s, t, c in con.execute(
            "SELECT schema_name, table_name, column_name FROM duckdb_columns() WHERE is_nullable").fetchall()}
        assert not any((*table.split("."), c) in nullable for table, key in keys.items() for c in key)
    assert columns[0] == columns[1]  # every column, every type


def test_records_loaded_again_under_another_name_add_no_row(tmp_path):
    con = open_warehouse(tmp_path / "w.duckdb")
    assert con.execute("SELECT count(*) FROM duckdb_constraints() WHERE constraint_type IN "
                       "('PRIMARY KEY', 'UNIQUE')").fetchone() == (0,)  # no index grows with the archive
    root = tmp_path / "landing"
    first = landing_path(root, "demo", RUN["run_id"])
    write_landing_file(first, _records(30))
    assert load_landing(con, root).page_versions_added == 30
    shutil.copyfile(first, first.with_name("20240227T010000000000Z-copy.jsonl"))  # the same records again
    again = load_landing(con, root)
    assert (again.files_loaded, again.page_versions_added, again.fetches_added, again.listings_added) == (1, 0, 0, 0)
    assert duplicate_keys(con) == {}
    assert con.execute("SELECT count(*) FROM raw.column_listings").fetchone() == (1,)

    con.execute("INSERT INTO raw.page_versions SELECT * FROM raw.page_versions LIMIT 2")
    assert duplicate_keys(con) == {"raw.page_versions": 2}
