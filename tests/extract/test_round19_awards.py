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


# ---- review of round 19: mended


def test_a_community_on_a_combined_list_takes_the_villages_title():
    text = "近日，省文旅厅公布江南省文化强镇、文化示范村（社区）名单，新瓯社区榜上有名。"
    assert [(a, r) for a, _, r in awards(text)] == [("文化示范村（社区）", "新瓯社区")]
    text = "近日，省文旅厅公布江南省文化强镇、文化示范村（社区）名单，我市乐成街道、庆年坊社区同时上榜。"
    assert sorted((a, r) for a, _, r in awards(text)) == [("文化示范村（社区）", "庆年坊社区"), ("江南省文化强镇", "乐成街道")]


def test_a_place_that_passed_an_onsite_inspection_takes_the_title_named_after():
    text = "青石县顺利通过国家卫生县城现场验收，被命名为国家卫生县城。"
    assert [(a, r) for a, _, r in awards(text)] == [("国家卫生县城", "青石县")]
    text = "近日，青石经济开发区通过国家级生态工业示范园区现场验收，正式获批为国家级生态工业示范园区。"
    assert [(a, r) for a, _, r in awards(text)] == [("国家级生态工业示范园区", "青石经济开发区")]
    text = "青石县通过国家全域旅游示范区现场验收，被文化和旅游部授予国家全域旅游示范区称号。"
    assert [(a, r) for a, _, r in awards(text)] == [("国家全域旅游示范区", "青石县")]
    text = "青石县顺利通过国家卫生县城考核验收，被命名为国家卫生县城。"
    assert [(a, r) for a, _, r in awards(text)] == [("国家卫生县城", "青石县")]
    text = "青石县通过省级森林城市现场验收。"
    assert awards(text) == []


def test_an_onsite_review_passed_keeps_the_title_as_a_review_does():
    text = "日前，青石县顺利通过国家卫生县城现场复核。"
    assert [(a, r) for a, _, r in awards(text)] == [("国家卫生县城", "青石县")]
    text = "近日，青石县顺利通过国家生态文明建设示范县复核。"
    assert [(a, r) for a, _, r in awards(text)] == [("国家生态文明建设示范县", "青石县")]


def test_a_goal_carries_across_the_clauses_after_it():
    text = "青石县提出“三年大变样，力争创成国家卫生县城，入选全国县域经济百强县。"
    assert awards(text) == []
    text = REPORT + "全力打造“活力青石，争创全国文明城市，入选全国百强县。\n"
    assert awards(text) == []
    text = "青石县成功创成国家卫生县城，入选全国县域经济百强县。"
    assert [(a, r) for a, _, r in awards(text)] == [("国家卫生县城", "青石县"), ("全国县域经济百强县", "青石县")]


def test_a_stray_closing_mark_is_no_part_of_the_title():
    text = '近日，青石县白沙村荣获“全国文明村"称号。'
    assert [(a, r) for a, _, r in awards(text)] == [("全国文明村", "青石县白沙村")]
    text = "近日，白沙村荣获“全国文明村」称号。"
    assert [(a, r) for a, _, r in awards(text)] == [("全国文明村", "白沙村")]
    text = "近日，白沙村荣获“全国文明村”称号。"
    assert [(a, r) for a, _, r in awards(text)] == [("全国文明村", "白沙村")]


def test_pending_words_outside_the_combined_lists_clause_do_not_block_it():
    text = "经县级申报、市级推荐、专家评审，省文旅厅日前公布江南省文化强镇、文化示范村（社区）名单，青石乡榜上有名。"
    assert [(a, r) for a, _, r in awards(text)] == [("江南省文化强镇", "青石乡")]
    text = "此前，省文旅厅曾公示拟命名名单。日前，省文旅厅公布江南省文化强镇、文化示范村（社区）名单，青石乡榜上有名。"
    assert [(a, r) for a, _, r in awards(text)] == [("江南省文化强镇", "青石乡")]
    text = "经县级申报，省文旅厅日前公示江南省文化强镇、文化示范村（社区）拟命名名单，青石乡榜上有名。"
    assert awards(text) == []
