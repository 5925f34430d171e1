"""Score an extractor against the hand-made gold facts in tests/gold/.

Matching rules are fixed in tests/gold/MATCHING.md; this module implements them and nothing else.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

FACT_TYPES = ("projects", "awards", "targets")
SCORED_FIELDS = {
    "projects": ("investment_cny", "land_mu", "floor_area_m2", "annual_output_cny", "stage", "capacity", "location"),
    "awards": ("grade", "recipient", "level", "date"),
    "targets": ("value", "value_high", "unit", "qualifier", "commitment", "target_year", "metric"),
}
NUMERIC_FIELDS = {"investment_cny", "land_mu", "floor_area_m2", "annual_output_cny", "value", "value_high", "target_year"}
FREE_TEXT_FIELDS = {"capacity", "location", "recipient"}
NAME_MIN_LEN = 4        # project and award names
SHORT_MIN_LEN = 2       # recipients, indicators, free-text fields
DICE_THRESHOLD = 0.6
VALUE_TOLERANCE = 1e-6  # relative, for target values in the match
FIELD_TOLERANCE = 1e-9  # relative, for numeric field accuracy
HANWEB_METADATA_KEYS = ("索引号", "组配分类", "成文日期")
_STRIPPED = set("“”‘’\"'《》「」『』〈〉")
REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD_DIR = REPO_ROOT / "tests" / "gold"
GOLD_ROOT = "gold"  # source["root"] value: the path is relative to DEFAULT_GOLD_DIR, not the shared dir

class GoldDataError(ValueError):
    """A gold file is unreadable or points at a missing source text."""


@dataclass
class GoldDoc:
    name: str                 # gold file stem, e.g. "corpus-05"
    path: str                 # source text, relative to the shared dir (or to tests/gold with root "gold")
    text: str                 # body text the spans refer to
    published: date | None
    expected: dict[str, list[dict]]
    document: dict = field(default_factory=dict)


def body_text(source_path: str, raw: str) -> str:
    """Saved seed pages start with Hanweb metadata rows; the body begins after them."""
    if not source_path.startswith("seed/"):
        return raw
    lines = raw.split("\n")
    while lines and lines[0].startswith(HANWEB_METADATA_KEYS):
        lines.pop(0)
    return "\n".join(lines)


def source_root(source: dict, shared_dir: Path, gold_root: Path) -> Path:
    """The directory a gold file's source path is relative to: the shared dir, or tests/gold for root "gold"."""
    root = source.get("root")
    if root is None:
        return Path(shared_dir)
    if root == GOLD_ROOT:
        return Path(gold_root)
    raise ValueError(f"unknown source root {root!r} (expected {GOLD_ROOT!r} or none)")


def load_gold(gold_dir: Path, shared_dir: Path, gold_root: Path = DEFAULT_GOLD_DIR) -> list[GoldDoc]:
    """Read the *.json files directly in gold_dir (not its subdirectories).

    A source with "root": "gold" is read relative to gold_root (tests/gold, whichever --gold dir is scored);
    any other source is read relative to shared_dir.
    """
    docs = []
    for gold_file in sorted(Path(gold_dir).glob("*.json")):
        try:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            source = gold["source"]
            raw = (source_root(source, shared_dir, gold_root) / source["path"]).read_text(encoding="utf-8")
            published = date.fromisoformat(source["published"]) if source.get("published") else None
        except (OSError, KeyError, TypeError, ValueError) as exc:
            raise GoldDataError(f"{gold_file}: {exc}") from exc
        docs.append(GoldDoc(
            name=gold_file.stem, path=source["path"], text=body_text(source["path"], raw), published=published,
            expected={t: list(gold.get(t) or []) for t in FACT_TYPES}, document=gold.get("document") or {}))
    return docs


