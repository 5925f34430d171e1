"""Extraction in the warehouse: incremental by page version and extractor version, atomic replacement, provenance."""
from datetime import datetime

import pytest

import warehouse.facts as facts
from warehouse.db import open_warehouse
from warehouse.load import page_version_id

NOTICE = ("2月20日，丽水经开区召开2024年度工作大会。"
          "总投资约120亿元的富乐德半导体产业项目于2023年6月开工建设。\n"
          "2024年，确保招商到位资金258亿元以上，新增省级企业创新平台40家以上。")


@pytest.fixture
def con(tmp_path):
    con = open_warehouse(tmp_path / "w.duckdb")
    for i, body in enumerate([NOTICE, "今天天气晴朗。"]):
        url = f"http://127.0.0.1/art/2024/2/2{i}/art_1_{i}.html"
        con.execute("INSERT INTO raw.page_versions (page_version_id, url, content_hash, source_id, run_id, "
                    "fetched_at, published_at, body) VALUES (?,?,?,?,?,?,?,?)",
                    [page_version_id(url, str(i)), url, str(i), "demo", "r1", datetime(2024, 2, 27),
                     datetime(2024, 2, 26, 9, 30), body])
    yield con
    con.close()


def _count(con, table):
    return con.execute(f"SELECT count(*) FROM facts.{table}").fetchone()[0]


def test_facts_keep_evidence_span_and_version(con):
    report = facts.extract_pending(con)
    assert report.pages_extracted == 2 and report.targets == 2 and report.projects == 1
    row = con.execute("SELECT t.evidence, t.span_start, t.span_end, t.extractor_version, p.body "
                      "FROM facts.target_mentions t JOIN raw.page_versions p USING (page_version_id) "
                      "WHERE t.indicator = '招商到位资金'").fetchone()
    evidence, start, end, version, body = row
    assert body[start:end] == evidence and "258亿元以上" in evidence and version == facts.EXTRACTOR_VERSION
    assert con.execute("SELECT stage, date_text FROM facts.project_milestones").fetchall() == [("started", "2023-06")]


def test_second_run_extracts_nothing_new(con):
    facts.extract_pending(con)
    before = {t: _count(con, t) for t in ("target_mentions", "project_mentions", "extractions")}
    assert facts.extract_pending(con).pages_extracted == 0
    assert {t: _count(con, t) for t in before} == before


def test_new_extractor_version_re_extracts_and_replaces(con, monkeypatch):
    facts.extract_pending(con)
    targets = _count(con, "target_mentions")
    monkeypatch.setattr(facts, "EXTRACTOR_VERSION", "test-next")
    original = facts.extract_document

    def next_version(*args, **kwargs):
        extraction = original(*args, **kwargs)
        monkeypatch.setattr(type(extraction), "to_contract",
                            lambda self, f=type(extraction).to_contract: {**f(self), "extractor_version": "test-next"})
        return extraction

    monkeypatch.setattr(facts, "extract_document", next_version)
    assert facts.extract_pending(con).pages_extracted == 2
    assert _count(con, "target_mentions") == targets  # replaced, not added
    versions = con.execute("SELECT DISTINCT extractor_version FROM facts.target_mentions").fetchall()
    assert versions == [("test-next",)]
    assert con.execute("SELECT DISTINCT extractor_version FROM facts.extractions").fetchall() == [("test-next",)]


def test_a_notice_that_breaks_the_extractor_is_recorded_not_fatal(con, monkeypatch):
    original = facts.extract_document

    def flaky(body, **kwargs):
        if "天气" in body:
            raise ValueError("malformed notice")
        return original(body, **kwargs)

    monkeypatch.setattr(facts, "extract_document", flaky)
    report = facts.extract_pending(con)
    assert report.pages_extracted == 1 and len(report.failures) == 1 and "malformed notice" in report.failures[0]
    rows = con.execute("SELECT error FROM facts.extraction_failures").fetchall()
    assert rows == [("ValueError: malformed notice",)]
    monkeypatch.setattr(facts, "extract_document", original)  # fixed extractor: retried, failure cleared
    assert facts.extract_pending(con).pages_extracted == 1
    assert _count(con, "extraction_failures") == 0
