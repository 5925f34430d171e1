"""Target classes, round 7 (fresh real texts annotated apart from the rules: signing and groundbreaking news, plan
summaries, progress bulletins, traditional reprints with pinyin glosses).

The sentences are written for these tests in the shapes real reports and news use; places and figures are invented."""
import datetime as dt

from warehouse.extract import extract_document

SPRING = dt.date(2026, 3, 10)
SUMMER = dt.date(2025, 7, 15)


def _targets(text, published=SPRING):
    return {(t.indicator, t.metric, t.value, t.unit, t.qualifier, t.target_year) for t in
            extract_document(text, published=published).targets}


def _values(text, published=SPRING):
    return {t.value for t in extract_document(text, published=published).targets}


# what a plant yields once it runs is the project's, not a goal (only a plant 投产 / 达产 / 达效)
def test_what_follows_production_starting_is_a_projects_yield():
    assert _targets("新厂正式投产后，预计年销售收入可达8亿元，上缴税收3000万元，带动就业1500人。") == set()
    assert _targets("其中，在建的食品产业园全面投产达效后，年可实现产值20亿元。") == set()
    # a goal with no plant going into production stays a goal
    assert ("新增就业", "count", 12000, "人", "point", 2026) in _targets("力争今年全市新增就业1.2万人。")


def test_goods_listed_after_a_projects_yearly_output_are_its_output():
    text = "南湾果业深加工项目总投资3亿元，预计可年生产果汁5万吨、果酱1万吨、果干0.5万吨。"
    assert _targets(text) == set()
    # a city's outputs listed under a goal are goals
    got = _targets("到2027年，全市粮食产量稳定在120万吨、蔬菜产量达到80万吨。")
    assert {v for _, _, v, _, _, _ in got} == {120, 80}


def test_counts_of_the_projects_of_the_event_reported_are_no_goal():
    text = "参加本次集中开工活动的项目中，新建项目开工12个、总投资9亿元，续建项目复工20个。"
    assert not any(t[3] == "个" for t in _targets(text, SUMMER))
    assert ("项目", "count", 50, "个", "at_least", 2026) in _targets("力争全年新开工项目50个以上。") \
        or 50 in _values("力争全年新开工项目50个以上。")


def test_a_years_planned_spending_is_no_goal_in_its_last_month():
    text = "本次集中开工项目30个，总投资40亿元，年度投资8亿元。"
    assert _values(text, dt.date(2024, 12, 5)) == set()
    assert _values(text, dt.date(2024, 4, 12)) == {800000000}
    # in December, the coming year's plan is named as that year's
    assert _values("2025年全市重点项目年度投资计划500亿元。", dt.date(2024, 12, 20)) == {50000000000}


def test_money_a_higher_level_has_allotted_is_no_goal():
    assert _values("截至目前，已下达中央预算内投资计划3200万元，部分项目已开工建设。", SUMMER) == set()
    assert _values("今年计划安排中央预算内投资3200万元。", SPRING) == {32000000}


def test_a_share_of_the_years_plan_done_makes_the_sentence_a_progress_report():
    text = "初步统计，全县地区生产总值328亿元，完成年计划350亿元的93.7%，增长3.1%。"
    assert _targets(text, dt.date(2024, 2, 5)) == set()


def test_the_present_figure_a_goal_starts_from_is_not_its_name():
    got = _targets("到2028年，全市人均可支配收入从目前的3.2万元增加到4.5万元，研发投入强度从目前的1.8%提高到2.5%。")
    assert ("人均可支配收入", "amount", 45000, "元", "point", 2028) in got
    assert ("研发投入强度", "level", 2.5, "%", "point", 2028) in got
    assert len(got) == 2


def test_a_stock_of_firms_reached_is_a_level_and_firms_added_a_count():
    got = _targets("到2027年，全市高新技术企业突破300家，新增专精特新企业50家，常住人口达到60万人。")
    assert ("高新技术企业", "level", 300, "家", "at_least", 2027) in got
    assert ("专精特新企业", "count", 50, "家", "point", 2027) in got
    assert ("常住人口", "level", 600000, "人", "point", 2027) in got
    # a second figure of the same added count stays a count (新增40家、力争达60家)
    got = _targets("今年新增规上工业企业40家、力争达60家。")
    assert {m for _, m, _, _, _, _ in got} == {"count"}


def test_the_years_goal_named_inside_a_result_is_a_target():
    got = _targets("上半年，全县实际利用外资600万美元，提前完成全年500万美元目标。", SUMMER)
    assert got == {("实际利用外资", "amount", 5000000, "美元", "point", 2025)}
    # a finished year's goal is not
    assert _targets("2024年地区生产总值增长5.5%，完成全年5%的目标。", dt.date(2025, 2, 10)) == set()


def test_a_sentence_going_on_from_a_plans_goals_takes_the_plans_end():
    text = "到“十五五”末，全市地区生产总值达到3000亿元。\n同时，常住人口城镇化率达到70%。"
    got = _targets(text, dt.date(2026, 1, 20))
    assert ("常住人口城镇化率", "level", 70, "%", "point", 2030) in got


def test_relations_kept_in_step_a_group_of_indicators_and_the_years_task():
    got = _targets("今年主要预期目标是：居民收入增长与经济增长保持基本同步，主要约束性指标控制在省下达范围以内。")
    assert ("居民收入", "other", None, None, "point", 2026) in got
    assert not any("约束性" in t[0] for t in got)
    got = _targets("积极对接企业，力争按时完成全年招商引资任务；")
    assert ("招商引资", "other", None, None, "point", 2026) in got
    assert _targets("力争按时完成全年各项任务。") == set()


def test_a_pinyin_gloss_in_a_reprint_is_no_break_in_a_name():
    text = "到2025年，全省培育30個左右省級工業(yè)旅遊示範基地，打造10條左右工業(yè)旅遊精品線路。"
    got = _targets(text, dt.date(2023, 5, 1))
    assert {(v, q) for _, _, v, _, q, _ in got} == {(30, "around"), (10, "around")}
    # (round 9 convention: the names are given without the glosses, docs/contract-conventions.md "Pinyin glosses")
    assert {i for i, *_ in got} == {"省級工業旅遊示範基地", "工業旅遊精品線路"}
