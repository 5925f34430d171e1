"""Round 22, targets: a batch's parts against its own plan for the year, 倍差 in 倍, a goal named as a noun.

Sentences written for these tests, modelled on the shapes of real pages (docs in /work/outside/r22-devnotes/r22-targets.md):
each test holds a positive that fails without the round's change and the near-misses that must stay as they were.
"""
from __future__ import annotations

import datetime as dt

from warehouse.extract.core import extract_document

MAY = dt.date(2024, 5, 10)


def _all(text, published=MAY):
    return extract_document(text, published=published).targets


def _values(text, published=MAY):
    return sorted(t.value for t in _all(text, published))


# --- TG-BATCH-COMPOSITION: the parts of a batch whose own plan for the year was stated before them ---

def test_a_part_after_qizhong_in_the_batchs_own_sentence_is_composition():
    text = ("本批集中开工项目24个，总投资160亿元，年度投资45亿元，其中省重点项目7个，总投资95亿元，年度投资26亿元。")
    assert _values(text) == [4500000000]
    # (a part of a batch that stated no plan of its own keeps its plan as a goal)
    text = "今年全县安排重点项目260个，总投资1500亿元；其中新开工项目110个，总投资600亿元，年度计划投资180亿元；"
    assert 18000000000 in _values(text)
    # (a part named by its stage keeps its plan as a goal of its own, as round 16 has it)
    text = "今年全区安排重点项目150个，年度计划投资90亿元。其中，续建项目70个，年度计划投资55亿元；"
    assert _values(text) == [5500000000, 9000000000]


def test_a_part_opening_the_sentence_after_the_batchs_plan_is_composition():
    text = ("2024年计划实施千万元以上重点项目64个，总投资310亿元，年度计划完成投资52亿元。"
            "其中亿元以上项目41个，总投资298亿元，年度计划完成投资46亿元。")
    assert _values(text) == [5200000000]
    text = ("全市二季度集中开工项目共52个，总投资380亿元，年度计划投资96亿元。其中，当天开工项目共15个，"
            "计划总投资约90亿元，年度计划投资21亿元。")
    assert _values(text) == [9600000000]


def test_parts_named_as_sections_and_their_continuations_are_composition():
    text = ("上述11个产业项目总投资33亿元，年度计划投资14亿元，分属“智造、文旅、民生”三大板块。"
            "其中智造板块项目6个，总投资21亿元，年度计划投资9亿元；文旅板块项目3个，总投资8亿元，年度计划投资3亿元；"
            "民生板块项目2个，总投资4亿元，年度计划投资2亿元。")
    assert _values(text) == [1400000000]


def test_a_kind_with_its_money_written_on_without_a_comma_is_composition():
    text = ("全县今年安排重点项目90个，总投资400亿元，其中2024年计划完成年度投资100亿元。"
            "茶叶加工园等农业类项目16个总投资28亿元，年度计划完成投资7亿元。")
    assert _values(text) == [10000000000]


def test_the_batchs_plan_worded_with_dangnian_or_jihua_wancheng_is_a_target():
    text = "今年全区共有37个项目列入市重点项目，计划总投资980亿元，当年计划投资126亿元。"
    assert [(t.value, t.target_year) for t in _all(text)] == [(12600000000, 2024)]
    text = "全区今年确定建设重点项目85个，总投资360亿元，其中2024年计划完成年度投资72亿元。"
    assert [(t.value, t.target_year) for t in _all(text)] == [(7200000000, 2024)]
    # (当年 after a finished year named before it: that year's plan, no goal; money spent is a result)
    text = "2023年，我县重点工程共28项。总投资410亿元，当年计划投资55亿元。"
    assert _values(text, dt.date(2024, 1, 20)) == []
    assert _values("1-4月，全区重点项目完成年度投资31亿元。") == []


# --- TG-UNIT-BEI: a 倍差 is counted in 倍 ---

def test_an_income_gap_written_as_bei_cha_is_in_bei():
    got = _all("到2027年，力争城乡居民收入倍差缩小到1.75以内。")
    assert [(t.value, t.unit, t.qualifier) for t in got] == [(1.75, "倍", "at_most")]
    # (收入比 stays a ratio with no unit)
    got = _all("今年主要目标：城乡居民收入比缩小至1.68以内。")
    assert [(t.value, t.unit) for t in got] == [(1.68, None)]


# --- TG-GOAL-NOUN: a figure named as a goal, with no cue word ---

