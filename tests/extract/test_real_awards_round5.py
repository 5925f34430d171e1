"""Awards, round 5: classes found on fresh real notices (annotated apart from the rules) and on the classes round 4 left
open. Each test is one class, in sentences written for the test."""
from tests.extract.helpers import contract


def awards(text, published=None):
    found = contract(text, published)["awards"] if published else contract(text)["awards"]
    return [(a["award"], a["grade"], a["recipient"]) for a in found]


def test_a_counted_group_named_in_the_next_sentence():
    # 我县4家单位获评X: nobody named yet; 这4家单位分别是：… names them
    text = "我县4家单位获评省级文明单位。这4家单位分别是：县人民医院、县第一中学、县供电公司、县税务局。"
    assert awards(text) == [("省级文明单位", None, r) for r in ("县人民医院", "县第一中学", "县供电公司", "县税务局")]
    text = "今年，全市共有3家企业入选国家级绿色工厂名单。上述企业为：甲科技有限公司、乙机械有限公司、丙食品有限公司。"
    assert [a[2] for a in awards(text)] == ["甲科技有限公司", "乙机械有限公司", "丙食品有限公司"]
    # a sentence that says something else about them names no holder
    assert awards("我县4家单位获评省级文明单位。这是我县历年来获评数量最多的一次。") == []


def test_a_list_of_holders_goes_on_past_a_semicolon():
    text = "经评审，授予以下单位“县级文明单位”称号：县人民医院；县第一中学；县供电公司。"
    assert awards(text) == [("县级文明单位", None, r) for r in ("县人民医院", "县第一中学", "县供电公司")]
    text = "我市5家企业入选省级绿色工厂，分别是：甲科技有限公司、乙机械有限公司；丙食品有限公司、丁纺织有限公司。"
    assert [a[2] for a in awards(text)] == ["甲科技有限公司", "乙机械有限公司", "丙食品有限公司", "丁纺织有限公司"]
    # the clause after the ； is a grant of its own, not one more holder of the first title
    text = ("决定：授予浙江星光科技有限公司等5家企业“亩均效益领跑者”称号；授予李明等12名同志“项目服务先进个人”称号。")
    assert awards(text) == [("亩均效益领跑者", None, "浙江星光科技有限公司"), ("项目服务先进个人", None, "李明")]


def test_a_crown_is_the_contest_named_before():
    assert awards("在全省职业技能大赛中，我县选手李明摘得桂冠。") == [("全省职业技能大赛", None, "李明")]
    text = "2023年全国电子商务技能竞赛日前落幕，清江职业技术学院学生张华摘得该项桂冠。"
    assert awards(text) == [("全国电子商务技能竞赛", None, "张华")]


def test_people_at_their_posts_granted_a_title_across_commas():
    text = "决定授予县公安局民警王明、县人民医院医生李华，县第一中学教师赵强，县供电公司技术员陈刚“优秀共产党员”称号。"
    assert awards(text) == [("优秀共产党员", None, r) for r in ("王明", "李华", "赵强", "陈刚")]


def test_an_honour_with_no_subject_is_the_unit_the_sentence_before_named():
    text = "县人民医院今年以来持续深化改革。近日，获评“省级改善医疗服务示范医院”。"
    assert awards(text) == [("省级改善医疗服务示范医院", None, "县人民医院")]
    text = "丰溪县第一中学坚持五育并举。2023年，该校被评为省级文明校园。"
    assert awards(text) == [("省级文明校园", None, "丰溪县第一中学")]
    # a new paragraph does not go on with the unit of the one before
    assert awards("县人民医院今年以来持续深化改革。\n近日，获评“省级改善医疗服务示范医院”。") != [
        ("省级改善医疗服务示范医院", None, "县人民医院")]


