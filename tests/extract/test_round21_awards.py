"""Round 21, awards: classes of way of writing met on round 20's real texts (invented sentences, each beside a near miss)."""
from tests.extract.test_awards_classes import awards, facts

# ---- the condition of a rule (对连续N年获得X的，授予Y / 每连续N年获评X的，颁授Y): nobody received X here


def test_the_condition_of_a_grant_rule_names_no_holder():
    text = "据介绍，“青山杯”每两年评选一次，对3年内获得先进称号的，授予“青山铜杯”；对累计6年以上获得先进称号的，授予“青山金杯”。"
    assert awards(text) == []


def test_a_rule_condition_with_its_holders_class_names_no_holder():
    text = ("根据有关规定，对综合考评连续两年获评优秀等次的县（市、区）颁发“治水金牌”，"
            "此后每连续两年获评优秀等次的，再增加一颗星。")
    assert awards(text) == []


def test_a_place_that_won_beside_a_rule_is_still_read():
    # near miss: 连续N年 before the verb, but a holder, no 对/凡 and no grant after it
    assert awards("白沙县连续3年获评全省平安县。") == [("全省平安县", None, "白沙县")]


# ---- a pupil written after the school, the grade and the class (高二(3)班王丽同学荣获…)


def test_a_pupil_after_the_class_is_the_holder():
    text = ("近日，青山市第五届中学生演讲比赛获奖名单公布，东岭中学初二(3)班王丽同学荣获一等奖（指导老师李红），"
            "初三(2)班赵小刚同学荣获二等奖。")
    found = awards(text)
    assert ("青山市第五届中学生演讲比赛", "一等奖", "王丽") in found
    assert ("青山市第五届中学生演讲比赛", "二等奖", "赵小刚") in found
    assert all("(" not in r and "（" not in r for _, _, r in found)


def test_a_school_without_a_class_keeps_its_name():
    # near miss: no class number before the name; the school as written
    found = awards("东岭中学荣获青山市第五届中学生演讲比赛一等奖。")
    assert [r for _, _, r in found] == ["东岭中学"]


# ---- 收获A、B等荣誉 (the honours a place gathered), after a setting clause (…的同时)


def test_honours_gathered_are_held_by_the_place_after_a_setting():
    text = "产业转型的同时，白沙县先后建成多个特色街区，收获国家卫生县城、全国双拥模范县等荣誉。"
    found = awards(text)
    assert ("国家卫生县城", None, "白沙县") in found
    assert ("全国双拥模范县", None, "白沙县") in found


def test_honours_a_field_of_work_gathered_are_no_holders():
    # near miss: the subject is a city's field of work (…建设收获…), the honours held across its units
    assert awards("近年来，青山市生态文明建设收获了国家生态园林城市、全国生态文明示范村等荣誉。") == []


def test_gathering_without_an_honour_list_is_no_award():
    # near miss: 收获 of a harvest or of praise, no 等荣誉 after it
    assert awards("白沙县今年收获了一批好评，收获粮食12万吨。") == []


# ---- 对A等N个X予以通报表扬: the group's lead, under the class it was praised as


def test_a_praised_group_gives_its_lead_the_class_as_honour():
    text = "经研究，县委组织部决定对石门镇党委等第二批18个抗洪一线的先进基层党组织予以通报表扬。"
    assert awards(text) == [("抗洪一线的先进基层党组织", None, "石门镇党委")]


def test_a_praised_group_of_plain_units_or_one_to_come_gives_nothing():
    assert awards("会议决定对石门镇政府等12个单位予以通报表扬。") == []
    assert awards("县委组织部拟对石门镇党委等18个先进基层党组织予以通报表扬。") == []
    assert awards("县委组织部决定对石门镇党委等18个先进基层党组织予以通报批评。") == []


# ---- a named selection's result given in order (推选结果排名依次为A、B、C): membership, the place its grade


def test_a_selection_result_in_order_is_membership_with_place():
    text = ("“江南最具活力城镇”网络推选活动由江南日报社主办。经公众投票、材料申报和专家评审，"
            "2024年推选结果排名依次为石门、白沙、东岭。")
    assert awards(text) == [("江南最具活力城镇", "第1位", "石门"), ("江南最具活力城镇", "第2位", "白沙"),
                            ("江南最具活力城镇", "第3位", "东岭")]


