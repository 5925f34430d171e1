"""Round-13 review findings on awards: titles given 分别 stop at a comma and split on 和 / 及; a pointer after several
titles still reads a list its own sentence names; a place named with a numeral and a counter (三家子村, 八所镇) is no
count of kinds; a title's head after 的 (…改革的试点县) ends its name after a subject; a list's rank is not taken from
a document or a body cited (根据《省X厅…》); a heading's full title leaves out the verb before it, and a plan's headings
confer nothing; a winners' table names its winners in one column; one holder restated is one key and one place suffix
(东山镇 / 东山村), and a bare district merges with a city's only while it names one city's; a list of those who failed a
review is no award; 入选X的项目 is a plan's unless X项目 is a title; a sales contest's prize is a prize; a locative
clause is no holder; a title is unabbreviated only from a stock counted; a zone built is no zone's name; one event won,
its person named in the clause before. Positive and negative per class, with timings for the restated merge.

The sentences are written for these tests; none is copied from a notice."""
import datetime as dt

from tests.benchmarks.worstcase import one_holder, restated_awards
from tests.extract.test_real_awards_round6 import awards, full
from warehouse.extract import extract_document
from warehouse.extract.awards.facts import merge_awards

# ---- finding 1: 分别被评为A和B / 分别认定为A、B，有效期三年: each group its title, the titles end at a comma


def test_titles_given_in_order_split_on_he_and_stop_at_a_comma():
    text = "石湾县等4个县、北坡区等3个区分别被评为省级卫生县城和省级卫生城区。"
    assert awards(text) == [("省级卫生县城", None, "石湾县"), ("省级卫生城区", None, "北坡区")]
    text = "石湾县等4个县、北坡区等3个区分别被评为省级卫生县城及省级卫生城区。"
    assert awards(text) == [("省级卫生县城", None, "石湾县"), ("省级卫生城区", None, "北坡区")]
    # the clause after the comma is read on its own (its group and title kept)
    text = "石湾县等4个县、北坡区等3个区分别被评为省级卫生县城和省级卫生城区，梨花镇等6个镇被评为省级卫生乡镇。"
    assert awards(text) == [("省级卫生县城", None, "石湾县"), ("省级卫生城区", None, "北坡区"), ("省级卫生乡镇", None, "梨花镇")]
    text = "红岩科技有限公司等5家企业、桃源电子有限公司等2家企业分别认定为省级高新技术企业、省级科技型中小企业，有效期三年。"
    assert awards(text) == [("省级高新技术企业", None, "红岩科技有限公司"), ("省级科技型中小企业", None, "桃源电子有限公司")]
    text = "红岩科技有限公司等5家企业、桃源电子有限公司等2家企业分别认定为省级高新技术企业和省级科技型中小企业，有效期三年。"
    assert awards(text) == [("省级高新技术企业", None, "红岩科技有限公司"), ("省级科技型中小企业", None, "桃源电子有限公司")]


def test_a_title_with_he_inside_it_stays_whole():
    # 文化和旅游: no title on either side of the 和, one title for both groups
    text = "石湾县等4个县、北坡区等3个区分别被评为国家文化和旅游消费示范城市。"
    assert {a[0] for a in awards(text)} == {"国家文化和旅游消费示范城市"}
    # a proposal is still none
    assert awards("石湾县等4个县、北坡区等3个区分别拟认定为省级卫生县城和省级卫生城区。") == []


# ---- finding 2: a pointer after a sentence of several titles reads the list its own sentence names


def test_a_pointer_reads_the_list_its_sentence_publishes_after_several_titles():
    text = ("红岩村先后获得省级文明村、省级卫生村称号。日前，文化和旅游部公布了2023年全国乡村旅游重点村名单，"
            "红岩村名列其中。")
    found = full(text, dt.date(2024, 3, 1))
    assert ("全国乡村旅游重点村名单", None, "红岩村", "national", "2023") in found
    text = ("北坡县去年获评国家园林县城和省级生态县。今年2月，水利部公布第五批国家水土保持示范县名单，北坡县成功入选。")
    assert ("第五批国家水土保持示范县名单", "北坡县", "2024-02") in [(a[0], a[2], a[4]) for a in full(text, dt.date(2024, 5, 1))]


