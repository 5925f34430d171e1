"""Dates as written (2023年6月, 去年11月, 今年8月, 明年, 年内, 十五五) resolved against the
document date. A relative date without a document date stays unresolved (None), never guessed.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .before import CLAUSE_BREAK, longest_run, matches_before
from .numbers import parse_numeral

_CN_YEAR = "[二〇○零一三四五六七八九]{4}"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_RELATIVE_YEAR = {"前年": -2, "去年": -1, "上年": -1, "今年": 0, "本年": 0, "明年": 1, "后年": 2}

_DATE = re.compile(
    rf"(?:(?P<y>\d{{4}}|{_CN_YEAR})年|(?P<rel>前年|去年|上年|今年|本年|明年|后年))(?:度)?"
    rf"(?:(?P<m>{_MONTH})月(?:份)?(?:(?P<d>{_DAY})[日号])?)?"
    rf"|(?<![\d\-—至到~～])(?P<bm>{_MONTH})月(?:份)?(?:(?P<bd>{_DAY})[日号])?(?![\d\-—至到])(?<!一月(?=一))"
)
_DAY_WORDS = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2}
_DAY_WORD = re.compile("|".join(_DAY_WORDS))
_THIS_YEAR_WORDS = re.compile(r"年内|年底|年末|全年|上半年|下半年|新一年|新的一年|本年度")
THIS_YEAR_WORDS = _THIS_YEAR_WORDS
# 二季度投产 / 明年一季度竣工: a quarter is dated by its year (the contract has no quarter precision)
_QUARTER = re.compile(r"(?<![\d年])(?:第)?[一二三四1-4]季度")
_FIVE_YEAR_PLAN = re.compile(r"“?十([一二三四五六七八九])五”?")
_SPAN_OF_YEARS = re.compile(rf"(?:用|通过|经过|未来|今后)(?P<n>\d+|[一二两三四五六七八九十]+)年(?:时间|左右)?|(?P<n2>\d+|[一二两三四五六七八九十]+)年内")
# most specific first: a full day beats a month folder
_URL_DATES = (
    re.compile(r"/art/(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/"),
    re.compile(r"(?<![a-z])t(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),
    re.compile(r"/(?P<y>\d{4})-?(?P<m>\d{2})/(?:(?P<d>\d{2})/)?"),
)


@dataclass(frozen=True)
class DateMention:
    """A date expression in a text; `value` is YYYY / YYYY-MM / YYYY-MM-DD, or None if unresolvable."""

    start: int
    end: int
    value: str | None
    year: int | None
    relative: bool  # 去年 / 今年 / 明年 or a bare month


def _year(token: str) -> int | None:
    number = parse_numeral(token)
    return int(number) if number is not None and 1900 <= number <= 2100 else None


def _format(year: int | None, month: str | None, day: str | None) -> str | None:
    if year is None:
        return None
    if not month:
        return f"{year:04d}"
    m = int(parse_numeral(month) or 0)
    if not 1 <= m <= 12:
        return f"{year:04d}"
    if not day:
        return f"{year:04d}-{m:02d}"
    d = int(parse_numeral(day) or 0)
    # (2023年2月30日, 4月31日: no such day; the month stands, as for day 0 or 32)
    return f"{year:04d}-{m:02d}-{d:02d}" if 1 <= d <= calendar.monthrange(year, m)[1] else f"{year:04d}-{m:02d}"


def find_dates(text: str, published: dt.date | None, context_year: int | None = None) -> list[DateMention]:
    """Every dated expression in `text`. A bare month (8月), quarter (二季度) or half (下半年) takes
    the year named just before it (去年8月竣工、10月投产; at most one clause back); with a year named
    further back, the document year; with none, `context_year`, else the document year. 年内 /
    全年 are the document year."""
    return list(_find_dates(text, published, context_year))


class _YearEnds:
    """The mentions found so far that carry a year, ordered by where they end (and, on a tie, by when they were
    found): which one ends last before a position is one bisection, not a pass over all of them."""

    def __init__(self):
        self.keys: list[tuple[int, int]] = []
        self.mentions: list[DateMention] = []

    def add(self, d: DateMention) -> None:
        if d.year is not None:
            key = (d.end, len(self.mentions))
            k = bisect.bisect_right(self.keys, key)
            self.keys.insert(k, key)
            self.mentions.insert(k, d)

    def last_before(self, start: int) -> DateMention | None:
        k = bisect.bisect_right(self.keys, (start, len(self.mentions)))
        return self.mentions[k - 1] if k else None


def _inherited_year(text: str, start: int, found: _YearEnds, context_year: int | None,
                    doc_year: int | None) -> int | None:
    """The year of a bare month / quarter / half at `start`: 去年8月竣工、10月投产 and 去年3月签约，7月开工
    take the year named just before (at most one clause back); 2021年至2024年，…，…，11月竣工 takes the
    notice's year."""
    last = found.last_before(start)  # the dated expression ending last before `start` (the later one found, on a tie)
    if last and len(CLAUSE_BREAK.findall(text, last.end, start)) <= 1:
        return last.year
    if last and doc_year:
        return doc_year
    return context_year or doc_year


class _Covered:
    """Whether a position lies inside one of the given mentions, by bisection (a sentence of a thousand dates asks it
    a thousand times)."""

    def __init__(self, mentions: list[DateMention]):
        spans = sorted((d.start, d.end) for d in mentions)
        self.starts = [start for start, _ in spans]
        self.reach: list[int] = []  # the furthest end among the spans starting at or before each one
        for _, end in spans:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def covers(self, position: int) -> bool:
        k = bisect.bisect_right(self.starts, position)
        return k > 0 and self.reach[k - 1] > position


