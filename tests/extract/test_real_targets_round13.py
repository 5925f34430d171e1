"""Target classes, round 13 (fresh real texts annotated apart from the rules: a finished year's review that met its
goals, duties done so often a week, a project's first phase, a report's words before the year it opens on, quoted
campaign names and quoted goals aimed at, a cue inside a quoted speech, a five-year plan aimed at, falling ranges,
shares of the whole in a goals list's shorthand, counts listed with 和, one figure for two names, figures whose unit is
left out, a progress report's goals beside its months, the tally of a report's items, a headline under a page's
navigation, the money of one road section, and a batch's share).

The sentences are written for these tests in the shapes real reports and news use; places and figures are invented."""
import datetime as dt

from tests.extract.test_real_targets_round8 import _all, _targets
from tests.extract.test_real_targets_round9 import _named
from warehouse.extract.measures import find_goal_measures, find_measures

JANUARY = dt.date(2026, 1, 20)
FEBRUARY = dt.date(2026, 2, 5)
MARCH = dt.date(2026, 3, 5)
APRIL = dt.date(2026, 4, 10)
NOVEMBER = dt.date(2025, 11, 20)


def _values(text, published=MARCH):
    return sorted(t.value for t in _all(text, published))


# --- a finished year that met its goals: 完成了全年各项目标任务 is no goal ahead ---

def test_a_finished_year_that_met_its_goals_reports_results():
    text = "2025年，全区较好地完成了全年各项目标任务，全年完成固定资产投资86.5亿元，增长7.2%。"
    assert _targets(text, JANUARY) == set()


def test_a_goal_for_the_year_named_after_a_finished_year_still_looks_forward():
    text = "2025年，全区新增规上企业25家。2026年，全区力争全年完成固定资产投资95亿元。"
    assert _values(text, JANUARY) == [9_500_000_000]


# --- how often a duty is done (每周巡查3次) is a routine, not a goal ---

def test_how_often_a_duty_is_done_is_no_goal():
    text = "为此，双河乡将门溪江按村划分为4段，共设立1名乡级总河长，要求8名村级河长每周巡河2次，乡级总河长每周巡河1次。"
    assert _targets(text) == set()
    assert _values("今年全区力争开工项目30个。\n要求网格员每周巡查3次，每月开展隐患排查1次。") == [30]


def test_a_number_of_campaigns_for_the_year_is_still_a_goal():
    assert _values("今年力争开展专项整治行动3次。") == [3]


# --- a clause that opens on a project's phase gives what that phase has ---

def test_what_a_projects_first_phase_brings_is_the_projects():
    assert _targets("签约的智能装备产业园项目总投资30亿元，首期计划引进企业5家，入驻项目8个。") == set()
    assert _targets("该项目计划用地600亩（一期200亩），建成后年产值20亿元。") == set()


def test_a_firm_cue_on_a_phase_still_sets_a_goal():
    assert _values("力争一期工程年内建成，新增就业岗位500个。") == [500]
    assert _values("二期项目今年计划完成投资5亿元。") == [500_000_000]


# --- who reports it, before the year a sentence opens on, is no part of what is said ---

def test_a_report_quoted_before_the_coming_year_sets_the_goals_after_it():
    text = ("2025年，全区新增规上企业25家。\n"
            "会议指出，2026年，全区将加快产业升级。新增规上工业企业30家，培育专精特新企业10家以上。")
    got = _named(text, JANUARY)
    assert (got["规上工业企业"].value, got["规上工业企业"].target_year) == (30, 2026)
    assert got["专精特新企业"].qualifier == "at_least"


def test_a_report_quoted_before_a_finished_year_sets_no_goal():
    text = "2025年，全区新增规上企业25家。\n报告指出，2025年，全区产业升级加快。新增规上工业企业30家。"
    assert _targets(text, JANUARY) == set()


# --- a quoted name of a campaign is no goal; a quoted goal aimed at is one, whatever came before ---

def test_a_figure_ending_a_quoted_campaign_name_is_part_of_the_name():
    assert _targets("今年，全县将打好“园区五年翻番”收官战。") == set()


def test_a_quoted_goal_is_still_a_goal():
    assert _values("今年，全县锚定“规上工业产值翻一番”目标。") == [100]


def test_a_quoted_goal_aimed_at_since_the_years_start_is_a_goal():
    text = "今年以来，某区紧扣“固定资产投资80亿元、规上工业增加值增长10%”目标，狠抓项目建设。"
    assert _values(text, APRIL) == [10, 8_000_000_000]


