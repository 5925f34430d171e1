"""Project figures, round 21: which project of a sentence (or ；-piece) about several projects a figure belongs to.

How project news writes it (checked on real pages: a list of three works 参加今天的集中开工活动，总投资超30亿元 whose
own figures follow one by one; 包括A、B、C等75个…项目，总投资193.86亿元; 分别是总投资10.6亿元的A项目和总投资13亿元的B项目;
其中，总用地902亩、一期计划投资21.8亿元的A项目正式开工建设):

* a total written once after a list of names is the list's, no member's (A项目(一期)、B工程、C项目参加…活动，总投资…);
* a total after a batch counted around a named member (包括A项目在内的12个…项目，总投资…) or after a counted batch
  (10个重大…项目集中开工，总投资…) is the batch's; a later 其中A项目总投资… is A's;
* 分别 pairs figures with names in order (A、B分别投资3亿元、5亿元 / A和B…，总投资分别为…): with as many figures as
  names each gets its own, with a different count none does (nor the project named before);
* money written before 的 and a batch (投资5.9亿元的X、Y等三个配套项目) is the batch's, not the project of the clause before;
* a ；-piece that opens on figures with no name and names a works after a 的-modifier (计划总投资15亿元，拟入驻…的C项目…)
  gives them to that works, not to the project of the piece before.

The sentences are invented on the real structures; names and figures are made up."""
import datetime as dt

from warehouse.extract import extract_document

APRIL = dt.date(2025, 4, 8)


def _projects(text: str) -> dict:
    return {p.name: p.to_contract() for p in extract_document(text, published=APRIL).projects}


def _money(text: str) -> dict:
    return {name: c["investment_cny"] for name, c in _projects(text).items()}


def test_total_after_a_list_of_names_is_no_members():
    text = "其中，青禾生物材料产业园(一期)、东岭国道南段、宏图商务大厦项目参加今天的集中开工活动，总投资超25亿元。"
    assert _money(text).get("宏图商务大厦项目") is None


def test_total_after_two_names_joined_by_a_comma_list_is_no_members():
    text = "青禾电机生产项目、东岭精密轴承项目参加今天的集中开工活动，总投资超18亿元。"
    money = _money(text)
    assert money["青禾电机生产项目"] is None and money["东岭精密轴承项目"] is None


def test_near_miss_one_name_then_its_total_is_its_own():
    text = "青禾电机生产项目参加今天的集中开工活动，总投资18亿元。"
    assert _money(text)["青禾电机生产项目"] == 1800000000


def test_respectively_pairs_figures_with_names_in_order():
    text = "青禾电机生产项目、东岭精密轴承项目分别投资3亿元、5亿元。"
    money = _money(text)
    assert money["青禾电机生产项目"] == 300000000
    assert money["东岭精密轴承项目"] == 500000000


def test_respectively_in_the_clause_after_the_list():
    text = "青禾电机生产项目和东岭精密轴承项目均已开工，总投资分别为4亿元、6亿元。"
    money = _money(text)
    assert money["青禾电机生产项目"] == 400000000
    assert money["东岭精密轴承项目"] == 600000000


def test_respectively_with_a_count_that_does_not_match_gives_none():
    text = "青禾电机生产项目、东岭精密轴承项目、南湖光伏组件项目分别投资3亿元、5亿元。"
    money = _money(text)
    assert money["青禾电机生产项目"] is None
    assert money["东岭精密轴承项目"] is None
    assert money["南湖光伏组件项目"] is None


def test_near_miss_respectively_before_names_keeps_each_names_money():
    text = "10亿元以上项目2个，分别是总投资10.2亿元的青禾物流基地项目和总投资12亿元的东岭景观区项目。"
    money = _money(text)
    assert money["青禾物流基地项目"] == 1020000000
    assert money["东岭景观区项目"] == 1200000000


def test_batch_counted_around_a_member_then_its_own_figure():
    text = ("包括东岭通用机场项目在内的9个集中开工的重点项目，总投资66亿元。"
            "集中开工的这9个重点项目总投资为66亿元，其中东岭通用机场项目总投资6.3亿元，总占地300亩。")
    assert _money(text)["东岭通用机场项目"] == 630000000


def test_counted_batch_with_a_long_label_takes_its_total():
    text = "青禾城市客厅项目启动仪式在南湖街道举行，9个重大政府投资及国资投资项目集中开工，总投资31.2亿元。"
    assert _money(text)["青禾城市客厅项目"] is None


