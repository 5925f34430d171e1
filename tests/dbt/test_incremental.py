"""Incremental models give the rows of a full build: the synthetic warehouse (synthetic_warehouse.py) is built,
a second load brings what a night can bring (a new notice, a new version of a notice, a page re-extracted with
fewer facts, an extraction forgotten by reextract_all, a new extractor release, fetches, listings, an unlisted
page), the project is built again incrementally, and every model is compared with a `--full-refresh` build of
the same data, EXCEPT ALL both ways."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from orchestration.project import reused_parse
from tests.dbt.synthetic_warehouse import (
    CURRENT,
    HEALTH_AS_OF,
    URL_AWARDS,
    URL_REPORT_2023,
    build_warehouse,
)
from tests.dbt.test_fact_marts import DBT, REPO

NIGHT = datetime(2024, 10, 2, 3)     # when the second load's extractions ran
URL_NEW = "https://www.lsjkq.gov.cn/art/2024/10/1/art_1_108.html"


def dbt(db_path: Path, work: Path, *args: str) -> dict:
    """Run dbt on db_path; the run's results (run_results.json) of each model, by name. Later runs on the same
    warehouse start from the last one's parse, as Dagster runs do (orchestration/project.py)."""
    with reused_parse(work / "target", db_path.with_name(f"{db_path.stem}.partial_parse.msgpack")):
        result = subprocess.run(
            [str(DBT), *args, "--project-dir", "dbt_project", "--profiles-dir", "dbt_project",
             "--vars", json.dumps({"health_as_of": HEALTH_AS_OF}),
             "--target-path", str(work / "target"), "--log-path", str(work / "logs")],
            cwd=REPO, env={**os.environ, "GOVWATCH_DB": str(db_path)},
            capture_output=True, text=True, timeout=600,
        )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    results = json.loads((work / "target" / "run_results.json").read_text(encoding="utf-8"))["results"]
    return {r["unique_id"].split(".")[-1]: r for r in results if r["unique_id"].startswith("model.")}


def _fetches(con, run_id: str, n: int) -> None:
    for i in range(n):
        con.execute("""insert into raw.fetch_log (fetch_id, run_id, source_id, url, method, kind, requested_at,
                       status_code, attempt, outcome)
                       values (?, ?, 'lishui_jkq', ?, 'GET', 'article', ?, 200, 1, 'ok')""",
                    [f"{run_id}:lishui_jkq:{i}", run_id, f"{URL_NEW}?{i}", NIGHT])
        con.execute("""insert into raw.listings (run_id, source_id, column_id, url, title, seen_at)
                       values (?, 'lishui_jkq', 'zwdt', ?, '标题', ?)""", [run_id, f"{URL_NEW}?{i}", NIGHT])


def _page(con, pv: str, url: str, fetched_at: datetime) -> None:
    con.execute("""insert into raw.page_versions (page_version_id, url, content_hash, source_id, column_id, run_id,
                   fetched_at, title, published_at, body)
                   values (?, ?, ?, 'lishui_jkq', 'zwdt', 'run-10', ?, ?, ?, ?)""",
                [pv, url, f"hash-{pv}", fetched_at, f"标题 {pv}", fetched_at, f"正文 {pv}"])


def _extraction(con, pv: str, version: str = CURRENT) -> None:
    """Replace pv's extraction record, as warehouse.facts does when it (re-)extracts a page."""
    con.execute("delete from facts.extractions where page_version_id = ?", [pv])
    con.execute("""insert into facts.extractions
                   select ?, ?, ?, 0, 0, 0, 0, coalesce(cast(published_at as date), written_date)
                   from raw.page_versions where page_version_id = ?""",
                [pv, version, NIGHT, pv])


