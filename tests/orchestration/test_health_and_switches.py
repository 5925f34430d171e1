"""Source health read from the mart (never judged twice), the registry loaded for it, and the Launchpad's
re-extract switch."""
from datetime import datetime

import duckdb
from dagster import AssetCheckSeverity, RunConfig, materialize

from orchestration.assets.facts import ExtractConfig, extracted_facts
from orchestration.assets.ingest import raw_tables
from orchestration.checks import source_health_check_results
from orchestration.resources import RESOURCES
from warehouse.db import open_warehouse


def _env(monkeypatch, tmp_path):
    for var, name in [("GOVWATCH_DATA_DIR", ""), ("GOVWATCH_DB", "warehouse.duckdb"),
                      ("GOVWATCH_LANDING", "landing"), ("GOVWATCH_SERVING", "serving.duckdb")]:
        monkeypatch.setenv(var, str(tmp_path / name) if name else str(tmp_path))
    return tmp_path / "warehouse.duckdb"


def test_checks_report_the_marts_statuses_and_thresholds():
    rows = [
        {"source_id": "lishui", "status": "OK", "days_since_new_notice": 3, "stale_after_days": 30},
        {"source_id": "qingtian", "status": "STALE", "days_since_new_notice": 10, "stale_after_days": 7},
        {"source_id": "jinyun", "status": "PARTIAL", "incomplete_reasons": "1229: listed 20 of 60 announced records"},
        {"source_id": "songyang", "status": "BLOCKED", "last_run_message": "加速乐 challenge"},
    ]
    healthy, fresh = source_health_check_results(rows)
    assert (healthy.check_name, healthy.passed) == ("sources_healthy", False)
    assert healthy.severity == AssetCheckSeverity.ERROR
    assert healthy.metadata["details"].text == ("jinyun: PARTIAL (1229: listed 20 of 60 announced records); "
                                                "songyang: BLOCKED (加速乐 challenge)")
    assert (fresh.check_name, fresh.passed, fresh.severity) == ("sources_fresh", False, AssetCheckSeverity.WARN)
    # the source's own threshold, as the mart judged it: 10 days is stale for a 7-day source
    assert fresh.metadata["details"].text == "qingtian: 10 days without a new notice (stale after 7)"
    assert all(r.passed for r in source_health_check_results(rows[:1]))


def test_raw_tables_loads_the_registry_with_each_sources_threshold(tmp_path, monkeypatch):
    db = _env(monkeypatch, tmp_path)
    registry = tmp_path / "sources.toml"
    registry.write_text("""
[defaults]
stale_after_days = 30
[[source]]
id = "lishui"
name = "丽水"
cms = "hanweb_classic"
base_url = "https://www.lishui.gov.cn"
columns = ["1229"]
[[source]]
id = "qingtian"
name = "青田"
cms = "trs_wcm"
base_url = "https://www.qingtian.gov.cn"
columns = ["zwgk"]
stale_after_days = 7
nightly = false
""", encoding="utf-8")
    monkeypatch.setenv("GOVWATCH_SOURCES", str(registry))
    assert materialize([raw_tables], resources=RESOURCES).success
    with duckdb.connect(str(db), read_only=True) as con:
        got = con.execute("SELECT source_id, stale_after_days, nightly FROM raw.sources ORDER BY 1").fetchall()
    assert got == [("lishui", 30, True), ("qingtian", 7, False)]


def _page(con, pv: str, body: str) -> None:
    con.execute("""INSERT INTO raw.page_versions (page_version_id, url, content_hash, source_id, run_id, fetched_at,
                   published_at, body) VALUES (?, ?, ?, 'demo', 'run-1', ?, ?, ?)""",
                [pv, f"https://example.gov.cn/{pv}.html", pv, datetime(2024, 3, 1), datetime(2024, 2, 27, 9), body])


def test_reextract_all_replaces_every_pages_facts(tmp_path, monkeypatch):
    db = _env(monkeypatch, tmp_path)
    with open_warehouse(db) as con:
        _page(con, "pv1", "丽水经开区富乐德半导体产业项目总投资120亿元，今年6月开工。")
        _page(con, "pv2", "确保招商到位资金258亿元以上。")

    def run(reextract_all: bool) -> dict:
        config = RunConfig(ops={"extracted_facts": ExtractConfig(reextract_all=reextract_all)})
        result = materialize([extracted_facts], resources=RESOURCES, run_config=config)
        assert result.success
        (event,) = [e for e in result.get_asset_materialization_events()
                    if e.asset_key.path == ["facts", "extractions"]]
        return event.materialization.metadata

    def facts() -> tuple:
        with duckdb.connect(str(db), read_only=True) as con:
            return con.execute("""SELECT (SELECT count(*) FROM facts.extractions),
                                         (SELECT count(DISTINCT page_version_id) FROM facts.extractions),
                                         (SELECT count(*) FROM facts.project_mentions),
                                         (SELECT count(*) FROM facts.target_mentions),
                                         (SELECT min(extracted_at) FROM facts.extractions)""").fetchone()

    assert run(False)["pages_extracted"].value == 2
    first = facts()
    assert run(False)["pages_extracted"].value == 0  # incremental: nothing new
    assert run(True)["pages_extracted"].value == 2   # the switch: every page again
    again = facts()
    # replaced, not added to: one extraction per page version, the same facts, extracted anew
    assert again[:4] == first[:4] == (2, 2, first[2], first[3]) and first[2] >= 1 and first[3] >= 1
    assert again[4] > first[4]


def test_a_new_extractor_release_leaves_no_superseded_rows(tmp_path, monkeypatch):
    """What the dbt docs of facts.* say (_facts__sources.yml): re-extraction replaces a page's rows, none stay."""
    from pathlib import Path

    import warehouse.extract.core as core
    import warehouse.facts as facts_module

    db = _env(monkeypatch, tmp_path)
    with open_warehouse(db) as con:
        _page(con, "pv1", "丽水经开区富乐德半导体产业项目总投资120亿元，今年6月开工。")
        facts_module.extract_pending(con)
        for module in (core, facts_module):
            monkeypatch.setattr(module, "EXTRACTOR_VERSION", "next-release")
        assert facts_module.extract_pending(con).pages_extracted == 1
        versions = con.execute("""SELECT DISTINCT extractor_version FROM facts.extractions UNION ALL
                                  SELECT DISTINCT extractor_version FROM facts.project_mentions""").fetchall()
    assert versions == [("next-release",), ("next-release",)]
    docs = Path(__file__).resolve().parents[2] / "dbt_project" / "models" / "staging" / "facts"
    assert not any("until cleaned up" in p.read_text(encoding="utf-8") for p in docs.glob("*.yml"))
