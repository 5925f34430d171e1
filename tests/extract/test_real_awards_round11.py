"""Awards, round 11: classes found on fresh real notices (a roster of one place's entrants grouped by county, a batch's
level named in the lead, a county-kind title with no issuer, a rate after 入选, a total that closes names across a
comma, a definition's copula, adverbs and counts of person-times as subjects, a published list inside a 公示 notice).
Each test is one class, in sentences written for the test, with wordings the rule must not fire on."""
from tests.extract.test_real_awards_round6 import awards, full


def test_a_roster_of_one_places_entrants_grouped_by_county():
    # 第N批X<place>上榜名单： over 名镇（2个）： / 名村（3个）： and county-labelled lines: the title before the place
    text = ("近日，省住建厅公布了第三批江南省美丽宜居示范村名单，我市多个村镇上榜。\n"
            "第三批美丽宜居示范村清州上榜名单：\n名镇（2个）：丰溪县东岭镇、青山县南坪镇。\n名村（3个）：\n"
            "丰溪县：上坑村、下坑村；\n青山县：石门村。")
    found = full(text)
    assert [a[2] for a in found] == ["丰溪县东岭镇", "青山县南坪镇", "上坑村", "下坑村", "石门村"]
    assert {a[0] for a in found} == {"第三批美丽宜居示范村"}
    # the villages of a county group, each with its town, after a comma: one list
    text = "附：第一批美丽宜居示范村清州入选名单\n名村（3个）：东岭镇上坑村、南坪镇下坑村，青山县石门镇石门村。"
    assert [a[2] for a in full(text)] == ["东岭镇上坑村", "南坪镇下坑村", "青山县石门镇石门村"]
    # not a roster: a heading without a title's head noun before the place, or a list of candidates
    assert awards("年度工作清州上榜名单：\n丰溪县：上坑村、下坑村。") == []
    assert awards("第三批美丽宜居示范村拟入选名单：\n丰溪县：上坑村、下坑村。") == []
    # a labelled line of places that are not villages or towns is no roster line of this kind
    assert awards("第三批美丽宜居示范村清州上榜名单：\n责任单位：县住建局，县农业农村局。") == []


def test_a_batch_titles_level_comes_from_the_lead_that_named_it_with_the_province():
    # 第二批X, after 入选第二批江南省X: the province stands between the batch and the title
    text = ("东岭村成功入选第二批浙江省森林乡村。\n第二批森林乡村清州上榜名单：\n丰溪县：上坑村、下坑村。")
    found = full(text)
    assert ("第二批浙江省森林乡村", None, "上坑村", "provincial", None) in found
    # another batch named with the province is no lead of this one
    text = ("东岭村去年入选第一批浙江省森林乡村。\n第二批森林乡村清州上榜名单：\n丰溪县：上坑村、下坑村。")
    assert {a[0] for a in full(text) if a[2] == "上坑村"} == {"第二批森林乡村"}


def test_a_title_held_by_a_kind_of_county_is_not_a_countys_title():
    # 首批典型县 / 示范县 / 百强县: the county holds the title; 省“X”…名单 read out before gives the level
    text = ("会上宣读了省“乡村振兴示范工程”首批典型县名单。\n“乡村振兴示范工程”首批典型县名单\n丰溪县（创先类）\n青山县（进位类）")
    found = full(text)
    assert [a[2][:3] for a in found] == ["丰溪县", "青山县"]
    assert {a[3] for a in found} == {"provincial"}
    # a county's own title still ranks with the county, and 节省 before a quote is no province
    assert full("东岭村被评为丰溪县文明村。")[0][3] == "county"
    assert full("为节省“乡村振兴示范工程”典型县名单的篇幅，仅列两县。\n“乡村振兴示范工程”典型县名单\n丰溪县（创先类）")[0][3] is None


def test_a_rate_or_a_count_after_ruxuan_is_no_selection():
    # 入选率居全国前列 / 入选数超过往届: a rate and a count, not 入选 a list
    assert awards("丰溪县、青山县被授予全国文明城市称号，入选率居全国前列，入选数超过往届总和。") == [
        ("全国文明城市", None, "丰溪县"), ("全国文明城市", None, "青山县")]
    assert awards("东岭村入选全国乡村旅游重点村。") == [("全国乡村旅游重点村", None, "东岭村")]


def test_a_total_closes_the_names_of_the_clauses_before_it():
    # A市、B市，C县、D县共4个城市被授予X: the total counts every name, across the comma
    text = "我省清州市、江城市，丰溪县、青山县共4个城市被授予第五届全国文明城市称号。"
    assert [a[2] for a in full(text)] == ["清州市", "江城市", "丰溪县", "青山县"]
    # a total that does not add up: the clause before is something else
    text = "清州市、江城市，丰溪县、青山县共3个城市被授予第五届全国文明城市称号。"
    assert [a[2] for a in full(text)] == ["丰溪县", "青山县"]


def test_a_definition_of_a_title_is_no_list_the_members_entered():
    # “小巨人”企业是…中的佼佼者: the title before 是 defines; the list named the line above is what they entered
    text = ("近日，清州市经信局确定40家企业为清州市第三批市级专精特新“小巨人”企业，我县3家企业上榜。\n"
            "专精特新“小巨人”企业是专精特新中小企业中的佼佼者。\n"
            "此次上榜的企业分别是丰溪华光机械股份有限公司、丰溪青山材料有限公司、丰溪东岭电子有限公司。")
    found = full(text)
    assert {a[0] for a in found} == {"清州市第三批市级专精特新“小巨人”企业"}
    assert len(found) == 3


