"""Awards, round 4: classes found on real county and city notices read outside the gold (honours of places, decisions
that commend, lists after the award). Each test is one class, in sentences written for the test."""
from tests.extract.helpers import contract


def awards(text, published=None):
    found = contract(text, published)["awards"] if published else contract(text)["awards"]
    return [(a["award"], a["grade"], a["recipient"]) for a in found]


def test_a_title_naming_a_kind_of_place_is_not_the_notice_home():
    # 文明县城 / 文明城市 hold 县 and 市, but 文明县 and 明城市 are no places
    text = ("近日，全国精神文明建设表彰大会召开，我县再次获评“全国文明县城”称号。"
            "2019年，我县首次获得“省级文明县城”称号。")
    assert awards(text) == [("全国文明县城", None, "我县"), ("省级文明县城", None, "我县")]
    text = "丰溪县喜获“省级创建文明城市工作先进县”称号\n本报讯 近日，我县被省文明委授予“省级创建文明城市工作先进县”荣誉称号。"
    # the headline's 喜获 and the dateline 本报讯 are no part of who received it
    assert [a[2] for a in awards(text)] == ["丰溪县", "我县"]


def test_a_clause_going_on_past_the_place_is_not_its_name():
    text = "禾川通过全市上下连续五年的努力，成功获得全国文明城市荣誉称号，成为本地区首家获得这一国家级荣誉称号的县级市。"
    assert awards(text) == [("全国文明城市", None, "禾川")]
    # 收获 is no 获: a summary of what a city's work brought
    assert awards("其中，禾州精神文明建设收获了全国文明城市、全国文明村镇等荣誉。") == []


def test_an_adverb_clause_after_a_named_holder_keeps_the_holder():
    text = "在第六届全国文明城市名单中，清江榜上有名，成功入选全国文明城市。"
    assert ("全国文明城市", None, "清江") in awards(text)


def test_holders_named_after_the_award_they_hold():
    # 获评X的为A、B等3家 / 荣获X的还有A、B: the award comes first, its holders after 的为 / 的还有
    text = "通过层层考核，最终获评服务业集聚区类别“5A级园区”的为禾城商务集聚区、禾城现代物流园区等4家。"
    assert awards(text) == [("服务业集聚区类别“5A级园区”", None, "禾城商务集聚区"),
                            ("服务业集聚区类别“5A级园区”", None, "禾城现代物流园区")]
    text = "据了解，荣获2023年度清州市“十大美丽乡村”的还有丰溪县王庄村、青河区西岭村。"
    assert awards(text) == [("清州市“十大美丽乡村”", None, "丰溪县王庄村"), ("清州市“十大美丽乡村”", None, "青河区西岭村")]


def test_counted_holders_in_brackets_after_the_award():
    text = "经专家评审，我盟成功创建自治区级绿色工厂2家（北岭乳业有限责任公司和南山食品有限公司）。"
    found = contract(text)["awards"]
    assert [(a["award"], a["recipient"], a["level"]) for a in found] == [
        ("自治区级绿色工厂", "北岭乳业有限责任公司", "provincial"), ("自治区级绿色工厂", "南山食品有限公司", "provincial")]


def test_a_count_of_firms_names_nobody():
    assert awards("清州三家企业入选全国第三批绿色工厂") == []
    assert awards("我盟两户企业成功创建自治区级绿色工厂。") == []
    assert awards("2023年，全市共有31家企业获评国家级绿色工厂。") == []


def test_the_holders_of_a_list_asked_to_go_on_are_no_new_holders():
    assert awards("省政府要求，上榜单位再接再厉，持续提升发展质量和水平。") == []
    assert awards("希望获奖单位珍惜荣誉，继续发挥示范作用。") == []


def test_a_decision_after_its_notice_period_is_no_proposal():
    text = ("在企业自愿申报、专家评审、面向社会公示的基础上，认定清源酿造股份有限公司等79家企业为2020年省级专精特新"
            "“小巨人”企业（名单见附件）。")
    assert awards(text) == [("省级专精特新“小巨人”企业", None, "清源酿造股份有限公司")]
    assert awards("经专家评审，拟认定清源酿造股份有限公司等79家企业为省级专精特新“小巨人”企业，现予以公示。") == []


