"""The evaluator's matching and metrics, and the validity of the gold files it scores against."""
import copy
import csv
import json
import os
import re
from datetime import date
from pathlib import Path

import pytest

from govwatch import evaluate as ev

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "gold"
SHARED = Path(os.environ.get("GOVWATCH_SHARED") or REPO.parent / "shared")
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))
HELDOUT_DIR = GOLD_DIR / "heldout"
HELDOUT_FILES = sorted(HELDOUT_DIR.glob("*.json"))

STAGES = {"planned", "signed", "approved", "started", "topped_out", "completed", "in_production"}
LEVELS = {"national", "provincial", "municipal", "county", None}
METRICS = {"growth", "level", "count", "amount", "share", "other"}
QUALIFIERS = {"point", "around", "at_least", "at_most", "range"}
COMMITMENTS = {"hard", "aspirational", "expected", "unspecified"}
PROJECT_KEYS = {"name", "investment_cny", "land_mu", "floor_area_m2", "annual_output_cny", "capacity", "stage",
                "companies", "location", "phases", "dates", "evidence", "span"}
AWARD_KEYS = {"award", "grade", "recipient", "level", "date", "evidence", "span"}
TARGET_KEYS = {"indicator", "metric", "value", "value_high", "unit", "qualifier", "commitment", "target_year",
               "subject", "evidence", "span"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def project(name, **fields):
    return {"name": name, "investment_cny": None, "land_mu": None, "floor_area_m2": None, "annual_output_cny": None,
            "capacity": None, "stage": None, "companies": [], "location": None, "phases": [], "dates": {}, **fields}


def award(name, recipient, **fields):
    return {"award": name, "grade": None, "recipient": recipient, "level": None, "date": None, **fields}


def target(indicator, value, **fields):
    return {"indicator": indicator, "metric": "growth", "value": value, "value_high": None, "unit": "%",
            "qualifier": "point", "commitment": "unspecified", "target_year": 2024, "subject": None, **fields}


def gold_doc(projects=(), awards=(), targets=(), name="doc"):
    expected = {"projects": list(projects), "awards": list(awards), "targets": list(targets)}
    return ev.GoldDoc(name=name, path=f"corpus/{name}.txt", text=f"body of {name}", published=date(2024, 2, 27),
                      expected=expected)


def predicting(prediction):
    return lambda text, published: copy.deepcopy(prediction)


ANCHOR_LIKE = gold_doc(
    projects=[project("富乐德半导体产业项目", investment_cny=12_000_000_000, land_mu=400, stage="topped_out")],
    awards=[award("全国颠覆性技术创新大赛", "浙江珏芯微电子有限公司", grade="最高奖", level="national")],
    targets=[target("半导体全链条产业产值", 50, commitment="aspirational"),
             target("招商到位资金", 25_800_000_000, metric="amount", unit="元", qualifier="at_least", commitment="hard"),
             target("省级企业创新平台", 40, metric="count", unit="家", qualifier="at_least")])


def test_perfect_prediction_scores_f1_one():
    report = ev.evaluate([ANCHOR_LIKE], predicting(ANCHOR_LIKE.expected))
    for counts in report.totals.values():
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0)
    assert all(t.accuracy == 1.0 for fields in report.fields.values() for t in fields.values())
    assert report.documents[0].field_errors == []


def test_missed_target_lowers_recall_by_exactly_one_third():
    prediction = copy.deepcopy(ANCHOR_LIKE.expected)
    del prediction["targets"][2]
    counts = ev.evaluate([ANCHOR_LIKE], predicting(prediction)).totals["targets"]
    assert (counts.tp, counts.fp, counts.fn) == (2, 0, 1)
    assert counts.precision == 1.0
    assert counts.recall == pytest.approx(2 / 3)
    assert counts.f1 == pytest.approx(0.8)


def test_counts_are_micro_averaged_over_documents():
    second = gold_doc(projects=[project("丽水机场"), project("国际会展中心")], name="second")
    predictions = {ANCHOR_LIKE.text: ANCHOR_LIKE.expected, second.text: {"projects": [project("丽水机场")]}}
    report = ev.evaluate([ANCHOR_LIKE, second], lambda text, published: copy.deepcopy(predictions[text]))
    counts = report.totals["projects"]
    assert (counts.tp, counts.fp, counts.fn) == (2, 0, 1)
    assert counts.recall == pytest.approx(2 / 3)
    assert [d.counts["projects"].fn for d in report.documents] == [0, 1]


