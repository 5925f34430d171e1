"""Awards, round-9 regressions: true awards the round-9 rules dropped, in sentences written for the test, with the
wordings each round-9 rule was meant to reject kept as negatives."""
from tests.extract.test_real_awards_round6 import awards


def test_a_contest_place_won_by_a_place_is_no_count_of_holders():
    # 第二名 / 团体第一名 / 前三名: a place in a contest (its prize), not 二名 holders counted under a district
    assert awards("丰溪县在全市广播体操比赛中荣获第二名。") == [("全市广播体操比赛", "第二名", "丰溪县")]
    assert awards("丰溪县在2024年全省广场舞大赛中荣获第一名。") == [("全省广场舞大赛", "第一名", "丰溪县")]
    assert awards("丰溪县在全省职业技能竞赛中获得团体第一名。") == [("全省职业技能竞赛", "团体第一名", "丰溪县")]
    assert awards("东岭社区在全区“红歌”合唱比赛中荣获第三名。") == [("合唱比赛", "第三名", "东岭社区")]
    # kept: a district's tally of titles its units won, and a place in an assessment
    assert awards("今年，丰溪区获评首都劳动奖状3个。") == []
    assert awards("丰溪县获评省级文明村5个、省级卫生村2个。") == []
    assert awards("在全省营商环境考核中，丰溪县获得第一名。") == []


def test_a_remark_in_brackets_after_a_listed_name_keeps_it_on_the_roster():
    text = "2023年度省级文明单位名单如下：\n丰溪县人民医院\n丰溪县税务局（连续三次获评）\n丰溪县人民法院\n丰溪县公安局"
    found = awards(text)
    assert ("省级文明单位", None, "丰溪县税务局（连续三次获评）") in found
    assert ("省级文明单位", None, "丰溪县人民法院") in found
    text = "2024年浙江省专精特新中小企业名单\n丰溪华光科技有限公司（已获得省级认定）\n丰溪机械有限公司\n丰溪化工有限公司"
    found = awards(text)
    assert ("浙江省专精特新中小企业", None, "丰溪机械有限公司") in found
    # kept: a sentence that reports an honour of its own under a roster is no name on it
    text = "2023年度省级文明单位名单如下：\n丰溪县人民医院\n丰溪县获评全国文明城市。"
    assert awards(text) == [("省级文明单位", None, "丰溪县人民医院"), ("全国文明城市", None, "丰溪县")]


def test_won_after_a_result_is_the_verb_of_the_prize():
    # 取得优异成绩荣获一等奖: 荣获 names the prize; 取得 is the verb only when the prize follows it directly
    assert awards("丰溪华光科技有限公司在全省创新创业大赛中取得优异成绩荣获一等奖。") == [
        ("全省创新创业大赛", "一等奖", "丰溪华光科技有限公司")]
    assert awards("丰溪华光科技有限公司在全省创新创业大赛中取得一等奖。") == [
        ("全省创新创业大赛", "一等奖", "丰溪华光科技有限公司")]


def test_a_dated_line_with_its_own_holder_and_verb_is_no_honour_of_the_line_above():
    assert awards("丰溪县获评全国文明城市。\n2020年西坑村获评全国文明村") == [
        ("全国文明城市", None, "丰溪县"), ("全国文明村", None, "西坑村")]
    assert awards("丰溪县获评全国文明城市。\n2023年丰溪县东岭村入选全国乡村治理示范村") == [
        ("全国文明城市", None, "丰溪县"), ("全国乡村治理示范村", None, "丰溪县东岭村")]
    # kept: a year and a title alone under a holder's honours is one more of them
    assert awards("东岭村荣获全国文明村称号。\n2020年全国乡村治理示范村") == [
        ("全国文明村", None, "东岭村"), ("全国乡村治理示范村", None, "东岭村")]