def test_words_inside_a_quoted_title_do_not_end_its_holder():
    # 综合优化 / 19号 inside the quotes: the project is named whole
    text = ("其中，丰能集团的“百万千瓦机组系统综合优化关键技术研究”、化工院的“新型催化剂的开发”等2个项目荣获科技进步奖一等奖。")
    assert awards(text) == [("科技进步奖", "一等奖", "丰能集团的“百万千瓦机组系统综合优化关键技术研究”"),
                            ("科技进步奖", "一等奖", "化工院的“新型催化剂的开发”")]
    text = "市政府决定，授予“优质抗病水稻新品种清粳19号的育成与应用”等79个项目为2023年清州市科学技术进步奖。"
    assert awards(text) == [("清州市科学技术进步奖", None, "优质抗病水稻新品种清粳19号的育成与应用")]


def test_medals_and_national_titles_granted_to_people():
    text = "国家主席签署主席令，授予林远山“共和国勋章”，授予张一鸣、陈薇（女）“人民英雄”国家荣誉称号。"
    assert awards(text) == [("共和国勋章", None, "林远山"), ("人民英雄", None, "张一鸣"), ("人民英雄", None, "陈薇")]


def test_the_highest_prize_named_after_a_dash_and_a_glorious_title():
    text = "在全国社会治安综合治理考评中，丰山县获得“全国社会治安综合治理”先进集体光荣称号，同时荣获最高奖——“长安杯”。"
    assert awards(text) == [("“全国社会治安综合治理”先进集体", None, "丰山县"), ("长安杯", None, "丰山县")]


def test_a_decision_gives_a_commendation_and_a_title_with_it():
    text = "市政府决定：给予运动员李青、王波，教练员赵强通令嘉奖，并授予清州市劳动模范荣誉称号；"
    assert awards(text) == [("通令嘉奖", None, "李青"), ("通令嘉奖", None, "王波"), ("通令嘉奖", None, "赵强"),
                            ("清州市劳动模范", None, "李青"), ("清州市劳动模范", None, "王波"), ("清州市劳动模范", None, "赵强")]
    assert awards("县政府研究决定，给予县城管执法局、县应急管理局集体嘉奖。") == [
        ("集体嘉奖", None, "县城管执法局"), ("集体嘉奖", None, "县应急管理局")]
    # a county's utility is one body, not an unnamed firm
    assert awards("县政府研究决定，给予县城管执法局、县供电公司集体嘉奖。") == [
        ("集体嘉奖", None, "县城管执法局"), ("集体嘉奖", None, "县供电公司")]
    assert awards("对获得“通达杯”金杯的单位分别给予一定的物质奖励。") == []


def test_some_of_a_kind_name_nobody():
    text = "一批涉及高端装备、新材料、生物医药等领域的核心技术成果荣获科技创新成果奖。"
    assert awards(text) == []


def test_a_grant_goes_on_after_a_semicolon_without_its_verb():
    text = ("省政府决定，授予清州市、禾州市为“2023年全省粮食生产先进市”荣誉称号；丰溪县、青河区为“2023年全省粮食生产标兵县”"
            "荣誉称号；云岭县为“2023年全省粮食生产先进县”荣誉称号。")
    assert awards(text) == [("全省粮食生产先进市", None, "清州市"), ("全省粮食生产先进市", None, "禾州市"),
                            ("全省粮食生产标兵县", None, "丰溪县"), ("全省粮食生产标兵县", None, "青河区"),
                            ("全省粮食生产先进县", None, "云岭县")]


def test_counted_groups_granted_one_title_and_a_medal_presented():
    text = ("全国绿化委员会决定，对在国土绿化事业中作出突出成绩的城市（区）、县（市、区）、单位和个人予以表彰，"
            "授予清州市青河区等29个城市（区），丰溪县等134个县（市、区），清州市林业局绿化基地等259个单位"
            "“全国绿化模范单位”荣誉称号；向张青等945名同志颁发全国绿化奖章。")
    assert awards(text) == [("全国绿化模范单位", None, "清州市青河区"), ("全国绿化模范单位", None, "丰溪县"),
                            ("全国绿化模范单位", None, "清州市林业局绿化基地"), ("全国绿化奖章", None, "张青")]


