"""Target classes, round 15 (fresh real texts annotated apart from the rules: a province's yearly plan opening on a
review of the year before, a county's January review estimating the year just ended, a goals heading followed by a
heading of the year's work, goals stated as relations to an average or a higher level's task, a list of labelled
figures, a call's quotas).

The sentences are written for these tests in the shapes real reports and news use; places and figures are invented."""
import datetime as dt

from warehouse.extract import extract_document
from warehouse.extract.measures import find_goal_measures
from warehouse.extract.relations import find_relations

WINTER = dt.date(2026, 1, 20)
SPRING = dt.date(2026, 3, 10)


def _all(text, published=SPRING):
    return extract_document(text, published=published).targets


def _targets(text, published=SPRING):
    return {(t.indicator, t.metric, t.value, t.unit, t.qualifier, t.commitment, t.target_year)
            for t in _all(text, published)}


def _values(text, published=SPRING):
    return {t.value for t in _all(text, published)}


def _relations(text):
    return [(m.indicator, m.metric, m.value, m.qualifier) for m in find_relations(text)]


# a plan for the new year opens on the year before: after a line that opens on that finished year, the whole (全年) of
# it in a later sentence of the line is its result, not the plan's goal
def test_the_whole_of_the_finished_year_a_plans_line_opens_on_is_a_result():
    plan = "某某省2026年国民经济和社会发展计划\n"
    text = plan + ("2025年，全省上下坚持稳中求进，经济运行总体平稳。全年地区生产总值增长5.1%、总量达3.2万亿元，"
                   "社会消费品零售总额增长4.6%、高于全国0.8个百分点。\n"
                   "2026年经济社会发展主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业45万人。")
    got = _targets(text)
    assert got == {("地区生产总值", "growth", 5.5, "%", "around", "expected", 2026),
                   ("城镇新增就业", "count", 450000, "人", "point", "expected", 2026)}
    # another form: the year's figures after a semicolon of the same line
    text = plan + "2025年，我市经济持续回升向好；全年规上工业增加值增长7.2%，固定资产投资增长3.4%。"
    assert _values(text) == set()


def test_the_whole_year_of_a_plan_still_sets_goals():
    plan = "某某市2026年国民经济和社会发展计划\n"
    # a cue, a goal word or the new year named in the sentence keeps its figures goals
    text = plan + "2025年，全市经济稳中有进。2026年全年地区生产总值力争增长6%。"
    assert _values(text) == {6}
    text = plan + "2025年，全市经济稳中有进。全年目标是固定资产投资增长8%。"
    assert _values(text) == {8}
    # near-miss: a line that opens on the new year itself is its plan
    text = plan + "2026年，全市将坚持项目为王。全年新开工亿元以上项目120个。"
    assert _values(text) == {120}


# a county's review delivered in January: what it estimates for the whole year (预计全年) is the year just ended
def test_an_estimate_of_the_whole_year_in_january_is_the_year_just_ended():
    text = ("2025年，某某县坚持以项目建设为抓手，各项工作取得新成效。\n"
            "狠抓工业经济。推动企业满产达产，预计全年规上工业总产值完成31.2亿元，同比增长8%；"
            "多措并举抓项目，预计全年完成工业投资7.5亿元，同比增长21.4%。")
    assert _values(text, WINTER) == set()
    # near-miss: the year just begun, named as such, keeps its estimate a goal
    text = ("2025年，某某县各项工作取得新成效。\n"
            "2026年，预计全年地区生产总值增长6%左右。")
    assert _values(text, WINTER) == {6}
    # later in the year, 预计全年 with no finished year named before it is still read as before
    text = "今年以来，某某县工业经济稳步回升，预计全年规上工业增加值增长7%以上。"
    assert _values(text, dt.date(2026, 11, 20)) == set()


