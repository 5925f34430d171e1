"""Awards as real notices write them (issue 8): each test is one class of sentence — the honour, its grade, who
received it, its level and date — in short examples written for the test, not copied from any notice."""
from tests.extract.helpers import contract, only


def awards(text, published=None):
    found = contract(text, published)["awards"] if published else contract(text)["awards"]
    return [(a["award"], a["grade"], a["recipient"]) for a in found]


def facts(text):
    return contract(text)["awards"]


# ---- verbs that say a title was given: what follows is a title when it has a level or quotes


def test_a_title_verb_takes_a_named_title_that_is_no_prize_word():
    assert awards("2023年，缙云县获评全国县域商业“领跑县”，龙泉市获评全国农村创业创新典型县。") == [
        ("全国县域商业“领跑县”", None, "缙云县"), ("全国农村创业创新典型县", None, "龙泉市")]
    assert awards("青田县石门洞景区获评省级特色小镇。") == [("省级特色小镇", None, "青田县石门洞景区")]


def test_listing_verbs_without_a_prize_word():
    assert awards("云和县上榜2023年全国县域旅游综合实力百强县。") == [("全国县域旅游综合实力百强县", None, "云和县")]
    assert awards("松阳县、遂昌县被确定为浙江省山区县高质量发展先进县。") == [
        ("浙江省山区县高质量发展先进县", None, "松阳县"), ("浙江省山区县高质量发展先进县", None, "遂昌县")]
    assert awards("庆元县成功创建国家生态文明建设示范县。") == [("国家生态文明建设示范县", None, "庆元县")]
    assert awards("景宁县被省林业局认定为省级森林康养基地。") == [("省级森林康养基地", None, "景宁县")]


def test_an_aim_is_no_honour():
    assert awards("力争成功创建国家生态文明建设示范县。") == []
    assert awards("我县将争取入选国家级绿色工厂名单。") == []
    assert awards("我县正在积极创建国家全域旅游示范区。") == []


def test_a_list_of_titles_after_one_verb():
    assert awards("莲都区入选2022年全国科技创新百强区、全国营商环境百强区。") == [
        ("全国科技创新百强区", None, "莲都区"), ("全国营商环境百强区", None, "莲都区")]


def test_a_title_next_to_a_conferred_one_is_conferred_too():
    found = awards("近年来，衢州市先后创成国家园林城市、平安城市。")
    assert ("平安城市", None, "衢州市") in found and ("国家园林城市", None, "衢州市") in found


def test_respectively_pairs_each_recipient_with_its_title():
    assert awards("文成县玉壶镇、南田镇分别获评省级美丽城镇样板镇、省级美丽城镇达标镇。") == [
        ("省级美丽城镇样板镇", None, "文成县玉壶镇"), ("省级美丽城镇达标镇", None, "南田镇")]


# ---- who received it


def test_a_list_that_counts_its_members_names_each_of_them():
    found = awards("其中，温州医科大学附属医院王敏、瑞安市人民医院林峰2人获得科技创新突出贡献奖。")
    assert found == [("科技创新突出贡献奖", None, "温州医科大学附属医院王敏"), ("科技创新突出贡献奖", None, "瑞安市人民医院林峰")]


def test_works_listed_with_their_applicants_are_each_a_recipient():
    text = ("全市评出科学技术进步奖60项，包括一等奖4项、二等奖16项。"
            "温州星辰电子有限公司申报的“5G滤波器封装工艺”、瓯海区农科所申报的“杨梅保鲜技术”2个项目获得一等奖。")
    assert awards(text) == [("科学技术进步奖", "一等奖", "温州星辰电子有限公司申报的“5G滤波器封装工艺”"),
                            ("科学技术进步奖", "一等奖", "瓯海区农科所申报的“杨梅保鲜技术”")]