def test_an_object_less_selection_points_to_the_list_named_in_the_lines_above():
    text = ("清州市十佳美丽乡村名单出炉\n"
            "经各地推荐、集中审议，最终入选的10个乡村分别为：青河区川店镇张家村、丰溪县八宝镇白水村。")
    assert awards(text) == [("清州市十佳美丽乡村名单", None, "青河区川店镇张家村"),
                            ("清州市十佳美丽乡村名单", None, "丰溪县八宝镇白水村")]
    text = ("近日，2023年省“专精特新”中小企业名单公布，禾城区禾光科技有限公司等3家企业榜上有名。\n"
            "经专家评审，城区上报企业中的3家最终入选，分别是禾光科技有限公司、禾城洁美服务股份有限公司和禾城恒信建筑工程有限公司。")
    assert [a[2] for a in awards(text)] == ["禾城区禾光科技有限公司", "禾城洁美服务股份有限公司", "禾城恒信建筑工程有限公司"]


def test_place_lists_in_the_clauses_before_a_counted_group():
    text = ("大会表彰了丰溪县延陵镇九里村、经济开发区建山村，青河区后白镇西冯村，禾城区谷阳镇槐荫村等10个村获得"
            "清州市首届“最美乡村”荣誉称号。")
    assert [a[2] for a in awards(text)] == ["丰溪县延陵镇九里村", "经济开发区建山村", "青河区后白镇西冯村", "禾城区谷阳镇槐荫村"]


def test_the_person_after_a_role_word():
    assert awards("成果主要完成人林景盛荣获“创新科技达人”奖。") == [("“创新科技达人”奖", None, "林景盛")]


def test_a_contest_is_not_the_verb_that_picks_its_winners():
    text = ("丰溪县科协发起“科学普及”文学征文竞赛活动。\n"
            "评审委员会最终评选出一等奖2名，二等奖4名。林青、王芳荣获一等奖，朱琴等4名作者荣获二等奖。")
    assert awards(text) == [("文学征文竞赛", "一等奖", "林青"), ("文学征文竞赛", "一等奖", "王芳"), ("文学征文竞赛", "二等奖", "朱琴")]


def test_tiers_of_an_assessment_named_in_the_sentence_before():
    text = ("近日，有关部门发布了2023年度国家级科技企业孵化器评价结果。"
            "其中，禾城创业服务中心首次被评为优秀（A类），禾城火炬园管理办公室连续两年被评为良好（B类）。"
            "禾城创业服务中心是我市唯一获得全国优秀（A类）评价的国家级科技企业孵化器。")
    assert awards(text) == [("国家级科技企业孵化器评价", "优秀", "禾城创业服务中心"),
                            ("国家级科技企业孵化器评价", "良好", "禾城火炬园管理办公室")]
    assert awards("我市国家级科技企业孵化器获评全国优秀") == []


def test_titles_granted_clause_by_clause_in_one_decision():
    text = ("县委、县政府决定，授予县城市建设投资经营管理办公室、县住房和城乡建设局等20个单位为“县级文明单位”，"
            "塘口镇、岩口镇等5个乡镇为“县级文明乡镇”，县人民法院、县教育局等8个单位被评为市级文明系列单位。")
    assert awards(text) == [("县级文明单位", None, "县城市建设投资经营管理办公室"), ("县级文明单位", None, "县住房和城乡建设局"),
                            ("县级文明乡镇", None, "塘口镇"), ("县级文明乡镇", None, "岩口镇"),
                            ("市级文明系列单位", None, "县人民法院"), ("市级文明系列单位", None, "县教育局")]


