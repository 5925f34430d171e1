"""Target classes, round 9 (fresh real texts annotated apart from the rules: work reports read out in January whose
figures are the finished year's estimates, project news quoting what a phase will yield, signing news, key-work lists
with no cue word, quarter goals under 力争, indicator lists joined by 均).

The sentences are written for these tests in the shapes real reports and news use; places and figures are invented."""
import datetime as dt

from tests.extract.test_real_targets_round8 import SPRING, SUMMER, _all, _targets
from warehouse.extract.measures import find_measures
from warehouse.extract.relations import find_relations

JANUARY = dt.date(2026, 1, 20)
FEBRUARY = dt.date(2026, 2, 16)


def _named(text, published=SPRING):
    return {t.indicator: t for t in _all(text, published)}


# --- false targets: results and estimates of the year just ended ---

# 预计 in a report of January with no period named: the finished year's figures are estimates until the statistics
# come out; the new year's goals name it (预计今年…) or sit under a goals lead-in
def test_an_estimate_early_in_the_year_is_the_finished_years_result():
    text = ("预计全区地区生产总值突破960亿元，增长7.2%左右；"
            "规模以上工业增加值超过310亿元，增长9%以上；社会消费品零售总额128亿元，增长6.1%。")
    assert _targets(text, JANUARY) == set()
    # the year it is for, named: a goal
    assert ("地区生产总值", "growth", 6, "%", "around", 2026) in _targets("预计今年全区地区生产总值增长6%左右。", JANUARY)
    # under a lead-in of goals, 预计 is the goal's commitment
    got = _named("今年主要预期目标：地区生产总值预计增长6%左右，一般公共预算收入增长5%。", JANUARY)
    assert got["地区生产总值"].commitment == "expected" and "一般公共预算收入" in got
    # after a firm cue in the same sentence, the estimate is one more goal
    got = _all("确保生产总值增长6%，力争增长7%，预计财政收入增长5%。", FEBRUARY)
    assert [t.commitment for t in got] == ["hard", "aspirational", "expected"]
    # late in the year the rule for a closing year's estimate applies as before; in summer a 预计 is a goal
    assert _targets("预计全年新增城镇就业2.1万人。", dt.date(2025, 11, 20)) == set()


# a sentence that opens on the year gone by and says what was done starts a review: the figures after it are its
# results even when the report announced its work plan a paragraph before
def test_a_review_opening_ends_the_work_plan_announced_before():
    plan = "区长指出，今年要重点抓好六个方面的工作，加快建设现代化新城。"
    review = "新区挂牌成立一年以来，各项工作扎实推进，圆满完成了全年主要目标任务。"
    results = "工业总产值突破520亿元，增长12%；新增国家高新技术企业86家，总量居全市第二。"
    assert _targets("\n".join([plan, review, results]), JANUARY) == set()
    # without the review, the figures after the work plan's lead are its items
    assert _targets("\n".join([plan, results]), JANUARY) != set()
    # a sentence about the year gone by that reports nothing done does not open a review
    text = "\n".join([plan, "过去一年，我们深知发展不易。", results])
    assert _targets(text, JANUARY) != set()


# --- false targets: what a project is or will yield, and the money of signed projects ---

# only a project is built in phases: what follows 一期建成后 is what the project will yield, even in a quote that
# does not name it
def test_what_a_phase_yields_once_built_is_the_projects():
    assert _targets("“二期建成后，预计年销售收入可达50亿元，创税4亿元，可带动就业2000人。”该负责人介绍。") == set()
    assert _targets("首期工程建成后，将形成年处理废旧电池10万吨的能力。") == set()
    # a goal with no phase being built stays a goal
    assert _targets("今年力争带动就业2000人。") == {("就业", "count", 2000, "人", "point", 2026)}


# the money of projects signed at an event (计划投资金额, 计划总投资) describes them, whatever 计划 says
def test_the_money_signed_projects_are_planned_to_cost_is_no_goal():
    text = "截至10日，我市已在博览会上签约合作项目12个，计划投资金额86.5亿元。"
    assert _targets(text, SUMMER) == set()
    # 计划总投资 does not make what follows it look ahead: what was spent is a result
    text = "截至目前，全市已有215个重大项目开复工，计划总投资820亿元，完成投资56亿元。"
    assert _targets(text, dt.date(2025, 4, 15)) == set()
    # the year's planned spending of a batch is still a goal
    text = "今年全市安排重点项目120个，计划总投资900亿元，年度计划投资260亿元。"
    assert {t[2] for t in _targets(text, dt.date(2025, 2, 20))} == {26_000_000_000}