def test_two_quoted_works_side_by_side_are_two_recipients():
    found = awards("湖州师范学院完成的“太湖蓝藻监测方法”“桑基鱼塘生态技术”两项成果获省科学技术进步奖二等奖。")
    assert [r for _, _, r in found] == ["湖州师范学院完成的“太湖蓝藻监测方法”", "“桑基鱼塘生态技术”"]
    assert {(a, g) for a, g, _ in found} == {("省科学技术进步奖", "二等奖")}


def test_members_named_after_a_colon():
    text = "近日，省经信厅公布2023年度省级绿色工厂名单，我市3家企业入选，分别是：安吉竹源有限公司、德清新材料有限公司、长兴电池有限公司。"
    assert [r for _, _, r in awards(text)] == ["安吉竹源有限公司", "德清新材料有限公司", "长兴电池有限公司"]
    assert {a for a, _, _ in awards(text)} == {"省级绿色工厂"}
    assert [r for _, _, r in awards("获得“省级示范文明城市”称号的有：海宁市、桐乡市。")] == ["海宁市", "桐乡市"]


def test_a_grant_to_the_units_below_lists_them_after_the_colon():
    found = awards("经研究，决定授予以下单位“2023年度全县平安建设先进单位”称号：城北镇、溪口镇、县公安局。")
    assert [r for _, _, r in found] == ["城北镇", "溪口镇", "县公安局"]
    found = awards("经研究，决定授予城北镇、溪口镇“2023年度全县平安建设先进单位”称号。")
    assert [r for _, _, r in found] == ["城北镇", "溪口镇"]


def test_a_county_named_once_under_its_city_holds_a_county_honour():
    text = ("3月2日，宁波市鄞州区第八届人民代表大会开幕。报告说，2023年全区经济运行稳中有进。"
            "辖区经济连续五年位居全省前列，获评全省县域经济发展先进区。")
    assert awards(text, published=__import__("datetime").date(2024, 3, 2)) == [("全省县域经济发展先进区", None, "鄞州区")]


def test_an_indicator_is_not_who_received_an_honour():
    text = "嘉兴市2024年政府工作报告。嘉兴市全年GDP增长6%。工业投资增长12%，连续4个季度获省投资“赛马”激励。"
    assert awards(text) == [("省投资“赛马”激励", None, "嘉兴市")]


# ---- grades and the prize a bare grade belongs to


def test_a_bare_grade_takes_the_prize_named_before():
    text = "2023年度湖州市科学技术奖揭晓。“竹纤维改性技术”项目获一等奖，“茶园病虫害绿色防控”项目获二等奖。"
    assert awards(text) == [("湖州市科学技术奖", "一等奖", "“竹纤维改性技术”项目"),
                            ("湖州市科学技术奖", "二等奖", "“茶园病虫害绿色防控”项目")]


def test_a_pointer_to_the_competition_is_not_its_name():
    assert awards("据悉，本次评选共评出一等奖10项，桐庐创新科技有限公司的“智能灌装线”获一等奖。") == []


def test_winners_listed_by_grade_on_their_lines():
    text = "2024年金华市工业设计大赛获奖名单\n金奖：义乌光源科技有限公司\n银奖：东阳木雕家具有限公司、永康五金工具有限公司"
    assert awards(text) == [("金华市工业设计大赛", "金奖", "义乌光源科技有限公司"),
                            ("金华市工业设计大赛", "银奖", "东阳木雕家具有限公司"),
                            ("金华市工业设计大赛", "银奖", "永康五金工具有限公司")]


def test_grade_lines_after_the_contest_is_named():
    text = ("近日，2024年浙江省青少年科技创新大赛结果揭晓，我县学校获奖情况如下：\n"
            "一等奖：县实验中学、县第三小学\n二等奖：县城南小学")
    assert awards(text) == [("浙江省青少年科技创新大赛", "一等奖", "县实验中学"),
                            ("浙江省青少年科技创新大赛", "一等奖", "县第三小学"),
                            ("浙江省青少年科技创新大赛", "二等奖", "县城南小学")]


