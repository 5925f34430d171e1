"""Target classes found on real notices outside the gold, round 4 (one test per class).

The sentences are written for these tests in the shapes real work reports, plan summaries and progress bulletins use;
places and figures are invented."""
import datetime as dt

from warehouse.extract import extract_document

SPRING = dt.date(2024, 2, 20)


def _targets(text, published=SPRING):
    return {(t.indicator, t.value, t.unit, t.qualifier, t.commitment) for t in
            extract_document(text, published=published).targets}


def _by_value(text, published=SPRING):
    return {t.value: t for t in extract_document(text, published=published).targets}


def test_a_progress_bulletins_count_of_projects_to_start_this_year_is_a_target():
    text = ("今年安排全市重点建设项目312项，年度投资计划418.6亿元。1-9月累计完成投资356.2亿元，占年度投资计划的85.1%。"
            "本年度计划开工项目146项（其中1-9月份计划新开工120项），目前实际已开工98项。")
    got = _by_value(text, dt.date(2024, 10, 18))
    assert 146 in got and "开工项目" in got[146].indicator
    assert 120 not in got  # the plan for part of the year is a benchmark of progress
    assert 98 not in got
    got = _targets("加强对上争取，拟申报市重点项目8个，总投资21.4亿元。")
    assert any(t[1] == 8 and t[2] == "个" for t in got)


def test_a_plan_for_part_of_the_year_is_not_a_target():
    got = _by_value("今年1至6月，全县计划开工项目28个，实际开工项目25个。", dt.date(2024, 7, 10))
    assert 28 not in got and 25 not in got
    got = _by_value("一季度，预计新开工项目12个，投资3.1亿元。", dt.date(2024, 3, 1))
    assert got == {}


def test_a_progress_report_done_after_the_plan_figure_is_a_result():
    text = ("列入省、市重点项目28宗，年度投资计划186.5亿元，完成投资72.4亿元，完成年度计划的38.8%，高于序时进度5.5个百分点；"
            "计划投产项目9宗，完成投资12.3亿元，完成年度计划投资的41.2%。")
    got = _by_value(text, dt.date(2024, 5, 20))
    assert set(got) == {18650000000}  # the year's plan only


def test_grain_capacity_is_a_provinces_goal_not_a_project_attribute():
    got = _targets("建议全年经济社会发展预期目标\n●地区生产总值增长5%以上\n●粮食产能稳定在560亿斤以上\n", dt.date(2024, 1, 20))
    assert ("粮食产能", 560, "亿斤", "at_least", "expected") in got


def test_a_lead_in_followed_by_a_comma_or_a_dash_governs_its_items():
    text = ("市长在作政府工作报告时提出今年的主要预期目标，包括经济方面，地区生产总值增长6%左右；"
            "粮食安全方面，粮食产量62万吨以上；绿色发展方面，单位地区生产总值能耗降低2%左右等。")
    got = _targets(text)
    assert ("粮食产量", 62, "万吨", "at_least", "expected") in got
    assert ("单位地区生产总值能耗", -2, "%", "around", "expected") in got
    got = _targets("报告提出了全市今年发展的主要预期目标——地区生产总值增长6.5%，进出口总额增长7%。")
    assert ("地区生产总值", 6.5, "%", "point", "expected") in got  # not 目标——地区生产总值


def test_ages_rates_and_years_of_schooling_are_measured():
    text = ("规划提出，到2025年，人均预期寿命在2020年基础上继续提高1岁左右，劳动年龄人口平均受教育年限达到11.3年，"
            "全员劳动生产率达到22万元/人，每万人拥有公共充电桩12台/万人，15岁以上人群吸烟率下降到22.5%。")
    got = {(t.indicator, t.value, t.unit, t.target_year) for t in extract_document(text, published=dt.date(2022, 6, 1)).targets}
    assert ("人均预期寿命", 1, "岁", 2025) in got  # the base year 2020 is not the period
    assert ("劳动年龄人口平均受教育年限", 11.3, "年", 2025) in got
    assert ("全员劳动生产率", 22, "万元/人", 2025) in got
    assert any(v == 12 and u == "台/万人" for _, v, u, _ in got)
    assert ("15岁以上人群吸烟率", 22.5, "%", 2025) in got  # a level reached after a fall, not a fall
    assert not any(u == "岁" and v == 15 for _, v, u, _ in got)


