"""Which way a statement looks: forward (a goal, a plan) or back (a result).

The last marker before a position decides: in 去年增长8%，今年力争增长10% the 8% is a result
and the 10% a goal. Commitment cues (确保 / 力争 / 预期) govern every clause after them until
the next cue or the end of the sentence.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from .before import longest_run, matches_before
from .dates import _SPAN_OF_YEARS, dates_before, find_dates, five_year_plan_end, period_end_year

# 超预期 / 好于预期 / 低于预期 compare a result with what was expected: not a cue
# (人均预期寿命 is an indicator's name)
_EXPECTED = r"(?<![超于及合])(?:预期(?!寿命)|预计)"
# 要求各县每年申报项目2个以上: a requirement laid on others, as binding as 确保
_REQUIRED = r"要求(?=各|全|每|到|在|年|所有|下属|[省市县区])"
# (全力争取: 全力 then 争取, not 力争)
_CUES = re.compile(rf"确保|必须|务必|(?<!全)力争|争取|努力|力求|争创|{_EXPECTED}|{_REQUIRED}")
_COMMITMENT = {"确保": "hard", "必须": "hard", "务必": "hard", "要求": "hard", "力争": "aspirational", "争取": "aspirational",
               "努力": "aspirational", "力求": "aspirational", "争创": "aspirational",
               "预期": "expected", "预计": "expected"}
# 争取上级资金 / 争取资金: 争取 meaning "obtain", not a commitment
# (全力争取置换债券、再融资债券，…完成9家平台退出: a clause of 争取 that names only funds to be obtained, no figure)
_NOT_A_CUE = re.compile(r"争取(?:到|上级|资金|项目资金|中央|省级|国家|专项|政策|债券"
                        r"|(?=[^，,。；;\d]{0,16}?(?:债券|国债|资金|政策|支持|补助|预算内投资)[，,。；;、]))")
# 争取地方政府专项债券351亿元 / 向上争取各类竞争性资金46.4亿元: funds obtained, counted to the unit, are no aim of
# 争取's; whether the figure is a goal or a result is the context's call (a plan section, 将, a period), not the
# word's. A figure a goal rounds (20亿元以上, 左右) keeps 争取 a cue (今年争取专项债券20亿元以上).
_FUNDS_COUNTED = re.compile(r"争取[^，,。；;\d]{0,16}?(?:债券|国债|资金|预算内投资)(?:超过?|近|逾)?\d+(?:\.\d+)?(?:万|亿)?元"
                            r"(?!以上|左右|以内|的目标)")
# 年初目标 / 年度目标 / 确定的目标 in a result (高于年初目标2.4个百分点, 完成年度目标的62.4%) look back
# (拜访目标企业150家: companies a campaign aims at, not a goal)
GOAL = r"(?<!年初)(?<!年度)(?<!全年)(?<!确定的)目标(?!企业|客户|市场|人群|群体)"
# 未来 looks ahead as a span (未来五年, 未来一个时期, 未来，…), not inside a slogan (共襄未来 … 经贸洽谈会)
_FUTURE = r"未来(?=的?[\d一二两三四五六七八九十几]+个?年|的?一个时期|的?一段时[期间]|[，,])"
# (纳入…上位规划和上级项目库的项目113个: 规划 there names a list, not a plan for what comes; 占计划投资的69%
# looks back at the plan; …个项目开复工，计划总投资1.1万亿元，完成投资173亿元: 计划总投资 is what the projects are
# to cost in all, a description, not a plan for the figures after it; 完成专项规划编制 / 调整村庄规划57个: plans as
# documents drawn up or counted, not a plan for what comes)
_FORWARD = re.compile(
    rf"{GOAL}|(?<!占)(?<!完成)(?<!占年度)(?<!完成年度)(?<!占全年)(?<!完成全年)计划(?!的|总投资|投资总额)|规划(?![和与、库\d]|项目|中的|内的|编制)|{_EXPECTED}|{_REQUIRED}|力争|确保|争取|努力|力求|必须|务必|到\d{{4}}年|明年|年内|年底前|"
    rf"(?<![主重需])要(?!求|素|点|事|闻|件|案)|(?<![即])将(?!近)|拟(?!定|稿|办)|新一年|今后|{_FUTURE}|用[\d一二三四五六七八九十]+年"
)
# 政府工作报告提出地区生产总值增长6%左右: in the season of work reports (to April) what a report sets out is its goals;
# later in the year a report that 提出 a figure for the year is estimating it
_REPORT_SETS_OUT = re.compile(r"(?:报告|规划|纲要|方案|意见)中?(?:提出|明确|确定)(?!了)")
_PAST = re.compile(
    r"今年以来|去年|过去|已经|(?<![而])已(?!知)|截至|截止|以来|\d{1,2}-\d{1,2}月|前\d{1,2}个?月|上年|"
    r"实现了|完成了|取得了|一年来|分别比|比去年|较去年|获得|获批|荣获|同比分别|(?<!确保)(?<!力争)(?<!争取)实际(?:已|开工|完成|投产|竣工)"
)
# 累计 sums up a period: a result when nothing looks forward before it (累计完成投资50亿元), but part of a
# goal after a period or a cue (到2027年，…，累计新增高新技术企业500家) or under a lead-in or goals section
_CUMULATIVE = re.compile(r"累计")
# what sets a whole sentence as a goal (a cue, a target period), not one clause's plan (全年计划完成投资…)
_GOVERNING = re.compile(rf"{GOAL}|{_EXPECTED}|力争|确保|争取|努力|力求|必须|务必|到\d{{4}}年|明年|新一年|今后|{_FUTURE}|"
                        r"用[\d一二三四五六七八九十]+年")
_PLAN_END = re.compile(r"到“?十.五”?末|十.五”?(?:末|目标)")
_PLAN_NAME_ONLY = re.compile(r"十.五”?(?:重点|规划|项目|上位|期间规划)")
_PLAN_AS_PERIOD = re.compile(r"(?:到|至|在|于)“?十.五|十.五”?(?:时期|期间|末|期末|以来|开局|收官|[，,])")
_NUMERALS = re.compile(r"(?:\d|[一二两三四五六七八九十几])+")
_WEAK_PAST = re.compile(r"实现|完成|达到|全年|共有|现有|拥有|同比|比上年|较上年")


# how far a marker reads past its start (_FORWARD and _GOVERNING read a numeral of any length, 用3年: as long as
# the text's longest), and the 争取 of 争取上级资金 with it
_REACH = 32


def _real_cue(text: str, m: re.Match, end: int) -> bool:
    return not (m.group(0) == "争取" and (_NOT_A_CUE.match(text, m.start()) or _FUNDS_COUNTED.match(text, m.start())))


def _cue_in_prefix(text: str, m: re.Match, end: int) -> bool:
    # (the funds counted are read past the prefix's end: the figure is what tells them)
    return not (m.group(0) == "争取" and (_NOT_A_CUE.match(text, m.start(), end) or _FUNDS_COUNTED.match(text, m.start())))


def _forward_marker(text: str, m: re.Match, end: int) -> bool:
    return _cue_in_prefix(text, m, end) \
        and not (m.group(0) == "规划" and text[m.end(): m.end() + 1].isdigit())  # (村庄规划57个: counted)


def last_cue(text: str, position: int) -> re.Match | None:
    """The last cue word before `position`."""
    cues = matches_before(_CUES, text, position, _REACH, _real_cue)
    return cues[-1] if cues else None


def cue_before(text: str, position: int) -> str | None:
    """Commitment of the last cue word before `position` (hard / aspirational / expected)."""
    cue = last_cue(text, position)
    return _COMMITMENT[cue.group(0)] if cue else None


# a sentence longer than this (a run of a thousand items with no 。) is read for its dates once, whole: the dates
# before a position are those that end before it (a prefix read again at each figure is quadratic and more)
LONG_SENTENCE = 2000


def period_year_before(text: str, published: dt.date | None, end: int, start: int = 0) -> int | None:
    """period_end_year(text[start:], published, end - start); in a very long sentence a plan or a span of years is
    read near `end` and the dates from the whole sentence's (each figure reads no prefix of its own)."""
    if end - start <= LONG_SENTENCE:
        return period_end_year(text[start:], published, end - start) if start else period_end_year(text, published, end)
    near = text[max(start, end - 400):end]
    if five_year_plan_end(near) or _SPAN_OF_YEARS.search(near):
        return period_end_year(near, published)
    return _long_dates(text, published).latest_year(start, end)


