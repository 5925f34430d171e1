"""Relative dates resolve against the document date; without one they stay null."""
import datetime as dt

import pytest

from warehouse.extract.dates import date_from_url, find_dates, period_end_year

REPORT_DAY = dt.date(2024, 2, 27)


@pytest.mark.parametrize("text, value", [
    ("去年11月，维康药业入选", "2023-11"),
    ("计划今年8月竣工", "2024-08"),
    ("明年建成", "2025"),
    ("年内完成", "2024"),
    ("上半年开工", "2024"),
    ("于2023年6月开工建设", "2023-06"),
    ("2023年12月22日，省政府批复", "2023-12-22"),
    ("去年11月10日正式启用", "2023-11-10"),
    ("二〇二一年", "2021"),
    ("今天上午举行", "2024-02-27"),
])
def test_each_date_form(text, value):
    assert find_dates(text, REPORT_DAY)[0].value == value


def test_relative_dates_without_a_document_date_stay_unresolved():
    assert find_dates("去年11月", None)[0].value is None
    assert find_dates("2023年6月", None)[0].value == "2023-06"


def test_a_bare_month_takes_the_year_named_before_it():
    assert find_dates("9月开学", REPORT_DAY, context_year=2023)[0].value == "2023-09"


def test_month_ranges_are_periods_not_dates():
    assert find_dates("1-4月累计完成投资", REPORT_DAY) == []


@pytest.mark.parametrize("text, year", [
    ("到2025年", 2025),
    ("“十五五”期间", 2030),
    ("十四五末", 2025),
    ("用3年时间", 2025),
    ("未来五年", 2027),
    ("明年", 2024),
])
def test_a_period_takes_its_last_year(text, year):
    assert period_end_year(text, dt.date(2023, 3, 1)) == year


@pytest.mark.parametrize("url, day", [
    ("https://www.lishui.gov.cn/art/2024/2/27/art_1229_1.html", dt.date(2024, 2, 27)),
    ("http://www.sm.gov.cn/zw/202504/t20250429_2119818.htm", dt.date(2025, 4, 29)),
    ("https://chaoyang.gov.cn/html/CYSZF/202411/0173209022060416.html", dt.date(2024, 11, 1)),
    ("https://example.org/news/index.html", None),
])
def test_published_fallback_from_the_url(url, day):
    assert date_from_url(url) == day


def test_a_bare_month_or_quarter_takes_the_year_named_just_before_it():
    day = dt.date(2025, 2, 25)
    assert [d.value for d in find_dates("去年8月竣工、10月投产", day)] == ["2024-08", "2024-10"]
    assert [d.value for d in find_dates("计划明年一季度竣工、二季度投产", dt.date(2022, 6, 24))] == ["2023", "2023"]
    # several clauses away from the last year named: the notice's own year
    assert find_dates("2021年至2024年，累计到位资金374亿元，一批项目建成投产，申和项目11月竣工", day)[-1].value == "2025-11"
    assert not [d for d in find_dates("实行一周一协调、一月一督查", day) if d.value and len(d.value) > 4]