# a clause of a project sentence that opens on a yearly output gives the project's capacity, whatever goods it
# lists before the figure (the list cuts the 年产 off the indicator)
def test_a_yearly_output_clause_in_a_project_sentence_is_its_capacity():
    text = "开发区与某科技公司签署了新材料项目，计划投资3亿元，年产管材、板材、型材等制品5万吨。"
    assert _targets(text, SUMMER) == set()
    text = "该风电项目规划装机容量300兆瓦，拟安装60台单机容量5兆瓦的机组。"
    assert _targets(text, SUMMER) == set()
    # a clause that opens on another figure, in a sentence that names a base, is not a project's capacity
    got = _targets("到2027年，全县建成高标准农田基地10万亩，粮食产量稳定在50万吨以上。", SUMMER)
    assert 50 in {t[2] for t in got}


# 未来 looks ahead as a span of years (未来三年), not inside the slogan of an event
def test_a_slogan_that_says_future_is_no_period_ahead():
    text = "9月8日，“携手未来共创辉煌”经贸洽谈会在深圳举行，15个项目签约落户，总金额80亿元。"
    assert _targets(text, dt.date(2025, 9, 10)) == set()
    got = _targets("未来三年，全市新增高新技术企业300家。", SUMMER)
    assert {t[2] for t in got} == {300}


# 拟认定 / 拟命名 with no period: the names put up for a title before it is given, not a goal
def test_names_put_up_for_a_title_are_no_goal():
    assert _targets("江西拟认定30家省级农业产业化龙头企业", SUMMER) == set()
    assert _targets("我市拟推荐12家企业申报国家级绿色工厂。", SUMMER) == set()
    # a count to be recognised in a year named is a goal
    got = _targets("今年拟新认定省级专精特新企业50家。", dt.date(2025, 3, 1))
    assert {t[2] for t in got} == {50}


# --- missed targets ---

# 全力争取 is 全力 + 争取, and 争取 with only funds for its object (争取…债券、资金) is "obtain": neither sets the
# commitment of the figures after it
def test_obtaining_funds_is_no_commitment():
    got = _all("明年，全力争取超长期特别国债、专项债券，完成8家平台公司转型；新增保障性住房2000套。")
    assert {t.commitment for t in got} == {"unspecified"} and len(got) == 2
    got = _all("明年，力争新增保障性住房2000套。")
    assert [t.commitment for t in got] == ["aspirational"]
    got = _all("明年，争取新增保障性住房2000套。")
    assert [t.commitment for t in got] == ["aspirational"]


# a report that names the coming year's key work after reviewing the last one turns to its goals: the quantified
# actions after it are targets even without a cue word
def test_the_years_key_work_named_after_the_results_turns_to_goals():
    text = ("2025年，全市生产总值增长6.1%，新增规上工业企业95家。"
            "在2026年重点工作部署中，交通枢纽、科技创新成为关键词。"
            "引进亿元以上产业项目20个。创建省级科技创新平台15家以上，实施科技攻关项目40个以上。")
    got = _targets(text, FEBRUARY)
    assert {t[2] for t in got} == {20, 15, 40}
    assert ("实施科技攻关项目", "count", 40, "个", "at_least", 2026) in got
    # a report of how the key work is going is no plan
    text = "2025年，全市生产总值增长6.1%。2025年重点工作进展顺利。新签约项目12个。"
    assert _targets(text, dt.date(2025, 8, 1)) == set()
    # a count of construction projects in a plan is how it is made up, not a goal (research projects are goals)
    text = "在2026年重点工作部署中，项目建设成为关键词。实施重点项目40个。"
    assert _targets(text, FEBRUARY) == set()


# 力争三季度… / 确保上半年…: a firm cue in the clause that names part of the year sets a goal for it
def test_a_firm_cue_before_a_part_of_the_year_sets_a_goal_for_it():
    got = _named("力争上半年全区规上工业增加值增长9%以上，固定资产投资增长12%以上。", dt.date(2025, 3, 20))
    assert set(got) == {"规上工业增加值", "固定资产投资"}
    assert {t.commitment for t in got.values()} == {"aspirational"}
    # the half year reported, no cue: a result
    assert _targets("上半年，全区规上工业增加值增长9.2%，固定资产投资增长12.5%。", dt.date(2025, 7, 20)) == set()
    # a cue in an earlier clause does not reach a part of the year named after it
    text = "确保全年目标任务完成，上半年全区规上工业增加值增长9.2%。"
    assert _targets(text, dt.date(2025, 7, 20)) == set()


