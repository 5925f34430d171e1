"""Review of round 13, targets: the narrowings that dropped true goals, mended by the rule each one meant (a quoted
goal is a programme's name only when a programme's noun follows the quote; a goal restated beside the months only when
something marks it as a goal; a project's phase holds only for the clauses it opens; a number of times a year that a
cue sets is a goal), the readers that let a name or a figure run on (money with its 元 left out only after a verb, one
figure after 分别 for names that share their words, 两位数增长 only of a figure one can name, one road section and not
手段), and the run-on sentence of figures read in linear time.

The sentences are written for these tests; places and figures are invented."""
import datetime as dt

from tests.benchmarks.worstcase import a_years_results, figures_without_yuan, shares_as_fractions
from tests.extract.test_real_targets_round8 import _targets
from tests.extract.test_real_targets_round9 import _named
from tests.extract.test_real_targets_round13 import _values
from warehouse.extract import extract_document
from warehouse.extract.measures import find_goal_measures
from warehouse.extract.sections import clause_subject
from warehouse.extract.targets import subject_before

FEBRUARY = dt.date(2025, 2, 10)
SEPTEMBER = dt.date(2025, 9, 20)
OCTOBER = dt.date(2025, 10, 25)


# --- 1. a quoted goal: a programme's name only when a programme's noun follows the quote ---

def test_a_quoted_goal_followed_by_words_for_a_goal_is_a_goal():
    assert _values("今年，全区要紧扣“一般公共预算收入增长7%”这一目标，抓好税源培育。") == [7]
    got = _named("今年，全县上下要围绕“新增规上工业企业40家以上”的奋斗目标，奋力攻坚。")
    assert (got["规上工业企业"].value, got["规上工业企业"].qualifier) == (40, "at_least")
    got = _named("确保完成“社会消费品零售总额增长6.5%”的年度目标任务。")
    assert (got["社会消费品零售总额"].value, got["社会消费品零售总额"].commitment) == (6.5, "hard")
    assert _values("今年，全市要坚持“规上工业增加值增长9%”不动摇。") == [9]
    assert _values("今年，力争完成“地区生产总值增长6%”等年度目标。") == [6]
    # (a programme's noun that 目标 follows names a goal too)
    assert _values("今年，全区力争实现“工业投资增长15%”攻坚目标。") == [15]


def test_a_figure_ending_a_quoted_programme_name_is_still_no_goal():
    assert _targets("今年，全县将打好“工业投资三年翻番”攻坚战。") == set()
    assert _targets("今年，全区实施“企业上市倍增”三年行动。") == set()
    assert _targets("今年，全市启动“百亿技改”工程。") == set()


# --- 2. a goal restated beside the months: only what something marks as a goal ---

def test_a_result_so_far_beside_the_months_is_no_goal():
    assert _targets("今年以来，全区规上工业增加值增长12%以上，1-8月增长13.5%。", SEPTEMBER) == set()
    assert _targets("全县外贸出口同比增长15%以上，前三季度增长16.2%。", OCTOBER) == set()
    assert _targets("全区社会消费品零售总额增长7%左右，上半年增长6.8%。", SEPTEMBER) == set()


def test_a_goal_marked_as_one_beside_the_months_is_still_a_goal():
    assert _values("年度目标中，固定资产投资增长10%以上，1-9月增长7.6%。", OCTOBER) == [10]
    assert _values("滞后指标为：第4项地区生产总值增长6%以上，三季度增长5.2%。", OCTOBER) == [6]
    assert _values("牵头的第6项一般公共预算收入增长5%”，前三季度增长3.1%。", OCTOBER) == [5]


# --- 3. money with its 元 left out: only a verb or a qualifier between its word and the figure ---

def _amounts(text):
    return [(m.indicator, m.value) for m in find_goal_measures(text) if m.metric == "amount"]


def test_people_or_households_counted_in_wan_are_no_money():
    assert _amounts("今年，全区将对低收入家庭0.8万、低收入人口1.6万开展帮扶。") == []
    assert _amounts("今年力争新增投资主体2万，培育纳税大户300家。") == []
    assert _amounts("今年要帮扶中等收入群体3万。") == []
    assert _targets("力争全年新增投资者2.6万。") == set()


def test_money_after_a_verb_or_a_qualifier_keeps_its_unit():
    assert _amounts("今年全区工业投资将突破45亿。") == [("工业投资", 4_500_000_000)]
    assert _amounts("全年实现旅游收入约80亿。") == [("旅游收入", 8_000_000_000)]


