"""Project classes of round 8 (fresh real texts annotated apart from the rules): lists of fields, kinds and size
classes of projects, shares held by a group, a pool of projects, firms named after works, reprints with pinyin
glosses, members of a group named before them, plan words inside a description, project cards and tables whose
cells stand one a line. One test per class, positive and negative.

The sentences are written for these tests, in the shapes that plan reports, ceremony news and plan tables use;
none is copied from a notice."""
import datetime as dt

from tests.extract.helpers import extract


def _projects(text, published=dt.date(2024, 6, 20)):
    """The projects of a notice by name (a mid-2024 notice unless said)."""
    return {p.name: p for p in extract(text, published).projects}


# ---- false projects: fields, kinds, classes, shares, pools, firms


def test_the_items_of_a_list_of_fields_are_not_projects():
    assert _projects("征集范围主要围绕供水、供电、养老、托育、救助等领域的民生类公共事业项目。") == {}
    assert _projects("明年将在城乡道路提升、农村供水保障、集镇风貌整治等方面实施一批项目。") == {}
    found = _projects("东岭污水处理厂提标改造工程、西林大桥等项目已开工建设。")
    assert {"东岭污水处理厂提标改造工程", "西林大桥"} <= set(found)


def test_a_group_that_holds_a_share_is_not_a_list_of_projects():
    assert _projects("星海光电、华晨新材等一批大项目投资额占全县工业投资比重的46.2%，拉动明显。") == {}
    found = _projects("星海光电、华晨新材等一批大项目今年已开工建设。")
    assert {"星海光电", "华晨新材"} <= set(found)


def test_kinds_a_plan_allots_its_counted_projects_to_are_not_projects():
    assert _projects("围绕三大产业高地，安排智能制造、生物医药、新能源等重大产业项目36个。") == {}
    assert _projects("安排省级实验室、大科学装置、公共创新平台等重大建设项目12个。") == {}
    # a counted batch named by its lead items stays a list of projects
    found = _projects("1-5月，签约青山电机、白云物流、东岭食品等项目12个，其中工业项目7个。")
    assert {"青山电机", "白云物流", "东岭食品"} <= set(found)


def test_projects_sorted_by_size_are_a_class():
    assert _projects("力争全年新引进亿元以上智能制造项目超过20个。") == {}
    assert _projects("全年新开工10亿元及以上产业项目8个。") == {}


def test_a_pool_of_projects_is_not_a_project():
    assert _projects("各乡镇要扩容项目库，紧盯长三角开展精准招商。") == {}


def test_works_inside_a_firms_name_are_not_works():
    assert _projects("青山县政府与中国电力工程顾问集团有限公司签订了战略合作协议。") == {}


def test_money_before_a_kind_of_project_makes_no_name():
    assert _projects("其中新开工项目8个，共计投资21.5亿元新竣工项目6个。") == {}


def test_the_whole_a_first_phase_belongs_to_is_a_description():
    found = _projects("东岭轴承项目总投资8亿元，是华力集团有限公司在青山经开区建设精密轴承产业基地的首期项目。")
    assert set(found) == {"东岭轴承项目"}
    assert found["东岭轴承项目"].investment_cny == 800_000_000


def test_a_role_the_country_gives_a_province_is_not_a_works():
    assert _projects("到2035年，全面建成我国面向东南亚的区域性国际物流中心。") == {}


def test_the_objects_of_a_part_verb_are_parts_of_the_project():
    found = _projects("青山科创中心项目重点新建检验检测、中试熟化两大公共服务中心，建筑面积约3万平方米。")
    assert set(found) == {"青山科创中心项目"}


def test_two_kinds_joined_by_and_are_a_kind():
    assert _projects("签约项目既涵盖高端装备等先进制造业项目，又有文创和康养旅游项目等。") == {}
    found = _projects("已开工的项目有东岭生物医药和医疗器械、西林物流园等项目。")
    assert "东岭生物医药和医疗器械" in found


