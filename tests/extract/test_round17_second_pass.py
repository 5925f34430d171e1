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
