"""Target classes, round 8 (fresh real texts annotated apart from the rules: livelihood pledges and measures texts
with no cue word, supervision bulletins on the half year, traditional reprints with pinyin glosses, plan summaries
whose headline states a goal the body restates).

The sentences are written for these tests in the shapes real reports and news use; places and figures are invented."""
import datetime as dt

from warehouse.extract import extract_document
from warehouse.extract.numbers import find_quantities

SPRING = dt.date(2026, 3, 10)
SUMMER = dt.date(2025, 7, 15)


def _all(text, published=SPRING):
    return extract_document(text, published=published).targets


def _targets(text, published=SPRING):
    return {(t.indicator, t.metric, t.value, t.unit, t.qualifier, t.target_year) for t in _all(text, published)}


def _values(text, published=SPRING):
    return {t.value for t in _all(text, published)}


# a reprint's pinyin gloss sits inside words (計(jì)劃): the sentence is read without it, and the name is given without it
# (round 9 convention, docs/contract-conventions.md "Pinyin glosses"); the evidence keeps the text as written
def test_a_gloss_inside_a_word_does_not_hide_the_years_planned_spending():
    text = "今年全市共安排重點(diǎn)項(xiàng)目210個(gè)，總投資1500億元，年度計(jì)劃投資320億元。"
    got = _all(text, dt.date(2026, 2, 20))
    assert [(t.indicator, t.value) for t in got] == [("年度計劃投資", 32000000000)]
    assert got[0].evidence == text
    got = _targets("到2028年，全縣規(guī)模以上工業(yè)產(chǎn)值力爭達(dá)到300億元。", SUMMER)
    assert got == {("規模以上工業產值", "amount", 30000000000, "元", "point", 2028)}
    # a finished year's figure stays a result, glosses or not
    assert _targets("2024年，全縣規(guī)模以上工業(yè)產(chǎn)值達(dá)到280億元。", SUMMER) == set()


def test_names_listed_before_respectively_each_take_their_threshold():
    text = "到2028年，力争全镇工业总产值、农业总产值、财政总收入分别突破80亿元、12亿元、2亿元。"
    got = {(i, v) for i, _, v, *_ in _targets(text)}
    assert got == {("工业总产值", 8000000000), ("农业总产值", 1200000000), ("财政总收入", 200000000)}
    text = "到2027年，全县森林覆盖率、湿地保护率分别稳定在62%、55%以上。"
    assert {(i, v, q) for i, _, v, _, q, _ in _targets(text)} == {("森林覆盖率", 62, "at_least"),
                                                                   ("湿地保护率", 55, "at_least")}


def test_a_done_verb_before_a_list_of_figures_holds_for_each():
    text = "今年安排的重点项目总投资和年度计划投资分别占全市的60%和45%，分别较2025年提高了3%和1.5%。"
    assert not any(v in (3, 1.5) for v in _values(text))
    # 为了 is a purpose, not a done verb
    assert 20000 in _values("为了稳就业，今年力争新增城镇就业2万人。")


# a figure beyond its plan, or a record passed, is reported once done
def test_beyond_the_plan_or_a_record_passed_is_a_result():
    assert _values("■ 新开工重大项目42项，超计划12项", dt.date(2026, 2, 3)) == set()
    assert _values("■ 全年完成重大工程投资1830.6亿元，同比增长6.1%，历史性突破1800亿元", dt.date(2026, 2, 3)) == set()
    # under a cue, a record to be passed is a goal
    assert 200000000000 in _values("今年力争全市规上工业产值历史性突破2000亿元。")


# 上半年，…；…；: the items after a line's part of the year are progress within it, in the same line
def test_items_after_a_part_of_the_year_in_the_same_line_are_progress():
    text = ("上半年，全县完成地区生产总值156.2亿元，增长6.8%；固定资产投资增长12.3%；城镇登记失业率2.9%。"
            "引进亿元以上项目21个，新开工产业项目15个。")
    assert _values(text, dt.date(2025, 7, 20)) == set()
    # a whole period or a firm cue named after it starts a goal again
    text = "上半年，全县地区生产总值增长6.8%。全年力争地区生产总值增长7%以上。"
    assert _values(text, dt.date(2025, 7, 20)) == {7}
    # a new line is not the half year's
    text = "上半年，全县地区生产总值增长6.8%。\n今年力争新增规上工业企业30家。"
    assert _values(text, dt.date(2025, 7, 20)) == {30}


