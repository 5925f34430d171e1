"""A sentence of thousands of characters (a table run into one line, a list with no 。) reads its dates once: the
indexes that answer each figure's questions give what a scan of the dates before it gives."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from warehouse.extract.dates import DateMention, _Covered, find_dates
from warehouse.extract.tense import LONG_SENTENCE, _latest_and_first_forward, _long_dates

PUBLISHED = dt.date(2024, 3, 1)
PIECES = ["2023年完成投资12亿元", "今年力争增长8%", "到2027年达到100亿元", "去年新增企业5家", "全年完成投资20亿元",
          "三季度末达到95%", "明年确保开工项目30个", "上半年达到60%", "2025年年底前建成", "一季度开工率50%"]


def _sentence(seed: int) -> str:
    rng = random.Random(seed)
    text = "，".join(rng.choice(PIECES) for _ in range(400)) + "。"
    assert len(text) > LONG_SENTENCE
    return text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_indexes_answer_as_a_scan_of_the_dates_before(seed):
    text = _sentence(seed)
    dates = find_dates(text, PUBLISHED)
    index = _long_dates(text, PUBLISHED)
    assert index.in_order
    rng = random.Random(seed)
    for _ in range(200):
        start, end = sorted(rng.sample(range(len(text) + 1), 2))
        years = [d.year for d in dates if start <= d.start and d.end <= end and d.year is not None]
        assert index.latest_year(start, end) == (max(years) if years else None)
        known = [d for d in dates if d.end <= end and d.year is not None]
        assert index.only_whole_year(end) == (bool(known) and all(text[d.start:d.end] == "全年" for d in known))
        markers = [(d.start, "past" if d.year < PUBLISHED.year else "forward") for d in known
                   if d.year != PUBLISHED.year]
        assert index.year_markers(end) == _latest_and_first_forward(markers)


def test_a_sentence_of_nothing_but_the_whole_year_is_told_apart_from_one_naming_years():
    whole = "，".join(["全年完成投资20亿元"] * 300) + "。"
    assert _long_dates(whole, PUBLISHED).only_whole_year(len(whole))
    assert not _long_dates(whole, PUBLISHED).only_whole_year(0)
    named = "2025年达到30家，" + whole
    assert not _long_dates(named, PUBLISHED).only_whole_year(len(named))


def test_a_position_inside_a_mention_is_covered_however_the_mentions_nest():
    rng = random.Random(7)
    for _ in range(50):
        mentions = []
        for _ in range(rng.randint(0, 30)):
            start = rng.randint(0, 200)
            mentions.append(DateMention(start, start + rng.randint(1, 15), None, None, False))
        covered = _Covered(mentions)
        for x in range(0, 220):
            assert covered.covers(x) == any(d.start <= x < d.end for d in mentions)