def test_batch_total_is_not_the_project_named_in_the_clause_before():
    text = "青禾医药智造项目已竣工投产，东岭轴承、南湖光伏两个项目总投资15亿元。"
    assert _money(text)["青禾医药智造项目"] is None


def test_each_figure_after_a_list_goes_to_each_member():
    money = _money("青禾电机生产项目、东岭精密轴承项目均已开工，各投资2亿元。")
    assert money == {"青禾电机生产项目": 200000000, "东岭精密轴承项目": 200000000}


def test_total_after_a_list_whose_clause_says_both_started_is_no_members():
    money = _money("青禾电机生产项目、东岭精密轴承项目均已开工，总投资8亿元。")
    assert money["东岭精密轴承项目"] is None and money["青禾电机生产项目"] is None


def test_near_miss_money_before_each_name_stays_with_it():
    text = ("分别是投资1.5亿元的青禾食品加工项目，投资2000万美元的东岭硅砂生产线项目，"
            "投资4.2亿元的分布式能源站、输变电、综合服务中心等三个基础配套项目。")
    money = _money(text)
    assert money["东岭硅砂生产线项目"] is None
    assert money["青禾食品加工项目"] == 150000000


def test_piece_opening_on_money_gives_it_to_the_works_it_goes_on_to_name():
    text = ("青禾医药智造项目主体厂房结顶；计划总投资15亿元，拟入驻电池组件制造、电机制造等企业的东岭装备制造项目"
            "正式进场施工。")
    money = _money(text)
    assert money["青禾医药智造项目"] is None
    assert money["东岭装备制造项目"] == 1500000000


def test_near_miss_piece_opening_on_money_with_no_name_stays_with_the_project():
    text = "青禾医药智造项目位于东岭工业园。总投资15亿元，占地120亩，主要建设标准厂房。"
    c = _projects(text)["青禾医药智造项目"]
    assert c["investment_cny"] == 1500000000 and c["land_mu"] == 120


def test_piece_opening_on_money_then_a_bare_name_gives_the_money_to_no_one():
    text = "青禾医药智造项目已竣工；总投资7亿元，东岭冷链物流项目开工建设。"
    money = _money(text)
    assert money["青禾医药智造项目"] is None and money["东岭冷链物流项目"] is None


def test_piece_opening_on_figures_with_no_project_before_goes_to_the_modified_name():
    text = "计划投资6亿元，占地70亩，由南湖集团投资建设的东岭冷链物流项目正式开工。"
    c = _projects(text)["东岭冷链物流项目"]
    assert c["investment_cny"] == 600000000 and c["land_mu"] == 70


def test_money_before_the_first_of_two_modified_names_is_not_the_seconds():
    text = "两个项目分别是投资3亿元的青禾新材料项目和投资5亿元的东岭冷链物流项目。"
    assert _money(text).get("东岭冷链物流项目") in (500000000, None)
    assert _money(text).get("东岭冷链物流项目") != 300000000


def test_the_builders_takings_last_year_are_no_output_of_the_works():
    text = "东岭冷链物流项目开工，建设单位南湖物流公司去年营收达40亿元。"
    assert _projects(text)["东岭冷链物流项目"]["annual_output_cny"] is None


def test_near_miss_output_after_completion_stays_the_projects():
    text = "东岭冷链物流项目由南湖物流公司建设，达产后年产值12亿元。"
    assert _projects(text)["东岭冷链物流项目"]["annual_output_cny"] == 1200000000


def test_a_plan_word_inside_the_modifier_of_the_works_does_not_plan_its_verb():
    text = "拟入驻电池组件制造、电机制造等企业的东岭装备制造项目正式进场施工。"
    assert _projects(text)["东岭装备制造项目"]["stage"] == "started"


def test_near_miss_a_plan_word_after_the_modified_name_still_plans():
    text = "拟入驻电池组件制造等企业的东岭装备制造项目将于年底开工。"
    assert _projects(text)["东岭装备制造项目"]["stage"] == "planned"


def test_near_miss_a_piece_on_the_project_before_keeps_its_figures():
    text = "青禾晶圆项目签约仪式在东岭经开区举行。该项目总投资30亿元，规划用地约150亩，选址东岭半导体产业园。"
    c = _projects(text)["青禾晶圆项目"]
    assert c["investment_cny"] == 3000000000 and c["land_mu"] == 150


