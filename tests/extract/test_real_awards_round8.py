"""Awards, round 8: classes found on fresh real notices (rosters pasted from narrow pages, a place's honours in its
profile or in a review with no subject, page furniture, rankings and programmes that read like honours). Each test
is one class, in sentences written for the test, with the true awards of similar wordings kept."""
from tests.extract.test_real_awards_round6 import awards, full


def test_a_roster_heading_wrapped_onto_two_lines_heads_the_roster():
    # 2021-2023周期国家森林乡村 / 命名名单(浙江省): one heading; the list of those named is the title, its cycle no year
    text = ("经研究，决定命名东岭村等300个村为国家森林乡村。\n全国绿化委员会\n2024年3月1日\n"
            "2021-2023周期国家森林乡村\n命名名单(浙江省)\n清州市:东岭村、西坑村\n丰溪县:南山村")
    found = full(text)
    assert [(a, r) for a, _, r, _, _ in found] == [("国家森林乡村", "东岭村"), ("国家森林乡村", "西坑村"),
                                                   ("国家森林乡村", "南山村")]
    assert [lv for _, _, _, lv, _ in found] == ["national"] * 3
    # a heading on one line reads as before
    text = "2024年度省级绿色工厂名单\n清州华光科技有限公司\n丰溪精工机械有限公司"
    assert [r for _, _, r in awards(text)] == ["清州华光科技有限公司", "丰溪精工机械有限公司"]
    # a sentence (it ends with 。) or a line that names no title is no first half of a heading
    text = "近日，省林业局公布了认定结果。\n名单\n清州市:东岭村、西坑村"
    assert awards(text) == []
    assert awards("丰溪县召开表彰大会\n名单\n东岭村、西坑村") == []


def test_page_furniture_is_no_roster_and_ends_one():
    # 【相关链接】…名单 links to another page: the page's credits under it are no holders
    text = "丰溪经开区获评省级绿色园区。\n【相关链接】2024年度浙江省绿色制造名单\n图片\n来源: 清州日报\n编辑:王明\n回顶部"
    assert awards(text) == [("省级绿色园区", None, "丰溪经开区")]
    # a real roster stops at the credits
    text = "2024年度省级绿色工厂名单\n清州华光科技有限公司\n丰溪精工机械有限公司\n来源：清州日报\n编辑：王明\n返 回"
    assert [r for _, _, r in awards(text)] == ["清州华光科技有限公司", "丰溪精工机械有限公司"]


def test_a_place_profile_holds_the_honours_it_lists_with_no_subject():
    text = ("【东岭镇概况】 东岭镇位于丰溪县西北部，总面积86平方千米。东岭镇是典型的山区镇。"
            "先后获评为丰溪县平安乡镇、浙江省卫生镇、浙江省教育强镇，入选清州市第三批美丽城镇。")
    assert awards(text) == [("丰溪县平安乡镇", None, "东岭镇"), ("浙江省卫生镇", None, "东岭镇"),
                            ("浙江省教育强镇", None, "东岭镇"), ("清州市第三批美丽城镇", None, "东岭镇")]
    # a village or a county profiled the same way
    text = "东岭村地处丰溪县东部山区，全村共有农户500户。先后荣获浙江省文明村、浙江省卫生村称号。"
    assert awards(text) == [("浙江省文明村", None, "东岭村"), ("浙江省卫生村", None, "东岭村")]
    # a review with no profile keeps its report's place
    text = "丰溪县政府工作报告\n过去一年，全县上下团结一心，先后获评浙江省卫生县城、浙江省教育强县。丰溪县。"
    assert [r for _, _, r in awards(text)] == ["丰溪县", "丰溪县"]
    # a named holder in the sentence still wins over the profile
    text = "东岭镇位于丰溪县西北部。镇中心小学获评浙江省文明校园。"
    assert awards(text) == [("浙江省文明校园", None, "镇中心小学")]


def test_a_clause_that_opens_with_what_was_done_is_no_holder():
    # 举全区之力 / 编制…规划 / 举办…论坛 / …亮点纷呈: what the report's place did, its honours its own
    text = ("清州市丰溪区第五届人民代表大会第三次会议开幕，区人民政府区长王明向大会作政府工作报告。\n"
            "举全区之力、集各类资源，招引亿元以上项目26个，获评全市招商引资工作考核优秀单位。"
            "社会事业亮点纷呈，获评全省义务教育优质均衡发展示范区。丰溪区。")
    assert awards(text) == [("全市招商引资工作考核", "优秀", "丰溪区"), ("全省义务教育优质均衡发展示范区", None, "丰溪区")]
    # a city's report that names the city twice, and 建设城市 three times: the city holds it
    text = ("清州市第十届人民代表大会开幕。清州市市长作政府工作报告。加快建设城市治理示范区，编制全国首个社区发展治理规划，"
            "举办两届公园城市论坛，获批全国首个公园城市标准化综合试点。加快建设城市更新示范区。加快建设城市安全示范区。")
    assert awards(text) == [("全国首个公园城市标准化综合试点", None, "清州市")]
    # two cities named as often: no holder is guessed
    text = ("清州市第十届人民代表大会开幕。清州市市长作政府工作报告。重庆市代表团来访，重庆市领导出席。加快建设城市治理示范区，"
            "编制全国首个社区发展治理规划，获批全国首个公园城市标准化综合试点。加快建设城市更新示范区。加快建设城市安全示范区。")
    assert awards(text) == []
    # a body named before the action is still the holder, the action no part of its name
    text = "县人民医院打造智慧医院，获评省级智慧医院示范单位。"
    assert awards(text) == [("省级智慧医院示范单位", None, "县人民医院")]
    assert awards("丰溪县举全县之力，成功创成国家卫生县城。") == [("国家卫生县城", None, "丰溪县")]
    assert awards("集聚区管委会获评省级先进集体。") == [("省级先进集体", None, "集聚区管委会")]


