"""Project classes found on real notices outside the gold (round 3): one test per class.

The sentences are written for these tests, in the shapes that county and city project news, progress bulletins and
work reports use; none is copied from a notice."""
import datetime as dt

from warehouse.extract import extract_document

PUBLISHED = dt.date(2024, 4, 20)


def _projects(text, published=PUBLISHED):
    return {p.name: p for p in extract_document(text, published=published).projects}


def test_a_list_closed_by_etc_and_kinds_of_projects_keeps_only_the_names():
    text = ("在先进制造方面，有青禾光电显示模组项目、远川精密轴承产业园、北岸新能源电池基地项目等重大产业平台、"
            "战略性新兴产业、总部经济、现代物流等项目58个。")
    names = set(_projects(text))
    assert {"青禾光电显示模组项目", "远川精密轴承产业园", "北岸新能源电池基地项目"} <= names
    assert not any("总部经济" in n or "现代物流" in n or "战略性" in n or n.startswith("有") for n in names)


def test_an_item_that_stands_for_a_counted_group_is_not_a_project():
    text = "今年将加快东岭等4条高铁、西湖等9条高速、南江水利枢纽、青石水库扩容等在建项目进度。"
    names = set(_projects(text))
    assert {"南江水利枢纽", "青石水库扩容"} <= names
    assert not any("等" in n for n in names)


def test_places_listed_before_etc_are_not_projects():
    text = "组织招商小分队多次前往上海、广州等地招引项目，新签约项目12个。"
    assert _projects(text) == {}


def test_categories_of_projects_are_not_projects():
    assert _projects("另外一个项目为社会事业项目，投资额1.2亿元。") == {}
    assert _projects("其中，增资项目8项，总投资12.5亿元，已全部竣工。") == {}
    assert _projects("建立重点跟踪项目名单，全力招引战略性新兴产业项目，总投资50亿元。") == {}
    assert _projects("去年新开工重大项目96个，开建3家市级综合性医院。") == {}


def test_a_suffix_inside_a_longer_word_ends_no_name():
    text = "3月8日，某县举行“服务中心化”重大项目集中签约仪式，签约项目12个，总投资88亿元。"
    assert not any("中心" in n for n in _projects(text))


def test_a_running_count_of_signed_projects_is_not_the_event_reported():
    text = ("截至目前，东湖经济开发区已签约项目18个，计划总投资210亿元。"
            "当日，东湖经济开发区与某科技公司签约的储能材料项目，计划总投资8亿元。"
            "青山科技、远达电子等一批高质量产业项目先后落户开发区。")
    found = _projects(text)
    assert found["储能材料项目"].stage == "signed"
    assert all(p.stage != "signed" for name, p in found.items() if name != "储能材料项目")


def test_each_labelled_list_of_a_mixed_event_takes_its_own_stage():
    text = ("4月18日，开发区举行二季度重点项目集中开竣工活动，共有5个项目集中开竣工。"
            "此次开工、竣工的5个项目中，开工项目包括远航新能源汽车基地、海丰服装制造项目、云峰精密机械项目，"
            "竣工项目包括安泰鞋业生产项目与开发区第二实验小学。安泰鞋业生产项目总投资2亿元。")
    found = _projects(text)
    assert found["远航新能源汽车基地"].stage == "started"
    assert found["海丰服装制造项目"].stage == "started"
    assert found["云峰精密机械项目"].stage == "started"
    assert found["安泰鞋业生产项目"].stage == "completed"


def test_transport_works_named_without_a_suffix_next_to_their_stage_verb():
    found = _projects("过去一年，我们干成了一批大事，沿海铁路顺利开工，东港大桥主桥顺利合龙。", dt.date(2024, 1, 20))
    assert found["沿海铁路"].stage == "started"
    assert found["东港大桥"].stage == "topped_out"
    text = ("今年我市将持续推进铁路、高速公路等综合交通网络建设，全线开工南溪铁路一期，"
            "建成西环高速复线北塘至南湾段，争取年内开工滨江大道东延快速路。")
    found = _projects(text)
    assert found["南溪铁路一期"].stage == "planned"
    assert "西环高速复线北塘至南湾段" in found and found["西环高速复线北塘至南湾段"].stage != "started"
    assert found["滨江大道东延快速路"].stage == "planned"
    assert not any(n in ("铁路", "高速公路") for n in found)


def test_a_network_or_a_length_is_not_a_named_work():
    text = "今年新增营运铁路120公里，区域高速铁路网加快推进，城际铁路建成通车。"
    assert not any("营运" in n or "区域" in n for n in _projects(text))


def test_a_plans_list_of_works_says_which_are_under_way_and_which_are_prepared():
    text = ("加快北岭高速东山段、青川高速南段等项目建设，推进滨海高铁、西江铁路、东环高速北延线等项目前期。"
            "加快南渠引水工程前期工作。")
    found = _projects(text)
    assert found["北岭高速东山段"].stage == "started" and found["青川高速南段"].stage == "started"
    assert found["滨海高铁"].stage == "planned" and found["东环高速北延线"].stage == "planned"
    assert found["南渠引水工程"].stage == "planned"


