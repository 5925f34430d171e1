"""Review of round 11, targets: narrowings that dropped true goals and results, mended by the rule each one meant
(the words after a progress label that look forward, a first-time threshold set as a goal, a plan's own projection,
a quarter named with its year whose figures stay results), and the provinces as one list.

The sentences are written for these tests; places and figures are invented."""
import datetime as dt

from tests.extract.test_real_targets_round8 import _all, _targets
from tests.extract.test_real_targets_round9 import _named
from warehouse.extract import extract_document
from warehouse.extract.awards.parts import PROVINCES
from warehouse.extract.measures import PROVINCE

FEBRUARY = dt.date(2025, 2, 5)
JUNE = dt.date(2025, 6, 15)
JULY = dt.date(2025, 7, 20)
DECEMBER = dt.date(2025, 12, 10)


def _outcomes(text, published):
    return [(o.indicator, o.value) for o in extract_document(text, published=published).outcomes]


# --- 6. after a progress label, words that look forward still set a goal ---

def test_a_plan_or_future_after_a_progress_label_is_a_goal():
    assert [t.value for t in _all("项目进展：主体结构已封顶，计划年底前完成投资8亿元。", JUNE)] == [8e8]
    assert [t.value for t in _all("实施情况：已建成农贸市场2个，年内将再建成农贸市场4个。", JUNE)] == [4]
    assert [t.value for t in _all("推进情况：今年计划改造老旧小区15个，已完工6个。", JUNE)] == [15]
    got = _all("进展情况：一期已投产，到2027年建成全部生产线12条。", JUNE)
    assert [(t.value, t.target_year) for t in got] == [(12, 2027)]


def test_what_is_done_after_a_progress_label_stays_no_goal():
    assert _targets("执行情况：已完成投资6亿元，完成年度计划的60%。", JUNE) == set()
    assert _targets("落实情况：全年新增城镇就业1.2万人，开工项目25个。", DECEMBER) == set()
    assert _targets("进展情况：截至目前完成投资3亿元，主体工程将于明年建成。", JUNE) == set()
    assert _targets("工作进展：完成要素保障项目18个，重点项目开工率达到85%。", JUNE) == set()
    # (a goal met, 完成年度目标, looks back; 计划总投资 describes the works)
    assert _targets("进展情况：完成年度目标，新建公园3个。", JUNE) == set()
    assert _targets("进展情况：计划总投资12亿元，已完成投资5亿元。", JUNE) == set()
    # (the goal before the label stays, the counts after it are done)
    assert [t.value for t in _all("今年计划新建口袋公园5个；完成情况：已建成3个，在建2个。", JUNE)] == [5]


# --- 7. a first-time threshold is a goal when a period to come, 目标, 要 or 将 sets it ---

def test_a_first_time_threshold_set_ahead_is_a_goal():
    got = _named("到2028年，全县规上工业产值首次突破500亿元。", FEBRUARY)
    assert (got["规上工业产值"].value, got["规上工业产值"].target_year) == (5e10, 2028)
    assert _named("明年的目标是全市社会消费品零售总额首次突破300亿元。", FEBRUARY)["社会消费品零售总额"].value == 3e10
    assert _named("今年，全区财政总收入要首次突破80亿元。", FEBRUARY)["财政总收入"].value == 8e9
    assert _named("全县一般公共预算收入将首次突破30亿元。", FEBRUARY)["一般公共预算收入"].value == 3e9


def test_a_first_time_threshold_reported_is_no_goal():
    assert _targets("全县一般公共预算收入已首次突破30亿元。", FEBRUARY) == set()
    assert _targets("2024年，全市外贸进出口总额首次突破200亿元。", FEBRUARY) == set()
    assert _targets("全市常住人口首次突破300万人。", FEBRUARY) == set()
    assert _targets("今年以来，全区旅游收入首次突破百亿元，实现旅游收入105亿元。", FEBRUARY) == set()
    # (a goal met before the milestone, 完成既定目标, looks back; 主要 holds no 要)
    assert _targets("全市上下齐心协力完成既定目标，地区生产总值首次突破千亿元。", DECEMBER) == set()
    assert _targets("全市主要经济指标稳中向好，规上工业产值首次突破500亿元。", DECEMBER) == set()


# --- 8a. a plan's own projection states its targets; others' forecasts do not ---

def test_a_plans_own_projection_is_a_goal():
    got = _named("本规划预测2035年中心城区常住人口达到80万人。", FEBRUARY)
    assert (got["中心城区常住人口"].value, got["中心城区常住人口"].target_year) == (800000, 2035)
    assert _named("国土空间总体规划预测2035年全县城镇化率达到70%。", FEBRUARY)["城镇化率"].value == 70


def test_a_forecast_by_others_is_still_no_goal():
    assert _targets("有分析师预测今年全市GDP增速为5.2%。", FEBRUARY) == set()
    assert _targets("机构预测明年全省工业增加值增长6%左右。", FEBRUARY) == set()
    assert _targets("专家预测2030年全市人口将达到150万人。", FEBRUARY) == set()
    assert _targets("多家券商预测全年社零增速约为4.5%。", FEBRUARY) == set()


# --- 9. a quarter named with its year: no goal for the year, but its figures stay results ---

def test_a_quarter_named_with_its_year_keeps_its_results():
    text = "2024年二季度，全县社会消费品零售总额增长7.2%；固定资产投资增长5.5%。"
    assert _outcomes(text, FEBRUARY) == [("社会消费品零售总额", 7.2), ("固定资产投资", 5.5)]
    assert _targets(text, FEBRUARY) == set()
    assert [value for _, value in _outcomes("2024年二季度以来，全市新增市场主体5000户。", FEBRUARY)] == [5000]


def test_this_years_quarter_is_part_of_the_year_too():
    text = ("今年全市确保地区生产总值增长5.5%。\n"
            "今年二季度，全市经济稳中有进。经初步核算，地区生产总值增长5.8%；社会消费品零售总额增长6.1%。")
    assert {t[2] for t in _targets(text, JULY)} == {5.5}
    assert {value for _, value in _outcomes(text, JULY)} >= {5.8, 6.1}
    got = _outcomes("今年二季度，全区规上工业增加值增长8.3%，外贸出口增长4.4%。", JULY)
    assert got == [("规上工业增加值", 8.3), ("外贸出口", 4.4)]


def test_a_quarter_alone_or_looking_forward_gives_no_result():
    # (a quarter with no year, as before: progress, neither the year's result nor its goal)
    assert _outcomes("二季度，全区工业增加值增长7%。", JULY) == []
    # (a quarter to come with 将: no result)
    assert _outcomes("2025年三季度，全区将开工项目20个。", JULY) == []
    assert _targets("2025年三季度，全区将开工项目20个。", JULY) == set()


# --- style: one list of provinces ---

def test_the_provinces_are_one_list():
    assert PROVINCES in PROVINCE