# a heading that names the year's work after a goals heading ends the goals' lead: its items keep no 预期
def test_a_heading_of_the_years_work_ends_the_goals_headings_commitment():
    text = ("2026年工作安排\n"
            "主要预期目标\n"
            "地区生产总值增长6%，城乡居民收入增长6.5%\n"
            "全力抓好八件大事\n"
            "1加快建设现代农业园区，基本建成12个市级示范片\n"
            "2扎实推进城市更新，开工改造城镇老旧小区210个")
    got = {(t.indicator, t.value, t.commitment) for t in _all(text, WINTER)}
    assert ("地区生产总值", 6, "expected") in got
    assert ("市级示范片", 12, "unspecified") in got
    assert ("改造城镇老旧小区", 210, "unspecified") in got
    # near-miss: a unit's name in a goals table is a cell, not a new section
    text = ("主要预期目标\n"
            "地区生产总值增长6%\n"
            "开发区\n"
            "规上工业增加值增长8%")
    assert {(t.indicator, t.commitment) for t in _all(text, WINTER)} == {
        ("地区生产总值", "expected"), ("规上工业增加值", "expected")}


# a reprint's pinyin glosses break the words of an inline lead-in (主要預(yù)期目標(biāo)是：): it is read without them
# (a figure takes 預期 as a cue of its own sentence; a relation, 與經濟增長同步, takes only what governs its clause)
def test_a_glossed_inline_lead_in_gives_its_commitment():
    text = "2026年，某某區(qū)經(jīng)濟社會發(fā)展主要預(yù)期目標是：堅持穩中求進，地區(qū)生產(chǎn)總值增長(zhǎng)6%，居民收入增長與經(jīng)濟增長同步。"
    got = {(t.indicator, t.value, t.commitment, t.target_year) for t in _all(text, dt.date(2025, 12, 20))}
    assert got == {("地區生產總值", 6, "expected", 2026), ("居民收入", None, "expected", 2026)}
    # near-miss: a glossed sentence with no lead-in gives no commitment to its relation
    text = "2026年，某某區(qū)將堅持穩中求進，推動居民收入增長與經(jīng)濟增長同步。"
    assert {t.commitment for t in _all(text, dt.date(2025, 12, 20))} <= {"unspecified"}


# goals stated as a relation, not a number (docs/contract-conventions.md, targets with no number)
def test_above_an_areas_average_is_a_relation_at_least():
    assert _relations("实现地区生产总值增速高于全省平均水平，各项主要经济指标超出全市平均水平") == [
        ("地区生产总值", "other", None, "at_least"), ("各项主要经济指标", "other", None, "at_least")]
    assert _relations("规上工业增加值增速快于全国平均增速。") == [("规上工业增加值", "other", None, "at_least")]
    # near-misses: a margin named is a number, read elsewhere; a bare 平均 or a lead word alone is no relation
    assert _relations("工业投资增速高于全市平均水平3个百分点") == []
    assert _relations("各项高于全省平均水平") == []


def test_a_task_a_higher_level_sets_named_after_its_indicator():
    assert _relations("完成城镇就业市定目标任务，完成省、市下达的节能减排任务。") == [
        ("城镇就业", "other", None, "point"), ("节能减排", "other", None, "point")]
    assert _relations("居民消费价格涨幅与全国一致，生态环境指标以国家下达任务为准") == [
        ("居民消费价格涨幅", "other", None, "point"), ("生态环境指标", "other", None, "point")]
    # the trend before a cap is no part of the name
    assert _relations("主要污染物排放继续下降且控制在国家下达目标之内") == [
        ("主要污染物排放", "other", None, "at_most")]
    # near-miss: a task done is no relation to a level (完成改造任务 names no body that set it)
    assert _relations("完成老旧小区改造任务") == []


def test_a_quantity_held_steady_is_growth_zero():
    assert _relations("粮食播种面积保持相对稳定，粮食产量保持稳定。") == [
        ("粮食播种面积", "growth", 0, "point"), ("粮食产量", "growth", 0, "point")]
    # near-misses: what is not a quantity held steady (the social order, prices in general)
    assert _relations("社会大局保持稳定，物价保持基本稳定，就业形势总体稳定。") == []


