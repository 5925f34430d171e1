"""Awards, round 17: the layouts of round 17's development notices, in sentences written for the test (other places,
titles and wording), each with the near misses the rule must not fire on: a decision that confers a title on the numbered
entries under it (确定以下N家X为Y。), a province column before each entry; a list whose members are named kind by kind
after a count (江苏共有3个设区市、9个县级市入选，设区市包括A、B…); a group commended by name (对…N个城市进行通报表扬，包括A、B);
跻身 / 荣登 a list of the best that the text reports as published."""
import datetime as dt

from tests.extract.test_real_awards_round6 import awards, full


def _d(day: str) -> dt.date:
    return dt.date.fromisoformat(day)


# --- 确定以下N家X为Y。 over a numbered roster, a province column before each entry -------------------------------------

_DECIDED = ("根据《国家级滑雪旅游度假地管理办法》，经各省推荐，国家体育总局组织评定并完成公示，确定以下3家滑雪场为"
            "新一批国家级滑雪旅游度假地。\n\n1.吉林省 长白山北坡滑雪场\n\n2.新疆维吾尔自治区 阿勒泰将军山滑雪场\n\n"
            "3.河北省 崇礼云顶滑雪场特此公告。\n\n国家体育总局\n\n2024年1月8日\n")


def test_a_decision_over_a_numbered_roster_confers_its_title_on_each_entry():
    found = full(_DECIDED, _d("2024-01-12"))
    assert [(a[0], a[2], a[3], a[4]) for a in found] == [
        ("国家级滑雪旅游度假地", "长白山北坡滑雪场", "national", "2024-01-08"),
        ("国家级滑雪旅游度假地", "阿勒泰将军山滑雪场", "national", "2024-01-08"),
        ("国家级滑雪旅游度假地", "崇礼云顶滑雪场", "national", "2024-01-08")]


def test_a_decision_naming_villages_below_it():
    text = "经研究，决定命名下列2个村为“省级森林村庄”：\n青石村\n白沙村\n"
    assert awards(text, _d("2024-03-01")) == [("省级森林村庄", None, "青石村"), ("省级森林村庄", None, "白沙村")]


def test_a_proposed_decision_or_a_work_list_over_a_roster_gives_nothing():
    proposed = ("经各省推荐，现拟确定以下2家滑雪场为国家级滑雪旅游度假地，现予以公示。\n"
                "1.吉林省 长白山北坡滑雪场\n2.河北省 崇礼云顶滑雪场\n")
    assert awards(proposed, _d("2024-01-12")) == []
    pending = "经审核，确定以下2家滑雪场为国家级滑雪旅游度假地候选单位，现予公示：\n1.长白山北坡滑雪场\n2.崇礼云顶滑雪场\n"
    assert awards(pending, _d("2024-01-12")) == []
    work = "经研究，确定以下2个项目为2024年省级重点建设项目。\n1.青山大道改造工程\n2.东湖污水处理厂\n"
    assert awards(work, _d("2024-01-12")) == []


# --- members named kind by kind after a counted group entered the list ---------------------------------------------------

def test_members_named_kind_by_kind_after_the_count():
    text = ("名单显示，全国共有60个县入选第三批国家生态文明建设示范县，浙江共有2个县级市、1个县入选，县级市包括临海市、"
            "温岭市，县为天台县。")
    found = full(text, _d("2023-10-20"))
    assert [(a[0], a[2], a[3]) for a in found] == [("国家生态文明建设示范县", "临海市", "national"),
                                                   ("国家生态文明建设示范县", "温岭市", "national"),
                                                   ("国家生态文明建设示范县", "天台县", "national")]


def test_holders_kept_after_review_named_kind_by_kind_take_the_day_the_list_was_published():
    text = ("9月28日，省文明委公布复查确认保留荣誉称号的省级文明城市名单，我省多地上榜。\n"
            "复查确认保留荣誉称号的省级文明城市共有40城，本市共有2个区、1个县入选，区为：东城区、南湖区，县为：青田县。")
    found = full(text, _d("2023-09-29"))
    assert [(a[0], a[2], a[3], a[4]) for a in found] == [("省级文明城市", "东城区", "provincial", "2023-09-28"),
                                                         ("省级文明城市", "南湖区", "provincial", "2023-09-28"),
                                                         ("省级文明城市", "青田县", "provincial", "2023-09-28")]


def test_kinds_counted_for_a_proposed_list_or_an_aim_give_nothing():
    text = "全国共有60个县拟入选第三批国家生态文明建设示范县，浙江共有2个县级市入选，县级市包括临海市、温岭市。"
    assert awards(text, _d("2023-10-20")) == []
    text = "全省共有60个县入选国家生态文明建设示范县公示名单，我市共有2个县入选，县包括天台县、仙居县。"
    assert awards(text, _d("2023-10-20")) == []
    text = "力争全市共有3个县入选国家生态文明建设示范县，县包括天台县、仙居县、三门县。"
    assert awards(text, _d("2023-10-20")) == []


