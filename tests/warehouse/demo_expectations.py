"""What the demo site's notices must become in any warehouse target: the anchor notice exactly as published,
its project's path across six notices, its targets and what became of them. The end-to-end tests of the
embedded target (tests/orchestration/test_end_to_end.py) and of the DuckLake target both assert these."""
from __future__ import annotations

ANCHOR_INDEX_NO = "113325000026460671/2024-38087"
STABLE_TABLES = ["raw.page_versions", "facts.project_mentions", "facts.award_mentions",
                 "facts.target_mentions", "marts.fct_notices", "marts.dim_projects", "marts.fct_targets",
                 "marts.fct_awards", "marts.fct_project_timeline"]


def stable_counts(con) -> dict[str, int]:
    """Rows per table that a second run over the same site must leave as they are."""
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in STABLE_TABLES}


def assert_anchor_notice_and_marts(con, n_notices: int) -> None:
    """The anchor notice in raw, facts and marts after one run over the demo site's `n_notices` notices."""
    anchor = con.execute("""SELECT title, index_no, written_date::varchar, publisher, category, disclosure,
                                   published_at::varchar, body
                            FROM raw.page_versions WHERE index_no = ?""", [ANCHOR_INDEX_NO]).fetchall()
    assert len(anchor) == 1
    title, index_no, written, publisher, category, disclosure, published_at, body = anchor[0]
    assert (written, publisher, category, disclosure) == ("2024-02-27", "宣传信息科", "政务动态", "主动公开")
    assert published_at.startswith("2024-02-27 09:30")
    assert "丽水经开区和景宁协同引进总投资120亿元的富乐德半导体产业项目。" in body
    assert body.splitlines()[0].startswith("今天上午,丽水市五届人大四次会议开幕。")
    counts = stable_counts(con)
    assert counts["raw.page_versions"] == n_notices
    assert counts["marts.fct_notices"] == n_notices
    assert counts["facts.project_mentions"] > 0 and counts["facts.target_mentions"] > 0
    fule = con.execute("SELECT investment_cny FROM marts.dim_projects "
                       "WHERE canonical_name LIKE '富乐德%'").fetchall()
    assert fule and fule[0][0] == 12_000_000_000
    # The anchor project's path across six notices (scrapers/demo_site/STORYLINES.md).
    timeline = con.execute("""
        SELECT t.stage, t.event_date_text, t.is_planned FROM marts.fct_project_timeline t
        JOIN marts.dim_projects p USING (project_id) WHERE p.canonical_name = '富乐德半导体产业项目'
        ORDER BY t.stage_order""").fetchall()
    assert timeline == [("signed", "2023-02-14", False), ("started", "2023-06-19", False),
                        ("topped_out", "2023-12-26", False), ("completed", "2024-08-27", False),
                        ("in_production", "2024-10-28", False)]
    # The anchor's 2024 targets and what the 2025 report said became of them.
    outcomes = dict(((i, v), (st, ov)) for i, v, st, ov in con.execute("""
        SELECT t.indicator, t.value, o.status, o.outcome_value FROM marts.fct_targets t
        JOIN marts.fct_target_outcomes o USING (target_mention_id)
        JOIN raw.page_versions p ON p.page_version_id = t.page_version_id
        WHERE p.index_no = ?""", [ANCHOR_INDEX_NO]).fetchall())
    assert outcomes[("招商到位资金", 25_800_000_000)] == ("met", 26_300_000_000)
    assert outcomes[("半导体全链条产业产值", 50)] == ("missed", 48.6)
    assert outcomes[("省级企业创新平台", 40)] == ("met", 42)
    months = con.execute("SELECT sum(n_notices) FROM marts.fct_notices_by_month").fetchone()[0]
    assert months == n_notices
