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