def only_whole_year_before(text: str, end: int, published: dt.date | None) -> bool:
    """Whether text[:end] has dated expressions (a year known) and every one is a bare 全年."""
    if len(text) > LONG_SENTENCE:
        return _long_dates(text, published).only_whole_year(end)
    dates = [d for d in dates_before(text, end, published) if d.year is not None]
    return bool(dates) and all(text[d.start:d.end] == "全年" for d in dates)


class _LongDates:
    """The dates of one very long sentence (a run of a thousand items with no 。), read once, and what the figures
    ask of those ending before them, each answered without reading them all again (a prefix read at each figure is
    quadratic: 54,000 characters took 26 s). The answers are the scans' own: where the dates do not follow one
    another (one inside another), each question scans, as before."""

    def __init__(self, text: str, published: dt.date | None):
        self.text, self.dates = text, tuple(find_dates(text, published))
        starts, self.ends = [d.start for d in self.dates], [d.end for d in self.dates]
        self.in_order = all(a <= b for a, b in zip(starts, starts[1:], strict=False)) \
            and all(a <= b for a, b in zip(self.ends, self.ends[1:], strict=False))
        self.starts = starts
        # years known, by position, for the latest year in a stretch (a table of maxima over runs of 2^k dates)
        years = [d.year if d.year is not None else -1 for d in self.dates]
        self.max_year = [years]
        while len(self.max_year[-1]) > 1 and (1 << len(self.max_year)) <= len(years):
            step, row = 1 << (len(self.max_year) - 1), self.max_year[-1]
            self.max_year.append([max(row[i], row[i + step]) for i in range(len(row) - step)])
        # running counts for 全年 alone: dates with a year, and those of them that are not a bare 全年
        self.dated, self.not_whole = [0], [0]
        for d in self.dates:
            known = d.year is not None
            self.dated.append(self.dated[-1] + known)
            self.not_whole.append(self.not_whole[-1] + (known and text[d.start:d.end] != "全年"))
        # the year markers (a year before or after the notice's), their ends, and the running latest and first forward
        self.markers: list[tuple[int, str]] = []
        marker_ends: list[int] = []
        if published:
            for d in self.dates:
                if d.year is not None and d.year != published.year:
                    self.markers.append((d.start, "past" if d.year < published.year else "forward"))
                    marker_ends.append(d.end)
        self.marker_ends = marker_ends
        self.latest_marker: list[int] = []  # index of the first marker with the largest start among markers[:i + 1]
        for i, (start, _) in enumerate(self.markers):
            best = self.latest_marker[-1] if self.latest_marker else i
            self.latest_marker.append(i if start > self.markers[best][0] else best)
        self.first_forward = next((i for i, m in enumerate(self.markers) if m[1] == "forward"), None)

    def _count_ending_before(self, position: int) -> int:
        return bisect.bisect_right(self.ends, position)

    def latest_year(self, start: int, end: int) -> int | None:
        """The latest year among the dates inside text[start:end]."""
        if not self.in_order:
            years = [d.year for d in self.dates if start <= d.start and d.end <= end and d.year is not None]
            return max(years) if years else None
        lo, hi = bisect.bisect_left(self.starts, start), self._count_ending_before(end)
        if lo >= hi:
            return None
        level = (hi - lo).bit_length() - 1
        row = self.max_year[level]
        best = max(row[lo], row[hi - (1 << level)])
        return best if best >= 0 else None

    def only_whole_year(self, end: int) -> bool:
        if not self.in_order:
            dates = [d for d in self.dates if d.end <= end and d.year is not None]
            return bool(dates) and all(self.text[d.start:d.end] == "全年" for d in dates)
        k = self._count_ending_before(end)
        return self.dated[k] > 0 and self.not_whole[k] == 0

    def year_markers(self, position: int) -> tuple[tuple[int, str] | None, int | None]:
        """(the latest year marker ending before `position`, the start of the first forward one), as _year_markers'
        list gives them."""
        if not self.in_order:
            markers = [m for m, e in zip(self.markers, self.marker_ends, strict=True) if e <= position]
            return _latest_and_first_forward(markers)
        k = bisect.bisect_right(self.marker_ends, position)
        if k == 0:
            return None, None
        forward = self.markers[self.first_forward][0] \
            if self.first_forward is not None and self.first_forward < k else None
        return self.markers[self.latest_marker[k - 1]], forward