def test_a_strategic_or_leading_project_is_a_kind():
    assert _projects("本次开工的项目中，不乏意义重大的战略性项目和引领性项目。") == {}


# ---- reprints with pinyin glosses


def test_a_pinyin_gloss_is_no_break_in_a_name_and_is_left_out_of_it():
    text = ("記者從市發展和改革委員會獲悉，今年全市共安排重點(diǎn)建設(shè)項(xiàng)目386個(gè)。"
            "今年的重點(diǎn)建設(shè)項(xiàng)目中，包括了東嶺鐵路、西林快速路、青山發動(dòng)機(jī)等120個(gè)標(biāo)志性的重大項(xiàng)目。")
    found = _projects(text)
    # names are given without glosses (round 9 convention, docs/contract-conventions.md), in the text's characters
    assert {"東嶺鐵路", "西林快速路", "青山發動機"} <= set(found)
    text = ("據悉，我市在建的東嶺港(gǎng)區(qū)物流園項(xiàng)目已完成投資5億元，"
            "國家和省里給予大力支持，這個項(xiàng)目總投資12億元。")
    found = _projects(text)
    assert "東嶺港區物流園項目" in found
    assert found["東嶺港區物流園項目"].evidence.startswith("據悉")
    assert "港(gǎng)區(qū)" in found["東嶺港區物流園項目"].evidence  # the evidence as written


def test_a_title_list_and_a_firm_in_a_glossed_reprint_are_not_projects():
    text = ("臺海網1月5日訊 經專家評審，擬確定6家企業為第三批省級工業(yè)旅遊示範基地，"
            "核心運營方為東嶺創意產(chǎn)業(yè)園運營有限責任公司。到2025年，全省培育30個左右省級工業(yè)旅遊示範基地。")
    assert _projects(text) == {}


# ---- members of a group, plan words in a description, qualities of a list


def test_the_members_of_a_group_named_before_them_are_projects():
    text = ("3月5日，全市重大项目集中开工仪式举行。其中不乏带动力强的标志性项目，包括将改善城东交通的东岭快速路工程、"
            "提升防洪能力的西江平原排涝工程等。")
    found = _projects(text)
    assert {"东岭快速路工程", "西江平原排涝工程"} <= set(found)
    assert all(found[n].stage == "started" for n in ("东岭快速路工程", "西江平原排涝工程"))
    # the parts of a named project stay parts
    found = _projects("东岭电子项目总投资10亿元，包括新建电机生产线、研发中心大楼等。")
    assert set(found) == {"东岭电子项目"}


def test_a_plan_word_inside_a_description_does_not_plan_the_works():
    text = "5月8日，全县二季度重大项目集中开工。本次开工项目包括将改变城北交通格局的青山大道快速路工程等。"
    assert _projects(text)["青山大道快速路工程"].stage == "started"
    text = "5月8日，全县二季度重大项目集中开工。下一步将加快推进青山大道快速路工程等项目前期工作。"
    assert _projects(text)["青山大道快速路工程"].stage != "started"


def test_qualities_joined_before_the_list_word_keep_the_list():
    found = _projects("今年的重点建设项目中，包括了东岭铁路、西林快速路、南湖隧道等86个投入大、带动强的重大项目。")
    assert {"东岭铁路", "西林快速路", "南湖隧道"} <= set(found)


def test_a_parks_works_named_in_works_words_go_on_with_its_name():
    found = _projects("东岭草畜一体化项目、青山肉牛产业园配套设施建设项目有序推进。")
    assert {"东岭草畜一体化项目", "青山肉牛产业园配套设施建设项目"} <= set(found)
    assert found["青山肉牛产业园配套设施建设项目"].stage is None  # (round 21: 推进 / 进展顺利 is no stage, docs/contract-conventions.md)
    found = _projects("今年，东岭水库项目将有序推进，年内开工建设。")
    assert found["东岭水库项目"].stage != "started"


