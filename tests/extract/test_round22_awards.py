"""Round 22, awards recall: four shapes of writing real notices use (the sentences are written for the tests, modelled
on the pages named in each class's comment, none copied from a notice).

* an annex roster flattened into one line, its parts and holders one to a space (ouhai.gov.cn 2022/1/30 示范性家庭农场名单,
  haiyan.gov.cn 2023/8/29 县级农业龙头企业名单, nbxinxi.com 东阳 2017年度涉农先进单位和先进个人名单);
* a title kept after monitoring, or confirmed (haiyan.gov.cn 监测结果; ppfocus.com 第九次监测合格…龙头企业名单);
* 该局 / 该中心 荣获 A、B after the body was named (cdatpt.com 岚皋 农林科技局; 315online.com 苏州检验检疫局);
* holders, a clause on what they met or placed, then the title in the next clause with no subject (union.china.com.cn
  临沧 经…评定 …被评为国家AAA级旅游景区; xuanchengshizx.com 文成 3A级景区村).
"""
from tests.extract.helpers import contract


def awards(text, published=None):
    found = contract(text, published)["awards"] if published else contract(text)["awards"]
    return [(a["award"], a["grade"], a["recipient"]) for a in found]


def facts(text):
    return contract(text)["awards"]


# ---- AW-ANNEX-ONELINE


_FARMS = ("各镇人民政府：\n经审核、监测，现将2023年新申报及继续保留的县级示范性家庭农场名单予以公布。\n"
          "附件：2023年县级示范性家庭农场名单\n青山县农业农村局\n2024年1月10日\n"
          "附件 2023年县级示范性家庭农场名单 一、2023年新申报通过的青山县示范性家庭农场（2家） "
          "青山县石门上坑家庭农场 青山县东岭茂林家庭农场 二、2023年复评保留资格的青山县示范性家庭农场（3家） "
          "青山县西溪绿野家庭农场 青山县南坪果香家庭农场 青山县北岙鑫源农场")


def test_an_annex_roster_flattened_into_one_line_gives_each_holder_the_list_title():
    found = facts(_FARMS)
    assert [(a["award"], a["recipient"]) for a in found] == [
        ("县级示范性家庭农场", r) for r in ("青山县石门上坑家庭农场", "青山县东岭茂林家庭农场", "青山县西溪绿野家庭农场",
                                        "青山县南坪果香家庭农场", "青山县北岙鑫源农场")]
    assert {(a["level"], a["date"]) for a in found} == {("county", "2023")}
    # the same names one to a space under no annex heading: no roster
    assert awards(_FARMS.rsplit("（3家） ", 1)[1]) == []


def test_each_part_named_by_its_own_title_holds_that_title():
    text = ("附件 2023年度涉农工作先进单位名单 一、美丽乡村建设先进单位（3个） 石门镇 东岭镇 西溪街道 "
            "二、粮食生产先进单位（2个） 南坪乡 北岙镇")
    assert awards(text) == [("美丽乡村建设先进单位", None, "石门镇"), ("美丽乡村建设先进单位", None, "东岭镇"),
                            ("美丽乡村建设先进单位", None, "西溪街道"), ("粮食生产先进单位", None, "南坪乡"),
                            ("粮食生产先进单位", None, "北岙镇")]


def test_a_numbered_annex_cut_off_in_its_last_name_keeps_the_names_read():
    text = ("附件1： 青山县2023年监测合格县级农业龙头企业名单 （共20家） 1.青山绿源食品有限公司 2.青山县粮油收储有限公司 "
            "3.青山县农副产品批发市场 4.青")
    assert awards(text) == [("县级农业龙头企业", None, r) for r in
                            ("青山绿源食品有限公司", "青山县粮油收储有限公司", "青山县农副产品批发市场")]