def test_a_list_of_entrants_named_in_a_sentence_is_no_verb():
    # 第六届全国文明城市入选城市名单: 入选 inside the list's name, the publisher before it no holder
    text = "11月10日，省文明委公布第三届省级文明县城入选县城名单，全省共有8个县城上榜。"
    assert awards(text, _d("2023-11-11")) == []


# --- a counted group commended by name ------------------------------------------------------------------------------------

def test_a_group_commended_by_name_after_its_count():
    text = "此外，国家林草局还对考核成绩排名靠前的20个国家森林城市进行通报表扬，包括丽水市、衢州市、湖州市。"
    found = full(text, _d("2023-12-01"))
    assert [(a[0], a[2], a[3]) for a in found] == [("通报表扬", "丽水市", "national"), ("通报表扬", "衢州市", "national"),
                                                   ("通报表扬", "湖州市", "national")]


def test_a_group_criticised_or_to_be_commended_gives_nothing():
    text = "此外，国家林草局还对考核成绩排名靠后的3个国家森林城市进行通报批评，包括甲市、乙市、丙市。"
    assert awards(text, _d("2023-12-01")) == []
    text = "省林业局拟对考核成绩排名靠前的3个城市进行通报表扬，包括丽水市、衢州市、湖州市，现予公示。"
    assert awards(text, _d("2023-12-01")) == []


# --- 跻身 a published list of the best ------------------------------------------------------------------------------------

def test_joining_a_list_of_the_best_the_text_reports_published_is_membership():
    text = ("8月5日，《中国县域高质量发展报告(2023)》在京发布。我省共有9个县入选，其中，东阳市、义乌市跻身2023年全国"
            "县域高质量发展百强县(市)，东阳市已连续3年位列其中。")
    found = full(text, _d("2023-08-06"))
    assert [(a[0], a[2], a[3]) for a in found] == [("全国县域高质量发展百强县", "东阳市", "national"),
                                                   ("全国县域高质量发展百强县", "义乌市", "national")]


def test_joining_a_ranking_or_aiming_at_one_is_no_award():
    published = "8月5日，《中国县域高质量发展报告(2023)》在京发布。"
    assert awards(published + "东阳市跻身全国县域高质量发展百强县行列。", _d("2023-08-06")) == []
    assert awards(published + "东阳市荣登全国县域高质量发展百强县榜首。", _d("2023-08-06")) == []
    assert awards(published + "东阳市力争跻身全国县域高质量发展百强县。", _d("2023-08-06")) == []
    # no list reported as published: a place in a ranking (round 8)
    assert awards("丰溪县政府工作报告。过去一年，丰溪县跻身全国县域高质量发展百强县。丰溪县。") == []


# --- review of round 17: regressions and false awards --------------------------------------------------------------------

def test_members_by_kind_and_a_group_commended_leave_the_other_honours_of_the_sentence():
    text = ("丰溪县荣获“中国美丽乡村建设示范县”称号，全国共有100个县入选第七批国家生态文明建设示范区，我省共有2个县入选，"
            "县为青田县、云和县。")
    assert ("中国美丽乡村建设示范县", None, "丰溪县") in awards(text, _d("2024-03-01"))
    text = ("全国共有100个县入选第七批国家生态文明建设示范区，我省共有2个县入选，县为青田县、云和县，其中青田县还荣获"
            "“两山”实践创新基地称号。")
    found = awards(text, _d("2024-03-01"))
    assert ("国家生态文明建设示范区", None, "云和县") in found and ("“两山”实践创新基地", None, "青田县") in found
    text = "会上，丰溪县荣获“省级生态文明示范县”称号，省政府还对工作成效明显的2个县进行通报表扬，包括青田县、云和县。"
    found = awards(text, _d("2024-03-01"))
    assert ("省级生态文明示范县", None, "丰溪县") in found and ("通报表扬", None, "云和县") in found


def test_a_ministry_closing_a_run_of_entries_is_an_entry_not_the_signer():
    text = "2023年度全市先进集体名单\n市委宣传部新闻科\n市广播电视台新闻部\n县融媒体中心采访部\n2024年1月5日\n"
    assert awards(text, _d("2024-03-01"))[-1][2] == "县融媒体中心采访部"
    text = ("关于表彰2023年度全市先进基层党组织的决定\n经研究，决定授予以下3个基层党组织“全市先进基层党组织”称号：\n"
            "甲街道社区党委\n乙集团有限公司党委\n中共丙县委组织部\n2024年1月5日\n")
    assert awards(text, _d("2024-03-01"))[-1][2] == "中共丙县委组织部"
    signed = ("经地方推荐、组织评审并完成公示，确定以下2家旅游度假区为新一批国家级旅游度假区。\n1.浙江省 丰溪灵峰旅游度假区\n"
              "2.江西省 青山温泉旅游度假区特此公告。\n文化和旅游部\n2024年1月10日\n")
    assert [a[2] for a in awards(signed, _d("2024-01-15"))] == ["丰溪灵峰旅游度假区", "青山温泉旅游度假区"]


def test_a_province_column_is_kept_when_no_name_follows_it():
    text = "第二批全国生态文明建设示范省名单\n1.浙江省 （复查确认）\n2.福建省 （新命名）\n"
    assert [a[2] for a in awards(text, _d("2024-03-01"))] == ["浙江省 （复查确认）", "福建省 （新命名）"]


