"""Project classes of round 9 (fresh real texts annotated apart from the rules): places, offices, firms, zones, fields,
contest entries and equipment that look like projects; works named as members of a batch, in name-and-money lists,
in lists of transport works and by a firm that builds at a zone; plan lists, double batches and counts after a list;
sizes, zones and counties as fields; names of glossed reprints without their glosses. One test per class, positive
and negative.

The sentences are written for these tests, in the shapes that ceremony news, work reports and inspection stories use;
none is copied from a notice."""
import datetime as dt

from tests.extract.helpers import extract


def _projects(text, published=dt.date(2024, 6, 20)):
    """The projects of a notice by name (a mid-2024 notice unless said)."""
    return {p.name: p for p in extract(text, published).projects}


# ---- false projects: places, aims, offices, firms, zones, groups, fields, entries, kinds, parts, equipment


def test_the_places_of_a_regions_projects_are_not_projects():
    text = "观摩团先后观摩青山、白水等东部片区8个重点项目建设情况。"
    assert _projects(text) == {}
    # areas under works named as such stay works
    assert {"城东片区", "城西片区"} <= set(_projects("加快推进城东片区、城西片区等老旧片区改造项目建设。"))
    found = _projects("观摩团先后观摩青山轴承、白水光电等8个重点项目建设情况。")
    assert {"青山轴承", "白水光电"} <= set(found)


def test_what_a_place_is_to_be_made_into_is_an_aim():
    text = "东港石化项目已开工建设，省里要求把东港打造成为“链条完整、技术领先、绿色安全”的世界级石化产业基地。"
    assert set(_projects(text)) == {"东港石化项目"}
    assert "东港石化产业基地" in _projects("东港石化产业基地已开工建设，总投资80亿元。")


def test_the_head_of_an_office_is_no_project():
    text = "青山经济开发区项目服务中心主任 李明：\n我们每天盯在现场，保证项目顺利推进。"
    assert _projects(text) == {}
    found = _projects("青山经济开发区企业服务中心已建成投用，总投资1.2亿元。")
    assert "青山经济开发区企业服务中心" in found


def test_numbers_joined_by_a_mark_stay_one_name():
    found = _projects("东湖大道、城北快速路、地铁2、3号线等重大基础设施项目加快推进。")
    assert {"东湖大道", "城北快速路", "地铁2、3号线"} <= set(found)
    assert "地铁2" not in found and "3号线" not in found


def test_list_items_share_the_kind_of_works_the_list_names():
    found = _projects("加快青山市华鲲、星云、天岭等数据中心项目建设。")
    assert {"青山市华鲲数据中心项目", "星云数据中心项目", "天岭数据中心项目"} <= set(found)
    # a kind of project is no head noun, nor is a bare suffix: the items stay as written
    found = _projects("加快华鲲电子、星云光电等重点项目建设。")
    assert {"华鲲电子", "星云光电"} <= set(found)
    found = _projects("加快城东小学、城西中学等学校项目建设。")
    assert {"城东小学", "城西中学"} <= set(found)


def test_a_firm_listed_beside_a_name_is_not_its_owner():
    text = "李明来到青山汽车有限公司东岭分公司、华星电子科技园、东方数据技术有限公司，实地察看生产车间。"
    assert _projects(text) == {}
    found = _projects("东岭光伏电站项目由青山能源有限公司投资建设。")
    assert found["东岭光伏电站项目"].companies == ["青山能源有限公司"]


def test_the_park_a_project_is_in_is_its_location():
    text = "3月2日，在白水县青山循环经济产业园内，东岭物流园项目建设工地一片繁忙，工人们加紧施工。"
    found = _projects(text)
    assert set(found) == {"东岭物流园项目"}
    assert "青山循环经济产业园" in found["东岭物流园项目"].location
    text = "据悉，青山循环经济产业园目前已完成开发约800亩，建成标准化厂房20万平方米，入驻企业28家。"
    assert _projects(text) == {}
    assert "青山循环经济产业园项目" in _projects("青山循环经济产业园项目已完成投资12亿元。")


def test_the_members_of_a_counted_group_are_not_named_works():
    text = "交通方面，加快青原、白岭等4条高速公路建设，加快东湖大桥、西岭隧道等项目建设。"
    found = _projects(text)
    assert "青原" not in found and "白岭" not in found
    assert {"东湖大桥", "西岭隧道"} <= set(found)
    # a named head stands for itself: the items before it are named too
    found = _projects("加快东湖大桥、青原高速等4个项目建设。")
    assert {"东湖大桥", "青原高速"} <= set(found)


def test_all_the_projects_of_a_place_are_not_one():
    text = "上半年投资增速放缓，主要是房地产投资下滑，叠加全县项目储备不足。"
    assert _projects(text) == {}


