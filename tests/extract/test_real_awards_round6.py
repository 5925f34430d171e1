"""Awards, round 6: classes found on fresh real notices (work reports and plan reviews that list a place's honours in
passing). Each test is one class, in sentences written for the test."""
from tests.extract.helpers import contract


def awards(text, published=None):
    found = contract(text, published)["awards"] if published else contract(text)["awards"]
    return [(a["award"], a["grade"], a["recipient"]) for a in found]


def full(text, published=None):
    found = contract(text, published)["awards"] if published else contract(text)["awards"]
    return [(a["award"], a["grade"], a["recipient"], a["level"], a["date"]) for a in found]


def test_a_place_in_a_named_hundred_list_is_the_list_honour():
    # (round 8) 位列/进入 a 百强 list place the county in a ranking, no honour conferred (NOTES: rankings are never
    # awards; gold r7 042 进入…百强县行列, r8 008 荣登…百强县榜首 / 入列中国百强镇); 入选 / 上榜 a 百强 list is a selection
    text = "丰溪县政府工作报告。全年实现地区生产总值312亿元，位列全国县域经济百强县45强、全市第一。丰溪县。"
    assert awards(text) == []
    text = "丰溪县政府工作报告。过去一年，丰溪县首次进入全国绿色发展百强县行列，创新指数排名跃升到全省第9名。丰溪县。"
    assert awards(text) == []
    text = "丰溪县政府工作报告。过去一年，丰溪县首次入选全国绿色发展百强县，创新指数排名跃升到全省第9名。丰溪县。"
    assert awards(text) == [("全国绿色发展百强县", None, "丰溪县")]
    assert awards("丰溪县政府工作报告。丰溪县综合考评连续三年位列全国前十、全市第一。丰溪县。") == []
    assert awards("丰溪县政府工作报告。丰溪县营商环境评价进入全省第一方阵。丰溪县。") == []
    # a place in the list (第52位) is no grade; an aim to enter the list is no honour
    text = "丰溪县政府工作报告\n过去一年，全县上下团结一心，位列全国综合实力百强县第52位。丰溪县。"
    assert awards(text) == []
    text = "丰溪县政府工作报告\n过去一年，全县上下团结一心，上榜全国综合实力百强县，位列第52位。丰溪县。"
    assert awards(text) == [("全国综合实力百强县", None, "丰溪县")]
    assert awards("丰溪县政府工作报告。丰溪县力争进入全国百强县行列。丰溪县。") == []


def test_ding_honours_with_their_grades():
    # 鼎 honours: a metal grade after the 鼎 (大禹鼎银鼎, 平安银鼎 -> 平安鼎), a star grade before (二星平安金鼎)
    text = "丰溪县政府工作报告。2023年，丰溪县首夺“五水共治大禹鼎银鼎”“二星平安金鼎”“安全生产金鼎”。丰溪县。"
    assert awards(text) == [("五水共治大禹鼎", "银鼎", "丰溪县"), ("平安金鼎", "二星", "丰溪县"),
                            ("安全生产鼎", "金鼎", "丰溪县")]
    assert awards("丰溪县政府工作报告。丰溪县再夺“科技创新鼎”。丰溪县。") == [("科技创新鼎", None, "丰溪县")]
    # the 鼎 honours are the province's, whoever led the place that won them
    text = "丰溪县政府工作报告\n2023年，在县委的坚强领导下，全县上下团结一心，首夺“平安金鼎”，捧回“大禹鼎”银鼎。丰溪县。"
    assert full(text) == [("平安金鼎", None, "丰溪县", "provincial", "2023"), ("大禹鼎", "银鼎", "丰溪县", "provincial", "2023")]


def test_an_assessment_tier_named_as_advanced_is_the_grade():
    # …考核先进等次: the assessment is the award, 先进 its grade; 先进单位 stays a title
    text = "丰溪县政府工作报告。转型升级加快推进，荣获全省治水和“亩均论英雄”工作目标考核先进等次。丰溪县。"
    assert awards(text) == [("全省治水和“亩均论英雄”工作目标考核", "先进", "丰溪县")]
    text = "丰溪县政府工作报告。丰溪县获评全省综合考核先进单位。丰溪县。"
    assert awards(text) == [("全省综合考核先进单位", None, "丰溪县")]