@lru_cache(maxsize=4096)
def _find_dates(text: str, published: dt.date | None, context_year: int | None) -> tuple[DateMention, ...]:
    doc_year = published.year if published else None
    found: list[DateMention] = []
    dated = _YearEnds()  # the same mentions, for the year a bare month takes
    for m in (_DATE.finditer(text) if "年" in text or "月" in text else ()):
        if m["y"]:
            year = _year(m["y"])
            found.append(DateMention(m.start(), m.end(), _format(year, m["m"], m["d"]), year, False))
            dated.add(found[-1])
        elif m["rel"]:
            year = doc_year + _RELATIVE_YEAR[m["rel"]] if doc_year else None
            found.append(DateMention(m.start(), m.end(), _format(year, m["m"], m["d"]), year, True))
            dated.add(found[-1])
        else:
            year = _inherited_year(text, m.start(), dated, context_year, doc_year)
            found.append(DateMention(m.start(), m.end(), _format(year, m["bm"], m["bd"]), year, True))
            dated.add(found[-1])
    for m in (_DAY_WORD.finditer(text) if "天" in text or "日" in text else ()):
        day = published + dt.timedelta(days=_DAY_WORDS[m.group(0)]) if published else None
        found.append(DateMention(m.start(), m.end(), day.isoformat() if day else None,
                                 day.year if day else None, True))
        dated.add(found[-1])
    inside = _Covered(found)  # (the words found below never overlap one another: only those before can hold one)
    year_ending_at = {d.end: d.year for d in found if d.year is not None}  # the last found ending there
    for m in (_THIS_YEAR_WORDS.finditer(text) if "年" in text else ()):
        if not inside.covers(m.start()):
            year = doc_year
            if m.start() in year_ending_at:  # 明年年底, 2025年年底: the year written right before it
                year = year_ending_at[m.start()]
            elif m.group(0) in ("上半年", "下半年"):  # 明年5月竣工，下半年投产
                year = _inherited_year(text, m.start(), dated, context_year, doc_year)
            found.append(DateMention(m.start(), m.end(), _format(year, None, None), year, True))
            dated.add(found[-1])
            if year is not None:
                year_ending_at[m.end()] = year
    for m in (_QUARTER.finditer(text) if "季度" in text else ()):
        year = _inherited_year(text, m.start(), dated, context_year, doc_year)
        found.append(DateMention(m.start(), m.end(), _format(year, None, None), year, True))
        dated.add(found[-1])
    found.sort(key=lambda d: d.start)
    return tuple(found)


def five_year_plan_end(text: str, end: int | None = None) -> int | None:
    """十四五 -> 2025, 十五五 -> 2030 (the 11th plan ended in 2010); of text[:end] if `end` is given."""
    if end is None:
        m = _FIVE_YEAR_PLAN.search(text)
    else:
        m = next(iter(matches_before(_FIVE_YEAR_PLAN, text, end, _REACH)), None)
    if not m:
        return None
    return 1955 + 5 * (10 + int(parse_numeral(m[1])))


# how far a date, a plan or a span of years reads past its start (a span's numeral is as long as the text's longest)
_REACH = 24
_NUMERAL_RUN = re.compile(r"(?:\d|[一二两三四五六七八九十几])+")
# every date find_dates reads has one of these characters
_DATE_CHAR = re.compile(r"[年月天日季]")


def dates_before(text: str, end: int, published: dt.date | None) -> tuple[DateMention, ...]:
    """find_dates(text[:end], published): the whole text's dates that start well before `end` when no date can start
    near it (a date reads only what is before it and its own words)."""
    cut = end - _REACH
    if cut > 0 and not _DATE_CHAR.search(text, cut, end):
        return tuple(d for d in _find_dates(text, published, None) if d.start < cut)
    return _find_dates(text[:end], published, None)


def period_end_year(text: str, published: dt.date | None, end: int | None = None) -> int | None:
    """The year a forward-looking statement is for: 到2025年 -> 2025, 十五五 -> 2030,
    用3年时间 (from 2023) -> 2025, 明年 -> doc year + 1, 今年 / 年内 -> doc year; of text[:end] if `end` is given."""
    doc_year = published.year if published else None
    plan = five_year_plan_end(text, end)
    if plan:
        return plan
    if end is None:
        m = _SPAN_OF_YEARS.search(text)
    else:
        reach = _REACH + longest_run(_NUMERAL_RUN, text)
        m = next(iter(matches_before(_SPAN_OF_YEARS, text, end, reach)), None)
    if m and doc_year:
        n = parse_numeral(m["n"] or m["n2"])
        if n and 1 <= n <= 30:
            return doc_year + int(n) - 1
    dates = find_dates(text, published) if end is None else dates_before(text, end, published)
    years = [d.year for d in dates if d.year is not None]
    return max(years) if years else None


def date_from_url(url: str | None) -> dt.date | None:
    """/art/2024/2/27/, t20240227 or /202402/ in a URL; the day defaults to the 1st."""
    if not url:
        return None
    for pattern in _URL_DATES:
        for m in pattern.finditer(url):
            try:
                candidate = dt.date(int(m["y"]), int(m["m"]), int(m["d"] or 1))
            except ValueError:
                continue
            if 1990 <= candidate.year <= 2100:
                return candidate
    return None