def test_each_firms_quoted_project_joined_by_and_is_its_own_holder():
    text = "在2023年清州市科学技术奖评选中，丰源公司的“甲技术研究”、禾城公司的“乙工艺开发”和青河公司的“丙系统集成”获二等奖。"
    assert [a[2] for a in awards(text)] == ["丰源公司的“甲技术研究”", "禾城公司的“乙工艺开发”", "青河公司的“丙系统集成”"]
    text = "在2023年清州市科学技术奖评选中，丰源公司“甲技术研究”、禾城公司“乙工艺开发”和青河公司“丙系统集成”获二等奖。"
    assert [a[2] for a in awards(text)] == ["丰源公司“甲技术研究”", "禾城公司“乙工艺开发”", "青河公司“丙系统集成”"]
    text = ("在第三届清州市工业设计大赛中，浙江丰源科技有限公司的“高精度传感器”项目和禾城精工有限公司的“智能轴承”项目"
            "分别荣获一等奖和二等奖。")
    assert awards(text) == [("清州市工业设计大赛", "一等奖", "浙江丰源科技有限公司的“高精度传感器”项目"),
                            ("清州市工业设计大赛", "二等奖", "禾城精工有限公司的“智能轴承”项目")]


def test_a_designation_goes_on_with_a_second_counted_group():
    text = ("经复核和公示，有关部门共同研究，认定清州市青河区清水镇等100个乡（镇）为第二批全国乡村治理示范乡镇，"
            "清州市丰溪县小店村等994个村（嘎查）为第二批全国乡村治理示范村。")
    assert awards(text) == [("全国乡村治理示范乡镇", None, "清州市青河区清水镇"), ("全国乡村治理示范村", None, "清州市丰溪县小店村")]


def test_members_of_a_list_named_after_a_counted_lead_in():
    text = ("经专家评审，禾城市南岭镇等40个申报乡镇被纳入第二批全省乡村振兴示范乡镇创建对象名单。"
            "其中，清州共有2个乡镇入选，分别是禾城市南岭镇、丰溪县鸿尾乡。")
    assert [a[2] for a in awards(text)] == ["禾城市南岭镇", "丰溪县鸿尾乡"]
    assert all("等40个" not in a[0] for a in awards(text))


def test_the_firm_of_a_topic_clause_holds_the_prizes_it_counts():
    text = "本次获奖中，禾城工程机械股份有限公司申报的科技成果获奖最多，分别获得一等奖1项、二等奖3项。"
    found = awards("2023年清州省机械工业科技进步奖评审结果出炉。" + text)
    assert [(a[1], a[2]) for a in found] == [("一等奖", "禾城工程机械股份有限公司"), ("二等奖", "禾城工程机械股份有限公司")]


def test_holders_after_qizhong_in_three_shapes():
    # 其中包括A、B: the members of a counted group that entered a list
    text = "近日，有关部门公布2023年度绿色制造名单，我市4家企业入选国家级绿色工厂，其中包括丰源科技有限公司、禾城精工有限公司。"
    assert awards(text) == [("国家级绿色工厂", None, "丰源科技有限公司"), ("国家级绿色工厂", None, "禾城精工有限公司")]
    # 其中A为首次入选: the honour the clause before named
    text = "我县共有3家企业获评省级专精特新中小企业，其中丰源科技有限公司为首次入选。"
    assert awards(text) == [("省级专精特新中小企业", None, "丰源科技有限公司")]
    # 其中一等奖2项，分别是A、B: the prize the sentence before named
    text = ("2023年度清州市科学技术奖揭晓。全市共有12个项目获奖，其中一等奖2项，分别是丰源科技有限公司的“甲技术”"
            "和禾城精工有限公司的“乙工艺”。")
    assert awards(text) == [("清州市科学技术奖", "一等奖", "丰源科技有限公司的“甲技术”"),
                            ("清州市科学技术奖", "一等奖", "禾城精工有限公司的“乙工艺”")]


def test_a_generic_contest_word_is_the_contest_named_before():
    text = ("日前，第五届“丰收杯”清州市农业创新创业大赛决赛在禾城举行。经过激烈角逐，丰源农业有限公司获得大赛一等奖，"
            "禾城茶业有限公司获得大赛二等奖。")
    assert awards(text) == [("清州市农业创新创业大赛", "一等奖", "丰源农业有限公司"), ("清州市农业创新创业大赛", "二等奖", "禾城茶业有限公司")]
    text = "第十二届清州市创新创业大赛落下帷幕。丰源科技有限公司在大赛中获得成长组一等奖。"
    assert awards(text) == [("清州市创新创业大赛", "一等奖", "丰源科技有限公司")]


