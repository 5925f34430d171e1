"""The anchor notice (2024-02-27 Lishui work report) against its hand-checked expected extraction.

golden/anchor.expected.json was produced by the extractor, then read and corrected by hand
against the text; a change in any fact, value or span shows up here as a diff.
"""
import datetime as dt
import json
from pathlib import Path

from warehouse.extract import EXTRACTOR_VERSION, extract_document

EXPECTED = Path(__file__).parent / "golden" / "anchor.expected.json"


def anchor_body(shared_dir: Path) -> str:
    """The seed file minus its three 索引号 / 组配分类 / 成文日期 metadata rows."""
    text = (shared_dir / "seed" / "lishui-2024-02-27-work-report.txt").read_text(encoding="utf-8")
    return text.split("\n", 3)[3]


def test_anchor_extraction_matches_the_golden_file(shared_dir):
    body = anchor_body(shared_dir)
    got = extract_document(body, published=dt.date(2024, 2, 27)).to_contract()
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    expected["extractor_version"] = EXTRACTOR_VERSION  # a release bump alone is not a regression
    for kind in ("projects", "awards", "targets"):
        assert [f.get("name") or f.get("award") or f.get("indicator") for f in got[kind]] == \
            [f.get("name") or f.get("award") or f.get("indicator") for f in expected[kind]], kind
        for got_fact, expected_fact in zip(got[kind], expected[kind]):
            assert got_fact == expected_fact
    assert got == expected


def test_anchor_evidence_spans_point_into_the_body(shared_dir):
    body = anchor_body(shared_dir)
    got = extract_document(body, published=dt.date(2024, 2, 27)).to_contract()
    for kind in ("projects", "awards", "targets"):
        for fact in got[kind]:
            start, end = fact["span"]
            assert body[start:end] == fact["evidence"]


def test_anchor_review_section_gives_outcomes_not_targets(shared_dir):
    e = extract_document(anchor_body(shared_dir), published=dt.date(2024, 2, 27))
    assert {t.target_year for t in e.targets} == {2024}
    assert all(o.period_year == 2023 for o in e.outcomes)
