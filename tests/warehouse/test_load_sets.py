"""Loading as sets: every value lands as a row-at-a-time insert would have put it, counts are of what was added,
a file with one value no column can hold is set aside whole, and loading again adds nothing."""
import dataclasses
from datetime import date, datetime

import duckdb
import pytest

from scrapers.landing import landing_path, write_landing_file
from warehouse.db import open_warehouse
from warehouse.load import load_landing, page_version_id
from warehouse.rows import insert_rows

RUN = {"type": "run", "source_id": "demo", "started_at": "2024-02-27T01:00:00+00:00",
       "finished_at": "2024-02-27T01:05:00+00:00", "status": "ok", "problems": ["slow list"]}


def _page(n: int, **fields) -> dict:
    url = f"http://127.0.0.1/art/2024/2/27/art_1_{n}.html"
    return {"type": "page", "url": url, "content_hash": f"h{n}", "title": f"通知{n}", "published": "2024-02-27",
            "written_date": "2024-02-26", "body": f"第{n}号通知。\n总投资120亿元。", "column_id": "1",
            "fetched_at": "2024-02-27T01:02:03.456789+00:00", "attachments": [{"name": "附件", "url": url}],
            **fields}


def _landing_file(root, run_id: str, pages: list[dict], listed: list[str] = (), source: str = "demo") -> None:
    fetches = [{"type": "fetch", "seq": i, "url": p["url"], "method": "GET", "kind": "article",
                "requested_at": "2024-02-27T01:01:00Z", "status_code": 200, "elapsed_ms": 12.25, "bytes": 4000,
                "attempt": 1, "outcome": "ok", "error": None} for i, p in enumerate(pages)]
    listings = [{"type": "listing", "column_id": "1", "url": url, "title": "t", "date": "2024-02-27",
                 "seen_at": "2024-02-27T01:00:30+00:00"} for url in listed]
    column = {"type": "column_listing", "column_id": "1", "items": len(listed), "total": len(listed),
              "complete": True}
    write_landing_file(landing_path(root, source, run_id), [{**RUN, "run_id": run_id, "source_id": source},
                                                            *fetches, column, *listings, *pages])


@pytest.fixture
def con(tmp_path):
    con = open_warehouse(tmp_path / "w.duckdb")
    yield con
    con.close()


def test_values_land_exactly_and_counts_are_of_rows_added(con, tmp_path):
    root = tmp_path / "landing"
    pages = [_page(1), _page(2), _page(1)]  # the same version twice in one file: stored once
    _landing_file(root, "20240227T010000000000Z", pages, listed=[p["url"] for p in pages[:2]])
    report = load_landing(con, root)
    added = (report.files_loaded, report.page_versions_added, report.fetches_added, report.listings_added)
    assert added == (1, 2, 3, 2)
    row = con.execute("""SELECT page_version_id, fetched_at, published_at, written_date, attachments::VARCHAR,
                                body FROM raw.page_versions WHERE content_hash = 'h1'""").fetchone()
    assert row[0] == page_version_id(pages[0]["url"], "h1")
    assert row[1:4] == (datetime(2024, 2, 27, 1, 2, 3, 456789), datetime(2024, 2, 27), date(2024, 2, 26))
    assert row[4] == '[{"name": "附件", "url": "http://127.0.0.1/art/2024/2/27/art_1_1.html"}]'
    assert row[5] == "第1号通知。\n总投资120亿元。"
    fetch = con.execute("SELECT fetch_id, requested_at, elapsed_ms, bytes FROM raw.fetch_log ORDER BY 1").fetchall()
    assert fetch[0] == ("20240227T010000000000Z:demo:0", datetime(2024, 2, 27, 1, 1), 12.25, 4000)
    run = con.execute("SELECT started_at, message FROM raw.scrape_runs").fetchone()
    assert run == (datetime(2024, 2, 27, 1, 0), "slow list")

    _landing_file(root, "20240228T010000000000Z", [_page(2), _page(3)], listed=[pages[0]["url"]])
    again = load_landing(con, root)
    assert (again.files_loaded, again.files_skipped, again.page_versions_added, again.newly_unlisted) == (1, 1, 1, 1)
    assert load_landing(con, root).files_loaded == 0  # loading twice adds nothing
    assert con.execute("SELECT count(*) FROM raw.page_versions").fetchone()[0] == 3