def test_grades_listed_inside_a_sentence():
    text = ("在2023年度浙江省科学技术奖中，我市共有6项成果获奖，其中一等奖2项：“高速列车轴承检测”“海洋涂料研制”；"
            "二等奖1项：“柑橘采后保鲜”。")
    assert awards(text) == [("浙江省科学技术奖", "一等奖", "“高速列车轴承检测”"), ("浙江省科学技术奖", "一等奖", "“海洋涂料研制”"),
                            ("浙江省科学技术奖", "二等奖", "“柑橘采后保鲜”")]


def test_unnumbered_winners_under_a_grade_heading():
    text = "关于公布2023年度衢州市科学技术奖获奖名单的通知\n一等奖：\n锂电池隔膜涂覆技术\n氟硅新材料研制\n二等奖：\n胡柚深加工技术"
    assert awards(text) == [("衢州市科学技术奖", "一等奖", "锂电池隔膜涂覆技术"), ("衢州市科学技术奖", "一等奖", "氟硅新材料研制"),
                            ("衢州市科学技术奖", "二等奖", "胡柚深加工技术")]


def test_a_table_with_a_grade_column_takes_the_prize_of_its_title():
    text = ("2023年度台州市科学技术进步奖获奖项目\n序号 项目名称 主要完成单位 等级\n"
            "1 船用柴油机降噪技术 台州海工机械有限公司 一等奖\n2 杨梅冷链物流系统 仙居果业有限公司 二等奖")
    assert awards(text) == [("台州市科学技术进步奖", "一等奖", "船用柴油机降噪技术"),
                            ("台州市科学技术进步奖", "二等奖", "杨梅冷链物流系统")]


def test_an_award_cell_wrapped_around_its_row():
    text = ("获奖单位 奖励名称 授奖单位\n“最美家庭”主题宣传活动“文明\n桐乡市妇联 全国妇联宣传部\n"
            "新风进万家”先进集体\n桐乡市档案馆 全国档案工作先进集体 国家档案局")
    assert awards(text) == [("“最美家庭”主题宣传活动“文明新风进万家”先进集体", None, "桐乡市妇联"),
                            ("全国档案工作先进集体", None, "桐乡市档案馆")]


def test_a_row_cut_mid_sentence_is_no_award():
    text = "获奖单位 奖励名称 授奖单位\n桐乡市档案馆 全国档案工作先进集体 国家档案局\n桐乡市综治工作获2020年度浙江省先 中共浙江省委办公厅、浙"
    assert awards(text) == [("全国档案工作先进集体", None, "桐乡市档案馆")]


def test_an_assessment_tier_is_the_grade_of_the_assessment():
    a = only(facts("我市连续三年获得湖州市经济社会发展目标责任制考核优秀。"), grade="优秀")
    assert (a["award"], a["level"]) == ("湖州市经济社会发展目标责任制考核", "municipal")


# ---- lists, rosters and the decisions that carry them


def test_an_object_less_verb_takes_the_list_named_before():
    text = "近日，国家林草局公布第六批国家森林康养基地名单，遂昌县神龙谷、龙泉市凤阳山成功入选。"
    assert awards(text) == [("国家森林康养基地", None, "遂昌县神龙谷"), ("国家森林康养基地", None, "龙泉市凤阳山")]
    text = "2023年度全省美丽乡村示范县名单公布，磐安县、武义县上榜（排名不分先后）。"
    assert [r for _, _, r in awards(text)] == ["磐安县", "武义县"]


def test_the_honour_just_named_is_what_was_won():
    text = "近日，市委市政府对2023年度全市“两战”先进集体进行表彰，我县城北镇、县公安局获此殊荣。"
    assert awards(text) == [("全市“两战”先进集体", None, "城北镇"), ("全市“两战”先进集体", None, "县公安局")]