def second_load(db_path: Path) -> None:
    """What a night can bring, each change one the incremental models must catch."""
    with duckdb.connect(str(db_path)) as con:
        _fetches(con, "run-10", 3)
        # a new notice with a target, an outcome, an award and a dated project
        _page(con, "pv-new", URL_NEW, datetime(2024, 10, 1, 12))
        _extraction(con, "pv-new")
        con.execute("""insert into facts.target_mentions (mention_id, page_version_id, extractor_version, ordinal,
                       indicator, metric, value, unit, qualifier, commitment, target_year, evidence, span_start,
                       span_end) values ('pv-new:t1', 'pv-new', ?, 1, '地区生产总值', 'growth', 6.5, '%', 'around',
                       'expected', 2025, '地区生产总值增长6.5%左右。', 0, 10)""", [CURRENT])
        con.execute("""insert into facts.outcome_mentions (mention_id, page_version_id, extractor_version, ordinal,
                       indicator, metric, value, unit, period_year, evidence, span_start, span_end)
                       values ('pv-new:o1', 'pv-new', ?, 1, '地区生产总值', 'growth', 5.9, '%', 2023,
                       '地区生产总值增长5.9%。', 0, 10)""", [CURRENT])
        con.execute("""insert into facts.project_mentions (mention_id, page_version_id, extractor_version, ordinal,
                       name, investment_cny, stage, location, evidence, span_start, span_end)
                       values ('pv-new:p1', 'pv-new', ?, 1, '富乐德半导体产业项目', 12500000000, 'in_production',
                       '丽水经开区', '富乐德半导体产业项目投产。', 0, 10)""", [CURRENT])
        con.execute("insert into facts.project_milestones values ('pv-new:p1', 'in_production', '2024-09')")
        # a new version of the awards notice: its earlier versions are no longer the latest
        _page(con, "pv-awards-v3", URL_AWARDS, datetime(2024, 10, 1, 13))
        _extraction(con, "pv-awards-v3")
        con.execute("""insert into facts.award_mentions (mention_id, page_version_id, extractor_version, ordinal,
                       award, recipient, level, date_text, evidence, span_start, span_end) values
                       ('pv-awards-v3:a1', 'pv-awards-v3', ?, 1, '全国颠覆性技术创新大赛', '浙江珏芯微电子有限公司',
                       'national', '2023-11', '获全国颠覆性技术创新大赛。', 0, 10)""", [CURRENT])
        # re-extracted (a rule fix that kept the version): one outcome fewer, and no awards at all any more
        _extraction(con, "pv-report-2024")
        con.execute("delete from facts.outcome_mentions where mention_id = 'pv-report-2024:o5'")
        con.execute("delete from facts.award_mentions where page_version_id = 'pv-report-2024'")
        # reextract_all forgot this extraction and was stopped before it reached the page: its facts stay
        # in facts.* but must leave every model
        con.execute("delete from facts.extractions where page_version_id = 'pv-signing'")
        # a new extractor release read the page again and names the project differently
        con.execute("delete from facts.project_milestones where mention_id like 'pv-completed:%'")
        con.execute("delete from facts.project_mentions where page_version_id = 'pv-completed'")
        _extraction(con, "pv-completed", "extract-2.0")
        con.execute("""insert into facts.project_mentions (mention_id, page_version_id, extractor_version, ordinal,
                       name, stage, evidence, span_start, span_end) values ('pv-completed:p1', 'pv-completed',
                       'extract-2.0', 1, '富乐德抛光片项目', 'completed', '富乐德抛光片项目竣工。', 0, 10)""")
        con.execute("insert into facts.project_milestones values ('pv-completed:p1', 'completed', '2024-08')")
        # a new version of the 2023 report that the extractor could not read: the notice has no current facts
        _page(con, "pv-report-2023-v2", URL_REPORT_2023, datetime(2024, 10, 1, 14))
        con.execute("""insert into raw.unlisted_pages values ('lishui_jkq', ?, 'run-9', 'run-10', ?)""",
                    ["https://www.lsjkq.gov.cn/art/2023/8/1/art_1_107.html", NIGHT])


def model_tables(db_path: Path) -> list[str]:
    with duckdb.connect(str(db_path), read_only=True) as con:
        return [f"{s}.{t}" for s, t in con.execute(
            """select schema_name, table_name from duckdb_tables()
               where schema_name in ('staging', 'intermediate', 'marts') order by all""").fetchall()]


