"""Awards, round 17 second pass: layouts rather than wordings, in sentences written for the test (other places, titles
and wording), each with near misses that must give nothing: a 公示 of a proposed list in numbered sections, the guard
holding for every section; a speech quote of several sentences; a level-led group's grade; an annex's file names; a
list of honours cut by a comma and closed by 等…荣誉; a district's list led by a bare 区; a street's year summary whose
subjectless honour is the street's, honours counted after a named one; a short zone name; 备案首批 / 获批…产业集群."""
import datetime as dt

from tests.extract.test_real_awards_round6 import awards, full

DAY = dt.date(2024, 5, 10)


# --- a 公示 of proposed lists, numbered sections: no section is an award ------------------------------------------------

def test_every_section_of_a_proposed_list_gives_nothing():
    text = ("省林业局组织开展了2023年森林乡村、绿色示范村评选工作。现将拟确定名单公示如下：\n\n"
            "一、2023年省级森林乡村（3个）\n\n青石村、白沙村、红岩村\n\n"
            "二、2023年省级绿色示范村（2个）\n\n东坪村、西坪村\n\n"
            "三、2023年省级生态文化村（2个）\n\n南山村、北山村\n\n"
            "公示期为5月7日至13日。如有异议，请实名反映。\n")
    assert awards(text, DAY) == []


def test_sections_closed_by_a_notice_period_line_give_nothing():
    text = ("经县级申报、市级审核，省文旅厅评审，名单如下：\n"
            "一、省级旅游休闲街区（2个）\n河口老街、古城步行街\n"
            "二、省级夜间文化和旅游消费集聚区（2个）\n滨江夜市、月湖夜游区\n"
            "公示时间：2024年5月6日至5月12日。\n")
    assert awards(text, DAY) == []


def test_a_proposal_title_over_one_per_line_sections_gives_nothing():
    text = ("关于2024年度市级文明单位拟命名名单的公示\n"
            "经各单位申报、初审，拟命名以下单位为市级文明单位，现予以公示：\n"
            "一、机关单位\n市税务局\n市气象局\n二、企业\n丰溪电力公司\n")
    assert awards(text, DAY) == []


def test_the_same_sections_published_as_final_are_read():
    text = ("经评审，现将2023年省级森林乡村名单公布如下：\n\n"
            "一、2023年省级森林乡村（2个）\n\n青石村、白沙村\n\n"
            "二、2023年省级绿色示范村（2个）\n\n东坪村、西坪村\n")
    found = awards(text, DAY)
    assert [(a[0][:6], a[2]) for a in found] == [("省级森林乡村", "青石村"), ("省级森林乡村", "白沙村"),
                                                  ("省级绿色示范", "东坪村"), ("省级绿色示范", "西坪村")]


# --- a speech quote holding several sentences -----------------------------------------------------------------------

def test_sentences_inside_an_unclosed_speech_quote_are_read_one_by_one():
    text = ("来源：丰溪县融媒体中心\n县工信局局长王明说，“2023年我县企业产值突破30亿元，规上企业15家；"
            "竹木产业集群纳入了省级中小企业特色产业集群培育名单。获得了全省工业稳增长先进县称号。\n")
    found = full(text, DAY)
    assert [(a[0], a[2], a[3]) for a in found] == [("省级中小企业特色产业集群培育名单", "竹木产业集群", "provincial"),
                                                   ("全省工业稳增长先进县", "丰溪县", "provincial")]


def test_a_quoted_goal_or_application_gives_nothing():
    text = "局长表示，“下一步，我们将积极申报省级特色产业集群。力争获得全省工业稳增长先进县称号。”\n"
    assert awards(text, DAY) == []


def test_a_closed_one_sentence_quote_is_left_as_it_was():
    assert awards("他说：“丰溪县荣获全国文明城市称号。”", DAY) == [("全国文明城市", None, "丰溪县")]


# --- a level-led group's grade --------------------------------------------------------------------------------------

def test_a_grade_of_a_group_named_by_its_tier():
    assert full("县招商专班获得了市专班考评一等奖。", DAY)[0][:4] == ("市专班考评", "一等奖", "县招商专班", "municipal")
    found = full("县安全生产专组获得了市专组三等奖。", DAY)
    assert [(a[0], a[1], a[2], a[3]) for a in found] == [("市专组", "三等奖", "县安全生产专组", "municipal")]


def test_a_contest_group_without_a_tier_or_a_ranking_gives_nothing():
    assert awards("甲公司获得产品设计组铜奖。", DAY) == []
    assert awards("县招商专组在全市考核中排名第二。", DAY) == []


