"""One notice in, one Extraction out: sentences, their context, then each kind of fact."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from .awards import Award, awards_in
from .dates import date_from_url
from .outcomes import Outcome, outcomes_in
from .projects.tables import has_table, table_lines
from .projects import Project, projects_in
from .sections import contexts
from .script import restore, to_simplified
from .sentences import split_sentences
from .targets import Target, carry, goal_table_targets, headline_restated, targets_in

EXTRACTOR_VERSION = "2026.12.37"


@dataclass
class Extraction:
    """Everything read from one notice. `document` holds url, title and published (YYYY-MM-DD or None)."""

    document: dict
    projects: list[Project] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)

    def to_contract(self) -> dict:
        """The contract's JSON object (design/extraction-contract.md); outcomes are not part of it."""
        return {
            "document": dict(self.document),
            "projects": [p.to_contract() for p in self.projects],
            "awards": [a.to_contract() for a in self.awards],
            "targets": [t.to_contract() for t in self.targets],
            "extractor_version": EXTRACTOR_VERSION,
        }


def extract_document(body: str, *, published: dt.date | None = None, url: str | None = None,
                     title: str | None = None) -> Extraction:
    """Extract projects, awards, targets and outcomes from the body text of one notice.

    Relative dates (去年, 今年8月, 明年) resolve against `published`, else a date in `url`;
    without either they stay unresolved (null)."""
    if isinstance(published, dt.datetime):
        published = published.date()
    written, kept = body, None
    if _UNSEEN.search(body):
        body, kept = _seen(body)
    original, body = body, to_simplified(body)
    extraction = _extract(body, published, url, title)
    if body is not original:
        for kind in ("projects", "awards", "targets", "outcomes"):
            setattr(extraction, kind, [restore(f, body, original) for f in getattr(extraction, kind)])
    if kept is not None:
        for kind in ("projects", "awards", "targets", "outcomes"):
            setattr(extraction, kind, [_as_written(f, written, kept) for f in getattr(extraction, kind)])
    return extraction


# Characters no reader sees: zero-width and direction marks, soft hyphens, byte-order marks (1\u200b20亿元 is 120亿元,
# 浙江珏芯\u200d微电子有限公司 one name) and control characters (a NUL or a form feed ends what it sits between, as a
# line break does). Unread, a zero-width space cut a figure in two (增长1\u200d0% read as 0%) and control characters
# ran unrelated pieces into names (\x00力争增长5%\x0e项目).
_INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
_UNSEEN = re.compile(f"[{_INVISIBLE}{_CONTROL}]")
_INVISIBLE_RE, _CONTROL_RE = re.compile(f"[{_INVISIBLE}]+"), re.compile(f"[{_CONTROL}]")


def _seen(body: str) -> tuple[str, list[int]]:
    """The body as a reader sees it (invisible characters left out, control characters as line breaks), and for each
    of its characters its offset in the body."""
    body = _CONTROL_RE.sub("\n", body)
    kept: list[int] = []
    last = 0
    for m in _INVISIBLE_RE.finditer(body):
        kept.extend(range(last, m.start()))
        last = m.end()
    kept.extend(range(last, len(body)))
    return _INVISIBLE_RE.sub("", body), kept


def _as_written(fact, written: str, kept: list[int]):
    """A fact read from the seen text, its span and evidence in the body as written (the evidence keeps the
    invisible characters inside it; names and figures are as read)."""
    start, end = fact.span
    if end > start:
        start, end = kept[start], kept[end - 1] + 1
    else:
        start = end = kept[start] if start < len(kept) else len(written)
    return replace(fact, span=(start, end), evidence=written[start:end])


# names of the economy's growth, one indicator however a notice words it (经济增长预期目标为5%左右 restates GDP)
_GDP = re.compile(r"^(?:全[省市县区]|全国|我[省市县区])?(?:(?:地区|国内)?生产总值|gdp|经济|经济增长|经济增速|地区生产总值增速)"
                  r"(?:[(（]gdp[)）])?(?:增长|增速)?$", re.I)


def _indicator_key(indicator: str) -> str:
    """One key for one indicator however it is abbreviated (规上工业营收 = 规模以上工业营业收入)."""
    if _GDP.match(indicator):
        return "gdp"
    return indicator.replace("规上", "规模以上").replace("营收", "营业收入")


def _first_statements(targets: list[Target]) -> list[Target]:
    """A target a notice states twice (the summary, then the body) is one target: the first statement. A headline
    that drops the qualifier (今年GDP预期增长5% over …国内生产总值增长5%左右) states the same target: the statement
    with the qualifier stands, with the commitment either one names."""
    seen: dict[tuple, int] = {}
    out: list[Target] = []
    for t in targets:
        key = (_indicator_key(t.indicator), t.value, t.unit, t.target_year)
        first = out[seen[key]] if t.value is not None and key in seen else None
        if first is not None and first.span == t.span and first.subject != t.subject:
            first = None  # (杭州市、温州市投资分别增长8%、8%: one sentence, two places, two targets)
        if first is None:
            seen[key] = len(out)
            out.append(t)
        elif first.qualifier == t.qualifier:
            if first.commitment == "unspecified" and t.commitment != "unspecified":  # (a headline, then the report)
                out[seen[key]] = replace(first, commitment=t.commitment)
            continue
        elif "point" in (first.qualifier, t.qualifier):
            kept, other = (t, first) if first.qualifier == "point" else (first, t)
            if kept.commitment == "unspecified":
                kept = replace(kept, commitment=other.commitment)
            out[seen[key]] = kept
        else:
            out.append(t)  # 5%以上 and 5%左右: two statements
    return out


def _extract(body: str, published: dt.date | None, url: str | None, title: str | None) -> Extraction:
    document_date = published or date_from_url(url)
    sentences = split_sentences(body)
    ctxs = contexts(sentences, document_date)
    targets, outcomes = [], []
    in_table = table_lines(body) if has_table(body) else set()
    goal_rows = goal_table_targets(body, document_date) if "目标" in body and ("|" in body or "\t" in body) else {}
    carried = None  # a sentence with no marker of its own goes on as the last one with figures did
    for sentence, ctx in zip(sentences, ctxs):
        if sentence.line in in_table:
            continue  # a row of a project table: what a project has, not a goal or a result
        ctx = replace(ctx, carried=carried) if carried != ctx.carried else ctx  # (most sentences carry nothing new)
        if sentence.line in goal_rows:  # a row of a goals table: its goal column only
            targets.extend(goal_rows[sentence.line])
            goal_rows[sentence.line] = []  # (a row cut in two sentences states its goal once)
            continue
        found, done = targets_in(sentence, ctx, document_date), outcomes_in(sentence, ctx, document_date)
        carried = carry(sentence, ctx, document_date, found, carried)
        targets.extend(found)
        outcomes.extend(done)
    return Extraction(
        document={"url": url, "title": title,
                  "published": document_date.isoformat() if document_date else None},
        projects=projects_in(sentences, ctxs, document_date, body),
        awards=awards_in(sentences, body, document_date),
        targets=_first_statements(headline_restated(targets, body)),
        outcomes=outcomes,
    )
