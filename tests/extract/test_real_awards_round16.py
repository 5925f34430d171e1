"""Awards, round 16: the review of round 15's rules (a kept title negated or only meant, members of a list of the best
that are no place or body, a group's date carried past a newer batch, a counted pointer's roster bounded by its count,
a pointer after a group no one named) and the classes of round 16's notices: a list named first and then published
(X名单公布，A入选), the holders of a title as a class (获得X称号的地区应…), honours listed with their count
(等多项荣誉 / 等多项美誉), and a place's profile under a heading that names it. Each test is one class, in sentences
written for the test, with the wordings the rule must not fire on."""
import datetime as dt

from tests.extract.test_real_awards_round6 import awards, full


def _d(day: str) -> dt.date:
    return dt.date.fromisoformat(day)


# --- 继续保留: only a title kept, not one lost, put off or meant ---------------------------------------------------------

def test_a_title_kept_after_review_goes_to_each_place():
    found = awards("经复查，南川市、北塘市继续保留“国家卫生城市”称号。")
    assert found == [("国家卫生城市", None, "南川市"), ("国家卫生城市", None, "北塘市")]
    assert awards("经复核，东岭县仍保留“全国文明县城”荣誉称号。") == [("全国文明县城", None, "东岭县")]


def test_a_title_not_kept_put_off_or_only_meant_is_no_award():
    for text in ("东岭县因复核不达标，不再继续保留“国家卫生县城”称号。",
                 "北塘市未继续保留“国家森林城市”称号。",
                 "东岭县被暂缓继续保留“全国文明县城”称号，限期一年整改。",
                 "在上一轮复查中，南川区没有继续保留“国家生态区”称号。",
                 "东岭县应继续保留“国家园林县城”称号。",
                 "北塘市可继续保留“国家卫生城市”称号。",
                 "南川市需继续保留“全国文明城市”称号，须加大整改力度。",
                 "东岭县能否继续保留“国家卫生县城”称号，取决于复查结果。"):
        assert awards(text) == [], text


# --- members of a list of the best: places or bodies, named with their ranks -----------------------------------------------

def test_members_of_a_published_list_of_the_best_with_their_ranks():
    text = "某研究机构发布2024中国工业百强县榜单，全省共6个县入选，其中，东岭县排名第21位，南川县排名第57位。"
    found = full(text, _d("2024-08-01"))
    assert [(a[0], a[1], a[2]) for a in found] == [("中国工业百强县", "第21位", "东岭县"), ("中国工业百强县", "第57位", "南川县")]
    text = "中国企业联合会发布2024中国服务业企业500强榜单，我省9家企业上榜，其中北塘集团排名第103位。"
    assert awards(text, _d("2024-09-01")) == [("中国服务业企业500强", "第103位", "北塘集团")]


def test_a_count_or_a_measure_ranked_in_the_list_is_no_member():
    text = "某研究机构发布2024中国工业百强县榜单，全省共6个县入选，其中，我市入选县数量排名第3，东岭县排名第21位。"
    assert awards(text, _d("2024-08-01")) == [("中国工业百强县", "第21位", "东岭县")]
    text = "某研究机构发布2024中国工业百强县榜单，我市2个县入选，其中东岭县排名第21位，南川县工业增加值排名第4。"
    assert awards(text, _d("2024-08-01")) == [("中国工业百强县", "第21位", "东岭县")]


def test_a_list_published_by_someone_keeps_no_particle_in_its_name():
    text = "去年某机构发布的2023中国工业百强县榜单中，我市2个县入选，其中东岭县排名第33位。"
    found = full(text, _d("2024-08-01"))
    assert [(a[0], a[1], a[2], a[4]) for a in found] == [("中国工业百强县", "第33位", "东岭县", "2023")]


# --- a counted group's date, carried to its list only within the same batch ----------------------------------------------

def test_a_group_date_carries_to_its_list():
    text = "8月，省林业局公布第二批名单，我市3个村被认定为省级善治示范村。\n3个被认定的省级善治示范村分别为：东坑村、南岙村。"
    found = full(text, _d("2024-10-10"))
    assert [(a[2], a[4]) for a in found] == [("东坑村", "2024-08"), ("南岙村", "2024-08")]