def test_where_the_news_came_from_and_where_a_place_lies_are_no_holder():
    # 从…大会上获悉 says where the news was heard; 地处…的A镇: the town after the last 的
    text = ("从近日召开的丰溪县三级干部大会上获悉，地处丰溪江畔、历史悠久的丰溪县东岭镇，斩获颇丰，"
            "喜获2022年度丰溪县镇域经济优胜单位和绩效考核优秀单位，并荣获丰溪县招商引资优秀集体称号。")
    found = awards(text)
    assert [r for _, _, r in found] == ["丰溪县东岭镇"] * 3
    assert [a for a, _, _ in found] == ["丰溪县镇域经济优胜单位", "绩效考核", "丰溪县招商引资优秀集体"]


def test_a_firm_pointed_at_by_a_description_and_a_list_under_its_title():
    # 就是这样一座现代化工厂: the firm the reporter visited; the list and the title it confers are one honour
    text = ("日前，记者在清州华光精密机械股份有限公司厂区看到，生产线正忙。\n"
            "就是这样一座现代化工厂，不久前成功跻身工业和信息化部2024年度绿色制造名单，荣获“国家级绿色工厂”称号。")
    assert awards(text) == [("国家级绿色工厂", None, "清州华光精密机械股份有限公司")]
    # a firm described in the sentence before, pointed at as 这家企业
    text = "清州华光科技有限公司成立于2005年，是一家专业生产轴承的企业。这家企业先后获评国家级绿色工厂、省级专精特新企业。"
    assert [r for _, _, r in awards(text)] == ["清州华光科技有限公司"] * 2
    # a list of another honour beside a title stays an honour of its own
    text = "丰溪华光科技有限公司入选2023年省级专精特新企业名单，并获评省级绿色工厂。"
    assert awards(text) == [("省级专精特新企业", None, "丰溪华光科技有限公司"), ("省级绿色工厂", None, "丰溪华光科技有限公司")]


def test_an_honour_before_the_firm_that_holds_it():
    # 入选X的A有限公司先后投入…: the clause opens with the honour, its holder the firm after 的
    text = "入选今年浙江省第一批智能工厂的清州芯特科技有限公司先后投入3000多万元资金，建成无尘车间。"
    assert awards(text) == [("浙江省第一批智能工厂", None, "清州芯特科技有限公司")]
    # money or a bare list before 的 is no title
    assert awards("获得省级资金补助的清州芯特科技有限公司先后投入3000多万元。") == []
    assert awards("入选名单的清州芯特科技有限公司将获得支持。") == []


def test_a_zone_written_out_and_shortened_is_one_holder():
    text = "丰溪经开区获省级绿色园区称号\n近日，省工信厅公布名单，丰溪经济开发区荣获省级绿色园区称号。"
    assert awards(text) == [("省级绿色园区", None, "丰溪经开区")]
    # two zones of one city stay two
    text = "丰溪经开区、丰溪高新区获评省级绿色园区。"
    assert [r for _, _, r in awards(text)] == ["丰溪经开区", "丰溪高新区"]


def test_a_pointer_whose_sentence_names_what_was_chosen_looks_no_further():
    # 确定了5个X，丰溪县榜上有名: the pointer is to X (no list named), not to the list of a paragraph above
    text = ("2021年8月，文化和旅游部发布了全国乡村旅游重点村名录，丰溪县东岭村被评为“全国乡村旅游重点村”。\n"
            "省文化和旅游厅确定了5个全省重点旅游功能区，丰溪县榜上有名。")
    assert awards(text) == [("全国乡村旅游重点村", None, "丰溪县东岭村")]
    # a title line above a pointer with no choice of its own still names the list
    text = "清州市十佳美丽乡村名单出炉\n丰溪县东岭村榜上有名。"
    assert awards(text) == [("清州市十佳美丽乡村名单", None, "丰溪县东岭村")]


