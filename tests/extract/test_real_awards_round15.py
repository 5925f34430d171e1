"""Awards, round 15: rosters of places written under the places above them (province, city, county: holders, not
categories), a counted group named on the lines under a pointer (10家企业分别为：), a roster line with a brand in
brackets, the date of a counted group's honour carried to the names that follow, a district's titles, a reporter's day of learning, titles kept after a review, and members of a list of the
best named with their ranks. Each test is one class, in sentences written for the test, with the wordings the rule
must not fire on."""
import datetime as dt

from warehouse.extract.awards.dating import event_date
from warehouse.extract.awards.parts import level_of

from tests.extract.test_real_awards_round6 import awards, full


def _d(day: str) -> dt.date:
    return dt.date.fromisoformat(day)


# --- a roster of villages written under their province, city and county ----------------------------------------------

def test_a_roster_line_written_with_its_province_city_and_county_is_a_holder():
    text = ("近日，农业农村部公布了2024年全国乡村旅游重点村名单。\n2024年全国乡村旅游重点村江南上榜名单：\n"
            "江南省清州市丰溪县东岭镇石门村\n江南省白河市青山区北坡乡西坑村\n江南省清州市南山县白沙镇龙泉社区")
    found = full(text, _d("2024-09-01"))
    assert [a[2] for a in found] == ["江南省清州市丰溪县东岭镇石门村", "江南省白河市青山区北坡乡西坑村",
                                     "江南省清州市南山县白沙镇龙泉社区"]
    assert {a[0] for a in found} == {"全国乡村旅游重点村"} and {a[4] for a in found} == {"2024"}


def test_the_same_roster_in_traditional_characters_with_pinyin_glosses():
    text = ("近日，農(nóng)業(yè)農(nóng)村部公布了2024年中國美麗休閑鄉(xiāng)村名單。\n"
            "2024年中國美麗休閑鄉(xiāng)村江南上榜名單：\n江南省清州市丰溪縣東嶺鎮(zhèn)石門村\n江南省白河市青山區(qū)北坡鄉(xiāng)西坑村")
    found = full(text, _d("2024-09-01"))
    assert len(found) == 2 and {a[4] for a in found} == {"2024"}
    assert found[0][2].endswith("石門村") and "(" not in found[0][2]


def test_a_category_under_a_bare_roster_heading_still_names_the_title():
    text = "名 单\n全国文明村镇\n东岭村\n西坑村\n全国文明单位\n丰溪县税务局"
    found = [a[:3] for a in full(text)]
    # (round 18 review: the last line of the text, under its own category, is that category's holder, no signature)
    assert found == [("全国文明村镇", None, "东岭村"), ("全国文明村镇", None, "西坑村"), ("全国文明单位", None, "丰溪县税务局")]


# --- a counted group, named on the lines under a pointer --------------------------------------------------------------

def test_a_counted_group_named_under_a_pointer_line_holds_the_honour_the_lead_gave():
    text = ("近日，江南省第三批“江南老字号”认定工作结束，清州华光食品有限公司（华光）等4家企业被认定为“江南老字号”。\n"
            "4家企业（品牌）分别为：\n清州华光食品有限公司（华光）\n丰溪县王记酱坊（王记老酱）\n白河青山茶业有限公司（青山）\n"
            "南山县李家糕点店（李家）\n省商务厅有关负责人表示：\n老字号要加强动态管理。")
    found = awards(text)
    assert [a[2] for a in found][-3:] == ["丰溪县王记酱坊（王记老酱）", "白河青山茶业有限公司（青山）", "南山县李家糕点店（李家）"]
    assert "清州华光食品有限公司（华光）" in [a[2] for a in found]
    assert {a[0] for a in found} == {"江南老字号"}


def test_a_pointer_with_another_count_or_after_a_proposal_names_no_holders():
    # the count does not match the group the lead gave the honour to: whose list it is is not said
    text = ("丰溪县华光公司等4家企业被认定为“江南老字号”。\n3家企业分别为：\n白河青山茶业有限公司\n南山县李家糕点店")
    assert [a[2] for a in awards(text)] == ["丰溪县华光公司"]
    # a group proposed (拟认定) holds nothing
    text = "省商务厅拟认定4家企业为“江南老字号”，现予以公示。\n4家企业分别为：\n白河青山茶业有限公司\n南山县李家糕点店"
    assert awards(text) == []


# --- the date of a counted group's honour goes on to the names that follow ----------------------------------------------

