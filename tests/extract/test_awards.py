"""Awards: one fact per named recipient, grade split off, level and date where the text gives them."""
import datetime as dt

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


# ---- 2026.11.2: decisions, lists of title holders, people, groups of a contest

def test_a_zone_boards_decision_is_dated_by_its_signature_and_ranks_as_a_county():
    found = awards("为激励先进，经管委会研究，决定：授予浙江星光科技有限公司等5家企业“2021年度亩均效益领跑者”称号；"
                   "授予李明等12名同志“2021年度项目服务先进个人”称号。\n青山经济技术开发区管理委员会\n2022年2月16日")
    assert [(a["award"], a["recipient"], a["level"], a["date"]) for a in found] == [
        ("亩均效益领跑者", "浙江星光科技有限公司", "county", "2022-02-16"),
        ("项目服务先进个人", "李明", "county", "2022-02-16")]


def test_a_list_of_title_holders_names_the_title_and_its_event_date():
    found = contract("12月10日，浙江省经济和信息化厅公布2021年度浙江省“专精特新”中小企业名单，"
                     "青山经开区浙江星光科技有限公司、浙江白云机械股份有限公司等14家企业入选。",
                     dt.date(2021, 12, 14))["awards"]
    assert [(a["award"], a["recipient"], a["level"], a["date"]) for a in found] == [
        ("浙江省“专精特新”中小企业", "浙江星光科技有限公司", "provincial", "2021-12-10"),
        ("浙江省“专精特新”中小企业", "浙江白云机械股份有限公司", "provincial", "2021-12-10")]
    a = awards("今年7月，工业和信息化部公布第三批专精特新“小巨人”企业名单，青山经开区浙江星光轴承有限公司榜上有名。",
               )[0]
    assert (a["award"], a["recipient"], a["level"], a["date"]) == \
        ("专精特新“小巨人”企业", "浙江星光轴承有限公司", "national", "2024-07")


def test_people_named_after_their_job_title():
    found = awards("12月，青山市总工会公布2022年度“青山工匠”名单，浙江星光科技有限公司高级技师陈一平、"
                   "浙江白云机械股份有限公司技师叶二强2人获评。")
    assert [(a["recipient"], a["level"], a["date"]) for a in found] == [
        ("陈一平", "municipal", "2024-12"), ("叶二强", "municipal", "2024-12")]


def test_a_group_grade_takes_the_contest_and_its_division():
    a = awards("8月，第十三届中国创新创业大赛（浙江赛区）决赛落幕，浙江星光科技有限公司凭借“低缺陷硅片”项目获成长企业组一等奖。")[0]
    assert (a["award"], a["grade"], a["level"], a["date"]) == ("中国创新创业大赛（浙江赛区）", "一等奖", "provincial", "2024-08")


def test_a_title_with_its_level_and_no_title_from_a_comment():
    a = awards("去年12月，浙江白云新材料有限公司入选国家级“绿色工厂”。")[0]
    assert (a["award"], a["level"], a["date"]) == ("国家级“绿色工厂”", "national", "2023-12")
    assert not awards("这是青山经开区企业首次牵头获得省科学技术进步奖。")