def test_an_annex_line_is_read_only_when_it_is_a_roster_of_holders():
    assert awards("附件 2023年县级示范性家庭农场名单 青山县西溪绿野家庭农场 青山县南坪果香家庭农场") == [
        ("县级示范性家庭农场", None, "青山县西溪绿野家庭农场"), ("县级示范性家庭农场", None, "青山县南坪果香家庭农场")]
    # the annexes' file names, then the bodies that sign the notice and its date: no holders
    assert awards("附件：1.青山县2023年监测合格县级农业龙头企业名单（共3家） 2.青山县2023年新认定县级农业龙头企业名单（共2家） "
                  "青山县农业农村局 青山县财政局 青山县供销合作社 2023年8月1日") == []
    # a count the names do not reach, the line not cut off: no roster read
    assert awards("附件 2023年县级示范性家庭农场名单 一、复评保留资格的青山县示范性家庭农场（5家） "
                  "青山县西溪绿野家庭农场 青山县南坪果香家庭农场") == []
    # a part whose holders lost the title, a list still proposed, words that are no holders' names
    assert awards("附件 2023年县级示范性家庭农场名单 一、监测不合格取消资格的青山县示范性家庭农场（2家） "
                  "青山县西溪绿野家庭农场 青山县南坪果香家庭农场") == []
    assert awards("附件 2023年拟认定县级示范性家庭农场名单 一、新申报的青山县示范性家庭农场（2家） "
                  "青山县西溪绿野家庭农场 青山县南坪果香家庭农场") == []
    assert awards("附件 2023年县级示范性家庭农场名单 一、申报要求 材料真实 按时报送 二、联系方式 县农业农村局") == []


# ---- AW-RETAINED


def test_a_title_kept_after_monitoring_is_held_by_the_listed_holders():
    text = ("经监测审查，青山绿源食品有限公司、青山县粮油收储有限公司等12家企业符合县级农业龙头企业认定要求，"
            "保留县级农业龙头企业称号。")
    assert awards(text) == [("县级农业龙头企业", None, "青山绿源食品有限公司"), ("县级农业龙头企业", None, "青山县粮油收储有限公司")]


def test_holders_confirmed_as_newly_named_hold_the_title():
    text = "经现场核查、专家评审、征求意见和公示，确认青山茶业有限公司等3家企业为新认定县级农业龙头企业。"
    assert awards(text) == [("县级农业龙头企业", None, "青山茶业有限公司")]
    # a title lost or not kept, a body confirmed in a role: no award
    assert awards("其余3家企业因无法达到认定标准，取消县级农业龙头企业资格。") == []
    assert awards("青山茶业有限公司等2家企业不予保留县级农业龙头企业称号。") == []
    assert awards("决定取消青山茶业有限公司县级农业龙头企业称号，保留青山绿源食品有限公司县级农业龙头企业称号。") == []
    assert awards("确认青山茶业有限公司为牵头单位。") == []


# ---- AW-DEMONSTRATIVE


def test_the_bureau_a_demonstrative_points_back_to_holds_the_titles():
    text = ("2023年，青山县林业局扎实推进国土绿化，全年完成造林1.2万亩。"
            "该局荣获全省森林防火工作先进单位、全市古树名木保护先进集体。")
    assert awards(text) == [("全省森林防火工作先进单位", None, "青山县林业局"), ("全市古树名木保护先进集体", None, "青山县林业局")]


def test_a_demonstrative_with_no_body_named_before_is_kept_as_written():
    # (after review: the fact is kept, its recipient as the text names it, as the conventions' 我县 call has it)
    assert awards("该局荣获全省森林防火工作先进单位。") == [("全省森林防火工作先进单位", None, "该局")]
    # a 局 named after the demonstrative is not what it points back to
    assert awards("该局荣获全省森林防火工作先进单位，青山县林业局局长王明出席。") == [("全省森林防火工作先进单位", None, "该局")]


# ---- AW-MIDCLAUSE