def test_a_headline_goal_the_body_restates_is_one_target():
    text = ("江口县力争2030年GDP达800亿元\n"
            "日前，《江口县国民经济和社会发展第十五个五年规划纲要》印发。"
            "到2030年，全县GDP总量达800亿元，人均地区生产总值超过10万元。")
    got = _all(text, dt.date(2026, 2, 12))
    assert sorted(t.value for t in got) == [100000, 80000000000]
    gdp = next(t for t in got if t.value == 80000000000)
    assert gdp.commitment == "aspirational" and gdp.evidence == "江口县力争2030年GDP达800亿元"
    # two indicators with the same figure in the body are two targets
    text = "今年全县力争固定资产投资增长10%，工业投资增长10%，新增就业5000人。"
    assert sorted(t.indicator for t in _all(text)) == ["固定资产投资", "工业投资", "新增就业"]


def test_a_share_naming_neither_part_nor_whole_is_no_goal():
    text = "今年安排市重点项目300个，年度计划投资分别为120亿元、80亿元和60亿元，分别占46%、31%和23%。"
    assert _values(text, dt.date(2026, 3, 2)) == {12000000000, 8000000000, 6000000000}
    # a share whose part is named is a goal
    assert 35 in _values("到2028年，全市数字经济核心产业增加值占比达到35%。")


# a document of measures (现提出如下实施意见) or the year's livelihood pledges: its items are goals with no cue
def test_the_items_of_a_measures_document_are_its_goals():
    text = ("为加快建设农业强县，结合我县实际，现提出如下实施意见。\n"
            "一、稳定粮食生产\n"
            "（一）提高粮食产能。建设高标准农田5万亩。生猪出栏量稳定在60万头以上。\n"
            "（二）改善农村住房。改造农村危房1200栋。")
    got = {(v, u) for _, _, v, u, *_ in _targets(text, dt.date(2026, 1, 5))}
    assert got == {(50000, "亩"), (600000, "头"), (1200, "栋")}


def test_the_years_livelihood_pledges_are_its_goals():
    text = ("省长在政府工作报告中公布了2026年十方面民生实事。\n"
            "新增公办托位1.5万个。\n"
            "城乡居民医保门诊报销比例达到55%。")
    assert _values(text, dt.date(2026, 1, 20)) == {15000, 55}
    # a finished year's pledges are reported, not set
    text = ("报告回顾了2025年十方面民生实事完成情况。\n"
            "新增公办托位1.5万个。")
    assert _values(text, dt.date(2026, 1, 20)) == set()


def test_buildings_and_livestock_are_counted():
    assert [(q.value, q.unit) for q in find_quantities("改造老旧小区12个、860栋，完成32幢，存栏8万头")] == [
        (12, "个"), (860, "栋"), (32, "幢"), (80000, "头")]
    assert not find_quantities("一头连着企业")


def test_no_number_goals_positive_growth_and_tasks_of_bringing_down():
    text = "今年主要预期目标是：地区生产总值增长6%，一般公共预算收入、规上工业增加值保持正增长。"
    got = _targets(text, dt.date(2026, 1, 15))
    assert ("一般公共预算收入", "growth", 0, "%", "at_least", 2026) in got
    assert ("规上工业增加值", "growth", 0, "%", "at_least", 2026) in got
    got = _targets("确保完成单位地区生产总值能耗降低和主要污染物减排约束性指标任务。")
    assert {i for i, *_ in got} == {"单位地区生产总值能耗", "主要污染物减排"}
    assert all(v is None for _, _, v, *_ in got)
    assert _targets("确保全县200个重点项目完成年度投资目标。") == {("投资", "other", None, None, "point", 2026)}
    # a group of indicators is named by no task
    assert _targets("主要约束性指标控制在省下达的目标以内。") == set()


def test_a_count_follows_its_verb_and_a_list_shares_it():
    got = _targets("到2028年，力争培育形成15个以上产值超百亿元的产业集群。")
    assert ("产业集群", "count", 15, "个", "at_least", 2028) in got
    got = _targets("到2028年，储备20-25个发展潜力大的特色产业。")
    assert {(i, v) for i, _, v, *_ in got} == {("特色产业", 20)}
    got = _targets("到2028年，培育5家百亿企业,300家专精特新企业。")
    assert {(i, v) for i, _, v, *_ in got} == {("百亿企业", 5), ("专精特新企业", 300)}
    # a comma after a word is no thousands separator; after a digit it is
    assert [q.value for q in find_quantities("企业,600家；投资1,200万元")] == [600, 12000000]