def test_a_figure_named_as_the_years_goal_is_a_target():
    got = _all("该项目投产后，将助力全区实现工业产值300亿元年度目标。")
    assert [(t.value, t.target_year) for t in got] == [(30000000000, 2024)]
    got = _all("这批转型项目将为产业平台2025年实现营业收入500亿元的阶段性目标提供支撑。")
    assert [(t.value, t.target_year) for t in got] == [(50000000000, 2025)]


def test_figures_joined_before_one_goal_noun_are_goals_alike():
    text = "纳入省重点计划的续建项目，按照一季度开工率50%、全年投资完成率110%以上的目标推进。"
    assert {(t.value, t.qualifier) for t in _all(text)} == {(50, "point"), (110, "at_least")}


def test_a_goal_named_as_met_is_no_target():
    assert _all("去年该园区实现了营业收入300亿元的目标。") == []
    assert _all("该县提前一年实现地区生产总值500亿元的目标。") == []
    assert _all("2022年，全区实现营业收入120亿元的年度目标。") == []
    # (a goal noun positive in the same words, for the test to fail without the change)
    assert [t.value for t in _all("全区将实现营业收入120亿元的年度目标。")] == [12000000000]


# --- Fixes after review (r22-review/review-targets.md): the new rules narrowed ---

def test_a_batch_that_opens_after_a_semicolon_is_no_part_of_the_batch_before():
    # (其中 with a count and no money of its own carries no part across ；)
    text = ("上半年全区签约落地项目18个，总投资46亿元，年度计划投资15亿元，其中外资项目5个；"
            "市重点项目9个，总投资30亿元，年度计划投资12亿元。")
    assert _values(text) == [1200000000, 1500000000]
    # (a continuation that opens on a period or a batch of its own, with its own count and total)
    text = ("第一批集中签约项目16个，总投资48亿元，年度计划投资17亿元，其中工业项目9个，总投资30亿元，年度计划投资11亿元；"
            "下半年计划集中开工项目21个，总投资66亿元，年度计划投资24亿元。")
    assert _values(text) == [1700000000, 2400000000]
    text = ("本次集中开工项目30个，总投资90亿元，年度计划投资33亿元，其中工业项目14个，总投资50亿元，年度计划投资19亿元；"
            "同时集中签约项目12个，总投资41亿元，年度计划投资9亿元。")
    assert _values(text) == [900000000, 3300000000]
    # (the parts that go on after ； stay composition)
    text = ("本次集中开工项目30个，总投资90亿元，年度计划投资33亿元，其中工业项目14个，总投资50亿元，年度计划投资19亿元；"
            "服务业项目16个，总投资40亿元，年度计划投资14亿元。")
    assert _values(text) == [3300000000]


def test_a_part_named_by_its_own_place_keeps_its_plan():
    text = "今年全市共列入省市重点项目210个，总投资1500亿元，年度计划投资400亿元，其中我区有项目22个，年度计划投资46亿元。"
    assert _values(text) == [4600000000, 40000000000]
    # (one project's 当年计划投资 stays the project's own, as before 当年 was read as a plan)
    assert _values("该工程总投资12亿元，当年计划投资4亿元，截至目前已完成投资1.6亿元。") == []


def test_a_goal_noun_needs_a_frame_that_looks_forward():
    # (met: 率先 / 一举 / 终于 / a goal set at the start of the year quoted back, 过去一年 with no year)
    assert _all("该集团率先实现产值突破80亿元的目标，跻身全省民营企业前列。") == []
    assert _all("经过全体干部职工奋战，园区一举实现工业总产值60亿元的年度目标。") == []
    assert _all("过去一年，全区规上工业产值达到年初确定的260亿元年度目标。", dt.date(2024, 1, 22)) == []
    # (no frame at all: a bare 实现…目标 is no goal)
    assert _all("全镇实现特色农业产值8亿元的目标。") == []
    # (forward frames stay goals: 要 in the clause before, 力争, a later year)
    got = _all("全县上下要凝心聚力，实现外贸进出口总额45亿元的年度目标。")
    assert [(t.value, t.target_year) for t in got] == [(4500000000, 2024)]
    got = _all("集团到2027年实现营业收入800亿元的阶段性目标。")
    assert [(t.value, t.target_year) for t in got] == [(80000000000, 2027)]


def test_a_projects_own_output_named_as_a_goal_stays_its_attribute():
    assert _all("该项目计划总投资15亿元，建成达产后可实现年产值36亿元的目标。") == []
    assert _all("项目二期投产后，预计实现年销售收入6亿元的目标，带动就业500人。") == []
    # (the place the project serves: its goal, worded with 产值 and a forward frame)
    got = _all("项目全面投产后，将助力开发区实现产值120亿元年度目标。")
    assert [(t.value, t.target_year) for t in got] == [(12000000000, 2024)]
