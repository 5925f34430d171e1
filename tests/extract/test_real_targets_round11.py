"""Target classes, round 11 (fresh real texts annotated apart from the rules: a review paragraph whose only forward word
was a plan counted as a document, a year's first quarter named with its year, a share of the year's goal named by
what it measures, a threshold passed for the first time, analysts' forecasts, a table's progress column, the yield of
projects just named, a party session's ordinal, goals set with 将…目标设为, places read as indicators, and goals stated
as a relation to the economy's growth or to what a higher level requires).

The sentences are written for these tests in the shapes real reports and news use; places and figures are invented."""
import datetime as dt

from tests.extract.test_real_targets_round8 import _all, _targets
from tests.extract.test_real_targets_round9 import _named
from warehouse.extract.measures import find_measures

JANUARY = dt.date(2025, 1, 20)
APRIL = dt.date(2025, 4, 25)
DECEMBER = dt.date(2024, 12, 10)
FEBRUARY = dt.date(2025, 2, 5)


# --- 规划 as a document drawn up or counted is no forward marker ---

def test_plans_drawn_up_or_counted_do_not_turn_a_review_into_goals():
    text = ("城乡规划日趋完善。完成北城片区详细规划编制，修编乡镇国土空间规划12个，新建停车位300个。"
            "新增绿道18公里。")
    assert _targets(text, JANUARY) == set()


def test_a_plan_to_be_drawn_up_still_looks_forward():
    assert {t[2] for t in _targets("今年将规划建设城市绿道20公里。", JANUARY)} == {20}
    got = _all("到2027年，编制完成村庄规划150个以上。", JANUARY)
    assert [(t.value, t.target_year) for t in got] == [(150, 2027)]


# --- a quarter named with its year (2025年一季度) is part of the year ---

def test_figures_after_a_years_first_quarter_are_progress_not_goals():
    text = ("今年全区力争地区生产总值增长6%以上。\n"
            "2025年一季度，全区经济开局良好。初步测算，地区生产总值增长6.4%；规上工业增加值增长9.1%。")
    got = _targets(text, APRIL)
    assert {t[2] for t in got} == {6}


def test_a_firm_cue_still_sets_a_goal_for_the_quarter_and_the_year_stays_whole():
    got = _named("2025年一季度，力争规上工业增加值增长8%以上。", dt.date(2025, 1, 10))
    assert got["规上工业增加值"].value == 8
    got = _named("2025年，全区力争地区生产总值增长6%左右。", JANUARY)
    assert got["地区生产总值"].qualifier == "around"


# --- a share of the year's goal named by what it measures (完成全年总量目标的) ---

def test_a_share_of_the_years_goal_named_by_its_measure_is_a_result():
    text = ("——规上工业增加值预计完成420亿元，完成全年总量目标的104%，同比增长9.5%，高于全年增速目标1.5个百分点；")
    assert _targets(text, DECEMBER) == set()


def test_a_goal_for_the_whole_year_with_no_share_stays_a_goal():
    got = _named("全年总量目标为规上工业增加值增长8%左右。", JANUARY)
    assert any(t.value == 8 for t in got.values())


# --- a threshold passed for the first time is a milestone reported ---

def test_a_first_time_threshold_passed_is_a_result():
    # (after a goal, a sentence with no marker of its own would go on stating goals)
    text = "今年全省力争地区生产总值增长5%左右。\n湖东省GDP首次突破5万亿元。江北区社会消费品零售总额首次突破600亿元。"
    assert {t[2] for t in _targets(text, FEBRUARY)} == {5}
    assert _targets("去年，湖东省GDP首次突破5万亿元。", FEBRUARY) == set()


def test_a_first_time_threshold_under_a_cue_or_beside_a_goal_stays_a_goal():
    got = _named("力争全市GDP首次突破3000亿元。", FEBRUARY)
    assert any(t.value == 3e11 for t in got.values())
    # (the milestone's own figure only: the goal after it in the sentence is kept)
    got = _named("去年全县财政收入首次突破50亿元，今年力争增长8%。", FEBRUARY)
    assert any(t.value == 8 for t in got.values()) and not any(t.value == 5e9 for t in got.values())


# --- analysts' forecasts are not goals ---

def test_an_analysts_forecast_is_no_goal():
    assert _targets("多家机构对今年GDP增速目标预测均值为4.9%，CPI涨幅预测值为1.5%。", FEBRUARY) == set()
    assert _targets("首席经济学家李明：今年全国经济增速大概率超过4.8%。", FEBRUARY) == set()


def test_a_goal_in_a_sentence_with_a_forecast_elsewhere_is_kept():
    got = _named("据预测，今年消费将稳步回升，全市力争社会消费品零售总额增长7%。", FEBRUARY)
    assert got["社会消费品零售总额"].value == 7


# --- a table's progress column (进展情况：) ---