def test_a_construction_project_by_its_own_name():
    found = _projects("图为东岭红色教育基地建设项目\n东岭红色教育基地建设项目\n")
    assert "东岭红色教育基地建设项目" in found
    assert _projects("该项目是全市重点建设项目。") == {}


# ---- project cards and tables whose cells stand one a line


def test_cards_with_a_lost_name_label_and_a_card_without_a_name():
    text = ("8个签约项目!\n36亿元!\n青山未来可期!\n(原标题:8个签约项目!36亿元!青山未来可期!)\n"
            "6月5日，央企合作洽谈活动在青山县举行。\n活动现场举行了项目签约仪式，8家企业与我县签订了合作项目。\n\n"
            "1项目名称:青山智能装备产业园项目\n\n签约企业:浙江星光科技有限公司\n\n投资规模:12亿元\n\n"
            "签约企业:浙江白云机械股份有限公司\n\n投资规模:30亿元\n\n"
            "东岭港航物流园开发项目\n\n签约企业:浙江海港集团有限公司\n\n投资规模:8亿元\n")
    found = _projects(text)
    assert set(found) == {"青山智能装备产业园项目", "东岭港航物流园开发项目"}
    assert found["青山智能装备产业园项目"].investment_cny == 1_200_000_000
    assert found["东岭港航物流园开发项目"].investment_cny == 800_000_000
    assert found["青山智能装备产业园项目"].stage == "signed"


def test_a_table_whose_cells_stand_one_a_line():
    text = ("2024年青山县重点建设项目计划表\n\n序号\n\n项目名称\n\n建设内容\n\n建设地点\n\n建设起止年限\n\n总投资\n\n"
            "2024年形象进度计划\n\n 合计(2个)\n\n \n\n \n\n \n\n150000\n\n \n\n"
            "1\n\n青山智能装备产业园项目\n\n总用地300亩，建筑面积12万平方米\n\n万全镇\n\n2022-2025\n\n120000\n\n主体完工\n\n"
            "2\n\n东岭物流园项目\n\n占地80亩，投产后年产值达2亿元\n\n东岭镇\n\n2024-2026\n\n30000\n\n争取开工\n")
    found = _projects(text)
    assert set(found) == {"青山智能装备产业园项目", "东岭物流园项目"}
    first, second = found["青山智能装备产业园项目"], found["东岭物流园项目"]
    assert (first.stage, first.land_mu, first.floor_area_m2, first.location) == ("started", 300, 120000, "万全镇")
    assert (second.stage, second.land_mu, second.annual_output_cny, second.location) == ("planned", 80, 200_000_000, "东岭镇")
    assert first.investment_cny is None  # no unit anywhere: a bare figure is no amount
    noted = _projects(text.replace("计划表\n", "计划表\n（单位：万元）\n"))
    assert noted["青山智能装备产业园项目"].investment_cny == 1_200_000_000


def test_a_money_column_without_a_unit_states_no_amount():
    text = "序号 | 项目名称 | 总投资 | 建设地点\n1 | 青山电机项目 | 50000 | 万全镇\n"
    assert _projects(text)["青山电机项目"].investment_cny is None
    text = "序号 | 项目名称 | 总投资（万元） | 建设地点\n1 | 青山电机项目 | 50000 | 万全镇\n"
    assert _projects(text)["青山电机项目"].investment_cny == 500_000_000


# ---- stages of a plan's works


def test_preparation_that_moves_on_is_not_a_start():
    found = _projects("推进东岭新机场、西林港区二期扩建等一批项目前期工作取得重大突破，力争开工建设。")
    assert {"东岭新机场", "西林港区二期扩建"} <= set(found)
    assert all(found[n].stage == "planned" for n in ("东岭新机场", "西林港区二期扩建"))