def test_a_quoted_title_of_a_selection_and_people_of_the_county():
    text = "近日，2023年度清州市“金牌工匠”评选活动落下帷幕，我县王青、李明2人获评。"
    assert awards(text) == [("清州市“金牌工匠”", None, "王青"), ("清州市“金牌工匠”", None, "李明")]


def test_a_decision_grants_several_titles_clause_by_clause_without_quotes():
    text = ("为表彰先进，经市政府研究，决定授予六石街道等6个镇街为美丽乡村建设先进单位，包青等13人为捐资美丽乡村建设贡献奖，"
            "城东街道等3个镇街为粮食生产先进单位，千祥镇等3个镇乡为来料加工工作先进镇乡。")
    assert awards(text) == [("美丽乡村建设先进单位", None, "六石街道"), ("捐资美丽乡村建设贡献奖", None, "包青"),
                            ("粮食生产先进单位", None, "城东街道"), ("来料加工工作先进镇乡", None, "千祥镇")]
    text = ("宣读表彰决定，授予迪口镇等38个村镇为第十三届禾城市级文明村镇，授予东游镇中心小学等19所学校为第十三届"
            "禾城市级文明校园，授予许青家庭等47户家庭为第一届禾城市级文明家庭。")
    assert [(a[0], a[2]) for a in awards(text)] == [("第十三届禾城市级文明村镇", "迪口镇"), ("第十三届禾城市级文明校园", "东游镇中心小学"),
                                                     ("第一届禾城市级文明家庭", "许青家庭")]


def test_the_kind_of_holder_counted_before_a_title_is_not_part_of_it():
    text = "会上公布省文明委决定，授予达州市等4个地级城市四川省文明城市称号，授予峨眉山市等34个县级市和县四川省文明城市称号。"
    found = contract(text)["awards"]
    assert [(a["award"], a["recipient"], a["level"]) for a in found] == [
        ("四川省文明城市", "达州市", "provincial"), ("四川省文明城市", "峨眉山市", "provincial")]
    # the kind in brackets after a title gives it no rank
    found = contract("其中，丰顺县、荣县荣获“第五届四川省文明城市（县级市和县）”称号。")["awards"]
    assert {a["level"] for a in found} == {"provincial"}


def test_bodies_listed_with_a_firm_are_all_holders():
    text = "国家统计局清州调查队、青河区人民检察院、清州丰源食品有限公司荣获“第五届四川省文明单位”称号。"
    assert [a[2] for a in awards(text)] == ["国家统计局清州调查队", "青河区人民检察院", "清州丰源食品有限公司"]


def test_people_after_their_employer_and_post():
    text = ("其中，清州市公安局丰泽派出所所长张平、禾城区后龙镇环卫站环卫工人苏连、丰源创意工艺制品有限公司艺术总监张山"
            "被授予全国五一劳动奖章；丰源电气股份有限公司技术研发中心、禾城机械有限公司总装车间2个集体被授予全国工人先锋号。")
    assert awards(text) == [("全国五一劳动奖章", None, "张平"), ("全国五一劳动奖章", None, "苏连"), ("全国五一劳动奖章", None, "张山"),
                            ("全国工人先锋号", None, "丰源电气股份有限公司技术研发中心"), ("全国工人先锋号", None, "禾城机械有限公司总装车间")]
    text = "清州百顺酒店管理有限公司采购运输部、清州鼎元育种有限公司育种部等38个集体被授予全国工人先锋号。"
    assert [a[2] for a in awards(text)] == ["清州百顺酒店管理有限公司采购运输部", "清州鼎元育种有限公司育种部"]


def test_a_counted_group_does_not_take_the_holders_of_the_clause_before():
    text = "市纪委监委等9个单位被授予省五一劳动奖状，27个集体被授予省工人先锋号。"
    assert awards(text) == [("省五一劳动奖状", None, "市纪委监委")]