def test_counted_titles_each_with_its_holders_in_a_verbless_sentence():
    text = "其中，国家级绿色工厂3家：甲科技有限公司、乙机械有限公司；省级绿色工厂2家：丁纺织有限公司、戊电子有限公司。"
    assert awards(text) == [("国家级绿色工厂", None, "甲科技有限公司"), ("国家级绿色工厂", None, "乙机械有限公司"),
                            ("省级绿色工厂", None, "丁纺织有限公司"), ("省级绿色工厂", None, "戊电子有限公司")]
    text = "全国文明单位2个（县人民医院、县税务局），省级文明单位3个（县第一中学、县供电公司、县图书馆）。"
    assert [a[0] for a in awards(text)] == ["全国文明单位"] * 2 + ["省级文明单位"] * 3
    # projects counted by kind are no honours
    assert awards("省级重点项目3个：甲项目、乙项目、丙项目。") == []


# ---- classes from the round-5 real texts (annotated apart from the rules; sentences written for the tests)


def test_an_unnumbered_crowd_of_holders_names_nobody():
    assert awards("清江多家单位(个人)获评省级文明称号") == []
    assert awards("日前，省级文明村镇、文明单位名单公布，我区多家单位(个人)上榜。") == []


def test_a_group_round_or_a_remark_on_the_contest_is_not_its_name():
    text = ("8月5日，第六届“创客中国”清州市中小企业创新创业大赛决赛圆满收官。特邀市公证处对比赛全程进行监督。"
            "丰溪区在企业组比赛中收获颇丰：清州华光电子有限公司获一等奖；清州明泰机械有限公司获三等奖。")
    assert awards(text) == [("清州市中小企业创新创业大赛", "一等奖", "清州华光电子有限公司"),
                            ("清州市中小企业创新创业大赛", "三等奖", "清州明泰机械有限公司")]


def test_a_contest_held_under_two_names_is_the_first():
    text = ("近日，2024第十三届中国创新创业大赛(浙江赛区)暨第十一届浙江省“火炬杯”创新创业大赛总决赛收官。"
            "清州华光电子有限公司斩获初创组金奖。")
    found = contract(text)["awards"]
    assert [(a["award"], a["grade"], a["recipient"], a["level"], a["date"]) for a in found] == [
        ("第十三届中国创新创业大赛(浙江赛区)", "金奖", "清州华光电子有限公司", "provincial", "2024")]


def test_a_pointer_whose_honour_the_next_clause_names():
    text = ("丰溪市又有4乡镇荣获“国家卫生乡镇”称号\n近日，全国爱卫会下发命名决定，我市东岭镇、西岭镇和青河县的南岭镇、"
            "北岭镇名列其中，荣获国家卫生乡镇称号。")
    assert awards(text) == [("国家卫生乡镇", None, r) for r in ("东岭镇", "西岭镇", "青河县的南岭镇", "北岭镇")]


def test_the_place_a_pronoun_points_to_and_a_list_that_says_its_items_are_honours():
    text = ("作为革命老区，青溪村始终坚持生态立村。该村先后获得省级卫生村、省级民主法治村、省A级景区村庄等荣誉。")
    assert awards(text) == [("省级卫生村", None, "青溪村"), ("省级民主法治村", None, "青溪村"), ("省A级景区村庄", None, "青溪村")]


def test_a_contests_own_prize_is_its_grade():
    text = ("本报讯 (记者 王明 通讯员 李华) 在日前结束的2021年清州市技术需求大赛总决赛上，清州理工大学科学技术研究院"
            "“揭榜”，摘获金点子奖，获得10万元的奖金。")
    assert awards(text) == [("清州市技术需求大赛", "金点子奖", "清州理工大学科学技术研究院")]


def test_a_bracket_inside_a_title_keeps_the_title_whole():
    text = "经综合评价，丰溪、青河被评为浙江工业强县(市、区)先进单位。"
    found = contract(text)["awards"]
    assert [(a["award"], a["recipient"], a["level"]) for a in found] == [
        ("浙江工业强县(市、区)先进单位", "丰溪", "provincial"), ("浙江工业强县(市、区)先进单位", "青河", "provincial")]


