"""Project classes, round 17 (fresh real texts annotated apart from the rules): a funding list's works named by its
year and county, after the money planned for it (its subsidy items are not works); the short items of a list whose
head noun is 项目; a count after the head noun (X等项目29个); a list of firms and phases that closes on a stage verb;
works listed one clause each after their own total investment; verbs that take projects as object.

The sentences are written for these tests in the shapes funding notices, zone summaries and county features use;
places, names and figures are invented."""
import datetime as dt

from tests.extract.helpers import extract


def _projects(text, published=dt.date(2024, 3, 20)):
    """The projects of a notice by name (an early-2024 notice unless said)."""
    return {p.name: p for p in extract(text, published).projects}


# ---- a funding list: the works it builds, not the subsidies it pays

def test_a_funding_lists_works_named_by_year_and_county_is_a_planned_project():
    got = _projects("（三）基础设施类项目，共1860万元。\n"
                    "计划投资1860万元，建设2024年清河县乡村联网公路项目，主要建设内容为新修水泥道路9.8万平方米。",
                    dt.date(2023, 12, 20))
    (name, p), = got.items()
    assert name == "2024年清河县乡村联网公路项目"
    assert (p.investment_cny, p.stage) == (18600000, "planned")


def test_a_funding_lists_subsidy_items_are_no_projects():
    text = ("1、2024年清河县“春风计划”技能培训项目，计划安排资金60万元。\n"
            "2、2024年清河县脱贫户小额信贷贴息项目，计划安排资金35万元。\n"
            "3、2024年清河县扶持脱贫户种植优质玉米奖补项目，预计安排资金200万元。")
    assert _projects(text, dt.date(2023, 12, 20)) == {}


def test_a_year_label_on_a_batch_still_names_no_project():
    for text in ("2024年重点项目集中开工，共20个。", "2024年清河县重点项目计划总投资80亿元。"):
        assert _projects(text) == {}, text


# ---- lists: short items, a count after the head noun, a list closing on a stage verb

def test_a_short_item_takes_the_lists_head_noun():
    got = _projects("算力规模持续做大，移动、广电等4个项目建成投产。", dt.date(2025, 1, 2))
    assert set(got) == {"移动项目", "广电项目"}
    assert got["移动项目"].stage == "in_production"


def test_an_item_before_a_count_after_the_head_noun_is_a_project():
    got = _projects("全年开工恒远智造园等项目35个，竣工金川科技等项目18个。", dt.date(2025, 1, 2))
    assert got["恒远智造园"].stage == "started"
    assert got["金川科技"].stage == "completed"


def test_a_count_of_kinds_after_the_head_noun_names_no_project():
    assert _projects("全年新开工交通等项目12个，竣工水利等项目8个。", dt.date(2025, 1, 2)) == {}


def test_firms_and_phases_in_a_list_closing_on_a_stage_verb_are_works():
    text = "今年，该县确保金桥工业园、长兴新园区、华力三期、明远电子、东塘矿业建成投产。"
    got = _projects(text)
    assert {"金桥工业园", "长兴新园区", "华力三期", "明远电子", "东塘矿业"} <= set(got)
    assert got["明远电子"].stage is None  # only planned: no stage reached


def test_firms_alone_before_a_stage_verb_are_no_works():
    # (no item is a works by its suffix: a list of firms growing, not of works)
    assert _projects("今年，明远电子、东塘矿业、华力科技等企业实现满负荷生产，顺达物流、金川科技、宏图制药投产。") == {}


# ---- works listed one clause each after their own money

def test_works_listed_after_their_own_money_keep_their_whole_names():
    text = ("基础设施类3项，总投资规模2.1亿元。分别是总投资0.4亿元的环城快速路沿线绿化、亮化建设项目，"
            "总投资0.9亿元的临川经济开发区“五通一平”道路建设工程，总投资0.8亿元的高标准农田建设项目。")
    got = _projects(text, dt.date(2020, 5, 8))
    assert got["环城快速路沿线绿化、亮化建设项目"].investment_cny == 40000000
    assert got["临川经济开发区“五通一平”道路建设工程"].investment_cny == 90000000
    assert got["高标准农田建设项目"].investment_cny == 80000000
    assert "环城快速路" not in got


def test_one_work_after_its_money_is_no_list():
    # (one clause: the general words keep the usual reading, a kind of works)
    assert "高标准农田建设项目" not in _projects("今年将实施总投资0.8亿元的高标准农田建设项目。")


# ---- verbs that take projects as object

def test_solving_the_projects_problems_names_no_project():
    assert _projects("要压实主体责任，逐项破解项目瓶颈问题，为项目顺利推进提供保障。") == {}