def test_target_with_wrong_value_is_unmatched_not_a_field_error():
    prediction = copy.deepcopy(ANCHOR_LIKE.expected)
    prediction["targets"][1]["value"] = 2_580_000_000  # 25.8亿 instead of 258亿
    report = ev.evaluate([ANCHOR_LIKE], predicting(prediction))
    counts = report.totals["targets"]
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 1)
    assert report.fields["targets"]["value"].total == 2
    assert [t["indicator"] for t in report.documents[0].missed["targets"]] == ["招商到位资金"]
    assert [t["value"] for t in report.documents[0].spurious["targets"]] == [2_580_000_000]


def test_target_value_tolerance_is_relative():
    assert ev.pair_score("targets", target("招商到位资金", 25_800_000_000), target("招商到位资金", 25_800_000_000.0001))
    assert not ev.pair_score("targets", target("招商到位资金", 25_800_000_000), target("招商到位资金", 25_800_100_000))
    assert not ev.pair_score("targets", target("招商到位资金", 50), target("招商到位资金", None))


def test_field_accuracy_counts_matched_pairs_and_null_vs_null():
    gold = gold_doc(projects=[project("丽水技师学院", investment_cny=600_000_000, land_mu=224, stage="approved"),
                              project("浙西南科创产业园", investment_cny=2_700_000_000, location="丽水经开区")])
    prediction = {"projects": [project("丽水技师学院", investment_cny=600_000_000, land_mu=None, stage="approved"),
                               project("丽水市浙西南科创产业园", investment_cny=270_000_000, location="丽水经开区秀山路")]}
    report = ev.evaluate([gold], predicting(prediction))
    fields = report.fields["projects"]
    assert (fields["investment_cny"].correct, fields["investment_cny"].total) == (1, 2)
    assert (fields["land_mu"].correct, fields["land_mu"].total) == (1, 2)   # 224 vs null wrong, null vs null right
    assert (fields["floor_area_m2"].correct, fields["floor_area_m2"].total) == (2, 2)
    assert (fields["location"].correct, fields["location"].total) == (2, 2)  # containment for free text
    errors = {(e["fact"], e["field"]) for e in report.documents[0].field_errors}
    assert errors == {("丽水技师学院", "land_mu"), ("浙西南科创产业园", "investment_cny")}


def test_normalisation_folds_width_quotes_and_space():
    assert ev.normalise("省级科技“小巨人”企业") == ev.normalise('省级科技"小巨人"企业') == "省级科技小巨人企业"
    assert ev.normalise("２０亿级 项目（一期）") == "20亿级项目(一期)"
    assert ev.normalise("《GDP》") == "gdp"
    assert ev.normalise(None) == ""
    # a reprint's pinyin glosses are no part of a name; brackets that are not glosses stay
    assert ev.normalise("計(jì)劃投資") == ev.normalise("計劃投資") == ev.normalise("计划投资")
    assert ev.normalise("元蕩堤防達（dá）標工程(二期)") == "元荡堤防达标工程(二期)"


def test_project_names_match_on_containment_of_at_least_four_characters():
    assert ev.pair_score("projects", project("富乐德半导体产业项目"), project("富乐德半导体")) > 0
    assert ev.pair_score("projects", project("松阳华迪特材"), project("华迪特材项目")) == 0  # neither contains the other
    assert ev.pair_score("projects", project("松阳华迪特材"), project("华迪特材")) > 0
    assert ev.pair_score("projects", project("富乐德半导体产业项目"), project("项目")) == 0
    assert ev.pair_score("projects", project("富乐德半导体产业项目"), project(None)) == 0