def test_one_person_with_two_posts_is_one_holder():
    text = "丰溪县东岭镇青溪村党支部书记、村委会主任王丽等10名青年获评全国乡村振兴青年先锋标兵。"
    assert awards(text) == [("全国乡村振兴青年先锋标兵", None, "村委会主任王丽")]


def test_a_crown_of_a_title_and_a_county_named_less_than_its_title():
    text = ("清河县召开创建全国文明县城动员大会。会上宣读了清河县委的通报。2021年，我县坚持全民创建，高质量完成了省级文明县城"
            "创建各项任务，并以全省第五名的好成绩摘得了河北省文明县城的桂冠，获第七届全国文明县城提名城市资格。")
    assert awards(text) == [("河北省文明县城", None, "清河县"), ("第七届全国文明县城提名城市资格", None, "清河县")]


def test_an_inspection_passed_is_no_honour():
    assert awards("丰溪县以96.5的高分通过国家“国、省联创”营商环境标准化试点考核验收。") == []
    # a title's review passed still is one
    assert awards("丰溪县顺利通过国家卫生县城复审。") == [("国家卫生县城", None, "丰溪县")]


def test_a_county_with_a_one_character_name_holds_a_county_title():
    text = ("泾阳市政府工作报告摘要。泾阳市下辖一区三县。过去五年，沣县地区生产总值年均增长6%。在乡村振兴方面，沣县创新推行动态监测帮扶机制，"
            "获评国家乡村振兴示范县。城市建设日新月异，获评全省县城建设先进县。沣县将锚定目标，奋力追赶。")
    assert awards(text) == [("国家乡村振兴示范县", None, "沣县"), ("全省县城建设先进县", None, "沣县")]


# ---- classes from real award pages read outside the gold (sentences written for the tests)


def test_honours_named_as_the_ones_before_a_new_one_are_honours_too():
    text = ("近日，丰溪县青山镇一举捧回“中国最美乡镇”奖牌。这是该镇继2019年5月荣获“全国生态文明先进乡镇”称号和"
            "2021年3月荣获“中国美丽乡村建设示范镇”称号之后，获得的又一项“国字号”荣誉。")
    assert [(a[0], a[2]) for a in awards(text)] == [("中国最美乡镇", "丰溪县青山镇"), ("全国生态文明先进乡镇", "丰溪县青山镇"),
                                                   ("中国美丽乡村建设示范镇", "丰溪县青山镇")]
    # a comment on the honour just read still gives nothing new
    assert awards("丰溪县荣获全国文明城市称号。这是丰溪县首次获得这一国家级荣誉。") == [("全国文明城市", None, "丰溪县")]


def test_an_agent_listing_several_bodies_before_the_verb():
    text = "近日，青河回族自治县被国家环保部、发展改革委、住建部等部委评定为“中国绿色名县”。"
    assert awards(text) == [("中国绿色名县", None, "青河回族自治县")]
    # 和 inside a place's own name does not join two holders
    assert awards("青海省民和回族土族自治县获“中国绿色名县”称号") == [("中国绿色名县", None, "青海省民和回族土族自治县")]


def test_a_count_of_kinds_in_brackets_names_nobody():
    assert awards("全国共有25个县(市、区、旗)当选为“中国绿色名县”。") == []


def test_a_holder_described_before_its_name():
    text = "新年伊始，已享有“湖北旅游民宿金榜”美誉的青溪村再传佳音——入选“第十一届中国十佳小康村”。"
    assert awards(text) == [("第十一届中国十佳小康村", None, "青溪村")]


def test_works_listed_clause_by_clause_before_the_verb():
    text = ("清州农业大学牵头承担、王华教授领衔完成的“茶叶自动化加工关键技术及应用”项目，清州理工大学牵头承担、李明教授领衔完成的"
            "“城镇污水智能监控关键技术及应用”项目，获得国家科学技术进步奖二等奖。")
    assert awards(text) == [("国家科学技术进步奖", "二等奖", "茶叶自动化加工关键技术及应用"),
                            ("国家科学技术进步奖", "二等奖", "城镇污水智能监控关键技术及应用")]
    text = ("其中，清州大学王华教授领衔完成的“内燃机快速检测技术及应用”项目，李明教授领衔完成的“重型柴油机关键技术开发”项目，"
            "是本市单位作为牵头单位分别荣获国家技术发明奖二等奖和国家科技进步奖二等奖。")
    assert awards(text) == [("国家技术发明奖", "二等奖", "内燃机快速检测技术及应用"),
                            ("国家科技进步奖", "二等奖", "重型柴油机关键技术开发")]