def test_a_new_runs_repeated_rows_are_stored_once_without_reading_the_table(con, tmp_path):
    """A run loaded for the first time skips the anti-join on the table; repeats within its own file (a list page
    that shows an item twice) still land once and are counted once."""
    root = tmp_path / "landing"
    url = _page(1)["url"]
    _landing_file(root, "20240227T010000000000Z", [_page(1)], listed=[url, url, _page(2)["url"]])
    report = load_landing(con, root)
    assert (report.listings_added, report.fetches_added) == (2, 1)
    assert con.execute("SELECT count(*), count(DISTINCT url) FROM raw.listings").fetchone() == (2, 2)


def test_a_file_with_a_value_no_column_can_hold_is_set_aside_whole(con, tmp_path):
    root = tmp_path / "landing"
    _landing_file(root, "20240227T010000000000Z", [_page(1), _page(2, written_date="2024年2月")])
    _landing_file(root, "20240228T010000000000Z", [_page(3)])
    report = load_landing(con, root)
    assert report.files_loaded == 1 and len(report.bad_files) == 1
    assert report.bad_files[0].startswith("demo/20240227T010000000000Z.jsonl: ConversionException")
    assert con.execute("SELECT content_hash FROM raw.page_versions").fetchall() == [("h3",)]
    assert con.execute("SELECT count(*) FROM raw.fetch_log WHERE run_id LIKE '20240227%'").fetchone()[0] == 0
    loaded = con.execute("SELECT landing_file FROM raw.landing_files").fetchall()
    assert loaded == [("demo/20240228T010000000000Z.jsonl",)]


def _night(root, run_id: str, sources: list[str], first: int, bad: str | None = None) -> None:
    """One run per source: two pages each (page numbers from `first`), every page of the source listed so far."""
    for s, source in enumerate(sources):
        pages = [_page(first + 10 * s + i, url=f"http://127.0.0.1/{source}/art_{first + 10 * s + i}.html",
                       **({"written_date": "2024年2月"} if source == bad and i else {})) for i in range(2)]
        _landing_file(root, run_id, pages, listed=[p["url"] for p in pages], source=source)


def _raw_tables(con) -> dict[str, list]:
    """Every raw table's rows, without the load's own clock."""
    clock = {"raw.unlisted_pages": " EXCLUDE (marked_at)", "raw.landing_files": " EXCLUDE (loaded_at)"}
    tables = ["raw.page_versions", "raw.fetch_log", "raw.listings", "raw.column_listings", "raw.scrape_runs",
              *clock]
    return {t: con.execute(f"SELECT *{clock.get(t, '')} FROM {t} ORDER BY ALL").fetchall() for t in tables}


def test_a_night_of_several_sources_goes_in_as_one_transaction_with_the_rows_of_file_by_file(con, tmp_path,
                                                                                              monkeypatch):
    import warehouse.load as load

    root = tmp_path / "landing"
    sources = ["src_a", "src_b", "src_c"]
    _night(root, "20240227T010000000000Z", sources, 100)
    _night(root, "20240228T010000000000Z", sources[:2], 200)  # src_c's pages are no longer listed: unlisted
    _landing_file(root, "20240228T010000000000Z", [], listed=[], source="src_c")
    calls = []
    monkeypatch.setattr(load, "in_transaction", lambda c, f, what: calls.append(what) or f())
    grouped = load_landing(con, root)
    assert calls == ["loading 3 landing files", "loading 3 landing files"]
    assert (grouped.files_loaded, grouped.page_versions_added, grouped.fetches_added) == (6, 10, 10)
    assert grouped.newly_unlisted == 2 + 2 + 2  # each source's first-night pages, gone from its complete column
    monkeypatch.setattr(load, "GROUP_FILES", 1)  # the same landing files one by one, in another warehouse
    single = open_warehouse(tmp_path / "single.duckdb")
    by_file = load_landing(single, root)
    assert len(calls) == 2 + 6
    assert dataclasses.asdict(by_file) == dataclasses.asdict(grouped)
    assert _raw_tables(single) == _raw_tables(con)
    single.close()