def test_a_newer_batch_between_the_group_and_the_list_keeps_the_old_date_off():
    text = ("2022年，我市4个村被认定为省级善治示范村。\n今年，省林业局又公布了新一批名单。\n"
            "被认定的省级善治示范村分别为：东坑村、南岙村。")
    found = full(text, _d("2024-10-10"))
    assert [a[2] for a in found] == ["东坑村", "南岙村"] and all(a[4] != "2022" for a in found)


# --- a counted pointer: the count bounds its roster; a group no one named still has its pointer -------------------------

def test_a_counted_pointer_takes_only_its_count_of_lines():
    text = ("我县东岭机械等2家企业被认定为省级隐形冠军企业。\n2家企业分别为：\n东岭机械有限公司\n南川电子有限公司\n"
            "北塘纺织有限公司\n西坑食品有限公司")
    holders = [a[2] for a in awards(text) if a[0] == "省级隐形冠军企业"]
    assert "东岭机械有限公司" in holders and "南川电子有限公司" in holders
    assert "北塘纺织有限公司" not in holders and "西坑食品有限公司" not in holders


def test_a_pointer_written_as_a_list_heading_takes_the_group_honour():
    text = ("我县东岭机械等2家企业被认定为省级隐形冠军企业。\n上述2家企业名单如下：\n东岭机械有限公司\n南川电子有限公司")
    found = awards(text)
    assert ("省级隐形冠军企业", None, "南川电子有限公司") in found
    assert not any(a[0].startswith("上述") for a in found)


def test_a_pointer_after_a_group_no_one_named():
    text = ("近日，省经信厅公布2024年度省级绿色工厂名单，我县3家企业入选。\n3家企业分别为：\n东岭机械有限公司\n"
            "南川电子有限公司\n北塘纺织有限公司\n县经信局局长李强表示：\n将继续做好培育工作。")
    found = full(text, _d("2024-11-01"))
    assert [a[2] for a in found] == ["东岭机械有限公司", "南川电子有限公司", "北塘纺织有限公司"]
    assert {a[0] for a in found} == {"省级绿色工厂"}


def test_a_pointer_with_another_count_or_a_proposal_takes_nothing():
    text = "我县3家企业入选省级绿色工厂名单。\n今年我县新增规上企业5家。\n5家企业分别为：\n东岭机械有限公司\n南川电子有限公司"
    assert all(a[2] not in ("东岭机械有限公司", "南川电子有限公司") for a in awards(text))


# --- a list named first, then published: 2019年，第二批X名单公布，A入选 -------------------------------------------------------

def test_a_list_named_then_published_gives_what_entered_it():
    text = ("9月，省生态环境厅公示了第六批省级生态文明建设示范县拟命名名单，南川县入选拟命名名单。\n"
            "2019年，第三批省级生态文明建设示范县名单公布，东岭县入选。\n"
            "2021年，第五批省级生态文明建设示范县名单正式发布，北塘县、西坑县入选。")
    found = full(text, _d("2024-09-20"))
    assert [(a[2], a[4]) for a in found] == [("东岭县", "2019"), ("北塘县", "2021"), ("西坑县", "2021")]
    assert all("生态文明建设示范县" in a[0] for a in found)


def test_a_proposed_list_named_then_put_to_a_notice_gives_nothing():
    text = "近日，第六批省级生态文明建设示范县拟命名名单公示，南川县入选。"
    assert awards(text, _d("2024-09-20")) == []


# --- the holders of a title as a class ----------------------------------------------------------------------------

def test_the_holders_of_a_title_as_a_class_are_no_award():
    text = ("2020年，东岭县被命名为国家生态文明建设示范县。\n"
            "获得国家生态文明建设示范县称号的地区应持续巩固创建成果。对获得省级森林城镇称号的乡镇，给予一次性奖励。")
    assert awards(text, _d("2024-09-20")) == [("国家生态文明建设示范县", None, "东岭县")]


def test_the_only_holder_of_a_title_is_still_one():
    found = awards("东岭县成为全省首个获得国家生态文明建设示范县称号的县。")
    assert ("国家生态文明建设示范县", None, "东岭县") in found


