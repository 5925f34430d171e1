"""Round 17 review of the projects and targets rules: a plan's own money after a verb phrase stays a target; money
from the levels above that a plan aims at stays a target; 建设内容 governs only its own clauses; each figure of a
series keeps its own part of the year (the whole year is the plain name); 培训 / 补贴 names are works when the
sentence invests in them, starts or signs them; a list of places closing on 开工一批项目 names no works; fields that
share the last item's suffix; places are no short items; a very long series is read in seconds.

Sentences are the reviewer's probes and the shapes they stand for; places, names and figures are invented."""
import datetime as dt

from tests.benchmarks.worstcase import milestones
from tests.extract.helpers import extract
from tests.extract.test_real_targets_round8 import _all
from warehouse.extract.measures import find_measures

MARCH = dt.date(2024, 3, 1)
DECEMBER = dt.date(2023, 12, 20)


def _values(text, published=MARCH):
    return sorted(t.value for t in _all(text, published))


def _projects(text, published=MARCH):
    return {p.name: p for p in extract(text, published).projects}


# --- rule 1: a funding list's item is a name, not a verb phrase ---

def test_a_plans_own_money_after_a_verb_phrase_stays_a_target():
    for text, value in (("全力实施乡村振兴三年行动计划，全年安排财政衔接资金2.6亿元以上。", 260000000),
                        ("聚焦重点项目，计划安排政府专项债券资金12亿元。", 1200000000),
                        ("全面实施“强基工程”，计划安排资金2亿元，新建标准化村卫生室50个。", 200000000),
                        ("持续实施“千万工程”，2024年县财政预计安排资金1.2亿元，新建和美乡村20个。", 120000000),
                        ("3、加快重点项目建设，全年计划安排项目建设资金30亿元。", 3000000000),
                        ("（一）实施项目带动战略，安排产业发展资金2亿元，力争新引进亿元以上项目20个。", 200000000)):
        assert value in _values(text), text


def test_the_money_on_a_named_item_of_a_funding_list_is_still_no_target():
    text = ("二、资金安排\n1、2024年清河县农村供水保障项目，安排资金420万元。\n"
            "2、其他涉农产业项目(如:高效种植,高效养殖、农产品加工等),计划安排资金500万元。")
    assert _values(text, DECEMBER) == []
    assert _values("（一）产业发展类：清河县特色种植产业园建设项目，计划安排衔接资金800万元。", DECEMBER) == []


# --- rule 2: money from the levels above under a goal cue ---

def test_money_from_above_a_plan_aims_at_stays_a_target():
    assert _values("力争全年争取各级专项资金8亿元、上级安排债券资金10亿元。") == [800000000, 1000000000]
    assert _values("2024年，全市将统筹安排各级财政资金50亿元，全力保障重点项目建设。") == [5000000000]


def test_money_from_above_reported_or_estimated_is_still_no_target():
    assert _values("全年上级安排专项补助资金2.3亿元。", DECEMBER) == []
    assert _values("2024年清河县共安排各级财政衔接推进乡村振兴补助资金6230.5万元。", DECEMBER) == []


# --- rule 3: 建设内容 / 建设规模 governs its own clauses only ---

def test_a_goal_after_the_building_content_stays_a_target():
    assert 5000000000 in _values("今年重点推进交通项目建设，建设内容包括国省道改造，力争全年完成交通投资50亿元、新改建农村公路200公里。")
    assert _values("城区雨污分流改造工程建设内容为改造管网35公里，力争今年完成投资2.5亿元。") == [250000000]
    assert _values("建设规模为年处理污水5万吨，项目计划今年6月底前开工，年内完成投资1.2亿元。") == [120000000]


def test_the_building_content_itself_is_still_an_attribute():
    assert _values("计划投资3亿元，实施城北污水管网改造项目，建设规模为新建管网42公里、泵站2座。", DECEMBER) == []


# --- rule 4: each item of a series keeps its own part of the year ---

def _named(text):
    return [(m.indicator, m.value) for m in find_measures(text)]