def test_a_bad_file_in_a_group_is_set_aside_and_the_others_go_in(con, tmp_path):
    root = tmp_path / "landing"
    _night(root, "20240227T010000000000Z", ["src_a", "src_b", "src_c"], 100, bad="src_b")
    report = load_landing(con, root)
    assert report.files_loaded == 2 and len(report.bad_files) == 1
    assert report.bad_files[0].startswith("src_b/20240227T010000000000Z.jsonl: ConversionException")
    assert con.execute("SELECT DISTINCT source_id FROM raw.page_versions ORDER BY 1").fetchall() == [
        ("src_a",), ("src_c",)]
    assert con.execute("SELECT count(*) FROM raw.fetch_log WHERE source_id = 'src_b'").fetchone()[0] == 0


def test_a_record_whose_value_breaks_its_row_is_told_after_the_whole_file_is_checked(con, tmp_path):
    root = tmp_path / "landing"
    _landing_file(root, "20240227T010000000000Z", [_page(1, fetched_at="yesterday")])
    report = load_landing(con, root)
    assert report.files_loaded == 0 and report.bad_files[0].startswith("demo/20240227T010000000000Z.jsonl: ValueError")
    assert con.execute("SELECT count(*) FROM raw.scrape_runs").fetchone()[0] == 0


def test_insert_rows_casts_strictly_and_counts_what_it_added():
    con = duckdb.connect()
    con.execute("""CREATE TABLE t (id VARCHAR PRIMARY KEY, n INTEGER, x DOUBLE, seen TIMESTAMP, day DATE,
                                   names VARCHAR[], doc JSON, ok BOOLEAN)""")
    rows = [{"id": "a", "n": 1, "x": 0.1 + 0.2, "seen": datetime(2024, 1, 2, 3, 4, 5, 6), "day": "2024-02-29",
             "names": ["甲", "乙"], "doc": '{"k": [1]}', "ok": True},
            {"id": "b", "n": None, "x": float("nan"), "seen": None, "day": date(2024, 3, 1), "names": [], "doc": None,
             "ok": False}]
    assert insert_rows(con, "t", rows) == 2
    assert insert_rows(con, "t", rows + [{**rows[0], "id": "c"}]) == 1
    back = con.execute("SELECT * FROM t ORDER BY id").fetchall()
    assert back[0] == ("a", 1, 0.1 + 0.2, datetime(2024, 1, 2, 3, 4, 5, 6), date(2024, 2, 29), ["甲", "乙"],
                       '{"k": [1]}', True)
    assert back[1][0:2] == ("b", None) and back[1][2] != back[1][2] and back[1][3:] == (None, date(2024, 3, 1), [],
                                                                                        None, False)
    with pytest.raises(duckdb.ConversionException):
        insert_rows(con, "t", [{"id": "d", "day": "2024年"}])
    with pytest.raises(duckdb.ConstraintException):
        insert_rows(con, "t", [{"id": "a"}], skip_existing=False)


def test_rows_already_there_are_skipped_wherever_they_lie_in_the_table():
    """The anti-join is bounded by the lowest and highest key of the rows (so DuckDB can skip row groups); a key at
    either bound, a quote in a key and a key column that is not text are all still matched."""
    con = duckdb.connect()
    con.execute("CREATE TABLE s (run VARCHAR, url VARCHAR, day DATE, PRIMARY KEY (run, url, day))")
    old = [{"run": r, "url": u, "day": "2024-01-02"} for r in ("a", "m", "z") for u in ("x", "it's")]
    assert insert_rows(con, "s", old) == 6
    again = [{"run": "a", "url": "it's", "day": "2024-01-02"}, {"run": "b", "url": "x", "day": "2024-01-02"},
             {"run": "z", "url": "x", "day": date(2024, 1, 2)}, {"run": "z", "url": "x", "day": "2024-01-03"}]
    assert insert_rows(con, "s", again) == 2
    assert con.execute("SELECT count(*) FROM s").fetchone()[0] == 8