def test_the_headline_member_merges_with_its_place():
    text = ("石门蝉联“江南最具活力城镇”\n“江南最具活力城镇”网络推选活动由江南日报社主办。"
            "2024年推选结果排名依次为石门、白沙。")
    found = awards(text)
    assert ("江南最具活力城镇", "第1位", "石门") in found
    assert not [f for f in found if f[1] is None]


def test_an_assessment_order_or_a_proposed_result_is_no_award():
    assert awards("“江南最具活力城镇”评选活动同期启动。年度考核结果排名依次为石门、白沙、东岭。") == []
    assert awards("“江南最具活力城镇”推选活动拟推选结果排名依次为石门、白沙、东岭，现予公示。") == []


# ---- review of round 21 (R1-R9): the regressions the five rules brought, each fixed with a test that fails without it


def test_a_holder_opening_its_own_while_clause_is_kept():
    # R1: …的同时 is a setting only when nobody opens it; 丰溪县抓好… names the holder
    assert awards("丰溪县抓好乡村振兴的同时，荣获国家生态文明建设示范县称号。") == [
        ("国家生态文明建设示范县", None, "丰溪县")]
    assert awards("绿源科技有限公司加大技改投入的同时，获评国家级绿色工厂。") == [
        ("国家级绿色工厂", None, "绿源科技有限公司")]


def test_a_work_team_after_a_shift_number_is_no_pupil():
    # R2: 运维二班班组 / 检修三班职工 are a team, not a pupil named 班组
    found = awards("丰溪供电公司配电运维二班班组荣获全国“工人先锋号”称号。")
    assert [r for _, _, r in found] == ["丰溪供电公司配电运维二班班组"]
    found = awards("清河钢铁公司轧钢车间检修三班职工荣获全省五一劳动奖状。")
    assert [r for _, _, r in found] == ["清河钢铁公司轧钢车间检修三班职工"]


def test_a_praise_planned_or_proposed_is_no_award():
    # R3: 将 / 建议 / 提请 before 予以通报表扬: not given yet
    assert awards("下一步，县委将对清河镇党委等12个先进基层党组织予以通报表扬。") == []
    assert awards("建议对清河镇党委等12个先进基层党组织予以通报表扬。") == []
    assert awards("县委组织部提请对清河镇党委等12个先进基层党组织予以通报表扬。") == []


def test_two_praised_groups_do_not_give_the_first_lead_the_second_class():
    # R4: 清河镇等8个先进集体和李强等15名先进个人: 清河镇 is no 先进个人
    found = awards("县委县政府决定对清河镇等8个先进集体和李强等15名先进个人予以通报表扬。")
    assert ("先进个人", None, "清河镇") not in found


def test_a_selection_to_come_or_in_another_paragraph_lends_no_title():
    # R5: the quoted selection is announced for later, or named in another paragraph
    assert awards("“最美宜居城镇”评选活动将于明年举行。今年推选结果排名依次为丰溪市、清河市、东湖市。") == []
    assert awards("“最美宜居城镇”评选活动由江南日报社主办。\n另据报道，推选结果排名依次为丰溪市、清河市、东湖市。") == []
    # and a result naming a selection of its own is not the quoted one's
    assert awards("“最美宜居城镇”评选活动由江南日报社主办。今年江南幸福感城市推选结果排名依次为丰溪市、清河市、东湖市。") == []


def test_an_earlier_year_win_survives_this_years_place():
    # R6: the 2022 win is a fact of its own beside the 2024 order
    text = ("2022年，丰溪市获评“江南最具幸福感城市”。“江南最具幸福感城市”调查推选活动今年继续举办，"
            "2024年推选结果排名依次为丰溪市、清河市、东湖市。")
    found = facts(text)
    assert any(a["grade"] is None and a["recipient"] == "丰溪市" and (a["date"] or "").startswith("2022") for a in found)
    assert any(a["grade"] == "第1位" and a["recipient"] == "丰溪市" for a in found)


def test_a_paired_aid_subject_is_no_rule_condition():
    # R7: 对口帮扶的丰溪县 is the holder, not a rule's 对…的
    found = awards("对口帮扶的丰溪县荣获全省唯一的“乡村振兴示范县”称号。")
    assert [a for a, _, _ in found] == ["乡村振兴示范县"]


def test_a_praised_lead_is_the_holder_after_its_modifier():
    # R8: what the lead did is cut at its last 的; the speaker's 我市 goes; an assessment's order gives no lead
    assert awards("县防指决定，对在防汛救灾工作中表现突出的清河镇等6个先进集体予以通报表扬。") == [
        ("先进集体", None, "清河镇")]
    assert awards("市委组织部对我市清河镇党委等4个先进基层党组织予以通报表扬。") == [
        ("先进基层党组织", None, "清河镇党委")]
    assert awards("对年度综合考核排名前五的清河镇等5个先进乡镇予以通报表扬。") == []


