"""Review of round 16, awards and targets: a title alone on its line over names is a roster only when the text above
confers it (not when it revokes, warns, plans, applies for or shares out the work); a revoked grant (撤销授予) names no
holder; a signature run into the last sentence dates a decision, not a news item; a length or an area held at a
floor or per head is a level, not work done; a plan heading that names this year first keeps its items in this year.
Each test is one class, in sentences written for the test, with a near miss that must still fire."""
import datetime as dt

from tests.extract.test_real_awards_round6 import awards, full
from warehouse.extract import extract_document
from warehouse.extract.measures import find_measures

SPRING = dt.date(2024, 3, 12)


def _d(day: str) -> dt.date:
    return dt.date.fromisoformat(day)


# --- a title alone on its line: only under a lead that confers it ------------------------------------------------------

def test_a_title_line_under_a_revocation_warning_plan_or_application_is_no_roster():
    for text in ("关于撤销部分乡镇市级园林乡镇称号的通报\n经年度复查，下列乡镇已达不到标准，决定取消其称号。\n市级园林乡镇\n南岙镇\n北塘镇",
                 "经专项督查，下列村庄人居环境问题较多，予以黄牌警告，限期两个月整改。\n市级美丽村庄\n上林村\n下溪村",
                 "北塘县农业农村局2023年工作总结\n明年，我们将加快推进下列乡镇的创建工作。\n省级农业强镇\n南岙镇\n北塘镇",
                 "今年我县共有2个村拟申报市级文明村，具体名单如下。\n市级文明村\n上林村\n下溪村"):
        assert awards(text, SPRING) == [], text


def test_a_title_line_over_the_bodies_that_answer_for_it_is_no_roster():
    text = "北塘县创卫工作任务分解\n国家卫生县城\n县住建局\n县市场监管局\n省级园林县城\n县自然资源局\n县交通局"
    assert awards(text, SPRING) == []
    # without the heading, a place title over departments is still no roster of holders
    assert awards("国家卫生县城\n县住建局\n县市场监管局", SPRING) == []


def test_a_title_line_under_a_lead_that_confers_it_is_still_a_roster():
    text = "北塘市人民政府关于命名2023年度省级卫生村的通知\n经考核，下列村庄达到标准。\n省级卫生村\n上林村\n下溪村"
    assert {a[2] for a in awards(text, SPRING)} == {"上林村", "下溪村"}
    # a title held by bodies keeps them (a department can hold a unit's title)
    text = "近日，市里公布了年度评选结果。\n市级文明单位\n北塘县税务局\n北塘县气象局"
    assert "北塘县税务局" in {a[2] for a in awards(text, SPRING)}


# --- 撤销授予: a grant taken back -----------------------------------------------------------------------------------------

def test_a_revoked_grant_names_no_holder():
    for text in ("经复查，市政府决定撤销授予北塘甲电子有限公司、北塘乙机械有限公司2家企业的“北塘市守合同重信用企业”称号。",
                 "鉴于其存在严重违法行为，市总工会决定取消授予王志强同志的“北塘市五一劳动奖章”。"):
        assert awards(text, SPRING) == [], text


def test_a_grant_after_a_revocation_in_another_clause_still_holds():
    text = "市政府决定撤销原有评比表彰，授予北塘甲电子有限公司、北塘乙机械有限公司2家企业“北塘市守合同重信用企业”称号。"
    assert {a[2] for a in awards(text, SPRING)} == {"北塘甲电子有限公司", "北塘乙机械有限公司"}


# --- the signature run into the last sentence: a decision's, not a news item's posting line ---------------------------

def test_a_news_items_posting_line_does_not_date_the_honour():
    text = "日前，上林村被评为“市级美丽村庄”。据了解，该村近年来大力发展民宿经济。北塘县农业农村局2024年3月7日"
    assert [a[4] for a in full(text, _d("2024-03-10"))] == [None]
    text = "上林村被评为“市级美丽村庄”，该村近年来大力发展民宿经济。北塘县农业农村局2024年3月7日"
    assert [a[4] for a in full(text, _d("2024-03-10"))] == [None]


def test_a_decisions_signature_run_into_its_last_sentence_still_dates_it():
    text = ("经研究，县政府决定：授予北塘甲电子有限公司、北塘乙机械有限公司2家企业“北塘县纳税先进企业”称号，"
            "希望受表彰企业珍惜荣誉，北塘县人民政府2024年3月6日")
    assert {a[4] for a in full(text, _d("2024-03-10"))} == {"2024-03-06"}


# --- a length or an area: a stock held is a level, work done a count ----------------------------------------------------

def _metrics(text):
    return [(m.indicator, m.metric) for m in find_measures(text)]


def test_a_stock_held_at_a_floor_or_per_head_is_a_level():
    assert _metrics("确保林地保有量不低于300万亩") == [("林地保有量", "level")]
    assert _metrics("力争人均公园绿地面积不少于14平方米") == [("人均公园绿地面积", "level")]
    assert _metrics("全县公路总里程稳定在4000公里") == [("公路总里程", "level")]


def test_a_length_or_an_area_of_work_done_is_still_a_count():
    assert _metrics("新建农村公路不少于120公里") == [("农村公路", "count")]
    assert _metrics("盘活批而未供土地不少于2000亩") == [("盘活批而未供土地", "count")]
    assert _metrics("新改建农村公路80公里") == [("农村公路", "count")] or \
        _metrics("新改建农村公路80公里")[0][1] == "count"


# --- a plan heading that names this year first: its items are this year's -----------------------------------------------

def _years(text, published=dt.date(2024, 2, 20)):
    return [t["target_year"] for t in extract_document(text, published=published).to_contract()["targets"]]


def test_a_plan_heading_naming_this_year_first_keeps_its_items_in_this_year():
    assert _years("四、2024年及今后两年重点工作\n新增规上工业企业25家，固定资产投资增长8%左右。") == [2024, 2024]
    assert _years("四、2027年远景目标和今年重点工作\n新增规上工业企业25家，固定资产投资增长8%左右。") == [2024, 2024]


def test_a_plan_heading_naming_only_a_coming_period_still_dates_its_items():
    assert _years("四、今后三年主要任务\n新增规上工业企业25家，固定资产投资增长8%左右。") == [2026, 2026]