def test_award_needs_compatible_recipient_or_both_null():
    gold = award("省级科技“小巨人”企业", "维康药业")
    assert ev.pair_score("awards", gold, award('省级科技"小巨人"企业', "维康药业")) == 1.0
    assert ev.pair_score("awards", gold, award("省级科技“小巨人”企业", None)) == 0
    assert ev.pair_score("awards", gold, award("省级科技“小巨人”企业", "珏芯微电子")) == 0
    assert ev.pair_score("awards", award("全省最佳实践案例", None), award("全省最佳实践案例", None)) == 1.0
    assert ev.pair_score("awards", award("见义勇为先进个人", "肖颖"), award("宜兴市见义勇为先进个人", "肖颖等16名同志")) > 0


def test_target_indicator_matches_on_bigram_dice():
    gold = target("新续建重点项目完成投资", 9_850_000_000)
    assert ev.bigram_dice("新续建重点项目完成投资", "新续建重点项目全年计划完成投资") == pytest.approx(0.75)
    assert ev.pair_score("targets", gold, target("新续建重点项目全年计划完成投资", 9_850_000_000)) == pytest.approx(0.75)
    assert ev.pair_score("targets", gold, target("一般公共预算收入", 9_850_000_000)) == 0


def test_matching_is_one_to_one_and_best_pair_first():
    gold = [project("富乐德半导体产业项目"), project("富乐德半导体产业项目二期")]
    predicted = [project("富乐德半导体产业项目二期"), project("富乐德半导体产业项目"), project("富乐德半导体产业项目")]
    assert ev.match_facts("projects", gold, predicted) == [(0, 1), (1, 0)]
    counts = ev.evaluate([gold_doc(projects=gold)], predicting({"projects": predicted})).totals["projects"]
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 0)  # the duplicate costs precision


def test_predictor_failure_is_recorded_and_scored_as_empty():
    def broken(text, published):
        raise RuntimeError("no rules loaded")
    report = ev.evaluate([ANCHOR_LIKE, gold_doc(name="empty")], broken)
    assert report.documents[0].error == "RuntimeError: no rules loaded"
    assert report.totals["targets"].fn == 3
    assert report.totals["projects"].precision == 1.0 and report.totals["projects"].recall == 0.0


def test_predictor_receives_body_text_and_published_date():
    seen = []
    ev.evaluate([ANCHOR_LIKE], lambda text, published: seen.append((text, published)) or {})
    assert seen == [("body of doc", date(2024, 2, 27))]


def test_format_report_shows_scores_and_the_unmatched_facts():
    prediction = copy.deepcopy(ANCHOR_LIKE.expected)
    prediction["targets"][1]["value"] = 1
    prediction["awards"][0]["level"] = "provincial"
    text = ev.format_report(ev.evaluate([ANCHOR_LIKE], predicting(prediction)))
    assert "targets" in text and "precision" in text
    assert "missed   target   招商到位资金 = 25800000000 元" in text
    assert "spurious target   招商到位资金 = 1 元" in text
    assert "level gold='national' predicted='provincial'" in text
    json.dumps(ev.evaluate([ANCHOR_LIKE], predicting(prediction)).to_dict(), ensure_ascii=False)


def test_main_reports_a_missing_shared_dir(tmp_path, capsys):
    assert ev.main(["--shared", str(tmp_path / "absent")]) == 2
    assert "shared directory not found" in capsys.readouterr().err


# ---- the gold files themselves

def test_gold_set_covers_anchor_and_at_least_22_corpus_notices():
    names = {p.stem for p in GOLD_FILES}
    assert "anchor" in names
    assert len([n for n in names if n.startswith("corpus-")]) >= 22


def _assert_optional(value, kind):
    assert value is None or isinstance(value, kind), value