def test_holders_that_met_a_standard_hold_the_title_of_the_next_clause():
    text = ("近日，经综合验收评定，我县东岭镇上坑村、西溪乡石门村达到浙江省3A级景区村庄服务质量等级标准要求，"
            "正式获评浙江省3A级景区村庄。")
    assert awards(text) == [("浙江省3A级景区村庄", None, "东岭镇上坑村"), ("浙江省3A级景区村庄", None, "西溪乡石门村")]


def test_holders_that_took_the_first_places_each_hold_the_title_with_their_place():
    text = "据统计，半个月来，该活动共收到10万张选票，东溪古道、南山茶园、西塘老街分获前三名，被授予“最美乡村打卡点”称号。"
    assert awards(text) == [("最美乡村打卡点", "第一名", "东溪古道"), ("最美乡村打卡点", "第二名", "南山茶园"),
                            ("最美乡村打卡点", "第三名", "西塘老街")]
    # a standard not met, or met with no title conferred after it: no award
    assert awards("经检查，青山村、石门村未达到省级美丽乡村标准要求，被责令限期整改。") == []
    assert awards("经检查，青山村、石门村达到省级美丽乡村标准要求，将于明年申报省级美丽乡村。") == []


# ---- fixes after review: each group's own sentences, in the shapes the review's probes found


def test_an_annex_part_whose_standing_is_lost_holds_nothing():
    # only a part naming a standing that keeps the title holds it (复核通过 / 监测合格); 未通过复核, 不达标退出, 摘牌,
    # 丧失资格 give nothing
    head = "附件 2023年度县级示范性家庭农场名单 一、2023年复核通过的县级示范性家庭农场（2家） 云和县赤石山岚家庭农场 云和县崇头梯田家庭农场 "
    for lost in ("复核未保留资格的", "监测不达标退出的", "被撤牌的", "自动丧失资格的"):
        text = head + f"二、2023年{lost}县级示范性家庭农场（1家） 云和县雾溪竹园家庭农场"
        assert [r for _, _, r in awards(text)] == ["云和县赤石山岚家庭农场", "云和县崇头梯田家庭农场"], lost
    # a list of review results: the part that kept the title holds it, the part put on notice nothing
    results = ("附件 2023年度市级文明单位复评结果名单 一、复评合格的市级文明单位（1个） 云和县人民法院 "
               "二、限期整改的市级文明单位（1个） 云和县供销合作社")
    assert [(a, r) for a, _, r in awards(results)] == [("市级文明单位", "云和县人民法院")]


def test_an_annex_list_that_names_no_honour_gives_nothing():
    assert awards("附件 2024年第三季度新增特困供养家庭名单（共2户） 张国平家庭 赵玉梅家庭") == []
    assert awards("附件 2024年第二批违法建筑拆除企业名单（共2家） 缙云县壶镇五金配件厂 缙云县新建塑料制品厂") == []
    # the honour's own list still reads
    assert [a for a, _, _ in awards("附件 2023年度县级最美家庭名单（共2户） 张国平家庭 赵玉梅家庭")] == ["县级最美家庭"] * 2


def test_a_flattened_annex_under_a_body_that_puts_the_list_to_notice_gives_nothing():
    text = ("2024年度县级示范性家庭农场名单\n经乡镇推荐、县级审核，现将2024年度县级示范性家庭农场名单予以公示，"
            "公示期为5个工作日。\n附件 2024年度县级示范性家庭农场名单（共2家） 景宁县鹤溪畲乡家庭农场 景宁县东坑高山家庭农场")
    assert awards(text) == []
    done = text.replace("现将2024年度县级示范性家庭农场名单予以公示，公示期为5个工作日", "经公示无异议，现予公布")
    assert [r for _, _, r in awards(done)] == ["景宁县鹤溪畲乡家庭农场", "景宁县东坑高山家庭农场"]