def test_a_programme_to_build_and_a_pilot_with_no_name_are_no_honours():
    assert awards("2012年8月，东岭镇被列入全省示范小城镇和“百镇千村”工程建设。") == []
    assert awards("改革重组三大国企，“云油控”等2项改革纳入国家试点。") == []
    assert awards("成都获批创建国家生态文明建设示范市。") == []
    # a named list or pilot is an honour
    assert awards("东岭镇被列入第三批全国特色小镇名单。") == [("全国特色小镇名单", None, "东岭镇")]
    assert awards("丰溪县纳入国家数字乡村试点。") == [("国家数字乡村试点", None, "丰溪县")]
    assert awards("丰溪县获批国家级服务业标准化试点。") == [("国家级服务业标准化试点", None, "丰溪县")]


def test_a_place_in_a_ranking_is_no_honour():
    # 荣登…榜首 / 入列…百强镇 / 跻身…行列 / …测评第一名: positions (NOTES: rankings are never awards)
    assert awards("丰溪县荣登全国发展潜力百强县榜首，跻身服务业全国10强。") == []
    assert awards("东岭镇入列中国百强镇，系“三湘第一镇”。") == []
    assert awards("丰溪县首次跻身全国科技创新百强县行列。") == []
    assert awards("向着更高水平迈进 | 丰溪区喜获全省文明城区测评第一名") == []
    # a selection of the list (入选 / 上榜), a list entered by name, a conferred 称号, a contest's place stay honours
    assert awards("丰溪县入选2024年全国综合实力百强县。") == [("全国综合实力百强县", None, "丰溪县")]
    assert awards("丰溪县上榜全国县域旅游综合实力百强县。") == [("全国县域旅游综合实力百强县", None, "丰溪县")]
    assert awards("丰溪化工园区成功入选2024年全国化工园区综合竞争力百强名单。") == [
        ("全国化工园区综合竞争力百强名单", None, "丰溪化工园区")]
    assert awards("丰溪县荣获“2020年浙江省茶叶十强县”称号。") == [("浙江省茶叶十强县", None, "丰溪县")]
    assert awards("丰溪县入围中国县域旅游百强县。") == [("中国县域旅游百强县", None, "丰溪县")]
    assert awards("清州精工集团位列中国民营企业500强第86位。") == []
    # 跻身…行列 of a title that is no ranking is the title
    assert awards("丰溪华光科技有限公司跻身国家级专精特新“小巨人”企业行列。") == [
        ("国家级专精特新“小巨人”企业", None, "丰溪华光科技有限公司")]
    assert awards("丰溪区获评第六届全省文明示范城区。") == [("第六届全省文明示范城区", None, "丰溪区")]


def test_quoted_titles_after_who_gave_them():
    text = "清州市政府工作报告。清州市获评央视“大美之城”“向往之城”。清州市。"
    assert awards(text) == [("大美之城", None, "清州市"), ("向往之城", None, "清州市")]
    # one quote inside a name keeps the name whole
    assert awards("丰溪县获评全国“两山”实践创新基地。") == [("全国“两山”实践创新基地", None, "丰溪县")]


def test_each_title_dates_itself_and_a_label_its_own_paragraph():
    text = "2022年，东岭镇成功创建省级卫生乡镇，东岭村荣膺“2022年中国美丽休闲乡村”“2021年浙江省先进基层党组织”。"
    found = full(text)
    assert [(a, d) for a, _, _, _, d in found if _ != "东岭镇"] == [("省级卫生乡镇", "2022"), ("中国美丽休闲乡村", "2022"),
                                                                   ("浙江省先进基层党组织", "2021")]
    # a headline's 年度 label does not date the honours of another paragraph
    text = "2024年度浙江省绿色制造名单公布\n丰溪经开区先后获评国家绿色生态示范城区、浙江省区域“双创”示范基地。"
    assert [d for *_, d in full(text)] == [None, None]
    # in its own paragraph it does
    text = "2013年度，全县招商引资工作成效显著，县政府决定对李国群同志记个人三等功一次。"
    assert [d for *_, d in full(text)] == ["2013"]


def test_a_village_title_with_no_holder_goes_to_the_village_of_the_notice():
    text = ("喜报！丰溪县东岭镇西坑村被评为全国文明村！\n\n连续四年荣获丰溪县“明星村”称号\n")
    assert awards(text) == [("全国文明村", None, "丰溪县东岭镇西坑村"), ("丰溪县“明星村”", None, "丰溪县东岭镇西坑村")]
    # a county's title stays the county's
    text = "丰溪县政府工作报告\n丰溪县东岭镇西坑村被评为全国文明村。全县上下团结一心，荣获全国文明县城称号。丰溪县。"
    assert awards(text) == [("全国文明村", None, "丰溪县东岭镇西坑村"), ("全国文明县城", None, "丰溪县")]


def test_two_ranks_named_together_leave_the_level_open():
    # 获得国家和省级X: which holder got which rank is not said
    found = full("丰溪县东岭茶获得国家和省级气候品质认证。")
    assert [(r, lv) for _, _, r, lv, _ in found] == [("丰溪县东岭茶", None)]
    assert [lv for *_, lv, _ in full("丰溪县东岭茶获得国家级气候品质认证。")] == ["national"]