def differences(db_path: Path, reference: Path, table: str) -> tuple[int, int]:
    """Rows of table only in db_path, and only in reference (EXCEPT ALL: duplicates count)."""
    with duckdb.connect(str(db_path), read_only=True) as con:
        con.execute(f"attach '{reference}' as reference (read_only)")
        columns = ", ".join(f'"{name}"' for (name,) in con.execute(
            "select column_name from duckdb_columns() where database_name = current_database() "
            "and schema_name = ? and table_name = ? order by column_index", table.split(".")).fetchall())
        ours = f"select {columns} from {table}"
        theirs = f"select {columns} from reference.{table}"
        return (con.execute(f"select count(*) from ({ours} except all {theirs})").fetchone()[0],
                con.execute(f"select count(*) from ({theirs} except all {ours})").fetchone()[0])


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict, dict]:
    """(incrementally built warehouse, the same data built with --full-refresh, the night's and the first build's
    results per model)."""
    work = tmp_path_factory.mktemp("dbt_incremental")
    incremental = work / "incremental.duckdb"
    build_warehouse(incremental)
    with duckdb.connect(str(incremental)) as con:
        _fetches(con, "run-9", 2)
    first = dbt(incremental, work / "first", "build", "--exclude-resource-type", "test")
    second_load(incremental)
    night = dbt(incremental, work / "second", "build")
    full = work / "full.duckdb"
    shutil.copyfile(incremental, full)
    dbt(full, work / "full", "build", "--exclude-resource-type", "test", "--full-refresh")
    return incremental, full, night, first


def test_every_model_equals_a_full_refresh_build(builds) -> None:
    incremental, full, _, _ = builds
    tables = model_tables(incremental)
    assert "intermediate.int_project_mentions" in tables and "staging.stg_raw__page_versions" in tables
    assert {t: differences(incremental, full, t) for t in tables} == {t: (0, 0) for t in tables}


INCREMENTAL = {"stg_raw__page_versions", "stg_raw__fetch_log", "stg_raw__listings", "int_project_mentions",
               "int_target_mentions_keyed", "int_outcome_mentions_keyed",
               "int_project_milestones", "int_award_mentions", "int_target_mentions", "int_outcome_mentions"}


def test_the_night_selects_only_what_the_models_do_not_hold(builds) -> None:
    """The large models are incremental, and the night's build ran their incremental select: each reads the model
    itself ({{ this }}) to leave out the rows it already holds; the first build had no such filter."""
    _, _, night, first = builds
    assert {name for name, r in night.items() if r["relation_name"] in r["compiled_code"]} == INCREMENTAL
    assert not [name for name, r in first.items() if r["relation_name"] in r["compiled_code"]]


def test_facts_that_left_the_warehouse_leave_the_incremental_models(builds) -> None:
    incremental, _, _, _ = builds
    with duckdb.connect(str(incremental), read_only=True) as con:
        def ids(table: str, column: str, pv: str) -> list:
            return [r[0] for r in con.execute(
                f"select {column} from intermediate.{table} where page_version_id = ? order by 1", [pv]).fetchall()]

        assert ids("int_project_mentions", "project_mention_id", "pv-signing") == []   # extraction forgotten
        assert ids("int_project_milestones", "project_mention_id", "pv-signing") == []
        assert ids("int_award_mentions", "award_mention_id", "pv-report-2024") == []  # re-extracted without
        assert "pv-report-2024:o5" not in ids("int_outcome_mentions", "outcome_mention_id", "pv-report-2024")
        renamed = con.execute("""select project_name, extractor_version from intermediate.int_project_mentions
                                   where page_version_id = 'pv-completed'""").fetchall()
        assert renamed == [("富乐德抛光片项目", "extract-2.0")]  # the new release's reading, not the old one
        latest = dict(con.execute("""select page_version_id, bool_or(is_latest_page_version)
                                     from intermediate.int_award_mentions group by 1""").fetchall())
        assert latest == {"pv-awards-v1": False, "pv-awards-v2": False, "pv-awards-v3": True}
        assert con.execute("""select count(*) from intermediate.int_target_mentions_keyed
                              where page_version_id = 'pv-report-2023'""").fetchone() == (0,)
