"""Awards, round 10: classes found on fresh real notices (a ministry's 确定…为 over a long lead of firms, works named
in title marks, a quoted title listed beside an unquoted one, a list named after the title, a subjectless 并获得,
rankings and counts of honours, a 公示's list, preliminary evaluations). Each test is one class, in sentences written
for the test, with the true awards of similar wordings kept."""
from tests.extract.test_real_awards_round6 import awards, full


def test_a_ministry_decides_a_counted_lead_of_firms_for_a_quoted_title():
    # 确定A、B、C等N家企业为第一批X“Y”企业: the lead runs past thirty characters; the ministry before ranks the title
    text = ("根据《商务部关于开展“老字号”培育工作的通知》要求，经地方推荐、专家评审等程序，确定清州华光食品股份有限公司、"
            "丰溪县青山酿造有限责任公司、东岭精工机械制造有限公司等120家企业为第一批“百年老店”企业，现予公布。")
    assert awards(text) == [("“百年老店”企业", None, "清州华光食品股份有限公司"),
                            ("“百年老店”企业", None, "丰溪县青山酿造有限责任公司"),
                            ("“百年老店”企业", None, "东岭精工机械制造有限公司")]
    assert {a[3] for a in full(text)} == {"national"}
    # no ranking body before it and no level of its own: 确定 names a role, no honour
    assert awards("会议确定清州华光食品股份有限公司、丰溪县青山酿造有限责任公司等12家企业为第一批“链主”企业。") == []
    assert awards("经研究，确定丰溪县青山酿造有限责任公司等3家企业为牵头单位。") == []


def test_works_named_in_title_marks_are_the_holders_of_a_bare_grade():
    # 授予中篇小说《X》等6件作品银奖: the work as written (quotes inside its title marks are its own), the prize the
    # notice named before
    text = ("丰溪县文学艺术奖是县政府设立的文艺最高奖。经评审，现决定授予长篇小说《东岭往事》等4件作品金奖；"
            "授予散文《父亲的“老伙计”》等9件作品铜奖。")
    assert awards(text) == [("丰溪县文学艺术奖", "金奖", "长篇小说《东岭往事》"),
                            ("丰溪县文学艺术奖", "铜奖", "散文《父亲的“老伙计”》")]
    # a quoted work granted a prize alone, no count after it
    assert awards("经省政府批准，授予“高寒山区茶树良种选育与应用”省科学技术进步奖一等奖。") == [
        ("省科学技术进步奖", "一等奖", "高寒山区茶树良种选育与应用")]
    # 授予“X”称号 with nobody named before the quotes: a title, no work holds it
    assert awards("市政府决定授予“文明家庭”称号。") == []


def test_a_person_on_a_prize_line_with_a_head_count_and_a_post_in_brackets():
    # 1.省最高科学技术奖1人：王明（省科学院院士、省农科院）: the person, not her post
    text = "2024年度省科学技术奖共授奖120项。具体情况如下：\n1.省最高科学技术奖1人：王明（省科学院院士、省农业科学院）；\n2.省自然科学奖20项。"
    assert awards(text) == [("省最高科学技术奖", None, "王明")]


def test_a_quoted_title_listed_beside_an_unquoted_one_is_two_titles():
    # 荣获“A”、B称号等: the quoted item is a title by its quotes, the other one a title of its own
    text = "丰溪县荣获“最美生态旅游县”、2023年度全国休闲农业重点县称号等，县域品牌持续打响。"
    assert [a[0] for a in awards(text)] == ["最美生态旅游县", "全国休闲农业重点县"]
    # a quote that is part of one name stays one name
    assert [a[0] for a in awards("丰溪县获评“科创中国”省级创新基地。")] == ["“科创中国”省级创新基地"]


def test_a_list_named_after_the_title_is_an_honour_of_its_own():
    # 荣获X称号，上榜Y榜单: the list came on top of the title (their names share a word, 避暑)
    text = "丰溪县连续三年荣获全国“避暑旅游目的地”称号，上榜2023年全球避暑名县榜单。"
    assert awards(text) == [("全国“避暑旅游目的地”", None, "丰溪县"), ("全球避暑名县榜单", None, "丰溪县")]
    # 跻身X名单，荣获Y称号: the list confers the title named after it, one honour
    text = "清州华光科技有限公司入选2024年度省级绿色制造名单，荣获“省级绿色工厂”称号。"
    assert awards(text) == [("省级绿色工厂", None, "清州华光科技有限公司")]


def test_a_back_reference_to_a_list_takes_its_full_name():
    # X省第一批…创建名单公布，…列入首批创建名单，A上榜: the list named in full a clause before
    text = "日前，福建省第一批省级特色乡镇创建名单正式公布，全省25个乡镇列入首批创建名单，丰溪县东岭镇作为文旅类乡镇上榜。"
    assert awards(text) == [("福建省第一批省级特色乡镇创建名单", None, "丰溪县东岭镇")]


def test_a_short_item_shaped_as_the_first_ones_last_word_shares_its_lead():
    # 获评全省工业发展十强县、十快县: 十快县 is the same contest's second title
    assert [a[0] for a in awards("丰溪县连续五年获评全省工业发展十强县、十快县。")] == ["全省工业发展十强县", "全省工业发展十快县"]


