"""A project's location outside Zhejiang, read with China's divisions (warehouse.reference.china_divisions): a
prefecture or a province is never a location; a county-level unit is, by its full name anywhere and by its short form
where the notice makes that safe (its full name, prefecture or province named, or a short form no other unit bears
that is not a common word); a county a project's name or clause carries wins over the notice's own county.

The sentences are written for these tests; none is copied from a notice."""
import datetime as dt

from tests.extract.helpers import extract
from warehouse.extract.places import (COMMON_SHORT_FORMS, county_trusted, division_at, home_county, is_upper_division,
                                      notice_places, sole_county)
from warehouse.reference import china_divisions, prefecture_and_county_names, prefecture_names

DAY = dt.date(2024, 6, 20)


def _places(text):
    return {p.name: p.location for p in extract(text, DAY).projects}


# ---- the divisions


def test_the_divisions_come_from_the_package_with_their_short_forms():
    divisions = china_divisions()
    levels = [d.level for d in divisions]
    assert (levels.count("province"), levels.count("prefecture"), levels.count("county")) == (34, 333, 2843)
    short = {d.name: d.short_name for d in divisions}
    assert short["南安市"] == "南安" and short["泉州市"] == "泉州" and short["福建省"] == "福建"
    assert short["景宁畲族自治县"] == "景宁" and short["内蒙古自治区"] == "内蒙古" and short["神农架林区"] == "神农架"
    assert short["忠县"] == "" and short["城区"] == ""  # one character: no short form


def test_the_zhejiang_gazetteer_is_unchanged():
    assert len(prefecture_names()) == 11 and "杭州市" in prefecture_names()
    assert "泉州市" not in prefecture_names() and "南安市" not in prefecture_and_county_names()


def test_names_are_looked_up_by_their_first_two_characters():
    assert division_at("在南安市开工", 1) == "南安市"
    assert division_at("在南安开工", 1) == "南安"
    assert division_at("焉耆县光伏", 0) == "焉耆县"  # an autonomous county by its everyday name
    assert division_at("开工建设", 0) is None


def test_prefectures_and_provinces_are_upper_divisions():
    for name in ("泉州市", "泉州", "福建省", "福建", "延边", "杭州"):
        assert is_upper_division(name), name
    for name in ("南安市", "南安", "洛江区", "东至县"):
        assert not is_upper_division(name), name


def test_a_short_form_is_trusted_with_its_prefecture_or_when_unique_and_no_word():
    in_quanzhou = notice_places("泉州市召开重点项目推进会。")
    assert county_trusted("南安", in_quanzhou) and county_trusted("洛江", in_quanzhou)
    nowhere = notice_places("召开重点项目推进会。")
    assert county_trusted("宜兴", nowhere)  # one unit's name, no common word
    assert not county_trusted("宜兴", nowhere, opens=False)  # inside a word: not without the notice's word for it
    assert {"光明", "合作", "东方", "城关", "朝阳"} <= COMMON_SHORT_FORMS
    for word in ("光明", "合作", "东方", "城关", "朝阳", "鼓楼"):
        assert not county_trusted(word, nowhere), word
    in_hainan = notice_places("澄迈县召开重点项目推进会。")
    assert not county_trusted("福山", in_hainan)  # 烟台's 福山区: a town's name in a notice of another province


# ---- projects


def test_a_prefecture_is_not_a_projects_location():
    found = _places("近日，泉州市召开重点项目推进会。泉州市综合体育馆项目总投资10亿元，今年开工建设；"
                    "泉州东海湾隧道工程总投资30亿元，计划年内开工。")
    assert found == {"泉州市综合体育馆项目": None, "泉州东海湾隧道工程": None}
    assert _places("乌兰察布市数据中心项目总投资20亿元，目前已开工建设。") == {"乌兰察布市数据中心项目": None}


def test_each_project_takes_the_county_its_name_carries():
    found = _places("近日，泉州市重点项目集中开工，德化县陶瓷文化产业园项目、南安市光电产业园项目、"
                    "洛江区智能制造基地项目、晋江智能鞋服产业园项目同日开工建设。")
    assert found == {"德化县陶瓷文化产业园项目": "德化县", "南安市光电产业园项目": "南安市",
                     "洛江区智能制造基地项目": "洛江区", "晋江智能鞋服产业园项目": "晋江"}
    assert _places("福建省泉州市洛江区智能装备产业园项目总投资8亿元，目前已开工建设。") \
        == {"福建省泉州市洛江区智能装备产业园项目": "洛江区"}


def test_a_county_in_the_name_wins_over_the_notices_county():
    text = ("贵池区今年开工重点项目30个，全区固定资产投资增长12%。贵池区将继续做好项目服务。其中，"
            "东至县新材料产业园项目总投资5亿元，华联冷链物流中心项目总投资3亿元，均已开工建设。")
    assert home_county(text) == "贵池区"
    assert _places(text) == {"东至县新材料产业园项目": "东至县", "华联冷链物流中心项目": "贵池区"}