@functools.lru_cache(maxsize=8)
def _long_dates(text: str, published: dt.date | None) -> _LongDates:
    return _LongDates(text, published)


def _latest_and_first_forward(markers: list[tuple[int, str]]) -> tuple[tuple[int, str] | None, int | None]:
    latest = max(markers, key=lambda m: m[0]) if markers else None
    return latest, next((at for at, kind in markers if kind == "forward"), None)


def _year_markers(text: str, position: int, published: dt.date | None) -> tuple[tuple[int, str] | None, int | None]:
    """Of the dated expressions before `position` that fix the orientation (a year before the notice's: past;
    after it: forward), the latest, and the start of the first forward one."""
    if not published:
        return None, None
    if len(text) > LONG_SENTENCE:
        return _long_dates(text, published).year_markers(position)
    markers = []
    for d in dates_before(text, position, published):
        if d.year is None:
            continue
        if d.year < published.year:
            markers.append((d.start, "past"))
        elif d.year > published.year:
            markers.append((d.start, "forward"))
    return _latest_and_first_forward(markers)


def orientation(text: str, position: int, published: dt.date | None) -> str | None:
    """'forward', 'past' or None for a quantity at `position` in a sentence, from the markers
    before it; the nearest marker wins. 'cumulative' when a 累计 with nothing forward-looking before it
    decides: a result unless a lead-in or goals section governs the sentence. 累计 after a cue or a
    target period (到2027年) is no marker, so it never turns the goals around it into results."""
    marker = nearest_marker(text, position, published)
    return marker[1] if marker else None


