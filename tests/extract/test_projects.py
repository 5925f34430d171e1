"""Projects: named frames with their investment, land, phases, stage and dated milestones."""
import datetime as dt

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


# ---- 2026.11.2: clean names, stage per clause, plans, batches, dates (general rules behind the demo storylines)

def test_framing_words_and_verbs_are_not_part_of_a_name():
    found = contract("会议要求，要紧盯青山材料产业项目6月开工、白云电子项目三季度投产等节点，全力以赴推动项目建设提速提效。",
                     dt.date(2023, 2, 21))["projects"]
    assert [p["name"] for p in found] == ["青山材料产业项目", "白云电子项目"]
    assert (found[0]["stage"], found[0]["dates"]) == ("planned", {"started": "2023-06"})
    assert (found[1]["stage"], found[1]["dates"]) == (None, {"in_production": "2023"})  # 三季度: its year


def test_names_joined_by_dun_share_the_stage_verb():
    found = contract("一年来，甲乙电子项目、丙丁精工项目主体结顶，戊己生物项目开工建设。", dt.date(2023, 2, 21))["projects"]
    assert [(p["name"], p["stage"], p["dates"]) for p in found] == [
        ("甲乙电子项目", "topped_out", {"topped_out": "2022"}), ("丙丁精工项目", "topped_out", {"topped_out": "2022"}),
        ("戊己生物项目", "started", {"started": "2022"})]  # 一年来 in a report of early 2023 reviews 2022


def test_a_duration_between_two_stages_is_no_stage():
    p = contract("6月19日，青山半导体项目开工建设，从签约到开工仅用时4个月。", dt.date(2023, 6, 20))["projects"][0]
    assert (p["stage"], p["dates"]) == ("started", {"started": "2023-06-19"})


def test_a_held_signing_ceremony_signs_the_project():
    p = contract("3月25日，浙江星光科技有限公司12英寸硅片项目签约仪式在经开区举行。", dt.date(2021, 3, 26))["projects"][0]
    assert (p["stage"], p["dates"], p["companies"]) == ("signed", {"signed": "2021-03-25"}, ["浙江星光科技有限公司"])


def test_projects_described_under_a_batch_ceremony_take_its_stage_and_day():
    """…and the hall the ceremony is held in is a venue, not a project."""
    found = contract("4月15日上午，全区一季度重大项目集中开工仪式在经开区政务服务中心举行。此次集中开工项目共12个。\n"
                     "其中，青山科创园项目总投资约27亿元，计划建设7幢办公楼。\n"
                     "白云新材料项目总投资12亿元，今年1月签约。", dt.date(2021, 4, 16))["projects"]
    assert [(p["name"], p["stage"], p["dates"]) for p in found] == [
        ("青山科创园项目", "started", {"started": "2021-04-15"}),
        ("白云新材料项目", "started", {"signed": "2021-01", "started": "2021-04-15"})]


def test_a_bare_month_takes_the_year_named_just_before_it():
    p = contract("白云新能源项目去年3月签约，7月开工，今年4月结顶。", dt.date(2025, 10, 28))["projects"][0]
    assert p["dates"] == {"signed": "2024-03", "started": "2024-07", "topped_out": "2025-04"}


def test_tongyue_is_the_month_of_the_reported_event():
    found = contract("6月23日，白云电子项目主厂房顺利结顶。该项目去年9月开工建设。\n"
                     "同月，青山技师学院（筹）新校区项目教学楼主体结构也已全部结顶。", dt.date(2022, 6, 24))["projects"]
    assert only(found, name="青山技师学院（筹）新校区项目")["dates"] == {"topped_out": "2022-06"}


def test_a_plan_governs_the_clauses_after_it():
    p = contract("白云生物项目8月15日开工。根据计划，项目一期将于明年7月主体封顶，2024年上半年竣工。",
                 dt.date(2022, 8, 16))["projects"][0]
    assert (p["stage"], p["dates"]) == ("started", {"started": "2022-08-15", "topped_out": "2023-07",
                                                    "completed": "2024"})


def test_put_to_use_completes_a_building():
    p = contract("6月17日，青山科创产业园正式投入使用，首批32家企业入驻。", dt.date(2024, 6, 18))["projects"][0]
    assert (p["stage"], p["dates"]) == ("completed", {"completed": "2024-06-17"})


def test_parts_partners_and_places_are_not_projects():
    found = contract("白云电子项目总投资45亿元，选址青山半导体产业园，主要建设12英寸外延片生产线及配套研发中心。"
                     "该项目是青山半导体产业园的重点项目，将与富乐德项目形成上下游协同。"
                     "项目达产后，预计年产值18亿元。", dt.date(2021, 3, 26))["projects"]
    assert [(p["name"], p["annual_output_cny"]) for p in found] == [("白云电子项目", 1_800_000_000)]


def test_a_short_name_is_the_project_it_opens():
    found = contract("白云精工滚动功能部件产业园项目总投资18.6亿元。白云精工项目的落地，将补齐产业链。",
                     dt.date(2021, 6, 11))["projects"]
    assert [p["name"] for p in found] == ["白云精工滚动功能部件产业园项目"]
