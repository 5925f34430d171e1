"""Hostile and garbage text (review r22-xr, /work/outside/review-extract-hostile.md): extraction stays fast on text
built to be slow, and reads no wrong value from odd writing. Real text is tests/extract/test_extraction_never_raises.py's."""
from __future__ import annotations

import datetime as dt
import random
import re
import time

import pytest

from warehouse.extract.before import ends_at
from warehouse.extract.core import extract_document
from warehouse.extract.places import _MEASURED
from warehouse.extract.projects import names
from warehouse.extract.projects.names import _ASPIRATION, _BOUGHT, _CATEGORY_LABEL, _HOST_ZONE, _KIND_BEFORE, \
    _QUANTIFIED_LEAD
from warehouse.extract.projects.reader import _GROUP_BEFORE, _HONOUR_VERB, _PARTNER, _PLACE_VERB

PUBLISHED = dt.date(2024, 3, 1)


def test_a_sentence_of_that_works_is_statements_reads_each_prefix_once(monkeypatch):
    """该项目是A项目 × 30: each name asked whether the words before it name a works, by reading them, whose names
    asked the same: 2^30 readings (330 characters took 5 s, 40 would take minutes). Now each prefix is read once."""
    calls = 0
    find = names.find_names

    def counted(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls > 2000:
            raise AssertionError("find_names read the same prefixes again and again")
        return find(*args, **kwargs)

    monkeypatch.setattr(names, "find_names", counted)
    if hasattr(names, "names_any"):
        names.names_any.cache_clear()
    extract_document("该项目是青山产业园项目" * 30 + "。", published=PUBLISHED)
    assert calls < 200


# each pattern a reader asks of the words before a name, with the window ends_at reads for it
_ENDING = [(_CATEGORY_LABEL, 8), (_HOST_ZONE, 4), (_KIND_BEFORE, 4), (_ASPIRATION, 64), (_BOUGHT, 20),
           (_QUANTIFIED_LEAD, 4), (_GROUP_BEFORE, 4), (_PARTNER, 2), (_PLACE_VERB, 4), (_HONOUR_VERB, 200),
           (_MEASURED, 4)]
_WORDS = ["重点", "项目", "工程", "园区", "开发区", "、", "，", "有", "也", "打造", "成为", "最大", "一流", "的", "引进", "了",
          "先进", "一大批", "若干", "与", "位于", "落户于", "获评为", "第三批", "国家级", "“", "全省", "位居", "占", "青山",
          "建设成为", "面向", "未来", "产业", "\n", "。"]


@pytest.mark.parametrize("seed", range(3))
def test_a_pattern_read_at_the_end_of_a_window_finds_what_a_search_of_the_whole_prefix_finds(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(_WORDS) for _ in range(1500))
    for pattern, reach in _ENDING:
        for end in range(0, len(text) + 1, 7):
            whole, window = pattern.search(text, 0, end), ends_at(pattern, text, end, reach)
            assert (whole and whole.span()) == (window and window.span()), (pattern.pattern, end)


class _Reading:
    """A pattern that counts the characters its scans and searches read (between pos and endpos)."""

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.read = pattern, 0

    def _span(self, text: str, pos: int, endpos: int | None) -> tuple[int, int]:
        end = len(text) if endpos is None else min(endpos, len(text))
        self.read += max(0, end - pos)
        return pos, end

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern.finditer(text, *self._span(text, pos, endpos))

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern.search(text, *self._span(text, pos, endpos))

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_the_words_before_each_name_are_read_in_a_window(monkeypatch):
    """Twice the names in one sentence: twice the characters read before them (each name's search from the sentence's
    start read four times as many)."""
    from warehouse.extract.projects import reader

    def read(count: int) -> int:
        patterns = {(reader, "_HONOUR_VERB"): None, (names, "_ASPIRATION"): None, (names, "_CATEGORY_LABEL"): None}
        for module, name in patterns:
            patterns[module, name] = _Reading(getattr(module, name))
            monkeypatch.setattr(module, name, patterns[module, name])
        extract_document("“青山项目”" * count, published=PUBLISHED)
        return sum(p.read for p in patterns.values())

    small, large = read(1000), read(2000)
    assert small > 0 and large < 3 * small


def test_a_sentence_of_quoted_names_is_read_in_time():
    """“青山项目” × 5,000 with no full stop (25,000 characters, one sentence): about 7 s when each name searched all
    the words before it (_HONOUR_VERB, _ASPIRATION…) and compared itself with every name before (40,000: 20 s);
    half a second now."""
    started = time.process_time()
    extract_document("“青山项目”" * 5000, published=PUBLISHED)
    assert time.process_time() - started < 5


def test_a_page_that_says_the_province_again_and_again_is_read_in_time():
    """One project, then 全省 × 50,000: each 全省 searched the whole body before it (home_county's _MEASURED), 10 s."""
    started = time.process_time()
    extract_document("青山智能装备产业园项目开工建设。" + "全省" * 50_000, published=PUBLISHED)
    assert time.process_time() - started < 5


def _targets(body: str) -> list[tuple]:
    return [(t.indicator, t.metric, t.value) for t in extract_document(body, published=PUBLISHED).targets]


@pytest.mark.parametrize("written, value", [("1亿2000万元", 120_000_000), ("12亿5000万元", 1_250_000_000),
                                            ("一亿二千万元", 120_000_000), ("3万5千元", 35_000)])
def test_money_in_two_magnitudes_is_the_whole_sum(written, value):
    """1亿2000万元 was read as its last part, 2000万元: six times too small (12亿5000万元: 25 times)."""
    [project] = extract_document(f"今年，青山智能装备产业园项目总投资{written}。", published=PUBLISHED).projects
    assert project.investment_cny == value


def test_a_count_in_two_magnitudes_is_the_whole_count():
    assert _targets("今年，力争新增企业十万八千家。") == [("新增企业", "count", 108_000)]


@pytest.mark.parametrize("minus", ["-", "−", "－"])
def test_a_growth_written_with_a_minus_sign_is_a_fall(minus):
    """增长-5% was read as a level of +5 with the indicator 地区生产总值增长-: the sign and the metric lost."""
    assert _targets(f"今年，力争地区生产总值增长{minus}5%。") == [("地区生产总值", "growth", -5)]


def test_a_range_with_a_dash_stays_a_range():
    [target] = extract_document("今年，力争地区生产总值增长3-5%。", published=PUBLISHED).targets
    assert (target.value, target.value_high) == (3, 5)


@pytest.mark.parametrize("written, read", [("2023年2月30日", "2023-02"), ("2023年4月31日", "2023-04"),
                                           ("2024年2月29日", "2024-02-29")])
def test_a_day_the_calendar_does_not_have_keeps_only_its_month(written, read):
    [project] = extract_document(f"{written}，青山智能装备产业园项目开工。", published=PUBLISHED).projects
    assert project.dates == {"started": read}
    [award] = extract_document(f"浙江珏芯微电子有限公司于{written}荣获全国颠覆性技术创新大赛最高奖。",
                               published=PUBLISHED).awards
    assert award.date == read


def test_a_list_of_winners_is_read_for_its_contest_once(monkeypatch):
    """2023年…大赛获奖名单, then a line A公司荣获一等奖 per winner: each bare grade looked for its contest in the whole
    notice before it, read again from the start (2,000 lines 6.7 s, growing with the square); now the notice is scanned
    once and each grade reads a few characters more."""
    from warehouse.extract.awards import earlier

    counted = {name: _Reading(getattr(earlier, name)) for name in ("_COMPETITION", "_GRADED_PRIZE")}
    for name, pattern in counted.items():
        monkeypatch.setattr(earlier, name, pattern)
    body = "2023年全省技能大赛获奖名单\n" + "".join(
        f"浙江{chr(0x4E00 + i % 3000)}{chr(0x4E00 + (i * 7) % 3000)}科技有限公司荣获一等奖。\n" for i in range(1000))
    awards = extract_document(body, published=PUBLISHED).awards
    assert len(awards) == 999 and {a.award for a in awards} == {"全省技能大赛"}
    assert counted["_COMPETITION"].read + counted["_GRADED_PRIZE"].read < 20 * len(body)


@pytest.mark.parametrize("seed", range(2))
def test_the_contest_before_a_position_is_the_contest_of_the_words_before_it(seed):
    from warehouse.extract.awards.earlier import competition, graded_prize

    rng = random.Random(seed)
    pieces = ["第三届全省技能大赛", "（浙江赛区）", "暨", "“创新创业”大赛", "科学技术进步奖获奖项目共95项，包括一等奖5项", "本次大赛",
              "评选出", "承办第二届全国技能大赛的", "天津市", "A公司荣获一等奖", "。", "，", "\n", "优秀工业新产品奖评选", "为"]
    text = "".join(rng.choice(pieces) for _ in range(400))
    for end in range(0, len(text) + 1, 3):
        assert competition(text, end) == competition(text[:end])
        assert graded_prize(text, end) == graded_prize(text[:end])


@pytest.mark.parametrize("unseen", ["\u200b", "\u200d", "\u2060", "\ufeff", "\u200e", "\u00ad"])
def test_an_invisible_character_inside_a_figure_or_a_name_is_not_read(unseen):
    """增长1\u200d0% was read as 0% (indicator 固定资产投资增长1\u200d); 浙江珏芯\u200b微电子有限公司 lost its first half."""
    body = f"今年，青山智能装备产业园项目总投资1{unseen}20亿元，力争固定资产投资增长1{unseen}0%。"
    e = extract_document(body, published=PUBLISHED)
    assert [(p.name, p.investment_cny) for p in e.projects] == [("青山智能装备产业园项目", 12_000_000_000)]
    assert [(t.indicator, t.metric, t.value) for t in e.targets] == [("固定资产投资", "growth", 10)]
    for fact in e.projects + e.targets:  # the evidence is the body as written, at its span
        assert body[fact.span[0]: fact.span[1]] == fact.evidence == body
    [award] = extract_document(f"浙江珏芯{unseen}微电子有限公司荣获全国颠覆性技术创新大赛最高奖。", published=PUBLISHED).awards
    assert award.recipient == "浙江珏芯微电子有限公司"


def test_control_characters_end_what_they_sit_between():
    """A NUL or a form feed is no part of a name or an indicator (\\x00力争增长5%\\x0e项目 was a project's name)."""
    rng = random.Random(7)
    body = "".join(chr(rng.choice([0, 1, 4, 7, 11, 12, 14, 27, 31, 127])) + rng.choice(
        ["项目总投资10亿元", "力争增长5%", "荣获一等奖", "。"]) for _ in range(2000))
    e = extract_document(body, published=PUBLISHED)
    for fact in e.projects + e.awards + e.targets:
        assert body[fact.span[0]: fact.span[1]] == fact.evidence
        for value in vars(fact).values():
            if isinstance(value, str) and value is not fact.evidence:
                assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", value), value
    assert len(e.projects) + len(e.awards) + len(e.targets) < 20
    body = "今年\x00，青山智能装备产业园项目总投资120亿元，力争\x00增长5%。"
    assert [t.indicator for t in extract_document(body, published=PUBLISHED).targets] == []


def test_a_line_of_thousands_of_awards_is_not_searched_again_for_each(monkeypatch):
    """A公司荣获…最高奖。B公司荣获…。 × 1,000 on one line: each award searched the whole line before it for 公示
    (PROPOSED, 3,000 awards 6.2 s, growing with the square); a line that says neither 拟 nor 公示 is not searched."""
    from warehouse.extract.awards import reader

    searched = _Reading(reader.PROPOSED)
    monkeypatch.setattr(reader, "PROPOSED", searched)
    body = "".join(f"浙江{chr(0x4E00 + i % 3000)}{chr(0x4E00 + (i * 7) % 3000)}科技有限公司荣获全国颠覆性技术创新大赛最高奖。"
                   for i in range(1000))
    assert len(extract_document(body, published=PUBLISHED).awards) > 600
    assert searched.read < 20 * len(body)


@pytest.mark.parametrize("vague", ["数十家", "几十家", "数百家"])
def test_a_vague_count_is_no_number(vague):
    """力争新增企业数十家 gave a target of 10 (indicator 企业数): 十 read alone."""
    assert _targets(f"今年，力争新增企业{vague}。") == []