def normalise(value) -> str:
    """No pinyin glosses, NFKC, lower case, traditional → simplified (OpenCC t2s), no quotes or whitespace
    (MATCHING.md)."""
    from warehouse.extract.script import GLOSS  # the extractor's own reading of a gloss: one rule for both

    text = unicodedata.normalize("NFKC", GLOSS.sub("", value)).lower() if isinstance(value, str) else ""
    text = _t2s(text)
    return "".join(ch for ch in text if ch not in _STRIPPED and not ch.isspace())


def _t2s(text: str) -> str:
    global _CONVERTER
    if _CONVERTER is None:
        import opencc

        _CONVERTER = opencc.OpenCC("t2s")
    return _CONVERTER.convert(text)


_CONVERTER = None
_PREFIXES = (("万亿", 1e12), ("千万", 1e7), ("百万", 1e6), ("万", 1e4), ("亿", 1e8))  # longest first


def base_quantity(value, unit) -> tuple[float, str] | None:
    """(value, unit) with a 万/亿 prefix multiplied out: 715 亿斤 → (71500000000, 斤); None without a number."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    unit = normalise(unit) if isinstance(unit, str) else ""
    for prefix, factor in _PREFIXES:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return value * factor, unit[len(prefix):]
    return float(value), unit


def values_match(gold: dict, pred: dict) -> bool:
    """Target values equal as quantities, or both null (a target with no number)."""
    g, p = gold.get("value"), pred.get("value")
    if g is None or p is None:
        return g is None and p is None
    gq, pq = base_quantity(g, gold.get("unit")), base_quantity(p, pred.get("unit"))
    return gq is not None and pq is not None and numbers_equal(gq[0], pq[0], VALUE_TOLERANCE)


def containment_score(a, b, min_len: int) -> float:
    a, b = normalise(a), normalise(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) / len(longer) if len(shorter) >= min_len and shorter in longer else 0.0


def bigram_dice(a, b) -> float:
    a, b = normalise(a), normalise(b)
    grams_a = Counter(a[i:i + 2] for i in range(len(a) - 1))
    grams_b = Counter(b[i:i + 2] for i in range(len(b) - 1))
    total = sum(grams_a.values()) + sum(grams_b.values())
    return 2 * sum((grams_a & grams_b).values()) / total if total else 0.0


def numbers_equal(a, b, tolerance: float) -> bool:
    if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (a, b)):
        return False
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def pair_score(fact_type: str, gold: dict, pred: dict) -> float:
    """How well a prediction matches a gold fact; 0.0 means it does not match."""
    if fact_type == "projects":
        return containment_score(gold.get("name"), pred.get("name"), NAME_MIN_LEN)
    if fact_type == "awards":
        award = containment_score(gold.get("award"), pred.get("award"), NAME_MIN_LEN)
        g_rec, p_rec = gold.get("recipient"), pred.get("recipient")
        both_null = g_rec is None and p_rec is None
        recipient = 1.0 if both_null else containment_score(g_rec, p_rec, SHORT_MIN_LEN)
        return (award + recipient) / 2 if award and recipient else 0.0
    if not values_match(gold, pred):
        return 0.0
    indicator = containment_score(gold.get("indicator"), pred.get("indicator"), SHORT_MIN_LEN)
    dice = bigram_dice(gold.get("indicator"), pred.get("indicator"))
    return max(indicator, dice if dice >= DICE_THRESHOLD else 0.0)


def match_facts(fact_type: str, gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """One-to-one greedy matching, best score first; returns (gold index, prediction index) pairs."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            score = pair_score(fact_type, g, p) if isinstance(p, dict) else 0.0
            if score > 0:
                candidates.append((-score, gi, pi))
    used_gold, used_pred, pairs = set(), set(), []
    for _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def field_correct(name: str, gold_value, pred_value) -> bool:
    if gold_value is None or pred_value is None:
        return gold_value is None and pred_value is None
    if name in NUMERIC_FIELDS:
        return numbers_equal(gold_value, pred_value, FIELD_TOLERANCE)
    if name in FREE_TEXT_FIELDS:
        return containment_score(gold_value, pred_value, SHORT_MIN_LEN) > 0
    return normalise(str(gold_value)) == normalise(str(pred_value))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class FieldTally:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class DocResult:
    name: str
    path: str
    counts: dict[str, Counts]
    missed: dict[str, list[dict]]
    spurious: dict[str, list[dict]]
    field_errors: list[dict]
    error: str | None = None


