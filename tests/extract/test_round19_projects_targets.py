"""Project and target classes, round 19 (real layouts checked on further real pages, URLs outside the repository):
the items of a 其中 breakdown that go on after its first one, and after a count restated under a second cue; a list
of works written clause by clause with each one's money, including the single member of a group counted as 1个;
a clause describing a listed project (an honour received, its site, its money) closed by 的 before its name; the
part of a project's 总投资 named after 其中.

The sentences are invented on the real structures; places, firms and figures are made up. Each class has a near-miss."""
import datetime as dt

from warehouse.extract import extract_document

FEBRUARY = dt.date(2025, 2, 20)


def _targets(text: str) -> dict:
    return {(t.indicator, t.value): t for t in extract_document(text, published=FEBRUARY).targets}


def _projects(text: str) -> dict:
    return {p.name: p for p in extract_document(text, published=FEBRUARY).projects}


# --- the items of a 其中 breakdown of a count of projects to bring in or sign ---

def test_every_item_of_a_breakdown_of_projects_to_sign_is_a_goal():
    found = _targets("今年全县争取签约项目80个，其中亿元以上项目30个、10亿元以上项目6个、30亿元以上项目1个以上。")
    assert {("10亿元以上项目", 6), ("30亿元以上项目", 1)} <= set(found)
    assert found[("10亿元以上项目", 6)].commitment == "aspirational"


def test_a_breakdown_after_a_count_restated_under_a_second_cue():
    found = _targets("确保全年新签约亿元以上工业项目10个、力争12个，其中10亿元以上项目2个。")
    assert ("10亿元以上项目", 2) in found


def test_near_miss_a_breakdown_of_a_batch_arranged_is_its_composition():
    assert not _targets("今年确定重点前期工作项目40个，其中农业项目10个、工业项目20个、交通项目5个。")
    assert not _targets("今年该县安排重点项目90个，其中亿元以上项目30个、10亿元以上项目6个。")


# --- works listed clause by clause with their money; the one member of a group counted as 1个 ---

def test_a_listed_works_with_its_money_is_not_split_at_the_comma_inside_its_name():
    found = _projects("集中开工项目9个。5亿元以上项目2个，分别为总投资5.6亿元的丰华汽车部件研发、生产项目，"
                      "总投资5.1亿元的永泰电池隔膜项目。")
    assert "丰华汽车部件研发、生产项目" in found
    assert not [name for name in found if name.startswith("总投资")]


def test_the_one_member_of_a_counted_group_after_its_money():
    found = _projects("集中开工项目9个。其中20亿元以上项目1个，为总投资21.5亿元的华岳热管理系统及箱体研发、生产项目，"
                      "将完善新能源汽车产业链。")
    assert found["华岳热管理系统及箱体研发、生产项目"].investment_cny == 2150000000


def test_near_miss_the_one_member_is_a_kind_of_projects():
    assert not _projects("集中开工项目9个。其中20亿元以上项目1个，为总投资21.5亿元的产业项目。")


# --- a clause closed by 的 that describes a listed project before its name ---

def test_an_honour_received_before_a_listed_name_is_not_part_of_it():
    found = _projects("加快荣获省级绿色工厂称号的华峰精工等12个在建项目投产达效。")
    assert "华峰精工" in found or "华峰精工项目" in found
    assert not [name for name in found if "荣获" in name]


def test_a_site_before_a_listed_name_is_not_part_of_it():
    found = _projects("加快位于城东的宏达科技园等12个在建项目建设。")
    assert "宏达科技园" in found


def test_near_miss_a_kind_after_its_money_is_no_project():
    assert not _projects("在竣工项目中，包含总投资200亿元的产业发展项目69个。")


# --- the part of a project's total investment named after 其中 ---

def test_near_miss_a_part_of_a_places_planned_investment_stays_a_goal():
    found = _targets("今年全县计划完成固定资产投资300亿元，其中工业投资100亿元。")
    assert ("工业投资", 10000000000) in found


def test_a_part_of_a_projects_total_investment_is_no_goal():
    assert not _targets("该项目计划总投资5亿元，其中固定资产投资4亿元，计划今年投产。")


