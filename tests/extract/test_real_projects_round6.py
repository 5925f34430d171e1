"""Project classes of round 6 (fresh real texts annotated apart from the rules: meetings, visits, pipeline talk,
reviews, traditional characters, long lists): one test per class.

The sentences are written for these tests, in the shapes that county visit reports, meeting notes, ceremony news
and plan reports use; none is copied from a notice."""
import datetime as dt

from warehouse.extract import extract_document

PUBLISHED = dt.date(2024, 10, 20)


def _projects(text, published=PUBLISHED):
    return {p.name: p for p in extract_document(text, published=published).projects}


# ---- visits


def test_the_visitor_and_the_verb_are_not_part_of_a_visited_name():
    found = _projects("副县长王明先后前往青山年产500台精密机床项目、东岭新能源电池项目建设现场，了解工程进展。")
    assert set(found) == {"青山年产500台精密机床项目", "东岭新能源电池项目"}
    assert found["青山年产500台精密机床项目"].stage == "started"
    assert found["东岭新能源电池项目"].stage == "started"


def test_verbs_of_a_visit_taking_projects_are_not_names():
    found = _projects("县长李华实地查看项目建设进度，详细询问项目推进中的困难，要求落实落细项目服务。")
    assert found == {}


def test_asking_about_production_is_no_stage_reached():
    found = _projects("在南湖食品加工项目建设现场，县委书记察看施工进度和投产情况，询问投产时间节点。")
    assert found["南湖食品加工项目"].stage == "started"


def test_a_site_visited_is_works_under_way_and_a_list_seen_too():
    found = _projects("委员们来到绿源环保材料项目现场进行实地查看。随后实地察看了东山安置小区、北港科技园等项目。")
    assert found["绿源环保材料项目"].stage == "started"
    assert found["东山安置小区"].stage == "started"
    assert found["北港科技园"].stage == "started"


def test_the_site_of_a_ceremony_is_not_a_visit():
    found = _projects("4月8日，全市重点项目集中签约仪式在华翔智造项目现场举行，共签约项目12个。")
    assert all(p.stage != "started" for p in found.values())


def test_a_project_in_a_zone_too_general_to_be_named_is_found():
    found = _projects("在现代农业产业园区3000万株花卉种苗项目建设现场，书记听取了汇报。")
    assert set(found) == {"3000万株花卉种苗项目"}
    assert found["3000万株花卉种苗项目"].stage == "started"


def test_a_technique_brought_to_more_projects_is_not_a_project():
    found = _projects("要将节水灌溉技术推广应用到更多高标准农田建设项目中。")
    assert found == {}


# ---- meetings


def test_projects_reported_on_at_a_meeting_are_projects():
    found = _projects("会上，相关单位分别就县人民医院迁建项目、北城污水处理项目、城东片区改造项目推进情况作了汇报。")
    assert {"县人民医院迁建项目", "北城污水处理项目", "城东片区改造项目"} <= set(found)
    assert found["北城污水处理项目"].stage is None


# ---- names


def test_products_listed_inside_one_name_stay_one_name():
    found = _projects("华晨新材料年产5000吨功能母粒、3000吨改性塑料项目，总投资2.1亿元，用地20亩。")
    assert set(found) == {"华晨新材料年产5000吨功能母粒、3000吨改性塑料项目"}
    assert found["华晨新材料年产5000吨功能母粒、3000吨改性塑料项目"].investment_cny == 210000000


def test_a_firm_named_after_a_park_is_not_the_park():
    found = _projects("书记一行走访了浙江宏远科技产业园有限公司、长兴金桥机械有限公司等企业。")
    assert found == {}


def test_a_group_however_described_is_not_a_name():
    found = _projects("今年以来，一大批延链补链强链项目相继落户我县。")
    assert found == {}


def test_an_aside_in_a_ceremony_room_is_not_a_name():
    found = _projects("6月2日，全省重大项目集中开工仪式台州分会场设在该项目现场。")
    assert not any("该项目" in name for name in found)


def test_industries_before_a_kind_of_projects_are_not_projects():
    found = _projects("在今年已谋划的项目中，新一代信息技术、高端装备制造、新能源等产业项目数量占比达到48%。"
                      "这些项目包括具有高成长性、高附加值新材料等现代产业项目。")
    assert found == {}


def test_a_works_named_before_its_kind_after_you_have_is_a_project():
    found = _projects("5月6日开工的18个重点项目中，既有西岭智能制造产业园项目等先进制造业项目，"
                      "也有城南实验小学重建项目等社会民生事业项目。")
    assert {"西岭智能制造产业园项目", "城南实验小学重建项目"} <= set(found)
    assert found["城南实验小学重建项目"].stage == "started"


def test_the_phase_of_a_park_in_a_list_is_part_of_its_name():
    found = _projects("9月3日，全区重点项目集中开工活动举行。此次集中开工项目共12个，主要包括东湾智能制造产业园二期、"
                      "临港物流中心项目等。", dt.date(2024, 9, 3))
    assert "东湾智能制造产业园二期" in found
    assert found["东湾智能制造产业园二期"].stage == "started"


def test_farms_built_are_projects_with_a_capacity_between_them():
    found = _projects("年产2亿枚蛋鸡场、年出栏5万头生猪的现代化养殖场建成投产。")
    assert found["年产2亿枚蛋鸡场"].stage == "in_production"
    assert any(name.endswith("现代化养殖场") and p.stage == "in_production" for name, p in found.items())