def test_a_life_expectancy_figure_is_no_commitment_cue():
    got = _targets("2015年至2020年，全省人均预期寿命从77.1岁提高到78.6岁。", dt.date(2022, 6, 1))
    assert got == set()


def test_a_finished_year_named_before_its_whole_year_estimate_is_a_result():
    text = "据了解，2023年，全县预计全年实现地区生产总值168亿元、增长5.1%。"
    assert _targets(text, dt.date(2024, 1, 18)) == set()


def test_a_plan_period_in_words_carries_to_the_next_sentence_of_its_paragraph():
    text = ("县长表示，到“十四五”末，全县地区生产总值要达到320亿元。其中，第二产业年均增速保持在8%以上、"
            "增加值总量冲刺120亿元。")
    got = {(t.value, t.target_year) for t in extract_document(text, published=dt.date(2021, 1, 20)).targets}
    assert {(32000000000, 2025), (8, 2025), (12000000000, 2025)} <= got


def test_the_nearest_named_period_dates_a_goal():
    text = "该规划提出，“十四五”期间健康水平持续提高，展望2035年，全省人均预期寿命达到81岁以上。"
    got = {(t.value, t.target_year) for t in extract_document(text, published=dt.date(2022, 6, 1)).targets}
    assert (81, 2035) in got


def test_a_five_year_plan_that_only_names_a_list_does_not_look_forward():
    text = "截至目前，全县“十四五”重点建设项目库初步建立，入库项目186个，总投资612亿元。"
    assert _targets(text, dt.date(2020, 10, 20)) == set()


def test_a_record_and_a_year_on_year_comparison_are_results():
    text = ("重点项目个数、总投资和年度计划投资同比分别增长38%、52%和41%。"
            "98个年度计划新开项目实际开工86个，项目开工率达87.8%，为历年最高。")
    assert _targets(text, dt.date(2024, 7, 20)) == set()


def test_what_a_plan_can_bring_about_is_not_a_goal():
    text = "在助推消薄上，计划未来3年间安排80个经济薄弱村投入5600万元。届时，每个经济薄弱村年收入可增加6万元。"
    got = _by_value(text, dt.date(2023, 5, 1))
    assert 56000000 in got and 60000 not in got


def test_the_parts_of_a_plan_document_are_not_goals():
    text = "规划纲要共16篇，提出到2025年每万人口高价值发明专利拥有量达9件。"
    got = _by_value(text, dt.date(2021, 3, 12))
    assert 16 not in got and 9 in got


def test_a_side_named_alone_shares_the_income_indicator_after_it():
    text = "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇、农村居民人均可支配收入与经济增长基本保持同步。"
    got = _targets(text)
    assert ("城镇居民人均可支配收入", None, None, "point", "expected") in got
    assert ("农村居民人均可支配收入", None, None, "point", "expected") in got


def test_a_reporting_verb_is_not_part_of_the_indicator_and_sets_out_goals():
    got = _targets("政府工作报告提出地区生产总值增长6%左右，一般公共预算收入增长5%。")
    assert {t[0] for t in got} == {"地区生产总值", "一般公共预算收入"}
    got = _targets("区长在报告中提出全区地区生产总值增长6.5%左右的目标。")
    assert any(t[0] == "地区生产总值" and t[1] == 6.5 for t in got)
    assert _targets("报告指出，2023年全市地区生产总值增长5.2%。") == set()


def test_a_counted_group_of_projects_entered_into_a_list_is_a_goal():
    text = "力争新增80个以上项目纳入国家用地保障范围，争取更多项目纳入国家能耗单列清单。"
    got = _targets(text, dt.date(2025, 3, 10))
    assert any(t[1] == 80 and t[2] == "个" and t[3] == "at_least" and t[4] == "aspirational" for t in got)
    text = "截至目前，全县重点建设项目库初步建立，入库项目150个，其中纳入上位规划和上级项目库的项目64个。"
    assert _targets(text, dt.date(2020, 10, 20)) == set()


def test_a_goal_met_in_a_review_is_a_result():
    text = "一、2023年工作回顾\n一是产业发展保持强劲势头。工业投资实现倍增目标，全年完成工业投资86.5亿元，同比增长101.2%，创下历史新高。\n"
    assert _targets(text, dt.date(2024, 2, 20)) == set()