def test_what_was_done_since_the_years_start_stays_a_result():
    assert _targets("今年以来，全区完成固定资产投资28亿元，增长10%。", APRIL) == set()
    # a goal met is no goal aimed at
    assert _targets("今年以来，全区已完成“新开工项目20个”目标。", APRIL) == set()


# --- a cue does not reach past the full stop of its sentence inside a quoted speech ---

def test_a_cue_ends_with_its_sentence_inside_a_quote():
    got = _named("他说：“今年全区力争地区生产总值增长7%。规上工业增加值增长9%以上。”")
    assert got["地区生产总值"].commitment == "aspirational"
    assert got["规上工业增加值"].commitment == "unspecified"
    got = _named("他说：“今年全区力争地区生产总值增长7%，规上工业增加值增长9%以上。”")
    assert got["规上工业增加值"].commitment == "aspirational"


# --- a five-year plan aimed at is no period of the figure after it ---

def test_a_plan_aimed_at_leaves_the_years_growth_for_the_year():
    got = _named("锚定“十五五”，全市地区生产总值预期增长6%左右", FEBRUARY)
    assert got["地区生产总值"].target_year == 2026


def test_the_end_of_a_plan_is_still_the_period():
    got = _named("到“十五五”末，全市地区生产总值突破3000亿元。", FEBRUARY)
    assert got["地区生产总值"].target_year == 2030
    got = _named("锚定“十五五”目标，全市地区生产总值年均增长6%。", FEBRUARY)
    assert got["地区生产总值"].target_year == 2030


# --- a fall over a range is negative at both ends ---

def test_a_falling_range_is_negative_at_both_ends():
    got = _named("今年主要预期目标：单位地区生产总值能耗下降2.5%—3%。")
    assert (got["单位地区生产总值能耗"].value, got["单位地区生产总值能耗"].value_high) == (-2.5, -3)
    got = _named("今年主要预期目标：城镇调查失业率控制在5%—5.5%。")
    assert (got["城镇调查失业率"].value, got["城镇调查失业率"].value_high) == (5, 5.5)


# --- shares of the whole in a goals list's shorthand ---

def test_shares_of_the_whole_written_without_de_or_as_fractions():
    text = "主要预期目标是：地方财政收入占全县28.5%，规上工业产值占全县1/6，高新技术企业数占全县比重超1/5。"
    got = {t.indicator: t for t in _all(text)}
    assert (got["地方财政收入"].metric, got["地方财政收入"].value) == ("share", 28.5)
    assert (got["规上工业产值"].metric, got["规上工业产值"].value) == ("share", 16.67)
    assert got["高新技术企业数占全县比重"].value == 20


def test_a_share_describing_a_noun_or_a_date_is_no_figure():
    assert not [m for m in find_goal_measures("力争培育占全市30%的龙头企业。") if m.value == 30]
    assert not [m for m in find_goal_measures("于2025/3/12印发，比重达到60%。") if m.unit == "%" and m.value != 60]
    assert not [m for m in find_goal_measures("截至3/12，全区共有企业50家。") if m.unit == "%"]
    # what find_measures reads is unchanged (other readers use it)
    assert not [m for m in find_measures("规上工业产值占全县1/6。") if m.unit == "%"]


def test_a_contribution_is_a_share_and_the_names_share_its_word():
    got = _named("今年力争对全县税收、就业贡献度分别达30%、25%。")
    assert {(n, t.metric, t.value) for n, t in got.items()} == {("税收贡献度", "share", 30), ("就业贡献度", "share", 25)}


def test_a_measure_word_is_not_shared_across_figures_of_other_units():
    names = [m.indicator for m in find_goal_measures("工业增加值、服务业增速分别为120亿元、7%。")]
    assert "工业增加值增速" not in names


# --- counts listed with 和, what is added, one figure for two names ---

def test_counts_listed_with_he_are_each_a_goal():
    got = _named("年内完成新增40辆新能源公交车和5条公交线路等民生任务。")
    assert (got["新能源公交车"].value, got["公交线路"].value) == (40, 5)


def test_a_noun_joined_by_he_with_no_count_after_is_one_name():
    names = [m.indicator for m in find_goal_measures("今年新建5个学校和医院。")]
    assert "学校" not in names


def test_a_net_addition_or_what_is_completed_is_a_count():
    got = _named("今年力争净增国家高新技术企业超25家。")
    assert [t.metric for t in got.values()] == ["count"]
    got = _named("确保新开工、新竣工亿元以上项目分别达15个。")
    assert {(n, t.value, t.metric) for n, t in got.items()} == {("新开工亿元以上项目", 15, "count"),
                                                               ("新竣工亿元以上项目", 15, "count")}