def test_an_assessment_back_in_a_quoted_tier():
    # 园区绩效评价重回全国“A类”行列: the unit's assessment is the award, the quoted tier its grade
    text = "丰溪县政府工作报告。2023年，丰溪高新区绩效评价重回全国“A类”行列，开发区综合考评位列全省前五。丰溪县。"
    assert awards(text) == [("绩效评价", "A类", "丰溪高新区")]


def test_a_review_sentence_lists_the_places_honours_in_passing():
    # 在…领导下 is a setting; 全区上下 speaks for the district the report is about (not its city)
    text = ("清州市丰溪区2023年国民经济和社会发展计划执行情况的报告\n"
            "2023年，在市委市政府和区委的坚强领导下，全区上下攻坚克难，经济运行稳中向好，蝉联“浙江制造天工鼎”，"
            "连续两年获评全省综合考核先进单位。\n清州市丰溪区的发展，离不开清州市的支持。丰溪区。")
    assert awards(text) == [("浙江制造天工鼎", None, "丰溪区"), ("全省综合考核先进单位", None, "丰溪区")]
    # 面对… opens the review, 我们 speaks for the district whose report it is
    text = ("清州市丰溪区政府工作报告\n过去一年，面对复杂严峻的外部环境，在区委的正确领导下，我们团结依靠全区人民，"
            "蝉联“平安鼎”，获评省级生态文明建设示范区。\n丰溪区。")
    assert awards(text) == [("平安鼎", None, "丰溪区"), ("省级生态文明建设示范区", None, "丰溪区")]


def test_works_that_won_an_incentive_pass_no_holder_to_the_next_clause():
    # 三项工作获…督查激励 names what won it; the next clause's 先进单位 is the place's, not the works'
    text = ("丰溪县政府工作报告。过去一年，全县上下奋勇争先，数字经济、乡村振兴、营商环境三项工作获省政府督查激励，"
            "连续两年获评全省综合考核先进单位。丰溪县。")
    found = awards(text)
    assert ("全省综合考核先进单位", None, "丰溪县") in found
    assert not any(a == "全省综合考核先进单位" and r != "丰溪县" for a, _, r in found)


def test_a_year_before_a_list_of_titles_dates_each_one():
    text = "丰溪县政府工作报告。我县荣获2022年全国综合实力百强县和全国营商环境百强县称号。丰溪县。"
    assert [(a, r, d) for a, _, r, _, d in full(text)] == [("全国综合实力百强县", "丰溪县", "2022"),
                                                          ("全国营商环境百强县", "丰溪县", "2022")]


def test_a_list_joined_by_and_splits_only_between_titles():
    # 全省淘汰落后产能 is no title: the 和 joins two parts of one assessment's name
    text = "丰溪县政府工作报告。丰溪县荣获全省节能降耗和“低散乱”整治工作考核优秀等次。丰溪县。"
    assert awards(text) == [("全省节能降耗和“低散乱”整治工作考核", "优秀", "丰溪县")]
    text = "丰溪县政府工作报告。丰溪县荣获全国文明城市和国家卫生城市称号。丰溪县。"
    assert awards(text) == [("全国文明城市", None, "丰溪县"), ("国家卫生城市", None, "丰溪县")]
    text = "清州市丰溪区政府工作报告。我区荣获省级生态文明示范区、省级森林城市和国家卫生城市称号。丰溪区。"
    assert [a[0] for a in awards(text)] == ["省级生态文明示范区", "省级森林城市", "国家卫生城市"]
    assert awards("丰溪县政府工作报告。丰溪县荣获全国和谐社区建设示范县称号。") == [("全国和谐社区建设示范县", None, "丰溪县")]