# --- an annex's file names -------------------------------------------------------------------------------------------

def test_annex_file_names_are_no_roster():
    text = ("省文旅厅确定了第三批省级旅游名镇名单，现予公布。\n\n附件:\n\n  1.第三批省级旅游名镇名单.docx\n\n"
            "  2.第二批省级旅游名村名单.pdf\n\n  3.第一批省级旅游重\n")
    assert awards(text, DAY) == []


def test_an_annex_heading_named_by_its_file_over_its_roster_is_still_read():
    text = "附件：2023年省级旅游名镇名单.docx\n江南省：东岭镇、南坪镇\n"
    assert [a[2] for a in awards(text, DAY)] == ["东岭镇", "南坪镇"]


# --- a list of honours cut by a comma, closed by 等…荣誉 -------------------------------------------------------------

def test_honours_listed_past_a_comma_go_to_the_same_holder():
    text = ("2022年，丰溪县先后荣获全国农村综合性改革试点试验县、全国数字乡村整县推进试点县,"
            "全省平安建设先进县、省级园林县城等多项省部级荣誉。")
    assert [(a[0], a[2], a[3]) for a in full(text, DAY)] == [
        ("全国农村综合性改革试点试验县", "丰溪县", "national"), ("全国数字乡村整县推进试点县", "丰溪县", "national"),
        ("全省平安建设先进县", "丰溪县", "provincial"), ("省级园林县城", "丰溪县", "provincial")]


def test_a_clause_after_the_comma_that_is_no_list_of_honours_gives_nothing_more():
    text = "丰溪县荣获全国文明城市称号,全县上下干劲十足、信心百倍等多项工作成效明显。"
    assert awards(text, DAY) == [("全国文明城市", None, "丰溪县")]
    text = "丰溪县荣获全国文明城市称号,力争创成省级园林县城、省级卫生县城等荣誉。"
    assert awards(text, DAY) == [("全国文明城市", None, "丰溪县")]


def test_a_project_pushed_forward_is_still_cut_off():
    assert awards("丰溪县获评全省项目推进先进县。", DAY) == [("全省项目推进先进县", None, "丰溪县")]


# --- a district's list led by a bare 区 ------------------------------------------------------------------------------

def test_a_bare_district_lead_ranks_the_whole_list():
    found = full("甲物流、乙银行等一批企业荣获区优秀物流企业、优秀纳税企业等称号。", DAY)
    assert {(a[0], a[3]) for a in found} == {("区优秀物流企业", "county"), ("优秀纳税企业", "county")}


def test_a_first_title_with_a_level_word_does_not_rank_the_rest():
    found = full("甲公司荣获省级文明单位、诚信示范企业等称号。", DAY)
    assert [(a[0], a[3]) for a in found] == [("省级文明单位", "provincial"), ("诚信示范企业", None)]


def test_a_district_area_is_no_tier():
    assert awards("区域品牌建设成效明显。", DAY) == []


# --- a street's year summary: a subjectless honour is the street's; honours counted after it --------------------------

def test_a_street_summary_gives_its_subjectless_honour_to_the_street():
    text = ("西湖街道2023年工作总结和2024年工作思路\n信息来源：西湖街道\n"
            "一年来，较好完成了各项目标。获得国家级健康促进社区试点及省级荣誉5项、市级荣誉2项。\n")
    assert [(a[0], a[2], a[3]) for a in full(text, DAY)] == [("国家级健康促进社区试点", "西湖街道", "national")]


def test_honours_only_counted_give_nothing():
    text = "西湖街道2023年工作总结\n信息来源：西湖街道\n全年获得省级荣誉5项、市级荣誉2项。\n"
    assert awards(text, DAY) == []


# --- a short zone name; 备案首批; 获批…产业集群 ------------------------------------------------------------------------

def test_a_bare_zone_name_is_the_zone_the_report_names():
    text = ("青山高新区：创新引领发展\n青山高新区全力推进项目建设。\n"
            "高新区获批智能装备制造创新型产业集群,丰源材料备案首批省级中试基地。\n")
    assert [(a[0], a[2], a[3]) for a in full(text, DAY)] == [("智能装备制造创新型产业集群", "青山高新区", None),
                                                             ("省级中试基地", "丰源材料", "provincial")]


def test_records_and_funds_are_no_designation():
    assert awards("甲项目已完成备案，乙公司备案了省级技改项目。", DAY) == []
    assert awards("高新区获批产业集群发展专项资金2000万元。", DAY) == []
    assert awards("甲公司正在申请备案首批省级中试基地。", DAY) == []


