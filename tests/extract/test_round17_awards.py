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