def test_each_item_of_a_series_keeps_its_own_period():
    assert _named("确保3月底前完成征迁50%、6月底前完成100%。") == [("3月底前完成征迁", 50), ("6月底前完成征迁", 100)]
    assert _named("确保一季度完成投资20亿元、上半年完成50亿元、前三季度完成80亿元。") == [
        ("投资一季度", 2000000000), ("投资上半年", 5000000000), ("投资前三季度", 8000000000)]
    assert _named("确保投资1-6月完成50亿元、1-9月完成80亿元。") == [("投资1-6月", 5000000000), ("投资1-9月", 8000000000)]
    assert _named("确保项目开工率一季度达到40%、三季度末达到90%。") == [("项目开工率一季度", 40), ("项目开工率三季度末", 90)]


def test_the_whole_year_item_of_a_series_is_the_plain_indicator():
    assert _named("力争规上工业增加值一季度增长6%、上半年增长7%、全年增长8%以上。") == [
        ("规上工业增加值一季度", 6), ("规上工业增加值上半年", 7), ("规上工业增加值", 8)]
    assert _named("确保项目开工率一季度达到40%、上半年达到75%、年内达到100%。")[-1] == ("项目开工率", 100)


# --- rule 6 (projects): aid words name works when the sentence invests, starts or signs ---

def test_training_or_subsidy_works_invested_in_started_or_signed_are_projects():
    got = _projects("全省首个新能源汽车驾驶培训项目在清河县开工建设，总投资3亿元。")
    assert got["新能源汽车驾驶培训项目"].investment_cny == 300000000
    got = _projects("亚洲飞行学院通航飞行培训项目在清河县正式签约，总投资12亿元。")
    assert "亚洲飞行学院通航飞行培训项目" in got and "亚洲飞行学院" not in got
    assert "居民取暖补贴项目" in _projects("清河县城区集中供热管网改造暨居民取暖补贴项目开工建设。")


def test_aid_items_of_a_funding_list_are_still_no_projects():
    text = ("1、2024年清河县“春风计划”技能培训项目，计划安排资金60万元。\n"
            "2、2024年清河县脱贫户小额信贷贴息项目，计划安排资金35万元。")
    assert _projects(text, DECEMBER) == {}


# --- rule 10 (projects): 、-lists closing on a stage verb ---

def test_places_where_a_batch_of_projects_started_are_no_projects():
    got = _projects("清河经济开发区、城东新区、河口工业园区、滨江产业园相继开工一批项目。")
    assert not {"清河经济开发区", "城东新区", "河口工业园区"} & set(got)


def test_fields_share_the_suffix_of_the_last_item():
    got = _projects("新能源汽车、生物医药、电子信息、高端装备产业园先后开工。")
    assert not {"新能源汽车", "生物医药", "电子信息"} & set(got)
    assert "高端装备产业园" in got
    got = _projects("集成电路、新型显示、生物医药产业园陆续开工。")
    assert not {"集成电路", "新型显示"} & set(got)


def test_a_long_first_item_of_a_stage_list_is_not_cut():
    got = _projects("确保清河经济技术开发区高端装备制造产业园二期厂房项目、宏达科技、华通物流建成投产。")
    assert "清河经济技术开发区高端装备制造产业园二期厂房项目" in got
    assert not any(name.startswith("河经济") for name in got)


# --- rule 8 (projects): places are no short items ---

def test_places_listed_before_a_count_of_projects_name_none():
    assert _projects("城南、城北、城东等3个项目已开工。") == {}
    assert set(_projects("算力规模持续做大，移动、广电等4个项目建成投产。", dt.date(2025, 1, 2))) == {"移动项目", "广电项目"}


# --- robustness: a very long series ---

def test_a_very_long_series_is_read_to_its_end():
    # (how the time grows with the series is a benchmark: tests/benchmarks/worstcase.py)
    targets = extract(milestones(300), MARCH).targets
    assert {t.value for t in targets} == {40, 75}  # the same two milestones, repeated, are two targets
