"""Awards, round 13: classes found on fresh real notices (an annex roster grouped by city under a decision, titles kept
after a review paired with counted groups, holders after 的乡村 / 的产品 分别是, a kept title's list after 除…外, a pointer
after several titles, comma runs of names, counted kinds, medal tallies, a town's or a banner's own report, a goal in
quotes, a sales ranking, an abbreviated title, a past list inside a 公示 notice, a zone pointed at, a title named by its
head under a counted heading, people at their posts across commas, an honour named twice). Each test is one class, in
sentences written for the test, with wordings the rule must not fire on."""
import datetime as dt

from tests.extract.test_real_awards_round6 import awards, full


def test_an_annex_roster_grouped_by_city_lists_the_group_a_decision_named():
    # 决定认定A等N个县为X … 附：X名单 / 城市：县、县: the roster's holders are the decision's group, the title the decision's
    text = ("根据验收结果和公示情况，决定认定清州市丰溪区等5个县（市、区）为第二批省级生态旅游示范区。\n附：\n"
            "第二批江南省生态旅游示范区名单\n清州市：丰溪区、青山县\n江城市：南坪县\n临江州：东岭县、西岭县\n（来源：江南日报）")
    found = full(text)
    assert [a[2] for a in found] == ["清州市丰溪区", "青山县", "南坪县", "东岭县", "西岭县"]
    assert {a[0] for a in found} == {"省级生态旅游示范区"} and {a[3] for a in found} == {"provincial"}
    # no decision before it: the roster's own heading names the list, and the source line closes it
    text = "第二批江南省生态旅游示范区名单\n清州市：丰溪区、青山县\n（来源：江南日报）"
    assert [a[2] for a in full(text)] == ["丰溪区", "青山县"]
    # a decision still under 公示 confers nothing (公示情况 is how a 公示 went; 现予以公示 is one under way)
    assert awards("决定认定清州市丰溪区等5个县（市、区）为第二批省级生态旅游示范区，现予以公示。") == []
    # a lead of another group is no lead of the roster
    text = ("决定认定江城市南坪县等2个县为省级森林县城。\n第二批江南省生态旅游示范区名单\n清州市：丰溪区、青山县")
    assert {a[0] for a in full(text) if a[2] == "丰溪区"} == {"第二批江南省生态旅游示范区名单"}


def test_an_annex_named_by_its_file_ranks_with_the_body_that_issued_it():
    text = ("经审核，确定20个镇开展农业特色强镇建设。\n农业农村部办公厅\n2021年3月2日\n附件：2021年农业特色强镇建设名单.doc\n"
            "江南省：丰溪县东岭镇、青山县南坪镇")
    found = full(text)
    assert [a[2] for a in found] == ["丰溪县东岭镇", "青山县南坪镇"]
    assert {a[3] for a in found} == {"national"}
    # a document that is no list: no roster
    assert awards("附件：2021年农业特色强镇建设方案.doc\n江南省：丰溪县东岭镇、青山县南坪镇") == []


def test_counted_groups_take_the_titles_kept_after_a_review_one_each_in_order():
    text = ("省文明委对2020届省文明城市、文明单位进行了复查。\n"
            "一、清州市等5个城市、丰溪县人民医院等40个单位及王明家庭等20户家庭经复查合格，分别保留文明城市、文明单位、文明家庭荣誉称号。")
    found = full(text)
    assert [(a[0], a[2]) for a in found] == [("文明城市", "清州市"), ("文明单位", "丰溪县人民医院"), ("文明家庭", "王明家庭")]
    assert {a[3] for a in found} == {"provincial"}
    text = "二、对青山县税务局等12个单位，江城市第一中学等3个单位分别认定为省文明单位、省文明标兵单位。"
    assert awards(text) == [("省文明单位", None, "青山县税务局"), ("省文明标兵单位", None, "江城市第一中学")]
    # titles taken away or warned about, a proposal, and groups that do not pair with the titles: nothing
    assert awards("撤销丰溪县等2个县省文明县城荣誉称号，给予青山县税务局等3个单位黄牌警告。") == []
    assert awards("清州市等5个城市、丰溪县人民医院等40个单位分别拟认定为文明城市、文明单位。") == []
    assert awards("清州市等5个城市、丰溪县人民医院等40个单位经复查合格，分别保留文明城市、文明单位、文明家庭荣誉称号。") == []