# --- 4. one figure after 分别: the names it holds for share their words ---

def test_one_figure_for_town_and_country_names_both_in_full():
    got = _named("今年，力争城镇和农村居民人均可支配收入分别增长6.5%。")
    assert set(got) == {"城镇居民人均可支配收入", "农村居民人均可支配收入"}
    got = _named("确保城乡居民人均可支配收入分别增长7%。")
    assert set(got) == {"城镇居民人均可支配收入", "农村居民人均可支配收入"}


def test_one_figure_for_levels_and_measure_words_gives_each_its_head():
    got = _named("今年力争新增国家级和省级专精特新企业分别10家。")
    assert {(n, t.value) for n, t in got.items()} == {("国家级专精特新企业", 10), ("省级专精特新企业", 10)}
    got = _named("今年，力争全区规上工业产值和增加值分别增长12%。")
    assert set(got) == {"规上工业产值", "规上工业增加值"}


def test_names_that_do_not_pair_up_stay_one():
    names = [m.indicator for m in find_goal_measures("今年，全区城镇和农村分别增长6%。")]
    assert "城镇" not in names and "农村" not in names


# --- 5. a project's phase holds for the clauses it opens, not past a scope or a subject of their own ---

def test_goals_after_a_phase_under_a_scope_of_their_own_stay_goals():
    text = "今年要加快智能制造产业园建设，一期年内建成，全区规上工业增加值增长9%，新增规上企业25家。"
    assert _values(text) == [9, 25]
    assert _values("今年，全县将推进物流园区提升，一期仓储年底投用，全年新增限上企业12家。") == [12]


def test_what_a_projects_phase_brings_stays_the_projects():
    assert _targets("该产业园项目总投资20亿元，一期计划引进企业8家，新增就业岗位600个。") == set()


# --- 6. a number of times a year a cue sets is a goal; a duty's rhythm is a routine ---

def test_times_a_year_that_a_cue_sets_are_a_goal():
    got = _named("力争每年举办人才招聘会4次以上。")
    assert [(t.value, t.qualifier, t.commitment) for t in got.values()] == [(4, "at_least", "aspirational")]


def test_the_rhythm_of_a_duty_is_no_goal():
    assert _targets("每年开展职工体检1次。") == set()
    assert _targets("确保每月召开项目调度会2次。") == set()


# --- 7. 两位数增长 of no figure one can name is no goal ---

def test_double_digit_growth_of_the_economy_as_a_whole_is_no_goal():
    assert _targets("会上他说：“今年要实现两位数的增长。”") == set()
    assert _targets("今年全区经济力争实现两位数增长。") == set()
    assert _targets("今年，全市各项指标力争保持两位数增长。") == set()


def test_double_digit_growth_of_a_named_figure_is_still_a_goal():
    got = _named("今年，全区规上工业增加值力争实现两位数增长。")
    assert [(t.value, t.qualifier) for t in got.values()] == [(10, "at_least")]


# --- 8. one road's section, not 手段 / 时段 ---

def test_money_planned_by_other_means_is_a_goal():
    assert _values("今年，全区将通过多种手段计划投资18亿元，推进老旧小区改造。") == [1_800_000_000]


def test_the_money_of_one_section_is_the_works():
    assert _targets("其中，丰溪至青山段规划投资24亿元。") == set()
    assert _targets("其中，沿江快速路三标段规划投资6亿元。") == set()


# --- a sentence of hundreds of figures: every figure read (how the time grows is tests/benchmarks/worstcase.py) ---

def test_a_run_on_sentence_of_figures_gives_every_figure():
    n = 600
    for text in (figures_without_yuan(n), shares_as_fractions(n)):
        assert len(extract_document(text, published=FEBRUARY).targets) == n
    # (a finished year's results, read as results: each figure's year and its part of the year)
    assert len(extract_document(a_years_results(n), published=FEBRUARY).outcomes) == n


def test_the_subject_before_a_figure_is_the_one_clause_subject_gives():
    texts = ["2025年，全县坚持稳中求进，丰溪经开区新增规上企业12家，全市固定资产投资增长8%；我区社会消费品零售总额增长6%。",
             "今年，全区力争地区生产总值增长6%，\n高新区规上工业增加值增长9%以上。",
             "力争新增规上企业20家、专精特新企业5家"]
    for text in texts:
        for end in range(len(text) + 1):
            assert subject_before(text, end) == clause_subject(text, end)
