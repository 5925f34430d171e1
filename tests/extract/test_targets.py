"""Targets: quantified, forward-looking goals with the commitment the text gives them."""
import datetime as dt

from tests.extract.helpers import contract, extract, only


def targets(text, published=dt.date(2024, 2, 27)):
    return contract(text, published)["targets"]


def test_a_cue_governs_the_clauses_after_it():
    found = targets("建立招商项目回头看机制，确保招商到位资金258亿元以上，新增省级企业创新平台40家以上。")
    money = only(found, indicator="招商到位资金")
    assert (money["value"], money["unit"], money["metric"], money["qualifier"], money["commitment"]) == \
        (25_800_000_000, "元", "amount", "at_least", "hard")
    platforms = only(found, indicator="省级企业创新平台")
    assert (platforms["value"], platforms["unit"], platforms["metric"], platforms["commitment"]) == \
        (40, "家", "count", "hard")


def test_the_next_cue_takes_over():
    found = targets("确保生产总值增长6%，力争增长7%，预计财政收入增长5%。")
    assert [t["commitment"] for t in found] == ["hard", "aspirational", "expected"]


def test_a_lead_in_gives_expected_to_items_without_a_cue():
    found = targets("今年主要预期目标：地区生产总值增长5.5%左右；研发投入强度达到3%；GDP力争增长6%。")
    assert only(found, indicator="地区生产总值")["commitment"] == "expected"
    assert only(found, indicator="地区生产总值")["qualifier"] == "around"
    assert only(found, indicator="研发投入强度")["metric"] == "level"
    assert only(found, indicator="GDP")["commitment"] == "aspirational"  # its own cue wins


def test_a_goals_heading_without_a_commitment_word_leaves_items_unspecified():
    found = targets("过去一年成绩\n规上工业增加值增长11.2%。\n新一年的目标\n新增省级企业创新平台40家以上。")
    assert len(found) == 1
    assert (found[0]["commitment"], found[0]["target_year"]) == ("unspecified", 2024)


def test_a_fall_is_negative_growth():
    found = targets("力争单位GDP能耗下降3%，二氧化碳排放降低16%。")
    assert [t["value"] for t in found] == [-3, -16]
    assert {t["metric"] for t in found} == {"growth"}


def test_doubling_is_growth_of_100_percent():
    t = only(targets("力争到2027年数字经济核心产业增加值翻一番以上。"), indicator="数字经济核心产业增加值")
    assert (t["value"], t["unit"], t["metric"], t["qualifier"], t["target_year"]) == (100, "%", "growth", "at_least", 2027)


def test_fractions_and_shares_in_words():
    t = only(targets("力争服务业增加值占比达到三分之一。"), indicator="服务业增加值占比")
    assert (t["value"], t["metric"]) == (33.33, "share")


def test_percentage_points_keep_their_unit():
    t = targets("力争研发投入强度提高0.2个百分点。")[0]
    assert (t["value"], t["unit"]) == (0.2, "个百分点")


def test_a_target_for_a_period_takes_its_last_year():
    assert targets("到2025年，力争规上工业总产值达到5000亿元。")[0]["target_year"] == 2025
    assert targets("“十五五”期间力争引进亿元以上项目200个。")[0]["target_year"] == 2030
    assert targets("用3年时间培育专精特新企业100家。", dt.date(2023, 3, 1))[0]["target_year"] == 2025


def test_qualifiers_and_ranges():
    found = targets("预期生产总值增长4.5%至5%，失业率控制在4%以内，新增就业不少于1万人。")
    gdp = only(found, indicator="生产总值")
    assert (gdp["value"], gdp["value_high"], gdp["qualifier"]) == (4.5, 5, "range")
    assert only(found, indicator="失业率")["qualifier"] == "at_most"
    assert only(found, indicator="新增就业")["qualifier"] == "at_least"


def test_achievements_are_outcomes_not_targets():
    e = extract("去年全市规上工业增加值增长11.2%，招商到位资金263亿元，新增省级企业创新平台42家。")
    assert e.to_contract()["targets"] == []
    assert [(o.indicator, o.value, o.period_year) for o in e.outcomes] == [
        ("规上工业增加值", 11.2, 2023), ("招商到位资金", 26_300_000_000, 2023), ("省级企业创新平台", 42, 2023)]


def test_results_and_goals_in_one_sentence():
    e = extract("去年生产总值增长8%，今年力争增长10%。")
    assert [t["value"] for t in e.to_contract()["targets"]] == [10]
    assert [o.value for o in e.outcomes] == [8]


def test_project_attributes_are_not_targets():
    assert targets("该项目总投资12亿元，建成后预计年产值30亿元。") == []


def test_a_plan_for_a_finished_year_is_no_target():
    found = targets("2021年，重点工程总投资519亿元。\n省级6项，当年计划投资19亿元。", dt.date(2022, 1, 21))
    assert found == []


# ---- 2026.11.2: results read back from a finished year; a lead-in names the subject

def outcomes(text, published):
    return extract(text, published).outcomes


def test_a_finished_years_paragraph_gives_outcomes_with_its_subject_and_sign():
    found = outcomes("2022年，面对超预期因素冲击，青山经开区坚持稳进提质，全年实现规上工业增加值增长11.2%；"
                     "招商到位资金72.3亿元；新增高新技术企业31家。受留抵退税影响，一般公共预算收入下降3.2%。",
                     dt.date(2023, 2, 21))
    assert [(o.indicator, o.value, o.period_year, o.subject) for o in found] == [
        ("规上工业增加值", 11.2, 2022, "青山经开区"), ("招商到位资金", 7_230_000_000, 2022, "青山经开区"),
        ("高新技术企业", 31, 2022, "青山经开区"), ("一般公共预算收入", -3.2, 2022, "青山经开区")]
    assert not extract("2022年，面对超预期因素冲击，全年实现规上工业增加值增长11.2%。", dt.date(2023, 2, 21)).targets


def test_the_year_the_opening_paragraph_names_dates_the_results_after_it():
    found = outcomes("2024年，青山经开区坚持稳中求进。现将2024年度主要目标任务完成情况公布如下。\n"
                     "一、工业经济。全年规上工业增加值增长12.4%，高于年初目标2.4个百分点，完成年度目标。",
                     dt.date(2025, 1, 22))
    assert [(o.indicator, o.value, o.period_year, o.subject) for o in found] == [
        ("规上工业增加值", 12.4, 2024, "青山经开区")]
    assert not extract("全年规上工业增加值增长12.4%，高于年初目标2.4个百分点。", dt.date(2025, 1, 22)).targets


def test_progress_within_a_year_is_no_years_result():
    text = "1-6月，经开区规上工业增加值同比增长21.6%；固定资产投资同比增长24.3%；招商到位资金31.2亿元，完成年度目标的62.4%。"
    e = extract(text, dt.date(2021, 7, 22))
    assert not e.outcomes and not e.targets


def test_a_lead_in_gives_its_subject_to_every_item():
    found = targets("2023年，青山经开区主要目标是：规上工业增加值预期增长9%左右；固定资产投资确保增长12%以上。",
                    dt.date(2023, 2, 21))
    assert [(t["indicator"], t["commitment"], t["subject"], t["target_year"]) for t in found] == [
        ("规上工业增加值", "expected", "青山经开区", 2023), ("固定资产投资", "hard", "青山经开区", 2023)]