def test_the_fields_a_counted_batch_covers_are_not_projects():
    text = "大赛面向社会征集涉及生物医药、智能制造、新材料、食品等156个创业项目。"
    assert _projects(text) == {}
    found = _projects("此次签约涉及东岭医药产业园、青山物流中心等9个项目。")
    assert {"东岭医药产业园", "青山物流中心"} <= set(found)


def test_an_entry_that_wins_a_graded_prize_is_not_a_works():
    text = "经过激烈角逐，青山智能科技有限公司管道巡检机器人项目获得了创业组一等奖。"
    assert _projects(text) == {}
    found = _projects("青山智能科技有限公司管道巡检机器人项目总投资2亿元，已开工建设。")
    assert "青山智能科技有限公司管道巡检机器人项目" in found


def test_a_projects_driving_role_is_a_kind():
    text = "全省集中开工重大项目300个，主要是基础民生工程、重大产业带动项目，总投资1200亿元。"
    assert _projects(text) == {}


def test_what_a_project_builds_in_phases_is_a_part_of_it():
    text = "东岭锂电池生产项目，将分两期建设年产10亿安时锂电池生产线。"
    found = _projects(text)
    assert set(found) == {"东岭锂电池生产项目"}
    assert found["东岭锂电池生产项目"].capacity.startswith("年产10亿安时")


def test_a_project_named_again_without_its_size_is_the_same():
    text = ("5月8日，青山电厂2×66万千瓦扩能改造项目开工。"
            "青山电厂扩能改造项目，规划建设4台66万千瓦机组，一期选址白水镇，总占地600亩，总投资50亿元。")
    found = _projects(text)
    assert set(found) == {"青山电厂2×66万千瓦扩能改造项目"}
    assert found["青山电厂2×66万千瓦扩能改造项目"].investment_cny == 5_000_000_000
    # two projects that differ by more than a size stay two
    found = _projects("5月8日，青山热电扩建项目、青山水电扩建项目开工。")
    assert {"青山热电扩建项目", "青山水电扩建项目"} <= set(found)


def test_equipment_a_works_buys_is_not_a_works():
    text = "“我们引进了国际先进的冷冻蔬菜加工生产线，年加工蔬菜5万吨。”公司负责人说。"
    assert _projects(text) == {}
    found = _projects("东岭冷冻蔬菜加工生产线项目已竣工投产。")
    assert "东岭冷冻蔬菜加工生产线项目" in found


# ---- missed projects: member lists, works of a batch, transport lists, money lists, firms that build


def test_a_batch_that_includes_a_project_names_it():
    text = "此次集中开工的项目包含东岭电子产业园项目，该项目总投资60亿元，建设用地约1200亩。"
    found = _projects(text)
    assert found["东岭电子产业园项目"].investment_cny == 6_000_000_000


def test_a_name_does_not_run_on_into_the_label_it_is_given():
    found = _projects("白水智造产业园项目是省重点项目，总投资12亿元，占地150亩。")
    assert found["白水智造产业园项目"].investment_cny == 1_200_000_000
    assert found["白水智造产业园项目"].land_mu == 150


def test_water_carried_from_one_river_to_another_is_a_works():
    found = _projects("截至目前，引清济白工程、东岭轨道交通1号线等420个重大项目开复工。")
    assert {"引清济白工程", "东岭轨道交通1号线"} <= set(found)
    assert _projects("今年要持续推进民生工程、一号工程等项目建设。") == {}


def test_a_category_label_before_a_name_is_not_part_of_it():
    text = ("1月2日，青山市举行2025年度第一批项目集中开工仪式。本次集中开工的12个项目中，有8个产业项目，"
            "包括自贸港重点园区青山航天城卫星总装测试中心、青山航天城卫星部件制造中心，以及东岭储能示范项目等，总投资30亿元。")
    found = _projects(text, dt.date(2025, 1, 4))
    assert {"青山航天城卫星总装测试中心", "青山航天城卫星部件制造中心"} <= set(found)
    # the money after a list closed by 等 is the list's, not its last item's
    assert all(p.investment_cny is None for p in found.values())


def test_a_trial_run_completes_the_works():
    found = _projects("全球领先的东岭宽幅钢板项目试车成功。")
    assert found["东岭宽幅钢板项目"].stage == "completed"
    assert "东岭宽幅钢板项目" not in _projects("东岭宽幅钢板项目将于年底试生产前完成验收。") or \
        _projects("东岭宽幅钢板项目将于年底试生产前完成验收。")["东岭宽幅钢板项目"].stage != "completed"


