"""Target classes, round 17 (fresh real texts annotated apart from the rules): the money a public list of funded
items puts on each item, the total it shares out and what the levels above allot (plan composition, not goals); the
make-up of a project's works after 建设内容; a series of figures each for its own part of the year.

The sentences are written for these tests in the shapes funding notices and task lists use; places, names and
figures are invented."""
import datetime as dt

from tests.extract.test_real_targets_round8 import _all
from warehouse.extract.measures import find_measures

DECEMBER = dt.date(2023, 12, 20)
MARCH = dt.date(2024, 3, 5)


# --- a funding list: each item's money, the list's total, transfers from above ---

def test_the_money_a_funding_list_puts_on_each_item_is_no_target():
    text = ("二、项目安排情况\n"
            "1、2024年清河县“春风计划”技能培训项目，计划安排资金60万元。\n"
            "2、2024年清河县脱贫户小额信贷贴息项目，预计安排资金35万元。\n"
            "3、发展壮大村集体经济项目，计划安排资金1200万元。\n"
            "4、其他农业产业项目(如:特色种植、畜禽养殖等)，计划安排资金300万元。")
    assert _all(text, DECEMBER) == []


def test_the_total_a_funding_list_shares_out_is_no_target():
    for text in ("2024年清河县共安排各级财政衔接推进乡村振兴补助资金6230.5万元。",
                 "根据资金增幅，预估2024年各级安排财政衔接补助资金约6500万元。",
                 "全年上级安排专项补助资金2.3亿元。"):
        assert _all(text, DECEMBER) == [], text


def test_funds_a_plan_sets_aside_of_its_own_stay_a_target():
    # (a province's plan setting aside its own money, with no funding list around it)
    got = _all("2024年，全省将安排省级财政资金860亿元。", MARCH)
    assert 86000000000 in {t.value for t in got}
    # a goal for money brought in from above, under a firm cue, is a goal
    got = _all("力争全年争取上级资金15亿元以上。", MARCH)
    assert [t.value for t in got] == [1500000000]
    # 招商到位资金 is a goal whatever its noun
    got = _all("确保招商到位资金120亿元以上。", MARCH)
    assert [t.value for t in got] == [12000000000]


# --- the make-up of a project's works ---

def test_the_works_after_a_projects_building_content_are_no_target():
    text = ("计划投资1860万元，建设2024年清河县乡村联网公路项目，主要建设内容为新修沥青混凝土道路"
            "或水泥道路9.8万平方米。")
    assert _all(text, DECEMBER) == []
    text = "计划投资3亿元，实施城北污水管网改造项目，建设规模为新建管网42公里。"
    assert _all(text, DECEMBER) == []


def test_a_goal_for_roads_with_no_project_stays_a_target():
    got = _all("今年力争新改建农村公路300公里。", MARCH)
    assert [t.value for t in got] == [300]


# --- a series, each figure for its own part of the year ---

def test_each_figure_of_a_series_is_for_the_part_of_the_year_its_item_names():
    got = [(m.indicator, m.value) for m in find_measures("确保签约项目履约率一季度达到40%以上、上半年达到70%、前三季度达到95%。")]
    assert got == [("项目履约率一季度", 40), ("项目履约率上半年", 70), ("项目履约率前三季度", 95)]
    targets = {t.indicator: t for t in _all("确保新建项目开工率一季度达到45%以上、上半年达到85%、10月底前全部开工。", MARCH)}
    assert targets["项目开工率上半年"].value == 85 and targets["项目开工率上半年"].commitment == "hard"
    assert targets["项目开工率一季度"].value == 45


def test_a_series_without_a_part_of_the_year_keeps_its_shared_name():
    got = [(m.indicator, m.value) for m in find_measures("城乡居民人均可支配收入分别增长6%、7%。")]
    assert [v for _, v in got] == [6, 7]
    got = [(m.indicator, m.value) for m in find_measures("全年完成投资30亿元、40亿元。")]
    assert all("上半年" not in name for name, _ in got)
