"""Target classes, round 10 (fresh real texts annotated apart from the rules: goals spelled out after a lead-in that
names a goal in quotes, plan paragraphs opening on the coming year, 民生实事 lists, counts of projects under a firm
cue, a progress report that names the year's goal inside the share done, the categories a batch of projects divides
into, ranges written with the unit twice or in words).

The sentences are written for these tests in the shapes real reports and news use; places and figures are invented."""
import datetime as dt

from tests.extract.test_real_targets_round8 import _all, _targets
from tests.extract.test_real_targets_round9 import _named
from warehouse.extract.numbers import find_quantities

DECEMBER = dt.date(2024, 12, 5)
MARCH = dt.date(2025, 3, 6)
NOVEMBER = dt.date(2024, 11, 20)


# --- a lead-in that spells the goals out (目标具体为：) ---

def test_goals_spelled_out_after_a_lead_in_are_targets():
    text = ("根据方案，到2027年，全市实现“三提升”发展目标；到2030年，全市数字经济核心产业增加值超过2000亿元。"
            "“三提升”目标具体为：规模提升，新增数字经济企业80家以上；"
            "创新提升，新增省级以上研发平台15个、工程技术中心12个以上；")
    got = _named(text, DECEMBER)
    for name in ("数字经济企业", "省级以上研发平台", "工程技术中心"):
        assert name in got and got[name].commitment == "unspecified"
        # the quoted goal's period is the one an earlier sentence gave it
        assert got[name].target_year == 2027
    assert got["数字经济核心产业增加值"].target_year == 2030
    # a goals lead-in with no period of its own and no quoted goal named before: the year of the notice
    got = _named("主要指标具体为：新增规上工业企业30家以上。", MARCH)
    assert got["规上工业企业"].target_year == 2025


def test_a_quoted_name_not_given_a_period_before_leaves_the_year_open():
    text = "会议强调“三提升”的重要性。“三提升”目标具体为：新增数字经济企业80家以上。"
    got = _named(text, DECEMBER)
    assert got["数字经济企业"].target_year == 2024  # the notice's own year, as for any unnamed period


# --- a paragraph that opens on the coming year with 将 ---

def test_a_paragraph_opening_on_the_notices_year_with_jiang_sets_out_the_plan():
    text = ("2024年，该区经济运行稳中有进。\n"
            "2025年，该区将紧扣“千亿园区”目标，坚持产业为先，狠抓项目建设。全年新增规模工业企业8家以上，"
            "产值过亿元企业突破12家。")
    got = _named(text, MARCH)
    assert got["规模工业企业"].target_year == 2025 and got["产值过亿元企业"].qualifier == "at_least"


def test_a_year_opening_without_a_plan_verb_or_for_a_finished_year_sets_nothing():
    # a question about the closing plan period: no plan set out (规划 is a name there)
    text = ("2024年，是全面推进规划实施的关键之年，我区执行情况如何？\n全区地区生产总值增长6.8%左右。")
    assert _targets(text, DECEMBER) == set()
    # the finished year, with 将 in it: a review sentence goes on
    text = "2024年，该区将产业链招商作为重点。\n全年新增规模工业企业8家以上。"
    assert _targets(text, dt.date(2025, 2, 10)) == set()


# --- 民生实事 lists ---

def test_the_undertakings_a_government_lists_for_its_year_are_targets():
    text = ("今年，县政府将集中力量办好十件民生实事。这十件民生实事分别是：改造老旧小区1200户；"
            "新建城市公园3个；新增公办幼儿园学位900个；")
    got = _all(text, MARCH)
    assert [t.value for t in got] == [1200, 3, 900]
    assert all(t.target_year == 2025 and t.commitment == "unspecified" for t in got)
    # the list with no sentence before it that says the government will do them: its lead-in is enough
    got = _all("这十件民生实事分别是：改造老旧小区1200户、新建城市公园3个。", MARCH)
    assert [t.value for t in got] == [1200, 3]
    got = _named("县委、县政府确定10项惠民实事为：培训200名至300名家政服务人员、新建农贸市场2个。", MARCH)
    name = next(n for n in got if "家政服务人员" in n)
    assert (got[name].value, got[name].value_high, got[name].qualifier) == (200, 300, "range")


def test_undertakings_reported_as_done_are_not_targets():
    text = "去年十件民生实事全部完成。其中改造老旧小区1200户，新建城市公园3个。"
    assert _targets(text, MARCH) == set()


# --- counts of projects ---

def test_a_count_of_projects_under_a_firm_cue_with_a_floor_is_a_goal():
    got = _named("力争全年实施省市重点建设项目60个以上，实现竣工项目25个以上。", MARCH)
    assert any("重点建设项目" in n for n in got)
    # with no cue, the projects arranged are how the plan is made up
    assert not any("重点建设项目" in n for n in _named("全年安排省市重点建设项目60个，总投资300亿元。", MARCH))


