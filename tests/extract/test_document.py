"""The public API other parts of govwatch code against."""
import datetime as dt
import json

import warehouse.extract as extract
from warehouse.extract import EXTRACTOR_VERSION, Extraction, extract_document


def test_public_names():
    assert set(extract.__all__) == {"EXTRACTOR_VERSION", "Extraction", "extract_document"}
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_contract_object_has_exactly_the_contract_keys():
    e = extract_document("力争生产总值增长6%。", published=dt.date(2024, 2, 27),
                         url="https://www.lishui.gov.cn/art/2024/2/27/art_1.html", title="政府工作报告")
    assert isinstance(e, Extraction)
    result = e.to_contract()
    assert list(result) == ["document", "projects", "awards", "targets", "extractor_version"]
    assert result["document"] == {"url": "https://www.lishui.gov.cn/art/2024/2/27/art_1.html",
                                  "title": "政府工作报告", "published": "2024-02-27"}
    assert set(result["targets"][0]) == {"indicator", "metric", "value", "value_high", "unit", "qualifier",
                                         "commitment", "target_year", "subject", "evidence", "span"}
    assert "outcomes" not in result
    json.dumps(result, ensure_ascii=False)


def test_published_falls_back_to_the_url_date():
    e = extract_document("明年力争生产总值增长8%。", url="http://www.sm.gov.cn/zw/202504/t20250429_2119818.htm")
    assert e.document["published"] == "2025-04-29"
    assert e.targets[0].target_year == 2026


def test_without_any_date_relative_years_stay_null():
    e = extract_document("去年11月，维康药业入选省级科技“小巨人”企业。今年力争生产总值增长8%。")
    assert e.document["published"] is None
    assert e.awards[0].date is None
    assert e.targets[0].target_year is None


def test_outcomes_carry_their_period_year():
    e = extract_document("过去一年成绩\n规上工业增加值增长11.2%，招商到位资金263亿元。", published=dt.date(2025, 2, 20))
    assert [(o.indicator, o.metric, o.value, o.unit, o.period_year) for o in e.outcomes] == [
        ("规上工业增加值", "growth", 11.2, "%", 2024), ("招商到位资金", "amount", 26_300_000_000, "元", 2024)]
    assert e.to_contract()["targets"] == []


def test_same_input_same_output():
    text = "富乐德半导体产业项目总投资120亿元，力争增长50%，荣获浙江省改革突破奖铜奖。"
    assert extract_document(text).to_contract() == extract_document(text).to_contract()
