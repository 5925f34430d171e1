"""Projects: named frames with their investment, land, phases, stage and dated milestones."""
from tests.extract.helpers import contract, only


def projects(text):
    return contract(text)["projects"]


def test_phases_keep_their_own_investment_and_land():
    p = projects("青山新材料产业园项目总投资50亿元，用地300亩，其中一期投资20亿元，用地120亩，二期投资30亿元。")[0]
    assert (p["investment_cny"], p["land_mu"]) == (5_000_000_000, 300)
    assert p["phases"] == [{"name": "一期", "investment_cny": 2_000_000_000, "land_mu": 120},
                           {"name": "二期", "investment_cny": 3_000_000_000, "land_mu": None}]


def test_follow_on_sentences_refer_back_to_the_project():
    p = only(projects("浙江星光科技有限公司年产5000吨特种纤维生产线项目开工。"
                      "该项目总投资12亿元，占地80亩，建筑面积6万平方米，建成后预计年产值30亿元。"),
             name="浙江星光科技有限公司年产5000吨特种纤维生产线项目")
    assert (p["investment_cny"], p["land_mu"], p["floor_area_m2"], p["annual_output_cny"]) == \
        (1_200_000_000, 80, 60_000, 3_000_000_000)
    assert p["capacity"] == "年产5000吨特种纤维"
    assert p["companies"] == ["浙江星光科技有限公司"]
    assert p["stage"] == "started"  # 建成后 is a condition, not a stage reached


def test_dated_milestones_and_the_latest_stage():
    p = projects("富乐德半导体产业项目于2023年6月开工建设，目前一期项目已顺利封顶，计划今年8月竣工。")[0]
    assert p["stage"] == "topped_out"
    assert p["dates"] == {"started": "2023-06", "completed": "2024-08"}


def test_a_list_of_projects_closed_by_deng_xiangmu():
    found = projects("推动甲乙科技、丙丁新能源等项目开工建设。")
    assert [p["name"] for p in found] == ["甲乙科技", "丙丁新能源"]
    assert {p["stage"] for p in found} == {"planned"}


def test_list_items_with_their_own_investment():
    found = projects("总投资20亿元的永安市特种装备生产、总投资5.6亿元的尤溪县砂岩矿开发等20个项目成功签约。")
    assert [(p["name"], p["investment_cny"], p["stage"]) for p in found] == [
        ("永安市特种装备生产", 2_000_000_000, "signed"), ("尤溪县砂岩矿开发", 560_000_000, "signed")]


def test_land_in_square_metres_and_hectares():
    assert projects("云和木玩产业园项目总用地面积6.667万平方米。")[0]["land_mu"] == 66_670 / 666.67
    assert projects("龙泉青瓷产业园项目规划用地20公顷。")[0]["land_mu"] == 300


def test_generic_project_words_are_not_projects():
    assert projects("全市共有重点项目120个，重大制造业项目总投资500亿元。") == []


def test_a_building_counts_only_when_construction_is_reported():
    assert [p["name"] for p in projects("城东大桥开工建设，总投资3.2亿元。")] == ["城东大桥"]
    assert projects("企业综合服务中心正式启用。") == []


def test_location_from_the_text_or_the_name():
    assert projects("科创产业园项目位于丽水经开区秀山路，总投资27亿元。")[0]["location"] == "丽水经开区"
    assert projects("莲都纳爱斯生态产业综合园项目开工。")[0]["location"] == "莲都"