def test_a_notice_naming_several_counties_has_no_sole_county():
    text = "近日，德化县陶瓷文化产业园项目、南安市光电产业园项目同日开工建设。"
    assert sole_county(text) is None
    assert sole_county("近日，德化县陶瓷文化产业园项目开工建设。") == "德化县"


def test_a_short_form_that_is_a_common_word_is_no_location():
    found = _places("光明乳业新工厂项目总投资6亿元，目前已开工建设。东方红农机产业园项目总投资2亿元，同步开工。")
    assert found == {"光明乳业新工厂项目": None, "东方红农机产业园项目": None}
    found = _places("今年全县开工建设城区路网改造项目，总投资2亿元。合作社冷链物流中心项目同步开工。")
    assert found == {"城区路网改造项目": None, "合作社冷链物流中心项目": None}
    assert _places("福建省重点项目集中开工，新城智慧物流园项目总投资10亿元，今日开工建设。") \
        == {"新城智慧物流园项目": None}


def test_a_short_form_of_another_province_is_no_location():
    text = ("澄迈县今年开工重点项目20个，全县上下干劲十足，澄迈县将持续优化营商环境。"
            "福山咖啡加工厂项目总投资1亿元，已开工建设。")
    assert _places(text) == {"福山咖啡加工厂项目": "澄迈县"}


def test_a_unique_short_form_opening_a_name_is_its_location():
    assert _places("宜兴紫砂文化产业园项目总投资3亿元，目前已开工建设。") == {"宜兴紫砂文化产业园项目": "宜兴"}
    found = _places("近日，泉州市召开重点项目推进会。晋江智能鞋服产业园项目、永春茶文化园项目均已开工建设。")
    assert found == {"晋江智能鞋服产业园项目": "晋江", "永春茶文化园项目": "永春"}


def test_a_road_between_two_places_is_built_in_neither():
    assert _places("福建省重点项目集中开工，顺昌至邵武高速公路总投资60亿元，今日开工建设。") == {"顺昌至邵武高速公路": None}


def test_zhejiangs_common_short_forms_stay_in_zhejiang():
    assert _places("重庆市重点项目集中开工，重庆江北国际机场扩建工程总投资80亿元，今日开工建设。") \
        == {"重庆江北国际机场扩建工程": None}
    assert _places("重庆市重点项目集中开工，江北区港城工业园扩建项目总投资10亿元，今日开工建设。") \
        == {"江北区港城工业园扩建项目": "江北区"}
    assert _places("宁波市江北区重点项目集中开工，江北高新区智能制造项目总投资5亿元，今日开工建设。") \
        == {"江北高新区智能制造项目": "江北高新区"}


def test_a_notice_that_speaks_as_the_county_and_names_it_short_is_about_it():
    text = ("来源：商南融媒。今年以来，我县共开工重点项目15个，全县固定资产投资增长10%。"
            "茶叶深加工项目总投资2亿元，已开工建设。")
    assert home_county(text) == "商南县"
    assert _places(text) == {"茶叶深加工项目": "商南县"}


def test_a_clause_that_puts_its_projects_in_a_county_places_them():
    text = "6月14日，与会人员先后在丹凤县观摩了葡萄酒庄园扩建项目和现代农业示范园项目，两个项目总投资5亿元。"
    assert _places(text)["葡萄酒庄园扩建项目"] == "丹凤县"
    text = "6月14日，与会人员先后在丹凤县、洛南县观摩了葡萄酒庄园扩建项目和现代农业示范园项目，两个项目总投资5亿元。"
    assert _places(text)["葡萄酒庄园扩建项目"] is None  # two counties: which one is not said


def test_an_autonomous_county_by_its_everyday_name():
    assert _places("焉耆县光伏组件制造项目总投资12亿元，目前已开工建设。") == {"焉耆县光伏组件制造项目": "焉耆县"}


def test_a_county_measured_against_its_province_is_still_the_notices_county():
    text = ("2023年，广信区规上工业增加值增长9.7%，居全省第二，获评全省工业先进县。广信区全面聚焦项目建设，"
            "全区上下奋力争先。晶科新能源项目总投资50亿元，已开工建设。")
    assert home_county(text) == "广信区"


def test_the_county_a_sentence_is_about_places_the_projects_it_lists():
    text = ("泰顺县自开展全域旅游示范县建设以来，立足资源禀赋，积极推动云岭牧场项目、青溪温泉度假区项目建设，"
            "总投资10亿元。")
    assert _places(text)["云岭牧场项目"] == "泰顺县"


def test_a_county_of_one_character_inside_a_word_is_no_county():
    assert _places("今年，全市加快全域旅游示范县建设。云岭牧场项目总投资2亿元，已开工建设。") == {"云岭牧场项目": None}
    assert sole_county("加快建设全域旅游示范县，打造新县城。") is None
    assert division_at("河南省范县", 3) == "范县" and not county_trusted("范县", notice_places("示范县"), opens=False)