# A、B均增长7%: the names listed before 均 each have the figure
def test_names_listed_before_each_share_the_figure():
    got = _named("力争全县财政总收入、地方财政收入均增长7%。")
    assert set(got) == {"财政总收入", "地方财政收入"}
    assert {(t.value, t.metric) for t in got.values()} == {(7, "growth")}
    got = _named("今年主要预期目标：规上工业增加值和服务业增加值均增长7%左右。")
    assert set(got) == {"规上工业增加值", "服务业增加值"}
    # 人均 is no "each"
    assert set(_named("力争农村居民人均可支配收入增长8%。")) == {"农村居民人均可支配收入"}


# 分别增长7%和7%以上: the same figure written again with a qualifier marks the first as exact
def test_the_same_figure_repeated_with_a_qualifier_keeps_the_first_exact():
    got = _named("今年主要预期目标：城乡居民人均可支配收入分别增长7%和7%以上。")
    assert (got["城镇居民人均可支配收入"].qualifier, got["农村居民人均可支配收入"].qualifier) == ("point", "at_least")
    got = _named("今年主要预期目标：城乡居民人均可支配收入分别增长7%和8%以上。")
    assert {t.qualifier for t in got.values()} == {"at_least"}


# --- metrics ---

def _metrics(text):
    return {m.indicator: m.metric for m in find_measures(text)}


def test_a_price_index_or_a_rate_of_increase_is_a_growth():
    assert _metrics("居民消费价格指数控制在3%左右") == {"居民消费价格指数": "growth"}
    assert _metrics("人口自增率控制在5‰以内") == {"人口自增率": "growth"}
    # each name of a list takes the metric its own name gives
    got = _metrics("居民消费价格指数、城镇登记失业率、人口自增率分别控制在3%、4.5%、6‰以内")
    assert got == {"居民消费价格指数": "growth", "城镇登记失业率": "level", "人口自增率": "growth"}
    assert _metrics("城镇调查失业率控制在5.5%以内") == {"城镇调查失业率": "level"}


def test_a_threshold_passed_is_a_level_reached():
    assert _metrics("港口货物吞吐量突破8000万吨") == {"港口货物吞吐量": "level"}
    assert _metrics("集装箱超过30万标箱") == {"集装箱": "level"}
    # a change or an addition stays other
    assert _metrics("二氧化硫排放量减少1.2万吨") == {"二氧化硫排放量": "other"}
    assert _metrics("新增污水处理能力超过5万吨") == {"污水处理能力": "other"}


def test_a_part_of_a_whole_named_before_de_is_a_share():
    got = find_measures("上半年重大项目开工数将达到全年计划的60%。")
    assert [(m.indicator, m.metric, m.value) for m in got] == [("重大项目开工数", "share", 60)]
    got = find_measures("新能源汽车产量占全市总量的35%")
    assert [(m.indicator, m.metric) for m in got] == [("新能源汽车产量", "share")]
    # an inherited name: the share of the same indicator
    got = find_measures("港口货物吞吐量完成5200万吨，增长27%，占全省的80%。")
    assert [(m.indicator, m.metric) for m in got][-1] == ("港口货物吞吐量", "share")
    # a growth rate is not a share
    assert [m.metric for m in find_measures("工业投资增长10%")] == ["growth"]


# --- what is counted, and goals stated as a relation ---

def test_a_size_threshold_after_the_count_is_part_of_what_is_counted():
    got = find_measures("谋划储备200个5000万元以上重大项目。")
    assert [(m.indicator, m.value, m.unit) for m in got] == [("5000万元以上重大项目", 200, "个")]


def test_a_plan_periods_assessed_goal_is_a_goal_with_no_number():
    got = [(m.indicator, m.value) for m in find_relations("单位地区生产总值能耗完成“十四五”考核目标。")]
    assert got == [("单位地区生产总值能耗", None)]
    got = [(m.indicator, m.value) for m in find_relations("主要污染物排放总量控制在“十四五”下达目标以内。")]
    assert got == [("主要污染物排放总量", None)]


# --- pinyin glosses (round 9 convention) ---

def test_a_target_names_its_indicator_without_the_glosses_and_keeps_its_evidence_as_written():
    text = "到2027年，全市工业(yè)投资年均增长8%以上。"
    got = _all(text, SUMMER)
    assert [(t.indicator, t.value, t.qualifier, t.target_year) for t in got] == [("工业投资", 8, "at_least", 2027)]
    assert got[0].evidence == text
    text = "到2027年，全縣規(guī)模以上工業(yè)產(chǎn)值力爭達(dá)到300億元。"
    got = _all(text, SUMMER)
    assert [t.indicator for t in got] == ["規模以上工業產值"] and got[0].evidence == text