def test_a_tally_of_honours_names_nobody():
    text = "会上共表彰我省获得荣誉的全国五一劳动奖章25人、全国五一劳动奖状先进单位3个、全国工人先锋号先进集体26个。"
    assert awards(text) == []


def test_a_rank_is_no_count_of_holders():
    # 第九位 is a place on a list, no count of holders: the list entered (入选) is the honour, its holder the zone
    text = "禾城经济开发区入选高质量发展百强榜单，位列第九位，较去年上升2位。"
    assert [a[2] for a in awards(text)] == ["禾城经济开发区"]
    # (round 8) 跻身…百强榜单第九位 / 跻身全国十强 only place the zone in a ranking: no honour (gold r7 042, r8 008)
    assert awards("禾城经济开发区跻身高质量发展百强榜单第九位，较去年上升2位，首次跻身全国十强。") == []


def test_a_count_restated_after_a_title_is_no_tally():
    text = "横山镇等15个镇街获评2022年“工改”工作先进单位15个，清州市律师协会等8个单位获评2022年“工改”工作最佳助力单位。"
    assert awards(text) == [("“工改”工作先进单位", None, "横山镇"), ("“工改”工作最佳助力单位", None, "清州市律师协会")]


def test_a_counted_heading_with_its_year():
    text = "2022年度清州市村镇工业园改造升级工作标兵单位（3个）：\n翠山新区、黄圃镇、小榄镇"
    found = contract(text)["awards"]
    assert [(a["award"], a["recipient"], a["date"]) for a in found] == [
        ("清州市村镇工业园改造升级工作标兵单位", r, "2022") for r in ("翠山新区", "黄圃镇", "小榄镇")]


def test_an_honour_taken_as_a_starting_point():
    text = "2021年起，湖山区以争创全国文明典范城市为目标，以获评第六届全省文明示范城区为新起点，坚持高标准、严要求。"
    assert awards(text) == [("第六届全省文明示范城区", None, "湖山区")]
    assert awards("在团队建设上，获评2020年度市级机关优秀处室。") == []


def test_ranks_of_a_contest_are_not_the_notice_home():
    text = ("其中，2022年度全能冠亚季军县市区共3个，冠军为丰陵市，亚军为天山区。此外，市纪委监委、市委办因工作成效明显，"
            "获颁特殊贡献奖。")
    assert all(a[2] not in ("军县市", "季军县") for a in awards(text))


def test_numbered_headings_that_name_a_cup_or_star_title():
    text = ("市政府决定对丰野县人民政府等先进单位进行表彰。\n一、“通达杯”金杯单位\n丰野县人民政府\n卧山区人民政府\n"
            "二、“通达杯”银杯单位\n西岭县人民政府\n希望受表彰的先进单位要珍惜荣誉。")
    assert awards(text) == [("“通达杯”金杯单位", None, "丰野县人民政府"), ("“通达杯”金杯单位", None, "卧山区人民政府"),
                            ("“通达杯”银杯单位", None, "西岭县人民政府")]
    text = "一、经济技术园区\n（一）4A级园区\n丰港经济开发区\n（二）3A级园区\n丰城高新区\n二、服务业集聚区\n（一）5A级园区\n丰港物流中心"
    assert awards(text) == [("4A级园区", None, "丰港经济开发区"), ("3A级园区", None, "丰城高新区"), ("5A级园区", None, "丰港物流中心")]


def test_a_participle_names_the_honour_and_a_colon_its_holders():
    text = ("我市21个行政村被认定为省级美丽乡村示范村。21个被认定的省级美丽乡村示范村分别为：丰宁县黄墩镇蒋岭村，"
            "青山市天柱山镇茶庄村，禾西县菖蒲镇水畈村、冶溪镇金盆村。")
    assert [a[2] for a in awards(text)] == ["丰宁县黄墩镇蒋岭村", "青山市天柱山镇茶庄村", "禾西县菖蒲镇水畈村", "冶溪镇金盆村"]