# --- honours listed with their count -------------------------------------------------------------------------------

def test_honours_listed_with_their_count_are_each_an_award():
    for tail in ("等多项荣誉", "等多项荣誉称号", "等10余项荣誉", "等诸多殊荣", "等一系列荣誉"):
        text = f"南岙镇先后荣获省级卫生乡镇、全国文明村镇{tail}。"
        assert awards(text) == [("省级卫生乡镇", None, "南岙镇"), ("全国文明村镇", None, "南岙镇")], text


def test_honours_a_place_holds_listed_as_its_titles():
    text = "南岙镇拥有全国重点镇、省级历史文化名镇等多项美誉。"
    assert awards(text) == [("全国重点镇", None, "南岙镇"), ("省级历史文化名镇", None, "南岙镇")]


def test_what_a_place_has_that_is_no_honour():
    assert awards("南岙镇拥有3个省级传统村落、12家规上企业等资源。") == []
    assert awards("南岙镇拥有山水林田等丰富资源，素有“浙南粮仓”的美名。") == []


# --- a place's profile under a heading that names it -----------------------------------------------------------------

def test_a_profile_under_its_place_heading_gives_the_place_its_honours():
    text = ("全市3个镇上榜\n东岭县南岙镇\n南岙已发展成为一座产业特色鲜明的工贸小镇，先后荣获省级卫生乡镇、全国文明村镇等多项荣誉。\n"
            "北塘区西坑镇\n西坑镇山清水秀，历史悠久。它是省级中心镇，拥有全国环境优美乡镇、省级森林城镇等多项美誉。")
    found = awards(text)
    assert ("省级卫生乡镇", None, "东岭县南岙镇") in found and ("全国文明村镇", None, "东岭县南岙镇") in found
    assert ("全国环境优美乡镇", None, "北塘区西坑镇") in found and ("省级森林城镇", None, "北塘区西坑镇") in found
    assert not any(a[2] and a[2].startswith("它") for a in found)


def test_a_profile_without_honours_gives_nothing():
    text = "东岭县南岙镇\n南岙镇位于东岭县西北部，以茶闻名，素有“江南茶乡”的美名。它是省级中心镇。"
    assert awards(text) == []


# --- second pass: a title alone on its line over its holders, one to a line (no 名单, no colon) ------------------------

def test_a_title_line_heads_the_holders_under_it():
    text = ("近日，省农业农村厅公布2023年度先进名单。\n"
            "2023年度福建省森林城镇（丰溪市）\n青山镇\n北塘区东坑镇\n"
            "2023年度福建省卫生村（丰溪市）\n东岭县\n南岙镇上坑村\n西坑乡石门村\n北塘区\n湖头村\n"
            "来源：丰溪发布")
    found = full(text, _d("2024-01-10"))
    towns = [a for a in found if a[0].endswith("森林城镇")]
    villages = [a for a in found if a[0].endswith("卫生村")]
    assert {a[2] for a in towns} == {"青山镇", "北塘区东坑镇"}
    assert {a[2] for a in villages} == {"南岙镇上坑村", "西坑乡石门村", "湖头村"}  # (东岭县 / 北塘区: group labels)
    assert all(a[3] == "provincial" and a[4] == "2023" for a in found if a[2] != "丰溪发布")


def test_a_title_line_in_other_forms():
    # a bullet, a run of names on one line, no place in brackets
    text = "省级生态文明示范村\n● 东岭村 西坑村 上坑村\n● 石门村\n以上排名不分先后。"
    assert {a[2] for a in awards(text)} == {"东岭村", "西坑村", "上坑村", "石门村"}
    text = "全国文明单位\n丰溪县人民医院\n丰溪县税务局\n丰溪县实验中学\n"
    assert {a[2] for a in awards(text)} == {"丰溪县人民医院", "丰溪县税务局", "丰溪县实验中学"}


