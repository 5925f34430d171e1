"""Awards, round 7: classes found on fresh real notices (WeChat cheers, headlines over a body, honours pointed back
to, counted groups and their members, contests' groups, tallies of medals). Each test is one class, in sentences
written for the test."""
from tests.extract.test_real_awards_round6 import awards, full


def test_a_spoken_closing_particle_is_no_part_of_the_title():
    # 啦 / 喽 / 哦 close a cheering sentence; the title is what comes before them
    assert awards("喜讯！东岭村被评为全国文明村啦！") == [("全国文明村", None, "东岭村")]
    assert awards("丰溪县荣获国家卫生县城称号喽！") == [("国家卫生县城", None, "丰溪县")]
    # a title that ends in one of those characters' neighbours keeps its last word
    assert awards("东岭村被评为全国文明村。") == [("全国文明村", None, "东岭村")]


def test_an_exclamation_closes_a_pointer_verb_like_a_full_stop():
    # 榜上有名！ points to the list named before, as 榜上有名。 does
    text = "中国文明网发布了第六届全国文明村镇名单，丰溪县东岭镇西坑村榜上有名！"
    assert awards(text) == [("第六届全国文明村镇名单", None, "丰溪县东岭镇西坑村")]
    # 咱县 (spoken for 我县) before a village's name is no part of it
    text = "中国文明网发布了第六届全国文明村镇名单，咱县东岭镇西坑村榜上有名！"
    assert awards(text) == [("第六届全国文明村镇名单", None, "东岭镇西坑村")]
    # a cheer alone (上榜！) names no holder: nothing, even with a list named just before
    assert awards("近日，“2025中国最美乡村榜单”发布。\n丰溪又！\n上榜！") == []


def test_a_counted_group_of_places_names_no_holder():
    # 清州两个县 / 全省三个区: how many, not who
    assert awards("全国农业现代化示范区名单公布，清州两个县榜上有名。") == []
    assert awards("全国农业现代化示范区名单公布，全省三个区榜上有名。") == []
    # a named county is still a holder
    assert awards("全国农业现代化示范区名单公布，丰溪县榜上有名。") == [("全国农业现代化示范区名单", None, "丰溪县")]


def test_a_headline_that_reports_a_holder_entering_a_list_is_no_roster_heading():
    # 丰溪县入选…名单 on a line of its own: the county entered the list (a headline), no roster follows
    text = "丰溪县入选2024年国家农业现代化示范区名单\n来源：清州日报\n近日，农业农村部公布了名单。"
    assert awards(text) == [("国家农业现代化示范区名单", None, "丰溪县")]
    # a cheer before the headline's subject (祝贺|| / 喜报：) is no part of its name
    text = "祝贺||丰溪县入选2024年国家农业现代化示范区名单\n近日，农业农村部公布了名单。"
    assert awards(text) == [("国家农业现代化示范区名单", None, "丰溪县")]
    # a counted group entering a list heads a roster: the members under it, the list after the verb as the title
    text = "我市3家企业入选2024年省级专精特新中小企业名单\n丰溪华光科技有限公司\n清州明远机械有限公司"
    assert full(text) == [("省级专精特新中小企业", None, "丰溪华光科技有限公司", "provincial", "2024"),
                          ("省级专精特新中小企业", None, "清州明远机械有限公司", "provincial", "2024")]
    # a roster heading with no holder in it stays one
    text = "2024年度省级专精特新中小企业名单\n丰溪华光科技有限公司\n清州明远机械有限公司"
    assert awards(text) == [("省级专精特新中小企业", None, "丰溪华光科技有限公司"),
                            ("省级专精特新中小企业", None, "清州明远机械有限公司")]


def test_a_label_for_a_rank_in_quotes_is_no_title():
    # 跻身“国字号”队列 / 行列: joined the national ranks (the title was named before), no title of its own
    text = "丰溪县入选全国农业现代化示范区，成功跻身“国字号”队列。"
    assert awards(text) == [("全国农业现代化示范区", None, "丰溪县")]
    assert awards("丰溪县跻身“国字号”行列。") == []
    # a quoted title is still one
    assert awards("丰溪县荣获“全国文明城市”称号。") == [("全国文明城市", None, "丰溪县")]