def test_a_bare_pointer_after_several_titles_still_says_nothing():
    text = "红岩村先后获得省级文明村、省级卫生村称号。近日，红岩村再次榜上有名。"
    assert {a[0] for a in awards(text)} == {"省级文明村", "省级卫生村"}
    text = ("省文明委决定，授予石湾市等8个城市省级文明城市称号，授予北坡县等6个县省级文明县城称号。"
            "我市梨花市、桃源县获评。")
    assert {a[2] for a in awards(text)} == {"石湾市", "北坡县"}


# ---- finding 3: 三家子村, 八所镇, 四户村, 五家渠市 are names; 我县有12个文明村、单位 counts kinds


def test_places_named_with_a_numeral_and_a_counter_hold_their_titles():
    assert awards("五家渠市、昌吉市入选国家园林城市。") == [("国家园林城市", None, "五家渠市"), ("国家园林城市", None, "昌吉市")]
    assert awards("日前，梨花镇三家子村、桃源镇王家村获评省级卫生村。") == [
        ("省级卫生村", None, "梨花镇三家子村"), ("省级卫生村", None, "桃源镇王家村")]
    assert awards("八所镇、石湾镇入选全国特色小镇。") == [("全国特色小镇", None, "八所镇"), ("全国特色小镇", None, "石湾镇")]
    assert awards("三家村、王家村入选省级传统村落。") == [("省级传统村落", None, "三家村"), ("省级传统村落", None, "王家村")]
    assert awards("梨花镇四户村、红岩村获评省级卫生村。") == [("省级卫生村", None, "梨花镇四户村"), ("省级卫生村", None, "红岩村")]


def test_kinds_counted_with_their_lead_are_no_holders():
    assert awards("此外，我县有12个文明村镇、单位、家庭同时上榜。") == []
    assert awards("全市共有3家企业、2个村同时上榜。") == []
    assert awards("其中5所学校、2个社区获评省级绿色学校。") == []
    assert awards("北坡县两个村入选全国传统村落。") == []


# ---- finding 4: …改革的试点县 after a subject: the head ends the title; a place qualified with no subject: none


def test_a_titles_head_after_de_ends_its_name_after_a_subject():
    assert awards("北坡县被确定为全国数字乡村建设的试点县。") == [("全国数字乡村建设的试点县", None, "北坡县")]
    assert awards("北坡县被命名为全省首批医养结合的样板县。") == [("全省首批医养结合的样板县", None, "北坡县")]
    assert awards("红岩村被评为中国最具人气的生态乡村。") == [("中国最具人气的生态乡村", None, "红岩村")]
    assert awards("北坡县荣获“中国最具幸福感的宜居城市”称号。") == [("中国最具幸福感的宜居城市", None, "北坡县")]


def test_a_place_after_de_with_no_subject_or_after_chengwei_is_no_title():
    assert awards("今年被确定为石湾市新材料产业园的北坡东城新区计划总投资15亿元。") == []
    assert awards("梨花市也成为某集团在我省落户的首个地级城市。") == []
    # after a subject, words after 的 that name no title (a place of another name): none
    assert awards("北坡县被确定为石湾市新材料产业园的北坡东城新区。") == []


# ---- finding 5: a list's rank is not its cited document's or a body it follows; the issuer's own


def test_a_list_is_not_ranked_by_a_document_it_cites():
    text = ("关于公布2023年度森林村庄名单的通知\n根据《省林业局关于开展森林村庄创建的通知》要求，经乡镇推荐、县级评审，"
            "现将2023年度森林村庄名单公布如下。\n附件：2023年度森林村庄名单\n红岩村、王家村")
    assert {a[3] for a in full(text)} == {None}
    text = ("关于公布2023年度森林村庄名单的通知\n按照市政府工作部署，县林业局开展了评选，现将名单公布如下。\n"
            "附件：2023年度森林村庄名单\n红岩村、王家村")
    assert {a[3] for a in full(text)} == {None}


