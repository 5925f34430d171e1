"""Round 17, second pass: layouts rather than wordings. A name whose own first character is 和 (after 的, a comma or
at a sentence's start it is no conjunction), a verb before 项目 that opens an activity noun (项目汇报, 项目攻坚), the
projects along an industry chain named as a kind, a counted batch whose members follow 包含/涵盖 and close with a
bare 等, and places counted as N大 of one kind of works (A、B等五大X综合体相继开工). One test per layout, with
near-miss probes that must give nothing.

The sentences are written for these tests (other places, names and figures); none is copied from a notice."""
import datetime as dt

from tests.extract.helpers import extract
from warehouse.extract.projects.names import names_in


def _projects(text, published=dt.date(2024, 3, 20)):
    """The projects of a notice by name (a March-2024 notice unless said)."""
    return {p.name: p for p in extract(text, published).projects}


def _names(text):
    return [n.name for n in names_in(text)]


def test_a_name_that_opens_with_he_after_de_or_a_sentence_start_keeps_it():
    assert _names("位于云峰县开发区的和泰(云峰)材料产业园内，塔吊林立。") == ["和泰(云峰)材料产业园"]
    assert _names("和泰(云峰)材料产业园是省重点项目，总投资12亿元。") == ["和泰(云峰)材料产业园"]
    found = _projects("目前，和泰(云峰)材料产业园项目与海川光电项目互为上下游，已开工建设。")
    assert "和泰(云峰)材料产业园项目" in found
    # between two names 和 still joins them
    assert not any(n.startswith("和") for n in _names("星河电子项目和海川光电项目均已开工。"))


def test_a_verb_then_xiangmu_that_opens_an_activity_noun_is_no_name():
    assert _names("决赛当天，经过项目汇报、现场答辩，评委选出一等奖3名。") == []
    assert _names("全区举行集中开工活动，营造项目攻坚浓厚氛围。") == []
    assert _names("评委会听取项目路演后打分。") == []
    # a named project before 项目建设 stays a project
    assert "东岭光电项目" in _projects("东岭光电项目建设进展顺利，已于2月开工。")


def test_projects_along_an_industry_chain_are_a_kind():
    assert _names("下一步，云峰县将重点招引新能源汽车产业链项目，积极引进储能电池、电控系统等产业链项目。") == []
    assert _names("围绕半导体供应链项目开展精准招商。") == []
    # a firm's own chain project is a project
    assert "星河集团锂电产业链项目" in _projects("星河集团锂电产业链项目已开工建设。")


def test_a_counted_batch_whose_members_follow_baohan_and_close_with_a_bare_deng():
    found = _projects("今年一季度，东岭经开区集中投产项目6个，包含星河年产5万片晶圆生产线、东岭高压电容扩产技改、"
                      "海川新材料研发生产等，总投资超15亿元。")
    assert {"星河年产5万片晶圆生产线", "东岭高压电容扩产技改", "海川新材料研发生产"} <= set(found)
    assert found["东岭高压电容扩产技改"].stage == "in_production"
    # an exhibition that covers firms, and a field list, are no batch of projects
    assert _names("展会涵盖星河电子、东岭制药、海川新材料等，吸引观众2万人次。") == []
    assert _names("课程包含机械制图、电工基础、数控编程等，共培训学员300人。") == []


def test_places_counted_as_n_da_of_one_kind_of_works_each_name_one():
    found = _projects("青螺湾、石门等三大“康养+文旅”综合体相继开工，完成投资2.4亿元。")
    assert {"青螺湾“康养+文旅”综合体", "石门“康养+文旅”综合体"} <= set(found)
    found = _projects("北岸、南湖等四大文旅综合体已开工建设。")
    assert {"北岸文旅综合体", "南湖文旅综合体"} <= set(found)
    # the same list with no stage reached (visitors received, a plan) gives nothing
    assert _names("北岸、南湖等四大文旅综合体接待游客30万人次。") == []
    assert _names("北岸、南湖等四大文旅综合体去年营收增长12%。") == []


# --- the review of the second pass: regressions and new false projects mended ---

