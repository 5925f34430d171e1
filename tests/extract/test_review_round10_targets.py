"""Review of round 10, targets: a batch's breakdown holds only for the lines that go on with it, a rank is read
from ranking words (not any 居), the goal inside a share done is named by its own clause, and a finished year's
share of its goal states no target.

The sentences are written for these tests; places and figures are invented."""
import datetime as dt

from tests.extract.test_real_targets_round8 import _all
from warehouse.extract.measures import clause_start
from warehouse.extract.sections import RANKED, heading_mode

APRIL = dt.date(2025, 4, 8)
JANUARY = dt.date(2025, 1, 15)
JULY = dt.date(2025, 7, 12)


def _values(text, published=APRIL):
    return [t.value for t in _all(text, published)]


# --- 1. a breakdown of a batch holds only while the lines go on dividing it up ---

_BATCH = "今年全镇计划推进重点项目60个，年度计划投资90亿元。其中，农业类项目20个，年度投资15亿元。"


def test_a_goal_after_a_line_of_words_that_ends_the_breakdown_is_a_target():
    got = _values(_BATCH + "\n各村各部门要压实责任，比学赶超。\n城乡居民人均可支配收入增长7%左右。")
    assert got == [9000000000, 7]


def test_a_goal_on_the_line_right_after_the_breakdown_is_a_target():
    text = "今年全镇计划推进重点项目60个。其中，文旅类项目12个，力争完成投资30亿元。\n全镇社会消费品零售总额增长9%。"
    assert 9 in _values(text)


def test_a_batchs_planned_money_after_the_breakdown_has_ended_is_a_target():
    text = _BATCH + "\n各村各部门要压实责任，比学赶超。\n续建项目25个，年度计划投资40亿元。"
    assert _values(text) == [9000000000, 4000000000]


def test_a_heading_ends_the_breakdown():
    text = _BATCH + "\n二、下半年重点任务\n新开工项目18个，年度计划投资26亿元。"
    assert 2600000000 in _values(text)


def test_the_kinds_that_go_on_dividing_the_batch_stay_composition():
    # (the next kind with no 类, right after a kind: still the batch divided up)
    text = _BATCH + "水利项目8个，年度投资6亿元；交通项目5个，年度投资9亿元。"
    assert _values(text) == [9000000000]


def test_an_unmarked_figure_after_a_finished_years_breakdown_stays_no_target():
    # the lines before the breakdown stated results: after it the lines go on as results
    text = ("2024年全镇实施重点项目60个，完成投资88亿元。其中，农业类项目20个，总投资15亿元。\n"
            "全镇上下干劲十足。\n城乡居民人均可支配收入增长7%。")
    assert _values(text) == []


# --- 2. a place in a ranking, read by the ranking words ---

def test_a_count_in_people_with_a_ju_inside_a_word_is_a_target():
    text = "今年主要目标：招聘乡村医生30位，新增居家照护员150位，培训民居修缮工匠40位。"
    assert _values(text) == [30, 150, 40]


def test_a_place_in_a_ranking_is_no_target():
    assert _values("今年主要目标：全县生产总值增长6%，在全省县域经济考核中位居第12位。") == [6]
    assert _values("今年主要目标：全县生产总值增长6%，县域综合实力居全省第8位。") == [6]


def test_ranking_words_are_one_pattern_for_headings_and_targets():
    assert RANKED.search("排名第9位") and RANKED.search("居全省前列") and RANKED.search("名列全市第3")
    assert not RANKED.search("居家养老") and not RANKED.search("城乡居民") and not RANKED.search("民居")
    assert heading_mode("主要经济指标均居全市前列", APRIL) is None


# --- 3. a goal named inside the share done ---

def test_the_goal_takes_the_name_its_own_clause_gives():
    text = ("1-6月，全区完成民间投资30亿元，同比增长4%，其中工业技改投资完成12亿元，完成年度目标任务的55%，"
            "全区社会消费品零售总额完成年度任务80亿元的48%。")
    got = [(t.indicator, t.value) for t in _all(text, JULY)]
    assert got == [("社会消费品零售总额", 8000000000)]


def test_a_share_clause_with_no_name_of_its_own_takes_the_figure_done_before_it():
    text = "1-6月，全区完成工业投资42亿元，完成市定年度目标90亿元的46.7%。"
    assert [(t.indicator, t.value) for t in _all(text, JULY)] == [("工业投资", 9000000000)]


def test_a_finished_years_share_of_its_goal_states_no_target():
    # a review opening
    text = "过去一年，全区完成工业投资95亿元，完成年度目标90亿元的105.6%，完成技改投资20亿元，完成目标任务18亿元的111%。"
    assert _all(text, JULY) == []
    # in a year's first months, with no month or part of the year named: the year just ended
    assert _all("全区完成工业投资95亿元，完成年度目标90亿元的105.6%。", JANUARY) == []


def test_the_current_years_progress_in_its_first_months_keeps_its_goal():
    assert _values("1月份，全区完成工业投资8亿元，完成年度目标100亿元的8%。", dt.date(2025, 2, 12)) == [10000000000]
    assert _values("今年以来，全区完成工业投资8亿元，完成年度目标100亿元的8%。", dt.date(2025, 2, 12)) == [10000000000]


# --- 4. one way to find where a clause starts ---

def test_clause_start():
    assert clause_start("全县，完成投资", 6) == 3
    assert clause_start("完成投资", 3) == 0


def test_the_undertakings_a_government_announces_for_its_year_set_out_the_plan():
    text = "今年县政府将集中力量办好十件惠民实事。\n新建农村公路50公里。"
    assert _values(text) == [50]
    # a finished year's undertakings are reported, not planned
    assert _values("2023年十件惠民实事全部落地见效。\n新建农村公路50公里。") == []
