"""A small warehouse of notices and extracted facts whose marts are known by heart.

Three notices name one project three ways (富乐德…), one company builds in two counties (开利…),
a 2023 work report sets targets that the 2024 report meets or misses, and awards of two levels
are repeated across page versions. Two sources have scrape runs and their own stale_after_days, so
source health can be checked on a frozen clock. test_fact_marts.py builds the dbt project on top of it.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import duckdb

from warehouse.document_date import document_date
from warehouse.registry_table import SOURCES_DDL

SCHEMA_SQL = Path(__file__).resolve().parents[2] / "warehouse" / "schema.sql"
YI = 100_000_000  # 亿元 in 元

CURRENT = "extract-1.0"
# Rows of an extraction that is no longer recorded (a forced re-extraction killed before it reached
# this page): warehouse.facts replaces them when it does; until then the marts must not count them.
SUPERSEDED = "extract-0.9"

URL_SIGNING = "https://www.lsjkq.gov.cn/art/2023/3/10/art_1_101.html"
URL_STARTED = "https://www.lsjkq.gov.cn/art/2023/7/5/art_1_102.html"
URL_COMPLETED = "https://www.lsjkq.gov.cn/art/2024/9/10/art_1_103.html"
URL_REPORT_2023 = "https://www.lsjkq.gov.cn/art/2023/2/20/art_1_104.html"
URL_REPORT_2024 = "https://www.lsjkq.gov.cn/art/2024/2/27/art_1_105.html"
URL_AWARDS = "https://www.lsjkq.gov.cn/art/2023/12/1/art_1_106.html"
URL_TIE = "https://www.lsjkq.gov.cn/art/2023/8/1/art_1_107.html"

# page_version_id: url, fetched_at, published_at, written_date
PAGE_VERSIONS = {
    "pv-signing": (URL_SIGNING, datetime(2023, 3, 10, 12), datetime(2023, 3, 10, 9), None),
    "pv-started-v1": (URL_STARTED, datetime(2023, 7, 5, 12), datetime(2023, 7, 5, 9), None),
    "pv-started-v2": (URL_STARTED, datetime(2023, 7, 20, 12), datetime(2023, 7, 5, 9), None),
    # no 发布时间: the notice date falls back to 成文日期
    "pv-completed": (URL_COMPLETED, datetime(2024, 9, 11, 12), None, date(2024, 9, 10)),
    "pv-report-2023": (URL_REPORT_2023, datetime(2023, 2, 21, 12), datetime(2023, 2, 20, 9), None),
    "pv-report-2024": (URL_REPORT_2024, datetime(2024, 2, 27, 12), datetime(2024, 2, 27, 9), None),
    "pv-awards-v1": (URL_AWARDS, datetime(2023, 12, 1, 12), datetime(2023, 12, 1, 9), None),
    "pv-awards-v2": (URL_AWARDS, datetime(2023, 12, 3, 12), datetime(2023, 12, 1, 9), None),
    # two versions fetched at the same instant: notices and facts must break the tie the same way
    "pv-tie-a": (URL_TIE, datetime(2023, 8, 1, 12), datetime(2023, 8, 1, 9), None),
    "pv-tie-b": (URL_TIE, datetime(2023, 8, 1, 12), datetime(2023, 8, 1, 9), None),
}

# project mentions: page_version_id, ordinal, name, investment, land, stage, location, companies, dates
PROJECTS = [
    ("pv-signing", 1, "富乐德半导体产业项目", 120 * YI, 400, "signed", "丽水经开区",
     ["杭州富乐德科技有限公司"], {"signed": "2023-03"}),
    ("pv-signing", 2, "开利新能源项目", 30 * YI, None, "signed", "遂昌县", ["开利新能源有限公司"], {}),
    # the first version of the July notice said 110亿元; the edited version says 118亿元
    ("pv-started-v1", 1, "富乐德半导体项目", 110 * YI, 400, "started", "丽水经济技术开发区", [],
     {"started": "2023-06", "completed": "2024-08"}),
    ("pv-started-v2", 1, "富乐德半导体项目", 118 * YI, 400, "started", "丽水经济技术开发区", [],
     {"started": "2023-06", "completed": "2024-08"}),
    ("pv-started-v2", 2, "开利新能源电池项目", 20 * YI, 150, "started", "松阳县", ["开利新能源有限公司"],
     {"started": "2023-05"}),
    ("pv-completed", 1, "富乐德12英寸抛光片项目", None, None, "completed", None, [], {"completed": "2024-08"}),
    # same name as the 遂昌 project but no place: it could be either county, so it stays apart
    ("pv-completed", 2, "开利新能源项目", None, None, None, None, [], {}),
    ("pv-report-2024", 1, "开利新能源项目", 30 * YI, None, "started", "遂昌县", [], {}),
]
# an older extractor release read a project that the current one does not
SUPERSEDED_PROJECTS = [("pv-signing", 1, "旧版误识别项目", 1 * YI, None, "signed", None, [], {})]
# a project named after a district abolished in 2021 (江干区, in the gazetteer seed) and without it:
# the leading place is stripped, so both names share the brand 凯达 and are one project
GAZETTEER_PROJECTS = [
    ("pv-report-2023", 9, "江干区凯达科技项目", None, None, None, None, [], {}),
    ("pv-awards-v2", 9, "凯达科技项目", None, None, None, None, [], {}),
]

# target mentions (report 2023, for 2023 and later):
# ordinal, indicator, metric, value, unit, qualifier, commitment, year, subject
TARGETS = [
    ("pv-report-2023", 1, "招商到位资金", "amount", 200 * YI, "元", "at_least", "hard", 2023, "丽水经开区"),
    ("pv-report-2023", 2, "规上工业增加值", "growth", 10, "%", "at_least", "aspirational", 2023, "丽水经开区"),
    ("pv-report-2023", 3, "新增省级企业创新平台", "count", 40, "家", "at_least", "hard", 2023, None),
    ("pv-report-2023", 4, "地区生产总值", "growth", 6, "%", "around", "expected", 2023, None),
    ("pv-report-2023", 5, "单位GDP能耗", "growth", -3, "%", "at_least", "hard", 2023, None),
    # the same target said twice in one report counts once
    ("pv-report-2023", 6, "招商到位资金", "amount", 200 * YI, "元", "at_least", "hard", 2023, "丽水经开区"),
    ("pv-report-2024", 1, "半导体全链条产业产值", "growth", 50, "%", "point", "aspirational", 2024, None),
]

# outcome mentions (report 2024, for 2023): ordinal, indicator, metric, value, unit, year, subject
OUTCOMES = [
    ("pv-report-2024", 1, "全年招商到位资金", "amount", 226 * YI, "元", 2023, "丽水经开区"),
    ("pv-report-2024", 2, "规上工业增加值", "growth", 8.5, "%", 2023, "丽水经开区"),
    ("pv-report-2024", 3, "新增省级企业创新平台", "count", 35, "个", 2023, None),
    ("pv-report-2024", 4, "地区生产总值", "growth", 5.7, "%", 2023, None),
    ("pv-report-2024", 5, "单位GDP能耗", "growth", -3.5, "%", 2023, None),
]

# award mentions: ordinal, award, grade, recipient, level, date_text
AWARDS = [
    ("pv-awards-v1", 1, "全国颠覆性技术创新大赛", "最高奖", "浙江珏芯微电子有限公司", "national", "2023-11"),
    ("pv-awards-v2", 1, "全国颠覆性技术创新大赛", "最高奖", "浙江珏芯微电子有限公司", "national", "2023-11"),
    ("pv-awards-v2", 2, "国家知识产权示范企业", None, "维康药业", "national", None),
    ("pv-report-2024", 1, "浙江省改革突破奖", "铜奖", "丽水经开区", "provincial", "2023"),
    ("pv-report-2024", 2, "省级科技“小巨人”企业", None, "维康药业", "provincial", "2023-11"),
    ("pv-report-2024", 3, "浙江省改革突破奖", "铜奖", "丽水经开区", "provincial", "2023"),
]


# Source health on the clock HEALTH_AS_OF: each source judged by its own stale_after_days.
HEALTH_AS_OF = "2024-10-20T00:00:00"
# source_id: stale_after_days, last page version fetched (the newest notice), items listed by its run
SOURCES = {
    # the newest notice is 39 days old: within this source's 60 days (a global 30 would say STALE)
    "lishui_jkq": (60, None, 8),
    # 10 days old: past this source's 7 days (a global 30 would say OK)
    "qingtian": (7, datetime(2024, 10, 10, 12), 3),
}
URL_QINGTIAN = "https://www.qingtian.gov.cn/art/2024/10/10/art_1_201.html"


def _evidence(*parts: object) -> str:
    return "，".join(str(p) for p in parts if p is not None) + "。"


def build_warehouse(db_path: Path) -> None:
    """Create the warehouse schema at db_path and fill it with the synthetic notices and facts."""
    con = duckdb.connect(str(db_path))
    try:
        con.execute(SCHEMA_SQL.read_text(encoding="utf-8"))
        _insert_page_versions(con)
        _insert_sources_and_runs(con)
        _insert_extractions(con)
        _insert_projects(con, PROJECTS + GAZETTEER_PROJECTS, CURRENT)
        _insert_projects(con, SUPERSEDED_PROJECTS, SUPERSEDED)
        _insert_targets(con)
        _insert_outcomes(con)
        _insert_awards(con)
    finally:
        con.close()


def _insert_page_versions(con: duckdb.DuckDBPyConnection) -> None:
    for pv_id, (url, fetched_at, published_at, written_date) in PAGE_VERSIONS.items():
        con.execute(
            """insert into raw.page_versions
               (page_version_id, url, content_hash, source_id, column_id, run_id, fetched_at,
                title, published_at, written_date, body)
               values (?, ?, ?, 'lishui_jkq', 'zwdt', 'run-1', ?, ?, ?, ?, ?)""",
            [pv_id, url, f"hash-{pv_id}", fetched_at, f"标题 {pv_id}", published_at, written_date,
             f"正文 {pv_id}"],
        )


def _insert_extractions(con: duckdb.DuckDBPyConnection) -> None:
    """One extraction per page version, dated the way warehouse.facts dates it."""
    for pv_id, (_, _, published_at, written_date) in PAGE_VERSIONS.items():
        con.execute(
            "insert into facts.extractions values (?, ?, ?, 0, 0, 0, 0, ?)",
            [pv_id, CURRENT, datetime(2024, 10, 1), document_date(published_at, written_date)],
        )


def _insert_projects(con: duckdb.DuckDBPyConnection, projects: list, version: str) -> None:
    for pv_id, ordinal, name, investment, land, stage, location, companies, dates in projects:
        mention_id = f"{pv_id}:p{ordinal}" + ("" if version == CURRENT else "-superseded")
        con.execute(
            """insert into facts.project_mentions
               (mention_id, page_version_id, extractor_version, ordinal, name, investment_cny,
                land_mu, stage, companies, location, dates, evidence, span_start, span_end)
               values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 10)""",
            [mention_id, pv_id, version, ordinal, name, investment, land, stage, companies, location,
             json.dumps(dates, ensure_ascii=False), _evidence(name, location, stage)],
        )
        for stage_name, date_text in dates.items():
            con.execute(
                "insert into facts.project_milestones values (?, ?, ?)",
                [mention_id, stage_name, date_text],
            )


def _insert_targets(con: duckdb.DuckDBPyConnection) -> None:
    for pv_id, ordinal, indicator, metric, value, unit, qualifier, commitment, year, subject in TARGETS:
        con.execute(
            """insert into facts.target_mentions
               (mention_id, page_version_id, extractor_version, ordinal, indicator, metric, value,
                unit, qualifier, commitment, target_year, subject, evidence, span_start, span_end)
               values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 10)""",
            [f"{pv_id}:t{ordinal}", pv_id, CURRENT, ordinal, indicator, metric, value, unit,
             qualifier, commitment, year, subject, _evidence(subject, indicator, value, unit)],
        )


def _insert_outcomes(con: duckdb.DuckDBPyConnection) -> None:
    for pv_id, ordinal, indicator, metric, value, unit, year, subject in OUTCOMES:
        con.execute(
            """insert into facts.outcome_mentions
               (mention_id, page_version_id, extractor_version, ordinal, indicator, metric, value,
                unit, period_year, subject, evidence, span_start, span_end)
               values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 10)""",
            [f"{pv_id}:o{ordinal}", pv_id, CURRENT, ordinal, indicator, metric, value, unit, year,
             subject, _evidence(subject, indicator, value, unit)],
        )


def _insert_awards(con: duckdb.DuckDBPyConnection) -> None:
    for pv_id, ordinal, award, grade, recipient, level, date_text in AWARDS:
        con.execute(
            """insert into facts.award_mentions
               (mention_id, page_version_id, extractor_version, ordinal, award, grade, recipient,
                level, date_text, evidence, span_start, span_end)
               values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 10)""",
            [f"{pv_id}:a{ordinal}", pv_id, CURRENT, ordinal, award, grade, recipient, level,
             date_text, _evidence(recipient, award, grade)],
        )


def _insert_sources_and_runs(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(SOURCES_DDL)
    for source_id, (stale_after_days, newest, items) in SOURCES.items():
        con.execute(
            "insert into raw.sources values (?, ?, 'hanweb_classic', ?, true, 'sources.toml', ?)",
            [source_id, source_id, stale_after_days, datetime(2024, 10, 19)],
        )
        con.execute(
            """insert into raw.scrape_runs (run_id, source_id, started_at, finished_at, status, items_listed,
               articles_new, articles_changed, articles_unchanged, requests, errors)
               values ('run-9', ?, ?, ?, 'ok', ?, 0, 0, ?, ?, 0)""",
            [source_id, datetime(2024, 10, 19, 18), datetime(2024, 10, 19, 19), items, items, items],  # 02:00 Shanghai
        )
        if newest is not None:
            con.execute(
                """insert into raw.page_versions (page_version_id, url, content_hash, source_id, column_id, run_id,
                   fetched_at, title, published_at, body)
                   values (?, ?, ?, ?, 'zwdt', 'run-9', ?, '标题', ?, '正文')""",
                [f"pv-{source_id}", URL_QINGTIAN, f"hash-{source_id}", source_id, newest, newest],
            )