def test_a_firm_a_capacity_or_a_place_before_a_chain_word_keeps_its_project():
    assert "天宇新能源汽车产业链项目" in _projects("天宇新能源汽车产业链项目正式落户云峰县，总投资80亿元。")
    assert "年产5GWh储能电池产业链项目" in _projects("年产5GWh储能电池产业链项目在东岭开工建设，总投资20亿元。")
    assert "东岭县生物医药产业链项目" in _projects("东岭县生物医药产业链项目（一期）于4月开工，总投资9亿元。")
    assert "顺达供应链项目" in _projects("顺达供应链项目正式签约落户东岭，总投资5亿元。")
    found = _projects("今年以来，东岭经开区引进北辰精工、南风智造、青禾新材等产业链项目6个，均已签约。")
    assert {"北辰精工", "南风智造", "青禾新材"} <= set(found)
    # a bare field, or 招引 and a field, stays a kind
    assert _names("东岭县将重点招引光伏产业链项目，积极引进储能电池、电控系统等产业链项目。") == []
    assert _names("聚焦生物医药供应链项目开展招商。") == []


def test_two_characters_before_xiangmu_that_are_no_verb_name_a_firm():
    assert "北辰项目" in _projects("北辰项目攻坚百日行动启动，该项目总投资30亿元。")
    assert "南风项目" in _projects("南风项目评审会召开，该项目总投资12亿元，将于年内开工。")
    assert _names("各乡镇开展项目路演，评委现场打分。") == []


def test_he_or_yu_that_joins_a_comparison_is_a_conjunction():
    assert _names("当天，与北辰智能装备项目一同签约的还有3个项目。") == ["北辰智能装备项目"]
    names = _names("与南风物流园项目同步开工的，还有青禾冷链物流园项目。")
    assert "南风物流园项目" in names and not any(n.startswith("与") for n in names)
    found = _projects("会上，与北辰新材料项目签约的还有南风光电项目，总投资9亿元。")
    assert not any(name.startswith("与") for name in found)
    assert not any(n.startswith("和") for n in _names("北辰电子项目已投产，和南风光电项目一起成为园区龙头。"))
    # after 的 the name's own 与 / 和 stays
    assert _names("位于东岭的与辰(东岭)新材料产业园项目已开工。") == ["与辰(东岭)新材料产业园项目"]


def test_a_counted_batch_of_activities_courses_exhibits_funds_or_aid_names_no_projects():
    assert _projects("节会设置体验项目8个，包含竹编手作体验、茶艺成果展、山货直播带货等，吸引游客3万人次。") == {}
    assert _projects("全年实施培训项目5个，包含焊工实训课程、电商运营实操课程等，培训900人次。") == {}
    assert _projects("展厅布置展示项目20个，包含东岭古桥复原模型、青禾水系沙盘等。") == {}
    assert _projects("今年新设产业投资项目2个，包含北辰成长基金、南风天使投资基金等，总规模8亿元。") == {}
    assert _projects("今年新设产业投资项目2个，包括北辰成长基金、南风天使投资基金等，总规模8亿元。") == {}
    assert _projects("全年实施民生工程8项，涵盖特困供养提标、高龄津贴发放等，投入资金2亿元。") == {}


def test_n_da_items_must_be_places_or_proper_names_and_no_batch_started_in_them():
    assert _projects("政务服务、法律服务等两大服务中心相继落地。") == {}
    assert _projects("新能源、新材料等三大产业园区相继签约。") == {}
    assert _projects("技术创新、成果转化等两大示范基地先后签约。") == {}
    assert _projects("春季、秋季等两大招商推介基地相继签约。") == {}
    assert _projects("南区、北区等两大棚改片区相继开工。") == {}
    assert _projects("高新区、经开区等两大产业园区相继开工项目18个，总投资60亿元。") == {}
    found = _projects("目前东坪、石湾等两大康养综合体已开工建设，总投资8亿元。")
    assert {"东坪康养综合体", "石湾康养综合体"} <= set(found)
    found = _projects("今年，其中东坪、石湾等两大康养综合体已开工。")
    assert {"东坪康养综合体", "石湾康养综合体"} <= set(found)
    # places that sign a partnership build nothing
    assert _projects("东坪、石湾等两大文旅景区相继签约合作，共同打造旅游线路。") == {}
