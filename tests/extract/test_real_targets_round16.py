"""Target classes, round 16 (the review of round 15's rules, then fresh real texts annotated apart from the rules: a
task row inside a goals table, 今年 before 预计全年 in January, a plan figure's label with its year, a plan section
headed by a coming period, a length or an area of works done, a share held steady, fields counted with 在N个…领域,
the kinds of a batch of projects arranged, divided up in the sentences after it).

The sentences are written for these tests in the shapes real reports and news use; places and figures are invented."""
import datetime as dt

from warehouse.extract import extract_document
from warehouse.extract.measures import find_measures

WINTER = dt.date(2026, 1, 20)
SPRING = dt.date(2026, 3, 10)


def _all(text, published=SPRING):
    return extract_document(text, published=published).targets


def _got(text, published=SPRING):
    return {(t.indicator, t.metric, t.value, t.commitment, t.target_year) for t in _all(text, published)}


def _metrics(text):
    return {m.indicator: m.metric for m in find_measures(text)}


# --- T1: a row of a goals table that names a task is a cell, not a heading of work that ends the table ---

def test_a_task_row_inside_a_goals_table_keeps_the_table_open():
    for row in ("做好稳就业工作", "抓好安全生产工作", "办好民生实事"):
        text = ("主要预期目标\n"
                "地区生产总值增长6%\n"
                f"{row}\n"
                "城镇新增就业5000人\n"
                "城镇调查失业率控制在5.5%以内")
        got = {(t.indicator, t.commitment) for t in _all(text, WINTER)}
        assert got == {("地区生产总值", "expected"), ("城镇新增就业", "expected"), ("城镇调查失业率", "expected")}, row


def test_a_counted_work_heading_or_one_with_numbered_items_ends_the_table():
    # (a count of the work items, or numbered items under the heading: a new section, its items take no 预期)
    for heading, items in (("扎实做好六项工作", "加快建设现代农业园区，基本建成12个市级示范片"),
                           ("全力抓好重点工作", "1.加快建设现代农业园区，基本建成12个市级示范片"),
                           ("抓好十大工程", "（一）加快建设现代农业园区，基本建成12个市级示范片")):
        text = f"主要预期目标\n地区生产总值增长6%\n{heading}\n{items}"
        got = {(t.indicator, t.value, t.commitment) for t in _all(text, WINTER)}
        assert ("地区生产总值", 6, "expected") in got
        assert ("市级示范片", 12, "unspecified") in got, heading


# --- T2: 预计全年 in January after a sentence that names 今年: the new year's estimate, a goal ---

def test_this_year_named_before_an_estimate_of_the_whole_year_in_january():
    text = "2025年，全县经济稳中向好。\n今年是“十五五”开局之年。预计全年地区生产总值增长6%左右。"
    assert _got(text, WINTER) == {("地区生产总值", "growth", 6, "expected", 2026)}
    text = "2025年，全市经济运行总体平稳。\n本年度是攻坚之年，预计全年完成固定资产投资120亿元。"
    assert _got(text, WINTER) == {("固定资产投资", "amount", 12000000000, "expected", 2026)}
    # near-miss: with no 今年, 全年 after the finished year is that year's estimate, no goal
    assert _got("2025年，全县经济稳中向好。预计全年地区生产总值增长5.8%左右。", WINTER) == set()
    # near-miss: the finished year named after 今年 is the one the estimate is of
    text = "今年是“十五五”开局之年。回顾2025年，全县经济稳中向好，预计全年地区生产总值增长5.8%左右。"
    assert _got(text, WINTER) == set()


# --- T3: a plan figure's label keeps its words with its year ---

def test_a_labelled_plan_figure_keeps_its_name():
    feb = dt.date(2026, 2, 5)
    got = {(t.indicator, t.value, t.target_year) for t in _all("某某项目，总投资：80000万元；2026年计划投资：25000万元。", feb)}
    assert got == {("计划投资", 250000000, 2026)}
    got = {(t.indicator, t.value) for t in _all("某某项目，总投资：80000万元；年度计划投资：25000万元。", feb)}
    assert got == {("年度计划投资", 250000000)}
    # near-miss: the plan and the progress of a finished year are no goals
    assert _all("2025年度计划投资：20000万元；2025年实际完成投资：18000万元。", feb) == []


# --- a plan section headed by a coming period: its items, with no period of their own, are for the period's end ---