def test_the_date_of_a_counted_group_dates_the_names_listed_after_it():
    text = ("记者从市农业农村局获悉，8月底省农业农村厅公布第一批和美乡村名单，我市12个村被认定为省级和美乡村示范村。\n\n"
            "12个被认定的省级和美乡村示范村分别为：丰溪县东岭镇石门村，青山区北坡乡西坑村。")
    found = full(text, _d("2024-09-10"))
    assert [(a[2], a[4]) for a in found] == [("丰溪县东岭镇石门村", "2024-08"), ("青山区北坡乡西坑村", "2024-08")]


def test_a_procedure_passed_is_no_title_confirmed():
    text = "通过自主创建、市级复验、省级复核，我市12个村被认定为省级和美乡村示范村。"
    assert awards(text, _d("2024-09-10")) == []
    text = "青山县通过国家卫生县城复审。"
    assert awards(text, _d("2024-09-10")) == [("国家卫生县城", None, "青山县")]


def test_the_day_a_reporter_learnt_of_it_is_no_date_of_the_honour():
    day = _d("2024-04-30")
    assert event_date("昨日，记者从省住建厅了解到，住建部日前公布", day) is None
    assert event_date("4月29日，记者从省总工会获悉，", day) is None
    assert event_date("4月28日，表彰大会在北京举行", day) == "2024-04-28"
    assert event_date("昨日，省文明委公布2023年度名单", day) == "2024-04-29"


# --- a district's titles ------------------------------------------------------------------------------------------------------

def test_a_title_named_by_a_district_of_a_city_ranks_with_the_district():
    assert level_of("清州市丰溪区2024年度纳税十强企业") == "county"
    assert level_of("清州市青山县先进集体") == "county"
    # the city's own titles, its zones, and the kinds of place a city names
    assert level_of("清州市文明单位") == "municipal"
    assert level_of("清州市先进县区") == "municipal"
    assert level_of("清州市高新区优秀企业") == "municipal"
    assert level_of("清州市示范区") == "municipal"


def test_a_year_inside_a_districts_title_dates_it():
    text = "丰溪华光公司被授予“清州市丰溪区2024年度纳税十强企业”称号。"
    assert full(text) == [("清州市丰溪区2024年度纳税十强企业", None, "丰溪华光公司", "county", "2024")]


# --- a title kept after a review -----------------------------------------------------------------------------------------------

def test_a_title_kept_after_a_review_is_received_again():
    text = "经复查确认，清州市继续保留“全国卫生城市”荣誉称号。"
    assert awards(text, _d("2024-11-10")) == [("全国卫生城市", None, "清州市")]
    text = "经复查确认，丰溪县仍保留“国家生态县”称号。"
    assert awards(text, _d("2024-11-10")) == [("国家生态县", None, "丰溪县")]
    # whether it is kept, or a warning that it will not be: no honour received
    assert awards("复查不合格的，将不再保留“全国卫生城市”称号。", _d("2024-11-10")) == []
    assert awards("清州市能否继续保留“全国卫生城市”称号，取决于明年复查。", _d("2024-11-10")) == []


# --- members of a list of the best, named with their ranks ---------------------------------------------------------------------

def test_members_of_a_published_list_of_the_best_named_with_their_ranks():
    text = "昨日，某研究院发布2024中部百强县榜单，江南省共5个县上榜，其中青山县排名第3，丰溪县排名第12，白河县位列第40位。"
    found = full(text, _d("2024-06-01"))
    assert [(a[0], a[1], a[2]) for a in found] == [("中部百强县", "第3", "青山县"), ("中部百强县", "第12", "丰溪县"),
                                                   ("中部百强县", "第40位", "白河县")]
    text = "2024全国百强区名单正式公布。我市共3个区入选，其中，东湖区居第8名、西山区居第21名。"
    assert [(a[1], a[2]) for a in full(text, _d("2024-06-01"))] == [("第8名", "东湖区"), ("第21名", "西山区")]


def test_ranks_with_no_list_of_the_best_entered_are_no_awards():
    # a ranking in an assessment, a goal to enter a list, a ranking named as such, a list only proposed
    assert awards("在全省营商环境考核中，共10个县参评，其中青山县排名第1。", _d("2024-06-01")) == []
    assert awards("某机构发布2024全国百强县榜单。我市力争3个县进入榜单，其中青山县排名第10。", _d("2024-06-01")) == []
    assert awards("某机构发布2024县域经济排名，全省12个县入选，其中青山县排名第5。", _d("2024-06-01")) == []
    assert awards("某机构公示2024全国百强县拟入选名单，我市3个县入选，其中青山县排名第5。", _d("2024-06-01")) == []