def test_holders_listed_after_the_kind_they_are():
    # 入选X名单的乡村分别是：A、B / 获金奖的产品分别是：A的P、B的Q和C的R: a fair's grade, its products
    text = "今年，江南入选全国美丽休闲乡村名单的乡村分别是：丰溪县东岭镇上坑村、青山县南坪镇下坑村。"
    assert [a[2] for a in full(text)] == ["丰溪县东岭镇上坑村", "青山县南坪镇下坑村"]
    text = ("第五届全国茶叶交易会在清州闭幕，我省三产品获大会金奖，江南展团获大会优秀组织奖。"
            "获金奖的产品分别是：丰溪茶业有限公司的云雾茶、青山合作社的白茶和东岭茶场的红茶。")
    found = awards(text)
    assert ("全国茶叶交易会", "金奖", "丰溪茶业有限公司的云雾茶") in found
    assert ("全国茶叶交易会", "金奖", "东岭茶场的红茶") in found and ("优秀组织奖", None, "江南展团") in found
    assert not [a for a in found if a[2] in ("我省三产品", "三产品")]
    # those proposed, listed the same way, hold nothing yet
    assert awards("拟获评省级示范村的乡村分别是：上坑村、下坑村。") == []
    # 经…评选 is how the prizes were chosen, no contest's name
    assert awards("经组委会严格评选，获金奖的产品分别是：丰溪茶业有限公司的云雾茶。") == []


def test_a_kept_titles_list_names_the_rest_after_one_set_aside():
    text = ("此次复查确认继续保留荣誉称号的往届全国文明城市名单共80个，江南省四地市榜上有名，除清州市外，"
            "其他的城市分别是江城市、临江市、东州市。")
    assert awards(text) == [("全国文明城市", None, "江城市"), ("全国文明城市", None, "临江市"), ("全国文明城市", None, "东州市")]
    # places counted, none named: nothing
    assert awards("此次复查确认继续保留荣誉称号的往届全国文明城市名单共80个，江南省四地市榜上有名。") == []


def test_a_pointer_after_several_titles_does_not_say_which():
    text = ("中央文明委决定，授予清州市等20个城市全国文明城市称号，授予丰溪县等10个县全国文明县城称号。"
            "我省江城市、临江市，东岭县、西岭县获评。")
    assert {a[2] for a in full(text)} == {"清州市", "丰溪县"}
    # after one title, 获此殊荣 points to it
    text = "中央文明委决定，授予清州市等20个城市全国文明城市称号。我省江城市、临江市也获此殊荣。"
    assert {a[2] for a in full(text)} == {"清州市", "江城市", "临江市"}


def test_a_list_runs_on_across_a_comma_up_to_its_open_group():
    text = "我市丰溪县东岭镇，青山县南坪镇上坑村、江城县石门镇下坑村等被授予全国文明村镇称号。"
    assert [a[2] for a in full(text)] == ["丰溪县东岭镇", "青山县南坪镇上坑村", "江城县石门镇下坑村"]
    # a firm's branch in a list of bodies is one of them
    text = "丰溪县税务局、国网江南省电力有限公司丰溪县供电公司、丰溪县人民法院等被授予全国文明单位称号。"
    assert [a[2] for a in full(text)] == ["丰溪县税务局", "国网江南省电力有限公司丰溪县供电公司", "丰溪县人民法院"]
    # a clause before that says something else is no part of the list
    text = "丰溪县召开表彰大会，青山县南坪镇上坑村、江城县石门镇下坑村等被授予全国文明村镇称号。"
    assert [a[2] for a in full(text)] == ["青山县南坪镇上坑村", "江城县石门镇下坑村"]


def test_kinds_counted_are_no_holders():
    assert awards("此外，我市有24个文明村镇、单位、家庭、校园同时上榜。") == []
    assert awards("此外，丰溪县东岭村、青山县南坪村同时上榜全国文明村镇。") == [
        ("全国文明村镇", None, "丰溪县东岭村"), ("全国文明村镇", None, "青山县南坪村")]


def test_a_teams_medal_tally_and_the_events_it_won_in_are_no_holders():
    text = ("第二届全国职业技能大赛闭幕。江西代表队获得3金2银和40个优胜奖。"
            "江西选手在焊接、车工2个项目获得金牌。")
    assert awards(text) == []
    # a winners' table row: the event, the person, the employer; the contest named before (not the one a city hosts next)
    text = ("第二届全国职业技能大赛在清州闭幕，承办第三届全国职业技能大赛的江城市接过会旗。\n 金牌\n"
            "焊接项目  王明  丰溪重工有限公司\n车工项目  李华  江南技师学院")
    assert awards(text) == [("全国职业技能大赛", "金牌", "王明"), ("全国职业技能大赛", "金牌", "李华")]


