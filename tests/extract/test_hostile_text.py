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


def test_a_sentence_of_quoted_names_is_read_in_time():
    """“青山项目” × 8,000 with no full stop (40,000 characters, one sentence): 20 s when each name searched all the
    words before it (_HONOUR_VERB, _ASPIRATION…) and compared itself with every name before; under a second now."""
    started = time.process_time()
    extract_document("“青山项目”" * 8000, published=PUBLISHED)
    assert time.process_time() - started < 8


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