def test_a_works_named_with_and_without_its_place_is_one_project():
    found = _projects("在县妇幼保健院、东溪大桥等重点项目的建设现场，工人加紧作业。其中妇幼保健院项目主体已封顶。")
    assert "县妇幼保健院" in found and "妇幼保健院项目" not in found
    assert found["县妇幼保健院"].stage == "topped_out"


# ---- stages


def test_a_batch_of_new_works_launched_together_started_that_day():
    found = _projects("全市2024年第三季度新开工项目集中启动活动8日举行。本批项目主要包括滨海智造产业园、"
                      "南城学校扩建工程、环湖绿道项目等。", dt.date(2024, 7, 8))
    assert found["环湖绿道项目"].stage == "started"
    assert found["南城学校扩建工程"].stage == "started"


def test_a_list_closed_by_a_batch_landed_and_built_is_under_way():
    found = _projects("上半年，宏达锂电池材料、青禾数字产业中心、远景智能装备二期等一批重大产业项目落地建设。")
    assert found["宏达锂电池材料"].stage == "started"
    assert found["远景智能装备二期"].stage == "started"


def test_a_list_taken_in_hand_is_under_way():
    found = _projects("抓好南溪田园综合体、桃花小镇、云上茶园等一批项目建设。")
    assert found["桃花小镇"].stage == "started"


def test_landing_and_building_a_centre_as_a_task_is_no_stage():
    found = _projects("落地建设浙江大学智能医学联合创新中心，新增省级研发平台20家。")
    assert found == {}


def test_progress_reported_on_a_list_is_under_way():
    found = _projects("北港码头扩建工程、东方电力分布式光伏项目、新材料循环再利用项目均有不同程度进展。")
    assert found["东方电力分布式光伏项目"].stage == "started"
    assert found["新材料循环再利用项目"].stage == "started"


def test_an_honour_a_place_won_is_not_an_approval_of_the_centre_after_it():
    found = _projects("成功获批国家自主创新示范区，上海大学温州创新中心加快对接筹建。")
    assert all(p.stage != "approved" for p in found.values())


# ---- traditional characters


def test_a_traditional_reprint_reads_as_the_simplified_text():
    found = _projects("3月1日，河北省某縣舉行項目集中開工儀式。今年以來，一大批產業鏈延鏈強鏈項目相繼落戶。"
                      "這些項目包括具有高技術含量、高附加值新一代電子信息等現代產業項目。", dt.date(2023, 3, 2))
    assert found == {}


def test_listening_to_a_briefing_is_not_a_name():
    found = _projects("委员们通过实地查看项目进展、现场聆听项目介绍等方式，了解项目建设情况。")
    assert found == {}


def test_works_shown_on_a_tour_of_key_projects_are_under_way():
    found = _projects("9月20日，我县举行重点项目观摩活动。参加观摩项目共12个，既有民生类项目，如南关社区卫生服务中心项目、"
                      "西街停车场项目；也有产业类项目，如秦岭茶旅融合发展项目。", dt.date(2024, 9, 21))
    assert found["秦岭茶旅融合发展项目"].stage == "started"
    assert found["西街停车场项目"].stage == "started"
    assert "started" not in found["秦岭茶旅融合发展项目"].dates


# ---- places, output and a counted group


def test_a_verb_or_a_slogan_before_xian_is_no_county():
    found = _projects("金溪县坚持产业强县。东港蛋鸭养殖场建成投产。会上，各单位分别就县人民医院迁建项目、"
                      "城北污水处理项目推进情况作了汇报。")
    assert found["东港蛋鸭养殖场"].location == "金溪县"
    assert found["县人民医院迁建项目"].location == "金溪县"


def test_the_zone_before_a_visited_project_is_where_it_is():
    found = _projects("在高新技术产业园区年产3万吨环保涂料项目建设现场，书记察看了工程进度。")
    assert found["年产3万吨环保涂料项目"].location == "高新技术产业园区"


def test_output_the_project_can_reach_is_its_annual_output():
    found = _projects("华鑫科技年产1万吨电子化学品项目，总投资2亿元，用地40亩，明年预计可实现产值3亿元。")
    assert found["华鑫科技年产1万吨电子化学品项目"].annual_output_cny == 300000000


def test_a_member_of_a_counted_group_has_reached_its_stage():
    found = _projects("截至目前，已有落地项目16个，协议投资额22亿元，其中我县智能装备产业基地项目计划年内开工。")
    assert found["智能装备产业基地项目"].stage == "signed"


def test_a_building_listed_with_projects_of_a_batch_took_part_in_it():
    found = _projects("6月5日，全市第二季度重大项目集中开工活动举行。此次集中开工项目共30个，主要包括临江商务区项目、"
                      "嘉禾大学(南湖)医学院等。", dt.date(2024, 6, 5))
    assert found["嘉禾大学(南湖)医学院"].stage == "started"
    assert found["临江商务区项目"].stage == "started"


def test_a_centre_where_a_ceremony_is_held_is_still_no_project():
    found = _projects("6月5日，全市重大项目集中开工活动在市民中心举行。此次集中开工项目共30个，总投资120亿元。",
                      dt.date(2024, 6, 5))
    assert found == {}