def test_a_bare_zone_name_stays_when_the_text_names_two_zones():
    text = "青山高新区与白水高新区合作。高新区获批省级知识产权示范园区。\n"
    assert awards(text, DAY) == [("省级知识产权示范园区", None, "高新区")]


# --- review of the second pass: the reviewer's probes kept as regressions -------------------------------------------

def test_a_joined_list_whose_holders_are_all_set_aside_does_not_crash():
    text = "《2023中国民营企业500强榜单》正式发布。甲科技跻身中国民营企业500强。\n"
    assert awards(text, DAY) == [("中国民营企业500强", None, "甲科技")]
    assert awards("《2023中国民营企业500强榜单》正式发布。综合实力跻身中国民营企业500强。\n", DAY) == []


def test_a_joined_list_ranked_per_holder_keeps_its_ranks():
    text = "《2023中国县域经济百强榜》正式发布。东阳市、义乌市跻身全国百强县，分别位列第36位、第8位。\n"
    assert awards(text, DAY) == [("全国百强县", "第36位", "东阳市"), ("全国百强县", "第8位", "义乌市")]


_FINAL_SECTIONS = ("经评审，现将2023年省级森林乡村名单公布如下：\n\n一、2023年省级森林乡村（2个）\n\n青石村、白沙村\n\n"
                   "二、2023年省级绿色示范村（2个）\n\n东坪村、西坪村\n\n")


def test_a_final_list_closed_by_a_finished_notice_period_is_read():
    found = awards(_FINAL_SECTIONS + "以上名单已于2月1日至7日予以公示，公示期内无异议。\n", DAY)
    assert [a[2] for a in found] == ["青石村", "白沙村", "东坪村", "西坪村"]


def test_a_final_list_over_a_signature_and_a_related_notice_is_read():
    text = _FINAL_SECTIONS + "省林业局\n2024年3月1日\n\n关于2024年省级森林乡村拟认定名单的公示\n公示期为3月5日至11日。\n"
    assert [a[2] for a in awards(text, DAY)] == ["青石村", "白沙村", "东坪村", "西坪村"]


def test_a_list_published_as_final_stays_final_over_a_later_notice_line():
    found = awards(_FINAL_SECTIONS + "公示时间另行通知的2024年名单不在此列。\n", DAY)
    assert [a[2] for a in found] == ["青石村", "白沙村", "东坪村", "西坪村"]


def test_a_past_proposal_then_a_final_list_is_final():
    text = ("拟认定名单已于4月公示，公示期满无异议。现将名单公布如下：\n一、2023年省级森林乡村（2个）\n青石村、白沙村\n"
            "二、2023年省级绿色示范村（1个）\n东坪村\n")
    assert [a[2] for a in awards(text, DAY)] == ["青石村", "白沙村", "东坪村"]


def test_sections_under_no_final_lead_with_a_notice_period_far_below_give_nothing():
    text = ("省林业局开展了2023年森林乡村评选。现将名单列出：\n一、2023年省级森林乡村（2个）\n青石村\n白沙村\n"
            "二、2023年省级绿色示范村（2个）\n东坪村\n西坪村\n三、2023年省级生态文化村（1个）\n南山村\n"
            "公示期为5月7日至13日，如有异议请反映。\n")
    assert awards(text, DAY) == []


def test_an_annex_file_name_over_names_printed_under_it_heads_a_roster():
    text = "省文旅厅公布了第三批省级旅游名镇名单。\n附件:\n1.第三批省级旅游名镇名单.docx\n东岭镇、南坪镇、北河镇\n"
    assert [a[2] for a in awards(text, DAY)] == ["东岭镇", "南坪镇", "北河镇"]
    text = "市政府决定命名一批市级文明村。\n附件：\n1.2023年度市级文明村名单.xlsx\n2.2023年度市级文明单位名单.xlsx\n"
    assert awards(text, DAY) == []


def test_a_run_on_clause_about_other_holders_gives_the_holder_nothing_more():
    for text in ("丰溪县荣获全国文明城市称号，下辖青石村省级文明村、东岭镇市级文明镇等多项荣誉。",
                 "丰溪县荣获全国文明城市称号，曾被撤销的省级园林县城、省级卫生县城等称号。"):
        assert awards(text, DAY) == [("全国文明城市", None, "丰溪县")]
    text = "甲公司荣获省级专精特新企业，乙公司省级技术创新示范企业、市级绿色工厂等荣誉称号。"
    assert awards(text, DAY) == [("省级专精特新企业", None, "甲公司")]
    text = "甲公司荣获国家级绿色工厂，总经理张三个人全国劳动模范、省级优秀企业家等荣誉称号。"
    assert awards(text, DAY) == [("国家级绿色工厂", None, "甲公司")]