@dataclass
class Report:
    totals: dict[str, Counts]
    fields: dict[str, dict[str, FieldTally]]
    documents: list[DocResult]

    def to_dict(self) -> dict:
        return {
            "totals": {t: c.to_dict() for t, c in self.totals.items()},
            "fields": {t: {f: {"correct": v.correct, "total": v.total, "accuracy": v.accuracy}
                           for f, v in fs.items()} for t, fs in self.fields.items()},
            "documents": [{"name": d.name, "path": d.path, "error": d.error,
                           "counts": {t: c.to_dict() for t, c in d.counts.items()},
                           "missed": d.missed, "spurious": d.spurious, "field_errors": d.field_errors}
                          for d in self.documents],
        }


def fact_label(fact_type: str, fact: dict) -> str:
    if not isinstance(fact, dict):
        return repr(fact)
    if fact_type == "projects":
        return str(fact.get("name"))
    if fact_type == "awards":
        grade = f" {fact['grade']}" if fact.get("grade") else ""
        return f"{fact.get('award')}{grade} → {fact.get('recipient')}"
    return f"{fact.get('indicator')} = {fact.get('value')} {fact.get('unit')}"


def evaluate(docs: list[GoldDoc], predict: Callable[[str, date | None], dict]) -> Report:
    totals = {t: Counts() for t in FACT_TYPES}
    fields = {t: {f: FieldTally() for f in SCORED_FIELDS[t]} for t in FACT_TYPES}
    results = []
    for doc in docs:
        error = None
        try:
            prediction = predict(doc.text, doc.published)
            if not isinstance(prediction, dict):
                raise TypeError(f"predictor returned {type(prediction).__name__}, not a dict")
        except Exception as exc:  # one failing document must not hide the scores of the others
            error, prediction = f"{type(exc).__name__}: {exc}", {}
        result = DocResult(doc.name, doc.path, {}, {}, {}, [], error)
        for fact_type in FACT_TYPES:
            gold, predicted = doc.expected[fact_type], list(prediction.get(fact_type) or [])
            pairs = match_facts(fact_type, gold, predicted)
            matched_gold, matched_pred = {g for g, _ in pairs}, {p for _, p in pairs}
            counts = Counts(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))
            result.counts[fact_type] = counts
            totals[fact_type].add(counts)
            result.missed[fact_type] = [gold[i] for i in range(len(gold)) if i not in matched_gold]
            result.spurious[fact_type] = [predicted[i] for i in range(len(predicted)) if i not in matched_pred]
            for gi, pi in pairs:
                for name in SCORED_FIELDS[fact_type]:
                    gold_value, pred_value = gold[gi].get(name), predicted[pi].get(name)
                    ok = field_correct(name, gold_value, pred_value)
                    fields[fact_type][name].total += 1
                    fields[fact_type][name].correct += ok
                    if not ok:
                        result.field_errors.append({"type": fact_type, "fact": fact_label(fact_type, gold[gi]),
                                                    "field": name, "gold": gold_value, "predicted": pred_value})
        results.append(result)
    return Report(totals, fields, results)


# ---- how far a figure can be trusted: documents drawn again with replacement (a document bootstrap)

INTERVAL_LEVEL = 0.95


def _doc_counts(documents) -> list[dict[str, tuple[int, int, int]]]:
    """Per document, (tp, fp, fn) per fact type, from a Report's documents or a report's JSON documents."""
    out = []
    for d in documents:
        counts = d.counts if isinstance(d, DocResult) else d["counts"]
        out.append({t: (c.tp, c.fp, c.fn) if isinstance(c, Counts) else (c["tp"], c["fp"], c["fn"])
                    for t, c in counts.items()})
    return out