def test_a_roster_under_a_holders_heading_ends_at_the_signature():
    text = ("为表彰先进，县政府决定对县应急管理局等3个先进集体予以通报表彰。\n一、先进集体（3个）\n县应急管理局\n"
            "县消防救援大队\n城南镇人民政府\n泰顺县人民政府\n2024年1月5日")
    found = awards(text)
    assert ("先进集体", None, "县消防救援大队") in found and ("先进集体", None, "城南镇人民政府") in found
    assert not [r for _, _, r in found if r == "泰顺县人民政府"]


def test_a_decision_after_its_notice_period_is_an_award_a_notice_is_not():
    assert awards("经专家评审、社会公示，决定授予宁海智能制造有限公司“宁波市政府质量奖”。") == [
        ("宁波市政府质量奖", None, "宁海智能制造有限公司")]
    assert awards("近日，工信部对2023年度绿色制造名单进行了公示，我市宁海智能制造有限公司入选国家绿色工厂公示名单。") == []


def test_prizes_counted_for_a_region_are_no_award():
    assert awards("在此次公布的获奖项目中，吉林省获得国家自然科学奖3项，国家科技进步奖9项。") == []


def test_a_restatement_of_the_award_just_read_is_not_a_second_one():
    found = awards("吉林大学教授王磊主持完成的项目摘得国家技术发明奖一等奖，成为大会颁出的3个国家技术发明奖一等奖之一。")
    assert found == [("国家技术发明奖", "一等奖", "吉林大学教授王磊主持完成的项目")]


# ---- a review's honours with no subject, places and firms named as holders, tables without a header


def test_a_review_sentence_with_no_subject_credits_the_notice_s_place():
    text = "绍兴市2024年政府工作报告。过去一年，绍兴市经济稳中有进。获评中国天然氧吧，入选全国县域商业体系建设示范城市。"
    found = awards(text)
    assert ("中国天然氧吧", None, "绍兴市") in found and ("全国县域商业体系建设示范城市", None, "绍兴市") in found


def test_a_city_the_notice_names_only_by_its_short_name():
    text = "衢州网讯 衢州都市区建设提速推进，我市成功入选全国首批城市更新示范城市。衢州发展势头良好。"
    assert awards(text) == [("全国首批城市更新示范城市", None, "衢州市")]


def test_unnamed_holders_get_no_award_even_in_a_review():
    text = "舟山市2024年政府工作报告。舟山市经济稳中有进。入选省级未来社区3个，定海区2镇获评省级美丽城镇样板。"
    assert awards(text) == []


def test_places_and_firms_named_as_holders_of_a_title():
    assert awards("近年来，培育了下姜村、鲁家村等5个全国乡村旅游重点村。") == [
        ("全国乡村旅游重点村", None, "下姜村"), ("全国乡村旅游重点村", None, "鲁家村")]
    assert awards("实施教育、医疗等国家级重点项目。") == []


def test_the_members_of_a_list_named_after_selected_ones_are():
    text = "近日，2023年浙江省数字化车间名单公布，我县入选的企业有：松阳华光机械有限公司、遂昌金龙阀门有限公司。"
    assert [r for _, _, r in awards(text)] == ["松阳华光机械有限公司", "遂昌金龙阀门有限公司"]


def test_prizes_counted_for_an_institution_are_the_prize_the_notice_is_about():
    text = "2014年度国家科学技术奖揭晓。其中，浙江省获得12个奖项，浙江大学作为第一完成单位获得5个奖项。"
    assert awards(text) == [("国家科学技术奖", None, "浙江大学")]


def test_passing_a_review_of_a_title_holds_the_title():
    assert awards("平阳县以高分通过国家卫生城市复审。") == [("国家卫生城市", None, "平阳县")]
    assert awards("该项目通过竣工验收。") == []


def test_a_heading_that_counts_the_holders_under_it():
    text = "附件\n一、省级文明村（2个）\n文成县南田镇武阳村\n泰顺县竹里乡竹里村\n二、省级文明单位（1个）\n温州市人民医院"
    assert awards(text) == [("省级文明村", None, "文成县南田镇武阳村"), ("省级文明村", None, "泰顺县竹里乡竹里村"),
                            ("省级文明单位", None, "温州市人民医院")]