def test_an_adverb_of_time_after_the_subject_and_a_count_of_person_times():
    # 医院近年来获得X: the hospital the paragraph is about; 数十人次获得Y: nobody named
    text = "丰溪县人民医院近年来获得“全国五一劳动奖状”等荣誉，数十人次获得“全国先进工作者”“省优秀医生”等表彰。"
    assert awards(text) == [("全国五一劳动奖状", None, "丰溪县人民医院")]
    assert awards("丰溪县第一中学多年来获得“全国文明校园”称号。") == [("全国文明校园", None, "丰溪县第一中学")]
    # a total of people is nobody: 今年我省共有50人荣获X
    assert awards("今年我省共有50人荣获全国劳动模范称号。") == []
    # a ranking's 年度 dates no honour of the paragraph
    text = "在全省2022年度公立医院绩效考核排名中，丰溪县人民医院位列第一。医院获得“省级文明单位”称号。"
    assert full(text)[0][4] is None


def test_a_published_list_inside_a_notice_of_a_proposed_one():
    # a 公示 notice of the next batch; 去年公布了第一批X名单。其中，A、B入选: the earlier list is final
    text = ("丰溪县东岭镇入列第二批全国森林小镇公示名单\n住建部拟将120个镇认定为第二批全国森林小镇，现予公示。\n"
            "去年，住建部公布了第一批80个全国森林小镇名单。其中，江南省有2镇入选，包括丰溪县青山镇、清州市南坪镇。")
    found = full(text)
    assert [a[2] for a in found] == ["丰溪县青山镇", "清州市南坪镇"]
    assert all("全国森林小镇" in a[0] for a in found)
    # the list named before is the proposed one: still nothing
    text = ("丰溪县东岭镇入列第二批全国森林小镇公示名单\n住建部拟将120个镇认定为第二批全国森林小镇，现予公示。\n"
            "住建部发布了第二批拟认定名单。其中，江南省有2镇入选，包括丰溪县青山镇、清州市南坪镇。")
    assert awards(text) == []


def test_page_furniture_in_brackets_ends_a_roster():
    text = "2024年度省级文明村名单\n丰溪县东岭村\n青山县石门村\n【纠错】 【责任编辑：王明】"
    assert [a[2] for a in full(text)] == ["丰溪县东岭村", "青山县石门村"]


def test_a_works_clause_is_no_holder_and_a_counted_title_names_nobody():
    # a county's report: 改造老旧小区30个，创成A省级X样板区和2个省级Y样板镇，获评省Z优胜县: the works say what was
    # done; the place before the level holds its title; the counted towns are not named; the county takes the rest
    text = ("丰溪县人民政府工作报告\n过去一年，丰溪县改革发展稳步推进。改造老旧小区30个，新增停车位500个，"
            "创成青溪画廊省级县域风貌样板区和2个省级美丽城镇样板镇，获评省美丽乡村优胜县。")
    found = awards(text)
    assert ("省级县域风貌样板区", None, "青溪画廊") in found
    assert ("省美丽乡村优胜县", None, "丰溪县") in found
    assert not any("样板镇" in a[0] or a[2] in ("改造老旧小区", "新增停车位") for a in found)
    # a province or a batch before the level is no holder
    text = "丰溪县人民政府工作报告\n过去一年，丰溪县改革发展稳步推进。创成浙江省级生态文明示范县。"
    assert all(a[2] != "浙江" for a in awards(text))
    text = "丰溪县人民政府工作报告\n过去一年，丰溪县改革发展稳步推进。创成首批省级全域旅游示范区。"
    assert all(a[2] != "首批" for a in awards(text))
    # 丰溪县级: a county's own level, its name before it, no holder
    text = "丰溪县人民政府工作报告\n过去一年，丰溪县改革发展稳步推进。创成丰溪县级文明乡镇。"
    assert all(a[2] != "丰溪" for a in awards(text))


def test_another_batch_of_a_ranked_title_ranks_the_same():
    # 附：第一批X上榜名单 after 第二批浙江省X: the earlier batch of the same title, the province's too
    text = ("东岭村成功入选第二批浙江省森林乡村。\n第二批森林乡村清州上榜名单：\n丰溪县：上坑村、下坑村。\n"
            "附：第一批森林乡村清州上榜名单\n名村（1个）：丰溪县石门村。")
    assert ("第一批森林乡村", None, "丰溪县石门村", "provincial", None) in full(text)
    # a different title after the batch ranks on its own
    text = ("东岭村成功入选第二批浙江省森林乡村。\n第二批森林乡村清州上榜名单：\n丰溪县：上坑村、下坑村。\n"
            "附：第一批美丽乡村清州上榜名单\n名村（1个）：丰溪县石门村。")
    assert ("第一批美丽乡村", None, "丰溪县石门村", None, None) in full(text)


def test_ruxuan_qizhong_points_to_the_list_named_before():
    # 公布第二批X名单，…我市A县、B县入选其中: 其中 is the list the clause before named
    text = "近日，省发改委公布第二批森林康养示范县名单，全省10家单位榜上有名，丰溪县、青山县入选其中。"
    assert [a[2] for a in full(text)] == ["丰溪县", "青山县"]
    assert all("森林康养示范县" in a[0] for a in full(text))
    # a proposed list: nothing
    assert awards("省发改委公布第二批森林康养示范县拟命名名单，丰溪县、青山县入选其中。") == []


def test_a_count_of_cases_is_no_holder():
    # 两项案例入选…典型案例: how many, nobody named; a named case holds its selection
    assert awards("两项案例入选全省数字化改革优秀典型案例。") == []
    assert awards("丰溪县“共富工坊”案例入选全省数字化改革优秀典型案例。") == [
        ("全省数字化改革优秀典型案例", None, "丰溪县“共富工坊”案例")]
