"""Round 19, awards: classes checked on further real pages (invented sentences, each beside a near miss)."""
from tests.extract.test_awards_classes import awards

# ---- a list named over two kinds of holder (A镇级称号、B村级称号名单): each holder the part of its kind


def test_a_town_on_a_combined_list_takes_the_towns_title():
    text = "近日，省文旅厅公布江南省文化强镇、文化示范村（社区）名单，青石乡榜上有名，被命名为江南省文化强镇。"
    assert [(a, r) for a, _, r in awards(text)] == [("江南省文化强镇", "青石乡")]
    text = "近日，省文旅厅公布江南省文化强镇、文化示范村（社区）名单，青石乡榜上有名。"
    assert [(a, r) for a, _, r in awards(text)] == [("江南省文化强镇", "青石乡")]


def test_a_village_on_a_combined_list_takes_the_villages_title():
    text = "近日，省文旅厅公布江南省文化强镇、文化示范村（社区）名单，白沙村榜上有名。"
    assert [(a, r) for a, _, r in awards(text)] == [("文化示范村（社区）", "白沙村")]


def test_a_combined_list_under_a_proposal_gives_nobody():
    text = "近日，省文旅厅公示江南省文化强镇、文化示范村（社区）拟命名名单，青石乡榜上有名。"
    assert awards(text) == []
    text = "近日，省文旅厅公布江南省文化强镇、文化示范村（社区）推荐名单，青石乡榜上有名。"
    assert awards(text) == []


# ---- a quote mark a page lost: a subjectless report's honours are read past it


REPORT = "政府工作报告\n——2024年12月20日在青石县第十届人民代表大会第五次会议上\n青石县人民政府县长  \n\n"


def test_an_opening_quote_never_closed_on_its_line_is_read_past():
    text = REPORT + "这一年，我们真抓实干。金名片”“新招牌再添亮色，入列全省首批数字乡村试点县；成功创建省级健康县。\n"
    assert [(a, r) for a, _, r in awards(text)] == [("全省首批数字乡村试点县", "青石县"), ("省级健康县", "青石县")]


def test_a_lost_quote_does_not_turn_goals_or_rankings_into_honours():
    text = REPORT + "金名片”“新招牌再添亮色，力争创建省级健康县，全省考核位列第3位。\n"
    assert awards(text) == []


def test_an_onsite_inspection_passed_is_no_title():
    text = REPORT + "这一年，通过全国县域商业示范县、全国基层中医药工作示范县现场验收，获评省级健康县。\n"
    assert [(a, r) for a, _, r in awards(text)] == [("省级健康县", "青石县")]