def test_a_group_of_a_contest_takes_the_contest_named_before():
    # 初创企业组大赛一等奖: the group (初创企业组) is a division of the contest named before, not the award
    text = ("第八届清州创新创业大赛决赛昨日落下帷幕。丰溪华光科技有限公司和清州明远机械有限公司分别斩获成长企业组和"
            "初创企业组大赛一等奖。")
    assert awards(text) == [("清州创新创业大赛", "一等奖", "丰溪华光科技有限公司"),
                            ("清州创新创业大赛", "一等奖", "清州明远机械有限公司")]
    text = "第八届清州创新创业大赛落幕。丰溪华光科技有限公司获得初创企业组比赛二等奖。"
    assert awards(text) == [("清州创新创业大赛", "二等奖", "丰溪华光科技有限公司")]
    # with no contest named anywhere, a group's prize is nobody's award
    assert awards("丰溪华光科技有限公司获得初创企业组大赛一等奖。") == []


def test_counted_grades_are_a_tally_or_the_grade_of_the_contest_named_before():
    # 共获36枚金牌…和8个优胜奖: a delegation's tally of medals, no prize of one holder
    text = "第四十八届世界技能大赛闭幕，中国代表团共获36枚金牌、9枚银牌、4枚铜牌和8个优胜奖。"
    assert awards(text) == []
    # 获得2个一等奖: the grade (counted) of the contest named before, never an award named "2个"
    text = "第十届清州技能大赛落幕。丰溪华光科技有限公司获得2个一等奖。"
    assert awards(text) == [("清州技能大赛", "一等奖", "丰溪华光科技有限公司")]


def test_this_honour_with_nothing_named_in_its_paragraph_is_the_honour_the_notice_opened_with():
    text = ("喜报！丰溪县东岭镇西坑村被评为全国文明村镇！\n"
            "西坑村位于东岭镇南部，村容整洁，环境优美。\n"
            "据悉，我市清溪县南山镇北坑村、明远县大桥镇东村也获此殊荣。")
    assert awards(text) == [("全国文明村镇", None, "丰溪县东岭镇西坑村"), ("全国文明村镇", None, "清溪县南山镇北坑村"),
                            ("全国文明村镇", None, "明远县大桥镇东村")]
    # in a paragraph that reports honours, the last one its line reported
    text = ("东岭村被评为省级美丽乡村示范村。\n"
            "丰溪县获评全国文明城市，西坑村被评为省级卫生村，北坑村也获此殊荣。")
    assert awards(text)[-1] == ("省级卫生村", None, "北坑村")
    # with no honour read before, 此殊荣 points to nothing
    assert awards("据悉，清溪县南山镇北坑村也获此殊荣。") == []


def test_the_members_of_a_counted_group_after_its_honour():
    # 授予…“X”称号。其中，我市4个集聚区入选。分别为：A、B…: the members of the group, with the title granted before
    text = ("省政府决定授予丰溪经济开发区等20个开发区“2023年度优秀开发区”称号。其中，清州3个开发区入选。"
            "分别为：丰溪经济开发区、清溪高新技术开发区、明远经济开发区。")
    assert full(text) == [("优秀开发区", None, "丰溪经济开发区", "provincial", "2023"),
                          ("优秀开发区", None, "清溪高新技术开发区", "provincial", "2023"),
                          ("优秀开发区", None, "明远经济开发区", "provincial", "2023")]
    # 这3个县分别为：… after a counted group of counties that received a named title
    text = "清州3个县入选“省级生态文明建设示范县”。这3个县分别为：丰溪县、清溪县、明远县。"
    assert awards(text) == [("省级生态文明建设示范县", None, "丰溪县"), ("省级生态文明建设示范县", None, "清溪县"),
                            ("省级生态文明建设示范县", None, "明远县")]
    # 分别为：… with no counted group before it that received an honour: nothing
    assert awards("今年全县开展三项行动。分别为：清河行动、净土行动、蓝天行动。") == []


def test_a_short_second_title_takes_the_words_the_first_one_has_before_their_shared_word():
    # 分别获评全省民族团结进步示范学校和示范企业: the second is 全省民族团结进步示范企业
    text = "东岭小学和丰溪华光科技有限公司分别获评全省民族团结进步示范学校和示范企业。"
    assert full(text) == [("全省民族团结进步示范学校", None, "东岭小学", "provincial", None),
                          ("全省民族团结进步示范企业", None, "丰溪华光科技有限公司", "provincial", None)]
    text = "丰溪县荣获全国文明城市和文明村镇称号。"
    assert awards(text) == [("全国文明城市", None, "丰溪县"), ("全国文明村镇", None, "丰溪县")]
    # a second title with its own level or words keeps its own name
    text = "丰溪县荣获国家卫生县城、省级园林县城称号。"
    assert awards(text) == [("国家卫生县城", None, "丰溪县"), ("省级园林县城", None, "丰溪县")]
