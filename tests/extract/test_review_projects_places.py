"""Review findings on projects and places, each with what must change and what must stay: items of a name-and-money
list read with one pattern; water transfers told from 引资 / 引进 words; counties of one character from a closed list;
a counted size (2×100万千瓦) kept whole as a name's capacity; the generating units a plant builds as its capacity.

The sentences are written for these tests; none is copied from a notice."""
import datetime as dt

from tests.extract.helpers import extract
from warehouse.extract.places import ONE_CHARACTER_COUNTIES, document_places, home_county
from warehouse.extract.projects.attributes import NAME_SIZE

DAY = dt.date(2024, 6, 20)


def _projects(text, published=DAY):
    return {p.name: p for p in extract(text, published).projects}


# ---- 1. a name-and-money list: each item's name and money, whatever verb follows 总投资


def test_items_whose_total_investment_is_stated_with_wei_keep_name_and_money():
    found = _projects("今年，我县开工建设青山智能装备产业园项目总投资为10亿元、绿谷物流园项目总投资为20亿元，进展顺利。")
    assert found["青山智能装备产业园项目"].investment_cny == 1_000_000_000
    assert found["绿谷物流园项目"].investment_cny == 2_000_000_000


def test_items_without_a_verb_read_as_before():
    found = _projects("今年，我县开工建设青山智能装备产业园项目总投资10亿元、绿谷物流园项目总投资20亿元，进展顺利。")
    assert found["青山智能装备产业园项目"].investment_cny == 1_000_000_000
    assert found["绿谷物流园项目"].investment_cny == 2_000_000_000


def test_an_items_name_is_not_cut_at_money_said_before_it():
    found = _projects("新增投资3亿元的城东小学总投资10亿元、城西中学总投资20亿元。")
    assert {"城东小学", "城西中学"} <= set(found)
    assert not any(name.startswith("投资") or name.startswith("的") for name in found)
    found = _projects("我县投资建设青山智能装备产业园项目总投资10亿元、绿谷物流园项目总投资20亿元，进展顺利。")
    assert set(found) == {"青山智能装备产业园项目", "绿谷物流园项目"}


def test_a_single_item_with_total_investment_is_no_list():
    found = _projects("青山智能装备产业园项目总投资为10亿元，目前已开工建设。")
    assert set(found) == {"青山智能装备产业园项目"}
    assert found["青山智能装备产业园项目"].investment_cny == 1_000_000_000


# ---- 2. water transfers named as works; 引资 / 引进 / 引领 words are not


def test_water_transfers_are_works():
    for name in ("引江济淮工程", "引汉济渭工程", "引黄入冀补淀工程", "引江补汉工程", "引绰济辽工程"):
        assert name in _projects(f"我市启动{name}，目前已开工。"), name


def test_attracting_investment_or_leading_is_no_water_transfer():
    for text in ("我市启动招商引资入库工程，目前已开工。", "我市启动引进入户工程，目前已开工。",
                 "我市启动引领入企工程，目前已开工。", "我市启动引领经济新工程，目前已开工。"):
        assert _projects(text) == {}, text


# ---- 3. counties of one character: a closed list


def test_one_character_counties_are_real_ones():
    assert {"杞县", "容县", "沛县", "陇县", "滑县", "蠡县", "雄县", "献县"} <= ONE_CHARACTER_COUNTIES
    assert not {"撤县", "建县", "郊县", "徐县", "全县", "华县", "开县"} & ONE_CHARACTER_COUNTIES


def test_a_notice_about_a_one_character_county_has_it_as_home():
    text = "近日，杞县举行重点项目集中开工活动，全县共有12个项目开工，全县上下干劲十足。"
    assert home_county(text) == "杞县"
    assert "杞县" in document_places(text)
    found = _projects("白水市集中开竣工白水产业园热电项目、容县电子信息产业园一期工程等60个项目。")
    assert found["容县电子信息产业园一期工程"].location == "容县"


def test_words_ending_in_county_are_no_home():
    for word in ("撤县设区", "建县", "郊县"):
        text = f"{word}以来，全县经济快速发展，全县上下齐心协力，全县人民团结奋斗。"
        assert home_county(text) is None, word
        assert not document_places(text), word


def test_a_project_of_a_notice_about_abolishing_a_county_has_no_such_home():
    text = "撤县设区以来，全县经济快速发展。全县共开工青山智能装备产业园项目，全县上下齐心协力。"
    assert all(p.location != "撤县" for p in _projects(text).values())


# ---- 4. a counted size in a name: its capacity whole


def test_a_counted_size_in_a_name_is_its_capacity_whole():
    found = _projects("华银株洲2×100万千瓦扩能项目开工建设。")
    assert found["华银株洲2×100万千瓦扩能项目"].capacity == "2×100万千瓦"
    assert NAME_SIZE.search("青山2x660MW火电项目").group(0) == "2x660MW"


def test_a_single_size_and_a_unit_number_stay_as_they_were():
    assert _projects("华银株洲100万千瓦扩能项目开工建设。")["华银株洲100万千瓦扩能项目"].capacity == "100万千瓦"
    assert _projects("华银株洲2号机组扩能项目开工建设。")["华银株洲2号机组扩能项目"].capacity is None


def test_the_name_with_and_without_its_counted_size_is_one_project():
    found = _projects("华银株洲2×100万千瓦扩能项目开工建设。华银株洲扩能项目总投资80亿元。")
    assert set(found) == {"华银株洲2×100万千瓦扩能项目"}


# ---- the generating units a plant builds: its capacity (unless a plan for all its phases)


def test_the_units_a_plant_builds_are_its_capacity():
    found = _projects("青山电厂二期项目开工建设，将建设两台66万千瓦超超临界燃煤发电机组。")
    assert found["青山电厂二期项目"].capacity == "两台66万千瓦超超临界燃煤发电机组"


def test_the_units_a_plan_names_for_all_phases_are_not():
    found = _projects("青山电厂项目开工建设，规划建设4台66万千瓦燃煤发电机组。")
    assert found["青山电厂项目"].capacity is None
    assert _projects("青山电厂项目开工建设，建设两台机组。")["青山电厂项目"].capacity is None