def test_the_first_to_reach_a_mark_holds_no_title():
    # 成为全省首个千亿产业镇: a milestone; 成为全省首个X示范镇 with a conferred title is an honour
    assert awards("东岭镇成为全省首个千亿产业镇。") == []
    assert awards("东岭镇成为全省首个国家生态文明建设示范镇。") == [("国家生态文明建设示范镇", None, "东岭镇")]


def test_a_subjectless_become_after_a_goal_goes_on_with_the_goal():
    # 打造成为A，成为B: what the plan wants it to become, no honour
    assert awards("东岭小镇计划按照高标准打造成为宜居宜游的旅游小镇，成为全省知名的特色小镇。") == []


def test_a_ranking_list_named_in_quotes_is_the_list_its_members_entered():
    # 形成了“2024镇域经济500强”研究。其中，A、B上榜: the quoted ranking list is what 上榜 entered
    text = "近日，《2024中国镇域经济研究》发布，形成了“2024镇域经济500强”研究。\n其中，丰溪县东岭镇、西坑镇上榜，分别位列第88位、第120位。"
    assert awards(text) == [("镇域经济500强", None, "丰溪县东岭镇"), ("镇域经济500强", None, "西坑镇")]
    # a bare place in the ranking, no selection verb: no award
    assert awards("2024中国综合竞争力百强县：丰溪县位列全国第46") == []


def test_a_sentence_opening_with_and_keeps_the_holder_of_the_sentence_before():
    # A多次被评为X。并获得“Y”称号 (a line-broken page): Y is A's, not the city's
    text = "清州市丰溪县近年来发展迅速。\n丰溪县多次被评为全省县域经济发展先进县\n并获得“最具投资价值城市”称号\n清州市加快发展。"
    assert awards(text) == [("全省县域经济发展先进县", None, "丰溪县"), ("最具投资价值城市", None, "丰溪县")]


def test_scope_words_are_no_county_of_the_notice():
    # 中国县域经济 / 县域: a scope, not a county named 中国县; the subjectless honour goes to the county the notice names
    text = ("丰溪县入围全国投资潜力百强县\n《中国县域经济发展报告》发布。中国县域经济持续向好。\n丰溪县经济保持快速增长\n"
            "多次被评为全省县域经济发展先进县。")
    assert {a[2] for a in awards(text)} == {"丰溪县"}


def test_a_ranking_table_under_an_honour_line_is_no_honour():
    # 2019年全国百强县排名, a line under 丰溪县入围…: the table of the ranking, no second honour
    text = "丰溪县再次入围全国投资潜力百强县(市)\n2023年全国投资潜力百强县(市)排名\n"
    assert [(a[0], a[2]) for a in awards(text)] == [("全国投资潜力百强县", "丰溪县")]
    # a line naming a year and a title under it is one more of its honours
    text = "丰溪县再次入围全国投资潜力百强县(市)\n2023年全国文明城市\n"
    assert [(a[0], a[2]) for a in awards(text)] == [("全国投资潜力百强县", "丰溪县"), ("全国文明城市", "丰溪县")]


def test_a_count_of_honours_names_none():
    # 荣获7个国家级文明称号 / 累计荣获国家级文明荣誉14项: a tally; the titles named one by one are the awards
    assert awards("丰溪县荣获5个国家级文明称号。截至目前累计荣获省级文明荣誉12项。") == []
    assert awards("丰溪县荣获国家级文明城市称号。") == [("国家级文明城市", None, "丰溪县")]


def test_members_of_a_list_under_public_notice_hold_nothing():
    # 确定第二批X建设名单，现予以公示。其中，A、B上榜: proposed, not conferred; a published list confers
    text = "近日，省科技厅确定第三批创新型乡镇建设名单，现予以公示，公示时间为5月1日至5月7日。其中，丰溪县东岭镇、西坑镇上榜。"
    assert awards(text) == []
    text = "近日，省科技厅公布第三批创新型乡镇名单。其中，丰溪县东岭镇、西坑镇上榜。"
    assert [a[2] for a in awards(text)] == ["丰溪县东岭镇", "西坑镇"]


def test_a_preliminary_evaluation_is_no_award():
    # “X”初评为科技进步一等奖: before any award (like 拟评定); 被评为 stays an award
    assert awards("其中，清州大学的“高寒山区茶树良种选育”初评为科技进步一等奖。") == []
    assert awards("清州大学被评为全国科技创新先进集体。") == [("全国科技创新先进集体", None, "清州大学")]


def test_a_name_put_together_keeps_the_characters_of_a_reprint():
    # 十強縣、十快縣 in a traditional reprint: the composed name 全省工業發展十快縣 in the reprint's characters
    text = "本報訊 近日，省經濟和信息化廳發佈通知。\n豐溪縣連續五年獲評全省工業發展十強縣、十快縣。"
    assert [a[0] for a in awards(text)] == ["全省工業發展十強縣", "全省工業發展十快縣"]
