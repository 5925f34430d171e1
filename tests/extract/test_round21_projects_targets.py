"""Project stages, round 21: a batch of works named by what its plan said (计划二季度开工项目, 计划开工20项省重点工程,
计划投产项目) is a noun; the plan word inside it plans nothing for the stage verb that follows it (…提前至一季度开工,
…已提前开工: reached). A plan word outside the noun (力争…, …将于…开工) still plans the verb, and the verb inside the
noun stays planned. Real pages write the class in progress reports (本年度计划新开工项目270项，实际已开工129项;
10个计划投产项目实现投产7个; 提前开工项目11项).

The sentences are invented on the real structures; places and figures are made up."""
import datetime as dt

from warehouse.extract import extract_document

APRIL = dt.date(2025, 4, 8)


def _stages(text: str, published: dt.date = APRIL) -> dict:
    return {p.name: p.to_contract()["stage"] for p in extract_document(text, published=published).projects}


def test_batch_named_by_its_plan_then_brought_forward_is_started():
    text = "截至3月底，溪口湿地公园、临川储能电站项目、安阳(中国)数据中心等9个计划三季度开工项目提前至一季度开工建设。"
    stages = _stages(text)
    assert stages["临川储能电站项目"] == "started"
    assert stages["溪口湿地公园"] == "started"


def test_counted_plan_batch_in_the_clause_before_does_not_plan_the_list_after_it():
    text = ("其中一季度计划开工26项市重点工程已全部实现开工，溪口湿地公园、临川储能电站项目等6个计划后续季度开工项目"
            "提前至一季度开工建设。")
    assert _stages(text)["临川储能电站项目"] == "started"


def test_already_brought_forward_is_reached():
    text = "溪口湿地公园、临川储能电站项目等5个计划二季度开工项目已提前开工。"
    assert _stages(text)["临川储能电站项目"] == "started"


def test_near_miss_a_goal_word_before_the_batch_still_plans_the_verb():
    text = "力争溪口湿地公园、临川储能电站项目等9个计划三季度开工项目提前至二季度开工。"
    assert _stages(text)["临川储能电站项目"] == "planned"


def test_near_miss_a_plan_verb_that_opens_the_list_still_plans_it():
    text = "今年计划开工溪口湿地公园、临川储能电站项目等9个项目。"
    assert _stages(text)["临川储能电站项目"] == "planned"


def test_near_miss_a_will_after_the_batch_noun_still_plans_the_verb():
    text = "溪口湿地公园、临川储能电站项目等9个计划开工项目将于三季度开工。"
    assert _stages(text)["临川储能电站项目"] == "planned"


def test_near_miss_a_project_planned_on_its_own_stays_planned():
    text = "临川储能电站项目总投资12亿元，计划今年6月开工建设。"
    assert _stages(text)["临川储能电站项目"] == "planned"


def test_near_miss_a_batch_named_by_its_plan_that_has_not_started_is_no_start():
    text = "溪口湿地公园、临川储能电站项目等12个计划新开工项目尚未开工。"
    assert _stages(text)["临川储能电站项目"] == "planned"


def test_a_stage_denied_is_not_reached():
    assert _stages("临川储能电站项目总投资12亿元，目前尚未开工。")["临川储能电站项目"] != "started"