def test_a_towns_or_a_banners_own_report_holds_what_it_reports():
    text = ("2023年东岭镇政府工作报告\n——在东岭镇第十届人民代表大会第三次会议上\n"
            "过去一年，我镇先后荣获省级卫生乡镇、市级平安乡镇等荣誉。")
    assert {a[2] for a in full(text)} == {"东岭镇"}
    text = ("中国共产党东岭镇第十五届代表大会召开，东岭镇106名代表参加会议。\n过去的一年镇党委动员全镇上下抢抓机遇，获评全省人民调解工作先进乡镇，"
            "荣获2023年度全县项目推进先进集体。")
    found = full(text)
    assert [(a[0], a[2]) for a in found] == [("全省人民调解工作先进乡镇", "东岭镇"), ("全县项目推进先进集体", "东岭镇")]
    text = "（江南）2024年清州市青山旗人民政府政府工作报告\n过去一年，青山旗成功跻身国家产粮大县行列。"
    assert [a[2] for a in full(text)] == ["青山旗"]
    # a party committee's office, the government itself, or a town named once in passing, is no home
    assert {a[2] for a in full("东岭镇党委办公室获评全省先进办公室。")} == {"东岭镇党委办公室"}
    text = "中国共产党东岭镇第十五届代表大会召开，东岭镇106名代表参加会议。\n镇政府获评全省法治政府建设先进单位。"
    assert {a[2] for a in full(text)} == {"镇政府"}
    assert awards("东岭镇政府工作报告发布。我镇荣获省级卫生乡镇。") == [("省级卫生乡镇", None, "我镇")]


def test_a_piece_of_a_longer_city_name_is_no_home():
    text = "平青山市召开大会。平青山市荣获全国文明城市称号。荣获“全国文明城市”称号，标志着平青山市文明程度的提升。"
    assert {a[2] for a in full(text)} == {"平青山市"}


def test_a_goal_in_quotes_and_a_sales_ranking_are_no_honours():
    assert awards("镇党委以“再次跻身全国千强镇”为目标，全力抓好项目建设。") == []
    assert awards("丰溪汽车有限公司夺得1-8月累计交付冠军，领跑新势力市场。") == []
    assert awards("丰溪汽车有限公司夺得全国汽车设计大赛冠军。") == [("全国汽车设计大赛", "冠军", "丰溪汽车有限公司")]


def test_an_abbreviated_title_takes_its_quoted_middle_from_the_paragraph():
    text = "在已建成8个省级“美丽公路”示范县的基础上，丰溪县、青山县成功创建省级示范县。"
    assert awards(text) == [("省级“美丽公路”示范县", None, "丰溪县"), ("省级“美丽公路”示范县", None, "青山县")]
    assert awards("丰溪县、青山县成功创建省级示范县。") == [("省级示范县", None, "丰溪县"), ("省级示范县", None, "青山县")]


def test_a_list_published_before_inside_a_notice_of_a_public_notice():
    text = ("近日，文旅部发布《关于公示第二批国家生态旅游示范区名单的公告》，其中，江南省丰溪县位列公示名单。"
            "早在2019年9月，在文旅部公布的首批50家国家生态旅游示范区名单中，江南已有清州市青山区、江城市东岭区2地入选。")
    found = full(text, dt.date(2020, 11, 19))
    assert [(a[0], a[2], a[4]) for a in found] == [("首批国家生态旅游示范区名单", "清州市青山区", "2019-09"),
                                                   ("首批国家生态旅游示范区名单", "江城市东岭区", "2019-09")]
    # the list put to a 公示 stays no award
    text = "近日，文旅部发布《关于公示第二批国家生态旅游示范区名单的公告》，江南省丰溪县、青山县入选。"
    assert awards(text, dt.date(2020, 11, 19)) == []


def test_a_zone_pointed_at_is_the_zone_its_paragraph_named():
    text = ("去年被确定为清州市智能装备产业园的丰溪河西新区，计划总投资28亿元，园区主干道路已启动建设。"
            "目前，园区已成功获批为“江南省智能制造示范基地”。")
    assert awards(text) == [("江南省智能制造示范基地", None, "丰溪河西新区")]
    # what a place was made to be, before 的 and its name, is no honour (a ranked title after 的 is one)
    assert awards("去年被确定为清州市智能装备产业园的丰溪河西新区计划总投资28亿元。") == []
    assert awards("丰溪高新区获评产值排名全省前3位的省级高新区。") == [("产值排名全省前3位的省级高新区", None, "丰溪高新区")]