def test_a_list_member_left_before_a_semicolon():
    text = ("其中，纺织集团的“耐高温纤维关键技术及产业化”荣获技术发明奖一等奖，城建集团的“隧道施工测控关键技术”；"
            "能源集团的“机组综合优化关键技术研究”、化工院的“新型催化剂的开发及产业化”等3个项目荣获科技进步奖一等奖。")
    assert [(a[0], a[2]) for a in awards(text)] == [
        ("技术发明奖", "纺织集团的“耐高温纤维关键技术及产业化”"), ("科技进步奖", "城建集团的“隧道施工测控关键技术”"),
        ("科技进步奖", "能源集团的“机组综合优化关键技术研究”"), ("科技进步奖", "化工院的“新型催化剂的开发及产业化”")]


def test_the_last_two_of_a_list_joined_by_he():
    text = ("清州市林业局、丰溪县人民政府、武警清州支队一大队和清州军分区后勤部营房处等4家单位被授予“全国绿化先进集体”荣誉称号；"
            "张建国、陈立法、董小林和许文堂等4名同志被授予“全国绿化劳动模范”荣誉称号。")
    assert [a[2] for a in awards(text)] == ["清州市林业局", "丰溪县人民政府", "武警清州支队一大队", "清州军分区后勤部营房处",
                                            "张建国", "陈立法", "董小林", "许文堂"]
    # 和 inside one body's name joins nothing
    assert [a[2] for a in awards("丰溪县人力资源和社会保障局被授予“全国人社系统先进集体”称号。")] == ["丰溪县人力资源和社会保障局"]


def test_a_unit_number_is_part_of_its_name():
    text = "解放军72495部队基建营房处被授予“全国绿化先进集体”荣誉称号。"
    assert awards(text) == [("全国绿化先进集体", None, "解放军72495部队基建营房处")]


def test_a_body_commended_by_order():
    text = "全县高考成绩实现新突破。为此，县政府决定对县教育体育局通令嘉奖。希望县教育体育局再接再厉。"
    assert awards(text) == [("通令嘉奖", None, "县教育体育局")]


def test_a_pages_links_to_other_articles_are_not_its_news():
    text = ("近日，工信部公布了第四批绿色制造名单，我区青山工业园区被认定为国家级绿色园区。\n"
            "上一条：自治区工信厅代表队在党员知识竞赛中荣获一等奖\n下一篇：青河县获评全国文明城市")
    assert awards(text) == [("国家级绿色园区", None, "青山工业园区")]


def test_the_events_a_team_won_in_are_neither_holders_nor_the_award():
    text = ("首届清州工匠杯职业技能大赛昨日落下帷幕，其中丰溪市代表队在汽车修理、电子商务、数控车工3个项目上摘得金奖。"
            "丰溪市代表队的王强、李星、刘波分别荣获汽车修理、电子商务、数控车工的金奖。")
    assert awards(text) == [("首届清州工匠杯职业技能大赛", "金奖", r) for r in ("丰溪市代表队", "丰溪市代表队的王强", "李星", "刘波")]


def test_an_event_of_a_contest_is_not_the_contest():
    text = ("9月23日晚，中华人民共和国第三届职业技能大赛闭幕。来自清州交通大学的李金明，参与智慧安防项目比赛，最终获得冠军。")
    found = contract(text)["awards"]
    assert [(a["award"], a["grade"], a["recipient"], a["level"]) for a in found] == [
        ("中华人民共和国第三届职业技能大赛", "冠军", "清州交通大学的李金明", "national")]


