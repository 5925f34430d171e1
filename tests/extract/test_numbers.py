"""Number forms become base units: what a reader of investment_cny or a target value relies on."""
from decimal import Decimal

import pytest

from warehouse.extract.numbers import find_quantities, to_json_number


def first(text):
    quantities = find_quantities(text)
    assert quantities, f"no quantity found in {text!r}"
    q = quantities[0]
    return to_json_number(q.value), q.unit, to_json_number(q.value_high)


@pytest.mark.parametrize("text, value, unit", [
    ("总投资120亿元", 12_000_000_000, "元"),
    ("总投资1.2万亿元", 1_200_000_000_000, "元"),
    ("超5000多万元", 50_000_000, "元"),
    ("年产三百六十万片", 3_600_000, "片"),
    ("增长百分之五十", 50, "%"),
    ("总投资１２０亿元", 12_000_000_000, "元"),  # full-width digits
    ("实际到位外资12.4亿美元", 1_240_000_000, "美元"),
    ("城镇新增就业70万人", 700_000, "人"),
    ("用地15公顷", 225, "亩"),
    ("建筑面积45.2万平方米", 452_000, "m²"),
    ("人口自然增长率4.82‰", 4.82, "‰"),
    ("提高2个百分点", 2, "个百分点"),
])
def test_number_forms_normalise_to_base_units(text, value, unit):
    assert first(text)[:2] == (value, unit)


def test_percent_range_gives_low_and_high():
    assert first("增长4.5%至5%") == (4.5, "%", 5)
    assert first("增长6%-7%") == (6, "%", 7)


def test_range_with_one_magnitude_for_both_ends():
    assert first("投资4.5至5亿元") == (450_000_000, "元", 500_000_000)
    assert first("奖励8000至1万元") == (8_000, "元", 10_000)


def test_fractions_in_words_are_percentages():
    assert first("占比达到三分之一")[:2] == (33.33, "%")
    assert first("提高八分之一")[:2] == (12.5, "%")


def test_doubling_and_zero_growth():
    assert first("增加值翻一番")[:2] == (100, "%")
    assert first("翻两番")[:2] == (300, "%")
    assert first("实现零增长")[:2] == (0, "%")


def test_a_single_yi_is_an_article_not_a_count():
    assert find_quantities("维康药业是一家医药企业") == []


def test_physical_units_keep_their_magnitude():
    q = find_quantities("年产100万吨钢材")[0]
    assert (q.value, q.unit) == (Decimal(100), "万吨")