def test_a_table_continued_without_its_header():
    text = ("P. 309\n龙湾区 第三批全国农业产业强镇 农业农村部\n瓯海区档案馆 全国档案工作先进集体 国家档案局\n"
            "说明：以上为部分名单")
    assert awards(text) == [("第三批全国农业产业强镇", None, "龙湾区"), ("全国档案工作先进集体", None, "瓯海区档案馆")]


def test_a_person_table_names_the_person_not_the_employer():
    text = "姓名 单位 奖励名称 授奖单位\n陈晓东 区人民医院 全国抗击新冠肺炎疫情先进个人 人力资源社会保障部"
    assert awards(text) == [("全国抗击新冠肺炎疫情先进个人", None, "陈晓东")]


def test_a_team_s_placing_is_the_grade_of_the_contest_named_before():
    assert awards("在2023年全省职工职业技能大赛中，苍南县代表队获得团体冠军。") == [("全省职工职业技能大赛", "冠军", "苍南县代表队")]
    assert awards("宁波精工机械有限公司入选国家级制造业单项冠军企业名单。") == [
        ("国家级制造业单项冠军企业", None, "宁波精工机械有限公司")]


def test_a_line_that_gives_a_title_then_its_holders():
    text = "2023年度荣誉\n省级文明村：龙现村、陈家铺村\n全国文明单位：县人民医院\n责任单位：市发改委、市经信局"
    assert awards(text) == [("省级文明村", None, "龙现村"), ("省级文明村", None, "陈家铺村"), ("全国文明单位", None, "县人民医院")]


def test_a_roster_holds_firms_with_long_names():
    text = "2023年度浙江省专精特新中小企业名单\n1.浙江丽水华光精密机械制造股份有限公司\n2.缙云县壶镇金龙阀门有限公司"
    assert [r for _, _, r in awards(text)] == ["浙江丽水华光精密机械制造股份有限公司", "缙云县壶镇金龙阀门有限公司"]


def test_two_firms_joined_by_he_are_two_recipients():
    found = awards("近日，我市宁海新材料有限公司和象山海洋食品有限公司成功入选国家绿色工厂名单。")
    assert [r for _, _, r in found] == ["宁海新材料有限公司", "象山海洋食品有限公司"]


def test_the_work_named_on_its_own_line_under_a_grade_heading():
    text = ("2023年度丽水市科学技术进步奖获奖项目\n一等奖（2项）\n项目名称：高山茶园机械化采摘技术\n完成单位：松阳茶业有限公司\n"
            "主要完成人：张三、李四\n项目名称：竹材重组装饰板研制\n完成单位：庆元竹木有限公司")
    assert awards(text) == [("丽水市科学技术进步奖", "一等奖", "高山茶园机械化采摘技术"),
                            ("丽水市科学技术进步奖", "一等奖", "竹材重组装饰板研制")]


def test_a_tier_won_in_an_assessment_named_before_it():
    assert awards("在2023年度全省河湖长制工作考核中，苍南县被评为优秀等次。") == [("全省河湖长制工作考核", "优秀", "苍南县")]
    assert awards("平阳县在全省乡村振兴实绩考核中获评优秀。") == [("全省乡村振兴实绩考核", "优秀", "平阳县")]
    assert awards("在全市2023年度目标责任制考核中，文成县位列第一，获评优秀。") == [("目标责任制考核", "优秀", "文成县")]


def test_units_commended_under_a_decision_hold_the_honour_its_title_names():
    title = "关于表彰2023年度全县安全生产工作先进单位的决定\n"
    for body in ("县政府决定对以下单位予以通报表彰：城东镇人民政府、县交通运输局。",
                 "县政府决定对城东镇人民政府、县交通运输局予以通报表彰。"):
        assert awards(title + body) == [("全县安全生产工作先进单位", None, "城东镇人民政府"),
                                         ("全县安全生产工作先进单位", None, "县交通运输局")]