def test_framing_verbs_are_not_part_of_a_name():
    found = _projects("保证城北高速扩建工程6月份全线开工。这也标志着城南污水处理厂二期工程正式完工。")
    assert "城北高速扩建工程" in found and "城南污水处理厂二期工程" in found


def test_items_with_their_own_money_are_no_works_list_sharing_a_total():
    text = ("分别是总投资0.4亿元的东城污水管网改造、提升项目，总投资0.6亿元的南湖片区道路工程，"
            "总投资0.9亿元的西岭物流园项目。")
    assert not any(n.startswith("分别是") or "投资" in n for n in _projects(text))


def test_a_list_of_investment_scenarios_is_not_a_list_of_projects():
    text = ("9月20日，某区举行重大项目集中签约仪式，签约项目12个。此次发布的“八大文旅招商场景”分别为："
            "北山茶园田园综合体、南湖渔港风情小镇、西坡生态农业示范基地。")
    assert not any(n in _projects(text) for n in ("北山茶园田园综合体", "南湖渔港风情小镇", "西坡生态农业示范基地"))


def test_a_person_speaking_for_a_project_is_not_part_of_its_name():
    text = ("11月20日，某县举行重大项目集中开工仪式，共开工项目10个。"
            "某投资集团有限公司总经理张某代表南湖镇全域土地综合整治项目方在仪式上发言。南湖镇全域土地综合整治项目总投资3.2亿元。")
    names = set(_projects(text))
    assert "南湖镇全域土地综合整治项目" in names and not any("总经理" in n for n in names)


def test_what_a_works_will_do_once_in_use_is_no_stage_reached():
    found = _projects("据了解，西岭智能制造产业园(二期)工程项目总投资约8.5亿元。建成投入使用后，将提升园区承载能力。")
    assert all(p.stage is None for p in found.values())


def test_suppliers_of_named_projects_and_lists_of_non_projects_are_not_projects():
    text = "项目达产后，将有力促进青川光电、远山电子等重特大项目上下游配套企业集聚发展。"
    assert _projects(text) == {}
    text = "新开工的东岭孵化园项目总投资5亿元，将着力打造精密加工、电子研发生产基地等产业结构。"
    assert set(_projects(text)) == {"东岭孵化园项目"}


def test_a_quoted_aim_is_not_a_project():
    assert _projects("园区发展目标是到2027年全面建成“千亿级产业园区”。") == {}


def test_a_project_placed_in_a_zone_keeps_its_own_name():
    found = _projects("西江工业园标准厂房项目位于西江工业园北区，总投资2.8亿元，建筑面积6.5万平方米。")
    assert "西江工业园标准厂房项目" in found
    assert found["西江工业园标准厂房项目"].investment_cny == 280000000


def test_a_project_brought_in_after_another_is_not_a_part_of_it():
    text = "东岭新材料一期项目顺利投产，引进落地总投资12.5亿元的远航储能电池研发生产项目。"
    found = _projects(text, dt.date(2024, 1, 20))
    assert found["东岭新材料一期项目"].investment_cny is None
    assert found["远航储能电池研发生产项目"].investment_cny == 1250000000


def test_a_fragment_of_a_name_split_by_a_list_mark_is_not_a_project():
    found = _projects("总投资3亿元的青石集团电动车研发、制造及销售项目集中开工。")
    assert "制造及销售项目" not in found


def test_money_written_before_a_name_without_a_particle_is_not_part_of_the_name():
    found = _projects("总投资15亿元青山化工新材料(一期)等一批重点项目顺利实施。", dt.date(2024, 1, 20))
    assert "青山化工新材料(一期)" in found and found["青山化工新材料(一期)"].investment_cny == 1500000000


def test_the_verb_before_a_list_is_not_part_of_its_first_item():
    assert "远达润滑油" in _projects("1-6月份，签约远达润滑油、青禾制药、北山生物等项目18个。")


def test_a_years_tally_in_a_review_is_not_a_batch_event():
    text = ("一年来，我们千方百计稳增长。总投资9亿元东岭新材料(一期)等一批重点项目顺利实施。"
            "总投资6亿元南湖环保装备(二期)等28个优质项目签约落地。")
    found = _projects(text, dt.date(2024, 1, 20))
    assert found["东岭新材料(一期)"].stage != "signed"


def test_a_verb_after_a_list_of_projects_keeps_the_last_one():
    found = _projects("总投资分别为8亿元、5亿元的南湖康养项目和北山文化村项目等已签约落户开发区。")
    assert {"南湖康养项目", "北山文化村项目"} <= set(found)


def test_a_zone_that_hosts_a_batch_is_where_its_projects_are_not_a_project():
    text = ("南岭现代产业园集中开工的项目有6个，计划总投资18.2亿元，分别是计划总投资5.1亿元的青禾包装材料生产项目，"
            "投资3亿元的远山智能家居生产基地项目。")
    found = _projects(text)
    assert "南岭现代产业园" not in found
    assert found["青禾包装材料生产项目"].location == "南岭现代产业园"
    text = ("7月10日上午，四川东江新材料化工园区2024年第三季度重大项目竣工投产活动在园区广场举行，"
            "东江年产10万吨电解液项目、北岭年产2万吨导电材料项目竣工投产。")
    found = _projects(text)
    assert "四川东江新材料化工园区" not in found and "东江年产10万吨电解液项目" in found