def test_works_named_as_members_of_a_batch_are_works():
    text = "其中，东岭开工的是白湖清淤固岸生态带工程、青河共治先行工程。"
    found = _projects(text)
    assert {"白湖清淤固岸生态带工程", "青河共治先行工程"} <= set(found)
    text = "青山车身电子稳定系统工程等42个项目开工建设，北岭隧道等12个项目政策处理难点成功突破。"
    found = _projects(text)
    assert {"青山车身电子稳定系统工程", "北岭隧道"} <= set(found)
    # a campaign is no works
    assert _projects("千村示范万村整治工程等3个项目持续推进。") == {}


def test_named_roads_and_railways_closed_by_infrastructure_are_works():
    text = "加快推进青甬铁路、白台高速、218国道白水段等重大交通基础设施建设。"
    found = _projects(text)
    assert {"青甬铁路", "白台高速", "218国道白水段"} <= set(found)
    assert _projects("加快推进城市道路、农村公路等交通基础设施建设。") == {}
    assert _projects("加快5G基站、数据中心等新型基础设施建设。") == {}


def test_each_item_of_a_list_of_names_and_their_money_is_a_works():
    text = "其中，东岭铁路白水段总投资150亿元、青山文化公园总投资30亿元、北湖生态廊道总投资12亿元。"
    found = _projects(text)
    assert found["青山文化公园"].investment_cny == 3_000_000_000
    assert found["北湖生态廊道"].investment_cny == 1_200_000_000
    assert _projects("其中一期总投资5亿元、二期总投资8亿元。") == {}


def test_a_firm_that_plans_to_build_at_a_zone_names_its_works():
    text = "青山物流集团有限公司计划在空港经济开发区建设智慧冷链产业园项目。"
    found = _projects(text)
    assert found["智慧冷链产业园项目"].location == "空港经济开发区"
    assert found["智慧冷链产业园项目"].companies == ["青山物流集团有限公司"]
    found = _projects("青山高新区与白水集团签署了白水文旅（一期）项目，计划投资50亿元。")
    assert found["白水文旅（一期）项目"].location == "青山高新区"


def test_the_first_item_of_a_counted_list_set_off_by_a_comma_is_a_member():
    text = "白水市有东岭新材料产业基地项目二期一、二阶段，青山港滨海大道工程等40个项目开竣工。"
    found = _projects(text)
    assert {"东岭新材料产业基地项目", "青山港滨海大道工程"} <= set(found)
    assert _projects("东岭新材料产业基地项目，我们去年就开始谋划。") == {}


# ---- stages: two batches in one event, plan lists, pools, counts after a list


def test_two_batches_under_one_ceremony_word():
    text = ("青山区三季度招商项目集中签约、开工\n"
            "日前，青山区举办三季度招商项目集中签约、开工活动。\n"
            "此次集中签约的项目涉及智能装备等领域。东岭智能装备项目，达产后可实现产值20亿元。\n"
            "集中开工的项目涉及纺织服装等领域。白水纺织产业园项目，总投资30亿元。")
    found = _projects(text, dt.date(2022, 9, 5))
    assert found["东岭智能装备项目"].stage == "signed"
    assert found["白水纺织产业园项目"].stage == "started"


def test_a_plan_list_under_a_topic_or_a_period_is_planned():
    found = _projects("产业方面，重点实施东岭智能装备产业园、青山化工新材料等一批延链补链项目。", dt.date(2025, 2, 14))
    assert found["东岭智能装备产业园"].stage == "planned"
    found = _projects("下半年，计划建设青白铁路、白水乳业创新中心等重大项目。", dt.date(2020, 4, 15))
    assert found["青白铁路"].stage == "planned"
    # a list whose own verb is a plan to finish keeps no stage
    found = _projects("产业方面，重点实施东岭智能装备产业园等项目，确保青山生物医药基地等项目竣工投产。",
                      dt.date(2025, 2, 14))
    assert found["青山生物医药基地"].stage is None


def test_works_admitted_to_a_pool_are_planned():
    found = _projects("跟踪落实投资东岭花园、青山中学改扩建等项目通过入库审核。", dt.date(2021, 9, 13))
    assert found["东岭花园"].stage == "planned"
    assert found["东岭花园"].location is None


def test_counts_and_money_after_a_counted_list_are_the_lists():
    text = ("白水市有东岭新材料产业基地项目，青山港滨海大道工程等50个项目开竣工，总投资约395亿元。"
            "其中新开工29项，竣工21项。")
    found = _projects(text, dt.date(2022, 1, 14))
    assert found["东岭新材料产业基地项目"].investment_cny is None
    assert found["东岭新材料产业基地项目"].stage != "completed"
    # a count of something else leaves the project the topic
    found = _projects("青山电机项目总投资5亿元，已获得专利12项，年产值8亿元。")
    assert found["青山电机项目"].annual_output_cny == 800_000_000