def test_a_decision_over_a_list_put_up_for_notice_below_or_to_come_gives_nothing():
    text = "经专家评审，确定以下2个村为2024年省级美丽乡村示范村。\n1.青石村\n2.白沙村\n公示期间，如有异议，请书面反映。\n"
    assert awards(text, _d("2024-03-01")) == []
    text = "经专家评审，确定以下2家企业为2024年度省级专精特新中小企业。\n1.甲科技有限公司\n2.乙机械有限公司\n公示时间：2024年3月1日至3月7日\n"
    assert awards(text, _d("2024-03-01")) == []
    text = "下一步将完成公示程序，确定以下2家企业为2024年度省级绿色工厂：\n1.甲化工有限公司\n2.乙纺织有限公司\n"
    assert awards(text, _d("2024-03-01")) == []


def test_a_decision_over_a_work_list_or_naming_places_gives_nothing():
    for text in ("经研究，确定以下2家企业为2024年度安全生产重点监管企业：\n1.甲化工有限公司\n2.丙矿业有限公司\n",
                 "经研究，确定以下2个单位为2024年全市安全生产工作会议典型发言单位：\n1.市应急管理局\n2.市住建局\n",
                 "经市地名委员会审核，决定命名下列区域为“滨江科创新区”：\n1.滨江街道东部片区\n2.长河街道北部片区\n"):
        assert awards(text, _d("2024-03-01")) == []


def test_members_of_a_kind_left_out_are_no_holders():
    text = "全国共有60个县入选第三批国家生态文明建设示范县，浙江共有2个县级市入选，县级市包括临海市、温岭市，落选的县为仙居县、三门县。"
    assert [a[2] for a in awards(text, _d("2023-10-20"))] == ["临海市", "温岭市"]


def test_a_group_commended_by_name_names_places_or_bodies_only():
    text = "国家林草局对考核成绩排名靠前的3个城市进行通报表扬，包括丽水市、衢州市、湖州市，希望受到表扬的城市再接再厉。"
    assert [a[2] for a in awards(text, _d("2024-03-01"))] == ["丽水市", "衢州市", "湖州市"]
    text = "省生态环境厅对考核排名靠前的2个城市进行通报表扬，包括丽水市、衢州市，并对排名靠后的2个城市进行约谈。"
    assert [a[2] for a in awards(text, _d("2024-03-01"))] == ["丽水市", "衢州市"]
    text = "省住建厅对工作成效明显的12个县进行通报表扬，包括安吉县、德清县等。"
    assert [a[2] for a in awards(text, _d("2024-03-01"))] == ["安吉县", "德清县"]
    text = "省政府对2023年度粮食生产成效明显的3个县进行通报表扬，包括和平县、龙川县、紫金县。"
    assert [a[2] for a in awards(text, _d("2024-03-01"))] == ["和平县", "龙川县", "紫金县"]
    assert awards("省政府对年度考核优秀的10个县进行通报表扬，包括在土地指标、专项资金安排上予以倾斜支持。", _d("2024-03-01")) == []


def test_a_commendation_to_come_or_proposed_gives_nothing():
    for text in ("根据考核结果，省政府将对排名前2的2个县进行通报表扬，包括安吉县、德清县。",
                 "会议建议，对在招商引资工作中成绩突出的2家企业给予通报表扬，具体是甲公司、乙公司。"):
        assert awards(text, _d("2024-03-01")) == []


def test_joining_a_list_of_the_best_needs_a_list_published_a_holder_and_no_aim():
    for text in ("今年以来，县政府发布《关于加快推进工业经济高质量发展的若干意见》，出台惠企政策30条。全年地区生产总值增长7.5%，"
                 "综合实力跻身全国县域经济百强县。",
                 "近日，市统计局发布2023年全市经济运行情况。数据显示，我市地区生产总值首次跻身全国城市GDP百强。",
                 "8月5日，《中国县域高质量发展报告(2023)》在京发布。下一步，东阳市力争在三年内跻身全国县域高质量发展百强县。",
                 "2023年我县成功举办第二届招商大会，发布招商项目120个。全县规上工业产值突破500亿元，综合实力进入全国百强县。"):
        assert awards(text, _d("2024-03-01")) == []


def test_joining_a_published_list_of_the_best_takes_the_rank_given_and_its_national_level():
    text = "8月5日，《2023中国县域经济百强榜》正式发布。东阳市、义乌市跻身2023年全国县域经济百强县，分别位列第36位、第8位。"
    found = full(text, _d("2023-08-06"))
    assert [(a[0], a[1], a[2], a[3]) for a in found] == [("全国县域经济百强县", "第36位", "东阳市", "national"),
                                                         ("全国县域经济百强县", "第8位", "义乌市", "national")]
    text = "7月28日，赛迪顾问发布《2023中国县域经济百强研究》，我省义乌市、慈溪市荣登2023赛迪百强县榜单。"
    assert {a[3] for a in full(text, _d("2023-08-01"))} == {"national"}