def test_the_part_after_qizhong_of_projects_to_bring_in_is_a_goal_too():
    got = _named("力争引进产业项目30个以上，其中亿元以上项目12个以上。", MARCH)
    assert "亿元以上项目" in got and got["亿元以上项目"].value == 12
    # the part of projects arranged, with nothing brought in, stays composition
    assert "亿元以上项目" not in _named("全年安排重点项目50个，其中亿元以上项目12个。", MARCH)


def test_innovation_and_pilot_projects_are_programmes_not_investment_projects():
    got = _named("到2027年，组织实施技术创新项目300个以上，培育工业互联网试点示范项目15个以上。", MARCH)
    assert any("技术创新项目" in n for n in got) and any("试点示范项目" in n for n in got)


def test_land_a_government_keeps_in_reserve_is_a_goal_not_a_site():
    got = _named("2025年，该区将狠抓项目建设。全年动态储备工业用地1500亩以上，新建标准厂房8万平方米以上。", MARCH)
    assert "工业用地" in "".join(got) and any("标准厂房" in n for n in got)
    # a project's own land stays its attribute
    assert _targets("该项目用地150亩，新建标准厂房8万平方米。", MARCH) == set()


# --- a progress report naming the year's goal inside the share done ---

def test_the_goal_named_in_a_share_done_is_the_years_target():
    text = "1-10月，全县完成固定资产投资96.2亿元，完成市下达年度目标120亿元的80.2%，超序时进度3个百分点。"
    got = _all(text, NOVEMBER)
    assert [(t.indicator, t.value, t.target_year) for t in got] == [("固定资产投资", 12000000000, 2024)]
    text = "截至10月底，该镇2024年招商引资项目累计完成投资3.6亿元，占总任务3亿元的120%。"
    got = _all(text, NOVEMBER)
    assert [(t.indicator, t.value) for t in got] == [("招商引资项目完成投资", 300000000)]


def test_a_share_of_a_finished_years_goal_or_a_plan_with_no_figure_gives_no_target():
    text = "2023年，全县完成固定资产投资96.2亿元，完成市下达年度目标120亿元的80.2%。"
    assert _targets(text, NOVEMBER) == set()
    assert _targets("1-10月，全县完成固定资产投资96.2亿元，占年度计划的80.2%。", NOVEMBER) == set()


# --- the year's planned money of a batch, and how the batch divides up ---

def test_a_batchs_planned_money_within_the_year_is_a_target():
    got = _all("第三季度全市新开工项目共120个，总投资额860亿元，年内计划投资额150亿元。", dt.date(2024, 9, 30))
    assert [(t.value, t.target_year) for t in got] == [(15000000000, 2024)]


def test_the_planned_money_of_each_kind_of_project_in_a_batch_is_composition():
    text = ("本次集中开工项目共20个，总投资80亿元，年度投资30亿元。其中，工业类项目12个，总投资50亿元，年度投资18亿元；"
            "基础设施类项目5个，总投资20亿元，年度投资8亿元；民生项目3个，总投资10亿元，年度投资4亿元。")
    got = _all(text, dt.date(2024, 6, 10))
    assert [t.value for t in got] == [3000000000]
    text = ("集中开竣工项目共40个，总投资200亿元，年度计划投资约50亿元。从项目类别来看，产业项目25项，"
            "总投资120亿元，年度计划投资约30亿元；基础设施项目15项，总投资80亿元，年度计划投资约20亿元。")
    assert [t.value for t in _all(text, dt.date(2024, 6, 10))] == [5000000000]


def test_the_part_of_a_batch_that_starts_keeps_its_planned_money():
    text = "今年全市安排重点项目500个，总投资3000亿元；其中开工项目300个，总投资1800亿元，年度计划投资400亿元；"
    assert 40000000000 in {t.value for t in _all(text, dt.date(2024, 3, 1))}


# --- ranges ---

def test_a_range_with_its_count_unit_written_twice():
    (q,) = find_quantities("培养400名至500名技术人才")
    assert (q.value, q.value_high, q.unit) == (400, 500, "名")
    # different units at the two ends are two figures
    assert len(find_quantities("5个至8万元")) == 2


def test_a_percentage_range_written_in_words():
    got = _all("今年经济增长目标设定在百分之五至百分之五点五。", MARCH)
    assert [(t.metric, t.value, t.value_high, t.qualifier) for t in got] == [("growth", 5, 5.5, "range")]


# --- a place in a ranking ---

def test_a_place_in_a_ranking_is_not_a_target():
    text = "今年以来，该镇主要经济指标完成目标任务，位列全国综合实力千强镇88位、全国镇域经济500强52位。"
    assert _targets(text, NOVEMBER) == set()
    # a ranking to reach, under a cue, is a goal
    assert {t.value for t in _all("力争综合实力排名进入全省前10位。", MARCH)} == {10}


# --- a progress report: what a kind of projects has done ---

def test_money_named_as_done_in_a_progress_report_is_a_result():
    text = "新开工项目完成投资88.2亿元，占年度计划的71.5%；"
    assert _targets(text, NOVEMBER) == set()
    # the year's plan itself, named in the same report, is a goal
    text = "全县重点项目年度计划投资236亿元，1-10月完成投资170亿元，占年度计划的72%。"
    assert {t.value for t in _all(text, NOVEMBER)} == {23600000000}