def test_a_firms_money_goes_to_the_works_it_goes_on_to_name():
    text = "青禾医药智造项目已竣工。同时，南湖能源有限公司将投资12亿元，建设装机容量10万千瓦的东岭风电项目。"
    money = _money(text)
    assert money["东岭风电项目"] == 1200000000 and money["青禾医药智造项目"] is None


# Fix pass (review of 0aa8c7f). A sentence going on about the project just named ("X项目落户…。总投资…，占地…，主要建设
# …生产线") names what the project builds: its figures stay the project's. Only a bare name that is the subject of a stage
# verb (总投资6亿元，B项目开工建设) or a name after a 的-modifier in a ；-piece takes the opening figures off the project before.
_GOES_ON = [
    "青禾锂电材料项目落户东岭工业园。总投资8亿元，占地90亩，主要建设年产3万吨负极材料生产线及配套设施。",
    "青禾锂电材料项目落户东岭工业园。总投资8亿元，占地90亩，新建年产3万吨负极材料生产线及配套设施。",
    "青禾锂电材料项目落户东岭工业园；总投资8亿元，占地90亩，主要建设年产3万吨负极材料生产线。",
    "青禾锂电材料项目落户东岭工业园。总投资8亿元，占地90亩，建设内容包括年产2万吨硅碳负极生产线和年产1万吨石墨化生产线。",
]


def test_a_sentence_going_on_about_the_project_keeps_its_figures():
    for text in _GOES_ON:
        c = _projects(text)["青禾锂电材料项目"]
        assert c["investment_cny"] == 800000000 and c["land_mu"] == 90, text


def test_a_sentence_listing_what_the_project_builds_keeps_its_money():
    text = "青禾锂电材料项目落户东岭工业园。计划总投资8亿元，主要建设研发中心、生产车间及仓储物流中心等。"
    assert _projects(text)["青禾锂电材料项目"]["investment_cny"] == 800000000


def test_near_miss_a_sentence_opening_on_money_then_a_bare_subject_that_starts_gives_none():
    text = "青禾锂电材料项目已竣工。总投资7亿元，东岭冷链物流项目开工建设。"
    money = _money(text)
    assert money["青禾锂电材料项目"] is None and money["东岭冷链物流项目"] is None


# 仅用10个月时间 / 计划用18个月: a duration, not a batch of projects
def test_a_duration_in_months_is_no_batch():
    text = "青禾锂电材料项目于去年3月开工，仅用10个月时间便全面完成了项目主体建设，总投资8亿元，占地90亩。"
    c = _projects(text)["青禾锂电材料项目"]
    assert c["investment_cny"] == 800000000 and c["land_mu"] == 90
    text = "青禾锂电材料项目总投资8亿元，计划用18个月完成全部建设内容并实现项目投产，占地90亩。"
    assert _projects(text)["青禾锂电材料项目"]["land_mu"] == 90


def test_near_miss_a_counted_batch_after_the_project_takes_its_total():
    text = "青禾锂电材料项目开工建设，同期开工的8个市级重点项目总投资45亿元。"
    assert _money(text)["青禾锂电材料项目"] is None


# 惠科、鼎龙集团分别投资50亿元: one figure after 分别 for several names is each name's
def test_respectively_one_figure_for_several_names_is_each_names():
    money = _money("青禾电机生产项目和东岭精密轴承项目分别投资20亿元。")
    assert money["青禾电机生产项目"] == 2000000000 and money["东岭精密轴承项目"] == 2000000000
    money = _money("青禾电机生产项目、东岭精密轴承项目、南湖光伏组件项目分别投资4亿元。")
    assert set(money.values()) == {400000000}


def test_near_miss_respectively_two_figures_for_three_names_still_gives_none():
    money = _money("青禾电机生产项目、东岭精密轴承项目和南湖光伏组件项目分别投资4亿元、6亿元。")
    assert set(money.values()) == {None}


# 集团2023年营收80亿元、项目达产后年产值40亿元: the firm's takings are in the part before the 、, the output is the project's
def test_the_firms_takings_in_the_part_before_leave_the_projects_output():
    text = "东岭冷链物流项目由南湖物流集团投资建设，集团2023年营收60亿元、项目达产后年产值25亿元。"
    assert _projects(text)["东岭冷链物流项目"]["annual_output_cny"] == 2500000000


def test_near_miss_the_firms_takings_alone_are_no_output():
    text = "东岭冷链物流项目开工，建设单位南湖物流集团2023年营收60亿元。"
    assert _projects(text)["东岭冷链物流项目"]["annual_output_cny"] is None