def test_a_run_on_clause_of_a_person_goes_on():
    text = "张华先后荣获全国劳动模范、全国五一劳动奖章，省级优秀共产党员、市级道德模范等荣誉称号。"
    assert [a[0] for a in awards(text, DAY)] == ["全国劳动模范", "全国五一劳动奖章", "省级优秀共产党员", "市级道德模范"]


def test_a_zone_named_only_in_a_visit_is_no_holder():
    for text in ("丰溪县考察团赴合肥高新区考察学习。\n高新区获批省级知识产权示范园区。\n",
                 "县委书记调研高新区建设。\n高新区获批省级知识产权示范园区。\n",
                 "市领导带队督查高新区项目建设。\n高新区获批省级知识产权示范园区。\n",
                 "青山经开区与白水高新区签署合作协议。高新区获批省级知识产权示范园区。\n"):
        assert awards(text, DAY) == [("省级知识产权示范园区", None, "高新区")]
    text = "丰溪国家高新区2023年工作总结\n高新区获批省级知识产权示范园区。\n"
    assert awards(text, DAY) == [("省级知识产权示范园区", None, "丰溪国家高新区")]


def test_the_body_that_files_a_list_holds_nothing():
    assert awards("省科技厅备案首批省级科技企业孵化平台。\n", DAY) == []
    assert awards("市科技局备案第二批市级星创天地服务平台，丰溪县甲合作社入选。\n", DAY) == [
        ("市级星创天地服务平台", None, "丰溪县甲合作社")]
    assert awards("甲公司成功备案首批省级工程研究中心。\n", DAY) == [("省级工程研究中心", None, "甲公司")]


def test_a_tier_lead_ranks_only_titles_of_its_kind():
    found = full("甲公司荣获区优秀企业、高新技术企业等称号。", DAY)
    assert [(a[0], a[3]) for a in found] == [("区优秀企业", "county"), ("高新技术企业", None)]
    found = full("甲公司荣获省先进集体、优秀党支部、专精特新企业等称号。", DAY)
    assert ("专精特新企业", None) in [(a[0], a[3]) for a in found]


def test_a_byline_or_summary_home_takes_no_honour_of_another_holder():
    for text in ("来源：乙县融媒体中心\n近日，丙县举行表彰大会。会上传来喜讯，荣获全省平安县称号。\n",
                 "来源：丰溪县融媒体中心\n青石村依托竹林资源发展民宿经济。去年，成功获评省级美丽乡村特色精品村。\n",
                 "西湖街道2023年工作总结和2024年工作思路\n信息来源：西湖街道\n"
                 "辖区青石村积极开展人居环境整治，村容村貌明显改善。获评省级美丽乡村特色精品村。\n",
                 "青山镇2023年工作总结\n一、经济发展\n青山镇甲公司投资5亿元建设新厂房。今年3月，获评国家级绿色工厂。\n"):
        assert awards(text, DAY) == []
    text = "来源：丰溪县融媒体中心\n近日，省政府公布2023年度全省营商环境评价结果，丽水市获评优秀。同时，获评全省营商环境改革先行市。\n"
    assert [a[2] for a in awards(text, DAY)] == ["丽水市"]
    text = ("来源：丰溪县融媒体中心\n9月10日，第39个教师节表彰大会召开，县实验小学教师王芳作为代表发言。"
            "今年，她荣获全国优秀教师称号。\n")
    assert awards(text, DAY) == []


def test_a_byline_or_summary_home_still_holds_its_own_honour():
    text = "东岭镇2023年工作总结\n一年来，东岭镇扎实推进各项工作。荣获省级卫生乡镇称号。\n"
    assert awards(text, DAY) == [("省级卫生乡镇", None, "东岭镇")]
    text = "来源：丰溪县融媒体中心\n近日，省委省政府公布了2023年度平安县名单。我县荣获全省平安县称号，实现三连冠。\n"
    assert awards(text, DAY) == [("全省平安县", None, "丰溪县")]


def test_a_contest_division_is_no_award():
    assert awards("张明同学获得了市小学组一等奖。", DAY) == []
    assert awards("李华获得县青年组二等奖。", DAY) == []


def test_honours_counted_as_titles_many_are_a_tally():
    assert awards("乙村获评全国文明村镇及省级荣誉称号多项。", DAY) == [("全国文明村镇", None, "乙村")]
    assert awards("甲公司荣获省科技进步奖二等奖和各类奖项20余项。", DAY) == [("省科技进步奖", "二等奖", "甲公司")]