def test_a_list_is_ranked_by_the_body_that_issues_or_signs_it():
    text = ("北坡县林业局关于公布2023年度森林村庄名单的通知\n经省林业局审核，现将名单公布如下。\n"
            "附件：2023年度森林村庄名单\n红岩村、王家村")
    assert {a[3] for a in full(text)} == {"county"}
    # a notice that relays another's list: ranked by the body that issued it
    text = ("北坡县林业局关于转发《省自然资源厅关于公布2023年度森林村庄名单的通知》的通知\n经省自然资源厅审核，现将名单公布如下。\n"
            "附件：2023年度森林村庄名单\n红岩村、王家村")
    assert {a[3] for a in full(text)} == {"provincial"}
    text = ("关于公布2023年度森林村庄名单的通知\n现将名单公布如下。\n附件：2023年度森林村庄名单\n红岩村、王家村\n"
            "石湾市林业局\n2024年1月8日")
    assert {a[3] for a in full(text)} == {"municipal"}
    # a body that reviewed the list, named in the text and cited nowhere, still ranks it
    text = ("关于公布2023年度森林村庄名单的通知\n经省自然资源厅审核，现将名单公布如下。\n附件：2023年度森林村庄名单\n红岩村、王家村")
    assert {a[3] for a in full(text)} == {"provincial"}


# ---- finding 6: a heading's full title leaves out the verb before it; a plan's headings confer nothing


def test_a_headings_full_title_leaves_out_the_verb_before_it():
    text = ("关于公布共同富裕“百村千户”示范县、乡名单的通知\n经评审，确定共同富裕“百村千户”示范县、乡。\n附件\n"
            "示范县（2个）\n北坡县、石湾县\n示范乡（2个）\n梨花乡、桃源乡")
    found = awards(text)
    assert [a[0] for a in found] == ["共同富裕“百村千户”示范县"] * 2 + ["共同富裕“百村千户”示范乡"] * 2
    # nothing left but the verb before the head: no full name, no heading
    text = "关于表彰2023年度防汛工作先进单位的决定\n经研究，决定表彰先进县和先进乡镇。\n先进县（2个）\n北坡县、石湾县"
    assert awards(text) == []


def test_a_verb_inside_a_titles_name_stays():
    text = "此次评选的省级森林城市创建先进县、乡。\n先进县（2个）\n北坡县、石湾县"
    assert {a[0] for a in awards(text)} == {"省级森林城市创建先进县"}


def test_a_plans_headings_confer_nothing():
    text = "关于印发2024年农业农村工作要点的通知\n开展数字乡村试点县建设。\n一、试点县（2个）\n北坡县、石湾县"
    assert awards(text) == []
    text = "关于印发《北坡县乡村振兴实施方案》的通知\n推进共同富裕示范县创建。\n示范县（2个）\n北坡县、石湾县"
    assert awards(text) == []


# ---- finding 7: a winners' table names its winners in one column, chosen once for the table


def test_a_winners_table_takes_one_column_on_every_row():
    text = ("2023年全市中小学生书法比赛获奖名单\n一等奖\n1  美丽家园  北坡县第一中学  赵刚、钱芳\n"
            "2  绿水青山  石湾县实验小学  孙丽")
    assert [a[2] for a in awards(text)] == ["赵刚", "钱芳", "孙丽"]
    # the header names the column, and is no winner
    text = ("2023年全市中小学生书法比赛获奖名单\n一等奖\n序号  作品名称  学校  作者\n1  美丽家园  北坡县第一中学  赵刚\n"
            "2  绿水青山  石湾县实验小学  孙丽")
    assert [a[2] for a in awards(text)] == ["赵刚", "孙丽"]
    # a school's name of four characters is no person's column
    text = "2023年全市中小学生书法比赛获奖名单\n二等奖\n3  春风十里  石湾中学  吴强"
    assert [a[2] for a in awards(text)] == ["吴强"]
    # the event, the person, the employer: the person (one row is enough)
    text = "2023年全市职业技能大赛获奖名单\n一等奖\n焊工项目  周明  北坡重工有限公司"
    assert [a[2] for a in awards(text)] == ["周明"]


