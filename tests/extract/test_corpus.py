"""Every development notice extracts cleanly into the contract's shape (third-party texts stay in shared/)."""
import csv
import datetime as dt
import json
import re

from warehouse.extract import extract_document

STAGES = {"planned", "signed", "approved", "started", "topped_out", "completed", "in_production", None}
LEVELS = {"national", "provincial", "municipal", "county", None}
METRICS = {"growth", "level", "count", "amount", "share", "other"}
QUALIFIERS = {"point", "around", "at_least", "at_most", "range"}
COMMITMENTS = {"hard", "aspirational", "expected", "unspecified"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def corpus(shared_dir):
    with open(shared_dir / "corpus" / "MANIFEST.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            published = None if row["published"] == "unknown" else dt.date.fromisoformat(row["published"])
            yield row["file"], (shared_dir / "corpus" / row["file"]).read_text(encoding="utf-8"), published, row["url"]


def test_every_notice_gives_a_valid_contract_object(shared_dir):
    for name, body, published, url in corpus(shared_dir):
        result = extract_document(body, published=published, url=url).to_contract()
        assert set(result) == {"document", "projects", "awards", "targets", "extractor_version"}, name
        json.dumps(result, ensure_ascii=False)
        for p in result["projects"]:
            assert p["stage"] in STAGES and all(DATE.match(v) for v in p["dates"].values()), (name, p)
        for a in result["awards"]:
            assert a["level"] in LEVELS and a["recipient"] and (a["date"] is None or DATE.match(a["date"])), (name, a)
        for t in result["targets"]:
            assert (t["metric"], t["qualifier"], t["commitment"]) in \
                {(m, q, c) for m in METRICS for q in QUALIFIERS for c in COMMITMENTS}, (name, t)
            # a number, or null for a target stated as a relation (docs/contract-conventions.md)
            assert isinstance(t["value"], (int, float)) or (t["value"] is None and t["unit"] is None
                                                            and t["metric"] == "other"), (name, t)
        for kind in ("projects", "awards", "targets"):
            for fact in result[kind]:
                assert body[fact["span"][0]:fact["span"][1]] == fact["evidence"], (name, fact)


def test_unknown_publication_date_falls_back_to_the_url(shared_dir):
    name, body, _, url = next(row for row in corpus(shared_dir) if row[0] == "11.txt")
    assert extract_document(body, url=url).document["published"] == "2024-11-01"


def test_a_long_notice_of_mixed_text_extracts_without_error(shared_dir):
    # Speed is measured by the benchmark runner (tests/benchmarks), never asserted in a test: a timed
    # assertion fails on a loaded machine and proves nothing about throughput.
    text = "\n".join(body for _, body, _, _ in corpus(shared_dir))[:5000]
    result = extract_document(text, published=dt.date(2024, 2, 27)).to_contract()
    assert result["projects"] or result["awards"] or result["targets"]
