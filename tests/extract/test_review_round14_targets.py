"""Round-14 review findings on targets: an outlook heading that outlived the results after it, a span of years carried
into paragraphs of bare figures, and a cue word left in the indicator of a 分别 list.

The sentences are written for these tests; places and figures are invented."""
import datetime as dt

from tests.extract.test_real_targets_round8 import _all

JANUARY = dt.date(2026, 1, 20)


def _years(text, published=JANUARY):
    return sorted((t.indicator, t.value, t.target_year) for t in _all(text, published))


# --- a line that opens on a past period (or an annex) ends the outlook ---

def test_a_look_back_after_the_outlook_reports_results():
    text = ("展望2026年\n全县生产总值增长5.5%左右。\n回顾过去一年，全县工业用电量增长9.2%。\n"
            "社会消费品零售总额增长4.4%，农民人均可支配收入增长7.1%。")
    assert [(t.indicator, t.value) for t in _all(text, JANUARY)] == [("生产总值", 5.5)]


def test_a_past_year_or_an_annex_after_the_outlook_reports_results():
    text = "展望2026年\n全县生产总值增长5.5%左右。\n2025年，全县工业用电量增长9.2%。\n农民人均可支配收入增长7.1%。"
    assert [t.value for t in _all(text, JANUARY)] == [5.5]
    text = "展望2026年\n全县生产总值增长5.5%左右。\n附件：2025年主要指标完成情况\n工业用电量增长9.2%，农民人均可支配收入增长7.1%。"
    assert [t.value for t in _all(text, JANUARY)] == [5.5]


def test_goal_lines_under_the_outlook_still_are_goals():
    text = "展望2026年\n全县生产总值增长5.5%左右。\n一般公共预算收入增长4%。\n2026年，全县新增规上企业30家。"
    assert sorted(t.value for t in _all(text, JANUARY)) == [4, 5.5, 30]


# --- the span of years carries on only with figures worded as its goals ---

def test_a_bare_growth_figure_after_the_span_takes_no_span():
    text = "未来三年的主要目标是：全县生产总值年均增长6%以上。\n农民人均可支配收入增长7.1%，工业用电量增长9.2%。"
    assert _years(text) == [("农民人均可支配收入", 7.1, 2026), ("工业用电量", 9.2, 2026), ("生产总值", 6, 2028)]


def test_figures_worded_as_goals_or_under_a_field_keep_the_span():
    text = ("未来三年的主要目标是：全县生产总值年均增长6%以上。\n力争农民人均可支配收入达到5万元。\n"
            "工业方面，工业用电量增长9.2%。")
    assert _years(text) == [("农民人均可支配收入", 50_000, 2028), ("工业用电量", 9.2, 2028), ("生产总值", 6, 2028)]


# --- a cue before 分别 / 均 is no part of the indicator ---

def test_the_cue_before_each_is_off_the_indicator():
    found = _all("今年，温州市、台州市、衢州市工业投资确保分别增长8%、9%、12%。", JANUARY)
    assert sorted((t.subject, t.indicator, t.value) for t in found) == \
        [("台州市", "工业投资", 9), ("温州市", "工业投资", 8), ("衢州市", "工业投资", 12)]
    found = _all("今年，温州市、台州市工业投资力争均增长8%。", JANUARY)
    assert sorted((t.subject, t.indicator) for t in found) == [("台州市", "工业投资"), ("温州市", "工业投资")]


def test_a_list_of_places_without_a_cue_before_each_keeps_its_name_and_results_stay_results():
    found = _all("今年力争温州市、台州市固定资产投资分别增长8%、9%。", JANUARY)
    assert {t.indicator for t in found} == {"固定资产投资"}
    assert _all("1-11月，温州市、台州市工业投资分别增长8%、9%。", JANUARY) == []


def test_a_level_or_a_count_or_a_doubling_after_the_span_keeps_it():
    text = ("未来三年的主要目标是：全县生产总值年均增长6%以上。\n"
            "文旅融合取得新成效，新增省级旅游度假区2个，景区智慧化率达90%，规上文旅企业数量实现双倍增。")
    assert {t.target_year for t in _all(text, JANUARY)} == {2028}