def test_a_table_with_no_column_of_people_names_no_person():
    text = "第五届全省农产品博览会获奖名单\n金奖\n北坡高山茶  北坡茶业公司  北坡县\n石湾蜜橘  石湾合作社  石湾县"
    assert "石湾蜜橘" not in [a[2] for a in awards(text)]


# ---- finding 8: one holder restated: one key and one place suffix; linear in the namings


def test_a_town_and_its_seat_village_are_two_holders():
    text = "梨花镇获评全国文明村镇。梨花村获评第六届全国文明村镇。"
    assert awards(text) == [("全国文明村镇", None, "梨花镇"), ("第六届全国文明村镇", None, "梨花村")]
    # one town named twice, once in full and once by the end of the title: one fact
    assert awards("梨花镇获评全国文明村镇。梨花镇获评第六届全国文明村镇。") == [("全国文明村镇", None, "梨花镇")]
    # its city before it, or its headline's short form without its suffix: still one holder
    text = "石湾市梨花镇获评第六届全国文明村镇。梨花获评全国文明村镇。"
    assert awards(text) == [("全国文明村镇", None, "石湾市梨花镇")]


# (how the time of these two grows is a benchmark: tests/benchmarks/worstcase.py)

def test_the_restated_merge_keeps_one_fact_per_title():
    merged = merge_awards(restated_awards(1000))
    assert len(merged) == 1000  # 全国第1类示范企业 and 第1类示范企业: one fact each
    assert {a.award.removeprefix("全国") for a in merged} == {f"第{i}类示范企业" for i in range(1000)}


def test_a_long_notice_of_one_holder_gives_each_title_once():
    found = extract_document(one_holder(300), published=dt.date(2024, 2, 1)).awards
    assert len(found) == 300
    assert {a.recipient for a in found} == {"北坡科技有限公司"}


# ---- finding 9: a bare district merges with a city's only while it names one city's


def test_a_bare_district_under_another_citys_label_is_another_district():
    text = "附件：2023年国家园林城镇名单\n天津市：和平区、河西区\n辽宁省：沈阳市和平区"
    assert [a[2] for a in awards(text)] == ["和平区", "河西区", "沈阳市和平区"]
    text = "附件：2023年国家园林城镇名单\n辽宁省：沈阳市和平区\n天津市：和平区、河西区"
    assert [a[2] for a in awards(text)] == ["沈阳市和平区", "和平区", "河西区"]
    text = "杭州市西湖区获评国家园林城区，南昌市西湖区获评国家园林城区，西湖区获评国家园林城区。"
    assert [a[2] for a in awards(text)] == ["杭州市西湖区", "南昌市西湖区", "西湖区"]


def test_a_bare_district_of_one_city_is_that_citys():
    assert awards("杭州市西湖区获评国家园林城区。西湖区获评国家园林城区。") == [("国家园林城区", None, "杭州市西湖区")]
    text = "附件：2023年国家园林城镇名单\n成都市：温江区\n成都市温江区"
    assert [a[2] for a in awards(text)] == ["温江区"]


# ---- finding 10: a list of those who failed a review, or lost or must fix their title, is no award


def test_a_list_of_those_who_failed_a_review_is_no_award():
    assert awards("近日，市文明委公布了复查不合格的市级文明单位名单，北坡科技有限公司名列其中。") == []
    assert awards("在此次复评被撤销称号的省级卫生村名单中，红岩村名列其中。") == []
    assert awards("在复核确认需要限期整改的省级卫生村名单中，红岩村名列其中。") == []
    # a list of those who passed: the title
    assert awards("近日，市文明委公布了复查合格的市级文明单位名单，北坡科技有限公司名列其中。") == [
        ("市级文明单位", None, "北坡科技有限公司")]


# ---- finding 11: 入选X的项目有A、B: a plan's works, unless X项目 is a title


