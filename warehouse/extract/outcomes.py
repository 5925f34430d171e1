"""Outcomes: reported results for a past period (去年规上工业增加值增长11.2%, 新增高企46家).

Not part of the contract JSON; stored so that targets can later be matched with what was achieved.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .dates import THIS_YEAR_WORDS, dates_before
from .measures import find_goal_measures
from .numbers import to_json_number
from .sections import PARTIAL_PERIOD, Context
from .sentences import Sentence
from .targets import classify, found_in, is_project_attribute, subject_before


_NOW = re.compile(r"截至目前|截止目前|截至当前|目前|现有|现拥有|至今")


@dataclass(frozen=True)
class Outcome:
    indicator: str
    metric: str
    value: float
    unit: str
    period_year: int | None
    subject: str | None
    evidence: str
    span: tuple[int, int]

    def to_dict(self) -> dict:
        return {"indicator": self.indicator, "metric": self.metric, "value": self.value, "unit": self.unit,
                "period_year": self.period_year, "subject": self.subject, "evidence": self.evidence,
                "span": list(self.span)}


def period_year(text: str, position: int, ctx: Context, published: dt.date | None) -> int | None:
    """The nearest year named before the result; else the reviewed year of a review section
    (a report early in year Y reviews Y−1); else the document year."""
    dates = dates_before(text, position, published)
    explicit = [d.year for d in dates if not d.relative and d.year]
    if explicit:
        return explicit[-1]  # 2017年全年: the named year, not the 全年 of the document
    mentions = [d for d in dates if d.year is not None]
    named = [d.year for d in mentions if not THIS_YEAR_WORDS.fullmatch(text[d.start:d.end])]
    if named:
        return named[-1]
    if published and found_in(_NOW, text, 0, position):
        return published.year  # 截至目前 / 现有: the state at the notice's date
    reviewed = ctx.line_year or ctx.lead_paragraph_year
    if published and reviewed and reviewed < published.year and ctx.mode != "plan":
        return reviewed  # 全年实现… after 2021年，… (in the paragraph, or the notice's opening)
    if ctx.year is not None:
        return ctx.year
    if not published:
        return mentions[-1].year if mentions else None
    if ctx.mode == "review" and published.month <= 6:
        return published.year - 1  # 全年… under 过去一年成绩
    return mentions[-1].year if mentions else published.year


def outcomes_in(sentence: Sentence, ctx: Context, published: dt.date | None) -> list[Outcome]:
    found = []
    for m in find_goal_measures(sentence.text):
        if classify(sentence, ctx, m, published) != "outcome" or is_project_attribute(sentence, m, project_counts=False):
            continue
        if ctx.partial_period or found_in(PARTIAL_PERIOD, sentence.text, 0, m.start):
            continue  # 1-6月…增长21.6%: progress within a year, not the year's result
        found.append(Outcome(
            indicator=m.indicator, metric=m.metric, value=to_json_number(m.value), unit=m.unit,
            period_year=period_year(sentence.text, m.start, ctx, published),
            subject=m.subject or subject_before(sentence.text, m.segment_start) or ctx.line_subject
            or ctx.lead_paragraph_subject,
            evidence=sentence.text, span=(sentence.start, sentence.end),
        ))
    return found