def test_titles_counted_after_the_named_ones():
    assert awards("湖州市先后获评全国文明城市、国家卫生城市等国家级荣誉12项。") == [
        ("全国文明城市", None, "湖州市"), ("国家卫生城市", None, "湖州市")]


def test_the_selected_ones_named_after_the_verb():
    text = "近日，2023年浙江省数字化车间名单公布，我县入选企业为松阳华光机械有限公司、遂昌金龙阀门有限公司。"
    assert [r for _, _, r in awards(text)] == ["松阳华光机械有限公司", "遂昌金龙阀门有限公司"]
    assert awards("宁波精工机械有限公司入选为国家级绿色工厂。") == [("国家级绿色工厂", None, "宁波精工机械有限公司")]


def test_a_headerless_table_with_the_honour_first():
    text = "全国文明村镇 龙现村 中央文明委\n国家森林乡村 陈家铺村 国家林业和草原局"
    assert awards(text) == [("全国文明村镇", None, "龙现村"), ("国家森林乡村", None, "陈家铺村")]


def test_the_company_a_pronoun_points_to_on_the_lines_above():
    text = ("宁波星光电机科技有限公司年产10万台电机项目开工\n宁波星光电机科技有限公司成立于2010年，专注电机研发。\n"
            "该公司先后获得国家高新技术企业、浙江省专精特新中小企业等荣誉。")
    assert awards(text) == [("国家高新技术企业", None, "宁波星光电机科技有限公司"),
                            ("浙江省专精特新中小企业", None, "宁波星光电机科技有限公司")]


def test_a_place_named_in_brackets_inside_a_title_stays():
    assert awards("2020年，温州市获批中国（温州）华侨经济文化合作试验区。") == [
        ("中国（温州）华侨经济文化合作试验区", None, "温州市")]
    assert awards("庆元县入选全国百强县（排名不分先后）。") == [("全国百强县", None, "庆元县")]


def test_a_grade_in_brackets_after_the_prize():
    assert awards("温州精工科技有限公司荣获2023年度温州市科学技术进步奖（一等奖）。") == [
        ("温州市科学技术进步奖", "一等奖", "温州精工科技有限公司")]


def test_a_line_of_winners_after_the_list_was_named():
    text = "近日，2023年度浙江省农业龙头企业名单公布。\n获奖单位：丽水绿谷生态农业有限公司、庆元香菇市场有限公司。"
    assert awards(text) == [("浙江省农业龙头企业", None, "丽水绿谷生态农业有限公司"), ("浙江省农业龙头企业", None, "庆元香菇市场有限公司")]
    assert [r for _, _, r in awards("获得“省级示范文明城市”称号的还有：海宁市、桐乡市。")] == ["海宁市", "桐乡市"]


def test_a_decision_that_designates_holders_names_them_before_the_title():
    assert awards("经研究，决定认定大港头镇、四都乡为2024年度省级森林城镇。") == [
        ("省级森林城镇", None, "大港头镇"), ("省级森林城镇", None, "四都乡")]
    assert awards("决定命名古堰画乡等10个村为浙江省美丽乡村特色精品村。") == [("浙江省美丽乡村特色精品村", None, "古堰画乡")]
    assert awards("拟认定大港头镇为省级森林城镇，现予公示。") == []  # proposed, not yet an honour
    assert awards("认定该企业的行为为违法行为。") == []  # not a title


def test_two_holders_joined_by_and_each_take_their_own_award():
    assert awards("青田县和缙云县分别获评全国文明城市和国家卫生县城。") == [
        ("全国文明城市", None, "青田县"), ("国家卫生县城", None, "缙云县")]
    assert awards("丽水市农科院和莲都区农业局分别荣获省科学技术进步奖二等奖、三等奖。") == [
        ("省科学技术进步奖", "二等奖", "丽水市农科院"), ("省科学技术进步奖", "三等奖", "莲都区农业局")]