def test_selections_onto_a_list_of_candidates_are_not_conferred():
    text = ("12月3日，农业农村部发布了关于全国乡村治理示范村镇候选名单的公示通知。其中清州市东岭镇入选全国乡村治理示范乡镇。"
            "丰溪区西岭村、青河区南岭村入选全国乡村治理示范村。")
    assert awards(text) == []
    text = "近日，农业农村部公布示范村镇创建公示名单，清州两个村入选。\n入选的示范村包括：丰溪区西岭村、青河区南岭村。"
    assert awards(text) == []


def test_a_work_reports_honours():
    text = ("丰溪县政府工作报告。一、2023年工作回顾。——发展后劲更足。丰溪县获评全省改革开放高地先进单位。"
            "县区高质量发展、粮食安全等11项工作获得省政府真抓实干督查激励。成为国家农产品质量安全县。丰溪县获评全省唯一一个“中国食品名城”。")
    assert awards(text) == [("全省改革开放高地先进单位", None, "丰溪县"), ("省政府真抓实干督查激励", None, "丰溪县"),
                            ("国家农产品质量安全县", None, "丰溪县"), ("中国食品名城", None, "丰溪县")]


def test_a_space_inside_a_quoted_title():
    found = contract("丰溪县荣获“2020 年四川省茶叶十强县”称号。")["awards"]
    assert [(a["award"], a["recipient"], a["date"]) for a in found] == [("四川省茶叶十强县", "丰溪县", "2020")]


def test_a_group_in_brackets_inside_a_firms_name():
    text = ("清州市青山榨菜(集团)有限公司被授予全国五一劳动奖状；清州市华润机械有限公司技术中心、丰溪能源（集团）股份有限公司"
            "维护大队等19个先进集体获“全国工人先锋号”称号。")
    assert [a[2] for a in awards(text)] == ["清州市青山榨菜(集团)有限公司", "清州市华润机械有限公司技术中心",
                                            "丰溪能源（集团）股份有限公司维护大队"]


def test_the_prize_a_sentence_opens_with():
    text = ("“重大贡献奖”表彰了对区域经济发展作出重要贡献的企业，清州华光商贸有限公司等24家企业荣获该奖项。"
            "“最佳成长奖”则聚焦于快速成长的企业，丰溪明泰投资有限公司等9家企业凭借其突出表现成功斩获此荣誉。"
            "“卓越人才奖”表彰了作出突出贡献的个人，清州华光空调有限公司的陆忠明等28位人才获奖。"
            "“社会责任奖”表彰了热心公益的企业，全区13家企业获奖。")
    assert awards(text) == [("重大贡献奖", None, "清州华光商贸有限公司"), ("最佳成长奖", None, "丰溪明泰投资有限公司"),
                            ("卓越人才奖", None, "清州华光空调有限公司的陆忠明")]


def test_a_roster_after_a_sentence_that_says_the_list_follows():
    text = ("经中国轻工联推荐，以下企业在第七届中国工业大奖评选中分别荣获大奖、表彰奖、提名奖等殊荣！名单如下：\n"
            "第七届中国工业大奖(企业)\n清州电器股份有限公司(大奖)\n丰溪酒业股份有限公司(表彰奖)\n青河电器股份有限公司(提名奖)")
    assert awards(text) == [("中国工业大奖", "大奖", "清州电器股份有限公司"), ("中国工业大奖", "表彰奖", "丰溪酒业股份有限公司"),
                            ("中国工业大奖", "提名奖", "青河电器股份有限公司")]


def test_a_remark_that_it_was_the_only_one_is_no_new_honour():
    text = "“2021中国最美村镇”前不久揭晓，丰溪市青山村荣膺“最美生态旅游村镇”称号，成为我省唯一入选的村镇。"
    assert awards(text) == [("最美生态旅游村镇", None, "丰溪市青山村")]


