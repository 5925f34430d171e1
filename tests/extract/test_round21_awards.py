"""Round 21, awards: classes of way of writing met on round 20's real texts (invented sentences, each beside a near miss)."""
from tests.extract.test_awards_classes import awards

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