# --- review of round 19: every item of a money-led list, a campaign's total, the lone member's kind, the site clause ---

def test_every_item_of_a_money_led_list_keeps_its_own_money():
    found = _projects("本次集中开工项目2个，分别为总投资5亿元的华兴医疗器械生产基地、总投资3亿元的青山文旅综合体。")
    assert found["华兴医疗器械生产基地"].investment_cny == 500000000
    assert found["青山文旅综合体"].investment_cny == 300000000


def test_money_led_items_without_a_works_word_or_firms_are_kept():
    found = _projects("本次集中开工项目2个，分别为总投资8亿元的恒通新材料、总投资6亿元的鑫达机械。")
    assert found["恒通新材料"].investment_cny == 800000000 and found["鑫达机械"].investment_cny == 600000000
    found = _projects("本次签约项目3个，分别为总投资8亿元的恒通新材料有限公司、总投资6亿元的鑫达机械有限公司、"
                      "总投资2亿元的华茂科技有限公司。")
    assert {"恒通新材料有限公司", "鑫达机械有限公司", "华茂科技有限公司"} <= set(found)


def test_a_part_of_a_campaigns_planned_total_stays_a_goal():
    assert ("固定资产投资", 15000000000) in _targets("今年计划引进项目总投资200亿元，其中固定资产投资150亿元。")
    assert ("固定资产投资", 20000000000) in _targets("预计全年签约项目总投资300亿元，其中固定资产投资200亿元。")
    found = _targets("今年全市计划完成项目总投资600亿元，其中产业项目投资150亿元、基础设施投资50亿元。")
    assert {("产业项目投资", 15000000000), ("基础设施投资", 5000000000)} <= set(found)


def test_every_listed_part_of_a_projects_total_is_no_goal():
    assert not _targets("该项目总投资10.2亿元，其中固定资产投资7.4亿元、流动资金2.8亿元。")


def test_near_miss_the_one_member_named_by_a_kind_of_works():
    for kind in ("基础设施项目", "城市更新工程", "农村公路建设工程"):
        assert not _projects(f"集中开工项目9个。其中亿元以上项目1个，为总投资1.5亿元的{kind}。")
    assert "华岳新能源电池项目" in _projects("集中开工项目9个。其中亿元以上项目1个，为总投资1.5亿元的华岳新能源电池项目。")


def test_the_one_member_split_at_a_comma_between_two_works():
    found = _projects("集中开工项目9个。其中亿元以上项目1个，为总投资1亿元的年产2万吨饲料项目、年产1万吨肥料项目。")
    assert {"年产2万吨饲料项目", "年产1万吨肥料项目"} <= set(found)


def test_a_site_clause_without_a_zone_gives_no_location():
    assert _projects("位于城东的宏达科技园项目正式开工建设。")["宏达科技园项目"].location is None
    assert _projects("位于城东工业园的宏达科技园项目正式开工建设。")["宏达科技园项目"].location == "城东工业园"


# --- 争取 meaning "obtained": funds counted to the unit after 争取, in a review ---

def test_funds_obtained_in_a_review_are_no_goal():
    text = ("过去一年，我们主要抓了以下工作。兑现惠企资金12亿元，新增贷款突破900亿元。"
            "争取地方政府专项债券87亿元、中央预算内资金3.4亿元，获批建设用地指标2100亩。")
    assert not _targets(text)
    assert not _targets("一、2024年工作回顾\n向上争取各类竞争性资金12.7亿元、同比增长31.2%。")


def test_near_miss_funds_to_obtain_as_a_goal_stay_goals():
    found = _targets("今年，全县争取地方政府专项债券20亿元以上。")
    assert found[("地方政府专项债券", 2000000000)].commitment == "aspirational"
    found = _targets("2025年主要目标：地区生产总值增长6%左右，争取各类竞争性资金30亿元。")
    assert ("各类竞争性资金", 3000000000) in found
    assert ("专项债券资金", 1500000000) in _targets("力争全年争取专项债券资金15亿元。")