def test_figures_after_a_progress_label_are_done():
    text = "今年将新建城区公园3个；进展情况：东湖公园绿化完成85%，园路完成60%。"
    got = _all(text, dt.date(2025, 10, 15))
    assert [t.value for t in got] == [3]


def test_a_cue_after_a_progress_label_still_sets_a_goal():
    got = _named("完成情况：一季度已开工12个，力争全年开工项目30个以上。", FEBRUARY)
    assert any(t.value == 30 for t in got.values())


# --- what the projects just named will yield ---

def test_the_yield_of_projects_just_named_is_no_goal():
    text = "至年底，两个项目年工业产值将达12亿元、出口额2亿美元。"
    assert _targets(text, dt.date(2025, 6, 3)) == set()
    assert _targets("上述项目投产后，预计年销售收入将达30亿元。", dt.date(2025, 6, 3)) == set()


def test_a_government_goal_naming_projects_elsewhere_is_kept():
    got = _named("今年，全市两个项目库入库项目力争新增120个，工业产值将达到3000亿元。", dt.date(2025, 2, 3))
    assert any(t.value == 3e11 for t in got.values())


# --- a party session's ordinal ---

def test_the_fourth_session_of_a_term_is_no_count():
    text = "报告提出2025年工作总体要求：贯彻落实市委十三届四次、五次全会精神，全市新增就业5万人以上。"
    got = _named(text, JANUARY)
    assert all(t.unit != "次" for t in got.values()) and any(t.value == 50000 for t in got.values())
    got = _named("今年力争举办招商推介活动20次以上。", JANUARY)
    assert any(t.value == 20 and t.unit == "次" for t in got.values())


# --- a goal set with 将…目标设为 / 把…目标锚定为 ---

def test_the_name_of_a_goal_set_is_what_stands_before_its_goal():
    m = find_measures("湖北将2025年GDP增长目标设定为5.5%左右。")[0]
    assert (m.indicator, m.subject, m.metric, m.qualifier) == ("GDP", "湖北", "growth", "around")
    m = find_measures("东阳市将今年新增就业目标定为2万人。")[0]
    assert (m.indicator, m.subject, m.value) == ("新增就业", "东阳市", 20000)
    m = find_measures("其中，青海、宁夏均将2025年增速目标设为6%左右。")[0]
    assert m.indicator == "增速" and m.value == 6
    m = find_measures("不少省份把2025年GDP增长目标锚定为5%。")[0]
    assert m.indicator == "GDP" and m.subject is None  # (who sets it is no place)


def test_a_goal_set_reads_in_a_notice_and_a_plain_sentence_is_untouched():
    got = _named("湖东将2025年GDP增长目标设定为5.5%左右。", FEBRUARY)
    assert got["GDP"].value == 5.5 and got["GDP"].target_year == 2025
    m = find_measures("县政府将新增就业作为重点，全年新增就业2万人。")[0]
    assert m.indicator == "新增就业" and m.subject is None


# --- a place is no indicator ---

def test_places_named_with_a_figure_are_not_indicators():
    text = "各地今年经济增长目标各有不同，广东为5%，江苏、山东均为5%以上，绝大多数省份不低于4.5%。"
    assert _targets(text, FEBRUARY) == set()


def test_an_indicator_naming_a_place_inside_it_is_kept():
    got = _named("今年全省入境游客力争达到300万人次，海南自贸港新增市场主体5万户。", FEBRUARY)
    assert got["入境游客"].value == 300 and got["海南自贸港新增市场主体"].value == 50000


# --- goals stated as a relation ---

def test_relations_to_the_economys_growth_and_to_a_higher_levels_requirement():
    got = _named("今年主要预期目标是：生产总值增长6%左右，农村居民人均可支配收入与同期GDP增速保持同步。", FEBRUARY)
    assert got["农村居民人均可支配收入"].value is None
    got = _named("今年确保工业投资增长快于经济增长。", FEBRUARY)
    assert got["工业投资"].qualifier == "at_least" and got["工业投资"].commitment == "hard"
    got = _named("今年主要预期目标是：PM2.5平均浓度和重污染天数比率均完成市下达。", FEBRUARY)
    assert got["重污染天数比率"].commitment == "expected"
    got = _named("今年主要预期目标是：地区生产总值增长6%。单位GDP能耗、碳排放等指标按省要求落实。", FEBRUARY)
    assert {"单位GDP能耗", "碳排放"} <= set(got)


def test_words_like_a_relation_that_set_no_goal():
    # (a margin named: the number, not the relation; funds put to use as required; a comparison with cities)
    got = _all("今年力争工业投资增速高于经济增长3个百分点。", FEBRUARY)
    assert [t.value for t in got] == [3]
    assert _targets("去年下达的专项资金已按省要求落实到位。", FEBRUARY) == set()
    assert _targets("农民收入增速高于城镇居民。", FEBRUARY) == set()