def _scores(rows: list[dict[str, tuple[int, int, int]]], picks: list[int], fact_type: str) -> tuple[float, ...]:
    c = Counts()
    for i in picks:
        c.add(Counts(*rows[i][fact_type]))
    return c.precision, c.recall, c.f1


def _percentiles(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    low = (1 - INTERVAL_LEVEL) / 2
    at = lambda q: values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]  # noqa: E731
    return at(low), at(1 - low)


def intervals(report: Report, draws: int = 2000, seed: int = 0) -> dict[str, dict[str, tuple[float, float]]]:
    """95% intervals of precision, recall and F1 per fact type: the documents are drawn again with replacement
    `draws` times and the micro-averaged figures recomputed. Facts come in documents (a roster gives thirty awards
    or none), so documents, not facts, are what is drawn; a set of 28 notices moves F1 by ±0.1 this way."""
    import random

    rows, rng = _doc_counts(report.documents), random.Random(seed)
    samples = [[rng.randrange(len(rows)) for _ in rows] for _ in range(draws)] if rows else []
    out = {}
    for t in FACT_TYPES:
        drawn = [_scores(rows, picks, t) for picks in samples]
        out[t] = {name: _percentiles([d[k] for d in drawn]) if drawn else (0.0, 0.0)
                  for k, name in enumerate(("precision", "recall", "f1"))}
    return out


def paired_difference(report: Report, earlier: dict, draws: int = 2000, seed: int = 0) -> dict[str, dict]:
    """This report's F1 minus an earlier report's (its --json output) on the same documents, with a 95% interval
    from the same draws of documents for both: a change whose interval holds 0 is within what chance gives."""
    import random

    now = {d.name: row for d, row in zip(report.documents, _doc_counts(report.documents), strict=True)}
    before = {d["name"]: row for d, row in zip(earlier["documents"], _doc_counts(earlier["documents"]), strict=True)}
    names = sorted(set(now) & set(before))
    if not names:
        raise GoldDataError("the earlier report shares no document with this one")
    a, b = [now[n] for n in names], [before[n] for n in names]
    rng = random.Random(seed)
    samples = [[rng.randrange(len(names)) for _ in names] for _ in range(draws)]
    every = list(range(len(names)))
    out = {}
    for t in FACT_TYPES:
        diffs = [_scores(a, picks, t)[2] - _scores(b, picks, t)[2] for picks in samples]
        f1_now, f1_before = _scores(a, every, t)[2], _scores(b, every, t)[2]
        out[t] = {"documents": len(names), "f1_now": round(f1_now, 4), "f1_before": round(f1_before, 4),
                  "difference": round(f1_now - f1_before, 4),
                  "interval": tuple(round(v, 4) for v in _percentiles(diffs))}
    return out


def format_intervals(found: dict, draws: int) -> str:
    lines = [f"{INTERVAL_LEVEL:.0%} intervals (documents drawn again with replacement, {draws} draws)"]
    for t, figures in found.items():
        lines.append(f"  {t:<10}" + "  ".join(f"{name} {lo:.3f}–{hi:.3f}" for name, (lo, hi) in figures.items()))
    return "\n".join(lines)


def format_difference(found: dict, draws: int) -> str:
    lines = [f"F1 against the earlier report, same documents ({INTERVAL_LEVEL:.0%} interval of the difference, "
             f"{draws} paired draws)"]
    for t, f in found.items():
        lo, hi = f["interval"]
        verdict = "within chance" if lo <= 0 <= hi else ("better" if lo > 0 else "worse")
        lines.append(f"  {t:<10}{f['f1_before']:.3f} → {f['f1_now']:.3f}  ({f['difference']:+.3f}, "
                     f"{lo:+.3f} to {hi:+.3f}: {verdict}) on {f['documents']} documents")
    return "\n".join(lines)


