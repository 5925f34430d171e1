"""Round-16 review findings on projects: 前期 is the preparation, never a phase; preparation said to be done does not
take a project out of its ceremony; names ending in X建项目 and names opening with 以 are kept whole; a past year or
确保了 makes a review, not a goal; short items take a shared 项目 only from a short name; an investor's total belongs
to a single project; a visit's place is not the works'; service lines, bus routes and course sessions are no works.
Sentences written for these tests."""
import datetime as dt

from tests.extract.helpers import extract


def _projects(text, published=dt.date(2024, 3, 10)):
    return {p.name: p for p in extract(text, published).projects}


def test_preparation_is_not_a_phase_under_way():
    found = _projects("云岭新材料项目前期推进顺利，预计6月开工。")
    assert found["云岭新材料项目"].stage == "planned"
    found = _projects("云岭智能装备项目前期工作已进入收尾阶段，预计5月开工建设。")
    assert found["云岭智能装备项目"].stage == "planned"
    found = _projects("云岭物流园项目征地拆迁进展顺利，计划下半年开工。")
    assert found["云岭物流园项目"].stage == "planned"
    # near misses: a phase or the works going on well, and works closing
    found = _projects("2023年，凤鸣路西延、青岚三期进展顺利，云岭大道改造工程已进入收尾阶段。", dt.date(2024, 1, 20))
    assert found["凤鸣路西延"].stage is None  # (round 21: 推进 / 进展顺利 is no stage, docs/contract-conventions.md)
    assert found["青岚三期"].stage is None
    assert found["云岭大道改造工程"].stage == "started"


def test_preparation_done_at_a_start_ceremony_keeps_the_stage():
    text = "4月2日，我市举行二季度重大项目集中开工活动。其中，远航锂电项目前期工作仅用时50天，总投资8亿元。"
    found = _projects(text, dt.date(2024, 4, 3))
    assert found["远航锂电项目"].stage == "started"
    text = "4月2日，我市举行二季度重大项目集中开工活动。其中，远航锂电项目从洽谈到开工仅用45天。"
    assert _projects(text, dt.date(2024, 4, 3))["远航锂电项目"].stage == "started"
    # near miss: preparation still going on is not the ceremony's
    text = "4月2日，我市举行二季度重大项目集中开工活动。其中，远航锂电项目目前正在开展前期工作。"
    assert _projects(text, dt.date(2024, 4, 3))["远航锂电项目"].stage != "started"


def test_names_ending_in_a_kind_of_building_are_kept():
    found = _projects("红石县文庙复建项目、南坪镇拆迁安置还建项目和红石县中医院门诊楼土建项目均已开工。")
    assert set(found) == {"红石县文庙复建项目", "南坪镇拆迁安置还建项目", "红石县中医院门诊楼土建项目"}
    assert all(p.stage == "started" for p in found.values())
    # near miss: a slogan's verb still takes projects as its object
    assert _projects("要以非常之举招项目、以非常之力建项目，确保项目早见效。") == {}


def test_a_name_opening_with_yi_keeps_it():
    found = _projects("以纯服饰红石智能仓储物流中心项目开工建设。")
    assert set(found) == {"以纯服饰红石智能仓储物流中心项目"}
    # near miss: 以…为 is the preposition of a focus
    found = _projects("以临港钢铁项目为龙头，带动上下游企业集聚，临港钢铁项目已开工建设。")
    assert not any(name.startswith("以") for name in found)


def test_a_past_year_or_que_bao_le_is_a_review():
    text = "2023年，青岚电子项目、青岚光伏项目等重点项目加快推进，确保了全年投资目标完成。"
    found = _projects(text)
    assert found["青岚电子项目"].stage == "started"
    assert found["青岚光伏项目"].stage == "started"
    # near miss: this year's drive with a goal after it is a plan
    text = "2024年，青岚电子项目、青岚光伏项目等重点项目加快推进，确保年内建成投产。"
    found = _projects(text)
    assert found["青岚电子项目"].stage == "planned"


def test_short_items_before_a_long_shared_name_are_parts():
    assert _projects("全年完成河东、河西片区旧改项目验收。", dt.date(2024, 1, 20)) == {}
    # near miss: short names sharing a short 项目
    found = _projects("全年完成金泰、乐川项目主体工程。", dt.date(2024, 1, 20))
    assert {"金泰项目", "乐川项目"} <= set(found)


def test_an_investors_total_over_two_projects_is_neither_s():
    found = _projects("江苏某集团投资30亿元，建设红石光伏组件项目和红石储能电站项目。")
    assert set(found) == {"红石光伏组件项目", "红石储能电站项目"}
    assert all(p.investment_cny is None for p in found.values())
    # near miss: one project takes the investor's money
    found = _projects("江苏某集团投资30亿元，建设红石光伏组件项目。")
    assert found["红石光伏组件项目"].investment_cny == 3_000_000_000


def test_a_visit_opening_at_a_place_does_not_place_the_works():
    text = "在南坪镇，市长李华先后调研了北岗镇红石光伏项目和东湖工业园红石新材料项目。"
    assert all(p.location != "南坪镇" for p in _projects(text).values())
    # near miss: a sentence opening at a town that tells of the works there
    found = _projects("在南坪镇，红石纺织项目已开工建设。")
    assert found["红石纺织项目"].location == "南坪镇"


def test_service_lines_routes_and_sessions_are_not_works():
    day = dt.date(2024, 1, 20)
    assert _projects("2023年，12345便民服务热线投用，群众满意度持续提升。", day) == {}
    assert _projects("城乡公交3路、6路线建成通车，惠及沿线群众2万余人。", day) == {}
    assert _projects("高素质农民培训第二期顺利完成验收，共培训学员80人。", day) == {}
    # near miss: a road and a phase of a works still are
    found = _projects("2023年，滨江东路延伸段建成通车，城北安置小区二期完成竣工验收。", day)
    assert {"滨江东路延伸段", "城北安置小区二期"} <= set(found)