def test_a_title_line_that_heads_no_holders_or_no_title():
    # a proposal, a work list, a heading with no title or a title line over prose: no roster
    assert awards("关于2023年度省级森林城镇的公示\n2023年度福建省森林城镇（丰溪市）\n青山镇\n东坑镇\n") == []
    assert awards("二、省级重点帮扶村\n东岭村\n西坑村\n") == []
    assert awards("全市重点建设项目\n丰溪县人民医院\n丰溪县实验中学\n") == []
    assert awards("全省美丽乡村示范乡镇\n创建工作稳步推进，各地积极申报。\n青山镇\n") == []
    assert awards("丰溪县2024年工作要点\n一、省级森林城镇\n青山镇\n东坑镇\n") == []


# --- second pass: 授予A、B、C3家企业X: a list named in full, then counted, no 等 ------------------------------------

def test_a_grant_to_a_list_counted_without_deng():
    text = ("经严格评审，县政府决定：授予丰溪甲科技有限公司、丰溪乙材料有限公司、丙建设集团有限公司3家企业“第三届丰溪县"
            "人民政府质量奖”，授予丁食品有限公司、戊电子有限公司2家企业“第三届丰溪县人民政府质量奖提名奖”。")
    found = awards(text)
    assert ("第三届丰溪县人民政府质量奖", None, "丙建设集团有限公司") in found
    assert ("第三届丰溪县人民政府质量奖提名奖", None, "戊电子有限公司") in found or \
        ("第三届丰溪县人民政府质量奖", "提名奖", "戊电子有限公司") in found
    assert len(found) == 5
    text = "市政府决定授予东岭镇、西坑镇2个镇2023年度丰溪市美丽城镇建设先进镇称号。"
    assert {a[2] for a in awards(text)} == {"东岭镇", "西坑镇"}


def test_a_counted_list_that_is_no_grant():
    assert awards("拟授予丰溪甲科技有限公司、丰溪乙材料有限公司2家企业“丰溪县人民政府质量奖”，现予以公示。") == []
    assert awards("丰溪甲科技有限公司、丰溪乙材料有限公司2家企业申报丰溪县人民政府质量奖。") == []


def test_a_signature_run_into_the_last_sentence_dates_the_decision():
    text = ("经严格评审，县政府决定：授予丰溪甲科技有限公司、丰溪乙材料有限公司2家企业“第三届丰溪县人民政府质量奖”，"
            "现予以公布，希望获奖企业再接再厉，丰溪县人民政府2024年3月5日附件：。")
    assert {a[4] for a in full(text, _d("2024-03-08"))} == {"2024-03-05"}
    # a date that ends the prose with no body's name before it is no signature
    text = "授予丰溪甲科技有限公司、丰溪乙材料有限公司2家企业“第三届丰溪县人民政府质量奖”，颁奖仪式定于2024年3月5日。"
    assert {a[4] for a in full(text, _d("2024-03-08"))} == {None}


# --- second pass: 获批 a dated national title; 被列入 a named list of the best ---------------------------------------

def test_a_dated_title_approved_or_a_best_list_entered():
    assert awards("南岙镇获批2023年全国农业产业强镇。") == [("全国农业产业强镇", None, "南岙镇")]
    assert awards("丰溪蜜桔被列入全国2023年度最具影响力农产品区域公用品牌。") == \
        [("全国2023年度最具影响力农产品区域公用品牌", None, "丰溪蜜桔")]
    # a work list or a plan: no honour
    assert awards("丰溪蜜桔被列入全省重点培育农产品品牌。") == []
    assert awards("南岙镇获批2023年全国农业产业强镇建设资金500万元。") == []


def test_a_word_glossed_as_a_whole_is_read_without_its_gloss():
    found = awards("该县东岭街道上坑村、南岙镇(nánàozhèn)西坑村同步入选“全国文明村镇(wénmíngcūnzhèn)”。")
    assert {a[2] for a in found} == {"东岭街道上坑村", "南岙镇西坑村"}


def test_a_title_line_over_one_name_or_a_kind_in_brackets():
    # one name under a title line, then prose: a tag, no roster (round 14)
    assert awards("省级森林城镇\n青山镇\n近日，全省森林城镇建设推进会召开。") == []
    # the kind of holder in brackets stays in the title; a place in brackets is the part of the list printed
    text = "全国文明城市（县级市）\n丰溪市\n青山市\n"
    assert {a[0] for a in awards(text)} == {"全国文明城市（县级市）"}