def test_projects_entered_into_a_plan_are_no_holders():
    assert awards("其中，入选省重大产业的项目有北坡新能源、石湾电子两个。") == []
    assert awards("入选省级重点的项目为北坡大桥和石湾隧道。") == []
    assert awards("入选市重点建设的项目有北坡大桥、石湾隧道。") == []
    assert awards("获评省级优秀案例的项目有北坡新能源、石湾电子。") == [
        ("省级优秀案例", None, "北坡新能源"), ("省级优秀案例", None, "石湾电子")]


# ---- finding 12: a sales contest's prize is a prize; a sales ranking is none


def test_a_sales_contests_prize_is_a_prize():
    assert awards("北坡公司员工赵刚荣获全市家电销售技能大赛冠军。") == [("全市家电销售技能大赛", "冠军", "赵刚")]
    assert awards("北坡汽车有限公司夺得一季度累计销量冠军。") == []
    assert awards("北坡汽车有限公司荣获全省销售额第一。") == []


# ---- finding 13: a locative clause before a list is no holder


def test_a_locative_clause_before_a_list_is_no_holder():
    text = "在梨花镇，红岩村、王家村等被评为省级森林村庄。"
    assert awards(text) == [("省级森林村庄", None, "红岩村"), ("省级森林村庄", None, "王家村")]
    # a lone place before the list is its first member
    text = "我县梨花镇，桃源镇红岩村、石湾镇王家村等被授予全国民主法治示范村镇称号。"
    assert [a[2] for a in awards(text)] == ["梨花镇", "桃源镇红岩村", "石湾镇王家村"]


# ---- finding 14: a title is unabbreviated only from a stock counted, not another holder's or one aimed at


def test_an_abbreviated_title_is_not_taken_from_another_holder_or_an_aim():
    text = "石湾县获评省级“平安交通”示范县，今年北坡县获评省级示范县。"
    assert ("省级示范县", None, "北坡县") in awards(text)
    text = "北坡县争创省级“清廉村居”示范县取得成效。近日，北坡县获评省级示范县。"
    assert awards(text) == [("省级示范县", None, "北坡县")]
    text = "全县已累计建成6个省级“四好农村路”示范乡，今年梨花乡又获评省级示范乡。"
    assert awards(text) == [("省级“四好农村路”示范乡", None, "梨花乡")]


# ---- finding 15: a zone built or invested in names no zone


def test_a_zone_built_is_no_zones_name():
    text = "北坡县与石湾县签订协议，共建生态园区。目前，园区已获评省级绿色园区。"
    assert [a[2] for a in awards(text)] == ["园区"]
    text = "去年，北坡县投资8亿元建设新能源产业园。目前，园区已获评省级特色产业园。"
    assert [a[2] for a in awards(text)] == ["园区"]
    # a zone named as the subject of its clause, pointed at later: the zone
    text = "今年被确定为石湾市新材料产业园的北坡东城新区，计划总投资15亿元。目前，园区已成功获批为“江南省新材料示范基地”。"
    assert awards(text) == [("江南省新材料示范基地", None, "北坡东城新区")]


# ---- (a holder's name, as the findings' wordings showed it: 北坡县去年获评…: the year is no part of the name)


def test_a_time_after_the_holder_is_no_part_of_its_name():
    assert awards("北坡县去年获评国家园林县城和省级生态县。") == [("国家园林县城", None, "北坡县"), ("省级生态县", None, "北坡县")]
    assert awards("北坡县日前获评国家园林县城。") == [("国家园林县城", None, "北坡县")]


# ---- finding 17: one event won, its person named in the clause before


def test_one_event_won_by_the_person_named_just_before():
    text = "在第三届全市职业技能大赛上，北坡技师学院选手周明，在车工项目中获得金牌。"
    assert awards(text) == [("全市职业技能大赛", "金牌", "周明")]


def test_events_counted_or_a_team_or_two_people_name_no_winner():
    assert awards("本届大赛共设20个赛项，北坡技师学院代表队，在车工、钳工2个项目上获得银牌。") == []
    assert awards("在第三届全市职业技能大赛上，北坡技师学院代表队，在车工项目中获得金牌。") == []
    assert awards("在第三届全市职业技能大赛上，北坡技师学院选手周明、吴强，在车工项目中获得金牌。") == []