def test_a_stock_reached_stays_a_level():
    got = _named("今年力争国家高新技术企业达到250家。")
    assert [t.metric for t in got.values()] == ["level"]


def test_floors_listed_with_respectively_name_each_kind():
    got = _named("主要预期目标：新增10亿元企业、亿元企业分别不少于2家和6家。")
    assert {(n, t.value, t.qualifier) for n, t in got.items()} == {("10亿元企业", 2, "at_least"),
                                                                  ("亿元企业", 6, "at_least")}


# --- figures whose unit the words give ---

def test_money_named_by_what_it_is_with_its_yuan_left_out():
    assert _values("今年计划完成投资18.6亿。") == [1_860_000_000]


def test_people_in_wan_named_after_the_figure():
    got = _named("今年确保完成3.2万农村低收入人口增收任务。")
    assert [(t.value, t.unit, t.commitment) for t in got.values()] == [(32000, "人", "hard")]


def test_double_digit_growth_is_ten_per_cent_or_more():
    got = _all("主要预期目标：地区生产总值增长7%，力争实现两位数增长。")
    assert [(t.value, t.qualifier) for t in got] == [(7, "point"), (10, "at_least")]


def test_units_written_out_read_as_before():
    assert [(m.value, m.unit) for m in find_goal_measures("新增就业1.2万人，人均收入达到5万元。")] \
        == [(12000, "人"), (50000, "元")]
    assert not find_goal_measures("排名保持两位数，企业数量稳步增加。")


# --- a progress report restates the year's goal beside the months ---

def test_a_progress_report_restates_the_years_goal_beside_its_months():
    text = "主要指标进展：规上工业增加值增长8%以上，1-10月增长7.1%；社会消费品零售总额增长6%”，三季度增长4.2%。"
    assert _values(text, NOVEMBER) == [6, 8]


def test_a_part_of_the_year_named_before_the_figure_keeps_it_a_result():
    assert _targets("上半年，全市地区生产总值增长6%左右，二季度增长7%。", dt.date(2025, 7, 20)) == set()


def test_the_tally_of_a_reports_items_is_no_goal():
    assert _targets("147项重点工作中，3项已完成，7项未达预期。未达预期7项分别是：", NOVEMBER) == set()


# --- a headline under a page's navigation, restated in full by the body ---

def test_a_headline_under_the_navigation_is_restated_by_the_body():
    text = "网站无障碍\n首页 > 新闻\n今年全县工业投资将达50亿\n会上提出，确保工业固定资产投资突破50亿元。"
    got = _all(text)
    assert [(t.indicator, t.qualifier, t.commitment) for t in got] == [("工业固定资产投资", "at_least", "hard")]
    assert got[0].evidence == "今年全县工业投资将达50亿"


def test_a_different_sum_in_the_body_is_a_second_goal():
    text = "网站无障碍\n首页 > 新闻\n今年全县工业投资将达50亿\n会上提出，确保工业固定资产投资突破60亿元。"
    assert len(_all(text)) == 2


# --- the money of one road section, a batch's share, a comparison with the quarter before ---

def test_the_money_of_one_road_section_is_the_works():
    assert _targets("其中，某某高速公路甲至乙段规划投资86亿元，预计2027年建成。") == set()


def test_a_plan_periods_money_is_still_a_goal():
    assert _values("“十四五”时期全市规划投资5000亿元。", dt.date(2022, 3, 1)) == [500_000_000_000]


def test_the_share_of_a_batch_of_projects_is_how_it_is_made_up():
    text = "今年全市力争开工项目300个。\n眉山：79个项目集中开工，其中工业项目开工数和投资额均占60%以上。"
    assert _values(text) == [300]
    assert _values("主要预期目标：工业项目开工数占60%以上。") == [60]


def test_a_comparison_with_the_quarter_before_is_a_result():
    assert _values("今年全区将加快项目建设，力争开工项目30个。\n投资按季增197亿") == [30]
    assert _values("今年全区将加快项目建设，力争开工项目30个。\n投资环比增长12%。") == [30]


def test_a_programme_for_people_is_no_investment_project():
    assert _values("全年主要预期目标：新增省级人才项目入选数12个。") == [12]


def test_within_the_year_named_after_a_review_of_the_year_before_is_a_goal():
    text = "2025年，全市交通投资完成50亿元。\n今年，全市将加快交通建设，年内完成新增公交车30辆。"
    assert _values(text) == [30]


def test_within_the_year_in_a_review_of_the_year_before_is_that_years():
    assert _targets("2025年，全市经济稳中有进。年内完成固定资产投资50亿元，新增规上企业20家。", JANUARY) == set()