def nearest_marker(text: str, position: int, published: dt.date | None) -> tuple[int, str] | None:
    """(start, kind) of the marker that decides `orientation`, or None."""
    # (each kind of marker gives its last one: the nearest of all wins, the earlier kind on a tie, as in one list)
    reach = _REACH + longest_run(_NUMERALS, text)
    past = matches_before(_PAST, text, position, _REACH)
    forward = matches_before(_FORWARD, text, position, reach, _forward_marker)
    markers = [(past[-1].start(), "past")] if past else []
    markers += [(forward[-1].start(), "forward")] if forward else []
    latest_year, first_forward_year = _year_markers(text, position, published)
    markers += [latest_year] if latest_year else []
    if not published or published.month <= 4:
        sets_out = matches_before(_REPORT_SETS_OUT, text, position, _REACH)
        markers += [(sets_out[-1].start(), "forward")] if sets_out else []
    plan_end = five_year_plan_end(text, position)
    # (“十四五”重点建设项目库 names a kind of list, not the period: 截至目前…入库项目237个 is a result)
    if plan_end and matches_before(_PLAN_NAME_ONLY, text, position, _REACH) \
            and not matches_before(_PLAN_AS_PERIOD, text, position, _REACH):
        plan_end = None
    coming = plan_end and (not published or plan_end - 4 > published.year)
    if coming or (plan_end and matches_before(_PLAN_END, text, position, _REACH)):
        markers.append((text.find("五", 0, position), "forward"))  # a coming plan period; 十四五期间 in 2025 is not
    governing = matches_before(_GOVERNING, text, position, reach, _cue_in_prefix)[:1]
    first_governing = [m.start() for m in governing]
    first_governing += [first_forward_year] if first_forward_year is not None else []
    first_governing += [text.find("五", 0, position)] if coming else []
    cumulative = [m for m in matches_before(_CUMULATIVE, text, position, _REACH)
                  if not any(at < m.start() for at in first_governing)]
    markers += [(cumulative[-1].start(), "cumulative")] if cumulative else []
    if not markers:
        return None
    return max(markers, key=lambda m: m[0])


def weak_past(text: str, position: int) -> bool:
    return bool(_WEAK_PAST.search(text, 0, position))