def test_a_title_named_by_its_head_under_a_counted_heading():
    text = ("此次筛选的乡村振兴“百千万”示范县、乡、村，坚持优中选优。\n示范县（3个）\n丰溪县，青山县，清州市东岭区。\n"
            "示范乡（2个）\n清州市：丰溪县东岭镇，青山县南坪镇；")
    found = awards(text)
    assert [a[2] for a in found] == ["丰溪县", "青山县", "清州市东岭区", "丰溪县东岭镇", "青山县南坪镇"]
    assert [a[0] for a in found] == ["乡村振兴“百千万”示范县"] * 3 + ["乡村振兴“百千万”示范乡"] * 2
    # without the title named before, a head alone is no heading; nor is a line of places without one
    assert awards("示范县（3个）\n丰溪县，青山县，清州市东岭区。") == []
    assert awards("丰溪县，青山县，清州市东岭区。") == []


def test_people_at_their_posts_across_commas_share_the_verb():
    text = ("全国劳动模范和先进工作者表彰大会在北京举行。经过层层推荐，我市丰溪茶叶合作社理事长王明，"
            "青山酒业有限公司车间主任李华，东岭研究所所长、研究员赵强当选为全国劳动模范和先进工作者。")
    assert awards(text) == [("全国劳动模范和先进工作者", None, p) for p in ("王明", "李华", "赵强")]
    # a clause before that says something else, or no ceremony named by both titles: each title its own
    text = "经过层层推荐，丰溪县召开大会，东岭研究所所长赵强当选为全国劳动模范和先进工作者。"
    assert awards(text) == [("全国劳动模范", None, "赵强"), ("先进工作者", None, "赵强")]


def test_an_honour_named_twice_for_one_holder_is_one_fact():
    # a headline's title over the list's edition of it, a headline's short form over the body's full name
    text = "清州市荣获“全国文明城市”称号\n第七届全国文明城市：清州市、丰溪县。"
    assert awards(text) == [("全国文明城市", None, "清州市"), ("第七届全国文明城市", None, "丰溪县")]
    text = ("东岭、南坪两镇成功创建省级样板！\n记者从省领导小组获悉，清州市东岭镇、南坪镇两个城镇，在年度考核中表现优异，"
            "被评为2022年江南美丽城镇省级样板。")
    assert awards(text, dt.date(2022, 12, 22)) == [("省级样板", None, "清州市东岭镇"), ("省级样板", None, "南坪镇")]
    # an edition dated in an earlier year is another award of the title
    text = "清州蝉联“全国文明城市”荣誉称号\n2015年2月，我市首次荣获第四届“全国文明城市”称号。"
    assert len(awards(text, dt.date(2017, 11, 17))) == 2


def test_a_dateline_names_nobody():
    text = "江南网12月22日讯（记者 王明 编辑 李华）今天（12月22日），丰溪县东岭村被评为全国文明村。"
    assert awards(text, dt.date(2022, 12, 22)) == [("全国文明村", None, "丰溪县东岭村")]
    # a clause that lists places, then the honour with no subject of its own: each place
    text = "记者从省领导小组获悉，丰溪县东岭镇、南坪镇、石门镇三个城镇，在年度考核中表现优异，被评为省级美丽城镇样板。"
    assert [a[2] for a in full(text)] == ["丰溪县东岭镇", "南坪镇", "石门镇"]
    # the places are the topic, another holder is named with the verb: that holder only
    assert awards("丰溪县、青山县两地联合举办活动，东岭村被评为全国文明村。") == [("全国文明村", None, "东岭村")]


def test_a_region_that_already_has_members_is_no_member():
    assert awards("截至目前，江南已有丰溪县东岭村、青山县南坪村2地入选全国乡村旅游重点村。") == [
        ("全国乡村旅游重点村", None, "丰溪县东岭村"), ("全国乡村旅游重点村", None, "青山县南坪村")]
    assert awards("丰溪县还有东岭村入选全国乡村旅游重点村。") == [("全国乡村旅游重点村", None, "东岭村")]
    assert awards("在评选中，丰溪县还有3个村入选全国乡村旅游重点村。") == []