def test_how_a_selection_was_made_is_not_who_won():
    text = ("近日，“发现清州之美”活动经过网民投票和专家评审，30个最美乡村脱颖而出，分别获得清州十大最美乡村、清州十大最美特色乡村殊荣。"
            "其中，丰溪区青山镇长沙村获评“2018年清州十大最美乡村”。")
    assert awards(text) == [("清州十大最美乡村", None, "丰溪区青山镇长沙村")]


def test_a_decision_signed_above_the_roster_it_annexes():
    text = ("清州省人民政府关于授予青山村等3个村“清州省新农村建设示范村”的决定\n经各级推荐，省人民政府决定授予丰溪县东岭镇青山村等3个村"
            "“清州省新农村建设示范村”。\n清州省人民政府\n2010年1月28日\n清州省新农村建设示范村名单\n丰溪县东岭镇青山村\n青河县西岭乡河口村\n")
    found = contract(text)["awards"]
    assert [(a["recipient"], a["date"]) for a in found] == [("丰溪县东岭镇青山村", "2010-01-28"), ("青河县西岭乡河口村", "2010-01-28")]


# ---- common award wordings checked on sentences written for the tests


def test_grades_given_one_each():
    text = "在第五届丰溪县农民技能大赛中，王明、李华、张强分别获得一、二、三等奖。"
    assert awards(text) == [("丰溪县农民技能大赛", "一等奖", "王明"), ("丰溪县农民技能大赛", "二等奖", "李华"),
                            ("丰溪县农民技能大赛", "三等奖", "张强")]


def test_a_count_of_honours_after_the_list_is_no_part_of_the_last():
    assert awards("青山村获得全国文明村、国家森林乡村两项荣誉。") == [("全国文明村", None, "青山村"), ("国家森林乡村", None, "青山村")]


def test_groups_commended_without_dui():
    text = "县委县政府决定，表彰县人民医院等10个先进集体和王明等20名先进个人。"
    assert awards(text) == [("先进集体", None, "县人民医院"), ("先进个人", None, "王明")]


def test_a_designation_approved_and_a_plaque_hung():
    assert awards("青山村获批全国乡村旅游重点村。") == [("全国乡村旅游重点村", None, "青山村")]
    assert awards("青山村获批省级专项资金500万元。") == []
    assert awards("丰溪经济开发区正式挂牌成为省级高新技术产业园区。") == [("省级高新技术产业园区", None, "丰溪经济开发区")]


def test_two_places_joined_by_he_before_an_adverb():
    assert [a[2] for a in awards("青山村和东岭村同时入选第三批全国乡村旅游重点村名单。")] == ["青山村", "东岭村"]


def test_a_firms_named_work_is_the_holder():
    text = "丰溪县华光科技有限公司的“智能电机”项目获评省级首台套产品。"
    assert awards(text) == [("省级首台套产品", None, "丰溪县华光科技有限公司的“智能电机”项目")]


def test_the_longest_post_before_a_name():
    assert awards("丰溪县人民医院护士长李华被授予“全国五一劳动奖章”。") == [("全国五一劳动奖章", None, "李华")]


def test_a_headline_without_the_places_suffix_is_the_same_holder():
    text = "丰溪获评全国文明城市\n近日，丰溪县荣获“全国文明城市”称号。"
    assert len(awards(text)) == 1


def test_a_place_in_a_final_and_money_granted_are_no_honours():
    assert awards("青山科技有限公司入围第十届中国创新创业大赛全国总决赛。") == []
    text = "丰溪县青山镇获评2023年度省级“千万工程”示范镇，获得省级财政奖补资金500万元。"
    assert awards(text) == [("省级“千万工程”示范镇", None, "丰溪县青山镇")]


def test_a_countys_work_commended_is_the_countys():
    assert awards("丰溪县政府工作报告。丰溪县数字经济工作获省政府督查激励。") == [("省政府督查激励", None, "丰溪县")]