def test_the_tasks_after_a_plans_lead_are_plans():
    text = "今年将建成东岭绕城高速公路北段、西林地铁1号线等项目。新开工建设南湖铁路北段、青山港疏港公路工程等项目。"
    found = _projects(text, dt.date(2024, 1, 20))
    assert found["南湖铁路北段"].stage == "planned"
    # a review's sentence after a sentence of results stays a result
    text = "去年建成东岭绕城高速公路北段、西林地铁1号线等项目。新开工建设南湖铁路北段、青山港疏港公路工程等项目。"
    found = _projects(text, dt.date(2024, 1, 20))
    assert found["南湖铁路北段"].stage == "started"


def test_the_items_of_the_years_plan_of_works_are_planned():
    text = "今年的重点建设项目中，包括了东岭铁路、西林快速路、南湖隧道等86个标志性的重大项目。"
    found = _projects(text)
    assert all(found[n].stage == "planned" for n in ("东岭铁路", "西林快速路", "南湖隧道"))
    found = _projects("重点推进东岭实验室、青山科学装置、西林国际科创中心等项目。")
    assert found["西林国际科创中心"].stage == "planned"
    # works said to be under way stay started, and a review's 推进 with its results stays a review
    found = _projects("东岭铁路、西林快速路等120个在建项目正加快建设。")
    assert found["东岭铁路"].stage == "started"
    found = _projects("大力推进东岭食品产业园项目、西林物流园项目等2个项目，总投资6亿元，已完成投资1亿元。")
    assert found["东岭食品产业园项目"].stage == "started"


# ---- where a project is: the notice's own county or zone


def test_a_countys_notice_places_its_projects_in_the_county():
    text = ("6月12日，东岭区举行二季度重大项目集中开工活动。此次集中开工项目12个，包括星海光电项目、华晨新材项目等。"
            "东岭区委书记在活动上表示，东岭将全力做好项目服务。")
    found = _projects(text)
    assert found["星海光电项目"].location == "东岭区"
    text = ("9月3日，全旗重点项目观摩会召开。与会人员先后察看了青山草畜一体化项目、白云肉牛产业园项目。"
            "会议指出，巴林左旗要坚持项目为王，全旗上下要抓好项目建设。")
    assert _projects(text)["青山草畜一体化项目"].location == "巴林左旗"
    # a county whose name holds a particle (云和, 于都), named once with its suffix, then short
    text = ("2024年2月在于都县第十届人民代表大会上的报告。于都新开工星海光电项目，总投资12亿元。全县上下要抓好项目。")
    assert _projects(text)["星海光电项目"].location == "于都县"


def test_a_citys_notice_does_not_place_its_projects_in_a_district_named_in_passing():
    text = ("5月8日，全市重大项目集中开工仪式举行，主会场设在东岭区。全市共有56个项目集中开工，"
            "其中星海光电项目总投资12亿元。全市上下要抓好项目建设。")
    assert _projects(text)["星海光电项目"].location is None
    text = ("4月2日，东岭区考察团来我县考察。我县星海光电项目总投资12亿元，已开工建设。东岭区客人一行还察看了园区。"
            "全县上下要抓好项目建设，我县将做好服务。")
    assert _projects(text)["星海光电项目"].location != "东岭区"  # the visitors' district, not the notice's county
    text = ("青山县与东岭县签订合作协议，双方共建星海光电项目，总投资12亿元。东岭县、青山县将共同推进项目建设。")
    assert _projects(text)["星海光电项目"].location is None  # two counties alike: which one is not said


def test_a_zones_short_name_is_not_a_county():
    text = ("长三角（东岭）产业合作区（以下简称：长合区）重点项目集中开工。长合区今年共有12个项目开工，"
            "其中星海光电项目总投资12亿元。长合区将做好服务。")
    assert _projects(text)["星海光电项目"].location != "长合区"