def test_the_relations_under_a_lead_in_take_its_commitment_and_year():
    text = "今年主要预期目标是：地区生产总值增速高于全市平均水平，粮食播种面积保持基本稳定。"
    got = {(t.indicator, t.metric, t.value, t.commitment, t.target_year) for t in _all(text)}
    assert got == {("地区生产总值", "other", None, "expected", 2026), ("粮食播种面积", "growth", 0, "expected", 2026)}
    # near-miss: the same words of a finished year are its result
    assert _all("2025年，全县地区生产总值增速高于全市平均水平，粮食播种面积保持基本稳定。") == []


# a list of labelled figures (年度计划投资：2000万元；): the label before the colon names the figure
def test_a_label_and_a_colon_name_the_figure_after_it():
    got = [(m.indicator, m.value, m.unit) for m in find_goal_measures("年度计划投资：12000万元；")]
    assert got == [("年度计划投资", 120000000, "元")]
    text = ("今年开工的2个项目分别是某某电子元件生产项目，总投资：80000万元；年度计划投资：25000万元；"
            "某某食品加工项目总投资：30000万元；年度计划投资：6000万元。")
    # (round 17's settled call, docs/contract-conventions.md: the 年度计划投资 of each project of a listed batch is the
    # plan's composition, not a goal; round 18's gold reads this shape so. A lone project's plan for the year stays a
    # goal: test_real_targets_round16.test_a_labelled_plan_figure_keeps_its_name)
    assert _values(text, dt.date(2026, 4, 8)) == set()
    # near-misses: a heading's colon before a sentence is no label; a goal word alone names nothing
    assert [m.indicator for m in find_goal_measures("主要目标：地区生产总值增长6%")] == ["地区生产总值"]
    assert find_goal_measures("目标：5%") == []


def test_a_proportion_named_as_such_is_a_share():
    got = _targets("到2028年，规模以上工业企业数字化转型比例达85%以上。")
    assert got == {("规模以上工业企业数字化转型比例", "share", 85, "%", "at_least", "unspecified", 2028)}
    # near-miss: a rate is a level
    assert {t.metric for t in _all("到2028年，城镇调查失业率控制在5.5%以内。")} == {"level"}


# a call for applications caps what each body may put forward: a quota, no goal
def test_a_calls_quota_is_no_target():
    text = "各省、自治区、直辖市推荐数量不超过6个，计划单列市推荐数量不超过2个。"
    assert _all(text, dt.date(2026, 4, 10)) == []
    assert _all("每个县（市、区）申报名额不超过3个。", dt.date(2026, 4, 10)) == []
    # near-miss: a cap under a cue is a goal (a cap on a quantity, not on what is put forward)
    assert _values("力争全市新增企业不少于80家，能耗增量控制在10万吨标准煤以内。", dt.date(2026, 4, 10)) == {80, 10}


# under a lead-in that names its year, the five-year plan's goal the work aims at (锚定“十五五”期间…的目标) is no period
# of the items after it
def test_an_aim_at_the_plans_goal_does_not_date_the_lead_ins_items():
    text = ("2026年全区经济社会发展主要预期目标是：锚定“十五五”期间综合实力进位的目标，坚持稳中求进，"
            "实现地区生产总值增速高于全市平均水平，固定资产投资增长8%以上。")
    got = {(t.indicator, t.target_year) for t in _all(text, dt.date(2025, 12, 20))}
    assert got == {("地区生产总值", 2026), ("固定资产投资", 2026)}
    # near-miss: with no lead-in of its own year, the plan's end named before the figure dates it
    text = "锚定“十五五”期间综合实力进位的目标，力争地区生产总值年均增长6%。"
    assert {t.target_year for t in _all(text, dt.date(2025, 12, 20))} == {2030}