def _listing_run(root, day: int, listed: list[str], complete: bool) -> str:
    run_id = f"202403{day:02d}T010000000000Z"
    stamp = f"2024-03-{day:02d}T01:00:00+00:00"
    column = {"type": "column_listing", "column_id": "1", "items": len(listed), "total": len(listed) + (0 if complete
              else 5), "complete": complete, "capped": not complete}
    write_landing_file(landing_path(root, "demo", run_id), [
        {**RUN, "run_id": run_id, "started_at": stamp, "finished_at": stamp}, column,
        *({"type": "listing", "column_id": "1", "url": f"http://127.0.0.1/{u}.html", "title": u, "date": "2024-03-01",
           "seen_at": stamp} for u in listed)])
    return run_id


def test_pages_gone_from_a_complete_listing_are_marked_whatever_the_nights_between(con, tmp_path):
    """Marking compares a night with the listings since the column's last complete listing, not with every night the
    archive holds: the same pages are marked as by comparing with all of them, across partial runs, gaps of weeks,
    pages that come back and go again."""
    root = tmp_path / "landing"
    nights = [(1, "abcdef", True), (2, "abcdef", True), (3, "abcde", True),   # f goes
              (4, "ab", False),                                                # partial: marks nothing
              (20, "abd", True),                                               # weeks later: c and e go
              (21, "abdf", True),                                              # f comes back
              (22, "ab", True),                                                # d and f go (f again)
              (23, "abcg", False), (29, "abg", True)]                          # c listed in a partial run goes
    expected, listed_before, unlisted = [], {}, {}
    for day, pages, complete in nights:
        run_id = _listing_run(root, day, list(pages), complete)
        load_landing(con, root)
        if complete:
            for p in pages:
                unlisted.pop(p, None)
            for p, last in sorted(listed_before.items()):
                if p not in pages and p not in unlisted:
                    unlisted[p] = (last, run_id)
        for p in pages:
            listed_before[p] = run_id
        expected.append(sorted((f"http://127.0.0.1/{p}.html", last, first) for p, (last, first) in unlisted.items()))
        got = con.execute("SELECT url, last_listed_run_id, first_missing_run_id FROM raw.unlisted_pages "
                          "ORDER BY url").fetchall()
        assert got == expected[-1], f"after the run of day {day}"
    assert [u for u, _, _ in expected[-1]] == [f"http://127.0.0.1/{p}.html" for p in "cdef"]


def test_the_load_runs_under_a_memory_cap_and_gives_the_setting_back(con, tmp_path, monkeypatch):
    """The loader's memory follows its group, not the archive (DuckDB spills past the cap); the cap is the load's
    only: extraction in the same process runs with the instance's own setting again."""
    import warehouse.load as load

    seen = []
    real = load._load_landing
    monkeypatch.setattr(load, "_load_landing", lambda c, root, shard: seen.append(
        c.execute("SELECT current_setting('memory_limit')").fetchone()[0]) or real(c, root, shard))
    before = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    _landing_file(tmp_path / "landing", "20240227T010000000000Z", [_page(1)], listed=[_page(1)["url"]])
    assert load_landing(con, tmp_path / "landing").files_loaded == 1
    assert seen == ["488.2 MiB"]  # 512 MB
    assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == before
    monkeypatch.setenv("GOVWATCH_LOAD_MEMORY_LIMIT", "1GB")
    load_landing(con, tmp_path / "landing")
    assert seen[-1] == "953.6 MiB"