def test_items_under_a_heading_of_a_coming_plan_period_take_its_end():
    text = ("“十五五”主要目标\n"
            "坚持创新驱动\n"
            "推进科创走廊建设，力争高新技术企业增加到3000家以上。\n"
            "构建现代都市圈\n"
            "力争港口集装箱吞吐量突破500万标箱，城区常住人口达到300万人。")
    got = {(t.indicator, t.target_year) for t in _all(text, dt.date(2026, 1, 6))}
    assert got == {("高新技术企业", 2030), ("港口集装箱吞吐量", 2030), ("城区常住人口", 2030)}
    text = "今后五年的主要任务\n推动产业升级\n力争数字经济核心产业增加值占地区生产总值比重达到15%。"
    assert {t.target_year for t in _all(text, dt.date(2026, 1, 6))} == {2030}
    text = "2027年工作安排\n稳住经济大盘\n力争地区生产总值增长6%。"
    assert {t.target_year for t in _all(text, dt.date(2026, 12, 28))} == {2027}
    # near-miss: an item that names its own year keeps it
    text = "“十五五”主要目标\n推动产业升级\n2026年，力争规上工业增加值增长8%。"
    assert {t.target_year for t in _all(text, dt.date(2026, 1, 6))} == {2026}
    # near-miss: a heading of the notice's own year gives the year as before
    text = "2026年工作安排\n稳住经济大盘\n力争地区生产总值增长6%。"
    assert {t.target_year for t in _all(text, dt.date(2026, 1, 6))} == {2026}


# --- a length or an area of works done or land worked on counts what is done ---

def test_a_length_or_an_area_worked_on_is_a_count():
    assert _metrics("新建农村公路120公里") == {"农村公路": "count"}
    assert _metrics("盘活闲置土地300亩") == {"盘活闲置土地": "count"}
    assert set(_metrics("改造提升城市道路15千米").values()) == {"count"}
    assert _metrics("完成高标准农田建设2万亩") == {"高标准农田建设": "count"}
    # near-misses: a level reached, a change, a stock named by its area, a mass
    assert _metrics("粮食播种面积稳定在80万亩") == {"粮食播种面积": "level"}
    assert _metrics("耕地保有量达到50万亩") == {"耕地保有量": "level"}
    assert _metrics("二氧化硫排放量减少1.2万吨") == {"二氧化硫排放量": "other"}
    assert _metrics("新增污水处理能力超过5万吨") == {"污水处理能力": "other"}
    assert _metrics("完成造林面积1万亩") == {"造林面积": "other"}


# --- a share held steady: a level kept, its value left unsaid ---

def test_a_share_held_steady_is_a_relation():
    text = "2026年主要预期目标：制造业增加值占地区生产总值比重保持基本稳定，粮食产量保持稳定。"
    assert _got(text, WINTER) == {("制造业增加值占地区生产总值比重", "other", None, "expected", 2026),
                                  ("粮食产量", "growth", 0, "expected", 2026)}
    text = "力争外贸出口额占全省份额保持稳定，一般公共预算收入增长7%。"
    assert ("外贸出口额占全省份额", "other", None, "aspirational", 2026) in _got(text)
    # near-misses: news and a review of the year before
    assert _all("今年以来，全市外贸出口额占全省份额保持稳定。", dt.date(2026, 7, 10)) == []
    assert _all("过去一年，制造业增加值占比保持基本稳定。", WINTER) == []


# --- fields counted: 在N个…领域形成优势 ---

def test_fields_in_which_something_is_reached_are_counted():
    text = "到2028年，在3-5个关键材料领域形成竞争优势，在1-2个前沿材料领域取得突破。"
    got = {(t.indicator, t.metric, t.value, t.value_high, t.qualifier, t.target_year) for t in _all(text)}
    assert got == {("关键材料领域", "count", 3, 5, "range", 2028), ("前沿材料领域", "count", 1, 2, "range", 2028)}
    text = "力争到2027年，在10个以上细分行业实现全国领先。"
    assert {(t.indicator, t.value) for t in _all(text)} == {("细分行业", 10)}
    # near-misses: a field where work is done is no goal reached; a past result
    assert _all("今年将在5个重点领域开展改革试点。") == []
    assert _all("过去一年，我市在3个领域形成竞争优势。", WINTER) == []


# --- the kinds of a batch of projects arranged, divided up in the sentences after it ---

def test_the_kinds_of_an_arranged_batch_in_the_next_sentences_are_its_composition():
    text = ("2026年安排县重点项目120个，年度计划投资80亿元。其中，续建项目60个，年度计划投资50亿元；"
            "计划新开工项目45个，年度计划投资25亿元；计划竣工项目30个。")
    got = {(t.indicator, t.value) for t in _all(text)}
    assert got == {("年度计划投资", 8000000000), ("年度计划投资", 5000000000), ("年度计划投资", 2500000000)}
    # near-misses: a firm cue sets a goal of its own; with no batch before, a planned count is a goal
    text = "今年安排县重点项目120个。其中，力争新开工项目50个以上。"
    assert ("新开工项目", 50) in {(t.indicator, t.value) for t in _all(text)}
    assert ("新开工项目", 50) in {(t.indicator, t.value) for t in _all("今年力争新开工项目50个。")}
    text = "今年安排县重点项目120个。\n其中，计划新开工项目45个。"  # (another line: no parts carried over)
    assert ("新开工项目", 45) in {(t.indicator, t.value) for t in _all(text)}
    # the part that opens on 其中 is one of the kinds too
    text = "今年安排县重点项目120个，年度计划投资80亿元。其中，计划新开工项目45个，年度计划投资25亿元。"
    assert {(t.indicator, t.value) for t in _all(text)} == {("年度计划投资", 8000000000), ("年度计划投资", 2500000000)}