def test_a_short_heading_may_name_its_year():
    text = ("2024年工作回顾\n地区生产总值达到1260亿元，增长5.3%。\n城镇新增就业2.1万人。\n"
            "2025年发展主要预期目标\n地区生产总值增长5.5%左右。\n城镇新增就业2万人以上。\n"
            "2025年部分重点工作\n拟安排地方政府专项债券86亿元。\n")
    got = _targets(text, dt.date(2025, 2, 10))
    assert got == {("地区生产总值", 5.5, "%", "around", "expected"), ("城镇新增就业", 20000, "人", "at_least", "expected"),
                   ("地方政府专项债券", 8600000000, "元", "point", "unspecified")}


def test_an_abbreviation_in_brackets_stays_with_its_indicator():
    got = _targets("今年发展主要预期目标：国内生产总值（GDP）增长5%左右，居民消费价格（CPI）涨幅2%左右。")
    assert ("国内生产总值", 5, "%", "around", "expected") in got
    assert ("居民消费价格涨幅", 2, "%", "around", "expected") in got


def test_a_goal_compared_with_last_years_goal_is_no_indicator():
    text = "今年发展主要预期目标：地区生产总值增长5%左右。这一增速目标与去年持平。"
    assert _targets(text) == {("地区生产总值", 5, "%", "around", "expected")}


def test_plan_figures_worded_with_greater_than_a_base_or_a_year_inside():
    got = {(t.indicator, t.value, t.qualifier, t.target_year) for t in
           extract_document("根据规划，2025年我省学前教育毛入园率将大于92%，高中阶段教育毛入学率大于93%。\n"
                            "·常住人口城镇化率2025年达到68%\n"
                            "关于资源环境的目标，比如森林覆盖率要由2020年的61.2%提高到62.5%。\n",
                            published=dt.date(2022, 1, 10)).targets}
    assert ("学前教育毛入园率", 92, "at_least", 2025) in got
    assert ("高中阶段教育毛入学率", 93, "at_least", 2025) in got
    assert ("常住人口城镇化率", 68, "point", 2025) in got
    assert any(i == "森林覆盖率" and v == 62.5 for i, v, _, _ in got)


def test_a_share_of_the_year_plan_done_is_a_result_and_a_list_is_not_a_goal():
    text = ("截至目前，全县138个重点项目全部开复工，完成投资96.2亿元，占年度计划投资的71.5%，超过序时进度5个百分点。"
            "全年计划实施县级重点建设项目126个，总投资468亿元，年度投资186亿元，其中，列入市级重点项目24个，列入省级重点项目6个。")
    got = _by_value(text, dt.date(2023, 8, 30))
    assert set(got) == {18600000000}


def test_a_completion_rate_keeps_its_name():
    text = "纳入省重点项目计划的在建续建项目，按照年度投资计划完成率120%以上的目标推进。"
    got = _targets(text, dt.date(2022, 3, 15))
    assert any(t[0] == "年度投资计划完成率" and t[1] == 120 for t in got)


def test_a_share_of_the_regions_output_is_not_a_projects_site():
    text = "到“十四五”末，全市地区生产总值要达到420亿元，数字经济占地区生产总值45%以上。"
    got = {(t.indicator, t.value, t.metric) for t in extract_document(text, published=dt.date(2021, 1, 20)).targets}
    assert ("数字经济占地区生产总值", 45, "share") in got


def test_projects_to_enter_a_list_under_a_firm_cue_are_a_goal():
    got = _targets("今年力争纳入省重点建设项目18个，确保完成投资120亿元。")
    assert any(t[1] == 18 and t[2] == "个" and t[4] == "aspirational" for t in got)


def test_an_approximate_figure_for_a_running_plan_period_is_its_goal():
    text = "“十三五”期间，全市地区生产总值年均增长7.2%，2020年达到3200亿元。“十四五”时期，全市地区生产总值年均增长6.5%左右。"
    got = {(t.value, t.target_year) for t in extract_document(text, published=dt.date(2022, 6, 1)).targets}
    assert got == {(6.5, 2025)}
    assert extract_document(text, published=dt.date(2026, 1, 20)).targets == []  # the period is over: a result