def format_report(report: Report) -> str:
    lines = [f"{'type':<10}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}{'F1':>7}"]
    for t, c in report.totals.items():
        lines.append(f"{t:<10}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.precision:>11.3f}{c.recall:>8.3f}{c.f1:>7.3f}")
    lines += ["", "field accuracy over matched pairs"]
    for t, fs in report.fields.items():
        for f, tally in fs.items():
            acc = "   n/a" if tally.accuracy is None else f"{tally.accuracy:6.1%}"
            lines.append(f"  {t + '.' + f:<28}{tally.correct:>4}/{tally.total:<4}{acc}")
    lines += ["", "per document (TP/FP/FN for projects | awards | targets)"]
    for d in report.documents:
        cells = " | ".join(f"{c.tp}/{c.fp}/{c.fn}" for c in d.counts.values())
        lines.append(f"{d.name:<12} {cells}   {d.path}")
        if d.error:
            lines.append(f"    ERROR {d.error}")
        for t in FACT_TYPES:
            lines += [f"    missed   {t[:-1]:<8} {fact_label(t, f)}" for f in d.missed[t]]
            lines += [f"    spurious {t[:-1]:<8} {fact_label(t, f)}" for f in d.spurious[t]]
        lines += [f"    field    {e['type'][:-1]:<8} {e['fact']}: {e['field']} gold={e['gold']!r} "
                  f"predicted={e['predicted']!r}" for e in d.field_errors]
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD_DIR, help="gold JSON directory")
    parser.add_argument("--shared", type=Path, default=None,
                        help="shared directory with seed/ and corpus/ (default: $GOVWATCH_SHARED or <repo>/../shared)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--intervals", type=int, metavar="DRAWS", default=0,
                        help="add 95%% intervals of precision, recall and F1 (a bootstrap over documents)")
    parser.add_argument("--against", type=Path, metavar="REPORT_JSON",
                        help="compare F1 with an earlier --json report of the same gold, with a paired interval")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["evaluate"]:
        argv = argv[1:]
    parser = add_arguments(argparse.ArgumentParser(prog="govwatch evaluate",
                                                   description="Score the extractor against tests/gold."))
    return run(parser.parse_args(argv))


def run(args: argparse.Namespace) -> int:
    shared = args.shared or Path(os.environ.get("GOVWATCH_SHARED") or REPO_ROOT.parent / "shared")
    if not shared.is_dir():
        print(f"govwatch evaluate: shared directory not found: {shared} "
              "(pass --shared DIR or set GOVWATCH_SHARED)", file=sys.stderr)
        return 2
    try:
        docs = load_gold(args.gold, shared)
    except GoldDataError as exc:
        print(f"govwatch evaluate: bad gold data: {exc}", file=sys.stderr)
        return 2
    if not docs:
        print(f"govwatch evaluate: no gold files (*.json) in {args.gold}", file=sys.stderr)
        return 2
    try:  # imported here: the extractor is optional for the rest of this module
        from warehouse.extract import extract_document
    except ImportError as exc:
        print(f"govwatch evaluate: cannot import the extractor: {exc}", file=sys.stderr)
        return 2

    def predict(text: str, published: date | None) -> dict:
        return extract_document(text, published=published).to_contract()

    report = evaluate(docs, predict)
    draws = getattr(args, "intervals", 0) or (2000 if getattr(args, "against", None) else 0)
    found = intervals(report, draws) if draws else None
    try:
        earlier = json.loads(args.against.read_text(encoding="utf-8")) if getattr(args, "against", None) else None
        difference = paired_difference(report, earlier, draws) if earlier is not None else None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"govwatch evaluate: cannot compare with {args.against}: {exc}", file=sys.stderr)
        return 2
    if args.json:
        data = report.to_dict()
        if found:
            data["intervals"] = {"level": INTERVAL_LEVEL, "draws": draws, "by_type": found}
        if difference:
            data["against"] = {"report": str(args.against), "draws": draws, "by_type": difference}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    text = format_report(report)
    if found or difference:  # after the totals (the first four lines stay the totals)
        head, _, rest = text.partition("\n\n")
        extra = [format_intervals(found, draws)] + ([format_difference(difference, draws)] if difference else [])
        text = "\n\n".join([head, *extra, rest])
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