def _assert_number(value, nullable=True):
    if value is None and nullable:
        return
    assert isinstance(value, (int, float)) and not isinstance(value, bool), value


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_follows_the_contract(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    assert set(gold) == {"source", "document", "projects", "awards", "targets"}
    assert set(gold["source"]) == {"path", "published"}
    assert re.fullmatch(r"(seed/[\w.-]+|corpus/\d\d)\.txt", gold["source"]["path"])
    published = gold["source"]["published"]
    assert published is None or date.fromisoformat(published)
    assert set(gold["document"]) == {"url", "title", "published"} and gold["document"]["published"] == published
    _assert_facts_follow_the_contract(gold)


def _assert_facts_follow_the_contract(gold):
    for fact in gold["projects"]:
        assert set(fact) == PROJECT_KEYS
        assert isinstance(fact["name"], str) and fact["name"]
        for key in ("investment_cny", "land_mu", "floor_area_m2", "annual_output_cny"):
            _assert_number(fact[key])
        for key in ("capacity", "location"):
            _assert_optional(fact[key], str)
        assert fact["stage"] in STAGES | {None}
        assert all(isinstance(c, str) and c for c in fact["companies"])
        for phase in fact["phases"]:
            assert set(phase) == {"name", "investment_cny", "land_mu"}
            _assert_number(phase["investment_cny"]), _assert_number(phase["land_mu"])
        assert set(fact["dates"]) <= STAGES and all(DATE_RE.match(d) for d in fact["dates"].values())
    for fact in gold["awards"]:
        assert set(fact) == AWARD_KEYS
        assert isinstance(fact["award"], str) and fact["award"]
        _assert_optional(fact["grade"], str), _assert_optional(fact["recipient"], str)
        assert fact["level"] in LEVELS
        assert fact["date"] is None or DATE_RE.match(fact["date"])
    for fact in gold["targets"]:
        assert set(fact) == TARGET_KEYS
        assert isinstance(fact["indicator"], str) and fact["indicator"]
        assert fact["metric"] in METRICS and fact["qualifier"] in QUALIFIERS and fact["commitment"] in COMMITMENTS
        if fact["value"] is None:  # a target with no number (docs/contract-conventions.md): no unit, no bound
            assert fact["unit"] is None and fact["value_high"] is None and fact["metric"] == "other", fact
        else:
            _assert_number(fact["value"], nullable=False), _assert_number(fact["value_high"])
            assert (fact["qualifier"] == "range") == (fact["value_high"] is not None)
            assert isinstance(fact["unit"], str) and fact["unit"]
        _assert_optional(fact["target_year"], int), _assert_optional(fact["subject"], str)
    for fact in gold["projects"] + gold["awards"] + gold["targets"]:
        assert isinstance(fact["evidence"], str) and fact["evidence"] and "\n" not in fact["evidence"]
        start, end = fact["span"]
        assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end
        assert end - start == len(fact["evidence"])


# ---- the held-out gold set (tests/gold/heldout) and how its sources are found

def _write_gold(path, source):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"source": source, "document": {}, "projects": [], "awards": [], "targets": []}),
                    encoding="utf-8")


def test_load_gold_resolves_root_gold_against_tests_gold_whatever_the_gold_dir(tmp_path):
    shared, gold_root, gold_dir = tmp_path / "shared", tmp_path / "repo-gold", tmp_path / "elsewhere" / "gold"
    (shared / "corpus").mkdir(parents=True)
    (shared / "corpus" / "01.txt").write_text("from shared", encoding="utf-8")
    (gold_root / "heldout" / "texts").mkdir(parents=True)
    (gold_root / "heldout" / "texts" / "h01.txt").write_text("from gold", encoding="utf-8")
    (gold_dir / "corpus").mkdir(parents=True)
    (gold_dir / "corpus" / "01.txt").write_text("wrong: next to the gold files", encoding="utf-8")
    _write_gold(gold_dir / "a.json", {"path": "corpus/01.txt", "published": None})
    _write_gold(gold_dir / "b.json", {"path": "heldout/texts/h01.txt", "root": "gold", "published": "2024-01-22"})
    docs = {d.name: d for d in ev.load_gold(gold_dir, shared, gold_root=gold_root)}
    assert docs["a"].text == "from shared"            # no root: relative to the shared dir, as before
    assert docs["b"].text == "from gold"              # root "gold": relative to tests/gold, not to --gold
    assert docs["b"].path == "heldout/texts/h01.txt" and docs["b"].published == date(2024, 1, 22)


def test_load_gold_root_gold_defaults_to_the_repository_gold_dir(tmp_path):
    _write_gold(tmp_path / "gold" / "h.json", {"path": "heldout/texts/h01.txt", "root": "gold", "published": None})
    (doc,) = ev.load_gold(tmp_path / "gold", tmp_path / "no-shared-needed")
    assert ev.DEFAULT_GOLD_DIR == GOLD_DIR
    assert doc.text == (GOLD_DIR / "heldout" / "texts" / "h01.txt").read_text(encoding="utf-8")


