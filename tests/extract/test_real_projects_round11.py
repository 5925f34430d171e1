"""Project classes of round 11 (fresh real texts annotated apart from the rules): a batch counted place by place,
the kinds a batch is sorted into, the rest of a batch (其他项目), the facilities a project contains, aims listed
after an aim, the network of a whole province, aid programmes, a counted group described, projects in talks and the
firms a park took in; a works named once with 建设项目, the main structure of a works, a brand with 为 in it, and a
works built by a project at a place. One test per class, positive and negative.

The sentences are written for these tests, in the shapes that ceremony news, plan stories and work reports use;
none is copied from a notice."""
import datetime as dt

from tests.extract.helpers import extract
from warehouse.extract.projects.names import names_in


def _projects(text, published=dt.date(2024, 3, 20)):
    """The projects of a notice by name (an early-2024 notice unless said)."""
    return {p.name: p for p in extract(text, published).projects}


def _names(text):
    return [n.name for n in names_in(text)]


# ---- false projects


def test_a_batch_counted_place_by_place_names_no_project():
    text = "上半年全市新签约项目60个，分别为：东湖县20个、西山区15个、南川县12个、北城区13个。"
    assert _projects(text) == {}
    assert _names("开工的3个项目分别为：青石大桥工程、南湖污水处理厂二期工程、城北实验学校项目。") == \
        ["青石大桥工程", "南湖污水处理厂二期工程", "城北实验学校项目"]


def test_the_kinds_a_batch_is_sorted_into_are_not_projects():
    for text in ("本次签约项目分新能源装备项目、食品精深加工项目、冷链仓储项目等三大类共20个，总投资50亿元。",
                 "开工项目涵盖星河电池材料项目、远山食品项目等5类。"):
        assert _names(text) == [], text
    assert "星河电池材料项目" in _projects("星河电池材料项目、远山食品项目等3个项目已开工建设。")


def test_the_rest_of_a_batch_is_not_a_project():
    assert _names("目前一期已投产，预计其他项目明年也可投产。") == []
    assert _names("预计其余项目年底前完工。") == []
    assert _names("远山食品项目明年投产。") == ["远山食品项目"]


def test_the_facilities_a_project_contains_are_its_parts():
    text = "其中，远航冷链物流园项目总投资2亿元，包含冷库中心、分拣中心、配送中心等设施工程。"
    assert set(_projects(text)) == {"远航冷链物流园项目"}
    # with no project before it, a list after 包含 still names the works of a batch
    found = _projects("今天集中开工的8个项目包含青山花园小区项目、绿水康养基地项目等。")
    assert {"青山花园小区项目", "绿水康养基地项目"} <= set(found)


def test_the_items_joined_to_an_aim_are_aims():
    text = "到2035年，建成全国重要的绿色食品加工基地、现代冷链物流基地、区域科技创新中心。"
    assert _projects(text) == {}
    found = _projects("去年，南湖物流基地项目建成投产，北山科技产业园项目开工建设。", dt.date(2024, 2, 1))
    assert {"南湖物流基地项目", "北山科技产业园项目"} <= set(found)


def test_the_network_of_a_whole_province_is_not_a_works():
    assert _names("今年建成两条高速公路，使全省高速公路通车里程达到8000公里。") == []
    assert "东海至西山高速公路" in _names("今年建成东海至西山高速公路，使全省高速公路通车里程达到8000公里。")


def test_an_aid_programme_is_not_a_project():
    assert _names("一批重大项目和产业援疆项目集中签约。") == []
    assert _names("对口支援项目进展顺利。") == []
    assert _names("天山纺织产业园项目集中签约。") == ["天山纺织产业园项目"]


def test_a_counted_group_described_before_its_noun_is_not_a_name():
    assert _projects("同日，在高新区，三个租用标准厂房的电子组装项目开工建设。") == {}
    found = _projects("同日，在高新区，总投资3亿元的星光电子组装项目开工建设。")
    assert "星光电子组装项目" in found


def test_projects_in_talks_are_not_annotated():
    for text in ("同时积极跟进青山康养小镇、蓝海数字港等项目，力争早日签约。",
                 "园区正在洽谈东湖文旅综合体项目。"):
        assert _projects(text) == {}, text
    # 跟踪落实: a works followed through its approval, not courted
    assert "青山康养小镇" in _names("跟踪落实青山康养小镇、蓝海数字港等项目通过入库审核。")


def test_firms_a_park_took_in_are_not_works():
    text = "今年园区新入驻企业增多，星辰智能、华光科技等6个项目已入驻。"
    assert _names(text) == []
    assert "星辰智能" in _names("星辰智能、华光科技等6个项目已开工。")
    assert "绿谷数据产业园" in _names("绿谷数据产业园、华光科技等6个项目已入驻。")


# ---- names


def test_a_works_named_again_with_its_building_words_is_one_project():
    text = "宏达公司计划投资8亿元建设新型建材生产基地。新型建材生产基地建设项目将分两期建设。"
    assert set(_projects(text)) == {"新型建材生产基地建设项目"}


def test_the_main_structure_of_a_works_gives_the_works_its_stage():
    found = _projects("投资8亿元的华为南方数据中心主体工程封顶。")
    assert set(found) == {"华为南方数据中心"}
    assert found["华为南方数据中心"].stage == "topped_out"
    # 为 as a verb still cuts: 被评为 before a name
    assert "华为" not in "".join(_names("该园区被评为绿色食品产业园。"))


def test_a_line_a_project_builds_at_a_place_is_its_part():
    text = "远东新材料项目总投资5亿元，计划在临江建设年产3万吨铝合金板材生产线。"
    assert set(_projects(text)) == {"远东新材料项目"}
    # the first phase of a larger base is described, not named
    text = "星河轴承项目是远大集团在临江区建设精密轴承生产基地的首期项目，投资5亿元，已开工建设。"
    assert set(_projects(text)) == {"星河轴承项目"}
    # a firm that builds at a place: the works after 建设 is still named
    found = _projects("远东公司计划在临江建设年产3万吨铝合金板材生产线项目，总投资5亿元。")
    assert "年产3万吨铝合金板材生产线项目" in found