# ---- fields: sizes, phases, zones and counties


def test_a_size_the_name_carries_is_the_capacity():
    found = _projects("东岭20GWh储能电池项目、青山100MW/200MWh储能示范项目已开工。")
    assert found["东岭20GWh储能电池项目"].capacity == "20GWh"
    assert found["青山100MW/200MWh储能示范项目"].capacity == "100MW/200MWh"
    found = _projects("东岭海上风电项目总装机规模为300兆瓦，已开工建设。")
    assert found["东岭海上风电项目"].capacity == "总装机规模为300兆瓦"
    found = _projects("年深加工10万吨红薯项目已投产。")
    assert found["年深加工10万吨红薯项目"].capacity == "年深加工10万吨红薯"


def test_the_floor_area_of_a_phase_is_not_the_projects():
    text = "东岭电子产业园项目总投资100亿元，其中一期计划用地1000亩，建筑面积约80万平方米。"
    found = _projects(text)
    assert found["东岭电子产业园项目"].floor_area_m2 is None
    found = _projects("东岭电子产业园项目总投资100亿元，建筑面积约80万平方米。")
    assert found["东岭电子产业园项目"].floor_area_m2 == 800_000


def test_a_zone_named_first_is_where_the_works_is():
    found = _projects("活动主会场设在白岭工业区东方化工有限公司醋酸项目现场。", dt.date(2024, 10, 18))
    assert any(p.location == "白岭工业区" for p in found.values())
    found = _projects("其中，青山台商投资区水环境综合治理项目总投资60亿元。")
    assert found["青山台商投资区水环境综合治理项目"].location == "青山台商投资区"
    text = "在青山省东岭经济技术开发区白水工业园桥头村，东岭智造基础件项目的建设工地上一片繁忙。这个计划投资40亿元的项目，" \
           "建成后可实现年产1亿只电子元器件。"
    found = _projects(text)
    assert "白水工业园" in found["东岭智造基础件项目"].location
    assert found["东岭智造基础件项目"].investment_cny == 4_000_000_000


def test_a_bay_area_is_not_a_county():
    text = "《大湾区》青山次季开工项目总投资三千亿\n主要包括东岭医学院新院区项目、西林小学扩建工程等。大湾区建设提速。"
    found = _projects(text, dt.date(2023, 5, 24))
    assert all(p.location != "大湾区" for p in found.values())


def test_a_county_of_one_character_is_where_its_works_is():
    text = "白水市集中开竣工白水产业园热电项目、容县电子信息产业园一期工程等60个项目。"
    found = _projects(text, dt.date(2022, 1, 14))
    assert found["容县电子信息产业园一期工程"].location == "容县"


def test_a_notice_about_two_places_gives_neither_to_its_projects():
    text = ("青山白水22个项目集中开工签约\n12月13日至23日，青山市、白水县先后有22个项目集中开工或签约。"
            "东岭机械、北湖电子等一批重点项目加快推进。")
    found = _projects(text, dt.date(2021, 12, 29))
    assert found["东岭机械"].location is None
    text = "12月13日，白水县有12个项目集中开工。东岭机械、北湖电子等一批重点项目加快推进。"
    assert _projects(text, dt.date(2021, 12, 29))["东岭机械"].location == "白水县"
    # a district's notice that names a neighbour beside it is still the district's
    text = ("6月12日，东岭区举行二季度重大项目集中开工活动。此次集中开工项目12个，包括星海光电项目、华晨新材项目等。"
            "东岭区、西林区将共建产业走廊，东岭区全力做好项目服务。")
    assert _projects(text, dt.date(2024, 6, 12))["星海光电项目"].location == "东岭区"


def test_a_station_of_a_road_or_a_railway_is_a_works():
    found = _projects("推动青白高速东区站、城南高铁站建成投用。", dt.date(2025, 2, 14))
    assert {"青白高速东区站", "城南高铁站"} <= set(found)
    assert found["青白高速东区站"].stage is None  # a plan, not reached
    assert _projects("全市建成院士工作站12家。") == {}


# ---- pinyin glosses


def test_names_of_a_glossed_reprint_are_given_without_their_glosses():
    text = "5月26日，三省以“云開(kāi)工”方式啟動(dòng)9個(gè)重大項(xiàng)目。其中開(kāi)工的是東湖堤防達(dá)標(biāo)工程、西湖清淤濕地帶工程。"
    found = _projects(text, dt.date(2021, 5, 26))
    assert {"東湖堤防達標工程", "西湖清淤濕地帶工程"} <= set(found)
    assert "達(dá)標(biāo)" in found["東湖堤防達標工程"].evidence  # the evidence as written