def test_a_reprint_in_traditional_characters_reads_the_same():
    text = "豐溪縣政府工作報告。豐溪縣榮獲2022年全國綜合實力百強縣稱號。豐溪縣。"
    assert awards(text) == [("全國綜合實力百強縣", None, "豐溪縣")]


def test_a_rank_or_a_count_of_lists_is_no_title():
    # 入围“…百强县市”位列第31位: the list is the honour, the place in it is not part of its name; (round 8) 荣登…榜首
    # and 跻身…百强县50强 are places in a ranking, no honour
    text = "丰溪县政府工作报告\n2023年，丰溪县荣登全国营商环境百强县榜首，跻身制造业全国20强。丰溪县。"
    assert awards(text) == []
    # a named list counted in digits (企业500强, 百强县50强) stays the list
    assert awards("清州精工集团有限公司入选中国制造业企业500强。") == [("中国制造业企业500强", None, "清州精工集团有限公司")]
    assert awards("丰溪县入选全国工业百强县50强。") == [("全国工业百强县", None, "丰溪县")]
    assert awards("丰溪县跻身全国工业百强县50强。") == []
    text = "丰溪县连续4年入围“全国科技创新百强县市”位列第31位，较上年提升5位。"
    assert awards(text) == [("全国科技创新百强县市", None, "丰溪县")]
    # 入围三大榜单 counts lists; 全省共有6县市上榜 counts holders, naming none
    text = "丰溪县成功入围三大榜单。全省共有6县市上榜。"
    assert awards(text) == []


def test_a_list_that_calls_its_items_titles_keeps_holder_nouns():
    text = "丰溪县政府工作报告\n该县致力于城乡融合发展，获评国家生态文明建设示范县、园林县城和省级森林城市等称号。丰溪县。"
    assert awards(text) == [("国家生态文明建设示范县", None, "丰溪县"), ("园林县城", None, "丰溪县"), ("省级森林城市", None, "丰溪县")]


def test_a_news_story_of_a_ding_and_its_earlier_grades():
    # a headline's last phrase names the holder; 终于 is no part of it; 平安市 is a title, not the notice's city;
    # …… ends a list of honours; “X”的Y: Y holds X
    text = ("十二年磨一剑 清州市捧回“平安银鼎”\n"
            "昨日，全省平安建设表彰会议召开，表彰2023年度平安市、平安县。清州市终于在此次捧回“平安银鼎”。\n"
            "2014年捧得“平安鼎”，2017年捧得“平安铜鼎”……回顾清州的“夺鼎之路”，每一步都不容易。\n"
            "加上此次捧回“平安金鼎”的丰溪县，全市已有5个县（市、区）迈入“金鼎”行列。")
    assert awards(text) == [("平安鼎", "银鼎", "清州市"), ("平安鼎", None, "清州市"), ("平安鼎", "铜鼎", "清州市"),
                            ("平安金鼎", None, "丰溪县")]


def test_a_figure_or_an_investment_opening_the_sentence_is_no_holder():
    # 全社会固定资产投资完成…亿元 / 五年内翻了两番: figures, not the holder; the report's district holds the rank's list
    # ((round 8) 跨入全省“十强区”行列 is a rank, no honour: the class is kept with a title conferred)
    text = ("清州市丰溪区政府工作报告\n全区上下奋勇争先。全社会固定资产投资完成126亿元，五年内翻了两番，"
            "综合实力快速提升，成功创成省级生态文明建设示范区。丰溪区。")
    assert awards(text) == [("省级生态文明建设示范区", None, "丰溪区")]
    text = ("清州市丰溪区政府工作报告\n全区上下奋勇争先。全社会固定资产投资完成126亿元，五年内翻了两番，"
            "综合实力快速提升，成功跨入全省“十强区”行列。丰溪区。")
    assert awards(text) == []
    # 投资30亿元的X小镇: the town, not its investment
    text = "投资30亿元的丰溪赛车小镇被国家发展改革委评为“全国特色示范小镇”。"
    assert awards(text) == [("全国特色示范小镇", None, "丰溪赛车小镇")]