def test_load_gold_rejects_an_unknown_source_root(tmp_path):
    _write_gold(tmp_path / "x.json", {"path": "corpus/01.txt", "root": "elsewhere", "published": None})
    with pytest.raises(ev.GoldDataError, match="unknown source root"):
        ev.load_gold(tmp_path, tmp_path, gold_root=tmp_path)


def test_load_gold_reads_only_the_top_level_of_the_gold_dir(tmp_path):
    (tmp_path / "t.txt").write_text("t", encoding="utf-8")
    _write_gold(tmp_path / "top.json", {"path": "t.txt", "published": None})
    _write_gold(tmp_path / "heldout" / "nested.json", {"path": "t.txt", "published": None})
    assert [d.name for d in ev.load_gold(tmp_path, tmp_path)] == ["top"]
    # and the real main set does not pick up the held-out files
    assert HELDOUT_FILES and not {p.stem for p in HELDOUT_FILES} & {p.stem for p in GOLD_FILES}


def test_heldout_set_has_14_notices_read_from_tests_gold(tmp_path):
    docs = ev.load_gold(HELDOUT_DIR, tmp_path / "no-shared-needed")
    assert [d.name for d in docs] == [f"h{i:02d}" for i in range(1, 15)]
    for doc in docs:
        assert doc.path == f"heldout/texts/{doc.name}.txt"
        assert 400 <= len(doc.text) <= 2500, (doc.name, len(doc.text))