def test_titles_newly_gained_counted_with_their_holders():
    text = "2023年，全县新增国家级专精特新“小巨人”企业2家（华光科技有限公司、明泰机械有限公司）。"
    assert awards(text) == [("国家级专精特新“小巨人”企业", None, "华光科技有限公司"),
                            ("国家级专精特新“小巨人”企业", None, "明泰机械有限公司")]
    text = "新认定省级企业技术中心2家：华光科技有限公司、明泰机械有限公司。"
    assert awards(text) == [("省级企业技术中心", None, "华光科技有限公司"), ("省级企业技术中心", None, "明泰机械有限公司")]
    assert awards("2023年，全县新增规上工业企业2家（华光科技有限公司、明泰机械有限公司）。") == []


def test_a_list_published_after_its_notice_period():
    text = "经公示无异议，现将2023年度省级未来乡村名单予以公布。我县青山村、东岭村入选。"
    assert [(a[0], a[2]) for a in awards(text)] == [("省级未来乡村名单", "青山村"), ("省级未来乡村名单", "东岭村")]
    assert awards("2023年度省级未来乡村拟认定名单公示，我县青山村、东岭村入选。") == []


def test_the_last_of_a_list_after_yiji():
    assert [a[2] for a in awards("青山村、东岭村以及西岭村入选省级美丽乡村特色精品村。")] == ["青山村", "东岭村", "西岭村"]


def test_a_place_in_a_contest_but_not_in_an_assessment():
    text = "在2023年全省乡村振兴技能大赛中，丰溪县代表队荣获团体第一名。"
    assert awards(text) == [("全省乡村振兴技能大赛", "团体第一名", "丰溪县代表队")]
    assert awards("在全省营商环境考核中，丰溪县获得第一名。") == []


def test_a_quality_award_for_works_named_with_a_cup():
    text = "丰溪县人民医院门诊楼项目获评2023年度浙江省建设工程“钱江杯”优质工程。"
    assert awards(text) == [("浙江省建设工程“钱江杯”优质工程", None, "丰溪县人民医院门诊楼项目")]


def test_a_run_of_wins_is_no_part_of_the_title():
    text = "丰溪县政府工作报告。荣获全国双拥模范城“八连冠”。丰溪县经济平稳。"
    assert awards(text) == [("全国双拥模范城", None, "丰溪县")]


def test_a_plans_list_of_works_is_no_honour():
    assert awards("青山水库项目纳入省重点建设项目名单。") == []
    assert awards("青山水库项目成功入选省重大项目库。") == []
    assert awards("近日，2024年省重点建设项目名单公布，青山水库项目成功入选。") == []
    assert awards("青山村入选全国乡村旅游重点村名单。") == [("全国乡村旅游重点村名单", None, "青山村")]


def test_a_roster_of_people_with_their_units_in_columns():
    text = "2023年度丰溪县“十佳农创客”名单\n王明  丰溪县青山家庭农场\n李华  丰溪县东岭果蔬专业合作社\n张强\t华光农业科技有限公司\n"
    assert [a[2] for a in awards(text)] == ["王明", "李华", "张强"]


def test_prizes_heading_the_firms_listed_under_them():
    text = ("关于表彰2023年度优秀企业的决定\n经研究，决定对以下企业予以表彰：\n一、纳税贡献奖（2家）\n华光科技有限公司\n明泰机械有限公司\n"
            "二、科技创新奖（1家）\n东岭生物科技有限公司\n丰溪县人民政府\n2024年2月1日\n")
    assert awards(text) == [("纳税贡献奖", None, "华光科技有限公司"), ("纳税贡献奖", None, "明泰机械有限公司"),
                            ("科技创新奖", None, "东岭生物科技有限公司")]


def test_an_award_named_for_a_cycle_is_dated_by_its_last_year():
    text = ("8月14日，全国爱卫会下发《关于命名2017——2019周期国家卫生乡镇(县城)的决定》，我市东岭镇、西岭镇名列其中，"
            "荣获国家卫生乡镇(县城)称号。")
    found = contract(text)["awards"]
    assert [(a["recipient"], a["date"]) for a in found] == [("东岭镇", "2019"), ("西岭镇", "2019")]