def test_a_dash_inside_a_run_introduces_the_name():
    found = _projects("日前，东山—西岭“飞地”项目——西岭商务大厦在东山经济开发区12号地块开工。")
    assert found["西岭商务大厦"].stage == "started"


def test_an_industry_in_a_list_of_cooperation_projects_is_not_a_project():
    text = "两地共建的生态旅游文化产业园连续两年获评优秀，青山数字园区、山乡富民产业等协作项目纷纷落地。"
    assert not any(n.endswith("产业") for n in _projects(text))


def test_a_ceremony_and_its_venue_are_not_a_works_list():
    text = ("10月16日，2023年开发区重大项目集中开工、竣工仪式在东岭科技园二期项目地块举行，"
            "总投资120亿元的18只重大项目集中开竣工。")
    found = _projects(text)
    assert not any("仪式" in n for n in found)
    assert all(p.investment_cny is None for p in found.values())


def test_officials_listed_before_the_sites_they_visit_are_not_projects():
    text = "4月8日上午，县委副书记、县长某某深入县农机厂烘干设备技改升级、青山农产品加工标准化厂房等项目施工现场。"
    assert not any("书记" in n or "县长" in n for n in _projects(text))


def test_a_works_described_again_by_this_is_not_a_new_project():
    text = "南江公铁大桥目前主塔正在攀升。这座主桥长达1500米的跨江大桥预计2027年建成通车。"
    assert "跨江大桥" not in _projects(text)


def test_a_named_head_of_a_counted_item_is_kept():
    found = _projects("今年开工建设青山大道改造工程等3个项目、南湖污水处理厂二期项目等2个项目等一批民生项目。")
    assert {"青山大道改造工程", "南湖污水处理厂二期项目"} <= set(found)


def test_a_name_that_begins_with_you_is_not_cut():
    found = _projects("有机肥生产基地项目、有色金属精深加工项目等5个项目集中开工。")
    assert {"有机肥生产基地项目", "有色金属精深加工项目"} <= set(found)


def test_sectors_and_kinds_of_a_batch_are_not_projects():
    assert _projects("本次签约33个项目，既有先进制造业项目，又有现代服务业项目，总投资达120亿元。") == {}
    text = "今天集中开工的6个项目，有汽车零部件项目、有精密机械项目、有食品工业项目，总投资12亿元。"
    assert _projects(text) == {}


def test_the_count_before_a_named_batch_item_is_not_part_of_its_name():
    text = "4月20日，全市项目集中开工仪式举行。此次共有东岭高科产业园等10个项目集中开工，总投资约60亿元。"
    assert "东岭高科产业园" in _projects(text)


def test_a_persons_affiliation_does_not_take_the_stage_of_the_clause():
    text = ("4月20日，全市招商引资项目集中签约暨开工仪式举行。签约项目代表、北湖冷链物流园项目总经理某某，"
            "开工项目代表、东岭实业有限公司董事长某某先后致辞。此次北湖冷链物流园等12个项目集中签约。")
    assert _projects(text)["北湖冷链物流园项目"].stage == "signed"


def test_items_after_a_counted_group_are_named_projects():
    text = "总投资8亿元，其中包括3个公共服务设施项目，城东老年活动中心、南湖老年大学项目、西岭便民服务中心项目。"
    assert {"城东老年活动中心", "南湖老年大学项目", "西岭便民服务中心项目"} <= set(_projects(text))
    assert _projects("其中包括7个新制造业项目，可新增研发、生产功能的厂房面积约43万平方米。") == {}


def test_a_works_being_planned_is_planned():
    found = _projects("加快编制轨道交通规划，谋划建设西部综合交通枢纽中心。")
    assert found["西部综合交通枢纽中心"].stage == "planned"


def test_each_paragraph_of_a_mixed_event_names_its_own_batch():
    text = ("12月20日，全省重大项目集中开竣工活动在各市同步举行。此次集中开工项目共120个，竣工项目共40个。"
            "本次开工项目突出产业体系提升，既有青山液晶模组等重大招商引资项目，也有东岭高速公路北山至南湾段、"
            "西江至南岭高铁等重大工程。在竣工项目中，包含基础设施项目8个，如东湖至西岭高速公路扩容等重大工程。")
    found = _projects(text)
    assert found["东岭高速公路北山至南湾段"].stage == "started"
    assert found["西江至南岭高铁"].stage == "started"
    assert found["东湖至西岭高速公路"].stage == "completed"


def test_a_phase_introduced_by_a_dash_stays_with_its_project():
    text = "6月19日，青山半导体产业项目首期——12英寸硅片项目在开发区开工建设。"
    found = _projects(text, dt.date(2023, 6, 20))
    assert any(n.startswith("青山半导体产业项目") and p.stage == "started" for n, p in found.items())