def test_a_headline_about_a_zone_places_its_projects():
    text = ("首页 > 正文\n东岭高新区召开招商引资工作会议\n会议通报，今年以来签约项目15个，"
            "其中星海光电项目总投资12亿元，已开工建设。")
    assert _projects(text)["星海光电项目"].location == "东岭高新区"
    found = _projects("高新区星海锂电池生产线项目总投资5亿元，已开工建设。")
    assert found["高新区星海锂电池生产线项目"].location == "高新区"


def test_a_place_name_with_a_ceremony_word_in_it_stays_in_the_name():
    found = _projects("包括绍兴青旅生态城建设项目、诸暨华东光电产业园项目等在内的56个项目破土动工。")
    assert "诸暨华东光电产业园项目" in found
    found = _projects("青山县重点项目集中开工暨星海光电项目开工仪式举行，该项目总投资12亿元。")
    assert "星海光电项目" in found


def test_figures_joined_before_the_name_are_all_its_own():
    found = _projects("总投资12亿元、占地面积500亩、建筑面积约20万平方米的东岭职业技术学院新校区项目，是又一高端要素项目。")
    p = found["东岭职业技术学院新校区项目"]
    assert (p.investment_cny, p.land_mu, p.floor_area_m2) == (1_200_000_000, 500, 200000)


def test_works_named_again_more_fully_are_one_project_under_the_first_name():
    text = ("东岭分会场设在青山热电二期工程建设现场。位于东岭区北部的滨江工业园区内的青山热电厂二期扩建工程投产后，"
            "将满足园区集中供热需求。")
    found = _projects(text)
    assert set(found) == {"青山热电二期工程"}
    found = _projects("青山污水处理厂一期工程已竣工，青山污水处理厂二期工程今年开工建设。")
    assert {"青山污水处理厂一期工程", "青山污水处理厂二期工程"} <= set(found)


def test_a_heading_over_the_next_card_is_not_a_card():
    text = ("2023年度青山县科学技术奖获奖项目\n项目名称：高山茶园机械化采摘技术研究项目\n完成单位：青山茶业有限公司\n"
            "二等奖获奖项目\n项目名称：竹材重组装饰板研制项目\n完成单位：东岭竹木有限公司\n")
    assert "二等奖获奖项目" not in _projects(text)


def test_a_task_to_push_works_on_is_under_way_only_with_their_construction():
    found = _projects("重点推进东岭大道快速路工程、西林港区疏港公路工程等项目建设。")
    assert found["东岭大道快速路工程"].stage != "started"  # (round 21: 推进 / 进展顺利 is no stage, docs/contract-conventions.md)
    found = _projects("重点推进东岭大道快速路工程、西林港区疏港公路工程等项目。")
    assert found["东岭大道快速路工程"].stage == "planned"


def test_the_zone_within_the_county_is_where_it_lies():
    found = _projects("位于东岭区北部的滨江工业园区内的青山热电厂二期扩建工程已开工建设，总投资8亿元。")
    assert found["青山热电厂二期扩建工程"].location == "滨江工业园区"


def test_the_word_for_city_inside_a_name_is_no_place():
    found = _projects("三垟城市湿地公园项目今天开工，总投资20亿元。")
    assert found["三垟城市湿地公园项目"].location is None
    found = _projects("禹城市鲁粮食品加工项目今天开工，总投资2亿元。")
    assert found["禹城市鲁粮食品加工项目"].location in ("禹城市", "禹城")


def test_a_cards_fields_read_as_a_tables_cells():
    text = ("项目名称：青山智能装备产业园项目\n总投资（亿元）：12.5\n建设内容：总用地300亩，建筑面积12万平方米\n"
            "建设进度：已开工建设\n建设地点：万全镇\n")
    p = _projects(text)["青山智能装备产业园项目"]
    assert (p.investment_cny, p.land_mu, p.floor_area_m2, p.stage, p.location) == (
        1_250_000_000, 300, 120000, "started", "万全镇")