@pytest.mark.parametrize("gold_file", HELDOUT_FILES, ids=lambda p: p.stem)
def test_heldout_gold_file_follows_the_contract_and_its_spans_hold(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    assert set(gold) == {"source", "document", "projects", "awards", "targets"}
    assert gold["source"] == {"path": f"heldout/texts/{gold_file.stem}.txt", "root": "gold",
                              "published": gold["source"]["published"]}
    assert date.fromisoformat(gold["source"]["published"])
    assert set(gold["document"]) == {"url", "title", "published"}
    assert gold["document"]["published"] == gold["source"]["published"]
    _assert_facts_follow_the_contract(gold)
    text = (GOLD_DIR / gold["source"]["path"]).read_text(encoding="utf-8")
    for fact_type in ev.FACT_TYPES:
        for fact in gold[fact_type]:
            start, end = fact["span"]
            assert text[start:end] == fact["evidence"], (gold_file.stem, fact_type, fact["span"])


@pytest.fixture(scope="module")
def loaded_gold():
    if not SHARED.is_dir():
        pytest.skip(f"shared texts not available at {SHARED}")
    return ev.load_gold(GOLD_DIR, SHARED)


def test_gold_spans_point_at_the_evidence_in_the_body_text(loaded_gold):
    for doc in loaded_gold:
        for fact_type in ev.FACT_TYPES:
            for fact in doc.expected[fact_type]:
                start, end = fact["span"]
                assert doc.text[start:end] == fact["evidence"], (doc.name, fact_type, fact["span"])


def test_gold_published_dates_follow_the_manifest(loaded_gold):
    with open(SHARED / "corpus" / "MANIFEST.tsv", encoding="utf-8") as handle:
        manifest = {row["file"]: row["published"] for row in csv.DictReader(handle, delimiter="\t")}
    for doc in loaded_gold:
        if doc.path.startswith("corpus/"):
            listed = manifest[doc.path.removeprefix("corpus/")]
            assert doc.published == (None if listed == "unknown" else date.fromisoformat(listed)), doc.name


def test_anchor_body_starts_after_the_metadata_rows(loaded_gold):
    anchor = next(d for d in loaded_gold if d.name == "anchor")
    assert anchor.text.startswith("今天上午")
    assert anchor.published == date(2024, 2, 27)


def test_anchor_gold_has_the_facts_the_contract_names(loaded_gold):
    anchor = next(d for d in loaded_gold if d.name == "anchor").expected
    fld = next(p for p in anchor["projects"] if p["name"] == "富乐德半导体产业项目")
    assert (fld["investment_cny"], fld["land_mu"], fld["annual_output_cny"]) == (12e9, 400, 2.2e9)
    assert fld["phases"] == [{"name": "首期", "investment_cny": 8.5e9, "land_mu": 224}]
    assert fld["dates"]["started"] == "2023-06" and fld["dates"]["completed"] == "2024-08"
    assert fld["capacity"] == "年产360万片12英寸抛光片"
    awards = {(a["award"], a["grade"]): a for a in anchor["awards"]}
    assert awards[("全国颠覆性技术创新大赛", "最高奖")]["recipient"] == "浙江珏芯微电子有限公司"
    assert ("浙江省改革突破奖", "铜奖") in awards
    targets = {t["indicator"]: t for t in anchor["targets"]}
    assert (targets["半导体全链条产业产值"]["value"], targets["半导体全链条产业产值"]["commitment"]) == (50, "aspirational")
    assert (targets["招商到位资金"]["value"], targets["招商到位资金"]["qualifier"]) == (25.8e9, "at_least")
    assert targets["招商到位资金"]["commitment"] == "hard"
    assert (targets["省级企业创新平台"]["value"], targets["省级企业创新平台"]["qualifier"]) == (40, "at_least")
    assert all(t["target_year"] == 2024 for t in anchor["targets"])


def test_cli_scores_a_perfect_extractor_at_one(loaded_gold, monkeypatch, capsys):
    by_text = {doc.text: doc.expected for doc in loaded_gold}

    class Extraction:
        def __init__(self, text):
            self.text = text

        def to_contract(self):
            return copy.deepcopy(by_text[self.text])

    def extract_document(text, published=None):
        return Extraction(text)

    monkeypatch.setattr("warehouse.extract.extract_document", extract_document, raising=False)
    assert ev.main(["evaluate", "--json", "--shared", str(SHARED), "--gold", str(GOLD_DIR)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {t: c["f1"] for t, c in report["totals"].items()} == {"projects": 1.0, "awards": 1.0, "targets": 1.0}
    assert len(report["documents"]) == len(GOLD_FILES)


# ---- the real-text gold (tests/gold/real: corpus2, frozen dev / held-out split)

REAL_DIR = GOLD_DIR / "real"


def _split() -> dict[str, str]:
    with open(REAL_DIR / "SPLIT.tsv", encoding="utf-8") as handle:
        return {row["file"]: row["split"] for row in csv.DictReader(handle, delimiter="\t")}


def test_real_gold_has_one_file_per_text_in_its_frozen_split():
    split = _split()
    moved = re.findall(r"^\| (\d{3}) \|", (REAL_DIR / "MOVED.md").read_text(encoding="utf-8"), re.M)
    assert len(split) == 75 and sum(v == "heldout" for v in split.values()) + len(moved) == 40
    assert all(split[f"{name}.txt"] == "dev" for name in moved)
    for name, where in split.items():
        files = [p for p in (REAL_DIR / "dev", REAL_DIR / "heldout") if (p / f"c2-{name[:3]}.json").exists()]
        assert files == [REAL_DIR / where], (name, files)


@pytest.mark.parametrize("gold_file", sorted(REAL_DIR.glob("*/c2-*.json")), ids=lambda p: p.stem)
def test_real_gold_file_follows_the_contract_and_its_spans_hold(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    assert set(gold) == {"source", "document", "projects", "awards", "targets"}
    assert gold["source"]["path"] == f"corpus2/{gold_file.stem[3:]}.txt"
    _assert_facts_follow_the_contract(gold)
    if not SHARED.is_dir():
        pytest.skip(f"shared texts not available at {SHARED}")
    text = (SHARED / gold["source"]["path"]).read_text(encoding="utf-8")
    assert text.splitlines()[0].strip() == gold["document"]["url"]
    for fact_type in ev.FACT_TYPES:
        for fact in gold[fact_type]:
            start, end = fact["span"]
            assert text[start:end] == fact["evidence"], (gold_file.stem, fact_type, fact["span"])


def test_real_texts_are_the_ones_the_split_was_frozen_on():
    if not SHARED.is_dir():
        pytest.skip(f"shared texts not available at {SHARED}")
    import hashlib

    for sums in ("DEV.SHA256SUMS", "HELDOUT.SHA256SUMS"):
        for line in (REAL_DIR / sums).read_text(encoding="utf-8").splitlines():
            digest, path = line.split()
            assert hashlib.sha256((SHARED / path).read_bytes()).hexdigest() == digest, path


# ---- intervals: documents drawn again with replacement, and a paired difference against an earlier report

def _report_of(per_doc: list[tuple[int, int, int]]) -> ev.Report:
    """A report whose awards have these (tp, fp, fn) per document; projects and targets perfect and empty."""
    docs = [ev.DocResult(f"d{i}", f"corpus/d{i}.txt", {"projects": ev.Counts(), "awards": ev.Counts(*c),
                                                        "targets": ev.Counts()}, {}, {}, [])
            for i, c in enumerate(per_doc)]
    totals = {t: ev.Counts() for t in ev.FACT_TYPES}
    for d in docs:
        for t in ev.FACT_TYPES:
            totals[t].add(d.counts[t])
    return ev.Report(totals, {}, docs)


def test_intervals_hold_the_figure_and_are_the_same_for_the_same_seed():
    report = _report_of([(9, 1, 0), (0, 0, 10), (5, 0, 5), (3, 3, 0), (8, 0, 2), (1, 1, 1)])
    found = ev.intervals(report, draws=500, seed=3)
    low, high = found["awards"]["f1"]
    assert low < report.totals["awards"].f1 < high and 0.0 <= low and high <= 1.0
    assert found == ev.intervals(report, draws=500, seed=3)


def test_a_figure_every_document_agrees_on_has_no_width():
    found = ev.intervals(_report_of([(4, 0, 0), (2, 0, 0), (7, 0, 0)]), draws=200)
    assert found["awards"]["f1"] == (1.0, 1.0) and found["awards"]["precision"] == (1.0, 1.0)


def test_one_document_that_holds_most_facts_widens_the_interval():
    even = ev.intervals(_report_of([(5, 0, 5)] * 10), draws=400)["awards"]["recall"]
    lumped = ev.intervals(_report_of([(0, 0, 45)] + [(5, 0, 0)] * 9), draws=400)["awards"]["recall"]
    assert even == (0.5, 0.5) and lumped[1] - lumped[0] > 0.3


def test_paired_difference_is_zero_for_the_same_report_and_signed_for_a_change():
    before = _report_of([(5, 0, 5), (2, 2, 0), (0, 0, 3), (4, 1, 1)])
    same = ev.paired_difference(before, before.to_dict(), draws=300)["awards"]
    assert same["difference"] == 0 and same["interval"] == (0, 0)
    better = ev.paired_difference(_report_of([(10, 0, 0), (2, 0, 0), (3, 0, 0), (5, 0, 0)]), before.to_dict(),
                                  draws=300)["awards"]
    assert better["difference"] > 0 and better["interval"][0] > 0 and better["documents"] == 4
    assert "better" in ev.format_difference({"awards": better}, 300)


def test_paired_difference_needs_documents_in_common():
    with pytest.raises(ev.GoldDataError):
        ev.paired_difference(_report_of([(1, 0, 0)]), {"documents": [{"name": "other", "counts": {}}]})


def test_cli_prints_intervals_after_the_totals_and_in_json(loaded_gold, monkeypatch, capsys, tmp_path):
    by_text = {doc.text: doc.expected for doc in loaded_gold}

    class Extraction:
        def __init__(self, text):
            self.text = text

        def to_contract(self):
            return copy.deepcopy(by_text[self.text])

    monkeypatch.setattr("warehouse.extract.extract_document", lambda text, published=None: Extraction(text),
                        raising=False)
    args = ["evaluate", "--shared", str(SHARED), "--gold", str(GOLD_DIR)]
    assert ev.main([*args, "--json", "--intervals", "50"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["intervals"]["by_type"]["awards"]["f1"] == [1.0, 1.0] and data["intervals"]["draws"] == 50
    earlier = tmp_path / "earlier.json"
    earlier.write_text(json.dumps(data), encoding="utf-8")
    assert ev.main([*args, "--against", str(earlier)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("type") and lines[3].startswith("targets") and lines[5].startswith("95% intervals")
    assert any("within chance" in line for line in lines)
