"""Project stages, round 21: a batch of works named by what its plan said (计划二季度开工项目, 计划开工20项省重点工程,
计划投产项目) is a noun; the plan word inside it plans nothing for the stage verb that follows it (…提前至一季度开工,
…已提前开工: reached). A plan word outside the noun (力争…, …将于…开工) still plans the verb, and the verb inside the
noun stays planned. Real pages write the class in progress reports (本年度计划新开工项目270项，实际已开工129项;
10个计划投产项目实现投产7个; 提前开工项目11项).

A works said only to move (A项目进展顺利, A、B等项目有序推进, 推动A、B等项目建设) has no stage (docs/contract-conventions.md,
"推进 is no stage", settled after round 20), but it is still a project; a stage the sentence names (已开工, 加快…建设,
续建项目, 主体施工) is kept.

After 是, a works already named (A项目是…, 该道路是…) is described, not a second works named: 是…引进的重大海洋项目 and
该道路是…首个跨省界段项目 are what the works is; a name opening on 首个 (引进首个外资项目) is the first of a kind. A works
named after a 是 whose subject is no works (今年引进的最大项目是A项目, 此次签约的项目是A项目) is kept.

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


# --- 推进 / 进展顺利 is no stage ---

def test_works_going_well_have_no_stage_but_are_kept():
    stages = _stages("水利方面，临川水库项目进展顺利，溪口光伏电站并网发电。")
    assert "临川水库项目" in stages and stages["临川水库项目"] is None
    assert stages["溪口光伏电站"] == "in_production"


def test_listed_works_pushed_on_in_order_have_no_stage():
    stages = _stages("溪口大道、临川隧道等项目有序推进。")
    assert stages == {"溪口大道": None, "临川隧道": None}


def test_pushing_listed_works_construction_is_no_start():
    stages = _stages("积极推动溪口湿地公园、临川牧场等文旅项目建设。")
    assert stages["溪口湿地公园"] != "started"


def test_near_miss_a_start_named_with_the_progress_word_is_kept():
    assert _stages("临川水库项目已开工建设，目前进展顺利。")["临川水库项目"] == "started"
    assert _stages("临川水库工程推进顺利，大坝主体施工完成80%。")["临川水库工程"] == "started"


def test_near_miss_speeding_up_construction_is_under_way():
    assert _stages("加快推进溪口大道、临川隧道等项目建设。")["临川隧道"] == "started"
    assert _stages("溪口大道、临川隧道等续建项目顺利推进。")["临川隧道"] == "started"


def test_near_miss_the_preparation_going_well_names_no_works():
    assert _stages("临川产业园项目前期工作推进顺利。") == {}


# --- A项目是…的B项目: what the works is, not a second works ---

def _names(text: str, published: dt.date = APRIL) -> set:
    return {p.name for p in extract_document(text, published=published).projects}


def test_a_description_after_a_named_works_is_no_second_works():
    names = _names("溪口鲈鱼陆基养殖项目是临川经贸合作区引进的重大海洋项目，总投资8亿元。")
    assert "重大海洋项目" not in names and "溪口鲈鱼陆基养殖项目" in names


def test_a_description_after_that_road_is_no_second_works():
    names = _names("溪口至临川公路今日正式通车，该道路是全省首个跨市界段项目，总投资3亿元。")
    assert not any("跨市界段项目" in n for n in names)


def test_the_first_of_a_kind_is_no_works():
    assert _names("自2001年引进首个外资项目以来，全县累计引进外资项目300个。") == set()


def test_near_miss_a_works_named_after_a_kind_and_is_is_kept():
    assert "溪口新材料项目" in _names("今年引进的最大项目是溪口新材料项目，总投资12亿元。")
    assert "溪口新材料项目" in _names("此次签约的项目是溪口新材料项目，总投资12亿元。")


def test_near_miss_the_subject_works_is_kept():
    assert "溪口新材料项目" in _names("溪口新材料项目是临川储能项目的配套项目，总投资12亿元。")


# --- fix pass (review of round 21): 该项目是…的A项目 with no works before it, 首个X项目 as a name, 提前至 a later period ---

JUNE = dt.date(2024, 6, 1)


def _project(text: str, name: str, published: dt.date = JUNE) -> dict:
    return next(p.to_contract() for p in extract_document(text, published=published).projects if p.name == name)


def test_that_project_is_the_works_named_after_is_when_nothing_was_named_before():
    text = "该项目是临川储能科技有限公司投资建设的临川储能电站项目，总投资12亿元，已开工建设。"
    project = _project(text, "临川储能电站项目")
    assert project["stage"] == "started" and project["investment_cny"] == 1_200_000_000


def test_that_project_after_a_lead_that_names_no_works_is_the_works_named_after_is():
    text = "近日，我县又一重大项目开工。该项目是溪口城投集团投资建设的溪口污水处理厂项目，总投资3亿元。"
    assert "溪口污水处理厂项目" in _names(text, JUNE)


def test_near_miss_that_project_named_in_the_sentence_before_is_described_after_is():
    text = "临川鲈鱼养殖项目今日签约。该项目是溪口经贸合作区引进的鲈鱼陆基养殖示范项目，总投资8亿元。"
    names = _names(text, JUNE)
    assert "临川鲈鱼养殖项目" in names and not any("示范项目" in n for n in names)


def test_near_miss_that_project_is_another_major_project_is_a_category():
    names = _names("该项目是溪口今年引进的又一重大新能源项目，总投资8亿元，计划年内开工。", JUNE)
    assert not any("新能源项目" in n for n in names)


def test_the_first_of_its_kind_named_by_its_works_is_kept_without_first():
    project = _project("首个氢能产业园项目在临川开工建设，总投资20亿元。", "氢能产业园项目")
    assert project["stage"] == "started" and project["investment_cny"] == 2_000_000_000


def test_the_first_of_a_bare_category_then_the_works_name_keeps_the_works():
    assert _names("其中首个项目临川储能电站项目总投资12亿元。", JUNE) == {"临川储能电站项目"}


def test_near_miss_the_first_of_a_bare_category_alone_is_no_works():
    assert _names("第一个签约项目在溪口开工建设，总投资20亿元。", JUNE) == set()
    assert _names("首个外资项目在溪口开工建设，总投资2亿元。", JUNE) == set()


def test_brought_forward_to_a_period_still_to_come_is_a_plan_dated_by_that_period():
    project = _project("临川储能电站项目原计划9月开工，现提前至7月开工。", "临川储能电站项目")
    assert project["stage"] == "planned" and project["dates"] == {"started": "2024-07"}


def test_a_batch_brought_forward_to_a_later_month_is_still_planned():
    text = "溪口湿地公园、临川储能电站项目等11个计划三季度开工项目提前至7月开工建设。"
    assert _stages(text, JUNE)["临川储能电站项目"] == "planned"
    assert _stages("临川储能电站项目等8个计划四季度开工项目提前至三季度开工。", JUNE)["临川储能电站项目"] == "planned"


def test_near_miss_brought_forward_to_a_period_passed_is_reached_on_its_date():
    project = _project("临川储能电站项目原计划10月竣工，现提前至5月竣工。", "临川储能电站项目")
    assert project["stage"] == "completed" and project["dates"] == {"completed": "2024-05"}
    assert _stages("临川储能电站项目等8个计划三季度开工项目提前至二季度开工。", JUNE)["临川储能电站项目"] == "started"


def test_each_works_of_a_list_described_after_is_is_kept():
    text = "溪口新材料产业园项目是临川锂电池材料项目、临川正极材料项目的配套项目。"
    assert "临川正极材料项目" in _names(text, JUNE)