def test_each_counted_group_takes_the_quoted_title_after_it():
    text = ("决定授予清州市青河区茶亭镇九峰村等301个“省级美丽乡村示范村”、禾阳市丰山县开云镇山竹村等100个"
            "“省级特色精品乡村”称号，予以通报表彰。")
    assert awards(text) == [("省级美丽乡村示范村", None, "清州市青河区茶亭镇九峰村"),
                            ("省级特色精品乡村", None, "禾阳市丰山县开云镇山竹村")]


def test_review_lines_of_a_county_report():
    # (round 8) 入列中国百强镇 places the town in a ranking: no honour (NOTES: rankings are never awards)
    text = "禾沙县获评全省唯一国家知识产权强县建设示范县。黄花镇入列中国百强镇。"
    assert awards(text) == [("国家知识产权强县建设示范县", None, "禾沙县")]
    # an output figure is not who received the title
    assert awards("茶叶产量2.7万吨，综合产值70.05亿元，荣获“2020年四川省茶叶十强县”称号。") == []


def test_a_counted_group_of_quoted_places_determined_after_the_notice_period():
    text = ("经综合评定，并于2022年1月14日完成公示，确定“禾阳古城景区”、“禾阳市丰城县堰河乡村旅游区”等八家旅游景区"
            "为国家4A级旅游景区。")
    assert awards(text) == [("国家4A级旅游景区", None, "禾阳古城景区"), ("国家4A级旅游景区", None, "禾阳市丰城县堰河乡村旅游区")]
    # 确定 of an ordinary assignment is no honour
    assert awards("会议确定县发改局等3个单位为牵头单位。") == []


def test_one_named_among_a_counted_group():
    text = "经评定，包括清州省丰山州海螺景区在内的20家景区新晋为国家5A级旅游景区。"
    assert awards(text) == [("国家5A级旅游景区", None, "清州省丰山州海螺景区")]


def test_people_listed_at_their_schools_then_their_events_medals():
    text = ("11月30日，清州省第二届职业技能大赛落幕。经过激烈比拼，清州理工职业学院崔青、清州技师学院胡华，"
            "分别获得光电技术、装配钳工项目金牌。")
    assert awards(text) == [("清州省第二届职业技能大赛", "金牌", "崔青"), ("清州省第二届职业技能大赛", "金牌", "胡华")]


def test_a_rank_clause_hands_its_group_to_the_title_after_it():
    text = "经过激烈角逐，其中姜青等54名选手分获各赛项第一名，荣获“清州技术状元”称号。"
    assert awards(text) == [("清州技术状元", None, "姜青")]


def test_the_place_that_has_the_holders_leads_into_their_names():
    text = "通报显示，丰门县有清州湘佳农业有限公司、清州丰峰名茶有限公司等4家企业被认定为“清州省农业产业化省级龙头企业”。"
    assert [a[2] for a in awards(text)] == ["清州湘佳农业有限公司", "清州丰峰名茶有限公司"]


def test_the_list_a_selection_points_to_is_not_a_phrase_about_entering_it():
    text = ("近日，农业农村部公布了最新的农业产业化国家重点龙头企业名单。其中，我市2家企业榜上有名。\n"
            "此次我市上榜的2家企业分别是：清州舜华鸭业发展有限责任公司、清州裕湘食品有限公司。")
    assert [a[0] for a in awards(text)] == ["农业产业化国家重点龙头企业"] * 2


def test_a_grade_with_a_word_of_the_prize_named_before():
    text = ("日前，第二十三届中国专利奖揭晓，我省共有20项专利获奖。本届获奖专利中，丰源新能源有限公司的“一种复合材料”"
            "和禾城研究院有限公司的“一种新型喷嘴”2项专利获专利金奖，清河科技股份有限公司的“一种轧制工艺”等17项专利获专利优秀奖。")
    assert awards(text) == [("中国专利奖", "金奖", "丰源新能源有限公司的“一种复合材料”"),
                            ("中国专利奖", "金奖", "禾城研究院有限公司的“一种新型喷嘴”"),
                            ("中国专利奖", "优秀奖", "清河科技股份有限公司")]
    assert awards("该企业共获得专利授权80多件。") == []
