"""Awards: one fact per named recipient, grade split off, level and date where the text gives them."""
from tests.extract.helpers import contract, only


def awards(text):
    return contract(text)["awards"]


def test_quoted_awards_after_the_verb():
    found = awards("维康药业是一家医药企业。企业先后获得了“国家知识产权示范企业”、“浙江省绿色企业”等殊荣。")
    assert [(a["award"], a["recipient"], a["level"]) for a in found] == [
        ("国家知识产权示范企业", "维康药业", "national"), ("浙江省绿色企业", "维康药业", "provincial")]


def test_a_grade_is_split_from_the_award():
    a = awards("去年，丽水经开区荣获浙江省改革突破奖铜奖。")[0]
    assert (a["award"], a["grade"], a["recipient"], a["level"], a["date"]) == \
        ("浙江省改革突破奖", "铜奖", "丽水经开区", "provincial", "2023")


def test_the_named_company_beats_a_generic_recipient():
    found = awards("丽水经开区企业斩获全国颠覆性技术创新大赛最高奖。\n"
                   "经开区企业浙江珏芯微电子有限公司获得了由国家科技部主办的“全国颠覆性技术创新大赛”最高奖。")
    assert len(found) == 1
    assert (found[0]["recipient"], found[0]["grade"]) == ("浙江珏芯微电子有限公司", "最高奖")


def test_shouyu_deng_n_names_the_lead_recipient():
    a = awards("省政府决定授予青山湖科技城项目等3个项目“省级示范项目”称号。")[0]
    assert (a["award"], a["recipient"], a["level"]) == ("省级示范项目", "青山湖科技城项目", "provincial")


def test_a_bare_grade_takes_the_competition_named_before():
    a = awards("在第十届中国创新创业大赛中，浙江星光科技有限公司获得二等奖。")[0]
    assert (a["award"], a["grade"], a["recipient"]) == ("中国创新创业大赛", "二等奖", "浙江星光科技有限公司")


def test_each_named_recipient_is_one_fact():
    found = awards("我县矾山镇、藻溪镇被评为新时代美丽城镇省级样板。")
    assert [a["recipient"] for a in found] == ["矾山镇", "藻溪镇"]


def test_unnamed_recipients_are_left_out():
    assert awards("苍南县2镇获2020年度新时代美丽城镇省级样板。") == []


def test_a_roster_under_a_list_heading():
    found = awards("附件\n2024中国最美县域榜单(不排序)\n浙江:安吉县、泰顺县\n福建:上杭县")
    assert [(a["award"], a["recipient"], a["date"]) for a in found] == [
        ("中国最美县域榜单", "安吉县", "2024"), ("中国最美县域榜单", "泰顺县", "2024"), ("中国最美县域榜单", "上杭县", "2024")]
    assert only(found, recipient="安吉县")["level"] == "national"


def test_a_proposed_designation_is_no_award():
    assert awards("青田县拟评定为浙江省A级景区村庄名单\n三溪口街道:吴山村、西天村") == []