def test_a_result_list_stops_at_the_comma_and_drops_its_count():
    # R9: …，东湖市位列第八 is no 4th place; 东湖等8座城市 is 东湖
    head = "“江南最具幸福感城市”调查推选活动由江南日报社主办。"
    assert awards(head + "推选结果排名依次为丰溪市、清河市、南山市，东湖市位列第八。") == [
        ("江南最具幸福感城市", "第1位", "丰溪市"), ("江南最具幸福感城市", "第2位", "清河市"),
        ("江南最具幸福感城市", "第3位", "南山市")]
    assert awards(head + "推选结果排名依次为丰溪、清河、东湖等8座城市。") == [
        ("江南最具幸福感城市", "第1位", "丰溪"), ("江南最具幸福感城市", "第2位", "清河"),
        ("江南最具幸福感城市", "第3位", "东湖")]


def test_a_selection_launched_earlier_this_year_still_lends_its_title():
    # near miss of R5: 于今年3月启动 is a selection held, not one to come
    text = "“浙南十佳宜居小城”网络评选活动于今年3月启动，共有20个县参评。评选结果依次为丰溪县、清河县。"
    assert awards(text) == [("浙南十佳宜居小城", "第1位", "丰溪县"), ("浙南十佳宜居小城", "第2位", "清河县")]
    assert awards("“浙南十佳宜居小城”网络评选活动明年3月启动。评选结果依次为丰溪县、清河县。") == []


# ---- second review (Q4–Q8)


def test_a_harvest_holder_is_a_name_not_a_time_or_a_clause():
    assert all("坚持" not in (r or "") for _, _, r in awards("这几年来，剧团坚持送戏下乡，收获了“群星奖”、省戏剧节金奖等荣誉。"))
    assert awards("多年来，她扎根山区教学一线，收获了全国优秀教师、全省师德楷模等荣誉。") == []
    assert awards("“这几年，我们镇收获了全国重点镇、省级美丽城镇等荣誉，”镇长李强说。") == []
    # near miss: a person, a team, a county named bare still hold it
    assert ("全国优秀教师", None, "陈小芳") in awards("从教二十年，陈小芳收获了全国优秀教师、全省师德楷模等荣誉。")
    assert ("国家生态县", None, "青山县") in awards("多年来，青山县收获了国家生态县、全国绿化模范县等荣誉。")


def test_a_praised_deed_is_no_class_of_holders():
    assert awards("县教育局对城关小学等4所学校的先进做法予以通报表扬。") == []
    assert awards("县应急管理局对石门镇等3个乡镇在防汛工作中的突出表现予以通报表扬。") == []
    assert awards("县总工会对东岭村等6个村的优秀事迹予以通报表扬。") == []
    # near miss: the class is a kind of holder
    assert awards("县应急管理局对石门镇等3个防汛工作先进乡镇予以通报表扬。") == [("防汛工作先进乡镇", None, "石门镇")]


def test_a_praise_still_to_come_gives_nothing():
    assert awards("会议要求，年底前对东岭村等8个先进村予以通报表扬。") == []
    assert awards("县委计划对东岭村等8个先进村予以通报表扬。") == []


def test_an_interim_or_first_round_order_is_no_result():
    assert awards("“最美乡村”网络评选活动正在火热进行中，截至目前，投票结果排名依次为东岭村、西岭村、南岭村。") == []
    assert awards("“全省十佳生态县”推选活动进入初选阶段，初选推选结果排名依次为青山县、白沙县、东岭县。") == []


def test_a_pupil_needs_a_surname_and_a_team_or_post_stays_a_holder():
    found = awards("县供电公司配电运检二班党小组荣获全市电力系统先进党小组称号。")
    assert all(r != "党小组" for _, _, r in found)
    found = awards("东岭电厂运行二班值长荣获全市电力行业技术能手称号。")
    assert all(r != "值长" for _, _, r in found)
    found = awards("青山职业学校2023级数控2班学生荣获全市职业院校技能大赛团体二等奖。")
    assert all(r != "学生" for _, _, r in found)
    # near miss: a name with a surname after the class is the pupil
    assert ("全市作文大赛", "一等奖", "周小雨") in awards("东岭中学初一(4)班周小雨同学荣获全市作文大赛一等奖。")
