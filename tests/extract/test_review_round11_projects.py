"""Review of round 11, projects: narrowings that lost true projects, mended by general rules (a unit after 个,
officials following a works under way, 建成 reported as done, named works before 等N大类, tenants that start works,
a one-character name before 为), and the kinds list read once per sentence. Each rule is tested positive and
negative with sentences written for these tests."""
import datetime as dt

from tests.benchmarks.worstcase import kinds_list
from tests.extract.helpers import extract
from warehouse.extract.projects.names import names_in


def _projects(text, published=dt.date(2024, 3, 20)):
    return {p.name: p for p in extract(text, published).projects}


def _names(text):
    return [n.name for n in names_in(text)]


def test_a_unit_of_money_or_time_after_ge_counts_no_works():
    assert _names("总投资20个亿的青禾食品产业园项目昨天开工。") == ["青禾食品产业园项目"]
    assert _names("历时26个月建设的北川大桥工程今天通车。") == ["北川大桥工程"]
    assert _names("两个多月建成的云岭污水处理厂项目已投入运行。") == ["云岭污水处理厂项目"]
    # a counted group described before its noun is still no name
    assert _names("当天，四个利用闲置厂房的服装加工项目同时开工。") == []
    assert _names("五个投资过亿的智能制造项目开工。") == []


def test_officials_following_a_works_under_way_keep_the_works():
    found = _projects("副县长跟进青川大桥工程建设进度，要求确保年内通车。")
    assert set(found) == {"青川大桥工程"}
    assert set(_projects("镇长跟踪督办西岭水厂项目，目前主体已完工。")) == {"西岭水厂项目"}
    assert _names("专班跟踪服务云谷数据中心项目建设。") == ["云谷数据中心项目"]
    # in talks: 洽谈/在谈, or 跟进 towards signing
    assert _names("开发区正在洽谈青川文旅综合体项目。") == []
    assert _names("积极跟进云谷康养小镇、青石数字港等项目，争取年内签约。") == []
    assert _names("县里跟进青川物流园项目，力争早日签约。") == []


def test_jiancheng_reported_as_done_lists_works_not_aims():
    assert "青川储能电站项目" in _names("去年建成全国领先的云岭光伏电站、青川储能电站项目。")
    assert "青川储能电站项目" in _names("今年已建成全省最大的云岭光伏电站、青川储能电站项目。")
    # an aim to come stays an aim
    assert _names("力争明年建成全省最大的云岭光伏电站、青川储能电站项目。") == []
    assert _names("到2030年，建成全国重要的绿色建材基地、现代物流基地、区域创新中心。") == []


def test_named_works_before_kinds_and_a_count_are_members():
    assert _names("今天开工的北川大桥工程、云岭隧道工程等2大类9个项目，总投资40亿元。") == \
        ["北川大桥工程", "云岭隧道工程"]
    # kinds of works, or a batch sorted into kinds by its verb, stay kinds
    assert _names("开工项目分桥梁工程、隧道工程、道路工程等三大类。") == []
    assert _names("开工项目分北川大桥工程、云岭隧道工程等3类。") == []
    assert _names("签约项目涵盖青禾食品项目、远帆电池项目等4类。") == []


def test_tenants_that_start_works_are_works():
    assert _names("云帆智能装备、青禾新材料等5个项目已入驻园区并开工建设。") == ["云帆智能装备", "青禾新材料"]
    assert _names("云帆智能、青禾科技等5个项目已入驻。") == []
    assert _names("云帆智能、青禾科技等5个项目已入驻园区，开工仪式下月举行。") == []


def test_a_one_character_name_before_wei_is_part_of_the_name():
    assert _names("新为光电产业园项目今天开工。") == ["新为光电产业园项目"]
    assert _names("引进华为数据中心项目。") == ["华为数据中心项目"]
    # 为 after an adverb or a subject is the verb
    assert _names("该项目现为青川电子产业园项目。") == ["青川电子产业园项目"]
    assert _names("现为青川电子产业园项目。") == ["青川电子产业园项目"]


def test_a_long_kinds_list_names_no_project():
    # (how the time grows with the list is a benchmark: tests/benchmarks/worstcase.py)
    assert names_in(kinds_list(300)) == []


def test_a_caption_before_wei_is_not_a_name():
    assert _names("图为云岭体育中心项目施工现场") == ["云岭体育中心项目"]
    assert "新为光电产业园项目" in _names("左为新为光电产业园项目，右为云岭数据中心项目")
