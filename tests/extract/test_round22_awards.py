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


def test_a_demonstrative_with_no_body_named_before_gives_no_holder():
    assert awards("该局荣获全省森林防火工作先进单位。") == []
    # a 局 named after the demonstrative is not what it points back to
    assert awards("该局荣获全省森林防火工作先进单位，青山县林业局局长王明出席。") == []


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