def test_the_figures_of_a_sentence_that_gives_a_sites_size_are_the_projects():
    assert _values("总用地1500亩，亩均投资强度400万元，拟引进30家以上新材料企业。", dt.date(2026, 4, 1)) == set()
    assert _values("计划改造老旧住宅60幢，建筑面积约9.8万平方米。", dt.date(2026, 4, 1)) == set()
    assert _values("其中一期启动区块面积不少于80亩。", dt.date(2026, 4, 1)) == set()
    # the spending planned for a period stays a goal, and so does what a firm cue sets
    got = _values("该项目总投资30亿元，用地300亩，前3年计划完成投资18亿元。", dt.date(2026, 4, 1))
    assert got == {1800000000}
    assert 5000 in _values("盘活低效用地2000亩，力争新增就业5000人。", dt.date(2026, 4, 1))
    # land a government adds is no site: the goals beside it stay goals
    assert 12000 in _values("主要预期目标：新增建设用地2000亩，新增城镇就业1.2万人。", dt.date(2026, 2, 1))


def test_what_a_sentence_about_the_project_just_named_says_is_the_projects():
    text = "该项目拟设立三个学院，预计建成三年内在校生8000人左右。"
    assert _values(text, dt.date(2026, 4, 1)) == set()
    assert _values("该项目今年计划完成投资6亿元。", dt.date(2026, 4, 1)) == {600000000}
    # 项目 opening a sentence as a field of work names no project
    text = "今年的目标是：项目建设方面，新开工亿元以上项目60个，新增就业3000人。"
    assert _values(text, dt.date(2026, 2, 1)) == {60, 3000}


def test_land_listed_after_a_batchs_total_investment_is_the_batchs():
    text = "全市签约项目48个，计划总投资96.5亿元，计划供地1320.5亩。"
    assert _values(text, dt.date(2026, 6, 28)) == set()
    assert 3000 in _values("今年全市计划供应工业用地3000亩。", dt.date(2026, 3, 1))


def test_the_breakdown_of_the_projects_arranged_is_no_goal():
    text = "今年拟安排市重点项目420个，其中续建项目260个，新开工项目160个，年度计划投资680亿元。"
    assert _values(text, dt.date(2026, 2, 1)) == {68000000000}
    assert 50 in _values("力争全年新开工项目50个以上。", dt.date(2026, 2, 1))


def test_a_plan_periods_planned_spending_is_a_goal():
    text = "“十五五”时期全市安排重大建设项目180个，总投资1.2万亿元，“十五五”计划投资7000亿元以上。"
    got = _targets(text, dt.date(2026, 5, 26))
    assert {(v, q, y) for _, _, v, _, q, y in got} == {(700000000000, "at_least", 2030)}


def test_a_year_compared_with_is_no_year_reviewed():
    text = ("今年重点项目的年度计划投资比2025年增加了8%。\n"
            "其中，交通项目年度计划投资120亿元。")
    assert 12000000000 in _values(text, dt.date(2026, 3, 15))


def test_a_span_that_says_who_is_meant_is_no_period():
    text = "今年力争为离校3年内未就业高校毕业生开发见习岗位2万个以上。培养技能人才1万人以上。"
    years = {t.value: t.target_year for t in _all(text, dt.date(2026, 1, 22))}
    assert years == {20000: 2026, 10000: 2026}



# (round 7 texts) 在2022年的基础上实现“双倍增”，分别超过90家和870家
def test_both_doubling_then_each_figure_after_respectively():
    text = ("到2028年，全市规上企业和高新技术企业在2025年的基础上实现“双倍增”，分别达到800家和300家；"
            "全市专精特新企业突破50家。")
    got = _targets(text, dt.date(2026, 5, 6))
    assert {(i, m, v) for i, m, v, *_ in got} == {
        ("规上企业", "growth", 100), ("高新技术企业", "growth", 100), ("规上企业", "level", 800),
        ("高新技术企业", "level", 300), ("专精特新企业", "level", 50)}
    # the base year is no period: the item after the ； is for 2028 too
    assert {y for *_, y in got} == {2028}
    # a programme named 倍增 is no doubling
    assert not find_quantities("规上企业“双倍增”行动计划的目标是什么")