def test_bare_kept_title_only_for_a_named_holder():
    assert awards("全县上下要形成合力，我县必须保留省级园林城市称号。") == []
    assert awards("若问题不能按期整改，该县将难以保留省级园林城市称号。") == []
    assert awards("目前，该乡正在积极申请保留省级森林城镇称号。") == []
    # the town stripped of the title gets nothing; the one whose review passed keeps it
    text = "经复评，东坑镇因水质不达标，被撤销省级生态乡镇称号，沙湾镇各项指标合格，保留省级生态乡镇称号。"
    assert [(a, r) for a, _, r in awards(text)] == [("省级生态乡镇", "沙湾镇")]


def test_continued_or_granted_keeping_of_a_bare_title_goes_to_the_named_holders():
    text = "经复核，松阳县三都茶业有限公司、松阳县玉岩香菇专业合作社符合市级农业龙头企业监测要求，继续保留市级农业龙头企业称号。"
    assert [(a, r) for a, _, r in awards(text)] == [("市级农业龙头企业", "松阳县三都茶业有限公司"),
                                                   ("市级农业龙头企业", "松阳县玉岩香菇专业合作社")]
    text = "经复查，松阳县图书馆等3家单位符合标准，予以保留市级文明单位称号。"
    assert [(a, r) for a, _, r in awards(text)] == [("市级文明单位", "松阳县图书馆")]


def test_confirmed_as_a_register_that_is_no_honour_gives_nothing():
    assert awards("经审核，确认丽水安达化工有限公司等4家企业为市级重点排污单位。") == []
    assert awards("经复核，确认丽水某电器有限公司等2家企业为2023年度市级专精特新中小企业复核不合格企业。") == []
    assert awards("经研究，确认丽水某针织有限公司等3家企业为县级安全生产重点约谈对象。") == []
    ok = "经材料评审和公示，确认丽水山耕农业发展有限公司等3家企业为新认定市级农业龙头企业。"
    assert [(a, r) for a, _, r in awards(ok)] == [("市级农业龙头企业", "丽水山耕农业发展有限公司")]


def test_this_bureau_points_back_to_the_body_that_did_the_work_not_the_one_conferring():
    assert [r for _, _, r in awards("景宁县税务局持续优化纳税服务。近日，丽水市人力资源和社会保障局、丽水市税务局联合发文表彰，"
                                    "该局被评为全市税务系统先进集体。")] == ["景宁县税务局"]
    assert [r for _, _, r in awards("景宁县图书馆深入开展文明创建。近日，市文明委印发通报，该单位被评为市级文明单位。")] == ["景宁县图书馆"]
    assert [r for _, _, r in awards("景宁县公安局与景宁县交通运输局联合开展道路整治。该局被评为全省交通运输系统先进集体。")] \
        == ["景宁县交通运输局"]
    assert [r for _, _, r in awards("近年来，在景宁县水利局的推动下，全县水库安全运行。日前，该局被评为全省水利系统先进集体。")] \
        == ["景宁县水利局"]
    assert [r for _, _, r in awards("今年以来景宁县林业局持续推进林长制。日前，该局被评为全省林长制工作先进单位。")] \
        == ["景宁县林业局"]
    assert [r for _, _, r in awards("我县住房和城乡建设局扎实推进城镇更新。近日，该局被评为全省住建系统先进集体。")] \
        == ["我县住房和城乡建设局"]


def test_this_bureau_with_nothing_named_before_keeps_the_fact_as_written():
    assert [r for _, _, r in awards("近日，该局被省交通运输厅评为全省交通运输系统先进集体。")] == ["该局"]
    assert [r for _, _, r in awards("本局被评为2023年度全市依法行政先进单位。")] == ["本局"]


def test_an_unnamed_counted_group_that_took_the_first_places_is_no_holder():
    assert awards("在全县消防技能比武中，我县四支代表队分获前三名，被授予“消防技能优胜单位”称号。") == []
    named = "在全县消防技能比武中，县消防救援大队、县应急管理局分获前两名，被授予“消防技能优胜单位”称号。"
    assert [(g, r) for _, g, r in awards(named)] == [("第一名", "县消防救援大队"), ("第二名", "县应急管理局")]
